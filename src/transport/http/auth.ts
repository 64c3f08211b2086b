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
        const { payload } = await jwtVerify(token, this.jwks, { issuer: this.options.oauth.issuer, audience: this.options.oauth.audience, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] });
        const raw = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? (payload.scp as string[]) : [];
        const scopes = raw.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
        return { ok: true, principal: { name: `jwt:${payload.sub ?? 'unknown'}`, scopes, via: 'jwt' } };
      } catch (err) {
        return { ok: false, status: 401, error: 'invalid_token', message: `The access token was refused (${(err as { code?: string }).code ?? 'invalid'}).` };
      }
    }
    return { ok: false, status: 401, error: 'invalid_token', message: 'The token is unknown or revoked.' };
  }
}
