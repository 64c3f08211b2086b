import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { matchesAny } from '../docker/guard.js';
import { LOCAL_HOST } from '../domain/host.js';
import { describeSource } from '../jobs/gpu-report/source.js';
import { hostView } from '../tools/list-hosts.js';
import { MIGRATIONS } from '../store/migrations/index.js';
import { parse } from './args.js';
import { DOCTOR_HELP } from './help.js';
import { print, withApp } from './output.js';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/**
 * `doctor`: is everything this tool needs in order, in one screen. Engine reachable (and its
 * version), the database (path, size, integrity, migrations), allowlist entries that match
 * nothing, where GPUs are read, how redaction is configured, where reports go. Exit 0 when all is
 * well, 1 when a check failed (each says what to do).
 */
export async function doctorCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, db: { type: 'string' } });
  if (values.help) return print(DOCTOR_HELP), 0;
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    const { config, store, fleet } = deps;
    const docker = fleet.localClient;
    const checks: Check[] = [];

    let containers: Awaited<ReturnType<typeof docker.listContainers>> | undefined;
    try {
      const v = await docker.version();
      containers = await docker.listContainers();
      checks.push({ name: 'engine', ok: true, detail: `Docker ${v.version} (API ${v.api_version}, ${v.os}/${v.arch}), ${containers.length} containers` });
    } catch (err) {
      checks.push({ name: 'engine', ok: false, detail: `${(err as Error).message}${(err as { hint?: string }).hint ? ` ${(err as { hint?: string }).hint}` : ''}` });
    }

    const bytes = ['', '-wal'].reduce((n, suffix) => n + (existsSync(store.path + suffix) ? statSync(store.path + suffix).size : 0), 0);
    const integrity = String(store.db.pragma('quick_check', { simple: true }));
    const applied = Number(store.db.prepare('SELECT max(version) AS v FROM schema_migrations').pluck().get() ?? 0);
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    checks.push({
      name: 'database',
      ok: integrity === 'ok' && applied === latest,
      detail: `${store.path}, ${(bytes / 1024 / 1024).toFixed(1)} MiB, integrity ${integrity}, schema ${applied} of ${latest}${applied > latest ? ' (written by a newer cyberbrain-mcp)' : ''}`,
    });

    const entries = store.allowlist.list();
    const idle = containers ? entries.filter((e) => e.enabled && e.host === LOCAL_HOST && !matchesAny(e, containers!)) : [];
    checks.push({
      name: 'allowlist',
      ok: entries.length > 0 && idle.length === 0,
      detail:
        entries.length === 0
          ? 'empty: nothing can be diagnosed. Add a container with: cyberbrain-mcp allowlist add NAME'
          : `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} (${entries.filter((e) => !e.enabled).length} disabled)${idle.length ? `; matching no container now: ${idle.map((e) => `${e.kind} ${e.value}`).join(', ')}` : ''}`,
    });

    // Other hosts: reachable, and which engine (side by side, each bounded by the Docker timeout).
    const others = await Promise.all(fleet.hosts().filter((h) => h.name !== LOCAL_HOST).map((h) => hostView(deps, h, entries, true)));
    for (const h of others) checks.push({ name: `host ${h.name}`, ok: h.reachable === true, detail: h.reachable ? `${h.docker_host}: Docker ${h.engine_version}` : (h.error ?? '') });

    checks.push({ name: 'gpu source', ok: true, detail: describeSource(config.gpuSource) });
    const r = config.redaction;
    checks.push({
      name: 'redaction',
      ok: true,
      detail: `built-in rules${r.extraPatterns.length ? ` + ${r.extraPatterns.length} configured pattern(s)` : ''}${r.allowPatterns.length ? `, ${r.allowPatterns.length} allow pattern(s)` : ''}; IP and e-mail addresses ${r.maskPersonal ? 'masked' : 'NOT masked (DEBUG_REDACTED_MODE=false)'}`,
    });
    let writable = true;
    try {
      accessSync(existsSync(config.logsDir) ? config.logsDir : store.path.replace(/[^/]+$/, ''), constants.W_OK);
    } catch {
      writable = false;
    }
    checks.push({ name: 'reports', ok: writable, detail: `${config.logsDir}${writable ? '' : ' is not writable: set CYBERBRAIN_LOGS to a writable folder'}` });

    if (values.json) print(JSON.stringify({ ok: checks.every((c) => c.ok), checks }, null, 2));
    else print(checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(10)} ${c.detail}`).join('\n'));
    return checks.every((c) => c.ok) ? 0 : 1;
  });
}
