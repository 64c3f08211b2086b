import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { JobName } from '../../src/domain/jobs.js';
import type { JobStatus, RunStatus } from '../../src/domain/run.js';
import type { Logger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { ContainerState } from '../../src/store/inventory.js';
import { CHILD_TABLES, prune, schedulePruning, type PruneReport } from '../../src/store/retention.js';
import { SERVER_ENTRY, tempDataDir } from '../helpers/client.js';
import { startHttp } from '../helpers/http-server.js';

/**
 * Retention on a real SQLite file, no engine: runs are made through the store's own API (as the
 * engine makes them) and aged with SQL. Every test checks what must go AND what must stay.
 */

const DAY = 86_400_000;
const ALL_TABLES = ['runs', ...CHILD_TABLES] as const;

interface JobSpec {
  job: JobName;
  container?: string; // none: a run-wide (fleet) job
  status: JobStatus;
}

interface RunSpec {
  ageDays: number;
  containers: string[];
  jobs: JobSpec[];
  /** Left running with its job rows pending when true. */
  active?: boolean;
  /** Job rows finished, the run itself still running (other rows of it still going). */
  unfinished?: boolean;
  /** Containers to record an inventory snapshot for. */
  inventory?: string[];
  /** Log templates per container (log_triage's comparison rows). */
  templates?: number;
  templateBytes?: number;
  /** Explicit final status; else derived like the engine does. */
  status?: RunStatus;
}

const idOf = (name: string) => name.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a');

function state(name: string, restarts: number): ContainerState {
  return {
    container_id: idOf(name),
    container_name: name,
    image: 'busybox:1',
    image_id: 'sha256:0',
    status: 'running',
    health: null,
    restart_count: restarts,
    exit_code: null,
    oom_killed: false,
    started_at: null,
    finished_at: null,
    uptime_seconds: 10,
    created_at: '2025-01-01T00:00:00Z',
  };
}

class Fixture {
  readonly dir = tempDataDir();
  readonly dbPath = join(this.dir, 'cyberbrain.db'); // where the HTTP helper's server looks
  readonly logsDir = join(this.dir, 'logs');
  store: Store = openStore(this.dbPath);
  private n = 0;

  /** One run made as the engine makes it, then aged: created, jobs run, report files written, finished. */
  run(spec: RunSpec): string {
    const { store } = this;
    const base = store.directives.get('D1')!;
    const directive = { ...base, spec: { ...base.spec, concurrency_limit: 16 } };
    const containers = spec.containers.map((name) => ({ id: idOf(name), name }));
    const id = store.runs.create({
      directive,
      containers,
      jobs: spec.jobs.map((j) => ({ job: j.job, container_id: j.container ? idOf(j.container) : null, container_name: j.container ?? null, status: 'pending' as const })),
      ownerId: 'test-owner',
      heartbeatMs: 5_000,
      transport: 'stdio',
    });
    const created = Date.now() - spec.ageDays * DAY + this.n++; // distinct, in creation order
    store.runs.markStarted(id);
    for (const name of spec.inventory ?? []) store.inventory.record(id, 'local', state(name, this.n));
    for (const name of spec.containers) {
      if (!spec.templates) continue;
      const pad = 'x'.repeat(spec.templateBytes ?? 20);
      store.logTemplates.record(
        id,
        'local',
        name,
        3600,
        Array.from({ length: spec.templates }, (_, k) => ({ fingerprint: `f${k}`, template: `template ${k} ${pad}`, severity: 'error', count: k + 1, first_seen: null, last_seen: null })),
      );
    }
    store.modelCalls.record(id, 'test-model', 10, 5);
    const rows = store.runs.jobs(id);
    if (!spec.active) {
      for (const [k, row] of rows.entries()) {
        store.runs.startJob(row.id);
        const want = spec.jobs[k]!.status;
        if (want === 'succeeded' || want === 'failed') store.runs.finishJob(row.id, want, want === 'failed' ? 'boom' : null, { ok: want === 'succeeded' });
      }
      const ran = spec.jobs.filter((j) => j.status === 'succeeded' || j.status === 'failed');
      const failed = ran.filter((j) => j.status === 'failed').length;
      const status = spec.status ?? (failed === 0 ? 'succeeded' : failed === ran.length ? 'failed' : 'partial');
      if (!spec.unfinished) store.runs.finish(id, status, 'done', null);
      const dir = join(this.logsDir, 'runs', id);
      mkdirSync(dir, { recursive: true });
      for (const [kind, name] of [['report_markdown', 'report.md'], ['report_json', 'report.json']] as const) {
        const text = `${kind} of ${id}\n`;
        writeFileSync(join(dir, name), text);
        store.runs.recordArtifact(id, kind, join(dir, name), text.length, '0'.repeat(64));
      }
    }
    store.db.prepare('UPDATE runs SET created_at = ?, started_at = ?, finished_at = CASE WHEN finished_at IS NULL THEN NULL ELSE ? END WHERE id = ?').run(created, created, created + 1000, id);
    store.db.prepare('UPDATE inventory_snapshots SET taken_at = ? WHERE run_id = ?').run(created, id);
    return id;
  }

  counts(runId?: string): Record<(typeof ALL_TABLES)[number], number> {
    const where = runId ? 'WHERE run_id = ?' : '';
    return Object.fromEntries(
      ALL_TABLES.map((t) => {
        const sql = t === 'runs' ? `SELECT count(*) AS n FROM runs ${runId ? 'WHERE id = ?' : ''}` : `SELECT count(*) AS n FROM ${t} ${where}`;
        return [t, (this.store.db.prepare(sql).get(...(runId ? [runId] : [])) as { n: number }).n];
      }),
    ) as Record<(typeof ALL_TABLES)[number], number>;
  }

  runIds(): string[] {
    return (this.store.db.prepare('SELECT id FROM runs ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
  }

  hasFiles(runId: string): boolean {
    const dir = join(this.logsDir, 'runs', runId);
    return existsSync(dir) && readdirSync(dir).length === 2;
  }

  /** Every answer a comparison reads from history (see the jobs' use of the store). */
  baselines(): unknown {
    const s = this.store;
    const names = ['web', 'db', 'cache', 'api', 'web2'];
    return {
      job: names.flatMap((c) => (['log_triage', 'inventory'] as const).map((j) => s.runs.lastSuccessfulJob('local', c, j)?.run_id ?? null)),
      fleet: s.runs.lastFleetResult('service_map', 'local', 'none')?.run_id ?? null,
      inventory: names.map((c) => s.inventory.previousOf('local', c, 'none')?.run_id ?? null),
      templates: names.map((c) => {
        const last = s.runs.lastSuccessfulJob('local', c, 'log_triage');
        return last ? s.logTemplates.forRun('local', c, last.run_id).length : null;
      }),
      lastRun: names.map((c) => s.runs.lastSuccess({ directive_id: 'D1', container: c })?.id ?? null),
    };
  }

  integrity(): { integrity: string; foreignKeys: unknown[] } {
    return {
      integrity: this.store.db.pragma('integrity_check', { simple: true }) as string,
      foreignKeys: this.store.db.pragma('foreign_key_check') as unknown[],
    };
  }
}

/**
 * The history every age test starts from (ages in days; the limit is 400):
 * A 500 old, superseded in every way        -> goes
 * B 450 old, superseded in every way        -> goes
 * C 420 the only successful log_triage of db -> stays (last_success_job)
 * D 410 the newest successful service_map    -> stays (last_success_job)
 * E 500 still running                        -> stays (active)
 * G 450 the only inventory snapshot of cache (its job failed) -> stays (last_inventory)
 * H 430 the newest succeeded run on api (I is partial)         -> stays (last_success_run)
 * I   5 recent                               -> stays (not old)
 * J   3 recent, failed on db and service_map: a failure supersedes no success -> C and D stay
 * F   1 recent                               -> stays (not old)
 */
function history(f: Fixture): Record<string, string> {
  const ids: Record<string, string> = {};
  ids.E = f.run({ ageDays: 500, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], active: true });
  ids.A = f.run({
    ageDays: 500,
    containers: ['web'],
    jobs: [{ job: 'inventory', container: 'web', status: 'succeeded' }, { job: 'log_triage', container: 'web', status: 'succeeded' }, { job: 'service_map', status: 'succeeded' }],
    inventory: ['web'],
    templates: 5,
  });
  ids.B = f.run({
    ageDays: 450,
    containers: ['web'],
    jobs: [{ job: 'inventory', container: 'web', status: 'succeeded' }, { job: 'log_triage', container: 'web', status: 'succeeded' }, { job: 'service_map', status: 'succeeded' }],
    inventory: ['web'],
    templates: 5,
  });
  ids.G = f.run({ ageDays: 450, containers: ['cache'], jobs: [{ job: 'inventory', container: 'cache', status: 'failed' }], inventory: ['cache'] });
  ids.H = f.run({ ageDays: 430, containers: ['api'], jobs: [{ job: 'log_triage', container: 'api', status: 'succeeded' }], templates: 3 });
  ids.C = f.run({ ageDays: 420, containers: ['db'], jobs: [{ job: 'log_triage', container: 'db', status: 'succeeded' }, { job: 'service_map', status: 'failed' }], templates: 4 });
  ids.D = f.run({ ageDays: 410, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'failed' }, { job: 'service_map', status: 'succeeded' }] });
  ids.I = f.run({ ageDays: 5, containers: ['api', 'web2'], jobs: [{ job: 'log_triage', container: 'api', status: 'succeeded' }, { job: 'log_triage', container: 'web2', status: 'failed' }], templates: 2 });
  ids.J = f.run({ ageDays: 3, containers: ['db'], jobs: [{ job: 'log_triage', container: 'db', status: 'failed' }, { job: 'service_map', status: 'failed' }] });
  ids.F = f.run({
    ageDays: 1,
    containers: ['web'],
    jobs: [{ job: 'inventory', container: 'web', status: 'succeeded' }, { job: 'log_triage', container: 'web', status: 'succeeded' }],
    inventory: ['web'],
    templates: 5,
  });
  return ids;
}

