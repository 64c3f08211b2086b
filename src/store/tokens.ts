import type Database from 'better-sqlite3';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Scope } from '../domain/scopes.js';

export interface TokenInfo {
  name: string;
  scopes: Scope[];
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

const PREFIX = 'cbt_';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
/** Last use is written at most this often per token: a busy client must not turn reads into writes. */
const TOUCH_EVERY_MS = 10_000;

/**
 * Bearer tokens: printed once at creation, stored only as a SHA-256 hash (the tokens are 256 random
 * bits, so a fast hash is enough), checked on every request, revoked at once.
 */
export class TokensRepo {
  private readonly byHash;
  private readonly touchStmt;
  private readonly lastTouch = new Map<string, number>();

  constructor(private readonly db: Database.Database) {
    this.byHash = db.prepare<[string], { name: string; hash: string; scopes: string; revoked_at: number | null }>('SELECT name, hash, scopes, revoked_at FROM api_tokens WHERE hash = ?');
    this.touchStmt = db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE name = ?');
  }

  static looksLikeOurs(token: string): boolean {
    return token.startsWith(PREFIX);
  }

  create(name: string, scopes: Scope[]): string {
    const token = PREFIX + randomBytes(32).toString('base64url');
    this.db.prepare('INSERT INTO api_tokens (name, hash, scopes, created_at) VALUES (?, ?, ?, ?)').run(name, hash(token), JSON.stringify(scopes), Date.now());
    return token;
  }

  /** The token's name and scopes, or undefined when unknown or revoked. */
  verify(token: string): { name: string; scopes: Scope[] } | undefined {
    const h = hash(token);
    const row = this.byHash.get(h);
    if (!row || row.revoked_at !== null) return undefined;
    if (!timingSafeEqual(Buffer.from(row.hash), Buffer.from(h))) return undefined;
    const now = Date.now();
    if ((this.lastTouch.get(row.name) ?? 0) + TOUCH_EVERY_MS < now) {
      this.lastTouch.set(row.name, now);
      this.touchStmt.run(now, row.name);
    }
    return { name: row.name, scopes: JSON.parse(row.scopes) as Scope[] };
  }

  list(): TokenInfo[] {
    return this.db
      .prepare<[], { name: string; scopes: string; created_at: number; last_used_at: number | null; revoked_at: number | null }>('SELECT name, scopes, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY id')
      .all()
      .map((r) => ({ ...r, scopes: JSON.parse(r.scopes) as Scope[] }));
  }

  /** Which of these token names are revoked (the HTTP server ends their sessions). */
  revokedAmong(names: string[]): string[] {
    if (names.length === 0) return [];
    return this.db
      .prepare<[string], { name: string }>('SELECT name FROM api_tokens WHERE revoked_at IS NOT NULL AND name IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(names))
      .map((r) => r.name);
  }

  revoke(name: string): boolean {
    return this.db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL').run(Date.now(), name).changes > 0;
  }
}
