import { KeywordIndex } from './keyword-index.js';
import { CONTEXT_KEYWORDS, CONTEXT_PAIR, isHarmlessValue, isSecretKey, looksGenerated, NEAR_SECRET_WORD } from './rules/context.js';
import { FORMAT_RULES, type FormatRule } from './rules/format.js';
import { PERSONAL_RULES } from './rules/personal.js';

export const marker = (rule: string): string => `[REDACTED:${rule}]`;
const ALREADY = /\[REDACTED:[a-z0-9_]+\]/;

export interface RedactionOptions {
  /** Mask IP and e-mail addresses too (redacted mode, the default). Secrets are masked regardless. */
  maskPersonal: boolean;
  /** Extra format rules from configuration: snake_case name and a regex source. */
  extraPatterns: { name: string; regex: string }[];
  /** Regex sources; a candidate secret matching one of them is kept (e.g. documented example keys). */
  allowPatterns: string[];
}

export const DEFAULT_OPTIONS: RedactionOptions = { maskPersonal: true, extraPatterns: [], allowPatterns: [] };

/** Counts of redactions per rule; never the values. */
export type RedactionStats = Map<string, number>;

/**
 * The one redactor: compiled once from the built-in rules and the configured options, then applied
 * to every string at every boundary. Order: format rules (most specific names first), configured
 * patterns, key-context rules, secret-word + high-entropy, then personal data.
 */
export class Redactor {
  private readonly formatRules: readonly FormatRule[];
  /** Configured patterns have no keywords: they run on every string. */
  private readonly extraRules: readonly FormatRule[];
  private readonly index: KeywordIndex;
  private readonly contextId: number;
  private readonly personalBase: number;
  private readonly allow: RegExp[];

  constructor(private readonly options: RedactionOptions = DEFAULT_OPTIONS) {
    this.formatRules = FORMAT_RULES;
    this.extraRules = options.extraPatterns.map((p): FormatRule => ({ name: p.name, pattern: new RegExp(p.regex, 'g'), keywords: [] }));
    // Keyword ids: format rules by position, then the context rule, then the personal rules.
    this.contextId = this.formatRules.length;
    this.personalBase = this.contextId + 1;
    this.index = new KeywordIndex([...this.formatRules.map((r) => r.keywords), CONTEXT_KEYWORDS, ...PERSONAL_RULES.map((r) => r.keywords)]);
    this.allow = options.allowPatterns.map((a) => new RegExp(a));
  }

  get maskPersonal(): boolean {
    return this.options.maskPersonal;
  }

  redact(input: string, stats?: RedactionStats): string {
    if (input.length === 0) return input;
    // A replacement can expose a new match for another rule (a marker ends a value early); passes
    // repeat until nothing changes, which makes redaction idempotent by construction. Lines with
    // nothing to redact take one pass.
    let out = this.pass(input, stats);
    for (let i = 0; i < 4 && out !== input; i++) {
      const next = this.pass(out, stats);
      if (next === out) break;
      input = out;
      out = next;
    }
    return out;
  }

  private pass(input: string, stats?: RedactionStats): string {
    const hits = this.index.rulesIn(input);
    let out = input;
    let context = false;
    let personal = 0; // bit i: personal rule i has a keyword here
    for (const id of hits) {
      if (id < this.contextId) {
        const rule = this.formatRules[id]!;
        out = this.replace(out, rule.pattern, rule.name, stats, rule.prefix ?? false);
      } else if (id === this.contextId) {
        context = true;
      } else {
        personal |= 1 << (id - this.personalBase);
      }
    }
    for (const rule of this.extraRules) out = this.replace(out, rule.pattern, rule.name, stats, false);
    if (context) {
      out = this.applyContext(out, stats);
      out = this.replace(out, NEAR_SECRET_WORD, 'high_entropy_secret', stats, true, looksGenerated);
    }
    if (this.options.maskPersonal) {
      for (let i = 0; i < PERSONAL_RULES.length; i++) {
        const rule = PERSONAL_RULES[i]!;
        if (personal & (1 << i) || rule.anchor?.(out)) out = this.replace(out, rule.pattern, rule.name, stats, false, undefined, rule.accept);
      }
    }
    return out;
  }

