import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';

const C1 = { id: '1'.repeat(64), name: 'web' };
const C2 = { id: '2'.repeat(64), name: 'db' };

describe('store', () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(join(mkdtempSync(join(tmpdir(), 'cb-store-')), 'test.db'));
  });
  afterEach(() => store.close());

  const d1 = (limit = 16) => {
    const d = store.directives.get('D1')!;
    return { ...d, spec: { ...d.spec, concurrency_limit: limit } };
  };
  const newRun = (containers = [C1], owner = 'me', heartbeatMs = 5_000, directive = d1()) =>
    store.runs.create({
      directive,
      containers,
      jobs: containers.map((c) => ({ job: 'inventory' as const, container_id: c.id, container_name: c.name, status: 'pending' as const })),
      ownerId: owner,
      heartbeatMs,
      transport: 'stdio',
    });

  it('seeds the four built-in directives once, even when opened twice', () => {
    store.directives.seedBuiltins();
    expect(store.directives.list().map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(store.directives.get('log-triage')?.id).toBe('D1');
    expect(store.directives.get('d2')?.name).toBe('gpu-report');
  });

  it('versions directives: a new version becomes current and the old one stays readable', () => {
    const d1 = store.directives.get('D1')!;
    store.write(() => store.directives.addVersion('D1', d1.current_version, { ...d1.spec, title: 'Triage v2' }, 'test'));
    expect(store.directives.get('D1')!.version).toBe(2);
    expect(store.directives.get('D1')!.spec.title).toBe('Triage v2');
    expect(store.directives.get('D1', 1)!.spec.title).toBe('Log Triage');
    expect(store.directives.get('D1')!.history.map((h) => h.version)).toEqual([2, 1]);
  });

  it('gives new directives the next D-number', () => {
    const d = store.write(() => store.directives.create('nightly', store.directives.get('D4')!.spec, 'test'));
    expect(d.id).toBe('D5');
  });

  it('lists runs newest first with keyset pagination that neither repeats nor skips', () => {
    const ids = Array.from({ length: 25 }, () => {
      const id = newRun();
      store.runs.finish(id, 'succeeded', 'ok', null); // D1 allows 16 active runs at most
      return id;
    });
    const page1 = store.runs.list({}, 10);
    const page2 = store.runs.list({ before_seq: page1[9]!.seq }, 10);
    const page3 = store.runs.list({ before_seq: page2[9]!.seq }, 10);
    const seen = [...page1, ...page2, ...page3].map((r) => r.id);
    expect(seen).toEqual([...ids].reverse());
  });

  it('filters by container and finds what happened since the last success', () => {
    const a = newRun([C1]);
    store.runs.finish(a, 'succeeded', 'ok', null);
    const b = newRun([C2]);
    const c = newRun([C1, C2]);
    expect(store.runs.list({ container: 'web' }, 10).map((r) => r.id)).toEqual([c, a]);
    expect(store.runs.list({ container: '1'.repeat(12) }, 10).map((r) => r.id)).toEqual([c, a]);
    expect(store.runs.lastSuccess({ container: 'web' })?.id).toBe(a);
    expect(store.runs.list({ container: 'web', after_seq: store.runs.get(a)!.seq }, 10).map((r) => r.id)).toEqual([c]);
    expect(store.runs.lastSuccess({ container: 'db' })).toBeUndefined();
    expect(b).toBeTruthy();
  });

  it('marks runs interrupted only when their owner stopped heartbeating', () => {
    const stale = newRun([C1], 'dead-process');
    const live = newRun([C1], 'live-process');
    store.db.prepare('UPDATE runs SET heartbeat_at = ? WHERE id = ?').run(Date.now() - 60_000, stale);
    store.runs.heartbeat('live-process');
    expect(store.runs.sweepInterrupted(30_000)).toEqual([stale]);
    expect(store.runs.get(stale)!.status).toBe('interrupted');
    expect(store.runs.jobs(stale).every((j) => j.status === 'cancelled')).toBe(true);
    expect(store.runs.get(live)!.status).toBe('queued');
  });

  it("judges a run stale by its own owner's heartbeat interval, not the reader's", () => {
    const slow = newRun([C1], 'slow-process', 20_000); // beats every 20 s
    const fast = newRun([C1], 'fast-process', 500);
    const ago = Date.now() - 10_000; // both last beat 10 s ago
    store.db.prepare('UPDATE runs SET heartbeat_at = ?').run(ago);
    expect(store.runs.sweepInterrupted(3_000)).toEqual([fast]); // 10 s is 20 missed beats for fast, half a beat for slow
    expect(store.runs.get(slow)!.status).toBe('queued');
    expect(store.runs.endedAmong([slow, fast])).toEqual([fast]);
  });

  it('enforces a directive\'s concurrency limit in the same transaction as the insert', () => {
    const limited = d1(1);
    const first = newRun([C1], 'a', 5_000, limited);
    expect(() => newRun([C1], 'b', 5_000, limited)).toThrow(/allows 1 active run and 1 is active/);
    store.runs.finish(first, 'succeeded', 'ok', null);
    expect(newRun([C1], 'b', 5_000, limited)).toBeTruthy();
  });

  it('never lets a late job result overwrite a cancelled row', () => {
    const id = newRun();
    const [row] = store.runs.jobs(id);
    store.runs.startJob(row!.id);
    store.runs.finish(id, 'cancelled', 'stopped', null);
    store.runs.finishJob(row!.id, 'succeeded', null, { summary: 'late' });
    expect(store.runs.jobs(id)[0]!.status).toBe('cancelled');
  });

  it('writes a change and its audit row together or not at all', () => {
    const actor = { name: 'tester', transport: 'stdio' };
    expect(() =>
      store.write(() => {
        store.allowlist.add({ kind: 'name', value: 'web', description: '', jobs: [], host: 'local' });
        store.audit.record(actor, 'allowlist.change', 'allowlist', {});
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.allowlist.list()).toEqual([]);
    expect(store.audit.list()).toEqual([]);
  });

  it('has no column that could hold model prompt or response text', () => {
    const cols = store.db.prepare<[], { name: string; type: string }>("SELECT name, type FROM pragma_table_info('model_calls')").all();
    expect(cols.filter((c) => c.type === 'TEXT').map((c) => c.name).sort()).toEqual(['model', 'run_id']);
  });
});
