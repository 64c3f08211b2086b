/**
 * The first schema. Times are epoch milliseconds (INTEGER) so that comparisons and indexes are
 * cheap; JSON columns hold already-redacted text. No column anywhere can hold prompt or
 * response text of a model call: `model_calls` stores counts only.
 */
export const sql = `
CREATE TABLE directives (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
  builtin         INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  current_version INTEGER NOT NULL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
);

CREATE TABLE directive_versions (
  directive_id TEXT NOT NULL REFERENCES directives(id),
  version      INTEGER NOT NULL,
  spec         TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  created_by   TEXT NOT NULL,
  PRIMARY KEY (directive_id, version)
);

CREATE TABLE allowlist (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('name', 'id', 'label')),
  value       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  jobs        TEXT NOT NULL DEFAULT '[]',
  enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  UNIQUE (kind, value)
);

CREATE TABLE runs (
  seq                INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,
  directive_id       TEXT NOT NULL REFERENCES directives(id),
  directive_version  INTEGER NOT NULL,
  directive_snapshot TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN
                       ('queued', 'running', 'succeeded', 'partial', 'failed', 'skipped', 'cancelled', 'interrupted')),
  owner_id           TEXT NOT NULL,
  heartbeat_at       INTEGER NOT NULL,
  cancel_requested   INTEGER NOT NULL DEFAULT 0,
  transport          TEXT NOT NULL,
  created_at         INTEGER NOT NULL,
  started_at         INTEGER,
  finished_at        INTEGER,
  error              TEXT,
  summary            TEXT,
  FOREIGN KEY (directive_id, directive_version) REFERENCES directive_versions(directive_id, version)
);
-- seq is the rowid: "newest first" is a walk of the table itself in reverse (no index lookups per
-- row), and keyset pagination is "seq < cursor". Secondary indexes end in seq for the same walk.
CREATE INDEX runs_by_status    ON runs(status, seq);
CREATE INDEX runs_by_directive ON runs(directive_id, status, seq);
CREATE INDEX runs_active       ON runs(owner_id) WHERE status IN ('queued', 'running');

CREATE TABLE run_containers (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  container_id   TEXT NOT NULL,
  container_name TEXT NOT NULL,
  PRIMARY KEY (run_id, container_id)
);
CREATE INDEX run_containers_by_name ON run_containers(container_name, run_id);
CREATE INDEX run_containers_by_id   ON run_containers(container_id, run_id);

CREATE TABLE run_jobs (
  id             INTEGER PRIMARY KEY,
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  job            TEXT NOT NULL,
  container_id   TEXT,
  container_name TEXT,
  status         TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled')),
  started_at     INTEGER,
  finished_at    INTEGER,
  error          TEXT,
  result         TEXT
);
CREATE INDEX run_jobs_by_run       ON run_jobs(run_id, id);
CREATE INDEX run_jobs_by_container ON run_jobs(container_name, job, status);

CREATE TABLE artifacts (
  id         INTEGER PRIMARY KEY,
  run_id     TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  path       TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (run_id, kind)
);

CREATE TABLE inventory_snapshots (
  id             INTEGER PRIMARY KEY,
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  container_id   TEXT NOT NULL,
  container_name TEXT NOT NULL,
  taken_at       INTEGER NOT NULL,
  image          TEXT NOT NULL,
  image_id       TEXT NOT NULL,
  status         TEXT NOT NULL,
  health         TEXT,
  restart_count  INTEGER NOT NULL,
  exit_code      INTEGER,
  oom_killed     INTEGER NOT NULL,
  started_at     TEXT,
  data           TEXT NOT NULL
);
CREATE INDEX inventory_by_name ON inventory_snapshots(container_name, taken_at);

CREATE TABLE model_calls (
  id            INTEGER PRIMARY KEY,
  run_id        TEXT REFERENCES runs(id) ON DELETE CASCADE,
  model         TEXT NOT NULL,
  input_tokens  INTEGER NOT NULL CHECK (input_tokens >= 0),
  output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
  created_at    INTEGER NOT NULL
);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  transport TEXT NOT NULL,
  action    TEXT NOT NULL,
  target    TEXT NOT NULL,
  detail    TEXT NOT NULL
);
CREATE INDEX audit_by_time ON audit_log(at);
`;
