import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Applies pending migrations. Two server processes may start at once on one database, so each
 * migration runs inside BEGIN IMMEDIATE and re-reads the applied version under that lock.
 */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const current = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      if ((current.get()?.v ?? 0) >= m.version) return;
      db.exec(m.sql);
      record.run(m.version, m.name, Date.now());
    }).immediate();
  }
  return current.get()?.v ?? 0;
}
