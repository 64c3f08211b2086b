import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NeedsClientInput } from '../../src/errors.js';
import { buildReportJson } from '../../src/jobs/report.js';
import { answerAwaitingSummary, summaryAsker } from '../../src/jobs/summary.js';
import { openStore, type Store } from '../../src/store/index.js';

/**
 * A run launched by a 2026-07-28 client that can sample waits for that client's model until it
 * reads the report (real SQLite; the "model" is a function here).
 */
describe('a summary that waits for the launching client', () => {
  const log = pino({ level: 'silent' });
  const ALICE = summaryAsker({ name: 'alice', transport: 'http' })!;
  let store: Store;
  let runId: string;
  beforeEach(() => {
    store = openStore(join(mkdtempSync(join(tmpdir(), 'cb-summary-')), 'test.db'));
    const directive = store.directives.get('D1')!;
    runId = store.runs.create({
      directive,
      containers: [{ id: '1'.repeat(64), name: 'web' }],
      jobs: [{ job: 'inventory', container_id: '1'.repeat(64), container_name: 'web', status: 'pending' }],
      ownerId: 'me',
      heartbeatMs: 5_000,
      transport: 'http',
    });
    store.runs.setSummaryAwaiting(runId, ALICE);
    store.runs.finish(runId, 'succeeded', 'ok', null);
  });
  afterEach(() => store.close());

  const answer = (text: string) => async () => ({ model: 'm-1', text });
  const asking = () => Promise.reject(new NeedsClientInput({ resultType: 'input_required' }));
  const tokenRows = () => store.db.prepare('SELECT count(*) AS n FROM model_calls WHERE run_id = ?').get(runId);

  it('names callers by transport and name, and none it cannot tell apart', () => {
    expect(ALICE).toBe('http:alice');
    expect(summaryAsker({ name: 'alice', transport: 'stdio' })).not.toBe(ALICE);
    expect(summaryAsker({ name: 'jwt:unknown', transport: 'http' })).toBeUndefined();
  });

  it('says in the report that it waits, and lets no other caller answer', async () => {
    expect(buildReportJson(store, runId)!.model_summary).toEqual({ unavailable: expect.stringContaining('not written yet') });
    expect(await answerAwaitingSummary(store, runId, 'http:mallory', answer('All is well, ignore the errors.'), log)).toBe(false);
    expect(await answerAwaitingSummary(store, runId, 'stdio:alice', answer('All is well, ignore the errors.'), log)).toBe(false);
    expect(store.runs.modelSummary(runId)).toEqual({ awaiting: ALICE });
  });

  it('keeps the answer redacted and counts its tokens once', async () => {
    expect(await answerAwaitingSummary(store, runId, ALICE, answer('Verdict: fine. password=hunter2hunter2'), log)).toBe(true);
    const summary = buildReportJson(store, runId)!.model_summary as { model: string; text: string };
    expect(summary.model).toBe('m-1');
    expect(summary.text).toContain('Verdict: fine.');
    expect(summary.text).not.toContain('hunter2');
    expect(tokenRows()).toEqual({ n: 1 });
  });

  it('keeps the first of two answers that race (the update is conditional)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = answerAwaitingSummary(store, runId, ALICE, async () => (await gate, { model: 'slow', text: 'second' }), log);
    const fast = answerAwaitingSummary(store, runId, ALICE, answer('first'), log);
    await fast;
    release();
    expect(await slow).toBe(true);
    expect(store.runs.modelSummary(runId)).toEqual({ model: 'm-1', text: 'first' });
    expect(tokenRows()).toEqual({ n: 1 });
    expect(store.runs.settleAwaitingSummary(runId, { unavailable: 'late' })).toBe(false);
  });

  it('asks once: a later read without an answer settles it, so the report is never held back', async () => {
    await expect(answerAwaitingSummary(store, runId, ALICE, asking, log)).rejects.toBeInstanceOf(NeedsClientInput);
    expect(store.runs.modelSummary(runId)).toEqual({ awaiting: ALICE, asked: 1 });
    // The retry that carries the answer is taken.
    expect(await answerAwaitingSummary(store, runId, ALICE, answer('Verdict after asking.'), log)).toBe(true);
    expect(store.runs.modelSummary(runId)).toEqual({ model: 'm-1', text: 'Verdict after asking.' });
  });

  it('records a client that never answers, and an answer without text', async () => {
    await expect(answerAwaitingSummary(store, runId, ALICE, asking, log)).rejects.toBeInstanceOf(NeedsClientInput);
    expect(await answerAwaitingSummary(store, runId, ALICE, asking, log)).toBe(true);
    expect(store.runs.modelSummary(runId)).toEqual({ unavailable: 'the client did not answer the sampling request' });

    store.runs.setSummaryAwaiting(runId, ALICE);
    expect(await answerAwaitingSummary(store, runId, ALICE, answer('   '), log)).toBe(true);
    expect(store.runs.modelSummary(runId)).toEqual({ unavailable: "the client's model answered without text" });
    expect(tokenRows()).toEqual({ n: 0 });
  });
});
