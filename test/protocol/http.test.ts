import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';
import { httpClient, INIT, metric, openSession, post, rpc, startHttp, type HttpHandle } from '../helpers/http-server.js';

const structured = <T>(r: unknown) => (r as { structuredContent: T }).structuredContent;

describe.skipIf(dockerSkipped)('HTTP transport', () => {
  const c = new TestContainers();
  let srv: HttpHandle;
  let admin: string;
  let reader: string;

  beforeAll(async () => {
    c.run('web', 'echo "ERROR boom"; sleep 3600');
    srv = await startHttp(['--rate-limit', '300', '--body-limit', '4096'], { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '200' });
    admin = srv.token('admin-tok', 'admin');
    reader = srv.token('reader-tok', 'runs:read');
  });
  afterAll(async () => {
    await srv?.stop();
    c.removeAll();
  });

  it('serves the same tools as stdio over Streamable HTTP and runs a directive with progress', async () => {
    const snapshot = (name: string) => readFileSync(join(ROOT, `test/protocol/__toolsnaps__/${name}.json`), 'utf8');
    const session = await httpClient(srv.url, admin, 'streamable', 'legacy');
    try {
      const { tools } = await session.listTools();
      for (const t of tools) expect(JSON.stringify(t, null, 2) + '\n').toBe(snapshot(t.name));
    } finally {
      await session.close();
    }
    // 2026-07-28, stateless: the same tools, without the 2025-era `execution` (MCP tasks).
    const client = await httpClient(srv.url, admin);
    try {
      const { tools } = await client.listTools();
      for (const t of tools) {
        const { execution: _execution, ...expected } = JSON.parse(snapshot(t.name));
        expect(t).toEqual(expected);
      }
      expect(tools).toHaveLength(16);
      await client.callTool({ name: 'set_allowlist', arguments: { add: [{ kind: 'name', value: c.name('web') }] } });
      const progress: number[] = [];
      const r = await client.callTool({ name: 'launch_run', arguments: { directive: 'D1', wait: true } }, { onprogress: (p) => progress.push(p.progress) });
      expect(structured<{ status: string }>(r).status).toBe('succeeded');
      expect(progress.length).toBeGreaterThanOrEqual(1);
      const runId = structured<{ run_id: string }>(r).run_id;
      const report = await client.readResource({ uri: `cyberbrain://runs/${runId}/report` });
      expect((report.contents[0] as { text: string }).text).toContain(c.name('web'));
    } finally {
      await client.close();
    }
  });

  it('sends progress to 2025-era sessions too', async () => {
    const session = await httpClient(srv.url, admin, 'streamable', 'legacy');
    try {
      const progress: number[] = [];
      const r = await session.callTool({ name: 'launch_run', arguments: { directive: 'D1', wait: true } }, { onprogress: (p) => progress.push(p.progress) });
      expect(structured<{ status: string }>(r).status).toBe('succeeded');
      expect(progress.length).toBeGreaterThanOrEqual(1);
    } finally {
      await session.close();
    }
  });

  it('answers a request of the wrong shape with -32602 naming the field, in both eras', async () => {
    const auth = { Authorization: `Bearer ${admin}` };
    const bad = { jsonrpc: '2.0', id: 5, method: 'resources/read', params: { uri: 42 } };
    const envelope = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
    const modern = await rpc(srv.url, { ...bad, params: { ...bad.params, _meta: envelope } }, { ...auth, 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'resources/read' });
    const session = await openSession(srv.url, `Bearer ${admin}`);
    const legacy = await rpc(srv.url, bad, { ...auth, 'mcp-session-id': session, 'mcp-protocol-version': '2025-11-25' });
    for (const r of [modern, legacy]) {
      expect(r.messages[0]?.error?.code, r.text).toBe(-32602);
      expect(r.messages[0]?.error?.message).toMatch(/^Invalid params for resources\/read: uri: /);
    }
  });

  it.each(['legacy', 'modern'] as const)('notifies subscribers when a run ends (%s: session stream, or subscriptions/listen)', async (era) => {
    const client = await httpClient(srv.url, admin, 'streamable', era);
    try {
      const updated: string[] = [];
      client.setNotificationHandler('notifications/resources/updated', (n) => void updated.push((n.params as { uri: string }).uri));
      const r = await client.callTool({ name: 'launch_run', arguments: { directive: 'D1' } });
      const uri = `cyberbrain://runs/${structured<{ run_id: string }>(r).run_id}/report`;
      if (era === 'modern') await client.listen({ resourceSubscriptions: [uri] });
      else await client.subscribeResource({ uri });
      await waitUntil(() => updated.includes(uri), 15_000, 'resources/updated over HTTP');
    } finally {
      await client.close();
    }
  });

  it('runs launch_run {wait: true} as a task for 2026-07-28 clients with the tasks extension, and cancels it', async () => {
    const envelope = {
      'io.modelcontextprotocol/protocolVersion': '2026-07-28',
      'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' },
      'io.modelcontextprotocol/clientCapabilities': { extensions: { 'io.modelcontextprotocol/tasks': {} } },
    };
    let id = 900;
    const send = async (method: string, params: Record<string, unknown>, name?: string) => {
      const r = await rpc(srv.url, { jsonrpc: '2.0', id: id++, method, params: { ...params, _meta: envelope } }, {
        Authorization: `Bearer ${admin}`,
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': method,
        ...(name ? { 'mcp-name': name } : {}),
      });
      expect(r.status, r.text).toBe(200);
      return r.messages.at(-1)!.result as Record<string, unknown>;
    };
    const created = await send('tools/call', { name: 'launch_run', arguments: { directive: 'D1', wait: true } }, 'launch_run');
    expect(created).toMatchObject({ resultType: 'task', status: 'working', taskId: expect.any(String), ttlMs: expect.any(Number) });
    expect(created).not.toHaveProperty('task');
    let task = created;
    await waitUntil(async () => {
      task = await send('tasks/get', { taskId: created.taskId }, String(created.taskId));
      return task.status !== 'working';
    }, 20_000, 'the task to complete');
    expect(task.status).toBe('completed');
    expect(structured<{ status: string }>(task.result).status).toBe('succeeded');
    // A call that ends at once stays a plain call.
    const quick = await send('tools/call', { name: 'list_directives', arguments: {} }, 'list_directives');
    expect(quick.resultType).toBe('complete');
    // Cancelling a running task cancels its run.
    const slow = await send('tools/call', { name: 'launch_run', arguments: { directive: 'D1', wait: true } }, 'launch_run');
    expect(await send('tasks/cancel', { taskId: slow.taskId }, String(slow.taskId))).toMatchObject({ resultType: 'complete' });
    expect((await send('tasks/get', { taskId: slow.taskId }, String(slow.taskId))).status).toBe('cancelled');
    // Another caller does not see it.
    const other = await rpc(srv.url, { jsonrpc: '2.0', id: id++, method: 'tasks/get', params: { taskId: slow.taskId, _meta: envelope } }, {
      Authorization: `Bearer ${reader}`,
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': 'tasks/get',
      'mcp-name': String(slow.taskId),
    });
    expect(other.messages.at(-1)?.error?.code).toBe(-32602);
  });

  it('speaks the legacy HTTP+SSE transport too', async () => {
    const client = await httpClient(srv.url, admin, 'sse');
    try {
      const r = await client.callTool({ name: 'list_directives', arguments: {} });
      expect(structured<{ directives: unknown[] }>(r).directives).toHaveLength(4);
    } finally {
      await client.close();
    }
  });

  it('refuses a request without a token with 401 and says how to get one', async () => {
    const res = await post(srv.url, INIT);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(await res.text()).toContain('token create');
    expect((await post(srv.url, INIT, { Authorization: 'Bearer cbt_nope' })).status).toBe(401);
  });

  it('hides and refuses tools outside the caller\'s scopes (403)', async () => {
    const client = await httpClient(srv.url, reader);
    try {
      const names = (await client.listTools()).tools.map((t) => t.name);
      expect(names).toContain('list_runs');
      expect(names).not.toContain('set_allowlist');
      expect(names).not.toContain('launch_run');
    } finally {
      await client.close();
    }
    const res = await post(srv.url, { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'set_allowlist', arguments: {} } }, { Authorization: `Bearer ${reader}` });
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toContain('insufficient_scope');
    expect(await res.text()).toContain('needs scope admin');
  });

  it('records the token name in the audit log for writes', async () => {
    const audit = srv.cli('allowlist', 'ls');
    expect(audit.code).toBe(0);
    const db = (await import('better-sqlite3')).default;
    const conn = new db(join(srv.dataDir, 'cyberbrain.db'), { readonly: true });
    try {
      const rows = conn.prepare("SELECT actor, transport FROM audit_log WHERE action = 'allowlist.change'").all();
      expect(rows).toContainEqual({ actor: 'admin-tok', transport: 'http' });
    } finally {
      conn.close();
    }
  });

  it('refuses a foreign Origin or Host with 403', async () => {
    expect((await post(srv.url, INIT, { Authorization: `Bearer ${admin}`, Origin: 'http://evil.example' })).status).toBe(403);
    // fetch may not set Host: a raw request does, as a DNS-rebinding page's would arrive.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${srv.base}/healthz`, { headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('refuses an oversized body with 413, without a stack trace', async () => {
    const res = await post(srv.url, { ...INIT, padding: 'x'.repeat(10_000) }, { Authorization: `Bearer ${admin}` });
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(text).toContain('too large');
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers a non-JSON POST with 415, bad JSON with 400 -32700, and an unknown session with 404', async () => {
    const auth = { Authorization: `Bearer ${reader}` };
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await post(srv.url, INIT, { ...auth, 'content-type': contentType });
      expect(res.status, contentType).toBe(415);
      const body = await res.json();
      expect(body).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 } });
      expect(body.error.message).toContain('Content-Type: application/json');
    }
    const legacy = await fetch(`${srv.base}/messages?sessionId=x`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: JSON.stringify(INIT) });
    expect(legacy.status).toBe(415);
    const bad = await post(srv.url, '{"jsonrpc": "2.0", "id": 1, "method": "initialize", ', auth);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: -32700, message: expect.stringContaining('Parse error') } });
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(srv.url, { method, headers: { ...auth, accept: 'text/event-stream', 'mcp-session-id': 'not-a-session', 'mcp-protocol-version': '2025-06-18' } });
      expect(res.status, method).toBe(404);
      expect((await res.json()).error.message).toMatch(/^Session not found: .*Send initialize again/);
    }
  });

  it('stops a revoked token at once', async () => {
    const tok = srv.token('short-lived', 'runs:read');
    expect((await post(srv.url, INIT, { Authorization: `Bearer ${tok}` })).status).toBe(200);
    expect(srv.cli('token', 'revoke', 'short-lived').code).toBe(0);
    expect((await post(srv.url, INIT, { Authorization: `Bearer ${tok}` })).status).toBe(401);
  });

  it('reports health and metrics', async () => {
    const health = await (await fetch(`${srv.base}/healthz`)).json();
    expect(health).toMatchObject({ engine: 'ok', database: 'ok' });
    const metrics = await (await fetch(`${srv.base}/metrics`, { headers: { Authorization: `Bearer ${admin}` } })).text();
    expect(metrics).toMatch(/cyberbrain_tool_calls_total\{tool="launch_run",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/cyberbrain_runs\{status="succeeded"\} \d+/);
    expect((await fetch(`${srv.base}/metrics`)).status).toBe(401);
  });
});

