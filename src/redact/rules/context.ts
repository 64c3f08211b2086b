import { isSecretKey, SECRET_KEY_PATTERN_SOURCE } from '../secret-keys.js';

/**
 * Context rules: the key says the value is secret, so the value goes whatever it looks like.
 * Covers KEY=value, key: value, "key": "value", key="quoted value" and logfmt pairs.
 */
/** Lowercase literals one of which any secret-naming key contains (camelCase keys lower-case to these too). */
export const CONTEXT_KEYWORDS = [
  'password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'api-key', 'apikey', 'access_key', 'access-key', 'accesskey',
  'private_key', 'private-key', 'privatekey', 'credential', 'auth', 'session', 'cookie', 'signature', 'passphrase', 'dsn',
  'conn_str', 'connstr', 'connection_string', 'connectionstring', 'api key', 'access key',
];

export const CONTEXT_PAIR = new RegExp(
  // The key starts where a word starts: no retrying from every character inside a long word.
  `(?<![A-Za-z0-9_.-])(?<q>["']?)(?<key>${SECRET_KEY_PATTERN_SOURCE})\\k<q>(?<sep>\\s*[:=]\\s*)(?:"(?<dq>(?:[^"\\\\]|\\\\.)*)"|'(?<sq>[^']*)'|(?<bare>[^\\s"',;&}\\])]+))`,
  'gi',
);

/** Values that say nothing secret even next to a secret key: flags, empties, placeholders, references. */
const HARMLESS_VALUE = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|required|optional|enabled|disabled|\*+|x{3,}|<[^>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|%[sdv]|\[REDACTED:[a-z0-9_]*\]?.*)$/i;

export function isHarmlessValue(value: string): boolean {
  return value.length === 0 || HARMLESS_VALUE.test(value);
}

export { isSecretKey };

/**
 * High-entropy tokens standing near a secret word without a key=value shape:
 * "using token 7f8e9d0c1b2a…", "password is Xy7#kP2q…". UUIDs are left alone (ids, not secrets).
 */
export const NEAR_SECRET_WORD = /(?<keep>\b(?:token|secret|password|passwd|api[ _-]?key|access[ _-]?key|credential)s?\b(?:\s+(?:is|was|of|for|=|:|->|set\s+to))?\s+["']?)(?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{16,})/gi;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A token that looks generated: long, mixed letters and digits, high entropy, not an id shape. */
export function looksGenerated(token: string): boolean {
  if (UUID.test(token) || token.startsWith('[REDACTED')) return false;
  if (!/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) return false;
  return entropy(token) >= 3.5;
}
