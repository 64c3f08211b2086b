import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { DirectiveSpecSchema, type DirectiveSnapshot } from '../domain/directive.js';
import type { JobName } from '../domain/jobs.js';
import { isFinished, type RunStatus, type Transport } from '../domain/run.js';
import type { Fleet } from '../docker/fleet.js';
import { decide, entriesFor, type ContainerIdentity } from '../docker/guard.js';
import { EVERY_HOST, hostAddresses } from '../domain/host.js';
import { ToolError } from '../errors.js';
import type { Logger } from '../log.js';
import { redactText } from '../redact/scrub.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { explainStorageError } from '../store/errors.js';
import type { Store } from '../store/index.js';
import { schedulePruning } from '../store/retention.js';
import type { PlannedJob, RunJobRow } from '../store/runs.js';
import { runPool } from './pool.js';
import { isVanished, vanishedMessage } from './present.js';
import { JOBS } from './registry.js';
import { buildReportJson, renderMarkdown } from './report.js';
import { selectContainers, selectHosts, type HostedContainer } from './select.js';
import { crossHostMapJob } from './service-map/cross-host.js';
import { gpuReadTimeoutMs, gpuSourceFor, startGpuRead } from './gpu-report/source.js';
import { summariseRun, type Summarizer } from './summary.js';
import type { JobContext, JobDefinition } from './types.js';

export interface LaunchRequest {
  directive: DirectiveSnapshot;
  containers?: string[];
  /** Narrows the run to these hosts (which the directive must select). */
  hosts?: string[];
  transport: Transport;
  /** The client's model, when the directive asks for a summary and the client can sample. */
  summarizer?: Summarizer;
  /** Why there is no summarizer, for a directive that asks for a summary: the report says it. */
  summaryUnavailable?: string;
  /**
   * The actor whose client's model is asked for the summary when it reads the report (a
   * 2026-07-28 client that can sample, but not mid-run); takes the place of summaryUnavailable.
   */
  summaryAwaits?: string;
}

export interface RunProgress {
  runId: string;
  done: number;
  total: number;
  message: string;
}

interface LiveRun {
  controller: AbortController;
  finished: Promise<RunStatus>;
}

/**
 * Executes runs: a directive snapshot applied, job by job, to the containers it selects, with
 * bounded concurrency. Each job × container row succeeds or fails on its own. Runs belong to this
 * process (its owner id) and stay alive through a heartbeat; runs whose owner stopped
 * heartbeating are marked interrupted by whichever process notices first.
 */
