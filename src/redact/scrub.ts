import { FORMAT_RULES, MAY_MATCH_FORMAT } from './rules.js';
import { isSecretKey, MAY_NAME_SECRET, SECRET_KEY_PATTERN_SOURCE } from './secret-keys.js';

/**
 * The one redactor. Every byte the server logs, stores, reports or returns passes through
 * `redactText` (strings) or `redactDeep` (structures). It replaces secrets in place with
 * `[REDACTED:<rule>]` and leaves the rest of the line as it was, so logs stay readable.
 */
export const marker = (rule: string): string => `[REDACTED:${rule}]`;

const ALREADY_REDACTED = /^\[REDACTED:[a-z0-9_]+\]$/;

// KEY=value, key: value, "key": "value", key="value" where the key names a secret.
// The value stops at whitespace, a quote, a comma, a semicolon or a closing brace.
const CONTEXT_PAIR = new RegExp(
  `(["']?)(${SECRET_KEY_PATTERN_SOURCE})\\1(\\s*[:=]\\s*)(?:"((?:[^"\\\\]|\\\\.)*)"|'([^']*)'|([^\\s"',;&}\\]]+))`,
  'gi',
);

export function redactText(input: string): string {
  if (input.length === 0) return input;
  let out = input;
  if (MAY_MATCH_FORMAT.test(input)) out = applyFormatRules(out);
  if (MAY_NAME_SECRET.test(out) && /[:=]/.test(out)) out = applyContextRule(out);
  return out;
}

function applyFormatRules(input: string): string {
  let out = input;
  for (const rule of FORMAT_RULES) {
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...m: unknown[]) => {
      if (!rule.keepPrefix) return marker(rule.name);
      // Grouped rules match (prefix)(secret): keep the prefix ("postgres://user:", "Bearer ").
      const secret = m[2] as string;
      return ALREADY_REDACTED.test(secret) ? (m[0] as string) : (m[1] as string) + marker(rule.name);
    });
  }
  return out;
}

function applyContextRule(input: string): string {
  CONTEXT_PAIR.lastIndex = 0;
  return input.replace(CONTEXT_PAIR, (whole, quote: string, key: string, sep: string, dq?: string, sq?: string, bare?: string) => {
    if (!isSecretKey(key)) return whole;
    const value = dq ?? sq ?? bare ?? '';
    if (value.length === 0 || value.includes('[REDACTED:')) return whole;
    const wrapped = dq !== undefined ? `"${marker('secret_value')}"` : sq !== undefined ? `'${marker('secret_value')}'` : marker('secret_value');
    return `${quote}${key}${quote}${sep}${wrapped}`;
  });
}

/**
 * Redacts every string in a structure, and the whole value of any key that names a secret.
 * Returns a new structure of the same shape; numbers, booleans and nulls pass unchanged.
 */
export function redactDeep<T>(value: T, depth = 0): T {
  if (depth > 64) return '[REDACTED:too_deep]' as unknown as T;
  if (typeof value === 'string') return redactText(value) as unknown as T;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined } as unknown as T;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1)) as unknown as T;
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = isSecretKey(k) && (typeof v === 'string' || typeof v === 'number') && v !== '' ? marker('secret_value') : redactDeep(v, depth + 1);
  }
  return out as T;
}

/** `KEY=value` environment entries: the key stays, a secret-named key loses its value, others are scrubbed. */
export function redactEnvEntry(entry: string): string {
  const eq = entry.indexOf('=');
  if (eq < 0) return redactText(entry);
  const key = entry.slice(0, eq);
  const value = entry.slice(eq + 1);
  return isSecretKey(key) && value !== '' ? `${key}=${marker('secret_value')}` : `${key}=${redactText(value)}`;
}
