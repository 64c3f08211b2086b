import type Database from 'better-sqlite3';
import type { DirectiveSnapshot } from '../domain/directive.js';
import { LOCAL_HOST } from '../domain/host.js';
import type { JobName } from '../domain/jobs.js';
import type { JobStatus, RunStatus, Transport } from '../domain/run.js';
import { ToolError } from '../errors.js';
import { redactDeep, redactText } from '../redact/scrub.js';
import { readStoredSpec, storableSnapshot } from './directive-spec.js';
import { newRunId } from './ids.js';

export interface RunRow {
  /** Insertion order: the keyset for pagination. */
  seq: number;
  id: string;
  directive_id: string;
  directive_name: string;
  directive_version: number;
  status: RunStatus;
  transport: Transport;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  error: string | null;
  summary: string | null;
  /** The hosts the run read. */
  hosts: readonly string[];
}

const LOCAL_ONLY = '["local"]';
const LOCAL_HOSTS: readonly string[] = Object.freeze(['local']);

export interface RunJobRow {
  id: number;
  run_id: string;
  job: JobName;
  /** The host the row reads ("local" for this machine's engine). */
  host: string;
  container_id: string | null;
  container_name: string | null;
  status: JobStatus;
  started_at: number | null;
  finished_at: number | null;
  error: string | null;
  result: string | null;
}

export interface PlannedJob {
  job: JobName;
  /** "local" when left out. */
  host?: string;
  container_id: string | null;
  container_name: string | null;
  /** 'skipped' and 'failed' rows are born finished, with the reason in `error` (a host that could not be read). */
  status: 'pending' | 'skipped' | 'failed';
  error?: string;
}

/** A run's model summary as stored: the answer, why there is none, or whose model it waits for. */
export type StoredModelSummary = { model: string; text: string } | { unavailable: string } | { awaiting: string; asked?: 1 };

export interface RunFilter {
  status?: RunStatus;
  directive_id?: string;
  /** Container name or id (full or prefix of 12+). */
  container?: string;
  /** Only runs that read this host. */
  host?: string;
  /** Epoch ms: only runs created at or after it. */
  since?: number;
  /** Only runs inserted after this one (exclusive). */
  after_seq?: number;
  /** Keyset cursor: only runs inserted before this one. */
  before_seq?: number;
}

// What a run view shows; ownership and heartbeat columns stay in the engine's own queries.
// Listing is the hot read (assistants poll it), so rows come back as arrays and are shaped here,
// and directive names come from a small cache instead of a join per row.
const RUN_COLUMNS = 'r.seq, r.id, r.directive_id, r.directive_version, r.status, r.transport, r.created_at, r.started_at, r.finished_at, r.error, r.summary, r.hosts';
type RawRun = [number, string, string, number, RunStatus, Transport, number, number | null, number | null, string | null, string | null, string];

/** Runs, their job × container rows and their artifacts. Every multi-row change is one transaction. */
export class RunsRepo {
  private readonly insertRun;
  private readonly insertContainer;
  private readonly insertJob;
  private readonly selectRun;
  private readonly selectSnapshot;
  private readonly selectJobs;
  private readonly startRunStmt;
  private readonly startJobStmt;
  private readonly finishJobStmt;
  private readonly finishRunStmt;
  private readonly cancelPendingJobs;
  private readonly heartbeatStmt;
  private readonly cancelRequestedStmt;
  private readonly requestCancelStmt;
  private readonly staleRuns;
  private readonly interruptRun;
  private readonly statusOf;
  private readonly activeOfDirective;
  private readonly upsertArtifact;
  private readonly selectArtifact;
  private readonly lastJobSuccess;
  private readonly lastFleetSuccess;
  private readonly setSummaryStmt;
  private readonly selectSummaryStmt;
  private readonly settleAwaitingStmt;
  private readonly markAskedStmt;
  private readonly listStatements = new Map<string, Database.Statement<(string | number)[], RawRun>>();
  private readonly directiveName;
  private readonly directiveNames = new Map<string, string>();

