import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { JOB_NAMES } from '../domain/jobs.js';
import { RUN_STATUSES, type RunStatus } from '../domain/run.js';
import { buildReportJson, renderMarkdown } from '../jobs/report.js';
import { createLogger } from '../log.js';
import { explainStorageError } from '../store/errors.js';
import { getAllowlist } from '../tools/get-allowlist.js';
import { listRuns } from '../tools/list-runs.js';
import { loadDirective, snapshotOf } from '../tools/directive-views.js';
import { setAllowlist } from '../tools/set-allowlist.js';
import { oneOf, parse, positiveInt, UsageError } from './args.js';
import { callTool } from './call.js';
import { ALLOWLIST_HELP, RUN_HELP, RUNS_HELP } from './help.js';

// The CLI is for a person at a terminal: it prints to stdout on purpose (no MCP stream here).
const print = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); // stdout-ok

function withApp<T>(db: string | undefined, fn: (app: ReturnType<typeof createApp>) => Promise<T>): Promise<T> {
  const config = loadConfig({ db });
  const app = createApp(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  // A full or read-only disk is the user's to fix: say which file and what to do, not "unexpected".
  return fn(app)
    .catch((err: unknown) => {
      throw explainStorageError(err, config.dbPath) ?? err;
    })
    .finally(() => app.close());
}

export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    directive: { type: 'string', short: 'd' },
    container: { type: 'string', short: 'c', multiple: true },
    yes: { type: 'boolean', short: 'y' },
    format: { type: 'string' },
    db: { type: 'string' },
  });
  if (values.help) return print(RUN_HELP), 0;
  if (!values.directive) throw new UsageError('run needs --directive, e.g. --directive D1');
  const format = oneOf(values.format as string | undefined, ['markdown', 'json'] as const, '--format') ?? 'markdown';
  return withApp(values.db as string | undefined, async ({ deps }) => {
    const d = loadDirective(deps.store.directives, values.directive as string);
    if (d.spec.requires_approval && !values.yes) {
      throw new UsageError(`directive ${d.id} requires approval: add --yes to approve this run`);
    }
    const runId = await deps.engine.launch({ directive: snapshotOf(d), containers: values.container as string[] | undefined, transport: 'cli' });
    const status = (await deps.engine.waitFor(runId, 24 * 3_600_000)) as RunStatus;
    const report = buildReportJson(deps.store, runId)!;
    print(format === 'json' ? JSON.stringify(report, null, 2) : renderMarkdown(report));
    return status === 'succeeded' || status === 'skipped' ? 0 : 1;
  });
}

export async function runsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    status: { type: 'string' },
    directive: { type: 'string' },
    container: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    db: { type: 'string' },
  });
  if (values.help) return print(RUNS_HELP), 0;
  const status = oneOf(values.status as string | undefined, RUN_STATUSES, '--status');
  const limit = positiveInt(values.limit as string | undefined, '--limit', 200) ?? 20;
  return withApp(values.db as string | undefined, async ({ deps }) => {
    const out = await callTool(listRuns, { status, directive: values.directive, container: values.container, limit }, deps);
    if (values.json) return print(JSON.stringify(out, null, 2)), 0;
    if (out.runs.length === 0) return print('No runs yet. Start one with: cyberbrain-mcp run --directive D1'), 0;
    const rows = out.runs.map((r) => [r.run_id, `${r.directive_id} v${r.directive_version}`, r.status, r.created_at, r.summary ?? '']);
    print(table(['RUN', 'DIRECTIVE', 'STATUS', 'CREATED', 'SUMMARY'], rows));
    return 0;
  });
}

export async function allowlistCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return print(ALLOWLIST_HELP), sub === undefined ? 2 : 0;
  if (!['ls', 'add', 'rm'].includes(sub)) throw new UsageError(`unknown allowlist command "${sub}"; use ls, add or rm`);
  const { values, positionals } = parse(
    rest,
    { id: { type: 'string' }, label: { type: 'string' }, description: { type: 'string' }, jobs: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } },
    sub !== 'ls',
  );
  if (values.help) return print(ALLOWLIST_HELP), 0;
  return withApp(values.db as string | undefined, async ({ deps }) => {
    if (sub === 'ls') {
      const { entries } = await callTool(getAllowlist, {}, deps);
      if (values.json) return print(JSON.stringify(entries, null, 2)), 0;
      if (entries.length === 0) return print('The allowlist is empty: no container can be diagnosed. Add one with: cyberbrain-mcp allowlist add NAME'), 0;
      print(table(['KIND', 'VALUE', 'JOBS', 'ENABLED', 'DESCRIPTION'], entries.map((e) => [e.kind, e.value, e.jobs.join(',') || 'all', e.enabled ? 'yes' : 'no', e.description])));
      return 0;
    }
    const refs = [
      ...positionals.map((value) => ({ kind: 'name' as const, value })),
      ...(values.id ? [{ kind: 'id' as const, value: values.id as string }] : []),
      ...(values.label ? [{ kind: 'label' as const, value: values.label as string }] : []),
    ];
    if (refs.length === 0) throw new UsageError(`allowlist ${sub} needs a container NAME, --id ID or --label KEY=VALUE`);
    const jobs = values.jobs ? (values.jobs as string).split(',').map((j) => oneOf(j.trim(), JOB_NAMES, '--jobs')!) : [];
    const change =
      sub === 'add'
        ? { add: refs.map((r) => ({ ...r, description: (values.description as string | undefined) ?? '', jobs })) }
        : { remove: refs };
    const out = await callTool(setAllowlist, change, deps);
    print(`${sub === 'add' ? 'Added' : 'Removed'} ${refs.map((r) => `${r.kind}:${r.value}`).join(', ')}. The allowlist has ${out.entries.length} entr${out.entries.length === 1 ? 'y' : 'ies'}.`);
    return 0;
  });
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
