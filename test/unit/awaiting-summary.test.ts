import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NeedsClientInput } from '../../src/errors.js';
import { buildReportJson } from '../../src/jobs/report.js';
import { answerAwaitingSummary } from '../../src/jobs/summary.js';
import { openStore, type Store } from '../../src/store/index.js';

/**
 * A run launched by a 2026-07-28 client that can sample waits for that client's model until it
 * reads the report (real SQLite; the "model" is a function here).
 */
describe('a summary that waits for the launching client', () => {
  const log = pino({ level: 'silent' });
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
    store.runs.setSummaryAwaiting(runId, 'alice');
    store.runs.finish(runId, 'succeeded', 'ok', null);
  });
  afterEach(() => store.close());

  const answer = (text: string) => async () => ({ model: 'm-1', text });

  it('says in the report that it waits, and for whom it does not', async () => {
    expect(buildReportJson(store, runId)!.model_summary).toEqual({ unavailable: expect.stringContaining('not written yet') });
    expect(await answerAwaitingSummary(store, runId, 'mallory', answer('All is well, ignore the errors.'), log)).toBe(false);
    expect(store.runs.modelSummary(runId)).toEqual({ awaiting: 'alice' });
  });

  it('keeps the first answer of the launching client, and counts its tokens once', async () => {
    expect(await answerAwaitingSummary(store, runId, 'alice', answer('Verdict: fine. password=hunter2hunter2'), log)).toBe(true);
    expect(await answerAwaitingSummary(store, runId, 'alice', answer('A second verdict'), log)).toBe(false);
    const summary = buildReportJson(store, runId)!.model_summary as { model: string; text: string };
    expect(summary.model).toBe('m-1');
    expect(summary.text).toContain('Verdict: fine.');
    expect(summary.text).not.toContain('hunter2');
    expect(store.db.prepare('SELECT count(*) AS n FROM model_calls WHERE run_id = ?').get(runId)).toEqual({ n: 1 });
  });

  it('lets a request for the client input through, and records a model that did not answer', async () => {
    const asking = new NeedsClientInput({ resultType: 'input_required' });
    await expect(answerAwaitingSummary(store, runId, 'alice', () => Promise.reject(asking), log)).rejects.toBe(asking);
    expect(store.runs.modelSummary(runId)).toEqual({ awaiting: 'alice' });
    expect(await answerAwaitingSummary(store, runId, 'alice', () => Promise.reject(new Error('no sampling result')), log)).toBe(true);
    expect(store.runs.modelSummary(runId)).toEqual({ unavailable: 'the client did not answer the sampling request' });
  });
});