  /** Redacts every string in a structure, and the whole value of any key that names a secret. */
  redactDeep<T>(value: T, stats?: RedactionStats, depth = 0): T {
    if (depth > 64) return marker('too_deep') as unknown as T;
    if (typeof value === 'string') return this.redact(value, stats) as unknown as T;
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Error) {
      return { type: value.name, message: this.redact(value.message, stats), stack: value.stack ? this.redact(value.stack, stats) : undefined } as unknown as T;
    }
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v, stats, depth + 1)) as unknown as T;
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (isSecretKey(k) && (typeof v === 'string' || typeof v === 'number') && !isHarmlessValue(String(v))) {
        count(stats, 'secret_value');
        out[k] = marker('secret_value');
      } else {
        out[k] = this.redactDeep(v, stats, depth + 1);
      }
    }
    return out as T;
  }

  /** `KEY=value` environment entries: the key stays, a secret-named key loses its value, others are scrubbed. */
  redactEnvEntry(entry: string, stats?: RedactionStats): string {
    const eq = entry.indexOf('=');
    if (eq < 0) return this.redact(entry, stats);
    const key = entry.slice(0, eq);
    const value = entry.slice(eq + 1);
    if (isSecretKey(key) && !isHarmlessValue(value)) {
      count(stats, 'secret_value');
      return `${key}=${marker('secret_value')}`;
    }
    return `${key}=${this.redact(value, stats)}`;
  }

  private allowed(candidate: string): boolean {
    return this.allow.some((a) => a.test(candidate));
  }

  private replace(
    text: string,
    pattern: RegExp,
    name: string,
    stats: RedactionStats | undefined,
    prefix: boolean,
    accept?: (secret: string) => boolean,
    acceptAround?: (match: string, before: string, after: string) => boolean,
  ): string {
    pattern.lastIndex = 0;
    return text.replace(pattern, (...args: unknown[]) => {
      const whole = args[0] as string;
      // With named groups the replacer's last argument is the groups object, else the input string.
      const last = args[args.length - 1];
      const groups = typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : undefined;
      const offset = args[args.length - (groups ? 3 : 2)] as number;
      const secret = prefix && groups ? groups.secret ?? whole : whole;
      if (ALREADY.test(secret) || this.allowed(secret)) return whole;
      if (accept && !accept(secret)) return whole;
      if (acceptAround && !acceptAround(whole, text.slice(Math.max(0, offset - 24), offset), text.slice(offset + whole.length, offset + whole.length + 8))) return whole;
      count(stats, name);
      return prefix && groups ? (groups.keep ?? '') + marker(name) : marker(name);
    });
  }

  private applyContext(text: string, stats: RedactionStats | undefined): string {
    CONTEXT_PAIR.lastIndex = 0;
    return text.replace(CONTEXT_PAIR, (...args: unknown[]) => {
      const whole = args[0] as string;
      const g = args[args.length - 1] as { q: string; key: string; sep: string; dq?: string; sq?: string; bare?: string };
      if (!isSecretKey(g.key)) return whole;
      const value = g.dq ?? g.sq ?? g.bare ?? '';
      if (isHarmlessValue(value) || ALREADY.test(value) || this.allowed(value)) return whole;
      count(stats, 'secret_value');
      const m = marker('secret_value');
      const wrapped = g.dq !== undefined ? `"${m}"` : g.sq !== undefined ? `'${m}'` : m;
      return `${g.q}${g.key}${g.q}${g.sep}${wrapped}`;
    });
  }
}

function count(stats: RedactionStats | undefined, name: string): void {
  if (stats) stats.set(name, (stats.get(name) ?? 0) + 1);
}