const AGE = { maxAgeMs: 400 * DAY, maxBytes: null };

describe('retention', () => {
  let f: Fixture;
  beforeEach(() => {
    f = new Fixture();
  });
  afterEach(() => {
    if (f.store.db.open) f.store.close();
  });

  it('prunes runs past the age with all their rows and report files, and keeps what comparisons and live runs need', async () => {
    const ids = history(f);
    const gone = [ids.A!, ids.B!];
    const goneRows = gone.map((id) => f.counts(id));
    for (const c of goneRows) for (const t of ['run_jobs', 'run_containers', 'log_templates', 'inventory_snapshots', 'model_calls', 'artifacts'] as const) expect(c[t], t).toBeGreaterThan(0);
    const stays = Object.entries(ids).filter(([k]) => !['A', 'B'].includes(k)).map(([, id]) => id);
    const staysRows = stays.map((id) => f.counts(id));
    const baselines = f.baselines();

    const r = await prune(f.store, f.logsDir, AGE);

    expect(r.runs).toBe(2);
    expect(r.run_ids).toEqual(gone);
    expect(new Set(f.runIds())).toEqual(new Set(stays));
    for (const id of gone) {
      const c = f.counts(id);
      expect(Object.values(c).every((n) => n === 0), JSON.stringify(c)).toBe(true);
      expect(existsSync(join(f.logsDir, 'runs', id))).toBe(false);
    }
    // The report's row counts are what was there.
    for (const t of CHILD_TABLES) expect(r.rows[t], t).toBe(goneRows.reduce((s, c) => s + c[t], 0));
    expect(r.files).toBe(4);
    // Everything that stays is whole: rows and files.
    expect(stays.map((id) => f.counts(id))).toEqual(staysRows);
    for (const id of stays.filter((id) => id !== ids.E)) expect(f.hasFiles(id), id).toBe(true);
    // Why each old run stayed.
    expect(r.kept).toEqual({ active: 1, last_success_job: 2, last_inventory: 1, last_success_run: 1 });
    // And every comparison still finds the same baseline.
    expect(f.baselines()).toEqual(baselines);
    expect(f.integrity()).toEqual({ integrity: 'ok', foreignKeys: [] });

    // Once superseded, a kept run goes at the next pass: db gets a newer successful triage.
    f.run({ ageDays: 0, containers: ['db'], jobs: [{ job: 'log_triage', container: 'db', status: 'succeeded' }] });
    const again = await prune(f.store, f.logsDir, AGE);
    expect(again.run_ids).toEqual([ids.C]);
  });

  it('keeps a baseline while the only newer success belongs to a run still going', async () => {
    const old = f.run({ ageDays: 500, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], templates: 3 });
    // Another directive's run triaged web a moment ago and is still busy elsewhere: a log_triage that
    // chose `old` as its baseline may still be about to read its templates.
    const busy = f.run({ ageDays: 0, containers: ['web', 'db'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], unfinished: true });
    expect(f.store.runs.get(busy)!.status).toBe('running');
    const r = await prune(f.store, f.logsDir, AGE);
    expect(r.runs).toBe(0);
    expect(r.kept.last_success_job).toBe(1);
    expect(f.store.logTemplates.forRun('local', 'web', old)).toHaveLength(3);
    f.store.runs.finish(busy, 'succeeded', 'done', null);
    expect((await prune(f.store, f.logsDir, AGE)).run_ids).toEqual([old]);
  });

  it('--dry-run deletes nothing and predicts exactly what the real pass deletes', async () => {
    history(f);
    const before = f.counts();
    const files = f.runIds().filter((id) => f.hasFiles(id));
    const dry = await prune(f.store, f.logsDir, AGE, { dryRun: true });
    expect(dry.runs).toBe(2);
    expect(dry.dry_run).toBe(true);
    expect(f.counts()).toEqual(before);
    expect(f.runIds().filter((id) => f.hasFiles(id))).toEqual(files);

    const real = await prune(f.store, f.logsDir, AGE);
    const pick = (r: PruneReport) => ({ runs: r.runs, run_ids: r.run_ids, rows: r.rows, files: r.files, file_bytes: r.file_bytes, kept: r.kept });
    expect(pick(real)).toEqual(pick(dry));
    expect(f.counts().runs).toBe(before.runs - 2);
  });

  it('prunes oldest first until under the size cap, in short batches, leaving the database consistent', async () => {
    // 40 recent runs (no age limit applies), each with 150 templates of ~400 bytes on web.
    const ids = Array.from({ length: 40 }, (_, k) =>
      f.run({ ageDays: 40 - k, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], templates: 150, templateBytes: 400 }),
    );
    const before = f.store.retention.storage();
    expect(before.total).toBeGreaterThan(2_000_000);
    const cap = Math.round(before.total / 2);
    // Count the event loop's turns while pruning: batches must yield between transactions.
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const r = await prune(f.store, f.logsDir, { maxAgeMs: null, maxBytes: cap }, { batchRuns: 7, rowBudget: 100 });
    spinning = false;

    const left = f.runIds();
    expect(r.after.total).toBeLessThanOrEqual(cap);
    expect(f.store.retention.storage().total).toBe(r.after.total);
    expect(r.over_cap).toBe(false);
    // Oldest first: what is left is the newest runs, in order, and the report names the rest.
    expect(left).toEqual(ids.slice(ids.length - left.length));
    expect(r.run_ids).toEqual(ids.slice(0, ids.length - left.length));
    // Not more than needed: the cap is half the size, so about half the runs go.
    expect(left.length).toBeGreaterThan(10);
    expect(left.length).toBeLessThan(30);
    // 150 templates > rowBudget 100: every run went in at least two transactions.
    expect(turns).toBeGreaterThanOrEqual(2 * r.runs);
    expect(r.rows.log_templates).toBe(150 * r.runs);
    expect(f.integrity()).toEqual({ integrity: 'ok', foreignKeys: [] });
    expect((f.store.db.prepare('SELECT count(*) AS n FROM log_templates WHERE run_id NOT IN (SELECT id FROM runs)').get() as { n: number }).n).toBe(0);
    for (const id of r.run_ids) expect(existsSync(join(f.logsDir, 'runs', id))).toBe(false);
    for (const id of left) expect(f.hasFiles(id)).toBe(true);
  });

  it('stops at the cap within a transaction: big batches do not overshoot', async () => {
    const ids = Array.from({ length: 40 }, (_, k) =>
      f.run({ ageDays: 40 - k, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], templates: 150, templateBytes: 400 }),
    );
    const before = f.store.retention.storage();
    const perRun = before.total / ids.length;
    const cap = Math.round(before.total / 2);
    // A dry run estimates from bytes per row, deletes nothing, and lands near the real answer.
    // Both limits: the ten runs past 30 days go by age, then the oldest while over the cap.
    const policy = { maxAgeMs: 30 * DAY, maxBytes: cap };
    const dry = await prune(f.store, f.logsDir, policy, { dryRun: true });
    expect(f.runIds()).toEqual(ids);
    expect(dry.after_estimated).toBe(true);
    expect(dry.run_ids).toEqual(ids.slice(0, dry.runs)); // oldest first, each once
    expect(dry.after.total).toBeLessThanOrEqual(cap);
    const r = await prune(f.store, f.logsDir, policy, { batchRuns: 50, rowBudget: 1_000_000 });
    expect(r.runs).toBeGreaterThan(12);
    expect(Math.abs(dry.runs - r.runs)).toBeLessThanOrEqual(3);
    expect(r.after.total).toBeLessThanOrEqual(cap);
    // Pages come free whole, so a run or two beyond the exact point; never a batch's worth.
    expect(r.after.total).toBeGreaterThan(cap - 2 * perRun);
    expect(f.runIds()).toEqual(ids.slice(r.runs));
  });

  it('never prunes below what is protected, and says so when the cap cannot be met', async () => {
    const a = f.run({ ageDays: 3, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], templates: 50 });
    const b = f.run({ ageDays: 2, containers: ['db'], jobs: [{ job: 'log_triage', container: 'db', status: 'succeeded' }], templates: 50 });
    const r = await prune(f.store, f.logsDir, { maxAgeMs: null, maxBytes: 1 });
    expect(r.runs).toBe(0);
    expect(r.over_cap).toBe(true);
    expect(f.runIds()).toEqual([a, b]);
  });

  it('a batch that prunes thousands of rows keeps integrity and foreign keys with many small transactions', async () => {
    for (let k = 0; k < 120; k++) {
      f.run({ ageDays: 900 - k, containers: ['web', 'db'], jobs: [{ job: 'inventory', container: 'web', status: 'succeeded' }, { job: 'log_triage', container: 'db', status: 'succeeded' }], inventory: ['web'], templates: 30 });
    }
    const r = await prune(f.store, f.logsDir, AGE, { batchRuns: 50, rowBudget: 500 });
    expect(r.runs).toBe(119); // the newest keeps the last successes
    expect(f.counts()).toMatchObject({ runs: 1, run_jobs: 2, run_containers: 2, log_templates: 60, inventory_snapshots: 1, model_calls: 1, artifacts: 2 });
    expect(f.integrity()).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('prunes in the background on a schedule, and a failing pass is logged, not thrown', async () => {
    const old = f.run({ ageDays: 30, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }] });
    const recent = f.run({ ageDays: 0, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }] });
    const warnings: unknown[] = [];
    const infos: unknown[] = [];
    const log = { info: (o: unknown) => infos.push(o), warn: (o: unknown) => warnings.push(o) } as unknown as Logger;
    const config = loadConfig({ db: f.dbPath }, { HOME: f.dir, CYBERBRAIN_RETENTION_DAYS: '7' });
    const stop = schedulePruning(f.store, config, log, { firstDelayMs: 5, everyMs: 20 });
    await waitFor(() => infos.length === 1);
    expect(f.runIds()).toEqual([recent]);
    expect(existsSync(join(f.logsDir, 'runs', old))).toBe(false);
    expect(infos.length).toBe(1);
    // The database goes away under it (a disk pulled, a closed store): the next pass fails quietly.
    f.store.close();
    await waitFor(() => warnings.length > 0);
    stop();
    expect(String((warnings[0] as { err: Error }).err.message)).toMatch(/not open/);
  });

  it('reads its settings with defaults, "off" and one-line errors', () => {
    const env = { HOME: f.dir };
    const d = loadConfig({ db: f.dbPath }, env);
    expect([d.retentionDays, d.retentionMaxMb]).toEqual([400, 1024]);
    const off = loadConfig({ db: f.dbPath }, { ...env, CYBERBRAIN_RETENTION_DAYS: 'off', CYBERBRAIN_RETENTION_MAX_MB: '0' });
    expect([off.retentionDays, off.retentionMaxMb]).toEqual([0, 0]);
    expect(() => loadConfig({ db: f.dbPath }, { ...env, CYBERBRAIN_RETENTION_DAYS: '30d' })).toThrow(ConfigError);
    expect(() => loadConfig({ db: f.dbPath }, { ...env, CYBERBRAIN_RETENTION_MAX_MB: '-1' })).toThrow(/CYBERBRAIN_RETENTION_MAX_MB must be a whole number/);
    expect(() => loadConfig({ db: f.dbPath }, { ...env, CYBERBRAIN_RETENTION_DAYS: '99999' })).toThrow(/CYBERBRAIN_RETENTION_DAYS=99999 is not valid/);
  });
});