describe.skipIf(dockerSkipped)('HTTP rate limit and startup rules', () => {
  it('answers 429 with Retry-After past the rate', async () => {
    const srv = await startHttp(['--rate-limit', '5']);
    try {
      const tok = srv.token('busy', 'runs:read');
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await post(srv.url, INIT, { Authorization: `Bearer ${tok}` })).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      const res = await post(srv.url, INIT, { Authorization: `Bearer ${tok}` });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await srv.stop();
    }
  });

  it('holds 2026-07-28 subscriptions/listen streams to the session caps, and closes a revoked token\'s', async () => {
    const srv = await startHttp(['--max-sessions-per-caller', '1']);
    try {
      const tok = srv.token('listener', 'runs:read');
      const watcher = `Bearer ${srv.token('watcher', 'runs:read')}`;
      const first = await httpClient(srv.url, tok);
      const second = await httpClient(srv.url, tok);
      try {
        const sub = await first.listen({ resourceSubscriptions: ['cyberbrain://allowlist'] });
        await expect(second.listen({ resourceSubscriptions: ['cyberbrain://allowlist'] })).rejects.toThrow(/429|Too many sessions/);
        expect(await metric(srv.base, `Bearer ${tok}`, 'cyberbrain_active_sessions{transport="listen"}')).toBe(1);
        expect(srv.cli('token', 'revoke', 'listener').code).toBe(0);
        await waitUntil(async () => (await metric(srv.base, watcher, 'cyberbrain_active_sessions{transport="listen"}')) === 0, 10_000, 'the revoked token\'s stream to close');
        void sub;
      } finally {
        await first.close().catch(() => undefined);
        await second.close().catch(() => undefined);
      }
    } finally {
      await srv.stop();
    }
  });

  it('turns the deprecated HTTP+SSE transport off with --no-legacy-sse', async () => {
    const srv = await startHttp(['--no-legacy-sse']);
    try {
      const tok = srv.token('no-sse', 'runs:read');
      expect((await fetch(`${srv.base}/sse`, { headers: { Authorization: `Bearer ${tok}` } })).status).toBe(404);
      expect((await post(`${srv.base}/messages?sessionId=x`, INIT, { Authorization: `Bearer ${tok}` })).status).toBe(404);
      expect((await post(srv.url, INIT, { Authorization: `Bearer ${tok}` })).status).toBe(200);
      expect(srv.stderr()).toContain('legacy SSE off');
    } finally {
      await srv.stop();
    }
  });

  it('accepts --insecure-no-auth on loopback only', async () => {
    const open = await startHttp(['--insecure-no-auth']);
    try {
      expect((await post(open.url, INIT)).status).toBe(200);
      expect(open.stderr()).toContain('authentication is OFF');
    } finally {
      await open.stop();
    }
    await expect(startHttp(['--insecure-no-auth', '--host', '0.0.0.0'])).rejects.toThrow(/loopback address only/);
  });

  it('expires idle sessions and releases them', async () => {
    const srv = await startHttp(['--idle-timeout', '1']);
    try {
      const tok = srv.token('idle', 'runs:read');
      const init = await post(srv.url, INIT, { Authorization: `Bearer ${tok}` });
      const session = init.headers.get('mcp-session-id')!;
      await init.text();
      const ping = () => post(srv.url, { jsonrpc: '2.0', id: 2, method: 'ping' }, { Authorization: `Bearer ${tok}`, 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' });
      expect((await ping()).status).toBe(200);
      // Quiet for three idle periods: the sweeper (every second here) must have closed it.
      await new Promise((r) => setTimeout(r, 3_500));
      expect((await ping()).status).toBe(404);
    } finally {
      await srv.stop();
    }
  });

  it('refuses DEBUG_REDACTED_MODE=false beyond loopback', async () => {
    await expect(startHttp(['--host', '0.0.0.0'], { DEBUG_REDACTED_MODE: 'false' })).rejects.toThrow(/DEBUG_REDACTED_MODE=false is refused/);
  });
});
