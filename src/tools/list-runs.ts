import { z } from 'zod';
import { durationMs } from '../domain/duration.js';
import { HostNameSchema } from '../domain/host.js';
import { RUN_STATUSES } from '../domain/run.js';
import { ToolError } from '../errors.js';
import { runView } from '../jobs/report.js';
import { CursorSchema, readCursor, defineTool, encodeCursor, LimitSchema, READ_ONLY } from './_define.js';
import { loadDirective } from './directive-views.js';
import { RunViewSchema } from './views.js';

export const listRuns = defineTool({
  name: 'list_runs',
  title: 'List runs',
  description:
    'Lists runs, newest first, a page at a time. Filter by status, directive, container (name or id), host and time; since_last_success=true answers "what happened since the last successful run" of that directive or container.',
  input: {
    status: z.enum(RUN_STATUSES).optional().describe('Only runs in this status'),
    directive: z.string().min(1).max(64).optional().describe('Only runs of this directive (id or name)'),
    container: z.string().min(1).max(256).optional().describe('Only runs that covered this container (name or id)'),
    host: HostNameSchema.optional().describe('Only runs that read this host (see list_hosts)'),
    since: z
      .string()
      .max(40)
      .optional()
      .describe('Only runs created since then: an ISO time ("2026-11-20T08:00:00Z") or a duration back from now ("24h")'),
    since_last_success: z.boolean().default(false).describe('Only runs after the last succeeded run of the given directive and/or container'),
    limit: LimitSchema(200, 20),
    cursor: CursorSchema,
  },
  output: {
    runs: z.array(RunViewSchema),
    next_cursor: z.string().optional(),
    last_success: z.object({ run_id: z.string(), created_at: z.string() }).nullable().optional(),
  },
  scope: 'runs:read',
  annotations: READ_ONLY,
  // "24h" means something else a minute later; everything else here is read from the database.
  cacheable: (args) => args.since === undefined,
  async handler(args, { deps }) {
    const { store } = deps;
    const directiveId = args.directive ? loadDirective(store.directives, args.directive).id : undefined;
    const before = args.cursor ? readCursor(args.cursor, z.object({ s: z.number().int() }), 'list_runs').s : undefined;
    let since: number | undefined;
    if (args.since) {
      since = /^\d+[smhd]$/.test(args.since) ? Date.now() - durationMs(args.since) : Date.parse(args.since);
      if (Number.isNaN(since)) throw new ToolError('INVALID', `"${args.since}" is neither an ISO time nor a duration.`, 'Use e.g. "2026-11-20T08:00:00Z" or "24h".');
    }
    let lastSuccess: { run_id: string; created_at: string } | null | undefined;
    let afterSeq: number | undefined;
    if (args.since_last_success) {
      if (!directiveId && !args.container) {
        throw new ToolError('INVALID', 'since_last_success needs a directive or a container to know whose last success to use.', 'Add "directive": "D1" or "container": "web".');
      }
      const last = store.runs.lastSuccess({ directive_id: directiveId, container: args.container });
      lastSuccess = last ? { run_id: last.id, created_at: new Date(last.created_at).toISOString() } : null;
      afterSeq = last?.seq;
    }
    const rows = store.runs.list({ status: args.status, directive_id: directiveId, container: args.container, host: args.host, since, after_seq: afterSeq, before_seq: before }, args.limit + 1);
    const page = rows.slice(0, args.limit);
    return {
      runs: page.map(runView),
      ...(rows.length > args.limit ? { next_cursor: encodeCursor({ s: page[page.length - 1]!.seq }) } : {}),
      ...(lastSuccess !== undefined ? { last_success: lastSuccess } : {}),
    };
  },
});
