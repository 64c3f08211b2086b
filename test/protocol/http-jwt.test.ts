import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerSkipped } from '../helpers/docker.js';
import { INIT, post, startHttp, type HttpHandle } from '../helpers/http-server.js';

/** OAuth resource-server mode: JWTs signed by a key whose JWKS a loopback test server publishes. */
describe.skipIf(dockerSkipped)('HTTP transport with JWT access tokens', () => {
  const issuer = 'https://issuer.test';
  const audience = 'cyberbrain-test';
  let jwksServer: Server;
  let srv: HttpHandle;
  let good: Awaited<ReturnType<typeof generateKeyPair>>;
  let other: Awaited<ReturnType<typeof generateKeyPair>>;

  const sign = (key: CryptoKey, claims: { aud?: string; exp?: number; scope?: string; sub?: string } = {}) =>
    new SignJWT({ scope: claims.scope ?? 'runs:read' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(claims.aud ?? audience)
      .setSubject(claims.sub ?? 'alice')
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 300)
      .sign(key);

  beforeAll(async () => {
    good = await generateKeyPair('RS256', { extractable: true });
    other = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
    const jwks = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`;
    srv = await startHttp(['--oauth-issuer', issuer, '--oauth-audience', audience, '--oauth-jwks', jwks]);
  });
  afterAll(async () => {
    await srv?.stop();
    jwksServer?.close();
  });

  const status = async (token: string) => (await post(srv.url, INIT, { Authorization: `Bearer ${token}` })).status;

  it('accepts a good token and refuses expired, wrong-audience and wrongly signed ones', async () => {
    expect(await status(await sign(good.privateKey))).toBe(200);
    expect(await status(await sign(good.privateKey, { exp: Math.floor(Date.now() / 1000) - 60 }))).toBe(401);
    expect(await status(await sign(good.privateKey, { aud: 'someone-else' }))).toBe(401);
    expect(await status(await sign(other.privateKey))).toBe(401);
  });

  it('applies the token\'s scope claim', async () => {
    const res = await post(srv.url, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'launch_run', arguments: { directive: 'D1' } } }, { Authorization: `Bearer ${await sign(good.privateKey, { scope: 'runs:read' })}` });
    expect(res.status).toBe(403);
  });

  it('serves the protected-resource metadata and points to it on 401', async () => {
    const meta = await (await fetch(`${srv.base}/.well-known/oauth-protected-resource`)).json();
    expect(meta).toMatchObject({ resource: srv.url, authorization_servers: [issuer] });
    const res = await post(srv.url, INIT);
    expect(res.headers.get('www-authenticate')).toContain(`resource_metadata="${srv.base}/.well-known/oauth-protected-resource"`);
  });
});
