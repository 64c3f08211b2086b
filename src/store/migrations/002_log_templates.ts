/** Template fingerprints and counts per container and run: what log_triage compares against. */
export const sql = `
CREATE TABLE log_templates (
  id             INTEGER PRIMARY KEY,
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  container_name TEXT NOT NULL,
  fingerprint    TEXT NOT NULL,
  template       TEXT NOT NULL,
  severity       TEXT NOT NULL,
  count          INTEGER NOT NULL,
  first_seen     TEXT,
  last_seen      TEXT,
  window_seconds INTEGER NOT NULL
);
CREATE INDEX log_templates_by_container ON log_templates(container_name, run_id);
`;
