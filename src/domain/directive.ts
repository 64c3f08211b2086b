import { z } from 'zod';
import { DurationSchema } from './duration.js';
import { HostNameSchema } from './host.js';
import { JobNameSchema } from './jobs.js';

export const WindowSchema = z
  .object({
    since: DurationSchema.optional().describe('How far back to read, e.g. "1h"; by default since the last successful run of the job on that container, else the last hour'),
    min_window: DurationSchema.optional().describe('Shortest window read, e.g. "5m" (the default): a run soon after the last one still reads this far back, so rates, spikes and "resolved" mean something'),
    tail: z.number().int().min(1).max(10_000_000).optional().describe('At most this many log lines per container (default 5000)'),
    max_bytes: z.number().int().min(1_024).max(1024 * 1024 * 1024).optional().describe('At most this many log bytes per container (default 8 MiB)'),
  })
  .strict();

export const ThresholdsSchema = z
  .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'threshold names are snake_case'), z.number().finite())
  .describe('Named numeric thresholds, e.g. {"restart_count": 3, "memory_percent": 90}');

export const ContainerSelectorSchema = z
  .object({
    names: z.array(z.string().min(1).max(256)).max(200).default([]).describe('Container names to include (must also be allowlisted)'),
    labels: z.array(z.string().regex(/^[^=\s]+=[^\s]*$/, 'a label selector is key=value')).max(50).default([]).describe('Label selectors key=value; a container must match all of them'),
    hosts: z.array(HostNameSchema).max(100).default([]).describe('Hosts to read (see list_hosts); empty means every host that has allowlist entries'),
  })
  .strict()
  .describe('Which allowlisted containers the directive applies to, on which hosts; empty means every allowlisted container on every host');

/** The recipe itself: what a version of a directive says. */
export const DirectiveSpecSchema = z
  .object({
    title: z.string().min(1).max(120).describe('Human title, e.g. "Nightly log triage"'),
    description: z.string().max(2_000).default('').describe('What the directive is for'),
    jobs: z.array(JobNameSchema).min(1).max(4).describe('Jobs to run, in order: inventory, log_triage, service_map, gpu_report'),
    containers: ContainerSelectorSchema.default({ names: [], labels: [], hosts: [] }),
    window: WindowSchema.default({}),
    thresholds: ThresholdsSchema.default({}),
    focus_keywords: z.array(z.string().min(1).max(100)).max(50).default([]).describe('Words that matter most to the person asking; matching findings rank first'),
    report_max_bytes: z.number().int().min(1_024).max(1_000_000).default(8_192).describe('Size of one page of the markdown report'),
    concurrency_limit: z.number().int().min(1).max(16).default(1).describe('How many runs of this directive may be active at once'),
    requires_approval: z.boolean().default(false).describe('Ask the person (MCP elicitation) before a run starts'),
    summarize: z.boolean().default(false).describe('Ask the client model for a short verdict at the top of the report (needs sampling)'),
  })
  .strict();
export type DirectiveSpec = z.infer<typeof DirectiveSpecSchema>;

/** The directive a run actually used: frozen into the run row so later edits cannot rewrite history. */
export interface DirectiveSnapshot {
  id: string;
  name: string;
  version: number;
  spec: DirectiveSpec;
}

export const DirectiveNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a directive name is lowercase letters, digits and dashes, e.g. "nightly-triage"')
  .refine((n) => !/^d[0-9]+$/.test(n), 'a name like "d6" reads as a directive id and would shadow one: pick a word, e.g. "nightly-triage"')
  .describe('Directive name (lowercase, dashes), e.g. "nightly-triage"');

/**
 * A partial spec: the fields to change in a new version (or to set on a copy). No defaults here,
 * so an absent field means "keep what the directive has".
 */
export const DirectiveSpecPatchSchema = z
  .object({
    title: z.string().min(1).max(120).optional().describe('Human title'),
    description: z.string().max(2_000).optional().describe('What the directive is for'),
    jobs: z.array(JobNameSchema).min(1).max(4).optional().describe('Jobs to run, in order: inventory, log_triage, service_map, gpu_report'),
    containers: ContainerSelectorSchema.optional(),
    window: WindowSchema.optional().describe('Time window and log bounds'),
    thresholds: ThresholdsSchema.optional(),
    focus_keywords: z.array(z.string().min(1).max(100)).max(50).optional().describe('Words that matter most; matching findings rank first'),
    report_max_bytes: z.number().int().min(1_024).max(1_000_000).optional().describe('Size of one page of the markdown report'),
    concurrency_limit: z.number().int().min(1).max(16).optional().describe('How many runs of this directive may be active at once'),
    requires_approval: z.boolean().optional().describe('Ask the person (MCP elicitation) before a run starts'),
    summarize: z.boolean().optional().describe('Ask the client model for a short verdict (needs sampling)'),
  })
  .strict();
export type DirectiveSpecPatch = z.infer<typeof DirectiveSpecPatchSchema>;

/** Applies a patch and validates the result as a whole spec. */
export function applyPatch(base: DirectiveSpec | undefined, patch: DirectiveSpecPatch): DirectiveSpec {
  const merged = Object.fromEntries(Object.entries({ ...(base ?? {}), ...patch }).filter(([, v]) => v !== undefined));
  return DirectiveSpecSchema.parse(merged);
}
