import type { RedactionOptions } from './engine.js';

/**
 * Checks on user-configured patterns (CYBERBRAIN_REDACT_CONFIG), before any is used. A configured
 * pattern runs on every string the server emits, so a careless one is refused rather than run:
 * - it must compile, and have a snake_case name;
 * - it must not match the empty string (`x*`: a marker between every two characters, 9 bytes in,
 *   megabytes out);
 * - it must not match inside a marker (`acme_[a-z0-9_]+` on `[REDACTED:acme_key]` nests markers
 *   for ever), nor ordinary words of a log line (`T[0-9]*` on "Timeout").
 * An allow pattern is anchored (it keeps a candidate only when it matches all of it), so it must
 * not match the empty string either.
 * Returns the problems, one sentence each; empty when all is well.
 */
const MARKER_PROBES = ['[REDACTED:secret_value]', '[REDACTED:private_key]', '[REDACTED:oversized]'];
/** Ordinary log text: a secret pattern that matches any of it would mangle every line. */
const ORDINARY =
  'Timeout Test INFO WARN ERROR DEBUG The quick brown fox GET POST /api/v1/items 200 OK 12ms 2026-11-21T10:00:00Z request_id=42 user=bob level=info msg="started" container web-1 healthy';

export function checkPatterns(options: Pick<RedactionOptions, 'extraPatterns' | 'allowPatterns'>): string[] {
  const problems: string[] = [];
  for (const p of options.extraPatterns) {
    const label = `pattern ${JSON.stringify(p.name)}`;
    if (!/^[a-z][a-z0-9_]{0,47}$/.test(p.name)) problems.push(`${label}: the name must be snake_case (a-z, 0-9, _), at most 48 characters`);
    let re: RegExp;
    try {
      re = new RegExp(p.regex, 'g');
    } catch (err) {
      problems.push(`${label}: invalid regex (${(err as Error).message})`);
      continue;
    }
    if (matchesEmpty(re)) {
      problems.push(`${label}: ${JSON.stringify(p.regex)} can match the empty string; require at least one character (e.g. + instead of *)`);
      continue;
    }
    const names = [p.name, ...MARKER_PROBES];
    const probe = names.map((n) => (n.startsWith('[') ? n : `[REDACTED:${n}]`)).join(' ');
    if (hits(re, probe)) {
      problems.push(`${label}: ${JSON.stringify(p.regex)} matches a redaction marker such as [REDACTED:${p.name}]; make it more specific`);
      continue;
    }
    if (hits(re, ORDINARY)) problems.push(`${label}: ${JSON.stringify(p.regex)} matches ordinary log words (in "${ORDINARY.slice(0, 40)}…"); anchor it to the secret's own shape`);
  }
  for (const a of options.allowPatterns) {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${a})$`);
    } catch (err) {
      problems.push(`allow ${JSON.stringify(a)}: invalid regex (${(err as Error).message})`);
      continue;
    }
    if (re.test('')) problems.push(`allow ${JSON.stringify(a)}: matches the empty string, so it would allow nothing useful and hide mistakes; be specific`);
  }
  return problems;
}

function matchesEmpty(re: RegExp): boolean {
  for (const probe of ['', 'a', ' ', 'x1', 'Timeout']) {
    re.lastIndex = 0;
    for (let m = re.exec(probe), n = 0; m && n < 16; m = re.exec(probe), n++) {
      if (m[0].length === 0) return true;
    }
  }
  return false;
}

function hits(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