  constructor(private readonly db: Database.Database) {
    this.insertRun = db.prepare(
      `INSERT INTO runs (id, directive_id, directive_version, directive_snapshot, status, owner_id, heartbeat_at, heartbeat_ms, transport, created_at, hosts)
       VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)`,
    );
    this.insertContainer = db.prepare('INSERT OR IGNORE INTO run_containers (run_id, host, container_id, container_name) VALUES (?, ?, ?, ?)');
    this.insertJob = db.prepare(
      `INSERT INTO run_jobs (run_id, job, host, container_id, container_name, status, error, started_at, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectRun = db.prepare<[string], RawRun>(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.id = ?`).raw(true);
    this.directiveName = db.prepare<[string], { name: string }>('SELECT name FROM directives WHERE id = ?');
    this.selectSnapshot = db.prepare<[string], { directive_snapshot: string }>('SELECT directive_snapshot FROM runs WHERE id = ?');
    this.selectJobs = db.prepare<[string], RunJobRow>('SELECT * FROM run_jobs WHERE run_id = ? ORDER BY id');
    this.startRunStmt = db.prepare("UPDATE runs SET status = 'running', started_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'queued'");
    this.startJobStmt = db.prepare("UPDATE run_jobs SET status = 'running', started_at = ? WHERE id = ? AND status = 'pending'");
    // Only a running row can finish: a row the run already marked cancelled stays cancelled.
    this.finishJobStmt = db.prepare("UPDATE run_jobs SET status = ?, finished_at = ?, error = ?, result = ? WHERE id = ? AND status = 'running'");
    this.finishRunStmt = db.prepare("UPDATE runs SET status = ?, finished_at = ?, summary = ?, error = ? WHERE id = ? AND status IN ('queued', 'running')");
    this.cancelPendingJobs = db.prepare("UPDATE run_jobs SET status = 'cancelled', finished_at = ?, error = ? WHERE run_id = ? AND status IN ('pending', 'running')");
    this.heartbeatStmt = db.prepare("UPDATE runs SET heartbeat_at = ? WHERE owner_id = ? AND status IN ('queued', 'running')");
    this.cancelRequestedStmt = db.prepare<[string], { id: string }>(
      "SELECT id FROM runs WHERE owner_id = ? AND status IN ('queued', 'running') AND cancel_requested = 1",
    );
    this.requestCancelStmt = db.prepare("UPDATE runs SET cancel_requested = 1 WHERE id = ? AND status IN ('queued', 'running')");
    // Stale by the owner's own interval: six missed beats of *its* heartbeat, never less than minStaleMs.
    const stale = 'heartbeat_at < @now - max(heartbeat_ms * 6, @minStaleMs)';
    this.staleRuns = db.prepare<[{ now: number; minStaleMs: number }], { id: string }>(`SELECT id FROM runs WHERE status IN ('queued', 'running') AND ${stale}`);
    this.interruptRun = db.prepare<[{ now: number; minStaleMs: number; id: string; error: string }]>(
      `UPDATE runs SET status = 'interrupted', finished_at = @now, error = @error WHERE id = @id AND status IN ('queued', 'running') AND ${stale}`,
    );
    this.statusOf = db.prepare<[string], { status: RunStatus }>('SELECT status FROM runs WHERE id = ?');
    this.activeOfDirective = db.prepare<[string], { id: string }>(
      "SELECT id FROM runs WHERE directive_id = ? AND status IN ('queued', 'running') ORDER BY seq",
    );
    this.upsertArtifact = db.prepare(
      `INSERT INTO artifacts (run_id, kind, path, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, kind) DO UPDATE SET path = excluded.path, bytes = excluded.bytes, sha256 = excluded.sha256, created_at = excluded.created_at`,
    );
    this.selectArtifact = db.prepare<[string, string], { path: string; bytes: number; sha256: string }>(
      'SELECT path, bytes, sha256 FROM artifacts WHERE run_id = ? AND kind = ?',
    );
    this.setSummaryStmt = db.prepare('UPDATE runs SET model_summary = ? WHERE id = ?');
    this.selectSummaryStmt = db.prepare<[string], { model_summary: string | null }>('SELECT model_summary FROM runs WHERE id = ?');
    // Conditional: of two reads answering the same question, the first answer is kept.
    this.settleAwaitingStmt = db.prepare("UPDATE runs SET model_summary = ? WHERE id = ? AND json_extract(model_summary, '$.awaiting') IS NOT NULL");
    this.markAskedStmt = db.prepare("UPDATE runs SET model_summary = json_set(model_summary, '$.asked', 1) WHERE id = ? AND json_extract(model_summary, '$.awaiting') IS NOT NULL");
    this.lastFleetSuccess = db.prepare<[string, string, string], { run_id: string; finished_at: number; result: string | null }>(
      `SELECT run_id, finished_at, result FROM run_jobs
       WHERE container_name IS NULL AND job = ? AND host = ? AND status = 'succeeded' AND run_id <> ? ORDER BY id DESC LIMIT 1`,
    );
    this.lastJobSuccess = db.prepare<[string, string, string], { run_id: string; finished_at: number; result: string | null }>(
      `SELECT run_id, finished_at, result FROM run_jobs
       WHERE container_name = ? AND job = ? AND host = ? AND status = 'succeeded' ORDER BY id DESC LIMIT 1`,
    );

  }

