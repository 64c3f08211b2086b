import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerSkipped } from '../helpers/docker.js';
import { INIT, metric, openSession, post, rpc, startHttp, type HttpHandle } from '../helpers/http-server.js';

/**
 * Sessions cost memory and an engine listener each: a failed initialize must leave nothing
 * behind, and no caller (nor all of them together) may open sessions without bound.
 */
describe.skipIf(dockerSkipped)('HTTP session lifecycle and caps', () => {
  let srv: HttpHandle;
  let admin: string;
  const SERVERS = 'cyberbrain_mcp_servers';
  const STREAMABLE = 'cyberbrain_active_sessions{transport="streamable-http"}';

  beforeAll(async () => {
    srv = await startHttp(['--rate-limit', '100000', '--max-sessions-per-caller', '3', '--max-sessions', '5']);
    admin = `Bearer ${srv.token('metrics-reader', 'admin')}`;
  });
  afterAll(async () => {
    await srv?.stop();
  });

  const end = (auth: string, id: string) => fetch(srv.url, { method: 'DELETE', headers: { Authorization: auth, 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' } });

  it('releases the MCP server of every failed initialize (200 of them)', async () => {
    // Default caps here (32 per caller): the failures must not count against them either.
    const srv = await startHttp(['--rate-limit', '100000']);
    try {
      await failedInitializesLeaveNothing(srv, `Bearer ${srv.token('metrics-reader', 'admin')}`);
    } finally {
      await srv.stop();
    }
  });

  const failedInitializesLeaveNothing = async (srv: HttpHandle, admin: string) => {
    const end = (auth: string, id: string) => fetch(srv.url, { method: 'DELETE', headers: { Authorization: auth, 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' } });
    expect(await metric(srv.base, admin, SERVERS)).toBe(0);
    expect(await metric(srv.base, admin, STREAMABLE)).toBe(0);
    const tok = `Bearer ${srv.token('failing', 'runs:read')}`;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 200; i++) {
      // Alternately: an Accept without text/event-stream, and one without application/json (both 406).
      const accept = i % 2 ? 'application/json' : 'text/event-stream';
      const res = await post(srv.url, INIT, { Authorization: tok, accept });
      await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 406: 200 });
    expect(await metric(srv.base, admin, SERVERS)).toBe(0);
    expect(await metric(srv.base, admin, STREAMABLE)).toBe(0);
    // …and the failures took no places: this caller can still open sessions.
    const ids = [await openSession(srv.url, tok), await openSession(srv.url, tok), await openSession(srv.url, tok)];
    expect(await metric(srv.base, admin, SERVERS)).toBe(3);
    for (const id of ids) expect((await end(tok, id)).status).toBe(200);
    expect(await metric(srv.base, admin, SERVERS)).toBe(0);
  };

  it('caps sessions per caller (429) and in total (503), with Retry-After, and gives places back', async () => {
    const a = `Bearer ${srv.token('cap-a', 'runs:read')}`;
    const b = `Bearer ${srv.token('cap-b', 'runs:read')}`;
    const mine = [await openSession(srv.url, a), await openSession(srv.url, a), await openSession(srv.url, a)];
    const over = await rpc(srv.url, INIT, { Authorization: a });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.messages[0]?.error?.message).toMatch(/Too many sessions: "cap-a" has 3 open/);
    const theirs = [await openSession(srv.url, b), await openSession(srv.url, b)];
    // Five open in all: b is under its own cap, but the server is full.
    const full = await rpc(srv.url, INIT, { Authorization: b });
    expect(full.status).toBe(503);
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(full.messages[0]?.error?.message).toContain('Server busy');
    const ac = new AbortController();
    const sse = await fetch(`${srv.base}/sse`, { headers: { Authorization: b }, signal: ac.signal });
    expect(sse.status).toBe(503);
    ac.abort();
    expect(await metric(srv.base, admin, SERVERS)).toBe(5);
    // A session ended with DELETE frees its place at once.
    expect((await end(a, mine.pop()!)).status).toBe(200);
    mine.push(await openSession(srv.url, a));
    for (const id of mine) expect((await end(a, id)).status).toBe(200);
    for (const id of theirs) expect((await end(b, id)).status).toBe(200);
    expect(await metric(srv.base, admin, SERVERS)).toBe(0);
    expect(await metric(srv.base, admin, STREAMABLE)).toBe(0);
  });

  it('answers a GET or DELETE for an unknown session with 404 and says what to do', async () => {
    const h = { Authorization: admin, 'mcp-session-id': 'no-such-session', 'mcp-protocol-version': '2025-06-18' };
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(srv.url, { method, headers: { ...h, accept: 'text/event-stream' } });
      expect(res.status, method).toBe(404);
      expect(await res.text()).toMatch(/Session not found.*initialize again/);
    }
  });
});
