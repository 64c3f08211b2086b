import { z } from 'zod';
import { EntryHostSchema } from './host.js';
import { JobNameSchema, type JobName } from './jobs.js';

/**
 * How an allowlist entry picks containers: by exact name, by id (full or a prefix of at least
 * 12 hex digits, as Docker prints them), or by a label selector `key=value`.
 */
export const AllowlistKindSchema = z.enum(['name', 'id', 'label']);
export type AllowlistKind = z.infer<typeof AllowlistKindSchema>;

export interface AllowlistEntry {
  id: number;
  kind: AllowlistKind;
  value: string;
  description: string;
  /** Jobs allowed on the matched containers; empty means every job. */
  jobs: JobName[];
  enabled: boolean;
  /** The host whose containers it picks, or "*" for every host. */
  host: string;
}

export const AllowlistEntryInputSchema = z
  .object({
    kind: AllowlistKindSchema.describe('"name" (exact container name), "id" (full id or 12+ hex prefix) or "label" (key=value)'),
    value: z.string().min(1).max(256).describe('The name, id or key=value label selector'),
    description: z.string().max(500).default('').describe('Why this container may be diagnosed'),
    jobs: z.array(JobNameSchema).max(4).default([]).describe('Jobs allowed on it; empty means all jobs'),
    host: EntryHostSchema,
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === 'id' && !/^[0-9a-f]{12,64}$/.test(e.value)) {
      ctx.addIssue({ code: 'custom', message: 'an id entry needs the full container id or a prefix of at least 12 lowercase hex digits' });
    }
    if (e.kind === 'label' && !/^[^=\s]+=[^\s]*$/.test(e.value)) {
      ctx.addIssue({ code: 'custom', message: 'a label entry is key=value, e.g. com.docker.compose.project=shop' });
    }
    if (e.kind === 'name' && !/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(e.value)) {
      ctx.addIssue({ code: 'custom', message: 'a name entry is a container name such as "web-1" (letters, digits, _ . -)' });
    }
  });
export type AllowlistEntryInput = z.infer<typeof AllowlistEntryInputSchema>;
