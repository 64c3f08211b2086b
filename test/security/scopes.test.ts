import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server.js';
import type { ToolDeps } from '../../src/tools/context.js';
import { METHOD_SCOPE, requiredScope } from '../../src/transport/http/scopes.js';
import { dockerSkipped } from '../helpers/docker.js';
import { INIT, openSession, rpc, startHttp, startJwks, type HttpHandle, type Jwks } from '../helpers/http-server.js';

/**
 * Scope probes against the real built server over HTTP, with real SQLite and a loopback JWKS.
 * One row per probe: who calls (a credential) × what it asks (a JSON-RPC method or tool) → the HTTP
 * status and JSON-RPC outcome required. A new hole becomes a new row first.
 *
 * Scopes nest (admin ⊃ runs:write ⊃ runs:read). Everything that reads (tools/list, resources,
 * completion, tasks) needs runs:read; tools/call needs the tool's scope; tasks/cancel runs:write; a
 * method the server does not list needs admin. A caller holding none of our scopes (a JWT with only
 * "openid profile", a token row with no scope) is refused at the door: 403 insufficient_scope.
 */

type Cred =
  | 'none'
  | 'garbage'
  | 'revoked'
  | 'token-no-scope'
  | 'token-foreign-scope'
  | 'read'
  | 'write'
  | 'admin'
  | 'jwt-read'
  | 'jwt-admin'
  | 'jwt-openid'
  | 'jwt-no-exp'
  | 'jwt-id-token'
  | 'jwt-expired'
  | 'jwt-foreign-key'
  | 'jwt-wrong-aud'
  | 'jwt-alg-none';

const PROBES = {
  initialize: { method: 'initialize', params: INIT.params },
  ping: { method: 'ping' },
  'tools/list': { method: 'tools/list' },
  'resources/list': { method: 'resources/list' },
  'resources/templates/list': { method: 'resources/templates/list' },
  'read allowlist': { method: 'resources/read', params: { uri: 'cyberbrain://allowlist' } },
  'read directive D1': { method: 'resources/read', params: { uri: 'cyberbrain://directives/D1' } },
  'resources/subscribe': { method: 'resources/subscribe', params: { uri: 'cyberbrain://runs/nope/report' } },
  'complete directive name': { method: 'completion/complete', params: { ref: { type: 'ref/resource', uri: 'cyberbrain://directives/{name}' }, argument: { name: 'name', value: 'D' } } },
  'complete run id': { method: 'completion/complete', params: { ref: { type: 'ref/resource', uri: 'cyberbrain://runs/{run_id}/report' }, argument: { name: 'run_id', value: '' } } },
  'logging/setLevel': { method: 'logging/setLevel', params: { level: 'debug' } },
  'tasks/list': { method: 'tasks/list' },
  'tasks/cancel': { method: 'tasks/cancel', params: { taskId: 'no-such-task' } },
  'call list_runs (runs:read)': { method: 'tools/call', params: { name: 'list_runs', arguments: {} } },
  'call cancel_run (runs:write)': { method: 'tools/call', params: { name: 'cancel_run', arguments: { run_id: 'no-such-run' } } },
  'call set_allowlist (admin)': { method: 'tools/call', params: { name: 'set_allowlist', arguments: {} } },
  'call an unknown tool': { method: 'tools/call', params: { name: 'rm_rf', arguments: {} } },
  'an unknown method': { method: 'admin/shutdown' },
  'TOOLS/CALL set_allowlist (case games)': { method: 'TOOLS/CALL', params: { name: 'set_allowlist', arguments: {} } },
} as const;
type Probe = keyof typeof PROBES;

/** ok: a JSON-RPC result; rpc-error: a JSON-RPC error from the MCP server itself (HTTP 200). */
type Outcome = 'ok' | 'rpc-error' | 'unauthenticated' | 'insufficient_scope';
type Row = [Cred, Probe, number, Outcome];

const ALL = Object.keys(PROBES) as Probe[];
const door = (cred: Cred): Row[] => ALL.map((p) => [cred, p, 403, 'insufficient_scope']);
const unauthenticated = (cred: Cred): Row[] => (['initialize', 'tools/list', 'read allowlist', 'complete directive name'] as Probe[]).map((p) => [cred, p, 401, 'unauthenticated']);
const READS: Probe[] = ['initialize', 'ping', 'tools/list', 'resources/list', 'resources/templates/list', 'read allowlist', 'read directive D1', 'resources/subscribe', 'complete directive name', 'complete run id', 'logging/setLevel', 'tasks/list', 'call list_runs (runs:read)'];

