import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ResultCache } from '../../src/tools/result-cache.js';
import { ALL_TOOLS } from '../../src/tools/index.js';

const answer = (text: string) => ({ content: [{ type: 'text' as const, text }], structuredContent: { text } });

describe('result cache', () => {
  it('gives an answer back only under the stamp it was stored with', () => {
    const cache = new ResultCache();
    cache.set('k', '1.0', answer('a'), 2);
    expect(cache.get('k', '1.0')?.structuredContent).toEqual({ text: 'a' });
    expect(cache.get('k', '1.1')).toBeUndefined();
    // A miss on a new stamp forgets the old answer for good.
    expect(cache.get('k', '1.0')).toBeUndefined();
  });

  it('evicts the least recently used answer past its entry or size budget', () => {
    const cache = new ResultCache(2, 1_000);
    cache.set('a', 's', answer('a'), 10);
    cache.set('b', 's', answer('b'), 10);
    expect(cache.get('a', 's')).toBeDefined(); // a is now the most recent
    cache.set('c', 's', answer('c'), 10);
    expect(cache.get('b', 's')).toBeUndefined();
    expect(cache.get('a', 's')).toBeDefined();
    const small = new ResultCache(10, 100);
    small.set('x', 's', answer('x'), 20);
    small.set('y', 's', answer('y'), 20);
    small.set('z', 's', answer('z'), 20);
    small.set('w', 's', answer('w'), 20);
    small.set('v', 's', answer('v'), 25); // 105 > 100: x goes
    expect(small.get('x', 's')).toBeUndefined();
    expect(small.get('v', 's')).toBeDefined();
    // One answer over a quarter of the budget is never kept (it would flush the others).
    small.set('huge', 's', answer('huge'), 26);
    expect(small.get('huge', 's')).toBeUndefined();
    expect(small.get('y', 's')).toBeDefined();
  });

  it('hands out copies: a caller changing its result does not change the next one', () => {
    const cache = new ResultCache();
    cache.set('k', 's', answer('a'), 2);
    const first = cache.get('k', 's')!;
    (first as Record<string, unknown>).isError = true;
    expect(cache.get('k', 's')!.isError).toBeUndefined();
  });

  it("changes the store's stamp on this connection's commits and on another process's", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cb-stamp-')), 'cb.db');
    const store = openStore(path);
    const other = openStore(path);
    try {
      const s0 = store.changeStamp();
      expect(store.changeStamp()).toBe(s0); // reading changes nothing
      store.write(() => store.allowlist.add({ kind: 'name', value: 'web', description: '', jobs: [], host: 'local' }));
      const s1 = store.changeStamp();
      expect(s1).not.toBe(s0);
      other.write(() => other.allowlist.add({ kind: 'name', value: 'db', description: '', jobs: [], host: 'local' }));
      expect(store.changeStamp()).not.toBe(s1);
    } finally {
      other.close();
      store.close();
    }
  });

  it('is allowed only to read-only tools without an app (their answers depend on nobody)', () => {
    for (const tool of ALL_TOOLS.filter((t) => t.cacheable)) {
      expect(tool.annotations.readOnlyHint, tool.name).toBe(true);
      expect(tool.app, tool.name).toBeUndefined();
    }
    expect(ALL_TOOLS.find((t) => t.name === 'list_runs')?.cacheable?.({ since: '24h' } as never)).toBe(false);
  });
});
