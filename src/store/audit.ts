import type Database from 'better-sqlite3';
import { redactDeep, redactText } from '../redact/scrub.js';

/** Who changed what: every write to the allowlist or a directive leaves a row here. */
export interface Actor {
  /** Token name, OAuth subject or "local" for stdio/CLI. */
  name: string;
  transport: string;
}

export interface AuditRow {
  id: number;
  at: number;
  actor: string;
  transport: string;
  action: string;
  target: string;
  detail: unknown;
}

export class AuditLog {
  private readonly insert;
  private readonly recent;
  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, transport, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)');
    this.recent = db.prepare<[number], Omit<AuditRow, 'detail'> & { detail: string }>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  }

  /** Call inside the transaction of the change it records, so that neither exists without the other. */
  record(actor: Actor, action: string, target: string, detail: unknown): void {
    this.insert.run(Date.now(), redactText(actor.name), actor.transport, action, redactText(target), JSON.stringify(redactDeep(detail)));
  }

  list(limit = 50): AuditRow[] {
    return this.recent.all(limit).map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
  }
}
