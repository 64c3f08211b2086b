import type Database from 'better-sqlite3';
import { redactDeep, redactText } from '../redact/scrub.js';

/** What the inventory job records of one container at one moment. */
export interface ContainerState {
  container_id: string;
  container_name: string;
  image: string;
  image_id: string;
  status: string;
  health: string | null;
  restart_count: number;
  exit_code: number | null;
  oom_killed: boolean;
  started_at: string | null;
  finished_at: string | null;
  uptime_seconds: number | null;
  created_at: string;
}

interface Row {
  run_id: string;
  taken_at: number;
  data: string;
}

export class InventoryRepo {
  private readonly insert;
  private readonly previous;
  private readonly inRunStmt;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO inventory_snapshots (run_id, host, container_id, container_name, taken_at, image, image_id, status, health, restart_count, exit_code, oom_killed, started_at, data)
       VALUES (@run_id, @host, @container_id, @container_name, @taken_at, @image, @image_id, @status, @health, @restart_count, @exit_code, @oom_killed, @started_at, @data)`,
    );
    this.inRunStmt = db.prepare<[string, string, string], { data: string }>('SELECT data FROM inventory_snapshots WHERE container_name = ? AND run_id = ? AND host = ? ORDER BY id DESC LIMIT 1');
    // The newest snapshot of that name taken by another run: the baseline to compare against.
    this.previous = db.prepare<[string, string, string], Row>(
      'SELECT run_id, taken_at, data FROM inventory_snapshots WHERE container_name = ? AND run_id <> ? AND host = ? ORDER BY taken_at DESC, id DESC LIMIT 1',
    );
  }

  record(runId: string, host: string, s: ContainerState): void {
    const clean = redactDeep(s);
    this.insert.run({
      ...clean,
      run_id: runId,
      host,
      taken_at: Date.now(),
      container_name: redactText(s.container_name),
      oom_killed: s.oom_killed ? 1 : 0,
      data: JSON.stringify(clean),
    });
  }

  /** The snapshot this run took of that container, if inventory ran before. */
  inRun(host: string, containerName: string, runId: string): ContainerState | undefined {
    const r = this.inRunStmt.get(containerName, runId, host);
    return r ? (JSON.parse(r.data) as ContainerState) : undefined;
  }

  previousOf(host: string, containerName: string, runId: string): { run_id: string; taken_at: number; state: ContainerState } | undefined {
    const r = this.previous.get(containerName, runId, host);
    return r ? { run_id: r.run_id, taken_at: r.taken_at, state: JSON.parse(r.data) as ContainerState } : undefined;
  }
}
