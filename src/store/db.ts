import type Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ConfigError } from '../config.js';
import { migrate } from './migrate.js';

/**
 * Opens the database the way every process must: WAL so that readers never block the writer
 * (Claude Desktop and an IDE often run a server each on one file), a busy timeout so that short
 * write transactions queue rather than fail, and foreign keys on. A path that cannot hold a
 * database fails at once with one line naming the path and the fix.
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') prepareFolder(path);
  let db: Database.Database;
  try {
    db = new (sqlite())(path, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
  } catch (err) {
    // SQLite's native module was built for another Node (installed under Node 20, run under 22):
    // nothing about the path is wrong, and the fix is a rebuild.
    const message = (err as Error).message;
    if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
      throw new ConfigError(`SQLite's native module (better-sqlite3) was built for another Node.js version than this one (${process.version}). Rebuild it for this Node: npm rebuild better-sqlite3 (or reinstall cyberbrain-mcp with this Node)`);
    }
    // Any other failure to load the native module (wrong architecture, old glibc, noexec mount) is not about the path.
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /better-sqlite3/.test(message)) throw new ConfigError(`SQLite's module (better-sqlite3) is not installed beside cyberbrain-mcp. Reinstall cyberbrain-mcp (npm install) so that its dependencies are present`);
    if ((err as NodeJS.ErrnoException).code === 'ERR_DLOPEN_FAILED') throw new ConfigError(`SQLite's native module (better-sqlite3) could not be loaded: ${message.split('\n')[0]}`);
    throw new ConfigError(`cannot open the database ${path}: ${message}. Set CYBERBRAIN_DB (or --db) to a writable file path`);
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  migrate(db);
  return db;
}

/**
 * SQLite's module, loaded when the first database is opened rather than with this file: a server
 * that has not needed its database yet (an assistant's launch, answering `initialize`) has not
 * paid for it.
 */
let sqliteModule: typeof Database | undefined;
function sqlite(): typeof Database {
  return (sqliteModule ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database);
}

/**
 * Makes sure the database's folder exists, creating missing folders one level at a time:
 * `mkdirSync(…, {recursive: true})` spins for ever on some paths (e.g. under /proc).
 */
function prepareFolder(path: string): void {
  const kind = statKind(path);
  if (kind === 'directory') throw new ConfigError(`the database path ${path} is a folder. Set CYBERBRAIN_DB (or --db) to a file inside it, e.g. ${path.replace(/\/$/, '')}/cyberbrain.db`);
  const missing: string[] = [];
  let folder = dirname(path);
  for (let kindOf = statKind(folder); kindOf === 'missing'; kindOf = statKind(folder)) {
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  if (statKind(folder) === 'other') throw new ConfigError(`cannot create the database ${path}: ${folder} is not a folder. Set CYBERBRAIN_DB (or --db) to a writable file path`);
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new ConfigError(`cannot create the folder ${dir} for the database (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Set CYBERBRAIN_DB (or --db) to a writable file path`);
    }
  }
}

function statKind(path: string): 'missing' | 'directory' | 'other' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}
