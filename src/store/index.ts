import type Database from 'better-sqlite3';
import { AllowlistRepo } from './allowlist.js';
import { AuditLog } from './audit.js';
import { openDatabase } from './db.js';
import { DirectivesRepo } from './directives.js';
import { HistoryRepo } from './history.js';
import { HostsRepo } from './hosts.js';
import { InventoryRepo } from './inventory.js';
import { LogTemplatesRepo } from './log-templates.js';
import { ModelCallsRepo } from './model-calls.js';
import { RetentionRepo } from './retention.js';
import { RunsRepo } from './runs.js';
import { TokensRepo } from './tokens.js';

export interface Store {
  readonly db: Database.Database;
  readonly path: string;
  readonly allowlist: AllowlistRepo;
  /** Hosts other than "local". */
  readonly hosts: HostsRepo;
  readonly directives: DirectivesRepo;
  readonly runs: RunsRepo;
  readonly inventory: InventoryRepo;
  readonly logTemplates: LogTemplatesRepo;
  /** A container's past across runs (container_history, the run view's charts). */
  readonly history: HistoryRepo;
  readonly modelCalls: ModelCallsRepo;
  readonly audit: AuditLog;
  readonly tokens: TokensRepo;
  /** Pruning of old runs (see retention.ts). */
  readonly retention: RetentionRepo;
  /** Bytes the database uses: page_count × page_size minus the free list (cheap). */
  sizeBytes(): number;
  /** For /healthz: 'ok', or 'read-only' when the file cannot be written. Throws when it cannot be read. */
  health(): 'ok' | 'read-only';
  /** Changes when another connection commits (PRAGMA data_version): a cheap "did anything change?". */
  dataVersion(): number;
  /**
   * Changes whenever anything is committed, by this connection (total_changes) or another one
   * (data_version): answers built from the database stay good while it stays the same.
   */
  changeStamp(): string;
  /** For /metrics: how many runs there are in each status. */
  runCountsByStatus(): { status: string; n: number }[];
  /** Runs `fn` in one IMMEDIATE transaction: a write and its audit row land together or not at all. */
  write<T>(fn: () => T): T;
  close(): void;
}

export function openStore(path: string): Store {
  const db = openDatabase(path);
  const directives = new DirectivesRepo(db);
  directives.seedBuiltins();
  const retention = new RetentionRepo(db);
  const changeStamp = db.prepare('SELECT total_changes(), data_version FROM pragma_data_version').raw(true);
  return {
    db,
    path,
    allowlist: new AllowlistRepo(db),
    hosts: new HostsRepo(db),
    directives,
    runs: new RunsRepo(db),
    inventory: new InventoryRepo(db),
    logTemplates: new LogTemplatesRepo(db),
    history: new HistoryRepo(db),
    modelCalls: new ModelCallsRepo(db),
    audit: new AuditLog(db),
    tokens: new TokensRepo(db),
    retention,
    sizeBytes: () => retention.sizeBytes(),
    health: () => {
      db.prepare('SELECT 1').get();
      return db.readonly ? 'read-only' : 'ok';
    },
    dataVersion: () => db.pragma('data_version', { simple: true }) as number,
    changeStamp: () => {
      const [changes, version] = changeStamp.get() as [number, number];
      return `${version}.${changes}`;
    },
    runCountsByStatus: () => db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM runs GROUP BY status').all(),
    write: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}
