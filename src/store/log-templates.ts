import type Database from 'better-sqlite3';
import { redactText } from '../redact/scrub.js';

export interface StoredTemplate {
  fingerprint: string;
  template: string;
  severity: string;
  count: number;
  first_seen: string | null;
  last_seen: string | null;
  window_seconds: number;
}

/** Templates seen per container and run. At most `MAX_PER_RUN` per container and run are kept. */
export class LogTemplatesRepo {
  static readonly MAX_PER_RUN = 2_000;
  private readonly insert;
  private readonly forRunStmt;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO log_templates (run_id, host, container_name, fingerprint, template, severity, count, first_seen, last_seen, window_seconds)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.forRunStmt = db.prepare<[string, string, string], StoredTemplate>(
      'SELECT fingerprint, template, severity, count, first_seen, last_seen, window_seconds FROM log_templates WHERE container_name = ? AND run_id = ? AND host = ? ORDER BY id',
    );
  }

  /** One transaction: a run's templates for a container land together or not at all. */
  record(runId: string, host: string, container: string, windowSeconds: number, templates: Omit<StoredTemplate, 'window_seconds'>[]): void {
    this.db
      .transaction(() => {
        for (const t of templates.slice(0, LogTemplatesRepo.MAX_PER_RUN)) {
          this.insert.run(runId, host, redactText(container), t.fingerprint, redactText(t.template), t.severity, t.count, t.first_seen, t.last_seen, windowSeconds);
        }
      })
      .immediate();
  }

  forRun(host: string, container: string, runId: string): StoredTemplate[] {
    return this.forRunStmt.all(container, runId, host);
  }
}
