import type { Store } from './index.js';

/** Every member of Store: the compiler insists the list is complete. */
const MEMBERS: Record<Exclude<keyof Store, 'path' | 'close'>, true> = {
  db: true,
  allowlist: true,
  hosts: true,
  directives: true,
  runs: true,
  inventory: true,
  logTemplates: true,
  history: true,
  modelCalls: true,
  audit: true,
  tokens: true,
  retention: true,
  sizeBytes: true,
  health: true,
  dataVersion: true,
  changeStamp: true,
  runCountsByStatus: true,
  write: true,
};

/**
 * A store that opens its database on first use. The stdio server an assistant spawns answers
 * `initialize` without it: loading SQLite's native module and opening, migrating and seeding the
 * file were a good part of every launch's wait. `open` runs once; if it throws, every use throws
 * the same way (and the CLI reports it as it reports any failure to open).
 */
export function lazyStore(path: string, open: () => Store): Store {
  let real: Store | undefined;
  let failure: unknown;
  let closed = false;
  const store = (): Store => {
    if (real) return real;
    if (failure !== undefined) throw failure;
    // Closed before anything used it (the process is stopping): nothing opens it now, to be left open.
    if (closed) throw new Error('the database is closed: the server is stopping');
    try {
      return (real = open());
    } catch (err) {
      failure = err;
      throw err;
    }
  };
  const lazy = {
    path,
    // Closing a store nobody used opens nothing.
    close: () => {
      closed = true;
      real?.close();
    },
  };
  for (const key of Object.keys(MEMBERS) as (keyof typeof MEMBERS)[]) Object.defineProperty(lazy, key, { get: () => store()[key], enumerable: true });
  return lazy as unknown as Store;
}