  /**
   * Creates the run, its container list and every job row in one IMMEDIATE transaction, which
   * also checks the directive's concurrency limit: check and insert under one write lock, so
   * simultaneous launches (in this process or another) cannot all pass the check.
   */
  create(args: { directive: DirectiveSnapshot; hosts?: string[]; containers: { host?: string; id: string; name: string }[]; jobs: PlannedJob[]; ownerId: string; heartbeatMs: number; transport: Transport }): string {
    const id = newRunId();
    const now = Date.now();
    this.db.transaction(() => {
      const active = this.activeRunsOf(args.directive.id);
      const limit = args.directive.spec.concurrency_limit;
      if (active.length >= limit) {
        throw new ToolError(
          'CONFLICT',
          `Directive ${args.directive.id} (${args.directive.name}) allows ${limit} active run${limit === 1 ? '' : 's'} and ${active.length} ${active.length === 1 ? 'is' : 'are'} active: ${active.join(', ')}.`,
          'Wait for it with get_run, or stop it with cancel_run, then launch again.',
        );
      }
      this.insertRun.run(id, args.directive.id, args.directive.version, JSON.stringify(storableSnapshot(args.directive)), args.ownerId, now, args.heartbeatMs, args.transport, now, JSON.stringify(args.hosts ?? [LOCAL_HOST]));
      for (const c of args.containers) this.insertContainer.run(id, c.host ?? LOCAL_HOST, c.id, redactText(c.name));
      for (const j of args.jobs) {
        const finished = j.status === 'pending' ? null : now;
        this.insertJob.run(id, j.job, j.host ?? LOCAL_HOST, j.container_id, j.container_name && redactText(j.container_name), j.status, j.error ? redactText(j.error) : null, finished, finished);
      }
    }).immediate();
    return id;
  }

  get(id: string): RunRow | undefined {
    const raw = this.selectRun.get(id);
    return raw && this.toRow(raw);
  }

  private toRow(r: RawRun): RunRow {
    return {
      seq: r[0],
      id: r[1],
      directive_id: r[2],
      directive_name: this.nameOf(r[2]),
      directive_version: r[3],
      status: r[4],
      transport: r[5],
      created_at: r[6],
      started_at: r[7],
      finished_at: r[8],
      error: r[9],
      summary: r[10],
      // Nearly every run reads only this machine: that list is shared, not parsed each time.
      hosts: r[11] === LOCAL_ONLY ? LOCAL_HOSTS : (JSON.parse(r[11]) as string[]),
    };
  }

  /** Directive names never change once created, so a name read once is good for ever. */
  private nameOf(directiveId: string): string {
    let name = this.directiveNames.get(directiveId);
    if (name === undefined) {
      name = this.directiveName.get(directiveId)?.name ?? directiveId;
      this.directiveNames.set(directiveId, name);
    }
    return name;
  }

