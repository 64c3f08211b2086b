import type { Readable } from 'node:stream';
import type { AllowlistEntry } from '../domain/allowlist.js';
import { LOCAL_HOST, type HostSpec } from '../domain/host.js';
import type { JobName } from '../domain/jobs.js';
import { ToolError } from '../errors.js';
import { redactDeep, redactEnvEntry, redactText } from '../redact/scrub.js';
import { createRawDocker, openLogStream, type LogQuery, type RawDocker } from './client.js';
import { engineConnection, type EngineConnection } from './connection.js';
import { quietAbortController, translateDockerError, withTimeout } from './errors.js';
import { decide, type ContainerIdentity } from './guard.js';
import { LogDecoder, type LogLine } from './log-lines.js';

/** Labels with their keys redacted as well as their values: a key is container-chosen text too. */
/** dockerode passes `abortSignal` through on these calls, though its typings leave the options out. */
interface WithAbort {
  ping(opts: { abortSignal: AbortSignal }): Promise<unknown>;
  version(opts: { abortSignal: AbortSignal }): Promise<{ Version: string; ApiVersion: string; Os: string; Arch: string }>;
  info(opts: { abortSignal: AbortSignal }): Promise<Record<string, unknown>>;
}

function redactLabels(labels: Record<string, string> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(redactDeep(labels ?? {})).map(([k, v]) => [redactText(k), v]));
}

/** A container as listed: metadata only, never environment or logs. */
export interface ContainerSummary {
  id: string;
  short_id: string;
  name: string;
  image: string;
  state: string;
  status: string;
  created_at: string;
  labels: Record<string, string>;
  allowed: boolean;
  /** The host it runs on ("local" for this machine's engine). */
  host: string;
}

/** What inspect tells of an allowlisted container, already redacted. */
export interface ContainerDetails {
  id: string;
  name: string;
  image: string;
  image_id: string;
  created_at: string;
  state: {
    status: string;
    running: boolean;
    restarting: boolean;
    oom_killed: boolean;
    exit_code: number | null;
    started_at: string | null;
    finished_at: string | null;
    health: string | null;
  };
  restart_count: number;
  tty: boolean;
  labels: Record<string, string>;
  env: string[];
  command: string[];
  network_mode: string;
  networks: Record<string, { aliases: string[]; ip_address: string }>;
  ports: { container_port: string; host_ip: string; host_port: string }[];
  exposed_ports: string[];
  links: string[];
  runtime: string;
  device_requests: { driver: string; count: number; device_ids: string[]; capabilities: string[][] }[];
}

export interface LogOptions {
  /** Epoch seconds (fractions allowed). Without `until`, everything up to now. */
  since?: number;
  until?: number;
  tail?: number;
  maxBytes: number;
  signal?: AbortSignal;
}

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
}

/** What a log read covered. */
export interface LogRead {
  bytes: number;
  truncated: boolean;
  lines: number;
  /** The container, as inspected before the read: no log line is older than its creation. */
  container?: { created_at: string; running: boolean; finished_at: string | null };
}

/**
 * Longest stretch of work a log read does before it lets the event loop run: other requests are
 * answered, and the socket is drained so the engine never waits on a full buffer while we work
 * (a unix socket holds about 200 KB, some 10 ms of triage): reading and triage then overlap.
 */
const YIELD_MS = 4;
/** Lines per batch, at most: a batch is worked through before the next check of the clock. */
const BATCH_LINES = 1_024;

