import { isFinished, RUN_STATUSES } from '../domain/run.js';
import { z } from 'zod';
import { ThresholdsSchema, WindowSchema } from '../domain/directive.js';
import { HostNameSchema } from '../domain/host.js';
import { ToolError } from '../errors.js';
import { withOverrides } from '../jobs/runner.js';
import { summaryAsker } from '../jobs/summary.js';
import { runViewApp } from '../views/run-view.js';
import { defineTool } from './_define.js';
import type { CallContext } from './context.js';
import { DirectiveKeySchema, loadDirective, snapshotOf } from './directive-views.js';

export const launchRun = defineTool({
  name: 'launch_run',
  title: 'Launch run',
  description:
    'Starts a diagnostic run: a directive (e.g. "D1" log triage, "D4" full sweep) applied to the allowlisted containers it selects. Returns the run id at once and the run goes on in the background (follow it with get_run, read it with get_run_report). With wait=true the call returns when the run ends, with progress notifications, or returns the id after a bounded wait while the run goes on. Clients with MCP tasks may call it as a task; with wait=true the task completes when the run ends.',
  input: {
    directive: DirectiveKeySchema,
    containers: z.array(z.string().min(1).max(256)).max(200).optional().describe('Only these containers (names or ids; "HOST/NAME" pins a host); each must be allowlisted. Default: every allowlisted container the directive selects'),
    hosts: z.array(HostNameSchema).min(1).max(100).optional().describe('Only these hosts (see list_hosts). Default: the directive\'s hosts, or every host with allowlist entries'),
    overrides: z
      .object({ window: WindowSchema.optional(), thresholds: ThresholdsSchema.optional() })
      .strict()
      .optional()
      .describe('Change the time window or thresholds for this run only'),
    wait: z.boolean().default(false).describe('Return only when the run ends (bounded wait), sending progress notifications'),
  },
  output: {
    run_id: z.string(),
    status: z.enum(RUN_STATUSES),
    finished: z.boolean(),
    directive_id: z.string(),
    directive_version: z.number(),
    summary: z.string().nullable(),
    next_step: z.string(),
  },
  scope: 'runs:write',
  taskSupport: 'optional',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  app: runViewApp(),
  async handler({ directive, containers, hosts, overrides, wait }, ctx) {
    const { store, engine, config } = ctx.deps;
    const effective = withOverrides(snapshotOf(loadDirective(store.directives, directive)), overrides);

    if (effective.spec.requires_approval) {
      const answer = await ctx.askApproval(
        `Run directive ${effective.id} (${effective.spec.title}, v${effective.version}) with jobs ${effective.spec.jobs.join(', ')} on ${containers?.length ? containers.join(', ') : 'every allowlisted container it selects'}${hosts?.length ? ` of host${hosts.length > 1 ? 's' : ''} ${hosts.join(', ')}` : ''}?`,
      );
      if (answer === 'unsupported') {
        throw new ToolError(
          'APPROVAL_REQUIRED',
          `Directive ${effective.id} requires the person's approval before it runs, and this client cannot ask (it does not support MCP elicitation).`,
          `Run it in a terminal with \`cyberbrain-mcp run --directive ${effective.id} --yes\`, use a client that supports elicitation, or turn requires_approval off with update_directive.`,
        );
      }
      if (answer !== 'accept') throw new ToolError('DECLINED', `The run of ${effective.id} was not approved (${answer}); nothing was started.`, 'Launch again when it should run.');
    }

    const runId = await engine.launch({
      directive: effective,
      containers,
      ...(hosts ? { hosts } : {}),
      transport: ctx.actor.transport === 'http' ? 'http' : 'stdio',
      ...(effective.spec.summarize && ctx.summarizer ? { summarizer: ctx.summarizer } : {}),
      ...(effective.spec.summarize && !ctx.summarizer ? laterSummary(ctx) : {}),
    });
    ctx.onRunLaunched?.(runId);
    if (wait) {
      // Every notification must leave before the response, or the client drops it as unknown.
      const sent: Promise<void>[] = [];
      const stop = engine.onProgress((p) => {
        if (p.runId === runId) sent.push(ctx.progress(p.done, p.total, p.message));
      });
      try {
        await engine.waitFor(runId, config.waitMaxMs);
      } finally {
        stop();
        await Promise.all(sent);
        // Let the notifications leave in their own write: SDK clients drop a progress notification
        // that arrives in the same read as the response.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const run = store.runs.get(runId)!;
    const finished = isFinished(run.status);
    return {
      run_id: runId,
      status: run.status,
      finished,
      directive_id: effective.id,
      directive_version: effective.version,
      summary: run.summary,
      next_step: finished
        ? `Read the report with get_run_report {"run_id":"${runId}"}.`
        : `The run goes on in the background: follow it with get_run {"run_id":"${runId}"}; the report is at get_run_report.`,
    };
  },
});

/**
 * A summary the run cannot ask for as it ends: a client that can sample, but not mid-run
 * (2026-07-28), is asked when it reads the report; otherwise the report says why there is none.
 */
function laterSummary(ctx: CallContext): { summaryAwaits: string } | { summaryUnavailable: string } {
  const asker = ctx.askModelNow ? summaryAsker(ctx.actor) : undefined;
  if (asker) return { summaryAwaits: asker };
  if (ctx.askModelNow) return { summaryUnavailable: 'the caller cannot be told apart from others (its token names no subject), so its model cannot be asked later' };
  return { summaryUnavailable: ctx.summaryUnavailable ?? 'the client does not offer MCP sampling' };
}
