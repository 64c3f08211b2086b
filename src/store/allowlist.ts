import type Database from 'better-sqlite3';
import type { AllowlistEntry, AllowlistEntryInput, AllowlistKind } from '../domain/allowlist.js';
import type { JobName } from '../domain/jobs.js';
import { redactText } from '../redact/scrub.js';

interface Row {
  id: number;
  kind: AllowlistKind;
  value: string;
  description: string;
  jobs: string;
  enabled: number;
}

const toEntry = (r: Row): AllowlistEntry => ({
  id: r.id,
  kind: r.kind,
  value: r.value,
  description: r.description,
  jobs: JSON.parse(r.jobs) as JobName[],
  enabled: r.enabled === 1,
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
    this.findOne = db.prepare<[AllowlistKind, string], Row>('SELECT * FROM allowlist WHERE kind = ? AND value = ?');
    this.upsert = db.prepare(
      `INSERT INTO allowlist (kind, value, description, jobs, enabled, created_at, updated_at)
       VALUES (@kind, @value, @description, @jobs, 1, @now, @now)
       ON CONFLICT (kind, value) DO UPDATE SET description = excluded.description, jobs = excluded.jobs, enabled = 1, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM allowlist WHERE kind = ? AND value = ?');
    this.setEnabled = db.prepare('UPDATE allowlist SET enabled = ?, updated_at = ? WHERE kind = ? AND value = ?');
  }

  list(): AllowlistEntry[] {
    return this.all.all().map(toEntry);
  }

  find(kind: AllowlistKind, value: string): AllowlistEntry | undefined {
    const r = this.findOne.get(kind, normaliseValue(kind, value));
    return r ? toEntry(r) : undefined;
  }

  add(e: AllowlistEntryInput): void {
    this.upsert.run({ kind: e.kind, value: normaliseValue(e.kind, e.value), description: redactText(e.description), jobs: JSON.stringify(e.jobs), now: Date.now() });
  }

  /** Returns whether an entry was there to remove. */
  delete(kind: AllowlistKind, value: string): boolean {
    return this.remove.run(kind, normaliseValue(kind, value)).changes > 0;
  }

  enable(kind: AllowlistKind, value: string, enabled: boolean): boolean {
    return this.setEnabled.run(enabled ? 1 : 0, Date.now(), kind, normaliseValue(kind, value)).changes > 0;
  }
}

/** Docker reports names with a leading slash; entries are stored without it. */
export function normaliseValue(kind: AllowlistKind, value: string): string {
  return kind === 'name' ? value.replace(/^\//, '') : value;
}
