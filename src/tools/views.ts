import { z } from 'zod';

/** Output schemas shared by several tools. */
export const AllowlistEntryView = z.object({
  kind: z.enum(['name', 'id', 'label']),
  value: z.string(),
  description: z.string(),
  jobs: z.array(z.string()),
  enabled: z.boolean(),
  host: z.string().describe('The host whose containers it picks; "*" for every host'),
});

export const RunViewSchema = z.object({
  run_id: z.string(),
  directive_id: z.string(),
  directive_name: z.string(),
  directive_version: z.number(),
  status: z.string(),
  transport: z.string(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
  duration_ms: z.number().nullable(),
  error: z.string().nullable(),
  summary: z.string().nullable(),
  hosts: z.array(z.string()).describe('The hosts the run read'),
});

export const DirectiveSummaryView = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  builtin: z.boolean(),
  current_version: z.number(),
  jobs: z.array(z.string()),
  updated_at: z.string(),
});
