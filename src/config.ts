import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { RedactionOptions } from './redact/engine.js';
import { parseEndpoint } from './domain/host.js';
import { isLoopback } from './domain/loopback.js';
import { parseGpuSource, type GpuSource } from './jobs/gpu-report/source.js';
import { checkPatterns } from './redact/patterns.js';

/**
 * One place where settings come from: command-line flags first, then the environment (an MCP
 * bundle's user_config arrives as environment variables), then defaults. Frozen once built.
 */
const boolFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const ConfigSchema = z.object({
  dbPath: z.string().min(1),
  logsDir: z.string().min(1),
  readOnly: z.boolean(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** maskPersonal is DEBUG_REDACTED_MODE: IP and e-mail masking. Secrets are redacted whatever it says. */
  redaction: z.object({
    maskPersonal: z.boolean(),
    extraPatterns: z.array(z.object({ name: z.string(), regex: z.string() })),
    allowPatterns: z.array(z.string()),
  }),
  /** This machine's engine, the host "local": DOCKER_HOST (or the default socket) and Docker's TLS variables. */
  localDocker: z.object({ host: z.string(), tls: z.object({ ca: z.string(), cert: z.string(), key: z.string() }).nullable() }),
  dockerTimeoutMs: z.number().int().min(100).max(600_000),
  /** Connections open at once to one host's engine; hosts are read in parallel. */
  hostConnections: z.number().int().min(1).max(64),
  jobConcurrency: z.number().int().min(1).max(32),
  waitMaxMs: z.number().int().min(0).max(3_600_000),
  heartbeatMs: z.number().int().min(100).max(60_000),
  /** Where gpu_report reads GPU facts (see jobs/gpu-report/source.ts). */
  gpuSource: z.custom<GpuSource>(),
  /** Slows every job row down; for tests and demos of progress and cancel, never for production. */
  debugJobDelayMs: z.number().int().min(0).max(600_000),
  /** Runs older than this many days are pruned (store/retention.ts); 0 ("off"): no age limit. */
  retentionDays: z.number().int().min(0).max(36_500),
  /** Oldest runs are pruned while the database's used bytes plus report files exceed this; 0 ("off"): no cap. */
  retentionMaxMb: z.number().int().min(0).max(1_048_576),
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export interface ConfigFlags {
  db?: string;
  readOnly?: boolean;
}

function defaultDbPath(env: NodeJS.ProcessEnv): string {
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0 ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(dataHome, 'cyberbrain-mcp', 'cyberbrain.db');
}

const intFromEnv = (name: string, env: NodeJS.ProcessEnv, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return n;
};

/** A whole number, or "off" (the same as 0): for limits that can be switched off. */
const limitFromEnv = (name: string, env: NodeJS.ProcessEnv, fallback: number): number => {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (raw.toLowerCase() === 'off') return 0;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw new ConfigError(`${name} must be a whole number (0 or "off" switches it off), got "${raw}"`);
  return n;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** What a person sets, for each setting: errors name the variable, not our field. */
const SETTING_NAMES: Record<string, string> = {
  dbPath: 'CYBERBRAIN_DB (--db)',
  logsDir: 'CYBERBRAIN_LOGS',
  readOnly: 'CYBERBRAIN_READ_ONLY (--read-only)',
  logLevel: 'LOG_LEVEL',
  localDocker: 'DOCKER_HOST',
  dockerTimeoutMs: 'CYBERBRAIN_DOCKER_TIMEOUT_MS',
  hostConnections: 'CYBERBRAIN_HOST_CONNECTIONS',
  jobConcurrency: 'CYBERBRAIN_JOB_CONCURRENCY',
  waitMaxMs: 'CYBERBRAIN_WAIT_MAX_MS',
  heartbeatMs: 'CYBERBRAIN_HEARTBEAT_MS',
  debugJobDelayMs: 'CYBERBRAIN_DEBUG_JOB_DELAY_MS',
  gpuSource: 'CYBERBRAIN_GPU_SOURCE',
  retentionDays: 'CYBERBRAIN_RETENTION_DAYS',
  retentionMaxMb: 'CYBERBRAIN_RETENTION_MAX_MB',
};

/** `~` and `~/x` mean the home folder, as in a shell (an MCP client's config passes them unexpanded). */
function expandHome(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/')) return join(homedir(), path.slice(2));
  return path;
}

/** Reads and checks the settings. No side effects: what they configure is applied by the caller (createApp). */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const dbPath = resolve(expandHome(flags.db ?? (env.CYBERBRAIN_DB || defaultDbPath(env))));
  const parseBool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const r = boolFromEnv.safeParse(raw.toLowerCase());
    if (!r.success) throw new ConfigError(`${name} must be true or false, got "${raw}"`);
    return r.data;
  };
  const candidate = {
    dbPath,
    // CYBER_BRAIN_LOGS is the older spelling, kept as an alias.
    logsDir: resolve(expandHome(env.CYBERBRAIN_LOGS || env.CYBER_BRAIN_LOGS || join(dirname(dbPath), 'logs'))),
    readOnly: flags.readOnly ?? parseBool('CYBERBRAIN_READ_ONLY', false),
    logLevel: (env.LOG_LEVEL || 'info').toLowerCase(),
    localDocker: localDockerFrom(env),
    dockerTimeoutMs: intFromEnv('CYBERBRAIN_DOCKER_TIMEOUT_MS', env, 15_000),
    hostConnections: intFromEnv('CYBERBRAIN_HOST_CONNECTIONS', env, 8),
    jobConcurrency: intFromEnv('CYBERBRAIN_JOB_CONCURRENCY', env, 4),
    waitMaxMs: intFromEnv('CYBERBRAIN_WAIT_MAX_MS', env, 120_000),
    heartbeatMs: intFromEnv('CYBERBRAIN_HEARTBEAT_MS', env, 5_000),
    debugJobDelayMs: intFromEnv('CYBERBRAIN_DEBUG_JOB_DELAY_MS', env, 0),
    // By age: a year of history plus a month, so a yearly pattern can still be compared. By size:
    // 1 GiB, the hard stop. A stored log template costs about 270 bytes with its index, so a year
    // of hourly runs (8,760) fits when a run keeps under ~450 templates (10 containers × 45); a D4
    // every five minutes over 50 noisy containers (up to 100,000 templates a run) keeps ~40 runs.
    retentionDays: limitFromEnv('CYBERBRAIN_RETENTION_DAYS', env, 400),
    retentionMaxMb: limitFromEnv('CYBERBRAIN_RETENTION_MAX_MB', env, 1024),
    gpuSource: gpuSourceFrom(env.CYBERBRAIN_GPU_SOURCE),
    redaction: { maskPersonal: parseBool('DEBUG_REDACTED_MODE', true), ...readRedactionFile(env.CYBERBRAIN_REDACT_CONFIG) },
  };
  const parsed = ConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const key = String(first.path[0]);
    const setting = SETTING_NAMES[key] ?? key;
    const given = (candidate as Record<string, unknown>)[key];
    throw new ConfigError(`${setting}=${JSON.stringify(given)} is not valid: ${first.message}`);
  }
  return Object.freeze(parsed.data);
}

const RedactionFileSchema = z
  .object({
    patterns: z
      .array(z.object({ name: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, 'a pattern name is snake_case, e.g. "acme_key"'), regex: z.string().min(1).max(1_000) }).strict())
      .max(200)
      .default([]),
    allow: z.array(z.string().min(1).max(1_000)).max(200).default([]),
  })
  .strict();