/** Resolves when the stream has data to read, ended, failed or closed. */
function readableOrDone(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('readable', done);
      stream.off('end', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('readable', done);
    stream.on('end', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
const TIMEOUT_HINT = 'Check the engine with `docker info`, or raise CYBERBRAIN_DOCKER_TIMEOUT_MS.';

/**
 * Opens the log stream within `timeoutMs`. The timeout aborts the request itself (the signal goes
 * to the engine client), and a stream that still arrives after it is destroyed at once, so
 * nothing is left reading from the engine behind a failed call. The caller's signal aborts too.
 */
export async function openLogStreamWithin(
  raw: RawDocker,
  id: string,
  query: LogQuery,
  o: { timeoutMs: number; signal?: AbortSignal | undefined; what: string; endpoint: string },
): Promise<Readable> {
  const controller = quietAbortController();
  const onAbort = () => controller.abort();
  if (o.signal?.aborted) controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<Readable>((resolve, reject) => {
      let settled = false;
      timer = setTimeout(() => {
        settled = true;
        controller.abort();
        reject(new ToolError('TIMEOUT', `The Docker engine at ${o.endpoint} did not answer within ${o.timeoutMs} ms while we tried to ${o.what}; the request was aborted.`, TIMEOUT_HINT));
      }, o.timeoutMs);
      timer.unref();
      openLogStream(raw, id, query, controller.signal).then(
        (stream) => {
          if (settled) stream.destroy();
          else {
            settled = true;
            resolve(stream);
          }
        },
        (err: unknown) => {
          if (settled) return;
          settled = true;
          reject(translateDockerError(err, o.what, o.endpoint));
        },
      );
    });
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}

const ZERO_TIME = '0001-01-01T00:00:00Z';
const FULL_ID = /^[0-9a-f]{64}$/;
const dockerTime = (t: string | undefined): string | null => (!t || t === ZERO_TIME ? null : t);

/**
 * The only door to the engine. Its surface is read-only by construction: ping, version, list,
 * inspect, logs, one-shot stats, networks. Every per-container call resolves the container from a
 * fresh listing and checks the allowlist at that moment, so a change to the allowlist takes effect
 * on the very next call. Nothing here can exec, create, start, stop, kill, remove, pull or build.
 */
export class GuardedDocker {
  private rawClient: Promise<RawDocker> | undefined;
  private connection: EngineConnection | undefined;
  private closed = false;
  /** The host's name ("local" for this machine's engine). */
  readonly host: string;
  /** Where the engine is, for error messages: its endpoint, and the host's name when not local. */
  readonly endpoint: string;
  /** Inspections by full id, shared while in flight and for INSPECT_SHARED_MS after (see inspectById). */
  private readonly inspections = new Map<string, { answeredAt?: number; info: Promise<InspectInfo> }>();

  /**
   * `allowlist` gives the entries that apply to this host (its own and "*"), read afresh at
   * every call. `maxSockets` bounds the connections open to this engine at once.
   */
  constructor(
    private readonly target: HostSpec,
    private readonly allowlist: () => AllowlistEntry[],
    private readonly timeoutMs: number,
    private readonly maxSockets = 8,
  ) {
    this.host = target.name;
    this.endpoint = target.name === LOCAL_HOST ? target.docker_host : `${target.docker_host} (host "${target.name}")`;
  }

  private get docker(): Promise<RawDocker> {
    if (this.closed) return Promise.reject(new ToolError('DOCKER_UNAVAILABLE', `Host "${this.host}" was removed or changed while in use.`, 'List hosts with list_hosts and retry.'));
    this.rawClient ??= (async () => {
      const connection = await engineConnection(this.target, this.timeoutMs, this.maxSockets);
      // Closed while connecting: the connection made meanwhile goes at once.
      if (this.closed) {
        connection.close();
        throw new ToolError('DOCKER_UNAVAILABLE', `Host "${this.host}" was removed or changed while in use.`, 'List hosts with list_hosts and retry.');
      }
      this.connection = connection;
      return createRawDocker(connection.options);
    })();
    // A failure to connect (an unreadable TLS file) is not remembered: the next call tries again.
    this.rawClient.catch(() => (this.rawClient = undefined));
    return this.rawClient;
  }

  /** Lets go of this engine's connections (ssh processes, sockets); later calls fail. */
  close(): void {
    this.closed = true;
    this.connection?.close();
  }

  async ping(): Promise<void> {
    await withTimeout(async (abortSignal) => ((await this.docker) as unknown as WithAbort).ping({ abortSignal }), this.timeoutMs, 'ping the engine', this.endpoint);
  }

  async version(): Promise<{ version: string; api_version: string; os: string; arch: string }> {
    const v = await withTimeout(async (abortSignal) => ((await this.docker) as unknown as WithAbort).version({ abortSignal }), this.timeoutMs, 'read the engine version', this.endpoint);
    return { version: v.Version, api_version: v.ApiVersion, os: v.Os, arch: v.Arch };
  }

  /** Every container the engine has, each marked allowed or not; labels redacted. */
  async listContainers(): Promise<ContainerSummary[]> {
    const entries = this.allowlist();
    const raw = await this.rawList();
    return raw.map((c) => {
      const identity = identityOf(c);
      return {
        id: c.Id,
        short_id: c.Id.slice(0, 12),
        name: identity.name,
        image: redactText(c.Image),
        state: c.State,
        status: c.Status,
        created_at: new Date(c.Created * 1000).toISOString(),
        labels: redactLabels(c.Labels),
        allowed: decide(identity, entries).allowed,
        host: this.host,
      };
    });
  }

  /**
   * Resolves a reference (name, full id or 12+ hex prefix) to one container and checks the
   * allowlist for `job` right now. Throws NOT_ALLOWED naming the container and how to allow it.
   */
  async resolveAllowed(ref: string, job?: JobName): Promise<ContainerIdentity> {
    return (await this.resolveAllowedWithInfo(ref, job)).identity;
  }

  /**
   * The same, also handing back the inspect data when resolving read it (a full id is resolved by
   * inspecting that one container, not by listing them all): the caller need not inspect twice.
   */
  private async resolveAllowedWithInfo(ref: string, job?: JobName): Promise<{ identity: ContainerIdentity; info?: InspectInfo }> {
    const resolved = await this.resolve(ref);
    const decision = decide(resolved.identity, this.allowlist(), job, this.host);
    if (!decision.allowed) throw new ToolError('NOT_ALLOWED', `Denied: ${decision.reason}.`, decision.hint);
    return resolved;
  }

  /** Allowlisted containers, optionally only those a job may touch. */
  async listAllowed(job?: JobName): Promise<ContainerIdentity[]> {
    const entries = this.allowlist();
    return (await this.rawList()).map(identityOf).filter((c) => decide(c, entries, job).allowed);
  }

  async inspect(ref: string, job?: JobName): Promise<ContainerDetails> {
    const { identity: c, info: known } = await this.resolveAllowedWithInfo(ref, job);
    const info = known ?? (await this.inspectById(c.id));
    return toDetails(info);
  }

  /** One-shot resource usage (CPU, memory, I/O counters), in the engine's own shape. */
  async stats(ref: string, job?: JobName): Promise<Record<string, unknown>> {
    const c = await this.resolveAllowed(ref, job);
    const s = await withTimeout(
      async (abortSignal) => (await this.docker).getContainer(c.id).stats({ stream: false, abortSignal } as { stream: false }),
      this.timeoutMs,
      `read stats of ${c.name}`,
      this.endpoint,
    );
    return redactDeep(s as unknown as Record<string, unknown>);
  }

  /** Engine facts a diagnosis needs: runtimes (is there an NVIDIA one?), version, OS. */
  async info(): Promise<{ runtimes: string[]; default_runtime: string; server_version: string; os: string; gpu_driver_hint: boolean }> {
    const i = await withTimeout(async (abortSignal) => ((await this.docker) as unknown as WithAbort).info({ abortSignal }), this.timeoutMs, 'read engine info', this.endpoint);
    const runtimes = Object.keys((i as { Runtimes?: Record<string, unknown> }).Runtimes ?? {});
    return {
      runtimes,
      default_runtime: String((i as { DefaultRuntime?: string }).DefaultRuntime ?? ''),
      server_version: String((i as { ServerVersion?: string }).ServerVersion ?? ''),
      os: redactText(String((i as { OperatingSystem?: string }).OperatingSystem ?? '')),
      gpu_driver_hint: runtimes.some((r) => r.includes('nvidia')),
    };
  }

  async listNetworks(): Promise<NetworkSummary[]> {
    const nets = await withTimeout(async (abortSignal) => (await this.docker).listNetworks({ abortSignal }), this.timeoutMs, 'list networks', this.endpoint);
    return nets.map((n) => ({ id: n.Id, name: redactText(n.Name), driver: n.Driver, scope: n.Scope, internal: Boolean(n.Internal) }));
  }

  /**
   * Streams a container's log lines, stdout and stderr apart, stopping at `maxBytes`. Lines are
   * NOT redacted here: the caller redacts each line before anything else sees it, so that the
   * redactor can see multi-line blocks whole. The guard is checked before the first byte is read.
   * One line at a time over `logBatches` (which a fast reader should use instead).
   */
  async *logs(ref: string, job: JobName, opts: LogOptions): AsyncGenerator<LogLine, LogRead> {
    const batches = this.logBatches(ref, job, opts);
    let done = false;
    try {
      let step = await batches.next();
      while (!step.done) {
        for (const line of step.value) yield line;
        step = await batches.next();
      }
      done = true;
      return step.value;
    } finally {
      // A reader that stops early closes the stream under it.
      if (!done) await batches.return({ bytes: 0, truncated: false, lines: 0 });
    }
  }

  /**
   * The same lines in batches: whatever the engine has sent so far, up to BATCH_LINES, with no
   * per-line promise. Memory is bounded by one batch, what the socket buffers and one partial
   * line per stream (MAX_LINE_BYTES), whatever the window: 10 million lines or a GiB read the same. The event loop is
   * given back at least every `YIELD_MS` (the reader's own work counts: it runs between two
   * batches), so other requests are answered while a big log is read. Every timeout aborts what
   * it times: opening the stream, and each wait for the next chunk.
   */
  async *logBatches(ref: string, job: JobName, opts: LogOptions): AsyncGenerator<LogLine[], LogRead> {
    const { identity: c, info: known } = await this.resolveAllowedWithInfo(ref, job);
    const raw = await this.docker;
    const info = known ?? (await this.inspectById(c.id));
    const query = { since: opts.since ?? 0, until: opts.until, tail: opts.tail };
    const what = `read logs of ${c.name}`;
    const stream = await openLogStreamWithin(raw, c.id, query, { timeoutMs: this.timeoutMs, signal: opts.signal, what, endpoint: this.endpoint });
    const decoder = new LogDecoder(!info.Config.Tty, true);
    let bytes = 0;
    let lines = 0;
    let truncated = false;
    let idleTimer: NodeJS.Timeout | undefined;
    let idleFired = false;
    const armIdle = () => {
      idleTimer = setTimeout(() => {
        idleFired = true;
        stream.destroy(new Error('idle'));
      }, this.timeoutMs);
      idleTimer.unref();
    };
    const onAbort = () => stream.destroy();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let lastBreak = performance.now();
    // The engine sends one small chunk per frame (a line, usually): iterating the stream chunk by
    // chunk costs a promise and a generator step per line. Instead everything buffered is drained
    // at once (`read()` hands back all of it) into one batch, and we wait only when nothing is left.
    let failure: unknown;
    stream.on('error', (err) => (failure ??= err));
    try {
      for (;;) {
        const batch: LogLine[] = [];
        let chunk: Buffer | null = null;
        while (batch.length < BATCH_LINES && (chunk = stream.read() as Buffer | null) !== null) {
          // The cap is exact: bytes past it are never decoded, however big the chunk.
          const buf = chunk.subarray(0, opts.maxBytes - bytes);
          bytes += buf.length;
          decoder.push(buf, batch);
          if (bytes >= opts.maxBytes) {
            truncated = true;
            break;
          }
        }
        lines += batch.length;
        if (batch.length > 0) yield batch;
        if (opts.signal?.aborted || truncated) break;
        if (performance.now() - lastBreak >= YIELD_MS) {
          await new Promise<void>((r) => setImmediate(r));
          lastBreak = performance.now();
        }
        if (chunk !== null) continue;
        if (stream.readableEnded || failure !== undefined || stream.destroyed) break;
        armIdle();
        await readableOrDone(stream);
        clearTimeout(idleTimer);
        lastBreak = performance.now();
      }
      if (failure !== undefined) throw failure;
      if (stream.destroyed && !stream.readableEnded && !opts.signal?.aborted && !truncated) throw new Error('the log stream closed before its end');
      clearTimeout(idleTimer);
      const rest = decoder.end();
      lines += rest.length;
      if (rest.length > 0 && !opts.signal?.aborted) yield rest;
    } catch (err) {
      if (idleFired) throw new ToolError('TIMEOUT', `The Docker engine at ${this.endpoint} sent nothing for ${this.timeoutMs} ms while we tried to ${what}; the request was aborted.`, TIMEOUT_HINT);
      if (!opts.signal?.aborted) throw translateDockerError(err, what, this.endpoint);
    } finally {
      clearTimeout(idleTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      stream.destroy();
    }
    return { bytes, truncated, lines, container: { created_at: info.Created, running: Boolean(info.State?.Running), finished_at: info.State?.Running ? null : dockerTime(info.State?.FinishedAt) } };
  }

  private async rawList() {
    return withTimeout(async (abortSignal) => (await this.docker).listContainers({ all: true, abortSignal }), this.timeoutMs, 'list containers', this.endpoint);
  }

  private inspectById(id: string): Promise<InspectInfo> {
    const now = performance.now();
    const shared = this.inspections.get(id);
    if (shared && (shared.answeredAt === undefined || now - shared.answeredAt < INSPECT_SHARED_MS)) return shared.info;
    const entry: { answeredAt?: number; info: Promise<InspectInfo> } = {
      info: withTimeout(async (abortSignal) => (await this.docker).getContainer(id).inspect({ abortSignal }), this.timeoutMs, `inspect ${id.slice(0, 12)}`, this.endpoint),
    };
    // A failure is never shared beyond the calls already waiting: the next one asks again.
    const forget = () => this.inspections.get(id) === entry && this.inspections.delete(id);
    entry.info.then(
      () => {
        entry.answeredAt = performance.now();
        // Not kept past its use: an inspection holds the container's raw environment.
        setTimeout(forget, INSPECT_SHARED_MS).unref();
      },
      forget,
    );
    if (this.inspections.size < MAX_SHARED_INSPECTIONS) this.inspections.set(id, entry);
    return entry.info;
  }

  private async resolve(ref: string): Promise<{ identity: ContainerIdentity; info?: InspectInfo }> {
    const wanted = ref.trim().replace(/^\//, '');
    if (wanted.length === 0) throw new ToolError('INVALID', 'An empty container reference was given.', 'Pass a container name or id from list_containers.');
    // A full id (what runs pass) names exactly one container: inspect it alone, at this moment,
    // instead of listing every container of the engine for each call.
    if (FULL_ID.test(wanted)) {
      const info = await this.inspectById(wanted);
      return { identity: { id: info.Id, name: info.Name.replace(/^\//, ''), labels: info.Config.Labels ?? {} }, info };
    }
    const all = (await this.rawList()).map(identityOf);
    const byName = all.find((c) => c.name === wanted);
    if (byName) return { identity: byName };
    if (/^[0-9a-f]{12,64}$/.test(wanted)) {
      const byId = all.filter((c) => c.id.startsWith(wanted));
      if (byId.length === 1) return { identity: byId[0]! };
      if (byId.length > 1) throw new ToolError('INVALID', `Container id prefix "${wanted}" is ambiguous.`, 'Use a longer id or the container name.');
    }
    throw new ToolError('NOT_FOUND', `No container named or with id "${redactText(wanted)}".`, 'List containers with list_containers and use a current name or id (ids need at least 12 hex digits).');
  }
}

/**
 * A run reads each container in several jobs a moment apart (inventory, its logs, the service
 * map), and each call resolves it by id anew: one inspection answers the calls that ask while it is
 * in flight and for this long after. The allowlist is still decided at every call, on what the
 * engine said at most this long ago (a rename in between is seen by the next call after it).
 */
export const INSPECT_SHARED_MS = 2_000;
const MAX_SHARED_INSPECTIONS = 1_000;

function identityOf(c: { Id: string; Names?: string[]; Labels?: Record<string, string> }): ContainerIdentity {
  const name = (c.Names?.[0] ?? '').replace(/^\//, '');
  return { id: c.Id, name, labels: c.Labels ?? {} };
}

type InspectInfo = Awaited<ReturnType<ReturnType<RawDocker['getContainer']>['inspect']>>;

function toDetails(i: InspectInfo): ContainerDetails {
  const hc = i.HostConfig ?? {};
  // A running container reports its bindings in NetworkSettings; a created or stopped one only in
  // HostConfig. Both are read, duplicates dropped.
  const ports: ContainerDetails['ports'] = [];
  const seenPorts = new Set<string>();
  const bindingSources = [i.NetworkSettings?.Ports ?? {}, (hc as { PortBindings?: Record<string, { HostIp?: string; HostPort?: string }[] | null> }).PortBindings ?? {}];
  for (const source of bindingSources) {
    for (const [containerPort, bindings] of Object.entries(source)) {
      for (const b of bindings ?? []) {
        const key = `${containerPort}|${b.HostIp ?? ''}|${b.HostPort ?? ''}`;
        if (seenPorts.has(key)) continue;
        seenPorts.add(key);
        ports.push({ container_port: containerPort, host_ip: b.HostIp ?? '', host_port: b.HostPort ?? '' });
      }
    }
  }
  const networks: ContainerDetails['networks'] = {};
  for (const [name, n] of Object.entries(i.NetworkSettings?.Networks ?? {})) {
    networks[name] = { aliases: (n.Aliases ?? []).map((t: string) => redactText(t)), ip_address: n.IPAddress ?? '' };
  }
  const health = (i.State as { Health?: { Status?: string } }).Health?.Status ?? null;
  const requests = ((hc as { DeviceRequests?: { Driver?: string; Count?: number; DeviceIDs?: string[]; Capabilities?: string[][] }[] }).DeviceRequests ?? []).map((d) => ({
    driver: d.Driver ?? '',
    count: d.Count ?? 0,
    device_ids: d.DeviceIDs ?? [],
    capabilities: d.Capabilities ?? [],
  }));
  return {
    id: i.Id,
    name: i.Name.replace(/^\//, ''),
    image: redactText(i.Config.Image),
    image_id: i.Image,
    created_at: i.Created,
    state: {
      status: i.State.Status,
      running: i.State.Running,
      restarting: i.State.Restarting,
      oom_killed: i.State.OOMKilled,
      exit_code: i.State.Running ? null : i.State.ExitCode,
      started_at: dockerTime(i.State.StartedAt),
      finished_at: dockerTime(i.State.FinishedAt),
      health,
    },
    restart_count: i.RestartCount,
    tty: Boolean(i.Config.Tty),
    labels: redactLabels(i.Config.Labels),
    env: (i.Config.Env ?? []).map((e) => redactEnvEntry(e)),
    command: [...(Array.isArray(i.Config.Entrypoint) ? i.Config.Entrypoint : i.Config.Entrypoint ? [i.Config.Entrypoint] : []), ...(i.Config.Cmd ?? [])].map((t: string) => redactText(t)),
    network_mode: hc.NetworkMode ?? '',
    networks,
    ports,
    exposed_ports: Object.keys(i.Config.ExposedPorts ?? {}),
    links: (hc.Links ?? []).map((t: string) => redactText(t)),
    runtime: (hc as { Runtime?: string }).Runtime ?? '',
    device_requests: requests,
  };
}