export class RunEngine {
  readonly ownerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly live = new Map<string, LiveRun>();
  private readonly events = new EventEmitter();
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private stopPruning: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly fleet: Fleet,
    private readonly config: Config,
    private readonly log: Logger,
  ) {
    this.events.setMaxListeners(0);
  }

  /** Starts the heartbeat, clears runs left behind by processes that died, and prunes old runs hourly. */
  start(): void {
    this.sweep();
    this.heartbeatTimer = setInterval(() => this.tick(), this.config.heartbeatMs);
    this.heartbeatTimer.unref();
    this.stopPruning = schedulePruning(this.store, this.config, this.log);
  }

  onProgress(listener: (p: RunProgress) => void): () => void {
    this.events.on('progress', listener);
    return () => this.events.off('progress', listener);
  }

  /** Told when a run's report changes for good: the run ended, or its summary arrived afterwards. */
  onReportUpdated(listener: (runId: string) => void): () => void {
    this.events.on('finished', listener);
    this.events.on('report-updated', listener);
    return () => {
      this.events.off('finished', listener);
      this.events.off('report-updated', listener);
    };
  }

  /**
   * Plans and records a run, then executes it in the background. Returns once the run and all
   * its rows exist, so the id is immediately usable with get_run.
   */
  async launch(req: LaunchRequest): Promise<string> {
    const { directive } = req;
    const entries = this.store.allowlist.list();
    let hosts = selectHosts(this.fleet.hosts().map((h) => h.name), entries, directive.spec, req.hosts);
    // Every host is listed at once; a host that cannot be read becomes failed rows, not a failed launch.
    const reads = await Promise.all(
      hosts.map(async (host): Promise<{ host: string; allowed: HostedContainer[] } | { host: string; error: unknown }> => {
        try {
          const allowed = await this.fleet.get(host).listAllowed();
          return { host, allowed: allowed.map((c): HostedContainer => ({ ...c, host })) };
        } catch (err) {
          return { host, error: err };
        }
      }),
    );
    const unreachable = reads.filter((r): r is { host: string; error: unknown } => 'error' in r);
    if (hosts.length > 0 && unreachable.length === hosts.length) throw unreachable[0]!.error;
    const allowed = reads.flatMap((r) => ('allowed' in r ? r.allowed : []));
    const containers = selectContainers(allowed, directive.spec, req.containers);
    // Containers named one by one: the run reads the hosts they are on (and says which hosts it could not ask).
    if (req.containers?.length) hosts = hosts.filter((h) => containers.some((c) => c.host === h) || unreachable.some((u) => u.host === h));
    if (containers.length === 0 && unreachable.length === 0) {
      throw new ToolError(
        'NOT_ALLOWED',
        `No allowlisted container matches directive ${directive.id} (${directive.name})${hosts.length > 1 || hosts[0] !== 'local' ? ` on ${hosts.length === 0 ? 'any host' : `host${hosts.length > 1 ? 's' : ''} ${hosts.join(', ')}`}` : ''}.`,
        'Allow containers with set_allowlist (see list_containers for what exists), or adjust the directive\'s container selector.',
      );
    }
    const jobs = planJobs(directive, hosts, containers, unreachable.map((u) => ({ host: u.host, why: describe(u.error, this.store.path) })), this.store);
    const runId = this.store.runs.create({ directive, hosts, containers, jobs, ownerId: this.ownerId, heartbeatMs: this.config.heartbeatMs, transport: req.transport });
    const controller = new AbortController();
    // execute() records every failure in the run itself and never rejects.
    const finished = this.execute(runId, directive, containers, controller.signal, req).finally(() => this.live.delete(runId));
    this.live.set(runId, { controller, finished });
    this.log.info({ runId, directive: directive.id, hosts, containers: containers.length }, 'run launched');
    return runId;
  }

  /** Resolves with the final status, or undefined when `timeoutMs` passes first. */
  async waitFor(runId: string, timeoutMs: number): Promise<RunStatus | undefined> {
    const live = this.live.get(runId);
    if (!live) return this.store.runs.get(runId)?.status;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    try {
      return await Promise.race([live.finished, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Cancels a run. A run of this process stops at once; a run of another live process is flagged
   * and that process stops it at its next heartbeat.
   */
  cancel(runId: string): 'cancelled' | 'requested' | 'not_active' {
    const live = this.live.get(runId);
    const flagged = this.store.runs.requestCancel(runId);
    if (live) {
      live.controller.abort();
      return 'cancelled';
    }
    return flagged ? 'requested' : 'not_active';
  }

  /** Stops every run of this process, marking them interrupted, and the heartbeat. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeatTimer);
    this.stopPruning?.();
    const pending = [...this.live.entries()].map(([id, run]) => {
      run.controller.abort(new Error('shutdown'));
      return run.finished.catch(() => undefined).then(() => id);
    });
    await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 2_000).unref())]);
  }

  private tick(): void {
    try {
      for (const id of this.store.runs.heartbeat(this.ownerId)) this.live.get(id)?.controller.abort();
      // Another process may have judged one of our runs interrupted (we were stalled, or the disk
      // was full and our beats failed): the database has the last word, so stop working on it.
      for (const id of this.store.runs.endedAmong(this.live.keys())) this.live.get(id)?.controller.abort(new Error('ended elsewhere'));
      this.sweep();
    } catch (err) {
      this.log.warn({ err }, 'heartbeat failed; will retry');
    }
  }

  private sweep(): void {
    const swept = this.store.runs.sweepInterrupted(MIN_STALE_MS);
    for (const id of swept) {
      this.log.warn({ runId: id }, 'marked run interrupted: its server process stopped heartbeating');
      this.events.emit('finished', id, 'interrupted');
    }
  }

  private async execute(runId: string, directive: DirectiveSnapshot, containers: HostedContainer[], signal: AbortSignal, summaryPlan: Pick<LaunchRequest, 'summarizer' | 'summaryUnavailable' | 'summaryAwaits'>): Promise<RunStatus> {
    const byKey = new Map(containers.map((c) => [containerKey(c.host, c.id), c]));
    const log = this.log.child({ runId });
    let status: RunStatus = 'failed';
    let error: string | null = null;
    try {
      this.store.runs.markStarted(runId);
      const rows = this.store.runs.jobs(runId);
      const runnable = rows.filter((r) => r.status === 'pending');
      let done = rows.length - runnable.length;
      const manyHosts = new Set(rows.map((r) => r.host)).size > 1;
      const rowDone = (row: RunJobRow) => {
        done++;
        const where = [row.container_name, manyHosts && row.host !== EVERY_HOST ? `host ${row.host}` : ''].filter(Boolean).join(' on ');
        this.events.emit('progress', { runId, done, total: rows.length, message: `finished ${row.job}${where ? ` on ${where}` : ''}` });
      };
      // Hosts are read side by side, each through its own bounded pool of connections; within a
      // host, jobs run in the directive's order (log_triage reads what inventory recorded).
      const hostNames = [...new Set(runnable.map((r) => r.host))].filter((h) => h !== EVERY_HOST);
      const specs = new Map(this.fleet.hosts().map((h) => [h.name, h]));
      const failRows = (host: string, why: string) => {
        for (const row of runnable.filter((r) => r.host === host && r.status === 'pending')) {
          this.store.runs.startJob(row.id);
          this.store.runs.finishJob(row.id, 'failed', why, undefined);
          rowDone(row);
        }
      };
      // Settled, not raced: a host that fails outright (its setup, or the store under its rows)
      // does not end the run while the other hosts' pools still write to it; the failure is
      // rethrown once every host has stopped.
      const outcomes = await Promise.allSettled(
        hostNames.map(async (host) => {
          const spec = specs.get(host);
          // Removed (host rm) between launch and now: its rows fail, the other hosts go on.
          if (!spec) return failRows(host, `host ${host} was removed while the run started`);
          let ctx: JobContext;
          try {
            const peers = hostNames.filter((h) => h !== host).flatMap((h) => (specs.has(h) ? hostAddresses(specs.get(h)!, hostname()) : []));
            const gpuSource = directive.spec.jobs.includes('gpu_report') ? gpuSourceFor(spec, this.config.gpuSource) : undefined;
            const gpuRead = gpuSource && runnable.some((r) => r.host === host && r.job === 'gpu_report') ? startGpuRead(gpuSource, gpuReadTimeoutMs(this.config.dockerTimeoutMs), signal) : undefined;
            ctx = { runId, config: this.config, directive, host, peers, ...(gpuSource ? { gpuSource } : {}), ...(gpuRead ? { gpuRead } : {}), docker: this.fleet.get(host), store: this.store, signal, log: log.child({ host }) };
          } catch (err) {
            return failRows(host, `host ${host} cannot be read: ${describe(err, this.store.path)}`);
          }
          for (const jobName of directive.spec.jobs) {
            const def = JOBS[jobName];
            const jobRows = runnable.filter((r) => r.job === jobName && r.host === host);
            if (jobRows.length === 0) continue;
            await runPool(jobRows, this.config.jobConcurrency, signal, async (row) => {
              await this.executeRow(ctx, row, def, byKey);
              rowDone(row);
            });
            if (signal.aborted) break;
          }
        }),
      );
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failed) throw failed.reason;
      // Across hosts: what one host's containers reach on another, from the maps just made.
      for (const row of runnable.filter((r) => r.host === EVERY_HOST && !signal.aborted)) {
        await this.executeAcrossHosts(runId, row, log);
        rowDone(row);
      }
      status = signal.aborted ? (signal.reason instanceof Error && signal.reason.message === 'shutdown' ? 'interrupted' : 'cancelled') : finalStatus(this.store.runs.jobs(runId));
      if (!signal.aborted && directive.spec.summarize) {
        if (summaryPlan.summarizer) await summariseRun(this.store, runId, summaryPlan.summarizer, log);
        else if (summaryPlan.summaryAwaits !== undefined) this.store.runs.setSummaryAwaiting(runId, summaryPlan.summaryAwaits);
        else this.store.runs.setSummaryUnavailable(runId, summaryPlan.summaryUnavailable ?? 'no model to ask (the run was not launched from an MCP client that offers sampling)');
      }
    } catch (err) {
      status = 'failed';
      error = redactText(describe(err, this.store.path));
      this.log.error({ err, runId }, 'run failed');
    }
    const why = status === 'interrupted' ? 'interrupted: the server stopped' : status === 'failed' && error ? error : 'cancelled before it finished';
    status = await this.finishDurably(runId, status, error, why);
    this.writeReportFiles(runId);
    this.log.info({ runId, status }, 'run finished');
    this.events.emit('finished', runId, status);
    return status;
  }

  /** The run-wide row of a job that spans hosts (the service map's edges between hosts). */
  private async executeAcrossHosts(runId: string, row: RunJobRow, log: Logger): Promise<void> {
    this.store.runs.startJob(row.id);
    try {
      const outcome = crossHostMapJob(this.store.runs.jobs(runId), this.fleet.hosts());
      this.store.runs.finishJob(row.id, 'succeeded', null, outcome);
    } catch (err) {
      if (explainStorageError(err, this.store.path)) throw err;
      log.warn({ err }, 'cross-host service map failed');
      this.store.runs.finishJob(row.id, 'failed', describe(err, this.store.path), undefined);
    }
  }

  /**
   * Records the run's end. A full disk must not leave it `running` for ever nor kill the process:
   * the run ends `failed` with the reason, written as soon as space returns (retried at each
   * heartbeat until then, or until this process shuts down).
   */
  private async finishDurably(runId: string, status: RunStatus, error: string | null, why: string): Promise<RunStatus> {
    for (let attempt = 0; ; attempt++) {
      try {
        this.store.runs.finish(runId, status, summarise(this.store.runs.jobs(runId)), error, why);
        return status;
      } catch (err) {
        if (this.stopped) {
          this.log.error({ err, runId }, 'could not record the end of the run before shutting down; another process will mark it interrupted');
          return status;
        }
        if (attempt === 0) this.log.error({ err, runId }, 'could not record the end of the run; retrying at each heartbeat');
        status = 'failed';
        error = why = redactText(describe(err, this.store.path));
        await new Promise((r) => setTimeout(r, this.config.heartbeatMs).unref());
      }
    }
  }

  private async executeRow(ctx: JobContext, row: RunJobRow, def: JobDefinition, byKey: Map<string, HostedContainer>): Promise<void> {
    if (ctx.signal.aborted) return;
    this.store.runs.startJob(row.id);
    try {
      if (this.config.debugJobDelayMs > 0) await abortable(new Promise((r) => setTimeout(r, this.config.debugJobDelayMs)), ctx.signal);
      const outcome =
        def.scope === 'container'
          ? await abortable(def.run(ctx, byKey.get(containerKey(row.host, row.container_id!))!), ctx.signal)
          : await abortable(def.run(ctx, this.permitted(ctx.host, [...byKey.values()], def.name)), ctx.signal);
      this.store.runs.finishJob(row.id, 'succeeded', null, outcome);
    } catch (err) {
      if (ctx.signal.aborted) return; // the run's finish marks the row cancelled
      if (explainStorageError(err, this.store.path)) throw err; // the store cannot take the row's outcome either: the run fails with it
      const message = isVanished(err) && row.container_name ? vanishedMessage(row.container_name) : describe(err, this.store.path);
      this.store.runs.finishJob(row.id, 'failed', message, undefined);
    }
  }

  /** A host-wide job sees only that host's containers whose allowlist entries permit it, as of now. */
  private permitted(host: string, containers: HostedContainer[], job: JobName): ContainerIdentity[] {
    const entries = entriesFor(host, this.store.allowlist.list());
    return containers.filter((c) => c.host === host && decide(c, entries, job, host).allowed);
  }

  /** Writes a finished run's report files again (its summary arrived after the run ended). */
  rewriteReportFiles(runId: string): void {
    const run = this.store.runs.get(runId);
    if (!run || !isFinished(run.status)) return;
    this.writeReportFiles(runId);
    this.events.emit('report-updated', runId);
  }

  /** Report files for people, written atomically (temp file then rename). */
  private writeReportFiles(runId: string): void {
    try {
      const report = buildReportJson(this.store, runId);
      if (!report) return;
      const dir = join(this.config.logsDir, 'runs', runId);
      mkdirSync(dir, { recursive: true });
      for (const [kind, name, text] of [
        ['report_markdown', 'report.md', renderMarkdown(report)],
        ['report_json', 'report.json', JSON.stringify(report, null, 2)],
      ] as const) {
        const path = join(dir, name);
        writeFileAtomic(path, text);
        this.store.runs.recordArtifact(runId, kind, path, Buffer.byteLength(text), createHash('sha256').update(text).digest('hex'));
      }
    } catch (err) {
      this.log.warn({ err, runId }, 'could not write report files; the report stays readable through get_run_report');
    }
  }
}

/**
 * Job rows for a run, host × job × container: pending where the job exists and the host's
 * allowlist permits it, skipped (with why) otherwise; a host that could not be listed gets one
 * failed row per job saying why. With more than one host, a service map also gets a run-wide
 * row (host "*") for the edges between hosts.
 */
function planJobs(directive: DirectiveSnapshot, hosts: string[], containers: HostedContainer[], unreachable: { host: string; why: string }[], store: Store): PlannedJob[] {
  const all = store.allowlist.list();
  const planned: PlannedJob[] = [];
  const down = new Map(unreachable.map((u) => [u.host, u.why]));
  for (const host of hosts) {
    const entries = entriesFor(host, all);
    for (const job of directive.spec.jobs) {
      const def = JOBS[job];
      const why = down.get(host);
      if (why !== undefined) {
        planned.push({ job, host, container_id: null, container_name: null, status: 'failed', error: `host ${host} could not be read: ${why}` });
        continue;
      }
      if (def.scope === 'fleet') {
        planned.push({ job, host, container_id: null, container_name: null, status: 'pending' });
        continue;
      }
      for (const c of containers.filter((x) => x.host === host)) {
        const d = decide(c, entries, job, host);
        planned.push(d.allowed ? { job, host, container_id: c.id, container_name: c.name, status: 'pending' } : { job, host, container_id: c.id, container_name: c.name, status: 'skipped', error: d.reason });
      }
    }
  }
  if (hosts.length > 1 && directive.spec.jobs.includes('service_map')) {
    planned.push({ job: 'service_map', host: EVERY_HOST, container_id: null, container_name: null, status: 'pending' });
  }
  return planned;
}

/** Container ids are unique per engine, not across engines (two hosts may even be one engine). */
const containerKey = (host: string, id: string): string => `${host}\u0000${id}`;

/** Oldest a heartbeat may be, whatever the owner's interval, before its runs count as orphaned. */
const MIN_STALE_MS = 3_000;

/** A failure in words: storage failures explained (which file, how much space), others as they are. */
function describe(err: unknown, dbPath: string): string {
  const storage = explainStorageError(err, dbPath);
  if (storage) return `${storage.message} ${storage.hint}`;
  if (err instanceof ToolError) return `${err.message} ${err.hint}`;
  return err instanceof Error ? err.message : String(err);
}

/** The run's status reflects the jobs that ran: skipped rows count for nothing. */
export function finalStatus(rows: RunJobRow[]): RunStatus {
  const ran = rows.filter((r) => r.status === 'succeeded' || r.status === 'failed');
  if (ran.length === 0) return 'skipped';
  const failed = ran.filter((r) => r.status === 'failed').length;
  if (failed === 0) return 'succeeded';
  return failed === ran.length ? 'failed' : 'partial';
}

function summarise(rows: RunJobRow[]): string {
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const parts = [`${count('succeeded')} succeeded`, `${count('failed')} failed`, `${count('skipped')} skipped`];
  if (count('cancelled') > 0) parts.push(`${count('cancelled')} cancelled`);
  return `${parts.join(", ")} of ${rows.length} job rows`;
}

/** Resolves or rejects with `work`, or rejects as soon as `signal` aborts: cancel is prompt. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('cancelled'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Applies launch-time overrides to a directive snapshot, re-validated as a whole. */
export function withOverrides(d: DirectiveSnapshot, overrides: { window?: Record<string, unknown>; thresholds?: Record<string, number> } | undefined): DirectiveSnapshot {
  if (!overrides) return d;
  const spec = DirectiveSpecSchema.parse({
    ...d.spec,
    window: { ...d.spec.window, ...(overrides.window ?? {}) },
    thresholds: { ...d.spec.thresholds, ...(overrides.thresholds ?? {}) },
  });
  return { ...d, spec };
}
