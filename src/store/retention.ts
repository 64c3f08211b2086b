import type Database from 'better-sqlite3';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from './index.js';

/**
 * Retention: runs and everything hanging off them (job rows, container lists, log templates,
 * inventory snapshots, model-call counts, artifact rows and the report files under
 * `<logs>/runs/<id>/`) are kept for an age and a total size, then pruned oldest first.
 *
 * Never pruned, however old:
 * - a run that is queued or running;
 * - a run holding the newest succeeded job row of some (host, container_name, job), or of some host-wide
 *   job (container_name NULL): what `RunsRepo.lastSuccessfulJob` / `lastFleetResult` return, and
 *   so the run whose log templates log_triage compares with. Only a row of a finished run
 *   supersedes it: log_triage reads its baseline's templates minutes after choosing it, and a
 *   concurrent run on the same container must not make that baseline prunable meanwhile;
 * - a run holding the newest inventory snapshot of some container name (`InventoryRepo.previousOf`);
 * - a succeeded run that is the newest succeeded one of its directive involving some container
 *   (`RunsRepo.lastSuccess`, behind `list_runs {since_last_success}`).
 * Each test is "no newer row of the same kind exists", checked inside the deleting transaction, so
 * the newest row of every kind always survives, also with several processes pruning at once: a row
 * only becomes prunable once a newer one exists, and that newer one is then the protected one.
 *
 * Space: the cap is on the database's used pages (`page_count - freelist_count`) plus the report
 * files. Deleted rows free pages inside the file; SQLite reuses them for new rows, so once
 * retention has reached its steady state the file stops growing. Giving the space back to the
 * operating system needs VACUUM (or auto_vacuum=INCREMENTAL, which can only be switched on with a
 * VACUUM or on an empty database): a VACUUM rewrites the whole file, needs as much free disk again
 * and holds the write lock throughout, which a background task in a server must not do. So the
 * server only deletes and relies on page reuse; `cyberbrain-mcp prune` (a person, at a time of their
 * choosing) checkpoints the WAL and VACUUMs afterwards.
 */

export const CHILD_TABLES = ['run_jobs', 'run_containers', 'log_templates', 'inventory_snapshots', 'model_calls', 'artifacts'] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

export type KeptReason = 'active' | 'last_success_job' | 'last_inventory' | 'last_success_run';

export interface RetentionPolicy {
  /** Runs created longer ago than this go; null: no age limit. */
  maxAgeMs: number | null;
  /** Oldest runs go until database used bytes plus report files fit; null: no size limit. */
  maxBytes: number | null;
}

export interface StorageBytes {
  /** Used pages of the database: page_count minus freelist_count, times page_size. */
  database: number;
  /** The database file as SQLite sees it (page_count × page_size; the WAL is apart). */
  database_file: number;
  /** Report files, as recorded in the artifacts table. */
  reports: number;
  /** database + reports: what the size cap measures. */
  total: number;
}

export interface PruneReport {
  dry_run: boolean;
  policy: { older_than_days: number | null; max_mb: number | null };
  /** Runs deleted (or, in a dry run, that would be). */
  runs: number;
  /** The first 100 of them, oldest first. */
  run_ids: string[];
  /** Runs old enough (or, for the size cap, early enough) to go that were kept, by reason. */
  kept: Record<KeptReason, number>;
  rows: Record<ChildTable, number>;
  files: number;
  file_bytes: number;
  /** Report files that could not be removed (logged); their runs are gone all the same. */
  file_errors: number;
  before: StorageBytes;
  after: StorageBytes;
  /** In a dry run with a size cap, `after` is an estimate (average bytes per row of each table). */
  after_estimated: boolean;
  /** True when the size cap is set and still exceeded (everything left is protected). */
  over_cap: boolean;
}

export interface PruneOptions {
  dryRun?: boolean;
  signal?: AbortSignal;
  now?: number;
  /** Runs looked at per transaction. */
  batchRuns?: number;
  /** Rows deleted per transaction, at most (a run with more templates than this goes in several). */
  rowBudget?: number;
  log?: Logger;
}

