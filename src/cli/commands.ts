import { matchesAny } from '../docker/guard.js';
import type { AllowlistEntry, AllowlistKind } from '../domain/allowlist.js';
import { JOB_NAMES } from '../domain/jobs.js';
import { RUN_STATUSES } from '../domain/run.js';
import { getAllowlist } from '../tools/get-allowlist.js';
import { listRuns } from '../tools/list-runs.js';
import { listEveryHost } from '../docker/list-hosts.js';
import type { ToolDeps } from '../tools/context.js';
import { setAllowlist } from '../tools/set-allowlist.js';
import { oneOf, parse, positiveInt, UsageError } from './args.js';
import { callTool } from './call.js';
import { ALLOWLIST_HELP, RUNS_HELP } from './help.js';
import { note, plural, print, table, withApp } from './output.js';

export async function runsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    status: { type: 'string' },
    directive: { type: 'string' },
    container: { type: 'string' },
    host: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    db: { type: 'string' },
  });
  if (values.help) return print(RUNS_HELP), 0;
  const status = oneOf(values.status as string | undefined, RUN_STATUSES, '--status');
  const limit = positiveInt(values.limit as string | undefined, '--limit', 200) ?? 20;
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    const out = await callTool(listRuns, { status, directive: values.directive, container: values.container, host: values.host, limit }, deps);
    if (values.json) return print(JSON.stringify(out, null, 2)), 0;
    const filtered = status || values.directive || values.container || values.host;
    if (out.runs.length === 0) return print(filtered ? 'No runs match these filters.' : 'No runs yet. Start one with: cyberbrain-mcp run --directive D1'), 0;
    const rows = out.runs.map((r) => [r.run_id, `${r.directive_id} v${r.directive_version}`, r.status, r.created_at, r.summary ?? '']);
    print(table(['RUN', 'DIRECTIVE', 'STATUS', 'CREATED', 'SUMMARY'], rows));
    return 0;
  });
}

export async function allowlistCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return print(ALLOWLIST_HELP), sub === undefined ? 2 : 0;
  if (!['ls', 'add', 'rm', 'enable', 'disable'].includes(sub)) throw new UsageError(`unknown allowlist command "${sub}"; use ls, add, rm, enable or disable`);
  const { values, positionals } = parse(
    rest,
    {
      id: { type: 'string' },
      label: { type: 'string' },
      description: { type: 'string' },
      jobs: { type: 'string' },
      host: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
      'read-only': { type: 'boolean' },
    },
    sub !== 'ls',
  );
  if (values.help) return print(ALLOWLIST_HELP), 0;
  if (values.label !== undefined && !/^[^=\s]+=\S*$/.test(values.label as string)) {
    throw new UsageError(`--label must be KEY=VALUE (e.g. --label com.docker.compose.project=shop); got "${String(values.label)}"`);
  }
  return withApp({ db: values.db as string | undefined, readOnly: values['read-only'] as boolean | undefined }, async ({ deps }) => {
    if (sub !== 'ls' && deps.config.readOnly) {
      throw new UsageError(`read-only mode (CYBERBRAIN_READ_ONLY or --read-only) does not change the allowlist; "allowlist ${sub}" refused`);
    }
    if (sub === 'ls') {
      const { entries } = await callTool(getAllowlist, {}, deps);
      if (values.json) return print(JSON.stringify(entries, null, 2)), 0;
      if (entries.length === 0) return print('The allowlist is empty: no container can be diagnosed. Add one with: cyberbrain-mcp allowlist add NAME'), 0;
      print(table(['HOST', 'KIND', 'VALUE', 'JOBS', 'ENABLED', 'DESCRIPTION'], entries.map((e) => [e.host, e.kind, e.value, e.jobs.join(',') || 'all', e.enabled ? 'yes' : 'no', e.description])));
      return 0;
    }
    const host = (values.host as string | undefined) ?? 'local';
    const refs = [
      ...positionals.map((value) => ({ kind: 'name' as const, value, host })),
      ...(values.id ? [{ kind: 'id' as const, value: values.id as string, host }] : []),
      ...(values.label ? [{ kind: 'label' as const, value: values.label as string, host }] : []),
    ];
    if (refs.length === 0) throw new UsageError(`allowlist ${sub} needs a container NAME, --id ID or --label KEY=VALUE`);
    const jobs = values.jobs ? (values.jobs as string).split(',').map((j) => oneOf(j.trim(), JOB_NAMES, '--jobs')!) : [];
    const change =
      sub === 'add'
        ? { add: refs.map((r) => ({ ...r, description: (values.description as string | undefined) ?? '', jobs })) }
        : { [sub === 'rm' ? 'remove' : sub]: refs };
    const out = await callTool(setAllowlist, change, deps);
    const done = { add: 'Added', rm: 'Removed', enable: 'Enabled', disable: 'Disabled' }[sub];
    print(`${done} ${refs.map((r) => `${r.kind}:${r.value}`).join(', ')}${host === 'local' ? '' : host === '*' ? ' on every host' : ` on host ${host}`}. The allowlist has ${plural(out.entries.length, 'entry', 'entries')}.`);
    if (sub === 'add') await warnIfNothingMatches(deps, refs);
    return 0;
  });
}


/**
 * An entry that matches no container today is kept (the container may come later) but said out
 * loud: a typo otherwise looks like success.
 */
async function warnIfNothingMatches(deps: ToolDeps, refs: { kind: AllowlistKind; value: string; host: string }[]): Promise<void> {
  let containers;
  const hosts = [...new Set(refs.map((r) => r.host))];
  try {
    containers = (await Promise.all(hosts.map((h) => (h === '*' ? listEveryHost(deps.fleet).then((l) => l.containers) : deps.fleet.get(h).listContainers())))).flat();
  } catch {
    return note('note: could not reach the Docker engine to check that the entry matches a container');
  }
  for (const r of refs) {
    const entry: AllowlistEntry = { id: 0, kind: r.kind, value: r.value, enabled: true, jobs: [], description: '', host: r.host };
    const onHost = containers.filter((c) => r.host === '*' || c.host === r.host);
    if (!matchesAny(entry, onHost)) {
      note(`note: no container matches ${r.kind} "${r.value}" now; the entry applies when one does (see: cyberbrain-mcp containers)`);
    }
  }
}
