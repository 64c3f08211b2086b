/**
 * Several engines (hosts). A host is stored with its endpoint and the *paths* of its TLS files,
 * never their contents. Allowlist entries name their host (unique per host: "web" on one host
 * says nothing about "web" on another); runs list their hosts; job rows, run containers, log
 * templates and inventory snapshots carry the host, so comparisons with the last run stay per
 * host. Everything that exists already belongs to "local". Tables whose key changes are rebuilt.
 */
export const sql = `
CREATE TABLE hosts (
  name        TEXT PRIMARY KEY,
  docker_host TEXT NOT NULL,
  tls_ca      TEXT,
  tls_cert    TEXT,
  tls_key     TEXT,
  ssh_config  TEXT,
  gpu_source  TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE allowlist_by_host (
  id          INTEGER PRIMARY KEY,
  host        TEXT NOT NULL DEFAULT 'local',
  kind        TEXT NOT NULL CHECK (kind IN ('name', 'id', 'label')),
  value       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  jobs        TEXT NOT NULL DEFAULT '[]',
  enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  UNIQUE (host, kind, value)
);
INSERT INTO allowlist_by_host (id, host, kind, value, description, jobs, enabled, created_at, updated_at)
  SELECT id, 'local', kind, value, description, jobs, enabled, created_at, updated_at FROM allowlist;
DROP TABLE allowlist;
ALTER TABLE allowlist_by_host RENAME TO allowlist;

CREATE TABLE run_containers_by_host (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  host           TEXT NOT NULL DEFAULT 'local',
  container_id   TEXT NOT NULL,
  container_name TEXT NOT NULL,
  PRIMARY KEY (run_id, host, container_id)
);
INSERT INTO run_containers_by_host (run_id, host, container_id, container_name)
  SELECT run_id, 'local', container_id, container_name FROM run_containers;
DROP TABLE run_containers;
ALTER TABLE run_containers_by_host RENAME TO run_containers;
CREATE INDEX run_containers_by_name ON run_containers(container_name, run_id);
CREATE INDEX run_containers_by_id   ON run_containers(container_id, run_id);

ALTER TABLE runs ADD COLUMN hosts TEXT NOT NULL DEFAULT '["local"]';
ALTER TABLE run_jobs ADD COLUMN host TEXT NOT NULL DEFAULT 'local';
ALTER TABLE log_templates ADD COLUMN host TEXT NOT NULL DEFAULT 'local';
ALTER TABLE inventory_snapshots ADD COLUMN host TEXT NOT NULL DEFAULT 'local';
`;