const RUN_ID = /^run_[0-9A-HJKMNP-TV-Z]{26}$/;
const MB = 1024 * 1024;
const DAY_MS = 86_400_000;

/** Database side of retention: every statement prepared once. */
export class RetentionRepo {
  private readonly pageCount;
  private readonly freelistCount;
  private readonly pageSize;
  private readonly reportBytesStmt;
  private readonly candidatesStmt;
  private readonly whyKeptStmt;
  private readonly countStmts: Record<ChildTable, Database.Statement<[string], { n: number }>>;
  private readonly artifactsStmt;
  private readonly deleteRunStmt;
  private readonly deleteTemplatesStmt;

  constructor(private readonly db: Database.Database) {
    this.pageCount = db.prepare<[], { page_count: number }>('PRAGMA page_count');
    this.freelistCount = db.prepare<[], { freelist_count: number }>('PRAGMA freelist_count');
    this.pageSize = db.prepare<[], { page_size: number }>('PRAGMA page_size');
    this.reportBytesStmt = db.prepare<[], { b: number | null }>('SELECT sum(bytes) AS b FROM artifacts');
    // Runs in insertion order (the table's own rowid walk), from a keyset. No index on created_at:
    // creation order is insertion order, so the age pass stops at the first page that reaches the
    // cutoff instead of filtering the whole table. Active runs come too and are counted as kept.
    this.candidatesStmt = db.prepare<[{ after: number; limit: number }], { seq: number; id: string; created_at: number }>(
      'SELECT seq, id, created_at FROM runs WHERE seq > @after ORDER BY seq LIMIT @limit',
    );
    // Each EXISTS walks the run's own rows and asks, through an index, whether a newer row of the
    // same kind exists. See the module comment for what each one protects.
    this.whyKeptStmt = db.prepare<[string], { status: string; last_job: number; last_inventory: number; last_run: number }>(
      `SELECT r.status,
         EXISTS (SELECT 1 FROM run_jobs j WHERE j.run_id = r.id AND j.status = 'succeeded'
                 AND NOT EXISTS (SELECT 1 FROM run_jobs n WHERE n.container_name IS j.container_name AND n.job = j.job AND n.host = j.host
                                 AND n.status = 'succeeded' AND n.id > j.id
                                 AND NOT EXISTS (SELECT 1 FROM runs a WHERE a.id = n.run_id AND a.status IN ('queued', 'running')))) AS last_job,
         EXISTS (SELECT 1 FROM inventory_snapshots s WHERE s.run_id = r.id
                 AND NOT EXISTS (SELECT 1 FROM inventory_snapshots n WHERE n.container_name = s.container_name AND n.host = s.host AND n.taken_at > s.taken_at)
                 AND NOT EXISTS (SELECT 1 FROM inventory_snapshots n WHERE n.container_name = s.container_name AND n.host = s.host AND n.taken_at = s.taken_at AND n.id > s.id)) AS last_inventory,
         (r.status = 'succeeded' AND EXISTS (SELECT 1 FROM run_containers c WHERE c.run_id = r.id
                 AND NOT EXISTS (SELECT 1 FROM runs n JOIN run_containers nc ON nc.run_id = n.id AND nc.container_name = c.container_name AND nc.host = c.host
                                 WHERE n.directive_id = r.directive_id AND n.status = 'succeeded' AND n.seq > r.seq))) AS last_run
       FROM runs r WHERE r.id = ?`,
    );
    this.countStmts = Object.fromEntries(
      CHILD_TABLES.map((t) => [t, db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${t} WHERE run_id = ?`)]),
    ) as Record<ChildTable, Database.Statement<[string], { n: number }>>;
    this.artifactsStmt = db.prepare<[string], { path: string; bytes: number }>('SELECT path, bytes FROM artifacts WHERE run_id = ?');
    // Child rows go by ON DELETE CASCADE (foreign keys are on in every connection, see db.ts).
    this.deleteRunStmt = db.prepare("DELETE FROM runs WHERE id = ? AND status NOT IN ('queued', 'running')");
    this.deleteTemplatesStmt = db.prepare('DELETE FROM log_templates WHERE id IN (SELECT id FROM log_templates WHERE run_id = ? LIMIT ?)');
  }

  /** Bytes in use: `page_count × page_size` minus the free list. Cheap (two header reads). */
  sizeBytes(): number {
    return (this.pageCount.get()!.page_count - this.freelistCount.get()!.freelist_count) * this.pageSize.get()!.page_size;
  }

  storage(): StorageBytes {
    const database = this.sizeBytes();
    const reports = this.reportBytesStmt.get()?.b ?? 0;
    return { database, database_file: this.pageCount.get()!.page_count * this.pageSize.get()!.page_size, reports, total: database + reports };
  }

  candidates(after: number, limit: number): { seq: number; id: string; created_at: number }[] {
    return this.candidatesStmt.all({ after, limit });
  }

  /** Why this run must stay, or null when it may go (or is gone). */
  whyKept(runId: string): KeptReason | null {
    const r = this.whyKeptStmt.get(runId);
    if (!r) return null;
    if (r.status === 'queued' || r.status === 'running') return 'active';
    if (r.last_job) return 'last_success_job';
    if (r.last_inventory) return 'last_inventory';
    if (r.last_run) return 'last_success_run';
    return null;
  }

  childCounts(runId: string): Record<ChildTable, number> {
    return Object.fromEntries(CHILD_TABLES.map((t) => [t, this.countStmts[t].get(runId)!.n])) as Record<ChildTable, number>;
  }

  artifacts(runId: string): { path: string; bytes: number }[] {
    return this.artifactsStmt.all(runId);
  }

  /** Deletes a finished run and, by cascade, its rows. False when it was not there (or active). */
  deleteRun(runId: string): boolean {
    return this.deleteRunStmt.run(runId).changes > 0;
  }

  /** Deletes up to `limit` of a run's log templates (a run too big for one short transaction). */
  deleteTemplates(runId: string, limit: number): number {
    return this.deleteTemplatesStmt.run(runId, limit).changes;
  }

  /**
   * Average stored bytes per row of each table (its indexes included), for a dry run's estimate
   * of what deleting rows would free. Reads every page (dbstat): for the CLI, not for a server.
   */
  bytesPerRow(): Record<ChildTable | 'runs', number> {
    const tables = ['runs', ...CHILD_TABLES] as const;
    const rows = Object.fromEntries(tables.map((t) => [t, (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as Record<(typeof tables)[number], number>;
    let bytes: Record<string, number>;
    try {
      bytes = Object.fromEntries(
        this.db
          .prepare<[], { t: string; b: number }>('SELECT m.tbl_name AS t, sum(s.pgsize) AS b FROM dbstat s JOIN sqlite_master m ON m.name = s.name GROUP BY m.tbl_name')
          .all()
          .map((r) => [r.t, r.b]),
      );
    } catch {
      // No dbstat in this SQLite build: spread the used bytes evenly over all rows.
      const all = tables.reduce((s, t) => s + rows[t], 0);
      const per = all > 0 ? this.sizeBytes() / all : 0;
      bytes = Object.fromEntries(tables.map((t) => [t, per * rows[t]]));
    }
    return Object.fromEntries(tables.map((t) => [t, rows[t] > 0 ? (bytes[t] ?? 0) / rows[t] : 0])) as Record<(typeof tables)[number], number>;
  }
}

/** The policy the settings describe; 0 in either setting switches that limit off. */
export function policyFrom(config: Pick<Config, 'retentionDays' | 'retentionMaxMb'>): RetentionPolicy {
  return {
    maxAgeMs: config.retentionDays > 0 ? config.retentionDays * DAY_MS : null,
    maxBytes: config.retentionMaxMb > 0 ? config.retentionMaxMb * MB : null,
  };
}

const emptyRows = (): Record<ChildTable, number> => Object.fromEntries(CHILD_TABLES.map((t) => [t, 0])) as Record<ChildTable, number>;

/**
 * Prunes runs past the policy: first by age, then oldest first while over the size cap. Each
 * transaction is IMMEDIATE and short (at most `batchRuns` runs and about `rowBudget` rows), and the
 * event loop gets a turn between transactions, so tool calls and heartbeats are never held up for
 * long. Report files go after their rows are committed: a crash in between leaves files without a
 * run, never a run without its files. A dry run takes no write lock and deletes nothing.
 */
export async function prune(store: Store, logsDir: string, policy: RetentionPolicy, opts: PruneOptions = {}): Promise<PruneReport> {
  const repo = store.retention;
  const dryRun = opts.dryRun ?? false;
  const batchRuns = opts.batchRuns ?? 50;
  const rowBudget = opts.rowBudget ?? 2_000; // a few tens of milliseconds of deleting
  const now = opts.now ?? Date.now();
  const before = repo.storage();
  const report: PruneReport = {
    dry_run: dryRun,
    policy: { older_than_days: policy.maxAgeMs === null ? null : policy.maxAgeMs / DAY_MS, max_mb: policy.maxBytes === null ? null : policy.maxBytes / MB },
    runs: 0,
    run_ids: [],
    kept: { active: 0, last_success_job: 0, last_inventory: 0, last_success_run: 0 },
    rows: emptyRows(),
    files: 0,
    file_bytes: 0,
    file_errors: 0,
    before,
    after: before,
    after_estimated: false,
    over_cap: false,
  };
  const kept = new Map<string, KeptReason>();
  const gone = new Set<string>(); // a dry run's "deleted" runs, so the size pass does not count them twice
  // A dry run cannot measure what deleting would free: it estimates from bytes per row.
  const perRow = dryRun && policy.maxBytes !== null ? repo.bytesPerRow() : undefined;
  let estimatedFreed = 0;
  let reportBytesFreed = 0;
  // Inside a write transaction the page counts are live, so the cap is checked after every run.
  const total = () => (dryRun ? before.database - estimatedFreed : repo.sizeBytes()) + before.reports - reportBytesFreed;

  const sweep = async (cutoff: number, more: () => boolean): Promise<void> => {
    let after = 0;
    for (;;) {
      if (opts.signal?.aborted || !more()) return;
      const raw = repo.candidates(after, batchRuns);
      if (raw.length === 0) return;
      after = raw[raw.length - 1]!.seq;
      // Processes from different hosts may disagree on the time by a little: a run just past the
      // first young one is caught at the next pass.
      const last = raw[raw.length - 1]!.created_at >= cutoff;
      const page = raw.filter((r) => r.created_at < cutoff && !gone.has(r.id));
      let i = 0;
      while (i < page.length) {
        const committed: { id: string; artifacts: { path: string; bytes: number }[] }[] = [];
        const step = (): void => {
          let rows = 0;
          for (; i < page.length; i++) {
            const { id } = page[i]!;
            const why = repo.whyKept(id);
            if (why) {
              if (!kept.has(id)) (kept.set(id, why), report.kept[why]++);
              continue;
            }
            const counts = repo.childCounts(id);
            const n = CHILD_TABLES.reduce((s, t) => s + counts[t], 0);
            if (rows > 0 && rows + n > rowBudget) return; // the next transaction takes it
            if (!dryRun && n > rowBudget && counts.log_templates > 0) {
              // Too many rows for one short transaction: its templates go first, a chunk at a time.
              // The run stays whole to readers meanwhile (reports are built from run_jobs), and it
              // is no comparison's baseline: a newer row of every kind it holds exists.
              report.rows.log_templates += repo.deleteTemplates(id, rowBudget);
              return;
            }
            const artifacts = repo.artifacts(id);
            if (dryRun) {
              gone.add(id);
              if (perRow) estimatedFreed += perRow.runs + CHILD_TABLES.reduce((s, t) => s + counts[t] * perRow[t], 0);
            } else if (!repo.deleteRun(id)) continue; // another process pruned it first
            reportBytesFreed += artifacts.reduce((s, a) => s + a.bytes, 0);
            for (const t of CHILD_TABLES) report.rows[t] += counts[t];
            report.runs++;
            if (report.run_ids.length < 100) report.run_ids.push(id);
            committed.push({ id, artifacts });
            rows += n + 1;
            if (!more()) {
              i = page.length;
              return;
            }
          }
        };
        if (dryRun) store.db.transaction(step).deferred();
        else store.db.transaction(step).immediate();
        for (const c of committed) removeReportFiles(logsDir, c.id, c.artifacts, report, dryRun, opts.log);
        await yieldToEventLoop();
        if (opts.signal?.aborted || !more()) return;
      }
      if (last) return;
    }
  };

  if (policy.maxAgeMs !== null) await sweep(now - policy.maxAgeMs, () => true);
  if (policy.maxBytes !== null) {
    const cap = policy.maxBytes;
    await sweep(Number.MAX_SAFE_INTEGER, () => total() > cap);
  }
  if (dryRun) {
    const database = Math.max(0, Math.round(before.database - estimatedFreed));
    const reports = before.reports - reportBytesFreed;
    report.after = { database, database_file: before.database_file, reports, total: database + reports };
    report.after_estimated = perRow !== undefined && report.runs > 0;
  } else {
    report.after = repo.storage();
  }
  report.over_cap = policy.maxBytes !== null && report.after.total > policy.maxBytes;
  return report;
}

/** Removes (or, in a dry run, counts) a pruned run's report files: its `runs/<id>/` folder and recorded artifacts. */
function removeReportFiles(logsDir: string, runId: string, artifacts: { path: string }[], report: PruneReport, dryRun: boolean, log?: Logger): void {
  if (!RUN_ID.test(runId)) return; // ids come from the database; never build a path from anything else
  const dir = join(logsDir, 'runs', runId);
  const files = new Set<string>();
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) files.add(join(dir, e.name));
  } catch {
    // no folder: nothing written there, or the logs folder moved (the artifact paths still say where)
  }
  // Recorded paths from a logs folder configured differently back then: only inside a folder named for the run.
  for (const a of artifacts) if (basename(dirname(a.path)) === runId) files.add(a.path);
  for (const f of files) {
    let bytes: number;
    try {
      bytes = statSync(f).size;
    } catch {
      continue; // already gone
    }
    try {
      if (!dryRun) rmSync(f, { force: true });
      report.files++;
      report.file_bytes += bytes;
    } catch (err) {
      report.file_errors++;
      log?.warn({ err, runId, file: f }, 'could not remove a pruned run\'s report file');
    }
  }
  if (dryRun) return;
  for (const d of new Set([dir, ...[...files].map((f) => dirname(f))])) {
    try {
      rmSync(d, { recursive: true, force: true });
    } catch (err) {
      log?.warn({ err, runId, dir: d }, 'could not remove a pruned run\'s report folder');
    }
  }
}

export interface PruningSchedule {
  firstDelayMs?: number;
  everyMs?: number;
}

/**
 * Prunes in the background: shortly after start, then every hour. Timers are unref'd (they never
 * keep a process alive) and a failure (a full disk, a locked database) is logged, never thrown:
 * the next pass tries again. Returns the function that stops it; a pass under way stops at its
 * next transaction.
 */
export function schedulePruning(store: Store, config: Config, log: Logger, schedule: PruningSchedule = {}): () => void {
  const policy = policyFrom(config);
  if (policy.maxAgeMs === null && policy.maxBytes === null) return () => undefined;
  const controller = new AbortController();
  let running = false;
  const pass = (): void => {
    if (running || controller.signal.aborted) return;
    running = true;
    prune(store, config.logsDir, policy, { signal: controller.signal, log })
      .then((r) => {
        if (r.runs > 0) log.info({ runs: r.runs, rows: r.rows, files: r.files, bytes_before: r.before.total, bytes_after: r.after.total }, 'pruned old runs');
        if (r.over_cap) log.warn({ bytes: r.after.total, max_mb: r.policy.max_mb, kept: r.kept }, 'storage is over CYBERBRAIN_RETENTION_MAX_MB and everything left is protected (active runs and the last successful ones comparisons need)');
      })
      .catch((err: unknown) => log.warn({ err }, 'pruning failed; it is tried again at the next pass'))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(pass, schedule.firstDelayMs ?? 60_000);
  const every = setInterval(pass, schedule.everyMs ?? 3_600_000);
  first.unref();
  every.unref();
  return () => {
    controller.abort();
    clearTimeout(first);
    clearInterval(every);
  };
}
