import { RUN_STATUSES } from '../domain/run.js';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { defineTool } from './_define.js';
import { RunIdSchema } from './get-run.js';

export const cancelRun = defineTool({
  name: 'cancel_run',
  title: 'Cancel run',
  description: 'Stops a queued or running run. Finished job rows keep their results; the rest are marked cancelled. Cancelling a run that has already ended changes nothing.',
  input: { run_id: RunIdSchema },
  output: { run_id: z.string(), outcome: z.enum(['cancelled', 'requested', 'not_active']), status: z.enum(RUN_STATUSES), message: z.string() },
  scope: 'runs:write',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler({ run_id }, { deps }) {
    deps.store.runs.get(run_id) ?? notFound('run', run_id, 'List runs with list_runs.');
    const outcome = deps.engine.cancel(run_id);
    if (outcome === 'cancelled') await deps.engine.waitFor(run_id, 5_000);
    const status = deps.store.runs.get(run_id)!.status;
    const message =
      outcome === 'cancelled'
        ? 'The run was stopped.'
        : outcome === 'requested'
          ? 'Another server process runs it; it stops at that process\'s next heartbeat (a few seconds).'
          : `The run is not active (status ${status}); nothing changed.`;
    return { run_id, outcome, status, message };
  },
});