/**
 * Extra secret patterns and allow patterns, from the JSON file CYBERBRAIN_REDACT_CONFIG names:
 * {"patterns": [{"name": "acme_key", "regex": "ACME-[0-9]{8}"}], "allow": ["^AKIAIOSFODNN7EXAMPLE$"]}.
 * A bad file or regex stops start-up: silently redacting less than configured is not an option.
 */
function readRedactionFile(path: string | undefined): Pick<RedactionOptions, 'extraPatterns' | 'allowPatterns'> {
  if (!path) return { extraPatterns: [], allowPatterns: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`CYBERBRAIN_REDACT_CONFIG: cannot read ${path} as JSON (${(err as Error).message})`);
  }
  const parsed = RedactionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ConfigError(`CYBERBRAIN_REDACT_CONFIG: ${i.path.join('.')}: ${i.message}`);
  }
  for (const source of [...parsed.data.patterns.map((p) => p.regex), ...parsed.data.allow]) {
    try {
      new RegExp(source);
    } catch (err) {
      throw new ConfigError(`CYBERBRAIN_REDACT_CONFIG: invalid regex ${JSON.stringify(source)}: ${(err as Error).message}`);
    }
  }
  // Patterns that would match nothing useful, a marker, or ordinary words (`x*`, `T[0-9]*`) stop start-up.
  const problems = checkPatterns({ extraPatterns: parsed.data.patterns, allowPatterns: parsed.data.allow });
  if (problems.length > 0) throw new ConfigError(`CYBERBRAIN_REDACT_CONFIG: ${problems.join('; ')}`);
  return { extraPatterns: parsed.data.patterns, allowPatterns: parsed.data.allow };
}

/**
 * DEBUG_REDACTED_MODE=false (IP and e-mail addresses readable) is for a person debugging on this
 * machine: a server reachable from elsewhere refuses it.
 */
export function assertDebugModeAllowed(config: Config, bindHost: string): void {
  const loopback = isLoopback(bindHost);
  if (!config.redaction.maskPersonal && !loopback) {
    throw new ConfigError(`DEBUG_REDACTED_MODE=false is refused when listening on ${bindHost}: it is allowed on a loopback address only`);
  }
}

/**
 * The local engine as Docker's own CLI finds it: DOCKER_HOST, else the default socket; with
 * DOCKER_TLS_VERIFY set, TLS files ca.pem, cert.pem and key.pem from DOCKER_CERT_PATH (else ~/.docker).
 */
function localDockerFrom(env: NodeJS.ProcessEnv): { host: string; tls: { ca: string; cert: string; key: string } | null } {
  const host = env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock';
  try {
    parseEndpoint(host);
  } catch (err) {
    throw new ConfigError(`DOCKER_HOST: ${(err as Error).message}`);
  }
  const verify = env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0';
  if (!verify) return { host, tls: null };
  const dir = resolve(expandHome(env.DOCKER_CERT_PATH || join(homedir(), '.docker')));
  return { host, tls: { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') } };
}

function gpuSourceFrom(raw: string | undefined): GpuSource {
  try {
    return parseGpuSource(raw);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}
