import { statSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { explainStorageError } from '../store/errors.js';
import { openStore, type Store } from '../store/index.js';
import { policyFrom, prune, type PruneReport, type RetentionPolicy } from '../store/retention.js';
import { parse, UsageError } from './args.js';
import { PRUNE_HELP } from './help.js';

// A person at a terminal reads this: stdout on purpose.
const print = (text: string) => void process.stdout.write(`${text}\n`); // stdout-ok

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** "30d", "12h", "2w"; "0" or "off": no age limit. */
export function parseAge(value: string): number | null {
  if (value === '0' || value.toLowerCase() === 'off') return null;
  const m = /^(\d{1,6})([hdw])$/.exec(value);
  if (!m || Number(m[1]) === 0) throw new UsageError(`--older-than must be a duration such as 30d, 12h or 2w (or off); got "${value}"`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** Megabytes; "0" or "off": no size cap. */
export function parseMaxMb(value: string): number | null {
  if (value === '0' || value.toLowerCase() === 'off') return null;
  if (!/^\d{1,7}$/.test(value)) throw new UsageError(`--max-mb must be a whole number of megabytes (or off); got "${value}"`);
  return Number(value) * 1024 * 1024;
}

interface VacuumOutcome {
  done: boolean;
  file_bytes_before: number;
  file_bytes_after: number;
  error?: string;
}

/**
 * `cyberbrain-mcp prune`: deletes runs past the retention settings (or the flags), then gives the
 * freed space back to the disk with a WAL checkpoint and a VACUUM. The server never VACUUMs (see
 * store/retention.ts); a person running this command chooses the moment.
 */
export async function pruneCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'dry-run': { type: 'boolean' },
    'older-than': { type: 'string' },
    'max-mb': { type: 'string' },
    'no-vacuum': { type: 'boolean' },
    json: { type: 'boolean' },
    db: { type: 'string' },
    // A global flag (accepted before any command): nothing here writes what it guards.
    'read-only': { type: 'boolean' },
  });
  if (values.help) return print(PRUNE_HELP), 0;
  const config = loadConfig({ db: values.db as string | undefined, readOnly: values['read-only'] as boolean | undefined });
  const fromSettings = policyFrom(config);
  const policy: RetentionPolicy = {
    maxAgeMs: values['older-than'] !== undefined ? parseAge(values['older-than'] as string) : fromSettings.maxAgeMs,
    maxBytes: values['max-mb'] !== undefined ? parseMaxMb(values['max-mb'] as string) : fromSettings.maxBytes,
  };
  const dryRun = values['dry-run'] === true;
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let store: Store;
  try {
    store = openStore(config.dbPath);
  } catch (err) {
    throw explainStorageError(err, config.dbPath) ?? err;
  }
  try {
    const report = await prune(store, config.logsDir, policy, { dryRun, log });
    const vacuum = dryRun || values['no-vacuum'] ? undefined : reclaim(store.db, config.dbPath);
    if (values.json) print(JSON.stringify({ database_path: config.dbPath, ...report, ...(vacuum ? { vacuum } : {}) }, null, 2));
    else print(describe(report, vacuum));
    return 0;
  } catch (err) {
    throw explainStorageError(err, config.dbPath) ?? err;
  } finally {
    store.close();
  }
}

/**
 * Checkpoints the WAL into the database (and truncates it), then VACUUMs when pages are free. A
 * VACUUM needs free disk about the database's size and waits for other processes' writes: when it
 * cannot run, the pruning stands and the free pages are reused by new runs.
 */
function reclaim(db: Store['db'], dbPath: string): VacuumOutcome {
  const before = fileBytes(dbPath);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const free = db.pragma('freelist_count', { simple: true }) as number;
    if (free > 0) db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { done: free > 0, file_bytes_before: before, file_bytes_after: fileBytes(dbPath) };
  } catch (err) {
    return { done: false, file_bytes_before: before, file_bytes_after: fileBytes(dbPath), error: (err as Error).message };
  }
}

/** The database file and its WAL, as on disk. */
function fileBytes(dbPath: string): number {
  let total = 0;
  for (const p of [dbPath, `${dbPath}-wal`]) {
    try {
      total += statSync(p).size;
    } catch {
      // no WAL file
    }
  }
  return total;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describe(r: PruneReport, vacuum: VacuumOutcome | undefined): string {
  const limits = [
    r.policy.older_than_days !== null ? `older than ${+r.policy.older_than_days.toFixed(3)} days` : 'no age limit',
    r.policy.max_mb !== null ? `size cap ${+r.policy.max_mb.toFixed(3)} MB` : 'no size cap',
  ].join(', ');
  const verb = r.dry_run ? 'Would delete' : 'Deleted';
  const lines = [`${r.dry_run ? 'Dry run: nothing deleted. ' : ''}Retention: ${limits}.`];
  lines.push(`${verb} ${r.runs} run${r.runs === 1 ? '' : 's'}; rows: ${Object.entries(r.rows).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
  lines.push(`${verb} ${r.files} report file${r.files === 1 ? '' : 's'} (${mb(r.file_bytes)})${r.file_errors ? `; ${r.file_errors} could not be removed (see the log)` : ''}.`);
  const keptTotal = Object.values(r.kept).reduce((s, n) => s + n, 0);
  if (keptTotal > 0) {
    lines.push(
      `Kept ${keptTotal} run${keptTotal === 1 ? '' : 's'} that would otherwise go: ${r.kept.active} active, ${r.kept.last_success_job} holding the last successful job a comparison needs, ` +
        `${r.kept.last_inventory} the last inventory snapshot of a container, ${r.kept.last_success_run} the last successful run of a directive on a container.`,
    );
  }
  lines.push(
    `Database: ${mb(r.before.database)} used before, ${r.after_estimated ? 'about ' : ''}${mb(r.after.database)} after; report files ${mb(r.before.reports)} before, ${mb(r.after.reports)} after.`,
  );
  if (r.over_cap) lines.push(`Still over the size cap: everything left is protected. Raise --max-mb (CYBERBRAIN_RETENTION_MAX_MB).`);
  if (vacuum) {
    lines.push(
      vacuum.error
        ? `VACUUM could not run (${vacuum.error}); the freed pages are reused by new runs.`
        : `Database file on disk: ${mb(vacuum.file_bytes_before)} before, ${mb(vacuum.file_bytes_after)} after${vacuum.done ? ' VACUUM' : ' (nothing to vacuum)'}.`,
    );
  }
  return lines.join('\n');
}
