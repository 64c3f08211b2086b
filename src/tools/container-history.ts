import { z } from 'zod';
import { HostNameSchema, LOCAL_HOST } from '../domain/host.js';
import { containerHistory, HISTORY_MAX_RUNS, HISTORY_MAX_TEMPLATES } from '../views/history.js';
import { defineTool, READ_ONLY } from './_define.js';

const Count = z.number().nullable();

export const ContainerHistorySchema = {
  host: z.string().describe('The host the container is on'),
  container: z.string().describe('The container name'),
  runs: z
    .array(
      z.object({
        run_id: z.string(),
        created_at: z.string(),
        directive_id: z.string(),
        status: z.string().describe("The run's status"),
        triage_status: z.string().nullable().describe("This container's log_triage status in that run; null when no triage ran"),
        restarts: Count.describe('Restart count as that run saw it'),
        errors: Count.describe('Error and fatal events in the triage window'),
        warnings: Count.describe('Warning events in the triage window'),
      }),
    )
    .describe('Oldest first'),
  templates: z
    .array(
      z.object({
        fingerprint: z.string(),
        template: z.string(),
        severity: z.string(),
        counts: z.array(Count).describe('Count in each run, aligned with runs (0: not seen; null: no triage in that run)'),
      }),
    )
    .describe('The top templates over these runs: fatal, error and warning first, then by total count'),
};

export const containerHistoryTool = defineTool({
  name: 'container_history',
  title: 'Container history',
  description:
    "A container's last runs at a glance: each run's status, the container's restarts, error and warning counts, and its top log templates' counts per run (oldest first, ready to chart). Answers \"did this get better or worse?\".",
  input: {
    container: z.string().min(1).max(256).describe('Container name, as runs recorded it (see list_containers or list_runs)'),
    host: HostNameSchema.default(LOCAL_HOST).describe('The host the container is on (see list_hosts); "local" when left out'),
    runs: z.number().int().min(1).max(HISTORY_MAX_RUNS).default(10).describe(`How many of its most recent runs, 1 to ${HISTORY_MAX_RUNS} (default 10)`),
    templates: z.number().int().min(1).max(HISTORY_MAX_TEMPLATES).default(5).describe(`How many top templates to chart, 1 to ${HISTORY_MAX_TEMPLATES} (default 5)`),
  },
  output: ContainerHistorySchema,
  scope: 'runs:read',
  annotations: READ_ONLY,
  async handler({ container, host, runs, templates }, { deps }) {
    return containerHistory(deps.store, host, container, { runs, templates });
  },
});
