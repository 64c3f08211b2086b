import type { Request } from 'express';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Scope } from '../../domain/scopes.js';
import { SCOPES } from '../../domain/scopes.js';
import type { Store } from '../../store/index.js';
import { TokensRepo } from '../../store/tokens.js';
import type { HttpOptions } from './options.js';

/** Who is calling: a token's name or a JWT subject, and what they may do. */
export interface Principal {
  name: string;
  scopes: Scope[];
  via: 'token' | 'jwt' | 'none';
}

/**
 * Which JWTs count as access tokens. RFC 9068 access tokens say so in their header
 * (`typ: at+jwt`, or `application/at+jwt`) and are accepted. Many identity providers still issue
 * access tokens with `typ: JWT` or no `typ`; those are accepted only when nothing marks them as an
 * OpenID Connect ID token: an ID token carries no `scope`/`scp` claim (OIDC Core §2), and `nonce`,
 * `at_hash` and `c_hash` exist only in ID tokens (§2, §3.1.3.6, §3.3.2.11). Any other `typ`
 * (`logout+jwt`, `dpop+jwt`, `secevent+jwt`, …) is some other kind of token and is refused.
 * Returns why the token is refused, or undefined when it is an access token.
 */
export function notAnAccessToken(header: { typ?: unknown }, payload: Record<string, unknown>): string | undefined {
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : '';
  if (typ === 'at+jwt') return undefined;
  if (typ !== '' && typ !== 'jwt') return `typ "${String(header.typ)}" is not an access token; send an OAuth access token (typ at+jwt)`;
  const idMarker = ['nonce', 'at_hash', 'c_hash'].find((c) => payload[c] !== undefined);
  if (idMarker) return `it carries "${idMarker}", so it is an OpenID Connect ID token, not an access token`;
  if (payload.scope === undefined && payload.scp === undefined) return 'it has no scope claim and no typ at+jwt, so it looks like an OpenID Connect ID token, not an access token';
  return undefined;
}

export type AuthOutcome = { ok: true; principal: Principal } | { ok: false; status: 401; error: 'invalid_request' | 'invalid_token'; message: string };

/**
 * Bearer authentication: our own tokens (cbt_…, hashed in the database) and, in OAuth mode, JWT
 * access tokens checked for issuer, audience, expiry and signature against the issuer's JWKS.
 */
export class Authenticator {
  private readonly jwks?: JWTVerifyGetKey;

  constructor(
    private readonly store: Store,
    private readonly options: HttpOptions,
  ) {
    if (options.oauth) this.jwks = createRemoteJWKSet(new URL(options.oauth.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  }

  async authenticate(req: Request): Promise<AuthOutcome> {
    if (this.options.insecureNoAuth) return { ok: true, principal: { name: 'anonymous', scopes: [...SCOPES], via: 'none' } };
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return { ok: false, status: 401, error: 'invalid_request', message: 'A bearer token is required: send "Authorization: Bearer <token>" (create one with `cyberbrain-mcp token create`).' };
    const token = m[1]!;
    if (TokensRepo.looksLikeOurs(token)) {
      const found = this.store.tokens.verify(token);
      return found ? { ok: true, principal: { ...found, via: 'token' } } : { ok: false, status: 401, error: 'invalid_token', message: 'The token is unknown or revoked.' };
    }
    if (this.jwks && this.options.oauth) {
      try {
        // exp is required: a token that never expires cannot be contained once it leaks.
        const { payload, protectedHeader } = await jwtVerify(token, this.jwks, {
          issuer: this.options.oauth.issuer,
          audience: this.options.oauth.audience,
          algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
          requiredClaims: ['exp'],
        });
        const refusal = notAnAccessToken(protectedHeader, payload);
        if (refusal) return { ok: false, status: 401, error: 'invalid_token', message: `The token was refused: ${refusal}.` };
        const raw = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? (payload.scp as string[]) : [];
        const scopes = raw.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
        return { ok: true, principal: { name: `jwt:${payload.sub ?? 'unknown'}`, scopes, via: 'jwt' } };
      } catch (err) {
        const { code, claim } = err as { code?: string; claim?: string };
        return { ok: false, status: 401, error: 'invalid_token', message: `The access token was refused (${code ?? 'invalid'}${claim ? `, claim ${claim}` : ''}).` };
      }
    }
    return { ok: false, status: 401, error: 'invalid_token', message: 'The token is unknown or revoked.' };
  }
}
