import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerSkipped } from '../helpers/docker.js';
import { INIT, post, rpc, startHttp, startJwks, type HttpHandle, type Jwks, type JwtClaims } from '../helpers/http-server.js';

/** OAuth resource-server mode: JWTs signed by a key whose JWKS a loopback test server publishes. */
describe.skipIf(dockerSkipped)('HTTP transport with JWT access tokens', () => {
  let jwks: Jwks;
  let srv: HttpHandle;

  beforeAll(async () => {
    jwks = await startJwks();
    srv = await startHttp(jwks.args);
  });
  afterAll(async () => {
    await srv?.stop();
    await jwks?.close();
  });

  const initWith = async (claims: JwtClaims = {}, foreign = false) => rpc(srv.url, INIT, { Authorization: `Bearer ${await jwks.sign(claims, foreign)}` });
  const status = async (claims: JwtClaims = {}, foreign = false) => (await initWith(claims, foreign)).status;
  const inFive = () => Math.floor(Date.now() / 1000) + 300;

  it('accepts a good token and refuses expired, wrong-audience and wrongly signed ones', async () => {
    expect(await status()).toBe(200);
    expect(await status({ exp: Math.floor(Date.now() / 1000) - 60 })).toBe(401);
    expect(await status({ aud: 'someone-else' })).toBe(401);
    expect(await status({}, true)).toBe(401);
  });

  it('refuses a token without exp (it could never be contained once leaked)', async () => {
    const r = await initWith({ exp: null });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(r.text).toContain('claim exp');
  });

  // The rule (src/transport/http/auth.ts notAnAccessToken): typ at+jwt is an access token; typ JWT or
  // none is one unless it carries an ID-token-only claim (nonce, at_hash, c_hash) or no scope at all;
  // any other typ is refused.
  it.each([
    ['typ at+jwt (RFC 9068)', 200, { typ: 'at+jwt' }],
    ['typ application/at+jwt', 200, { typ: 'application/at+jwt' }],
    ['typ JWT with a scope claim (what many IdPs issue)', 200, { typ: 'JWT' }],
    ['no typ, a scope claim, auth_time and azp', 200, { extra: { auth_time: 1, azp: 'client' } }],
    ['an OIDC ID token: typ JWT, nonce, no scope', 401, { typ: 'JWT', scope: null, extra: { nonce: 'n-0S6', auth_time: 1, azp: 'client' } }],
    ['an ID token even with a scope claim: at_hash', 401, { scope: 'runs:read', extra: { at_hash: 'x' } }],
    ['an ID token even with a scope claim: nonce', 401, { typ: 'JWT', extra: { nonce: 'n' } }],
    ['no typ and no scope claim (looks like an ID token)', 401, { scope: null, extra: { auth_time: 1, azp: 'client' } }],
    ['a logout token (typ logout+jwt)', 401, { typ: 'logout+jwt' }],
    ['a DPoP proof (typ dpop+jwt)', 401, { typ: 'dpop+jwt' }],
  ] as [string, number, JwtClaims][])('%s → %i', async (_name, expected, claims) => {
    const r = await initWith({ exp: inFive(), ...claims });
    expect(r.status).toBe(expected);
    if (expected === 401) expect(r.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('refuses at the door a valid token holding none of our scopes (openid profile), resources and completion included', async () => {
    const sub = 'scopeless';
    const good = `Bearer ${await jwks.sign({ sub, scope: 'runs:read' })}`;
    const none = `Bearer ${await jwks.sign({ sub, scope: 'openid profile' })}`;
    // The session is opened with a good token of the same subject; the scopeless one may not use it.
    const init = await rpc(srv.url, INIT, { Authorization: good });
    const session = init.headers.get('mcp-session-id')!;
    const h = { Authorization: none, 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' };
    for (const [method, params] of [
      ['initialize', INIT.params],
      ['resources/list', {}],
      ['resources/read', { uri: 'cyberbrain://allowlist' }],
      ['resources/read', { uri: 'cyberbrain://directives/D1' }],
      ['completion/complete', { ref: { type: 'ref/resource', uri: 'cyberbrain://directives/{name}' }, argument: { name: 'name', value: 'D' } }],
      ['tools/list', {}],
    ] as const) {
      const r = await rpc(srv.url, { jsonrpc: '2.0', id: 9, method, params }, method === 'initialize' ? { Authorization: none } : h);
      expect(r.status, method).toBe(403);
      expect(r.headers.get('www-authenticate'), method).toContain('error="insufficient_scope"');
      expect(r.text).not.toContain('"result"');
    }
  });

  it('applies the token\'s scope claim', async () => {
    const res = await post(srv.url, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'launch_run', arguments: { directive: 'D1' } } }, { Authorization: `Bearer ${await jwks.sign({ scope: 'runs:read' })}` });
    expect(res.status).toBe(403);
  });

  it('serves the protected-resource metadata and points to it on 401', async () => {
    const meta = await (await fetch(`${srv.base}/.well-known/oauth-protected-resource`)).json();
    expect(meta).toMatchObject({ resource: srv.url, authorization_servers: [jwks.issuer] });
    const res = await post(srv.url, INIT);
    expect(res.headers.get('www-authenticate')).toContain(`resource_metadata="${srv.base}/.well-known/oauth-protected-resource"`);
  });
});