describe('cyberbrain-mcp prune', () => {
  const cli = (f: Fixture, ...args: string[]) => {
    const r = spawnSync(process.execPath, [SERVER_ENTRY, 'prune', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: f.dir, CYBERBRAIN_DB: f.dbPath, CYBER_BRAIN_LOGS: f.logsDir },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('prints what it would delete, then deletes it and vacuums; exit 0', () => {
    const f = new Fixture();
    // Made first: "newest" is by insertion, as the engine inserts (history's F supersedes these).
    for (let k = 0; k < 10; k++) f.run({ ageDays: 69 - k, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], templates: 200, templateBytes: 300 });
    const ids = history(f);
    f.store.close();

    const dry = cli(f, '--dry-run', '--older-than', '30d');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toMatch(/^Dry run: nothing deleted\. Retention: older than 30 days, size cap 1024 MB\.$/m);
    expect(dry.out).toMatch(/^Would delete 12 runs; rows: run_jobs \d+, run_containers 12, log_templates 2010,/m);

    const json = cli(f, '--older-than', '30d', '--json');
    expect(json.code, json.err).toBe(0);
    const r = JSON.parse(json.out) as PruneReport & { vacuum: { done: boolean; file_bytes_before: number; file_bytes_after: number } };
    expect(r.runs).toBe(12);
    expect(r.run_ids).toContain(ids.A);
    expect(r.rows.log_templates).toBe(2010);
    expect(r.before.database).toBeGreaterThan(r.after.database);
    expect(r.vacuum.done).toBe(true);
    expect(r.vacuum.file_bytes_after).toBeLessThan(r.vacuum.file_bytes_before);

    const store = openStore(f.dbPath);
    try {
      expect(store.runs.get(ids.A!)).toBeUndefined();
      expect(store.runs.get(ids.C!)).toBeDefined();
    } finally {
      store.close();
    }
    const text = cli(f);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Deleted 0 runs;/m);
    expect(text.out).toMatch(/^Database: [\d.]+ MB used before, [\d.]+ MB after;/m);
  });

  it('refuses a wrong flag or value with one line and exit 2', () => {
    const f = new Fixture();
    f.store.close();
    for (const args of [['--bogus'], ['--older-than', '30x'], ['--max-mb', 'lots'], ['--older-than']]) {
      const r = cli(f, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });

  it('shows the database size in /healthz', async () => {
    const f = new Fixture();
    f.run({ ageDays: 1, containers: ['web'], jobs: [{ job: 'log_triage', container: 'web', status: 'succeeded' }], templates: 500, templateBytes: 200 });
    const bytes = f.store.sizeBytes();
    f.store.close();
    const srv = await startHttp(['--insecure-no-auth'], {}, f.dir);
    try {
      const health = (await (await fetch(`${srv.base}/healthz`)).json()) as { database: string; database_bytes: number };
      expect(health.database).toBe('ok');
      expect(bytes).toBeGreaterThan(100_000);
      expect(health.database_bytes).toBe(bytes);
    } finally {
      await srv.stop();
    }
  });
});

async function waitFor(cond: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
