import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { call, ok, startServer, tempDataDir, textOf } from '../helpers/client.js';

/**
 * The summary of a run launched by a 2026-07-28 client is asked when that client reads the report
 * (input_required with a sampling request; see model-summary.test.ts for the whole flow from a
 * real run). Here the runs are written straight into a real database, so no engine is needed: what
 * is under test is the report read by the built server and SDK v2's Client over stdio.
 */
describe('a model summary asked when the report is read', () => {
  const dataDir = tempDataDir();
  const runs: Record<'answered' | 'failing' | 'others' | 'pushed', string> = { answered: '', failing: '', others: '', pushed: '' };

  beforeAll(() => {
    const store = openStore(join(dataDir, 'cyberbrain.db'));
    try {
      const directive = store.directives.get('D1')!;
      for (const [key, asker] of [['answered', 'stdio:local'], ['failing', 'stdio:local'], ['others', 'http:alice'], ['pushed', 'stdio:local']] as const) {
        const id = store.runs.create({
          directive,
          containers: [{ id: '1'.repeat(64), name: 'web' }],
          jobs: [{ job: 'inventory', container_id: '1'.repeat(64), container_name: 'web', status: 'pending' }],
          ownerId: 'seed',
          heartbeatMs: 5_000,
          transport: 'stdio',
        });
        store.runs.setSummaryAwaiting(id, asker);
        store.runs.finish(id, 'succeeded', 'seeded', null);
        runs[key] = id;
      }
    } finally {
      store.close();
    }
  });
  it('asks the launching client once, through input_required, and serves the report with the verdict', async () => {
    const srv = await startServer({ dataDir, era: 'modern', capabilities: { sampling: {} } });
    try {
      const asked: string[] = [];
      srv.client.setRequestHandler('sampling/createMessage', async (req) => {
        asked.push((req.params as { messages: { content: { text: string } }[] }).messages[0]!.content.text);
        return { model: 'read-time-model', role: 'assistant', content: { type: 'text', text: 'Verdict: web looks healthy.' } };
      });
      const first = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: runs.answered });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('<run-data>');
      expect(first.markdown).toContain('## Summary (by read-time-model)');
      expect((await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: runs.answered })).markdown).toContain('Verdict: web looks healthy.');
      expect(asked).toHaveLength(1);
      // Another caller's run: not asked, and said so.
      const others = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: runs.others });
      expect(others.markdown).toContain('_No model summary: not written yet');
      expect(asked).toHaveLength(1);
    } finally {
      await srv.close();
    }
  });

  it('never holds the report back from a client that declares sampling but cannot answer', async () => {
    const srv = await startServer({ dataDir, era: 'modern', capabilities: { sampling: {} } });
    try {
      let asked = 0;
      srv.client.setRequestHandler('sampling/createMessage', async () => {
        asked++;
        throw new Error('the person declined');
      });
      // The first read fails in the client (its own handler refused); the next one gets the report.
      const first = await call(srv.client, 'get_run_report', { run_id: runs.failing }).then(
        (r) => (r.isError ? textOf(r) : 'answered'),
        (err: Error) => err.message,
      );
      expect(first).not.toBe('answered');
      const second = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: runs.failing });
      expect(second.markdown).toContain('_No model summary: the client did not answer the sampling request');
      expect(asked).toBe(1);
      expect(srv.stderr()).not.toContain('tool failed unexpectedly');
    } finally {
      await srv.close();
    }
  });

  it('asks a 2025-era client reading the same kind of run with a pushed sampling request', async () => {
    const srv = await startServer({ dataDir, era: 'legacy', capabilities: { sampling: {} } });
    try {
      let asked = 0;
      srv.client.setRequestHandler('sampling/createMessage', async () => {
        asked++;
        return { model: 'pushed-model', role: 'assistant', content: { type: 'text', text: 'Verdict from a 2025 client.' } };
      });
      const md = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: runs.pushed });
      expect(md.markdown).toContain('## Summary (by pushed-model)');
      expect(asked).toBe(1);
    } finally {
      await srv.close();
    }
  });
});