  snapshot(id: string): DirectiveSnapshot | undefined {
    const r = this.selectSnapshot.get(id);
    if (!r) return undefined;
    // Through the schema: a snapshot written before a field existed reads with that field's default.
    const snapshot = JSON.parse(r.directive_snapshot) as DirectiveSnapshot;
    return { ...snapshot, spec: readStoredSpec(JSON.stringify(snapshot.spec)) };
  }

  jobs(runId: string): RunJobRow[] {
    return this.selectJobs.all(runId);
  }

  markStarted(id: string): void {
    const now = Date.now();
    this.startRunStmt.run(now, now, id);
  }

  startJob(jobRowId: number): void {
    this.startJobStmt.run(Date.now(), jobRowId);
  }

  /** The result is redacted here, at the last step before it is written. */
  finishJob(jobRowId: number, status: JobStatus, error: string | null, result: unknown): void {
    this.finishJobStmt.run(status, Date.now(), error && redactText(error), result === undefined ? null : JSON.stringify(redactDeep(result)), jobRowId);
  }

  /** Ends the run; any job still pending or running is marked cancelled with `why`. One transaction. */
  finish(id: string, status: RunStatus, summary: string, error: string | null, why = 'run ended before this job ran'): void {
    const now = Date.now();
    this.db.transaction(() => {
      this.cancelPendingJobs.run(now, why, id);
      this.finishRunStmt.run(status, now, redactText(summary), error && redactText(error), id);
    }).immediate();
  }

  /** Keeps this process's active runs alive and says which of them someone asked to cancel. */
  heartbeat(ownerId: string): string[] {
    this.heartbeatStmt.run(Date.now(), ownerId);
    return this.cancelRequestedStmt.all(ownerId).map((r) => r.id);
  }

  requestCancel(id: string): boolean {
    return this.requestCancelStmt.run(id).changes > 0;
  }

  /**
   * Marks as interrupted the active runs whose owner missed six of its own heartbeats (and at
   * least `minStaleMs`). A run owned by a live process, even another one beating more slowly
   * than this one, is never touched: its heartbeat is fresh by its own measure.
   */
  sweepInterrupted(minStaleMs: number): string[] {
    const swept: string[] = [];
    this.db.transaction(() => {
      const now = Date.now();
      for (const { id } of this.staleRuns.all({ now, minStaleMs })) {
        if (this.interruptRun.run({ now, minStaleMs, id, error: 'the server process running it stopped' }).changes > 0) {
          this.cancelPendingJobs.run(now, 'interrupted: the server process running it stopped', id);
          swept.push(id);
        }
      }
    }).immediate();
    return swept;
  }

  /** Of these runs, the ones no longer queued or running (e.g. another process marked them interrupted). */
  endedAmong(ids: Iterable<string>): string[] {
    const ended: string[] = [];
    for (const id of ids) {
      const status = this.statusOf.get(id)?.status;
      if (status !== 'queued' && status !== 'running') ended.push(id);
    }
    return ended;
  }

  activeRunsOf(directiveId: string): string[] {
    return this.activeOfDirective.all(directiveId).map((r) => r.id);
  }

