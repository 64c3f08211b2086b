import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startServer, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers } from '../helpers/docker.js';
import { httpClient, startHttp } from '../helpers/http-server.js';

/**
 * A directive that asks for a summary, run from a client that can sample (its "model" is the
 * test). A 2025-era client is asked mid-run (a server-to-client request); a 2026-07-28 client,
 * which cannot be asked mid-run, when it reads the report (input_required).
 */
describe.skipIf(dockerSkipped)('model summary through sampling', () => {
  const c = new TestContainers();
  let srv: ServerHandle;
  let prompts: string[] = [];

  beforeAll(async () => {
    c.run('svc', 'echo "ERROR upstream refused"; sleep 3600');
    srv = await startServer({ era: 'legacy', capabilities: { sampling: {} } });
    srv.client.setRequestHandler('sampling/createMessage', async (req) => {
      const content = (req.params as { messages: { content: unknown }[] }).messages[0]!.content as { type: string; text: string };
      prompts.push(content.text);
      return { model: 'test-model-1', role: 'assistant', content: { type: 'text', text: 'Verdict: svc refuses upstream connections; check the upstream.' } };
    });
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: c.name('svc') }] });
    await ok(srv.client, 'create_directive', { name: 'triage-summary', copy_from: 'D1', spec: { summarize: true } });
  });
  afterAll(async () => {
    await srv?.close();
    c.removeAll();
  });

  it('puts the model verdict at the top of the report and stores only token counts', async () => {
    const run = await ok<{ run_id: string }>(srv.client, 'launch_run', { directive: 'triage-summary', wait: true });
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toContain('<run-data>');
    expect(prompts[0]).toContain('upstream refused');
    const md = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: run.run_id });
    expect(md.markdown.indexOf('## Summary (by test-model-1)')).toBeGreaterThan(0);
    expect(md.markdown.indexOf('## Summary')).toBeLessThan(md.markdown.indexOf('## Findings'));
    expect(md.markdown).toContain('Verdict: svc refuses upstream connections');

    const db = new Database(srv.dbPath, { readonly: true });
    try {
      const calls = db.prepare('SELECT * FROM model_calls').all() as { model: string; input_tokens: number; output_tokens: number; run_id: string }[];
      expect(calls).toEqual([expect.objectContaining({ run_id: run.run_id, model: 'test-model-1', input_tokens: expect.any(Number), output_tokens: expect.any(Number) })]);
      expect(calls[0]!.input_tokens).toBeGreaterThan(0);
      // The prompt exists nowhere in the database: its opening tag would show it.
      const everything = JSON.stringify(db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all().flatMap((t) => db.prepare(`SELECT * FROM "${(t as { name: string }).name}"`).all()));
      expect(everything).not.toContain('<run-data>');
    } finally {
      db.close();
    }
  });

  it('asks a 2026-07-28 client that can sample when it reads the report (input_required), once', async () => {
    const modern = await startServer({ dataDir: srv.dataDir, era: 'modern', capabilities: { sampling: {} } });
    try {
      const asked: string[] = [];
      modern.client.setRequestHandler('sampling/createMessage', async (req) => {
        asked.push(((req.params as { messages: { content: { text: string } }[] }).messages[0]!.content.text));
        return { model: 'test-model-2', role: 'assistant', content: { type: 'text', text: 'Verdict (2026): svc cannot reach its upstream.' } };
      });
      const run = await ok<{ run_id: string; status: string }>(modern.client, 'launch_run', { directive: 'triage-summary', wait: true });
      expect(run.status).toBe('succeeded');
      expect(asked).toEqual([]); // not mid-run: a 2026 request cannot hold a server-to-client request open
      const md = await ok<{ markdown: string; saved_to: string }>(modern.client, 'get_run_report', { run_id: run.run_id });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('upstream refused');
      expect(md.markdown).toContain('## Summary (by test-model-2)');
      expect(md.markdown.indexOf('## Summary')).toBeLessThan(md.markdown.indexOf('## Findings'));
      // The saved report file carries it too, and a second read asks nothing.
      expect(readFileSync(md.saved_to, 'utf8')).toContain('Verdict (2026): svc cannot reach its upstream.');
      const again = await ok<{ markdown: string }>(modern.client, 'get_run_report', { run_id: run.run_id });
      expect(again.markdown).toContain('Verdict (2026)');
      expect(asked).toHaveLength(1);
    } finally {
      await modern.close();
    }
  });

  it('over stateless HTTP, only the launching caller\'s model writes the verdict', async () => {
    const http = await startHttp([], {}, srv.dataDir);
    const sampling = { sampling: {} };
    const alice = await httpClient(http.url, http.token('alice', 'admin'), 'streamable', 'modern', sampling);
    const bob = await httpClient(http.url, http.token('bob', 'admin'), 'streamable', 'modern', sampling);
    try {
      const asked: string[] = [];
      for (const [client, name] of [[alice, 'alice'], [bob, 'bob']] as const) {
        client.setRequestHandler('sampling/createMessage', async () => {
          asked.push(name);
          return { model: `model-of-${name}`, role: 'assistant', content: { type: 'text', text: `Verdict by ${name}.` } };
        });
      }
      const run = await ok<{ run_id: string }>(alice, 'launch_run', { directive: 'triage-summary', wait: true });
      const byBob = await ok<{ markdown: string }>(bob, 'get_run_report', { run_id: run.run_id });
      expect(asked).toEqual([]);
      expect(byBob.markdown).toContain('_No model summary: not written yet');
      const byAlice = await ok<{ markdown: string }>(alice, 'get_run_report', { run_id: run.run_id });
      expect(asked).toEqual(['alice']);
      expect(byAlice.markdown).toContain('## Summary (by model-of-alice)');
      expect((await ok<{ markdown: string }>(bob, 'get_run_report', { run_id: run.run_id })).markdown).toContain('Verdict by alice.');
    } finally {
      await alice.close();
      await bob.close();
      await http.stop();
    }
  });

  it('runs without a summary when the client cannot sample', async () => {
    const plain = await startServer({ dataDir: srv.dataDir });
    try {
      prompts = [];
      const run = await ok<{ run_id: string; status: string }>(plain.client, 'launch_run', { directive: 'triage-summary', wait: true });
      expect(run.status).toBe('succeeded');
      const md = await ok<{ markdown: string }>(plain.client, 'get_run_report', { run_id: run.run_id });
      expect(md.markdown).not.toContain('## Summary');
      expect(md.markdown).toContain('_No model summary: the client does not offer MCP sampling');
      expect(prompts).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
