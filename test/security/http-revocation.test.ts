import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerSkipped } from '../helpers/docker.js';
import { metric, openSession, startHttp, type HttpHandle } from '../helpers/http-server.js';

const sleep = (ms: number) => new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));

/** Reads a response body to its end; resolves with the time it ended (or failed). */
const endOf = (res: Response): Promise<number> => {
  const reader = res.body!.getReader();
  return (async () => {
    for (;;) if ((await reader.read()).done) return Date.now();
  })().catch(() => Date.now());
};

/**
 * `cyberbrain-mcp token revoke NAME` runs in another process and only writes to SQLite: the
 * server must notice, and end that token's open streams and sessions within a second.
 */
describe.skipIf(dockerSkipped)('revoking a token ends its HTTP sessions', () => {
  let srv: HttpHandle;
  let admin: string;
  const aborts: AbortController[] = [];

  beforeAll(async () => {
    srv = await startHttp(['--rate-limit', '100000']);
    admin = `Bearer ${srv.token('watcher', 'admin')}`;
  });
  afterAll(async () => {
    for (const a of aborts) a.abort();
    await srv?.stop();
  });

  /** Opens a Streamable HTTP session and its GET notification stream; returns when the stream ends. */
  const streamFor = async (auth: string) => {
    const id = await openSession(srv.url, auth);
    const ac = new AbortController();
    aborts.push(ac);
    const res = await fetch(srv.url, { headers: { Authorization: auth, accept: 'text/event-stream', 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' }, signal: ac.signal });
    expect(res.status).toBe(200);
    return { id, ended: endOf(res) };
  };

  it('ends the Streamable HTTP session and its open GET stream within a second, and only that token\'s', async () => {
    const doomed = `Bearer ${srv.token('doomed', 'runs:read')}`;
    const keeper = `Bearer ${srv.token('keeper', 'runs:read')}`;
    const d = await streamFor(doomed);
    const k = await streamFor(keeper);
    // Control: nothing ends the streams while the tokens are good.
    expect(await Promise.race([d.ended, k.ended, sleep(1_200)])).toBe('timeout');

    expect(srv.cli('token', 'revoke', 'doomed').code).toBe(0);
    const revokedAt = Date.now();
    const ended = await Promise.race([d.ended, sleep(3_000)]);
    expect(ended, 'the revoked token\'s stream is still open after 3 s').not.toBe('timeout');
    expect((ended as number) - revokedAt).toBeLessThanOrEqual(1_000);
    // The session is gone, not just the stream; the other token's stream is untouched.
    expect(await metric(srv.base, admin, 'cyberbrain_mcp_servers')).toBe(1);
    expect(await Promise.race([k.ended, sleep(1_200)])).toBe('timeout');
    const del = await fetch(srv.url, { method: 'DELETE', headers: { Authorization: keeper, 'mcp-session-id': k.id, 'mcp-protocol-version': '2025-06-18' } });
    expect(del.status).toBe(200);
  });

  it('ends a legacy HTTP+SSE session too', async () => {
    const tok = `Bearer ${srv.token('doomed-sse', 'runs:read')}`;
    const ac = new AbortController();
    aborts.push(ac);
    const res = await fetch(`${srv.base}/sse`, { headers: { Authorization: tok }, signal: ac.signal });
    expect(res.status).toBe(200);
    const ended = endOf(res);
    expect(await Promise.race([ended, sleep(600)])).toBe('timeout');
    expect(srv.cli('token', 'revoke', 'doomed-sse').code).toBe(0);
    const revokedAt = Date.now();
    const at = await Promise.race([ended, sleep(3_000)]);
    expect(at, 'the revoked token\'s SSE stream is still open after 3 s').not.toBe('timeout');
    expect((at as number) - revokedAt).toBeLessThanOrEqual(1_000);
    expect(await metric(srv.base, admin, 'cyberbrain_active_sessions{transport="sse"}')).toBe(0);
  });
});
