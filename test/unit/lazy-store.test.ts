import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { lazyStore } from '../../src/store/lazy.js';

/** The stdio server's store opens on first use: answering initialize needs no database. */
describe('lazy store', () => {
  const path = () => join(mkdtempSync(join(tmpdir(), 'cb-lazy-')), 'x.db');

  it('opens nothing until a member is used, then opens once', () => {
    let opens = 0;
    const file = path();
    const store = lazyStore(file, () => (opens++, openStore(file)));
    expect(store.path).toBe(file);
    expect(opens).toBe(0);
    expect(store.runs.list({}, 1)).toEqual([]);
    expect(store.changeStamp()).toMatch(/^\d+\.\d+$/);
    expect(store.allowlist.list()).toEqual([]);
    expect(opens).toBe(1);
    store.close();
  });

  it('closing a store nobody used opens nothing, then or later', () => {
    let opens = 0;
    const file = path();
    const store = lazyStore(file, () => (opens++, openStore(file)));
    store.close();
    // A call still in flight while the server stops must not open a database nobody will close.
    expect(() => store.runs).toThrow(/closed/);
    expect(opens).toBe(0);
  });

  it('a database that cannot be opened fails every use the same way, and is tried once', () => {
    let opens = 0;
    const store: Store = lazyStore('/nowhere', () => {
      opens++;
      throw new Error('cannot open /nowhere');
    });
    expect(() => store.runs).toThrow('cannot open /nowhere');
    expect(() => store.write(() => 1)).toThrow('cannot open /nowhere');
    expect(opens).toBe(1);
  });
});