const CATALOGUE: Row[] = [
  // No credential, or one we cannot verify: 401 for every probe, before any session is looked at.
  ...unauthenticated('none'),
  ...unauthenticated('garbage'),
  ...unauthenticated('revoked'),
  ...unauthenticated('jwt-no-exp'),
  ...unauthenticated('jwt-id-token'),
  ...unauthenticated('jwt-expired'),
  ...unauthenticated('jwt-foreign-key'),
  ...unauthenticated('jwt-wrong-aud'),
  ...unauthenticated('jwt-alg-none'),
  // Verified, but holding none of our scopes: refused at the door, resources and completion included.
  ...door('jwt-openid'),
  ...door('token-no-scope'),
  ...door('token-foreign-scope'),
  // runs:read: every read; no write, no admin, no unknown method.
  ...READS.map((p): Row => ['read', p, 200, 'ok']),
  ['read', 'call cancel_run (runs:write)', 403, 'insufficient_scope'],
  ['read', 'call set_allowlist (admin)', 403, 'insufficient_scope'],
  ['read', 'tasks/cancel', 403, 'insufficient_scope'],
  ['read', 'an unknown method', 403, 'insufficient_scope'],
  ['read', 'TOOLS/CALL set_allowlist (case games)', 403, 'insufficient_scope'],
  ['read', 'call an unknown tool', 200, 'rpc-error'], // -32602 "Tool rm_rf not found" (SDK v2; v1 answered an isError result)
  ...READS.map((p): Row => ['jwt-read', p, 200, 'ok']),
  ['jwt-read', 'call cancel_run (runs:write)', 403, 'insufficient_scope'],
  ['jwt-read', 'call set_allowlist (admin)', 403, 'insufficient_scope'],
  ['jwt-read', 'tasks/cancel', 403, 'insufficient_scope'],
  ['jwt-read', 'an unknown method', 403, 'insufficient_scope'],
  // runs:write: reads and writes, no admin.
  ['write', 'read allowlist', 200, 'ok'],
  ['write', 'call cancel_run (runs:write)', 200, 'ok'],
  ['write', 'tasks/cancel', 200, 'rpc-error'], // allowed; the task does not exist
  ['write', 'call set_allowlist (admin)', 403, 'insufficient_scope'],
  ['write', 'an unknown method', 403, 'insufficient_scope'],
  // admin: everything; an unknown method reaches the MCP server, which answers "method not found".
  ['admin', 'call set_allowlist (admin)', 200, 'ok'],
  ['admin', 'call cancel_run (runs:write)', 200, 'ok'],
  ['admin', 'tasks/cancel', 200, 'rpc-error'],
  ['admin', 'an unknown method', 200, 'rpc-error'],
  ['admin', 'TOOLS/CALL set_allowlist (case games)', 200, 'rpc-error'], // method not found
  ['jwt-admin', 'call set_allowlist (admin)', 200, 'ok'],
  ['jwt-admin', 'read directive D1', 200, 'ok'],
];

