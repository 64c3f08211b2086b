/**
 * Each run remembers its owner's heartbeat interval: two server processes on one database may beat
 * at different rates, and a run is judged stale by its own owner's interval, not the reader's.
 */
export const sql = `ALTER TABLE runs ADD COLUMN heartbeat_ms INTEGER NOT NULL DEFAULT 5000;`;
