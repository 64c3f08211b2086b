import { JOB_STATUSES } from '../domain/run.js';
import { z } from 'zod';
import { runView } from '../jobs/report.js';
import { jobRowView } from '../jobs/report.js';
import { notFound } from '../errors.js';
import { DirectiveSpecSchema } from '../domain/directive.js';
import { defineTool, READ_ONLY } from './_define.js';
import { RunViewSchema } from './views.js';

export const RunIdSchema = z.string().regex(/^run_[0-9A-Z]{26}$/, 'a run id looks like run_01J...: 26 letters and digits after "run_"').describe('Run id from launch_run or list_runs');

export const getRun = defineTool({
  name: 'get_run',
  title: 'Get run',
  description: 'Shows one run: status, timings, the exact directive version it ran with, and every job × container row with its status, summary and error.',
  input: { run_id: RunIdSchema },
  output: {
    run: RunViewSchema,
    directive: z.object({ id: z.string(), name: z.string(), version: z.number(), spec: DirectiveSpecSchema }),
    jobs: z.array(
      z.object({
        job: z.string(),
        host: z.string().describe('The host the row read; "*" for the edges between hosts'),
        container_name: z.string().nullable(),
        container_id: z.string().nullable(),
        status: z.enum(JOB_STATUSES),
        started_at: z.string().nullable(),
        finished_at: z.string().nullable(),
        duration_ms: z.number().nullable(),
        summary: z.string().nullable(),
        findings: z.number(),
        error: z.string().nullable(),
      }),
    ),
  },
  scope: 'runs:read',
  annotations: { ...READ_ONLY, idempotentHint: false },
  // Read from the database alone: assistants poll it while a run goes on, and every change of the
  // run (a row started or finished) is a commit that makes the next call read afresh.
  cacheable: () => true,
  async handler({ run_id }, { deps }) {
    const run = deps.store.runs.get(run_id) ?? notFound('run', run_id, 'List runs with list_runs.');
    const directive = deps.store.runs.snapshot(run_id)!;
    const jobs = deps.store.runs.jobs(run_id).map(jobRowView).map(({ result, ...j }) => ({ ...j, summary: result?.summary ?? null, findings: result?.findings.length ?? 0 }));
    return { run: runView(run), directive, jobs };
  },
});
