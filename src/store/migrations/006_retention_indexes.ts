/**
 * Indexes that pruning needs (store/retention.ts). Deleting a run cascades to its child rows, and
 * SQLite finds those rows through an index on the child's `run_id` or scans the whole table once
 * per deleted run. log_templates (up to 2,000 rows per container per run) had only
 * (container_name, run_id); it becomes (run_id, container_name), which serves both the cascade
 * and log_triage's `container_name = ? AND run_id = ?` lookup, so it costs no extra space. Run ids
 * are ULIDs, so an old run's entries sit together and whole index pages come free when it goes.
 */
export const sql = `
DROP INDEX IF EXISTS log_templates_by_container;
CREATE INDEX log_templates_by_run ON log_templates(run_id, container_name);
CREATE INDEX inventory_by_run ON inventory_snapshots(run_id);
CREATE INDEX model_calls_by_run ON model_calls(run_id);
`;
