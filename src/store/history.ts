import type Database from 'better-sqlite3';

/** One run that covered a container, as its history shows it. */
export interface ContainerRunRow {
  run_id: string;
  seq: number;
  directive_id: string;
  status: string;
  created_at: number;
  /** The log_triage row's status in that run, when one ran. */
  triage_status: string | null;
  errors: number | null;
  warnings: number | null;
  /** Restart count as that run saw it: the inventory snapshot, else the triage's context. */
  restarts: number | null;
}

export interface TemplateTotalRow {
  fingerprint: string;
  template: string;
  severity: string;
  total: number;
}

export interface TemplateCountRow {
  run_id: string;
  fingerprint: string;
  count: number;
}

/**
 * A container's past across runs, read with a few indexed queries. Counts come out of the stored
 * job results with json_extract, so a history of many runs never parses whole triage results.
 */
export class HistoryRepo {
  private readonly runsStmt;
  private readonly topStmt;
  private readonly countsStmt;

  constructor(db: Database.Database) {
    // `@before` bounds the history to runs up to one run (the view of an old run shows its own past).
    this.runsStmt = db.prepare<[{ host: string; name: string; before: number; limit: number }], ContainerRunRow>(
      `SELECT r.id AS run_id, r.seq, r.directive_id, r.status, r.created_at,
              t.status AS triage_status,
              json_extract(t.result, '$.data.by_severity.error') + coalesce(json_extract(t.result, '$.data.by_severity.fatal'), 0) AS errors,
              json_extract(t.result, '$.data.by_severity.warning') AS warnings,
              coalesce((SELECT i.restart_count FROM inventory_snapshots i WHERE i.run_id = r.id AND i.host = @host AND i.container_name = @name ORDER BY i.id DESC LIMIT 1),
                       json_extract(t.result, '$.data.context.restart_count')) AS restarts
         FROM run_containers c
         JOIN runs r ON r.id = c.run_id
         LEFT JOIN run_jobs t ON t.run_id = r.id AND t.host = @host AND t.container_name = @name AND t.job = 'log_triage'
        WHERE c.container_name = @name AND c.host = @host AND r.seq <= @before
        GROUP BY r.id
        ORDER BY r.seq DESC
        LIMIT @limit`,
    );
    // Arrays travel as one JSON parameter (json_each): one prepared statement for any length.
    this.topStmt = db.prepare<[{ host: string; name: string; runs: string; limit: number }], TemplateTotalRow>(
      `SELECT fingerprint, max(template) AS template, max(severity) AS severity, sum(count) AS total
         FROM log_templates
        WHERE run_id IN (SELECT value FROM json_each(@runs)) AND container_name = @name AND host = @host
        GROUP BY fingerprint
        ORDER BY CASE max(severity) WHEN 'fatal' THEN 0 WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END, total DESC
        LIMIT @limit`,
    );
    this.countsStmt = db.prepare<[{ host: string; name: string; runs: string; fingerprints: string }], TemplateCountRow>(
      `SELECT run_id, fingerprint, count FROM log_templates
        WHERE run_id IN (SELECT value FROM json_each(@runs)) AND container_name = @name AND host = @host
          AND fingerprint IN (SELECT value FROM json_each(@fingerprints))`,
    );
  }

  /** The newest `limit` runs that covered `name` on `host`, newest first, up to run seq `before`. */
  runsOf(host: string, name: string, limit: number, before = Number.MAX_SAFE_INTEGER): ContainerRunRow[] {
    return this.runsStmt.all({ host, name, before, limit });
  }

  /** The `limit` templates of `name` worth charting over these runs: fatal, error, warning first, then by total count. */
  topTemplates(host: string, name: string, runIds: readonly string[], limit: number): TemplateTotalRow[] {
    return runIds.length ? this.topStmt.all({ host, name, runs: JSON.stringify(runIds), limit }) : [];
  }

  /** The counts of these templates of `name` in these runs (a template absent from a run has no row). */
  counts(host: string, name: string, runIds: readonly string[], fingerprints: readonly string[]): TemplateCountRow[] {
    return runIds.length && fingerprints.length ? this.countsStmt.all({ host, name, runs: JSON.stringify(runIds), fingerprints: JSON.stringify(fingerprints) }) : [];
  }
}
