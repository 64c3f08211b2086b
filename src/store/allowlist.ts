import type Database from 'better-sqlite3';
import type { AllowlistEntry, AllowlistEntryInput, AllowlistKind } from '../domain/allowlist.js';
import { LOCAL_HOST } from '../domain/host.js';
import type { JobName } from '../domain/jobs.js';
import { redactText } from '../redact/scrub.js';

interface Row {
  id: number;
  kind: AllowlistKind;
  value: string;
  description: string;
  jobs: string;
  enabled: number;
  host: string;
}

const toEntry = (r: Row): AllowlistEntry => ({
  id: r.id,
  kind: r.kind,
  value: r.value,
  description: r.description,
  jobs: JSON.parse(r.jobs) as JobName[],
  enabled: r.enabled === 1,
  host: r.host,
});

/** The allowlist as stored. It is read afresh at every guarded call, never cached. */
export class AllowlistRepo {
  private readonly all;
  private readonly upsert;
  private readonly remove;
  private readonly setEnabled;
  private readonly findOne;

  constructor(db: Database.Database) {
    this.all = db.prepare<[], Row>('SELECT * FROM allowlist ORDER BY id');
    this.findOne = db.prepare<[AllowlistKind, string, string], Row>('SELECT * FROM allowlist WHERE kind = ? AND value = ? AND host = ?');
    this.upsert = db.prepare(
      `INSERT INTO allowlist (host, kind, value, description, jobs, enabled, created_at, updated_at)
       VALUES (@host, @kind, @value, @description, @jobs, 1, @now, @now)
       ON CONFLICT (host, kind, value) DO UPDATE SET description = excluded.description, jobs = excluded.jobs, enabled = 1, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM allowlist WHERE kind = ? AND value = ? AND host = ?');
    this.setEnabled = db.prepare('UPDATE allowlist SET enabled = ?, updated_at = ? WHERE kind = ? AND value = ? AND host = ?');
  }

  list(): AllowlistEntry[] {
    return this.all.all().map(toEntry);
  }

  find(kind: AllowlistKind, value: string, host = LOCAL_HOST): AllowlistEntry | undefined {
    const r = this.findOne.get(kind, normaliseValue(kind, value), host);
    return r ? toEntry(r) : undefined;
  }

  add(e: AllowlistEntryInput): void {
    this.upsert.run({ host: e.host ?? LOCAL_HOST, kind: e.kind, value: normaliseValue(e.kind, e.value), description: redactText(e.description), jobs: JSON.stringify(e.jobs), now: Date.now() });
  }

  /** Returns whether an entry was there to remove. */
  delete(kind: AllowlistKind, value: string, host = LOCAL_HOST): boolean {
    return this.remove.run(kind, normaliseValue(kind, value), host).changes > 0;
  }

  enable(kind: AllowlistKind, value: string, enabled: boolean, host = LOCAL_HOST): boolean {
    return this.setEnabled.run(enabled ? 1 : 0, Date.now(), kind, normaliseValue(kind, value), host).changes > 0;
  }

  /** How many entries name this host (not counting "*"). */
  countForHost(host: string): number {
    return this.list().filter((e) => e.host === host).length;
  }
}

/** Docker reports names with a leading slash; entries are stored without it. */
export function normaliseValue(kind: AllowlistKind, value: string): string {
  return kind === 'name' ? value.replace(/^\//, '') : value;
}