describe.skipIf(dockerSkipped)('scope attack catalogue (HTTP, real SQLite, loopback JWKS)', () => {
  let srv: HttpHandle;
  let jwks: Jwks;
  const auth = {} as Record<Cred, string | undefined>;
  /** The session each credential's probes use (the door and authentication come before any session). */
  const sessionOf = {} as Record<Cred, string>;

  beforeAll(async () => {
    jwks = await startJwks();
    srv = await startHttp([...jwks.args, '--rate-limit', '100000']);
    const tok = (name: string, scope: string) => `Bearer ${srv.token(name, scope)}`;
    auth.none = undefined;
    auth.garbage = 'Bearer cbt_not-a-token';
    auth.revoked = tok('revoked', 'admin');
    expect(srv.cli('token', 'revoke', 'revoked').code).toBe(0);
    auth.read = tok('reader', 'runs:read');
    auth.write = tok('writer', 'runs:write');
    auth.admin = tok('root', 'admin');
    // The CLI refuses to create a token without a known scope: write such rows directly, as a bug or
    // an older version might have, to prove the server checks anyway.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(srv.dataDir, 'cyberbrain.db'));
    for (const [name, scopes] of [
      ['no-scope', '[]'],
      ['foreign-scope', '["openid","write:everything"]'],
    ]) {
      const token = `cbt_${randomBytes(32).toString('base64url')}`;
      db.prepare('INSERT INTO api_tokens (name, hash, scopes, created_at) VALUES (?, ?, ?, ?)').run(name, createHash('sha256').update(token).digest('hex'), scopes, Date.now());
      auth[name === 'no-scope' ? 'token-no-scope' : 'token-foreign-scope'] = `Bearer ${token}`;
    }
    db.close();
    const jwt = async (...a: Parameters<Jwks['sign']>) => `Bearer ${await jwks.sign(...a)}`;
    auth['jwt-read'] = await jwt({ sub: 'mallory', scope: 'runs:read', typ: 'at+jwt' });
    auth['jwt-admin'] = await jwt({ sub: 'root', scope: 'admin', typ: 'at+jwt' });
    auth['jwt-openid'] = await jwt({ sub: 'mallory', scope: 'openid profile', typ: 'at+jwt' });
    auth['jwt-no-exp'] = await jwt({ sub: 'mallory', scope: 'admin', exp: null });
    auth['jwt-id-token'] = await jwt({ sub: 'mallory', scope: null, typ: 'JWT', extra: { nonce: 'n-0S6_WzA2Mj', auth_time: 1, azp: 'client' } });
    auth['jwt-expired'] = await jwt({ sub: 'mallory', scope: 'admin', exp: Math.floor(Date.now() / 1000) - 60 });
    auth['jwt-foreign-key'] = await jwt({ sub: 'mallory', scope: 'admin' }, true);
    auth['jwt-wrong-aud'] = await jwt({ sub: 'mallory', scope: 'admin', aud: 'another-api' });
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    auth['jwt-alg-none'] = `Bearer ${b64({ alg: 'none', typ: 'at+jwt' })}.${b64({ iss: jwks.issuer, aud: jwks.audience, sub: 'mallory', scope: 'admin', exp: Math.floor(Date.now() / 1000) + 300 })}.`;

    // Sessions: each verified credential opens its own; the scopeless JWT shares its subject
    // (jwt:mallory) with jwt-read, so it probes a session it would own if it were let in.
    for (const c of ['read', 'write', 'admin', 'jwt-read', 'jwt-admin'] as Cred[]) sessionOf[c] = await openSession(srv.url, auth[c]!);
    for (const c of Object.keys(auth) as Cred[]) sessionOf[c] ??= c === 'jwt-openid' ? sessionOf['jwt-read'] : sessionOf.admin;
  });
  afterAll(async () => {
    await srv?.stop();
    await jwks?.close();
  });

  let nextId = 100;
  it.each(CATALOGUE)('%s × %s → HTTP %i, %s', async (cred, probe, status, outcome) => {
    const id = nextId++;
    const body = { jsonrpc: '2.0', id, ...PROBES[probe] };
    const headers: Record<string, string> = auth[cred] ? { Authorization: auth[cred]! } : {};
    // initialize opens a new session; every other probe goes to an existing one.
    if (probe !== 'initialize') Object.assign(headers, { 'mcp-session-id': sessionOf[cred], 'mcp-protocol-version': '2025-06-18' });
    const r = await rpc(srv.url, body, headers);
    expect(r.status, r.text).toBe(status);
    const reply = r.messages.find((m) => m.id === id) ?? r.messages[0];
    if (outcome === 'ok') expect(reply?.result, r.text).toBeDefined();
    if (outcome === 'rpc-error') expect(reply?.error, r.text).toBeDefined();
    if (outcome === 'unauthenticated') {
      expect(r.headers.get('www-authenticate')).toMatch(/error="invalid_(token|request)"/);
      expect(reply?.error?.code).toBe(-32001);
    }
    if (outcome === 'insufficient_scope') {
      expect(r.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
      expect(reply?.error?.code).toBe(-32003);
      expect(r.text).not.toContain('"result"');
    }
  });

  // The same catalogue as MCP 2026-07-28 stateless requests: no session, the `_meta` envelope on
  // each. Authentication, the door and the scopes come first, so they answer exactly as above;
  // what passes them meets the 2026 server, where methods of the 2025 era only are "not found".
  const MODERN_ENVELOPE = {
    'io.modelcontextprotocol/protocolVersion': '2026-07-28',
    'io.modelcontextprotocol/clientInfo': { name: 'scope-probe', version: '1' },
    'io.modelcontextprotocol/clientCapabilities': {},
  };
  // Methods the 2026-07-28 revision does not have (and unknown ones) are -32601 with HTTP 404 there.
  // (tasks/get and tasks/cancel are there: the tasks extension, which has no tasks/list.)
  const NOT_IN_2026: Probe[] = ['initialize', 'ping', 'resources/subscribe', 'logging/setLevel', 'tasks/list', 'an unknown method', 'TOOLS/CALL set_allowlist (case games)'];
  const MODERN_CATALOGUE = CATALOGUE.map(([cred, probe, status, outcome]): Row => (status === 200 && NOT_IN_2026.includes(probe) ? [cred, probe, 404, 'rpc-error'] : [cred, probe, status, outcome]));
  it.each(MODERN_CATALOGUE)('2026-07-28: %s × %s → HTTP %i, %s', async (cred, probe, status, outcome) => {
    const id = nextId++;
    const { params, ...rest } = PROBES[probe] as { method: string; params?: Record<string, unknown> };
    const body = { jsonrpc: '2.0', id, ...rest, params: { ...params, _meta: MODERN_ENVELOPE } };
    // 2026-07-28 mirrors the method and the tool name or resource URI in headers (SEP-2243).
    const name = (params?.name ?? params?.uri ?? params?.taskId) as string | undefined;
    const headers: Record<string, string> = { 'mcp-protocol-version': '2026-07-28', 'mcp-method': rest.method, ...(name ? { 'mcp-name': name } : {}), ...(auth[cred] ? { Authorization: auth[cred]! } : {}) };
    const r = await rpc(srv.url, body, headers);
    expect(r.status, r.text).toBe(status);
    const reply = r.messages.find((m) => m.id === id) ?? r.messages[0];
    if (outcome === 'ok') expect(reply?.result, r.text).toBeDefined();
    if (outcome === 'rpc-error') expect(reply?.error, r.text).toBeDefined();
    if (outcome === 'unauthenticated') expect(reply?.error?.code).toBe(-32001);
    if (outcome === 'insufficient_scope') {
      expect(reply?.error?.code).toBe(-32003);
      expect(r.text).not.toContain('"result"');
    }
  });

  it('refuses a batch that hides a write behind a read, and runs none of it', async () => {
    const batch = [
      { jsonrpc: '2.0', id: 1, ...PROBES['call list_runs (runs:read)'] },
      { jsonrpc: '2.0', id: 2, ...PROBES['call cancel_run (runs:write)'] },
    ];
    const r = await rpc(srv.url, batch, { Authorization: auth.read!, 'mcp-session-id': sessionOf.read, 'mcp-protocol-version': '2025-06-18' });
    expect(r.status).toBe(403);
    expect(r.text).toContain('needs scope runs:write');
    expect(r.text).not.toContain('"result"');
  });

  it('refuses the scopeless at /metrics and the legacy SSE endpoint too', async () => {
    for (const c of ['jwt-openid', 'token-no-scope'] as Cred[]) {
      expect((await fetch(`${srv.base}/metrics`, { headers: { Authorization: auth[c]! } })).status).toBe(403);
      const ac = new AbortController();
      const res = await fetch(`${srv.base}/sse`, { headers: { Authorization: auth[c]! }, signal: ac.signal });
      expect(res.status).toBe(403);
      ac.abort();
    }
  });
});

describe('method → scope table', () => {
  it('lists every request method the MCP server answers (an unlisted one would need admin)', () => {
    const deps = { engine: { onReportUpdated: () => () => undefined }, store: {}, log: { debug: () => undefined } } as unknown as ToolDeps;
    for (const era of ['legacy', 'modern'] as const) {
      const { server, cleanup } = buildServer(deps, { actor: { name: 't', transport: 'http' }, readOnly: false, era });
      try {
        const handled = [...(server.server as unknown as { _requestHandlers: Map<string, unknown> })._requestHandlers.keys()];
        expect(handled.length).toBeGreaterThan(8);
        for (const method of handled) if (method !== 'tools/call') expect(METHOD_SCOPE, `${era}: ${method}`).toHaveProperty([method]);
      } finally {
        cleanup();
      }
    }
  });

  it.each([
    [{ method: 'initialize' }, 'runs:read'],
    [{ method: 'notifications/initialized' }, 'runs:read'],
    [{ method: 'resources/read' }, 'runs:read'],
    [{ method: 'completion/complete' }, 'runs:read'],
    [{ method: 'tools/call', params: { name: 'launch_run' } }, 'runs:write'],
    [{ method: 'tools/call', params: { name: 'update_directive' } }, 'admin'],
    [{ method: 'tasks/cancel' }, 'runs:write'],
    [{ method: 'something/new' }, 'admin'],
    [{ id: 3, result: {} }, undefined],
  ])('%j needs %s', (message, scope) => {
    expect(requiredScope(message)).toBe(scope);
  });
});
