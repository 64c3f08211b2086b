import { decide, entriesFor, entryMatches } from '../docker/guard.js';
import { buildReportJson, renderMarkdown } from '../jobs/report.js';
import { runHtml, runSvg } from '../views/export.js';
import { getDirective } from '../tools/get-directive.js';
import { listContainers } from '../tools/list-containers.js';
import { listDirectives } from '../tools/list-directives.js';
import { oneOf, parse, UsageError } from './args.js';
import { callTool } from './call.js';
import { CONTAINERS_HELP, DIRECTIVES_HELP, REPORT_HELP } from './help.js';
import { note, print, table, withApp } from './output.js';

/** `containers`: what the engine has, each allowed or not, and why. */
export async function containersCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { allowed: { type: 'boolean' }, host: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
  if (values.help) return print(CONTAINERS_HELP), 0;
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    const out = await callTool(listContainers, { allowed_only: values.allowed === true, limit: 500, ...(values.host ? { host: values.host } : {}) }, deps);
    for (const u of out.unreachable ?? []) note(`note: host ${u.host} could not be listed: ${u.error}`);
    if (values.json) return print(JSON.stringify(out, null, 2)), 0;
    if (out.containers.length === 0) return print(values.allowed ? 'No allowlisted container exists. Add one with: cyberbrain-mcp allowlist add NAME' : 'The engine has no containers.'), 0;
    const all = deps.store.allowlist.list();
    const why = (c: (typeof out.containers)[number]): string => {
      const identity = { id: c.id, name: c.name, labels: c.labels };
      const entries = entriesFor(c.host, all);
      if (!c.allowed) return entries.some((e) => !e.enabled && entryMatches(identity, { ...e, enabled: true })) ? 'no: its allowlist entry is disabled' : 'no: not on the allowlist';
      const d = decide(identity, entries, undefined, c.host);
      return d.allowed ? `yes: ${d.entries.map((e) => `${e.kind} ${e.value}${e.host === '*' ? ' on every host' : ''}${e.jobs.length ? ` (${e.jobs.join(', ')})` : ''}`).join('; ')}` : 'yes';
    };
    // The HOST column appears once there is more than one host to tell apart.
    const manyHosts = deps.fleet.hosts().length > 1;
    const head = ['NAME', 'ID', 'STATE', 'IMAGE', 'ALLOWED'];
    const rows = out.containers.map((c) => [c.name, c.short_id, c.state, c.image, why(c)]);
    print(manyHosts ? table(['HOST', ...head], out.containers.map((c, i) => [c.host, ...rows[i]!])) : table(head, rows));
    if (out.total > out.containers.length) print(`… and ${out.total - out.containers.length} more`);
    return 0;
  });
}

/** `directives` and `directive show NAME`: the recipes a run can use. */
export async function directivesCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, db: { type: 'string' } });
  if (values.help) return print(DIRECTIVES_HELP), 0;
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    const { directives } = await callTool(listDirectives, {}, deps);
    if (values.json) return print(JSON.stringify(directives, null, 2)), 0;
    print(table(['ID', 'NAME', 'VERSION', 'JOBS', 'TITLE'], directives.map((d) => [d.id, d.name, `v${d.current_version}`, d.jobs.join(','), d.title])));
    return 0;
  });
}

export async function directiveCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return print(DIRECTIVES_HELP), sub === undefined ? 2 : 0;
  if (sub !== 'show') throw new UsageError(`unknown directive command "${sub}"; use: directive show NAME`);
  const { values, positionals } = parse(rest, { version: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } }, true);
  if (values.help) return print(DIRECTIVES_HELP), 0;
  if (positionals.length !== 1) throw new UsageError('directive show needs one directive id or name, e.g. directive show D1');
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1)) throw new UsageError(`--version must be a whole number from 1; got "${String(values.version)}"`);
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    const d = await callTool(getDirective, { directive: positionals[0], ...(version ? { version } : {}) }, deps);
    if (values.json) return print(JSON.stringify(d, null, 2)), 0;
    const s = d.spec;
    print(
      [
        `${d.id} ${d.name} v${d.version}${d.builtin ? ' (built in)' : ''}: ${s.title}`,
        s.description ? `  ${s.description}` : '',
        `  jobs: ${s.jobs.join(', ')}`,
        `  containers: ${s.containers.names.length || s.containers.labels.length ? [...s.containers.names, ...s.containers.labels].join(', ') : 'every allowlisted container'}`,
        `  window: ${Object.entries(s.window).map(([k, v]) => `${k} ${String(v)}`).join(', ') || 'since the last run (else 1h)'}`,
        `  thresholds: ${Object.entries(s.thresholds).map(([k, v]) => `${k}=${v}`).join(', ') || 'defaults'}`,
        `  requires approval: ${s.requires_approval ? 'yes' : 'no'}; summarize: ${s.summarize ? 'yes' : 'no'}; concurrency limit: ${s.concurrency_limit}`,
        `  versions: ${d.history.map((h) => `v${h.version}`).join(', ')}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return 0;
  });
}

/** `report RUN_ID`: a past run's whole report, as it would be printed when the run ended; or its view (--html, --svg). */
export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' }, html: { type: 'boolean' }, svg: { type: 'boolean' }, db: { type: 'string' } }, true);
  if (values.help) return print(REPORT_HELP), 0;
  if (positionals.length !== 1) throw new UsageError('report needs one run id, e.g. report run_01J… (see cyberbrain-mcp runs)');
  const format = oneOf(values.format as string | undefined, ['markdown', 'json'] as const, '--format') ?? 'markdown';
  if ([values.format !== undefined, values.html, values.svg].filter(Boolean).length > 1) throw new UsageError('report takes one of --format, --html or --svg');
  const runId = positionals[0]!;
  const noRun = () => new UsageError(`no run "${runId}"; list runs with: cyberbrain-mcp runs`);
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    if (values.html) {
      const html = await runHtml(deps.store, runId);
      if (html === undefined) throw noRun();
      return print(html), 0;
    }
    if (values.svg) {
      const out = runSvg(deps.store, runId);
      if ('missing' in out) throw out.missing === 'run' ? noRun() : new UsageError(`run "${runId}" has no service map (directives D3 and D4 draw one)`);
      if (out.maps > 1) note(`this run has ${out.maps} service maps (one per host); --svg writes the first, --html shows them all`);
      return print(out.svg), 0;
    }
    const report = buildReportJson(deps.store, runId);
    if (!report) throw noRun();
    print(format === 'json' ? JSON.stringify(report, null, 2) : renderMarkdown(report));
    return 0;
  });
}