  /** Newest first, keyset-paginated on insertion order. */
  list(filter: RunFilter, limit: number): RunRow[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.status) (where.push('r.status = ?'), params.push(filter.status));
    if (filter.directive_id) (where.push('r.directive_id = ?'), params.push(filter.directive_id));
    if (filter.since !== undefined) (where.push('r.created_at >= ?'), params.push(filter.since));
    if (filter.host !== undefined) (where.push('EXISTS (SELECT 1 FROM json_each(r.hosts) WHERE json_each.value = ?)'), params.push(filter.host));
    if (filter.after_seq !== undefined) (where.push('r.seq > ?'), params.push(filter.after_seq));
    if (filter.before_seq !== undefined) (where.push('r.seq < ?'), params.push(filter.before_seq));
    if (filter.container) {
      where.push('r.id IN (SELECT run_id FROM run_containers WHERE container_name = ? OR container_id = ? OR (length(?) >= 12 AND container_id GLOB ? ))');
      params.push(filter.container, filter.container, filter.container, `${filter.container.replace(/[*?[\]]/g, '')}*`);
    }
    const sql = `SELECT ${RUN_COLUMNS} FROM runs r
                 ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.seq DESC LIMIT ?`;
    return this.listStatement(sql).all(...params, limit).map((r) => this.toRow(r));
  }

  /** One prepared statement per filter combination (at most 2^7), prepared once. */
  private listStatement(sql: string): Database.Statement<(string | number)[], RawRun> {
    let stmt = this.listStatements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<(string | number)[], RawRun>(sql).raw(true);
      this.listStatements.set(sql, stmt);
    }
    return stmt;
  }

  /** The newest succeeded run of a directive and/or involving a container. */
  lastSuccess(filter: { directive_id?: string; container?: string }): RunRow | undefined {
    return this.list({ ...filter, status: 'succeeded' }, 1)[0];
  }

  /** The newest succeeded job of this kind on a container of a host (by name: ids change when a container is recreated). */
  lastSuccessfulJob(host: string, containerName: string, job: JobName): { run_id: string; finished_at: number; result: unknown } | undefined {
    const r = this.lastJobSuccess.get(containerName, job, host);
    return r ? { run_id: r.run_id, finished_at: r.finished_at, result: r.result ? (JSON.parse(r.result) as unknown) : null } : undefined;
  }

  /** The newest succeeded host-wide (fleet) job of this kind on a host, other than in `exceptRunId`. */
  lastFleetResult(job: JobName, host: string, exceptRunId: string): { run_id: string; finished_at: number; result: unknown } | undefined {
    const r = this.lastFleetSuccess.get(job, host, exceptRunId);
    return r ? { run_id: r.run_id, finished_at: r.finished_at, result: r.result ? (JSON.parse(r.result) as unknown) : null } : undefined;
  }

  /** The model's summary of the run: part of the report, so it is stored with the run. */
  setModelSummary(id: string, model: string, text: string): void {
    this.setSummaryStmt.run(JSON.stringify({ model: redactText(model), text: redactText(text) }), id);
  }

  /** A run that asked for a summary and got none: why, for the report. */
  setSummaryUnavailable(id: string, reason: string): void {
    this.setSummaryStmt.run(JSON.stringify({ unavailable: redactText(reason) }), id);
  }

  /**
   * A run whose summary is asked of its client's model when that client reads the report (a
   * 2026-07-28 client cannot be asked mid-run): `by` is the actor who launched it, the only one
   * whose model may answer.
   */
  setSummaryAwaiting(id: string, by: string): void {
    this.setSummaryStmt.run(JSON.stringify({ awaiting: by }), id);
  }

  /** Notes that the awaiting summary's question went out (a read that brings no answer then settles it). */
  markSummaryAsked(id: string): void {
    this.markAskedStmt.run(id);
  }

  /** Settles an awaiting summary with the model's answer, or why there is none; false when it was settled already. */
  settleAwaitingSummary(id: string, answer: { model: string; text: string } | { unavailable: string }): boolean {
    const value = 'unavailable' in answer ? { unavailable: redactText(answer.unavailable) } : { model: redactText(answer.model), text: redactText(answer.text) };
    return this.settleAwaitingStmt.run(JSON.stringify(value), id).changes === 1;
  }

  modelSummary(id: string): StoredModelSummary | undefined {
    const r = this.selectSummaryStmt.get(id);
    return r?.model_summary ? (JSON.parse(r.model_summary) as StoredModelSummary) : undefined;
  }

  recordArtifact(runId: string, kind: string, path: string, bytes: number, sha256: string): void {
    this.upsertArtifact.run(runId, kind, path, bytes, sha256, Date.now());
  }

  artifact(runId: string, kind: string): { path: string; bytes: number; sha256: string } | undefined {
    return this.selectArtifact.get(runId, kind);
  }
}
