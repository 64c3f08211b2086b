import { decodeLayers, mayNeedDecoding } from './decode.js';
import { KeywordIndex } from './keyword-index.js';
import { checkPatterns } from './patterns.js';
import { CLI_FLAG, CLI_RULES, secretOf, WINDOWS_FLAG, type CliRule } from './rules/cli.js';
import {
  ARG_PAIR,
  BRACED_PAIR,
  CONNECT_CALL,
  CONTEXT_KEYWORDS,
  CONTEXT_PAIR,
  SPACED_KEY_PAIR,
  isHarmlessValue,
  isFilledInFormat,
  isPlaceholder,
  isSecretKey,
  looksCredential,
  looksGenerated,
  nearWordSecret,
  looksSecretish,
  NAME_VALUE,
  TABLE_PAIR,
  KEY_THEN_VALUE,
  foreignSentenceSecrets,
  ASCII_FOREIGN_WORD,
  DEFAULTED_VAR,
  ENV_FALLBACK,
  QUOTED_SPACE_PAIR,
  NEAR_SECRET_WORD,
  SECRET_IS,
  FOREIGN_SECRET_PAIR,
  FOREIGN_SECRET_WORD,
  IDENT_SPACE_PAIR,
  LABELLED_FIELD,
  SPACE_PAIR,
  TUPLE_PAIR,
  GO_MAP_PAIR,
  PROPERTY_COMMA_PAIR,
  PASSWORD_THEN_CREDENTIAL,
  USER_SLASH_PASSWORD,
  valueIsSecret,
  isSecretIdKey,
  XML_ELEMENT,
  XML_NAME_VALUE,
  XML_NAMED_ELEMENT,
  XML_CDATA_ELEMENT,
  HTML_CELL_PAIR,
} from './rules/context.js';
import { FORMAT_RULES, KEY_ARMOUR, type FormatRule } from './rules/format.js';
import { SEED_PHRASE_KEYWORDS, seedPhraseSpans } from './rules/seed-phrase.js';
import { mayHoldPrefixedToken, prefixedTokenSpans } from './rules/prefixed-token.js';
import { PERSONAL_RULES } from './rules/personal.js';
import { cellsOf, fieldsOf, secretColumns, secretDelimitedColumns, TABLE_RULE, type DelimitedColumns, type TableColumns } from './table.js';
import { sqlBoundSecrets } from './rules/sql-binds.js';
import { keyWords, namesAProperty } from './secret-keys.js';

/** Twelve words of three letters and the spaces between them. */
const SEED_PHRASE_MIN_LENGTH = 47;

export const marker = (rule: string): string => `[REDACTED:${rule}]`;
const MARKER = /\[REDACTED:[a-z0-9_]+\]/;
const MARKERS_G = /\[REDACTED:[a-z0-9_]+\]/g;
const MARKER_OPEN = '[REDACTED:';
const MARKER_NAME = /^[a-z0-9_]+\]/;
/**
 * The text the keyword index reads: a marker's rule name (`github_classic_token`, `secret_value`)
 * holds keywords, but a rule that ran only because of one had nothing to find there, and in the
 * pass that checks a fixed point it ran where the first pass had not. Blanked, same length, so
 * positions still hold.
 */
function keywordView(text: string): string {
  if (!text.includes(MARKER_OPEN)) return text;
  return text.replace(MARKERS_G, (m) => `${MARKER_OPEN}${' '.repeat(m.length - MARKER_OPEN.length - 1)}]`);
}

/** A `[REDACTED:` that no rule name and `]` close (planted text): what reads as inside a marker moves as markers come. */
function hasLoneOpener(text: string): boolean {
  for (let at = text.indexOf(MARKER_OPEN); at >= 0; at = text.indexOf(MARKER_OPEN, at + 1)) {
    const from = at + MARKER_OPEN.length;
    if (!MARKER_NAME.test(text.slice(from, from + 64))) return true;
  }
  return false;
}

const VALUE_WORD = /val/i;
/** An object opened with a space before its first key (`{ "S2_Unauthenticated": …`): secretBlocks' other cheap test. */
const OPENS_OBJECT = /\{\s+"/;
/** A line that starts with two words (SPACED_KEY_PAIR's cheap test). */
const SPACED_KEY_START = /^\s*(?:[-*•|]\s*)?[A-Za-z][A-Za-z0-9]* [A-Za-z]/;
/** QUOTED_SPACE_PAIR's cheap test: a word holding a secret word, spaces, a quote. */
const SECRET_WORD_THEN_QUOTE = /(?:pass|pwd|psk|secret|token|key|cred|auth|seed)\w*[)\]]?[ \t]+["']/i;
/** ENV_FALLBACK's lookups all name the environment. */
const ENV_WORD = /env/i;
/**
 * Cheap test for IDENT_SPACE_PAIR: an identifier with `_` or `.` and a secret word, then a space
 * (the pair scan costs ~8% of the redactor when it runs on every line with a secret word).
 */
const IDENT_SPACE = /[_.][\w.]*(?:pass|pwd|secret|token|key|cred|auth)[A-Za-z0-9]*[ \t]|(?:pass|pwd|secret|token|key|cred|auth)[A-Za-z0-9]*[_.][\w.]*[ \t]/i;
/** The text before a call's quoted argument ends with that argument's name (`run_id=`, `key: `). */
const NAMED_ARGUMENT = /[A-Za-z_][\w$]*\s*[=:]\s*$/;
const SECRET_CALL = /(?<![\w$])(?<fn>[A-Za-z_$][\w$.]{0,60}(?:(?:->|::)[\w$]{1,60}){0,3})\s*\(/g;
/** A key whose value is a connection string or a DSN (a string of pairs). */
const CONNECTION_KEY = /conn(?:ection)?_?str|connectionstring|dsn/i;
/** A bare value that starts with a pair of its own (`agent: DD_API_KEY=x`); base64 padding (`abc==`) is not one. */
const NESTED_PAIR = /^[A-Za-z_][\w.-]*=(?!=|$)/;
/** An ARN up to its service (`arn:aws:`) or its resource part (`arn:aws:secretsmanager:eu-west-1:123456789012:`). */
const ARN_PREFIX = /\barn:[\w-]+:(?:[\w-]+:[\w-]*:\d{0,12}:)?$/;
const insideArn = (text: string, at: number): boolean => text.charCodeAt(at - 1) === 58 && ARN_PREFIX.test(text.slice(Math.max(0, at - 120), at));
/**
 * A bare value that starts with a pair of its own. After `=` only when that inner key names a
 * secret too or more pairs follow: `RESTIC_PASSWORD=qw=n5ky…` is one value with an `=` in it, as
 * a shell reads it.
 */
function startsNestedPair(bare: string, sep: string | undefined, after: string): boolean {
  if (!NESTED_PAIR.test(bare)) return false;
  // (after `= ` with a space the value was left empty and the next pair begins: `REDIS_PASSWORD= REDIS_TLS=false`)
  if (sep === undefined || sep.includes(':') || !sep.includes('=') || /=[ \t]+$/.test(sep)) return true;
  // More pairs follow (`…_CONNECTION_STRING=Server=db,1433;Password=x`): a string of pairs. Or the
  // inner value is a path (`AuthInfo = socket=/run/munge/munge.socket.2`): a setting's own pair.
  const eq = bare.indexOf('=');
  return isSecretKey(bare.slice(0, eq)) || MORE_PAIRS.test(after) || INNER_PATH.test(bare.slice(eq + 1));
}
const INNER_PATH = /^(?:\/[\w.@-]+){2,}\/?$/;
const MORE_PAIRS = /^[;,&]\S*?=/;

/**
 * A bare value that is a key whose quoted value follows (`jwt: signing_key="…"`): the pair is that
 * key's, not the outer one's. Base64 padding before a closing quote (`"token: YWJjZA="}`) is not
 * one: the quote after it closes, or opens no value.
 */
const KEY_THEN_QUOTE = /^[A-Za-z_][\w.-]*=$/;
const QUOTED_VALUE_AHEAD = /^(?:(["'])\1|(["'])[^"'\s,;)\]}][^"'\n]*\2)/;
const opensQuotedPair = (bare: string, text: string, end: number): boolean => KEY_THEN_QUOTE.test(bare) && QUOTED_VALUE_AHEAD.test(text.slice(end, end + 400));
/**
 * A bare value after a colon that is itself a key with its value after it (`auth: rootPassword: x`,
 * a YAML mapping printed on one line): the pair is the inner key's, not the outer one's.
 */
const KEY_THEN_COLON = /^[A-Za-z_][\w.-]*:$/;
const VALUE_AHEAD = /^[ \t]+[^\s#]/;
const opensNestedKey = (bare: string, sep: string | undefined, text: string, end: number): boolean =>
  sep !== undefined &&
  sep.includes(':') &&
  KEY_THEN_COLON.test(bare) &&
  VALUE_AHEAD.test(text.slice(end, end + 2)) &&
  // (a word written like a password before a colon is the value: `password: Winter2024: rejected by policy`)
  (isSecretKey(bare.slice(0, -1)) || !looksCredential(bare.slice(0, -1)));
const PAIRS_VALUE = /^\s*[\w.-]+=[^\s;,&]*(?:[\s;,&]+[\w.-]+=[^\s;,&]*)+[\s;,&]*$/;
/** The same as an ADO.NET connection string writes it: `;` between pairs, keys of a few words (`User ID=…;Initial Catalog=…`). */
const SEMICOLON_PAIRS_VALUE = /^\s*[\w.-]+(?: [\w.-]+){0,3}=[^;]*(?:;\s*[\w.-]+(?: [\w.-]+){0,3}=[^;]*)+;?\s*$/;

export interface RedactionOptions {
  /** Mask IP and e-mail addresses too (redacted mode, the default). Secrets are masked regardless. */
  maskPersonal: boolean;
  /** Extra format rules from configuration: snake_case name and a regex source. */
  extraPatterns: { name: string; regex: string }[];
  /** Regex sources; a candidate secret that one of them matches WHOLE is kept (e.g. documented example keys). */
  allowPatterns: string[];
}

export const DEFAULT_OPTIONS: RedactionOptions = { maskPersonal: true, extraPatterns: [], allowPatterns: [] };

/** Counts of redactions per rule; never the values. */
export type RedactionStats = Map<string, number>;

/**
 * Where a found secret goes. Normally a marker replaces it; when the redactor looks at a decoded
 * copy of a line, a same-length run of one private-use character (one per rule) stands in for it,
 * so that positions still line up and the spans can be mapped back onto the raw text.
 */
export interface Sink {
  mark(name: string, secret: string): string;
  /** True when a candidate already holds a redaction (so it is not redacted twice). */
  already(candidate: string): boolean;
}
// C1 control characters: one-byte in V8, so masked copies stay one-byte strings. (Private-use
// characters made them two-byte, and the hot loops, once they had seen both kinds of string, ran
// every later line about a third slower.) Never seen in log text; a planted one is not a span.
const MASK_BASE = 0x80;
const MASK_LAST = 0x9f;
const maskIds = new Map<string, number>([['secret_value', 0]]);
const maskNames: string[] = ['secret_value'];
function maskChar(name: string): string {
  let id = maskIds.get(name);
  if (id === undefined) {
    // More rule names than slots (only with many configured patterns): the generic name stands in.
    id = MASK_BASE + maskNames.length <= MASK_LAST ? maskNames.length : 0;
    maskIds.set(name, id);
    if (id !== 0) maskNames.push(name);
  }
  return String.fromCharCode(MASK_BASE + id);
}
const MASK_CHAR = /[\x80-\x9f]/;
const MASK_CHARS = /[\x80-\x9f]/g;
/** Rules whose finds are not secrets: an address is masked where its own rule finds it, nowhere else. */
const NOT_SECRETS = new Set(['ipv4', 'ipv6', 'email']);
/**
 * The secrets marked while a text is redacted (see Redactor.sameElsewhere): one array for every
 * call, each taking back what it added, so that a line with nothing found allocates nothing. Module
 * state, as the sinks are: redaction is synchronous. (LineRedactor's own use of the sink, between
 * the lines it hands to redactLine, happens outside a redaction and collects nothing.)
 */
const marked: [name: string, secret: string][] = [];
const NONE_FOUND: readonly [string, string][] = Object.freeze([]);
/** How many redactions are under way (0: a sink used outside one collects nothing). */
let collecting = 0;
const MARKER_SINK: Sink = {
  mark: (name, secret) => {
    // (Addresses are never looked for elsewhere: most log lines with a find hold only an address.)
    if (collecting > 0 && !NOT_SECRETS.has(name)) marked.push([name, secret]);
    return marker(name);
  },
  already: (c) => MARKER.test(c),
};
const MASK_SINK: Sink = {
  mark: (name, secret) => {
    if (collecting > 0 && !NOT_SECRETS.has(name)) marked.push([name, secret]);
    return maskChar(name).repeat(secret.length);
  },
  already: (c) => MARKER.test(c) || MASK_CHAR.test(c),
};
/** A text with more distinct finds than this is a dump: the first ones are looked for elsewhere, which bounds the work. */
const ELSEWHERE_MAX = 64;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
/**
 * Whether a marker ending before `text[at]` (past the end: the end of the text) leaves every other
 * match as it was: whitespace, or a port. Any other neighbour may start a match once a marker stands
 * there instead of the address (a quote, a key: `10.0.0.1REDIS_AUTH=x`, `a@b.io"api_key": "x"`).
 */
const freeAfter = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  if (c !== c || c === 32 || c === 9) return true;
  // A port (`10.0.0.1:50010`): the digits keep the colon before them, and a key neither ends nor starts
  // at a colon after digits, so nothing new can match there; most addresses in logs are written so.
  const d = text.charCodeAt(at + 1);
  return c === 58 && d >= 48 && d <= 57;
};
/** Characters of a run a high-entropy rule could take whole (NEAR_SECRET_WORD's class). */
const inTokenRun = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || '+/=_.~!@#$%^&*-'.includes(String.fromCharCode(c));
/**
 * The same before a marker starting at `at`: whitespace, `:`, `(` or `,` end every candidate as
 * a marker's `[` does; `=` ends a key (`rhost=<ip>`), except after a run long enough for a
 * high-entropy rule, whose candidate the address's digits continued and the marker cuts short.
 */
function freeBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c !== c || c === 32 || c === 9 || c === 58 || c === 40 || c === 44) return true;
  if (c !== 61) return false;
  let run = 1;
  while (run < 16 && inTokenRun(text.charCodeAt(at - 1 - run))) run++;
  return run < 16;
}

/** A key that is the word key alone (see applyPairs), and a field that names a user. */
const BARE_KEY = /^key$/i;
const USER_FIELD = /(?<![\w-])["']?(?:user|username|user_name|login|account|consumer)["']?\s*[:=]/i;

/** The named groups a pair's value can be in, in the order the pair patterns try them. */
const VALUE_GROUPS = ['ph', 'dq', 'sq', 'bq', 'ang', 'bytes', 'brk', 'arr', 'bare', 'uq', 'v'] as const;
const QUOTED_OR_BARE = ['dq', 'sq', 'bare'] as const;
/** Which value group a pair matched (a loop, not find with a closure: this runs for every key=value of a line). */
function valueGroupOf(g: Record<string, string | undefined>): (typeof VALUE_GROUPS)[number] | undefined {
  for (const n of VALUE_GROUPS) if (g[n] !== undefined) return n;
  return undefined;
}

/** Whether `at` is inside an unclosed `${…}` before it: what a reference holds is names, not pairs. */
function insideReference(text: string, at: number): boolean {
  const open = text.lastIndexOf('${', at);
  return open >= 0 && text.lastIndexOf('}', at) < open;
}

/** Redaction never grows a line beyond this: longer output becomes one marker. */
const GROWTH_FACTOR = 3;
const GROWTH_SLACK = 96;

/**
 * One automaton over every built-in rule's keywords, whatever the options (configured patterns
 * have no keywords). Built on the first string redacted rather than at start-up: it is the
 * largest piece of start-up work, and a server that is only asked for its tool list never needs it.
 */
let sharedIndex: KeywordIndex | undefined;
function ruleIndex(): KeywordIndex {
  if (sharedIndex) return sharedIndex;
  // (The context rule's keyword ends are tracked: see keyStarts.)
  const index = new KeywordIndex([...FORMAT_RULES.map((r) => r.keywords), ...CLI_RULES.map((r) => r.keywords), CONTEXT_KEYWORDS, SEED_PHRASE_KEYWORDS, ...PERSONAL_RULES.map((r) => r.keywords)], FORMAT_RULES.length + CLI_RULES.length);
  // The one-pass shortcut in `line` relies on this: an address marker holds no keyword of any rule.
  for (const r of PERSONAL_RULES) if (index.rulesIn(`x${marker(r.name)}x`).length > 0) throw new Error(`marker of ${r.name} holds a keyword`);
  return (sharedIndex = index);
}

/** Whether a sorted list of rule ids holds one that `before` (sorted) does not. */
function hasNew(now: readonly number[], before: readonly number[]): boolean {
  let j = 0;
  for (const id of now) {
    while (j < before.length && before[j]! < id) j++;
    if (j === before.length || before[j] !== id) return true;
  }
  return false;
}

/** A character of a pair's key (CONTEXT_PAIR's KEY class). */
const isKeyChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 36 || c === 64 || c === 45;
/** CONTEXT_PAIR's longest key: a longer word is no key. */
const KEY_MAX = 80;
/** A pattern's sticky twin, tried at one place only. */
const stickyTwin = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags.replace('g', '')}y`);
/** The pair patterns whose key starts the match, with their twins: see keyStarts. */
const ANCHORED = new Map<RegExp, RegExp>([CONTEXT_PAIR, SPACE_PAIR, IDENT_SPACE_PAIR, QUOTED_SPACE_PAIR, KEY_THEN_VALUE, BRACED_PAIR].map((re) => [re, stickyTwin(re)]));

/**
 * Where a pair pattern whose match starts with its key (ANCHORED) may start a pair whose key names
 * a secret. Such a key holds a keyword of the context rule (the keyword index's contract) and is a
 * whole word, or the part of one after a `$` or `@` (the patterns' lookbehinds): so the pair starts
 * where the word around a keyword's end starts, after a `$` or `@` in it, or at the quote or
 * bracket just before the word (`["password"] =>`). Tried there only, a pattern skips every other
 * word of the line, which on a line of `key=value` fields was most of its cost. `ends`: the keyword
 * ends (the offset of their last character), ascending. Ascending, no place twice.
 */
function keyStarts(text: string, ends: Int32Array): number[] {
  const starts: number[] = [];
  for (let k = 0; k < ends.length; k++) {
    let i = ends[k]!;
    // Back over the keyword's own trailing non-key characters (`sig=`, `pin `, `connect(`), then over the word.
    const last = i - 8;
    while (i > last && i >= 0 && !isKeyChar(text.charCodeAt(i))) i--;
    if (i < 0 || !isKeyChar(text.charCodeAt(i))) continue;
    // (A key is KEY_MAX characters at most: none that holds this one starts further back.)
    const floor = i - KEY_MAX;
    for (; i > 0 && i > floor && isKeyChar(text.charCodeAt(i - 1)); i--) {
      const c = text.charCodeAt(i - 1);
      if (c === 36 || c === 64) starts.push(i);
    }
    if (i > floor && (i === 0 || !isKeyChar(text.charCodeAt(i - 1)))) {
      starts.push(i);
      const before = text.charCodeAt(i - 1);
      const quoted = before === 34 || before === 39;
      if (quoted || before === 91) starts.push(i - 1);
      if (quoted && text.charCodeAt(i - 2) === 91) starts.push(i - 2);
    }
  }
  // (Found back to front, and again for each keyword of one word: ascending, each once.)
  if (starts.length > 1) starts.sort((a, b) => a - b);
  let kept = 0;
  for (let k = 0; k < starts.length; k++) if (kept === 0 || starts[k]! > starts[kept - 1]!) starts[kept++] = starts[k]!;
  starts.length = kept;
  return starts;
}

const SECRET_KEY = 1;
const NAMES_A_KEY = 2;
const HOLDS_A_VALUE = 4;
const keyRoles = new Map<string, number>();

/**
 * What a structure's key says, remembered: a listing repeats the same few keys on every row, and
 * judging each one again was a third of the cost of redacting a page.
 */
function keyRole(key: string): number {
  let role = keyRoles.get(key);
  if (role === undefined) {
    role = (isSecretKey(key) ? SECRET_KEY : 0) | (/^(?:name|key|parameter_?key)$/i.test(key) ? NAMES_A_KEY : 0) | (/^(?:value|parameter_?value)$/i.test(key) ? HOLDS_A_VALUE : 0);
    if (keyRoles.size < 10_000) keyRoles.set(key, role);
  }
  return role;
}

/** Longest text remembered (V8 hashes strings whole up to about this length). */
const MEMO_MAX_LENGTH = 16_000;
/** About 8 MB of remembered text, inputs and outputs together (two bytes per character at worst). */
const MEMO_BUDGET_CHARS = 2_000_000;

/**
 * The one redactor: compiled once from the built-in rules and the configured options, then applied
 * to every string at every boundary. Per line: format rules (most specific names first), configured
 * patterns, command-line rules, key-context rules, secret-word + high-entropy, then personal data.
 * Around that: lines with escapes are also redacted as decoded (see decode.ts), and text of many
 * lines keeps state from line to line (PEM blocks, values on the line after their key).
 */
export class Redactor {
  private readonly formatRules: readonly FormatRule[];
  /** Configured patterns have no keywords: they run on every string. */
  private readonly extraRules: readonly FormatRule[];
  private readonly cliBase: number;
  private readonly contextId: number;
  private readonly seedPhraseId: number;
  private readonly personalBase: number;
  private readonly allow: RegExp[];
  /**
   * Texts already redacted, with their results. The boundaries redact the same strings again and
   * again (every poll of list_runs re-reads rows whose text was redacted before it was stored;
   * rows are redacted again on the way out because rules improve between versions), and redaction
   * is a pure function of the text and this redactor's options. Forgotten all at once past a
   * budget: cheaper than an LRU, and a working set of rows refills it in one pass.
   */
  private readonly memo = new Map<string, string>();
  private memoChars = 0;
  private sawKeyWord = false;
  private decodedHits = 0;
  /** Set by each pass: no keyword of a secret rule (format, command line, context) in the text. */
  private onlyPersonal = false;
  /** Set by each pass: a secret rule (not an address rule) changed the text. */
  private secretChanged = false;
  /** Set by each pass: a marker touches text that may match now it stands there (see freeAfter, freeBefore). */
  private markerGlued = false;
  /** Set by each pass: its text, and where the context rule's keywords end in it (see keyStartsOf). */
  private passInput = '';
  private passKeyEnds: Int32Array | undefined;
  /** The last text keyStartsOf read, and its answer. */
  private startsText: string | undefined;
  private startsAt: number[] | undefined;
  /** Set by each pass: an address's marker touches other text. */
  private addressGlued = false;
  /** Set by each pass: the position of the last step that changed the text with a secret (-1: none; see pass). */
  private lastChange = -1;
  /** Set by each pass: the rules with a keyword in its text. */
  private lastHits: readonly number[] = [];
  /** The finds of the last redaction that sameElsewhere looked for elsewhere (see takeFound). */
  private found: readonly [string, string][] = NONE_FOUND;

  constructor(private readonly options: RedactionOptions = DEFAULT_OPTIONS) {
    const problems = checkPatterns(options);
    if (problems.length > 0) throw new Error(`redaction patterns refused: ${problems.join('; ')}`);
    this.formatRules = FORMAT_RULES;
    this.extraRules = options.extraPatterns.map((p): FormatRule => ({ name: p.name, pattern: new RegExp(p.regex, 'g'), keywords: [] }));
    // Keyword ids: format rules by position, then the command-line rules, the context rule, the seed phrase rule, the personal rules.
    this.cliBase = this.formatRules.length;
    this.contextId = this.cliBase + CLI_RULES.length;
    this.seedPhraseId = this.contextId + 1;
    this.personalBase = this.seedPhraseId + 1;
    // Anchored: an allow pattern keeps a candidate it matches whole, never one it merely occurs in.
    this.allow = options.allowPatterns.map((a) => new RegExp(`^(?:${a})$`));
  }

  get maskPersonal(): boolean {
    return this.options.maskPersonal;
  }

  redact(input: string, stats?: RedactionStats): string {
    if (input.length === 0) return input;
    // Counting callers (a run's redaction tally) need every pass; the boundaries do not.
    if (stats !== undefined || input.length > MEMO_MAX_LENGTH) return this.redactUncached(input, stats);
    const known = this.memo.get(input);
    if (known !== undefined) return known;
    const out = this.redactUncached(input);
    if (this.memoChars > MEMO_BUDGET_CHARS) {
      this.memo.clear();
      this.memoChars = 0;
    }
    this.memo.set(input, out);
    this.memoChars += input.length + out.length;
    return out;
  }

  private redactUncached(input: string, stats?: RedactionStats): string {
    const from = marked.length;
    let out: string;
    collecting++;
    try {
      out = this.redactPasses(input, stats);
    } catch (error) {
      marked.length = from;
      throw error;
    } finally {
      collecting--;
    }
    if (marked.length === from) return out;
    const repeatable: [string, string][] = [];
    out = this.sameElsewhere(out, marked.splice(from), stats, repeatable);
    this.found = repeatable;
    return bounded(input, out, stats);
  }

  /** What redactLine calls marked since the last call, that sameElsewhere looks for elsewhere (LineRedactor does, in the lines after). */
  takeFound(): readonly [string, string][] {
    const found = this.found;
    this.found = NONE_FOUND;
    return found;
  }

  /** `text` with every whole-word occurrence of secrets found elsewhere (takeFound's) marked: see sameElsewhere. */
  markFoundElsewhere(text: string, found: readonly [string, string][], stats?: RedactionStats): string {
    return this.sameElsewhere(text, found, stats);
  }

  /**
   * A value found to be a secret in one place is a secret wherever else the text repeats it: an ORM
   * prints a bound token in its statement and again in its parameter list (`SET "auth_token" = 'X'
   * … args=('X', 3)`), a dump shows it under its key and inside a URL or a command. Only values with
   * a credential's shape, whole words where they recur: a weak password (`postgres`) is often also
   * the user's or the database's name, which stays readable.
   */
  private sameElsewhere(text: string, found: readonly [string, string][], stats: RedactionStats | undefined, repeatable?: [string, string][]): string {
    let out = text;
    const seen = new Set<string>();
    for (const find of found) {
      const [name, secret] = find;
      if (seen.has(secret) || !looksCredential(secret) || secret.includes('[REDACTED')) continue;
      seen.add(secret);
      repeatable?.push(find);
      if (seen.size > ELSEWHERE_MAX) break;
      let at = out.indexOf(secret);
      while (at >= 0) {
        const end = at + secret.length;
        if (!isWordChar(out.charCodeAt(at - 1)) && !isWordChar(out.charCodeAt(end))) {
          out = out.slice(0, at) + marker(name) + out.slice(end);
          count(stats, name);
          at = out.indexOf(secret, at + marker(name).length);
        } else at = out.indexOf(secret, at + 1);
      }
    }
    return out;
  }

  private redactPasses(input: string, stats?: RedactionStats): string {
    if (!mayNeedDecoding(input)) return bounded(input, this.text(input, MARKER_SINK, stats), stats);
    this.decodedHits = 0;
    let out = this.once(input, stats);
    // Nothing found in the decoded view: the raw pass already ran to its fixed point.
    if (this.decodedHits === 0) return bounded(input, out, stats);
    // A replacement can expose a new match (a marker ends a value early, a decoded secret unmasks a
    // neighbour); rounds repeat until nothing changes, which makes redaction idempotent. (Without
    // escapes one round is enough: each line already repeats its passes until nothing changes.)
    for (let i = 0; i < 3 && out !== input; i++) {
      const next = this.once(out, stats);
      if (next === out) break;
      out = next;
    }
    return bounded(input, out, stats);
  }

  /** One round: the decoded view first (when the line has escapes), then the raw text. */
  private once(raw: string, stats?: RedactionStats): string {
    if (!mayNeedDecoding(raw)) return this.text(raw, MARKER_SINK, stats);
    const decoded = decodeLayers(raw);
    if (!decoded) return this.text(raw, MARKER_SINK, stats);
    // A mask character already in the text (planted, or a stray C1 byte) would read as "already
    // redacted": neutralise it in the copy (same length, so the offset map still holds).
    const text = MASK_CHAR.test(decoded.text) ? decoded.text.replace(MASK_CHARS, '?') : decoded.text;
    const masked = this.text(text, MASK_SINK, undefined);
    let rewritten = raw;
    if (masked !== text) {
      rewritten = applySpans(raw, { text, map: decoded.map }, masked, stats);
      if (rewritten !== raw) this.decodedHits++;
    }
    return this.text(rewritten, MARKER_SINK, stats);
  }

  /** Text of one or many lines; many lines share state (see LineState). */
  private text(text: string, sink: Sink, stats?: RedactionStats): string {
    if (text.indexOf('\n') < 0) return this.line(text, sink, stats);
    const state = new LineState();
    const lines = text.split('\n');
    const hadKeyWord = () => this.lastHadKeyWord;
    for (let i = 0; i < lines.length; i++) lines[i] = state.line(lines[i]!, sink, (l) => this.line(l, sink, stats), stats, hadKeyWord);
    return lines.join('\n');
  }

  /** Redacts one line (no state carried), with the marker sink: what LineRedactor calls per line. */
  redactLine(line: string, stats?: RedactionStats): string {
    // Never the memo: a stream's lines rarely repeat whole, and LineRedactor reads lastHadKeyWord
    // after each line, which only a real pass sets.
    return this.redactUncached(line, stats);
  }

  /** The sink LineRedactor's state writes markers with. */
  get markerSink(): Sink {
    return MARKER_SINK;
  }

  /** Whether the last line given to `line` had a secret-key word (LineState looks for keys only then). */
  lastHadKeyWord = false;

  private line(input: string, sink: Sink, stats?: RedactionStats): string {
    if (input.length === 0) {
      this.lastHadKeyWord = false;
      return input;
    }
    this.sawKeyWord = false;
    let out = this.pass(input, sink, stats);
    this.lastHadKeyWord = this.sawKeyWord;
    // No secret rule had a keyword here, so only address rules could change the line; their markers
    // hold no keyword and join none, so a second pass could find nothing new (most log lines with an IP).
    if (this.onlyPersonal && this.extraRules.length === 0) return out;
    // Secret rules had keywords but changed nothing, and only address rules did: their markers read
    // as "already redacted" to every secret rule, so the second pass finds nothing new, unless a
    // marker touches text that may now match where the address blocked it (`10.0.0.1REDIS_AUTH=x`,
    // `a@b.io"api_key": "x"`: the key starts only once the address is a marker). So: the
    // `user=… rhost=<ip> user=root` authentication lines, addresses between spaces.
    // (A secret rule's change always gets its second pass: on real text it rarely finds anything,
    // but a value cut short or a key uncovered by a marker does occur, and redaction must be idempotent.)
    if (!this.secretChanged && !this.markerGlued && this.extraRules.length === 0) return out;
    // The second pass checks the fixed point. The rules after the last one that changed the line
    // already ran on the text it holds now and found nothing: it stops there when nothing changed
    // before (see pass). An address's mask that may matter (see PersonalRule.inert), or configured patterns: every rule again.
    const until = this.addressGlued || this.extraRules.length > 0 || this.lastChange < 0 ? Infinity : this.lastChange;
    for (let i = 0; i < 4 && out !== input; i++) {
      const next = this.pass(out, sink, stats, i === 0 ? until : Infinity);
      if (next === out) break;
      input = out;
      out = next;
    }
    return out;
  }

  /**
   * One pass of every rule over a line. `until`: this pass checks the last one's output (a fixed
   * point), whose rules after position `until` (see lastChange) ran on this very text and changed
   * nothing: while this pass has changed nothing either, it stops before them. Not when some rule
   * has a keyword now that it had not then (a marker's rule name, a word a marker completed): that
   * rule never ran on this text.
   */
  private pass(input: string, sink: Sink, stats?: RedactionStats, until = Infinity): string {
    const index = ruleIndex();
    const hits = index.rulesIn(keywordView(input));
    const stops = until !== Infinity && !hasNew(hits, this.lastHits);
    this.lastHits = hits;
    this.lastChange = -1;
    // Found on the keyword pass. Replacements add only ASCII markers (or mask characters, which are
    // no foreign word): what follows needs no second look at the line for non-ASCII text.
    const nonAscii = index.sawNonAscii;
    let out = input;
    let context = false;
    let seedPhrase = false;
    let personal = 0; // bit i: personal rule i has a keyword here
    this.markerGlued = false;
    this.onlyPersonal = hits.length === 0 || hits[0]! >= this.personalBase;
    for (const id of hits) {
      if (id < this.contextId && stops && id > until && out === input) return out;
      if (id < this.cliBase) {
        const rule = this.formatRules[id]!;
        const before = out;
        out = this.replace(out, rule.pattern, rule.name, sink, stats, rule.prefix ?? false, rule.accept);
        if (out !== before) this.lastChange = id;
      } else if (id < this.contextId) {
        const before = out;
        out = this.replaceGroups(out, CLI_RULES[id - this.cliBase]!, sink, stats);
        if (out !== before) this.lastChange = id;
      } else if (id === this.contextId) {
        context = true;
        this.sawKeyWord = true;
      } else if (id === this.seedPhraseId) {
        seedPhrase = true;
      } else {
        personal |= 1 << (id - this.personalBase);
      }
    }
    // (Read now: only the pair searches below have the index read another text.)
    this.passInput = input;
    this.passKeyEnds = context ? index.trackedEnds() : undefined;
    // Positions of the steps below, after every keyword rule's id, in the order they run.
    const atShapes = this.contextId;
    const atPairs = atShapes + 1;
    const atMorePairs = atShapes + 2;
    const atSentences = atShapes + 3;
    const atForeign = atShapes + 4;
    if (stops && out === input && atShapes > until) return out;
    // Secrets known by their shape alone, without a keyword: a seed phrase (before the key rules,
    // which would take its first word and leave eleven), a vendor's prefixed token.
    const shaped = this.byShape(out, seedPhrase, sink, stats);
    if (shaped !== out) (out = shaped), (this.onlyPersonal = false), (this.lastChange = atShapes);
    for (const rule of this.extraRules) out = this.replaceExtra(out, rule, sink, stats);
    if (context && !(stops && out === input && atPairs > until)) {
      let before = out;
      // Cheap literal tests first: these shapes need a `value` word or a closing tag.
      if (VALUE_WORD.test(out)) {
        out = this.applyPairs(out, NAME_VALUE, sink, stats);
        out = this.applyPairs(out, KEY_THEN_VALUE, sink, stats);
      }
      if (out.includes('Label=')) out = this.applyPairs(out, LABELLED_FIELD, sink, stats);
      if (out.includes('</')) {
        out = this.applyPairs(out, XML_NAME_VALUE, sink, stats);
        out = this.applyPairs(out, XML_ELEMENT, sink, stats);
        if (out.includes('name=') || out.includes('key=')) out = this.applyPairs(out, XML_NAMED_ELEMENT, sink, stats);
        if (out.includes('<![CDATA[')) out = this.applyPairs(out, XML_CDATA_ELEMENT, sink, stats);
        if (out.includes('</td>')) out = this.applyPairs(out, HTML_CELL_PAIR, sink, stats);
      }
      // (Tried only at the words around the context keywords, as the other key-first patterns: see keyStartsOf.)
      out = this.applyPairs(out, CONTEXT_PAIR, sink, stats);
      // (a key of several words starts its line: one look at the line's start)
      if (SPACED_KEY_START.test(out)) out = this.applyPairs(out, SPACED_KEY_PAIR, sink, stats);
      if (out !== before) this.lastChange = atPairs;
      if (stops && out === input && atMorePairs > until) return out;
      before = out;
      if (out.includes(',')) {
        out = this.applyPairs(out, ARG_PAIR, sink, stats);
        out = this.applyPairs(out, TUPLE_PAIR, sink, stats);
        if (out.includes(', ')) out = this.applyPairs(out, PROPERTY_COMMA_PAIR, sink, stats, true);
      }
      if (out.includes('={')) out = this.applyPairs(out, BRACED_PAIR, sink, stats);
      if (out.includes(':[')) out = this.applyPairs(out, GO_MAP_PAIR, sink, stats);
      if (out.includes('|')) out = this.applyPairs(out, TABLE_PAIR, sink, stats, true);
      if (out.includes('${')) out = this.applyPairs(out, DEFAULTED_VAR, sink, stats);
      if (out.includes('{"') || OPENS_OBJECT.test(out)) out = this.secretBlocks(out, sink, stats);
      if (ENV_WORD.test(out)) out = this.applyPairs(out, ENV_FALLBACK, sink, stats);
      if (SECRET_WORD_THEN_QUOTE.test(out)) out = this.applyPairs(out, QUOTED_SPACE_PAIR, sink, stats);
      out = this.replaceGroups(out, CLI_FLAG, sink, stats);
      out = this.replaceGroups(out, WINDOWS_FLAG, sink, stats);
      // A secret call's argument is quoted: without a quote there is nothing for it to find.
      if (out.includes('(') && (out.includes('"') || out.includes("'"))) out = this.secretCalls(out, sink, stats);
      const ident = IDENT_SPACE.exec(out);
      if (ident) out = this.applyPairs(out, IDENT_SPACE_PAIR, sink, stats, true, Math.max(0, ident.index - 80));
      // `key value` ends the line: scan its tail only, and only when the last word could be a secret.
      if (lastWordMayBeSecret(out)) out = this.applyPairs(out, SPACE_PAIR, sink, stats, true, Math.max(0, out.length - 160));
      if (out !== before) this.lastChange = atMorePairs;
      if (stops && out === input && atSentences > until) return out;
      before = out;
      out = this.replace(out, NEAR_SECRET_WORD, 'high_entropy_secret', sink, stats, true, nearWordSecret);
      out = this.replace(out, SECRET_IS, 'secret_value', sink, stats, true, looksSecretish);
      out = this.replace(out, PASSWORD_THEN_CREDENTIAL, 'secret_value', sink, stats, true);
      if (out.includes('/')) out = this.replace(out, USER_SLASH_PASSWORD, 'secret_value', sink, stats, true, looksSecretish);
      // A command that prints a secret, with what it printed on the same line (`… secret show … -> {"value": "x"}`).
      if (printsSecret(out)) out = this.replace(out, ECHOED_VALUE, 'secret_value', sink, stats, true);
      // A statement whose secret column's value stands apart from its name (a value list, bound parameters).
      out = this.rewrite(out, sqlBoundSecrets(out).filter(([b, e]) => !sink.already(out.slice(b, e)) && !this.allowed(out.slice(b, e))), 'secret_value', sink, stats);
      if (out !== before) this.lastChange = atSentences;
    }
    if (stops && out === input && atForeign > until) return out;
    if ((context || nonAscii) && FOREIGN_SECRET_WORD.test(out)) {
      const before = out;
      out = this.replace(out, FOREIGN_SECRET_PAIR, 'secret_value', sink, stats, true, looksSecretish);
      // A secret rule changed the line though no keyword was found (the password word in another
      // script): its marker holds keywords, so the line needs the second pass like any other.
      if (out !== before) (this.onlyPersonal = false), (this.lastChange = atForeign);
    }
    // The value further on in a sentence in another language (`… lautet X`, `密码为 X，`).
    if (nonAscii || (context && ASCII_FOREIGN_WORD.test(out))) {
      const spans = foreignSentenceSecrets(out).filter(([b, e]) => !sink.already(out.slice(b, e)) && !this.allowed(out.slice(b, e)));
      if (spans.length > 0) {
        out = this.rewrite(out, spans, 'secret_value', sink, stats);
        this.onlyPersonal = false;
        this.lastChange = atForeign;
      }
    }
    this.secretChanged = out !== input;
    // (Addresses: the last pass masked them in this text, and their markers touch nothing, or the pass would not stop.)
    if (stops && out === input) return out;
    // A secret's marker that touches other text was there when every later secret rule ran; an
    // address's marker was not (address rules run last): only that kind needs every rule again.
    const secretGlued = this.markerGlued;
    const secretText = out;
    this.markerGlued = false;
    if (this.options.maskPersonal) {
      for (let i = 0; i < PERSONAL_RULES.length; i++) {
        const rule = PERSONAL_RULES[i]!;
        // Found by its keyword: the search starts near the first one, unless a secret rule changed the text (positions moved).
        const from = personal & (1 << i) ? (out === input && rule.reach !== undefined ? index.searchFrom(this.personalBase + i, rule.reach) : 0) : rule.anchor ? rule.anchor(out) : -1;
        if (from < 0) continue;
        const before = out;
        out = this.replace(out, rule.pattern, rule.name, sink, stats, false, undefined, rule.accept, from);
        // (See PersonalRule.inert: another address's mask may change what the secret rules find.)
        if (out !== before && !rule.inert) this.markerGlued = true;
      }
    }
    // A planted `[REDACTED:` (no rule name and `]` close it) reads differently once a marker stands after it.
    if (!this.markerGlued && out !== secretText && input.includes(MARKER_OPEN) && hasLoneOpener(input)) this.markerGlued = true;
    this.addressGlued = this.markerGlued;
    this.markerGlued ||= secretGlued;
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
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    // name/value entries (`{name: 'DB_PASSWORD', value: 'x'}`: Kubernetes env, SSM, ECS): the name is the key.
    let named: string | undefined;
    for (const k of keys) {
      const v = object[k];
      if (keyRole(k) & NAMES_A_KEY && typeof v === 'string' && isSecretKey(v)) {
        named = v;
        break;
      }
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const role = keyRole(k);
      const v = object[k];
      const secretKey = role & SECRET_KEY || (named !== undefined && role & HOLDS_A_VALUE);
      out[k] = secretKey ? this.secretField(v, named ?? k, stats, depth) : this.redactDeep(v, stats, depth + 1);
    }
    return out as T;
  }

  /**
   * The value of a secret-named key. Strings go whole; numbers and booleans stay as they are (they
   * are never the secret in a structure, and schema-typed data must keep its types); arrays of
   * strings lose each string.
   */
  private secretField(v: unknown, key: string, stats: RedactionStats | undefined, depth: number): unknown {
    if (typeof v === 'string') {
      if (!valueIsSecret(key, v) || MARKER.test(v) || this.allowed(v)) return this.redact(v, stats);
      count(stats, 'secret_value');
      return marker('secret_value');
    }
    if (Array.isArray(v)) return v.map((x) => this.secretField(x, key, stats, depth + 1));
    return this.redactDeep(v, stats, depth + 1);
  }

  /** `KEY=value` environment entries: the key stays, a secret-named key loses its value, others are scrubbed. */
  redactEnvEntry(entry: string, stats?: RedactionStats): string {
    const eq = entry.indexOf('=');
    if (eq < 0) return this.redact(entry, stats);
    // The key is container-chosen text too: a token used as a variable name must not pass.
    const key = entry.slice(0, eq);
    const shownKey = this.redact(key, stats);
    const value = entry.slice(eq + 1);
    if (valueIsSecret(key, value) && !this.allowed(value)) {
      count(stats, 'secret_value');
      return `${shownKey}=${marker('secret_value')}`;
    }
    return `${shownKey}=${this.redact(value, stats)}`;
  }

  private allowed(candidate: string): boolean {
    return this.allow.length > 0 && this.allow.some((a) => a.test(candidate));
  }

  private replace(
    text: string,
    pattern: RegExp,
    name: string,
    sink: Sink,
    stats: RedactionStats | undefined,
    prefix: boolean,
    accept?: (secret: string) => boolean,
    acceptAround?: (match: string, text: string, start: number, end: number) => boolean,
    from = 0,
  ): string {
    // An exec loop rather than String#replace with a callback: no argument array per match, and
    // a line with no match (most of them) costs one failed search.
    pattern.lastIndex = from;
    let out = '';
    let kept = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.global ? pattern.exec(text) : null) {
      const whole = m[0];
      const offset = m.index;
      if (whole.length === 0) {
        // An empty match moves on by one character (two for a surrogate pair in unicode mode), as String#replace does.
        pattern.lastIndex = offset + (pattern.unicode && isHighSurrogate(text.charCodeAt(offset)) ? 2 : 1);
        continue;
      }
      const groups = m.groups;
      const secret = prefix && groups ? (groups.secret ?? whole) : whole;
      if (sink.already(secret) || this.allowed(secret)) continue;
      // Text already masked by someone else ("Bearer [REDACTED]", "***", "<redacted>") or a template.
      if (prefix && isPlaceholder(secret)) continue;
      // ...or a token's shape filled in with words (`xoxb-your-bot-token`; not an address's rule, which has acceptAround).
      if (!prefix && acceptAround === undefined && isFilledInFormat(whole)) continue;
      if (accept && !accept(secret)) continue;
      if (acceptAround && !acceptAround(whole, text, offset, offset + whole.length)) continue;
      count(stats, name);
      out += text.slice(kept, offset) + (prefix && groups ? (groups.keep ?? '') + sink.mark(name, secret) : sink.mark(name, whole));
      kept = offset + whole.length;
      if (!freeAfter(text, kept) || !freeBefore(text, offset)) this.markerGlued = true;
    }
    return kept === 0 ? text : out + text.slice(kept);
  }

  /**
   * A configured pattern. Matches that overlap a marker are skipped (a pattern never re-redacts a
   * marker, `[REDACTED:[REDACTED:…]]`), and so are matches that cut a word in half (`T[0-9]*` in
   * "Timeout"); empty matches cannot happen (refused at construction).
   */
  private replaceExtra(text: string, rule: FormatRule, sink: Sink, stats: RedactionStats | undefined): string {
    const protectedSpans = markerSpans(text);
    rule.pattern.lastIndex = 0;
    return text.replace(rule.pattern, (whole: string, ...rest: unknown[]) => {
      const offset = rest.find((x) => typeof x === 'number') as number;
      const end = offset + whole.length;
      if (whole.length === 0 || sink.already(whole) || this.allowed(whole)) return whole;
      if (protectedSpans.some(([s, e]) => offset < e && end > s)) return whole;
      if (/[A-Za-z0-9]/.test(text[offset - 1] ?? '') && /[A-Za-z0-9]/.test(whole[0]!)) return whole;
      if (/[A-Za-z0-9]/.test(text[end] ?? '') && /[A-Za-z0-9]/.test(whole[whole.length - 1]!)) return whole;
      count(stats, rule.name);
      return sink.mark(rule.name, whole);
    });
  }

  /** A rule whose `secret` (or `secret2`/`secret3`) group is replaced, found with match indices. */
  private replaceGroups(text: string, rule: CliRule, sink: Sink, stats: RedactionStats | undefined): string {
    rule.pattern.lastIndex = 0;
    const spans: [number, number][] = [];
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const g = (m.groups ?? {}) as Record<string, string | undefined>;
      const secret = secretOf(g);
      if (secret.length === 0 || sink.already(secret) || this.allowed(secret) || isPlaceholder(secret)) continue;
      // The secret ends the match, or only its closing quote follows it.
      const whole = m[0];
      const end = m.index + (whole.endsWith(secret) ? whole.length : whole.length - 1);
      if (text.slice(end - secret.length, end) !== secret) continue;
      if (rule.accept && !rule.accept(g, text)) continue;
      // `-Password (ConvertTo-SecureString -String "x" …)`, `--auth-user-pass <(printf 'u\np')`: the value
      // is a command (or its output as a file); its quoted credential goes.
      if (COMMAND_VALUE.test(secret) || CMDLET.test(secret)) {
        const arg = quotedCredential(text, end - secret.length);
        if (arg) spans.push(arg);
        continue;
      }
      spans.push([end - secret.length, end]);
    }
    return this.rewrite(text, spans, rule.name, sink, stats);
  }

  /**
   * Where the ANCHORED pair patterns may start in `text` (see keyStarts), remembered for the text:
   * from the keyword ends the pass began with, or, once a rule changed the text, from the index
   * reading it again (cheaper than a search of the whole line). Undefined: search it whole (text
   * outside ASCII, or too many keywords).
   */
  private keyStartsOf(text: string): number[] | undefined {
    if (text !== this.startsText) {
      const index = ruleIndex();
      // (The address rules' search then starts at the line's start: they only use the first scan's places while the text is the pass's own.)
      const ends = text === this.passInput ? this.passKeyEnds : (index.rulesIn(keywordView(text)), index.trackedEnds());
      this.startsText = text;
      this.startsAt = ends && keyStarts(text, ends);
    }
    return this.startsAt;
  }

  /**
   * key/value pair rules: a `key` group tested with isSecretKey and a value group (dq, sq, bq, bare
   * or v). `endOfLine`: the pair has no separator (`requirepass x`), so the value must also look
   * like a credential.
   */
  private applyPairs(text: string, re: RegExp, sink: Sink, stats: RedactionStats | undefined, spaceSeparated = false, from = 0): string {
    re.lastIndex = from;
    const markers = text.includes('[REDACTED:');
    const spans: [number, number][] = [];
    // An ANCHORED pattern is tried only where a pair can start (ascending), with its sticky twin:
    // the next match is the first one at such a place at or after where the search stands
    // (re.lastIndex, which the loop below moves as it would for the pattern's own search).
    const twin = ANCHORED.get(re);
    const starts = twin && this.keyStartsOf(text);
    let next = 0;
    const exec = (): RegExpExecArray | null => {
      if (starts === undefined) return re.exec(text);
      for (const stand = re.lastIndex; next < starts.length; ) {
        const at = starts[next++]!;
        if (at < stand) continue;
        twin!.lastIndex = at;
        const m = twin!.exec(text);
        if (m) {
          re.lastIndex = twin!.lastIndex;
          return m;
        }
      }
      return null;
    };
    for (let m = exec(); m; m = exec()) {
      const g = m.groups as Record<string, string | undefined>;
      const key = g.key!;
      const which = valueGroupOf(g);
      if (!which) continue;
      // A marker's rule name is no key (`"[REDACTED:secret_value]":"bob"`).
      if (markers && insideMarker(text, m.index + m[0].indexOf(key))) continue;
      // Nor is a word inside a reference expression (`${VAULT::ds::password::1}`, JBoss's vault): a name.
      if (re !== DEFAULTED_VAR && insideReference(text, m.index)) continue;
      let start: number;
      let end: number;
      if (m.indices) [start, end] = m.indices.groups![which]!;
      else {
        // The value ends the match (after its closing quote or bracket, if any): no need for the costly `d` flag.
        end = m.index + m[0].length - (which === 'dq' || which === 'sq' || which === 'bq' || which === 'brk' || which === 'bytes' ? 1 : which === 'arr' ? 2 : 0);
        start = end - g[which]!.length;
      }
      // Not a secret key: the value may hold pairs of its own (`agent: DD_API_KEY=x`), so scan on from its start.
      // Nor is a service or resource type inside an ARN (`arn:aws:secretsmanager:…:123456789012:secret:prod/db`): names, not pairs.
      // A bare `key` names no secret (a cache key, an object key), unless its record names a user
      // too: then it is that user's key (Kaggle's `{"username": "x", "key": "…"}`, `?user=x&key=…`).
      const usersKey = BARE_KEY.test(key) && USER_FIELD.test(text);
      if ((!isSecretKey(key) && !isSecretIdKey(key) && !usersKey) || (which === 'bare' && (startsNestedPair(g.bare!, g.sep, text.slice(end, end + 200)) || opensQuotedPair(g.bare!, text, end) || opensNestedKey(g.bare!, g.sep, text, end))) || insideArn(text, m.index)) {
        re.lastIndex = Math.max(start, m.index + 1);
        continue;
      }
      let value = g[which]!;
      // The value is code: a call or a command (`ConvertTo-SecureString "x"`, `getpass("Password: ")`,
      // `(New-Object …)`): the secret, if any, is the first quoted argument that looks like a credential.
      if (which === 'bare' && (value.endsWith('(') || (CMDLET.test(value) && /^[ \t]+["'(-]/.test(text.slice(end))))) {
        const arg = quotedCredential(text, end);
        if (arg && !spans.some(([s, e]) => arg[0] < e && arg[1] > s)) spans.push(arg);
        continue;
      }
      // YAML-shaped line (`  password: correct horse battery`): the value runs to the end of the line.
      if (which === 'bare' && g.sep?.includes(':') && /^\s*(?:-\s+)?$/.test(text.slice(0, m.index)) && /^[ \t]+[^:=#]*$/.test(text.slice(end))) {
        const rest = text.slice(end).replace(/\s+#.*$/, '').trimEnd();
        end += rest.length;
        value = text.slice(start, end);
      }
      // A single plain word after a colon, and the sentence goes on (`>PASSWORD:Need 'Auth' username/password`,
      // `check_ntlm_password:  authentication for user [x]`): a message about the secret, not its value.
      if (which === 'bare' && g.sep?.includes(':') && PLAIN_WORD.test(value) && PROSE_GOES_ON.test(text.slice(end, end + 80))) continue;
      // A connection string's pairs (`ConnectionStrings__Reporting=Server=tcp:…;Authentication=Active
      // Directory Default`, `DSN=host=db user=x password=y`) are judged one by one: its password, if any.
      if (which === 'bare' && NESTED_PAIR.test(value) && CONNECTION_KEY.test(key)) {
        re.lastIndex = Math.max(start, m.index + 1);
        continue;
      }
      // A list of eight bytes or more under a key's name is the key's material (Zigbee2MQTT's
      // `network_key: [20, 139, …]`, a LoRaWAN or ESPHome key as a C array): no word, no credential's shape.
      if (which === 'bytes') {
        if (!this.allowed(value) && !spans.some(([s, e]) => start < e && end > s)) spans.push([start, end]);
        continue;
      }
      if (sink.already(value) || this.allowed(value) || !(usersKey ? looksCredential(value) && !isHarmlessValue(value, key) : valueIsSecret(key, value))) {
        // (a bare value that is no secret may start a pair of its own, as after a key that names none:
        // `Jwt:SigningKey = x`, where `Jwt` read as a key with `SigningKey` as its value)
        if (which === 'bare') re.lastIndex = Math.max(start, m.index + 1);
        continue;
      }
      // A cookie header's value as a pair's (a HAR entry, `{"name": "Set-Cookie", "value": "sid=…; Path=/"}`,
      // an access log's `cookie="sid=…; _ga=…"`): judged as the header is, each cookie's value on its own.
      // (not a value that merely holds `=`: `COOKIE=Qz7Lm…=24!` is one secret; a cookie's name is a name)
      if (COOKIE_NAME.test(key) && value.includes('=') && (re === NAME_VALUE || COOKIE_PAIRS.test(value))) {
        for (const span of cookieValueSpans(value, start)) if (!spans.some(([s, e]) => span[0] < e && span[1] > s)) spans.push(span);
        continue;
      }
      // A value made of pairs itself (`dsn = "host=db password=x"`): its own pairs are judged one by one.
      if (PAIRS_VALUE.test(value) || (value.includes(';') && SEMICOLON_PAIRS_VALUE.test(value))) {
        re.lastIndex = Math.max(start, m.index + 1);
        continue;
      }
      // Without a separator, a value must look like a credential, and a flag (`--listen-address=…`) is the next argument.
      if (spaceSeparated && which === 'bare' && (!looksSecretish(value) || value.startsWith('-'))) continue;
      if (spans.some(([s, e]) => start < e && end > s)) continue;
      spans.push([start, end]);
    }
    return this.rewrite(text, spans, 'secret_value', sink, stats);
  }

  /**
   * A JSON object whose key names secrets holds them (`"securityKeys": {"S2_Unauthenticated": "…"}`,
   * `"tokens": {"github": "…"}`), as a YAML block does (see LineState's nestedSecret): each of its
   * string values shaped like a credential (one word), but for entries that name a property (`"ttl"`, `"user"`).
   * Only a flat object: what nests deeper is a structure the pair rules read.
   */
  private secretBlocks(text: string, sink: Sink, stats: RedactionStats | undefined): string {
    const spans: [number, number][] = [];
    JSON_BLOCK.lastIndex = 0;
    for (let m = JSON_BLOCK.exec(text); m; m = JSON_BLOCK.exec(text)) {
      if (!holdsSecrets(m.groups!.key!)) continue;
      const bodyAt = m.indices!.groups!.body![0];
      JSON_ENTRY.lastIndex = 0;
      for (let e = JSON_ENTRY.exec(m.groups!.body!); e; e = JSON_ENTRY.exec(m.groups!.body!)) {
        const [key, value] = [e.groups!.key!, e.groups!.v!];
        if (isSecretKey(key) || namesAProperty(key) || sink.already(value) || this.allowed(value) || isHarmlessValue(value, key)) continue;
        if (!shapedAsEntrySecret(value)) continue;
        const [s, end] = e.indices!.groups!.v!;
        spans.push([bodyAt + s, bodyAt + end]);
      }
    }
    return spans.length === 0 ? text : this.rewrite(text, spans, 'secret_value', sink, stats);
  }

  /**
   * Seed phrases (twelve BIP-39 words in a row, on a line that says what they are) and vendor-prefixed
   * generated tokens (`pcsk_…`). Each runs only after its cheap test: most lines leave at once.
   */
  private byShape(text: string, seedPhrase: boolean, sink: Sink, stats: RedactionStats | undefined): string {
    const seeds = seedPhrase && text.length >= SEED_PHRASE_MIN_LENGTH;
    // (Most lines: neither shape can be there, and nothing is allocated.)
    const prefixed = mayHoldPrefixedToken(text);
    if (!seeds && !prefixed) return text;
    let out = text;
    const keep = ([b, e]: [number, number]) => !sink.already(out.slice(b, e)) && !this.allowed(out.slice(b, e)) && !isFilledInFormat(out.slice(b, e));
    if (seeds) out = this.rewrite(out, seedPhraseSpans(out).filter(keep), 'seed_phrase', sink, stats);
    if (out === text ? prefixed : mayHoldPrefixedToken(out)) out = this.rewrite(out, prefixedTokenSpans(out).filter(keep), 'prefixed_token', sink, stats);
    return out;
  }

  /** Calls whose name names a secret or a login (`db.auth("u", "p")`, `setPassword("p")`): quoted arguments shaped like credentials. */
  private secretCalls(text: string, sink: Sink, stats: RedactionStats | undefined): string {
    SECRET_CALL.lastIndex = 0;
    const spans: [number, number][] = [];
    for (let m = SECRET_CALL.exec(text); m; m = SECRET_CALL.exec(text)) {
      const fn = m.groups!.fn!;
      // A connection call's first argument is where to (a host, a DSN, a URL): never the secret.
      const connects = CONNECT_CALL.test(fn);
      if (!connects && !isSecretKey(fn) && !/(?:^|[._])(?:auth|login|logon|authenticate|signin|sign_in)$/i.test(fn)) continue;
      const argsStart = m.index + m[0].length;
      const close = text.indexOf(')', argsStart);
      const argsEnd = close < 0 ? Math.min(text.length, argsStart + 200) : close;
      QUOTED.lastIndex = argsStart;
      for (let q = QUOTED.exec(text); q && q.index < argsEnd; q = QUOTED.exec(text)) {
        const inner = q[1] ?? q[2]!;
        const before = text.slice(argsStart, q.index);
        if (connects && !before.includes(',')) continue;
        // A named argument (`TaskInstanceKey(dag_id='x', run_id='scheduled__…')`) is what its own name
        // says, and the pair rules judge it by that name: the call's name is not its key.
        if (NAMED_ARGUMENT.test(before)) continue;
        // (a connection call's third argument is its password, after where and who: a value written
        // like a password is enough there, `PDO->__construct('mysql:…', 'shop', 'php-Fatal_Db!Pw')`)
        // (not a URL there: WLST's connect('user', 'pw', 't3://host:7001') puts where last)
        const third = connects && before.indexOf(',') !== before.lastIndexOf(',') && !URL_START.test(inner);
        if ((looksCredential(inner) || (third && looksSecretish(inner))) && !isPlaceholder(inner) && !sink.already(inner) && !this.allowed(inner)) spans.push([q.index + 1, q.index + 1 + inner.length]);
      }
    }
    return this.rewrite(text, spans, 'secret_value', sink, stats);
  }

  private rewrite(text: string, spans: [number, number][], name: string, sink: Sink, stats: RedactionStats | undefined): string {
    if (spans.length === 0) return text;
    // A span never cuts into a marker (`--auth=[REDACTED:secret_value]` read as user `[REDACTED`,
    // password `secret_value]`): what a marker holds was redacted already.
    if (text.includes('[REDACTED:')) spans = spans.filter(([s, e]) => !overlapsMarker(text, s, e));
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [s, e] of spans) {
      if (s < at) continue;
      out += text.slice(at, s) + sink.mark(name, text.slice(s, e));
      count(stats, name);
      at = e;
    }
    return out + text.slice(at);
  }
}

/**
 * State carried from line to line, for secrets a single line cannot show:
 * - inside a PEM private key block, every line is key material until the END line;
 * - `password:` (YAML), `["password"]=>` (PHP var_dump), `password =` with nothing after the
 *   separator: the value is on the next non-blank line (or, after `|`/`>`, every more-indented line);
 * - `- name: DB_PASSWORD` (Kubernetes env, name/value lists): the `value:` on one of the next lines.
 */
const BEGIN_KEY = new RegExp(`-----BEGIN ${KEY_ARMOUR}-----`, 'i');
const END_KEY = new RegExp(`-----END ${KEY_ARMOUR}-----`, 'i');
const PENDING_KEY = /(?:^|[\s{(\[,;])\[?["']?(?<key>[A-Za-z_$@][\w.$@-]{0,79})["']?\]?\s*(?:=>|:=|:|=)\s*(?<block>[|>][-+0-9]*)?\s*$/;
/**
 * The key's value opens on the next line in other shapes too: a wrapper left open (Rust's
 * `password: Some(`, `token = Secret(`), or a key then a comma as a tuple's first element, which a
 * pretty-printer breaks before the value (Python's `('password',` then `'x'),`).
 */
const PENDING_OPEN = /(?:(?:^|[\s{(\[,;])["']?(?<key>[A-Za-z_$@][\w.$@-]{0,79})["']?\s*(?:=>|:|=)\s*(?:[A-Za-z_][\w:]{0,40})?\(|\(\s*(?<q>["'])(?<key2>[A-Za-z_$@][\w.$@-]{0,79})\k<q>\s*,)\s*$/;
const NAMED_KEY = /(?:^|[\s{,-])["']?(?:name|key)["']?\s*[:=]\s*["']?(?<key>[\w.-]{1,80})["']?\s*,?\s*$/i;
/** A secret key whose value is an object that holds it as `value` (`terraform output -json`: `"admin_password": {` … `"value": "x"`). */
const OBJECT_KEY = /(?:^|[\s{,])["']?(?<key>[A-Za-z_][\w.-]{0,79})["']?\s*[:=]\s*\{\s*$/;
/** A flag alone as a list's element, its value the next element (`docker compose config`: `- --requirepass` then `- x`). */
const LIST_FLAG = /^\s*-\s+["']?--?(?<key>[A-Za-z][\w.-]{1,80})["']?\s*$/;
/** The server's prompt for the password in SMTP's AUTH LOGIN (RFC 4954), "Password:" in base64: the client's next line is the password. */
const AUTH_LOGIN_PASSWORD_PROMPT = /^\s*(?:[SC]:\s*|<<<\s*|<-\s*)?334 UGFzc3dvcmQ6\s*$/;
function indentOf(text: string): number {
  let indent = 0;
  while (indent < text.length && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
  return indent;
}

function beginsKey(text: string): boolean {
  const begin = BEGIN_KEY.exec(text);
  return begin !== null && !END_KEY.test(text.slice(begin.index));
}

/** Cheap test for PENDING_KEY: the line ends (spaces aside) with a separator or a block indicator. */
/** The index of the line's last character that is not a space, a tab or a carriage return (-1: none). */
function lastNonBlank(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
  return i;
}
function endsLikePending(text: string): boolean {
  const i = lastNonBlank(text);
  let c = text[i];
  if (c === '-' || c === '+' || (c !== undefined && c >= '0' && c <= '9')) c = text[i - 1];
  return c === ':' || c === '=' || c === '>' || c === '|';
}
/** The last character a PENDING_OPEN or OBJECT_KEY line can end with. */
function endsOpen(text: string): boolean {
  const c = text[lastNonBlank(text)];
  return c === '(' || c === ',' || c === '{';
}
const NAMED_HINT = /(?:name|key)["']?\s*[:=]/i;
/** An XML element opened alone on its line (see LineState: its value may be a child's). */
const XML_OPEN_LINE = /^\s*<(?<key>[A-Za-z_][\w.-]{0,79})(?:\s[^<>]*)?>\s*$/;
/** A `<Value>x</Value>` child on its own line. */
const XML_VALUE_LINE = /^\s*<value>(?<bare>[^<\s][^<]*?)<\/value>\s*$/di;
/** A line that opens a block (`resource "aws_iam_access_key" "ci" {`): no scalar value. */
const OPENS_BLOCK = /[{[]\s*$/;
/** A server's numbered reply (FTP, SMTP: `230 Login successful.`), or a sentence of three words or more. */
const REPLY_OR_SENTENCE = /^\s*(?:\d{3}[ -]\S|\p{Lu}?\p{Ll}+(?:[ \t]+\S+){2,}[.!][ \t]*$)/u;

const VALUE_LINE = /^\s*(?:[+~-]\s+)?["']?value["']?\s*[:=]\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>\S(?:.*\S)?))\s*,?\s*$/di;

/**
 * A command typed at a prompt that prints a secret: reads one from a store (`gcloud secrets versions
 * access`, `az keyvault secret show`, `aws secretsmanager get-secret-value`, `vault kv get`, `op read`,
 * `pass show`, `bw get password`, `security find-generic-password -w`, a Kubernetes secret's field
 * piped through `base64 -d`), mints one (`mmctl token generate`, `… api-key create`) or prints the
 * one an installer generated (`argocd admin initial-password`). What it prints is the
 * secret: the value field it echoes on the same line, or the first word of the next line.
 */
const PRINTS_SECRET = /^\s*(?:PS [^>]*>|\[[^\]\n]{1,80}\][$#]|[\w@.:~/\\-]*[$#>%]|\+)\s+(?:\S.*)?\b(?:secrets?\s+(?:versions\s+)?(?:access|show|get|read|reveal|print)|get-secret-value|get-parameters?\b.*--with-decryption|kv\s+get|vault\s+read|op\s+read|pass\s+show|(?:token|tokens|api-?keys?|access-keys?|apikeys?)\s+(?:generate|create|new|issue|mint)|(?:initial|admin|root|default|generated)-password|get\s+password|find-generic-password\b.*\s-w|get\s+secrets?\b.*\|\s*base64\s+(?:-d|--decode|-D)|get\s+\S*client[-_]secret|print-(?:access|identity)-token|get-login-password|get-authorization-token|random_password|reset-password|get-api-keys?\b.*--include-values?|\/env\/[\w.-]*(?:password|passwd|secret|token|credentials?)\b|\bcat\s+\S*(?:\.psk|psk[\w.-]*|[._-]?password|[._-]?passwd|secret|token|\.auth|\.pass|credentials?)(?:\.txt)?(?=\s|$))\b/i;
/** A line that is such a command: the cheap test first (the first word ends as a prompt does), then the pattern. */
const printsSecret = (text: string): boolean => startsAtPrompt(text) && PRINTS_SECRET.test(text);

/** The line's first word ends as a prompt does (`$`, `#`, `>`, `%`, `+`) or is PowerShell's `PS`. */
function startsAtPrompt(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  // (bash's prompt on Red Hat and Fedora holds a space: `[root@es01 elasticsearch]# …`)
  const sp = text.indexOf(' ', text.charCodeAt(i) === 91 ? text.indexOf(']', i) : i);
  if (sp <= i) return false;
  const last = text.charCodeAt(sp - 1);
  return last === 36 || last === 35 || last === 62 || last === 37 || last === 43 || (sp - i === 2 && text.startsWith('PS', i));
}

/** The secret a secret-printing command echoes on its own line: a `value` or `SecretString` field. */
const ECHOED_VALUE = /(?<keep>["']?(?:value|[sS]ecretString|secret_string|plaintext)["']?\s*[:=]\s*["'])(?<secret>[^"'\s][^"']*)(?=["'])/g;
/** A line whose last word ends with `:` and a secret (a credentials file's entry); not a crypt hash (`$2y$…`), which its own rule names. */
const USER_COLON_SECRET_LINE = /^\S*(?:\s+\S+)?\s*[^\s:]+:(?<secret>[^\s:$"'{}()[\],][^\s:"'{}()[\],]{7,199})\s*$/d;
/** ECHOED_VALUE with the offsets of its groups (LineState marks them in the lines after the command). */
const ECHOED_VALUE_D = new RegExp(ECHOED_VALUE.source, 'dg');
/** Lines after a command that prints a secret in which its value field is looked for (a JSON object printed whole). */
const ECHO_WINDOW = 16;
/** A line that is only that field (`  "value" : "x",`), as kcadm, gcloud and the cloud CLIs print the secret they read. */
const ECHOED_FIELD_LINE = /^\s*(?:[Nn]ew\s+)?["']?(?:value|[sS]ecretString|secret_string|plaintext|secret|result)["']?\s*[:=]\s*(?<q>["']?)(?<secret>[^"'\s]+)\k<q>,?\s*$/d;
/** A line that is one generated word and nothing else, as `cat` prints a key file (`agent.psk`) among other output. */
const LONE_WORD_LINE = /^\s*(?<secret>[A-Za-z0-9+_.~-][A-Za-z0-9+/_.~-]{19,511}={0,2})\s*$/d;
/** A REPL's prompt and an expression that reads a value (irb, pry, IEx, Python, IPython, Node): the value is printed on the next line. */
const REPL_INPUT = /^\s*(?:irb\([^)]*\):\d+(?::\d+)?[>*]|\[\d+\] pry\([^)]*\)>|iex\(\d+\)>|>>>|In \[\d+\]:|>)\s+(?<expr>[A-Za-z_$][\w$.]*(?:\[['"]?[\w.-]+['"]?\])*(?:\(\))?)\s*$/;
/** A call without arguments ending an expression (`.hex()`, `.decode()`, `()`). */
const TRAILING_CALL = /(?:\.[A-Za-z_$][\w$]*)?\(\)$/;
/** What the REPL printed: `=> "x"`, `'x'`, `Out[3]: 'x'`. */
const REPL_OUTPUT = /^\s*(?:=>|Out\[\d+\]:)?\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s"']+))\s*$/d;
/**
 * A sentence that names a secret (not a public key's fingerprint) and ends with a colon, its value on a line of its own below
 * (`API key for 'nginx-bouncer':`, Elasticsearch's `Password for the elastic user (reset with …):`,
 * `Copy the following enrollment token … (valid for the next 30 minutes):`).
 */
const ANNOUNCES_SECRET = /^(?!.*\b(?:public|fingerprint|hash|digest|randomart)\b).*\b(?:password|passphrase|token|secret|api[ _-]?key|credentials?)\b[^:]*:\s*$/i;
/** A line that is one word, maybe indented (the value such a sentence announced). */
const LONE_VALUE_LINE = /^\s*(?:[\w.-]+\s+\|\s+)?(?<secret>\S{6,512})\s*$/d;
/** A line with nothing but, maybe, Compose's `service-1  |` before it: blank for what follows a line. */
const BLANK_OR_PREFIX = /^\s*(?:[\w.-]+\s+\|)?\s*$/;
/** A dotted name (an exception's class, a host): no secret. */
const DOTTED_NAME = /^[A-Za-z_][\w$-]*(?:\.[A-Za-z_][\w$-]*)+$/;
/** A word that is a pair (`TLSConnect=psk`): a setting the command printed, not what it read. */
const PAIR_WORD = /^[A-Za-z_][\w.-]*=(?!=|$)/;
/** A level and a time in brackets, logrus's text format (`FATA[0000]`, `ERRO[0012]`). */
const LEVEL_TAG = /^[A-Z]{2,8}\[[\d:.-]+\]$/;
/** The first word of the line after such a command (`1bckx…: ci-notifier`, `whsec_…`). */
const PRINTED_WORD = /^\s*(?<secret>[^\s:,]{8,200})(?=:?(?:\s|$))/d;
/**
 * The value on the line after its key (`password:` then the value): one word, quoted or bare. Words
 * after it make a line of its own (a server's reply, a comment, the next command): not one secret
 * on any of the corpora, where every next-line secret is a single word.
 */
const NEXT_VALUE = /^(?<lead>\s*(?:-\s+)?(?:(?:string|str|bytes)\(\d+\)\s*|\((?:string|str|\[\]uint8)\)\s*(?:\(len=\d+\)\s*)?)?)(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s,;]+))\s*[,;]?\s*$/d;
/** The value after a PENDING_OPEN line: the wrapper or the tuple may close right after it (`'x'),`, `None),`). */
const NEXT_VALUE_OPEN = /^(?<lead>\s*)(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s,;)\]}]+))[)\]}]*\s*[,;]?\s*$/d;

/** A YAML key that opens a block (`encryption:`, `api keys:`, `  secret:`): its indentation and its name. */
const YAML_PARENT = /^(?<indent>\s*)(?:-\s+)?["']?(?<key>[A-Za-z_][\w.-]*(?: [A-Za-z_][\w.-]*)?)["']?\s*:\s*$/;
/** A YAML pair with a scalar value inside such a block (`  key: "x"`, `  partner-acme: x`). */
const YAML_CHILD = /^\s*(?:-\s+)?["']?(?<key>[A-Za-z_][\w.-]*)["']?\s*:[ \t]+(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s#"'][^\s#]*))\s*(?:#.*)?$/d;
/** Last words of a block's name that say its entries are secrets (`api keys:`, `secret:`, `credentials:`), once made singular. */
const SECRET_NOUNS = new Set(['key', 'secret', 'token', 'password', 'passphrase', 'credential', 'cred', 'psk']);
/** Whether a block's entries are secrets: it names secrets, and its last word is one (`secrets-sync:` is a service). */
function holdsSecrets(block: string): boolean {
  const words = keyWords(block);
  const last = words[words.length - 1] ?? '';
  const singular = last.endsWith('s') ? last.slice(0, -1) : last;
  return SECRET_NOUNS.has(singular) && (isSecretKey(block) || isSecretKey(block.slice(0, block.length - (last.length - singular.length))));
}
/** A flat JSON object under its key, and the string entries in it (see secretBlocks). */
const JSON_BLOCK = /"(?<key>[A-Za-z_][\w.-]{0,60})"\s*:\s*\{(?<body>[^{}]{1,800})\}/dg;
const JSON_ENTRY = /"(?<key>[^"\\]{1,80})"\s*:\s*"(?<v>[^"\\\s]{6,400})"/dg;
/** An INI file's section header (`[api]`, `[client]`), and a key's line in it (`key=x`, `key = "x"`). */
const INI_SECTION = /^\[(?<key>[A-Za-z_][\w .-]{0,60})\]\s*$/;
const INI_CHILD = /^\s*(?<key>[A-Za-z_][\w.-]*)\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s#;"'][^\s#;]*))\s*$/d;
/**
 * Whether an entry of a block that holds secrets (secretBlocks, LineState's nestedSecret) is one:
 * a credential's shape, not a reference with a path in it (an image's `ghcr.io/acme/x:0.9`).
 */
const shapedAsEntrySecret = (value: string): boolean => looksGenerated(value) || (looksCredential(value) && !value.includes('/'));
/** Open blocks remembered (deeper ones are data, not configuration). */
const YAML_DEPTH_MAX = 16;

/** A script waiting for a password prompt: Expect's `expect "*assword:"`, pexpect's `child.expect('Password:')`. */
const EXPECTS_PASSWORD = /(?:^\s*|\.)expect\s*\(?\s*(?:-\w+\s+)*["'{][^"'}]*(?:assword|assphrase|asscode|PIN\b)/i;
/** What the next line sends: `send "x\r"`, `child.sendline('x')`. */
const SENT_ANSWER = /^\s*(?:send|exp_send|[\w.]+\.send(?:line)?)\s*\(?\s*(?:-\S+\s+)*(["'])(?<secret>(?:[^"'\\\s]|\\(?![rn]))+)(?:\\r|\\n)*\1/d;

/** `text` with the `secret` group of `m` (a match on it, with indices) marked. */
function markFound(text: string, m: RegExpExecArray, sink: Sink, stats: RedactionStats | undefined): string {
  const [s, e] = m.indices!.groups!.secret!;
  count(stats, 'secret_value');
  return text.slice(0, s) + sink.mark('secret_value', text.slice(s, e)) + text.slice(e);
}

/** `text` with each span (ascending, not overlapping) marked as a secret value. */
function markSpans(text: string, spans: readonly (readonly [number, number])[], sink: Sink, stats: RedactionStats | undefined): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    count(stats, 'secret_value');
    out += text.slice(at, start) + sink.mark('secret_value', text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** `text` with the cells of its secret columns marked (cells as [start, end) offsets, each judged by its column's header). */
function markColumns(text: string, cells: readonly [number, number][], columns: readonly [number, string][], sink: Sink, stats: RedactionStats | undefined, unquote: boolean): string {
  const spans: [number, number][] = [];
  for (const [column, key] of columns) {
    let [start, end] = cells[column]!;
    // (a cell's quotes or code span stay: `xoxb-…` in Markdown)
    const q = text[start];
    if (unquote && end - start > 2 && (q === '`' || q === '"' || q === "'") && text[end - 1] === q) (start++, end--);
    const value = text.slice(start, end);
    if (value.length > 0 && !sink.already(value) && valueIsSecret(key, value)) spans.push([start, end]);
  }
  return markSpans(text, spans, sink, stats);
}

/**
 * The secret a command that prints one shows on a line of its output (see LineState's echoLines),
 * marked, or undefined: the value field alone on the line (`"value": "x",`), one generated word (a
 * key file's content), a credentials file's `user:secret` line (postfix's `sasl_passwd`:
 * `[smtp.example.org]:587 user@example.org:x`; `.pgpass`), or value fields inside an object printed
 * on one line (`jq -c .`: `{"property":{"value":"x",…}}`).
 */
function echoedSecret(text: string, sink: Sink, stats: RedactionStats | undefined): string | undefined {
  const field = ECHOED_FIELD_LINE.exec(text);
  // (a lone word must look generated: a word of the command's other output is often shaped like a name)
  const m = field ?? (text.length <= 520 ? LONE_WORD_LINE.exec(text) : null);
  const value = m?.groups!.secret;
  if (m && value && !sink.already(value) && !isPlaceholder(value) && (field ? looksSecretish(value) || looksGenerated(value) : looksGenerated(value))) return markFound(text, m, sink, stats);
  const entry = USER_COLON_SECRET_LINE.exec(text);
  const secret = entry?.groups!.secret;
  if (entry && secret && looksSecretish(secret) && !sink.already(secret) && !isPlaceholder(secret)) return markFound(text, entry, sink, stats);
  if (text.length > 4_096) return undefined;
  const spans: [number, number][] = [];
  ECHOED_VALUE_D.lastIndex = 0;
  for (let v = ECHOED_VALUE_D.exec(text); v; v = ECHOED_VALUE_D.exec(text)) {
    const found = v.groups!.secret!;
    if (!sink.already(found) && !isPlaceholder(found) && (looksSecretish(found) || looksGenerated(found))) spans.push(v.indices!.groups!.secret!);
  }
  return spans.length > 0 ? markSpans(text, spans, sink, stats) : undefined;
}

export class LineState {
  private insideKey = false;
  private pending: { key: string; indent: number; block: boolean; blanks: number; open?: boolean } | undefined;
  private named = 0;
  private namedKey = '';
  /** The last line was a command that prints a secret: the next non-blank line is its output. */
  private printed = false;
  /** Lines left in which such a command's output may show the secret as a field of its own (`"value" : "x"`). */
  private echoLines = 0;
  /** Lines left in which a line announcing a secret (`API key for 'x':`) may be followed by the secret alone. */
  private announced = 0;
  /** The last line asked a REPL for a secret-named value (`irb> Rails.application.credentials.secret_key_base`): its key. */
  private replKey: string | undefined;
  /** The last line waited for a password prompt (Expect's `expect "*assword:"`, pexpect's `child.expect('Password:')`): the next line sends it. */
  private prompted = false;
  /**
   * A table printed with pipes (psql, the mysql client, Markdown) whose header names a secret
   * column (table.ts): `tableHeader` until its rule line is seen, then `table`, read on every row below it.
   */
  private tableHeader: TableColumns | undefined;
  private table: TableColumns | undefined;
  /** A delimited table (CSV, TSV) whose header names a secret column: read on every row below it. */
  private delimited: DelimitedColumns | undefined;
  /** The YAML blocks open at this line, outermost first (see nestedSecret). */
  private parents: { indent: number; key: string }[] = [];

  /**
   * `redactLine` redacts one line; `hadKeyWord` says whether that line held a secret-key word (the
   * keyword prefilter's answer), so that lines without one skip the look for a pending key.
   */
  line(text: string, sink: Sink, redactLine: (l: string) => string, stats?: RedactionStats, hadKeyWord: () => boolean = () => true): string {
    if (this.insideKey) {
      const end = END_KEY.exec(text);
      if (!end) {
        count(stats, 'private_key');
        return text.length === 0 ? text : sink.mark('private_key', text);
      }
      this.insideKey = false;
      const cut = end.index + end[0].length;
      return sink.mark('private_key', text.slice(0, cut)) + redactLine(text.slice(cut));
    }
    let out: string | undefined;
    if (this.tableHeader || this.table) {
      const header = this.tableHeader;
      this.tableHeader = undefined;
      if (TABLE_RULE.test(text)) {
        this.table ??= header;
        return text;
      }
      // A header of plain names needs no rule line: its first row follows at once.
      if (this.table === undefined && header?.named) this.table = header;
      if (this.table) {
        out = this.tableRow(text, this.table, sink, stats);
        if (out === undefined) this.table = undefined;
      }
    }
    if (out === undefined && this.delimited) {
      out = this.delimitedRow(text, this.delimited, sink, stats);
      if (out === undefined) this.delimited = undefined;
    }
    if (this.echoLines > 0) {
      this.echoLines--;
      // (only on a line no table rule rewrote: the offsets are the line's as written)
      const echoed = out === undefined ? echoedSecret(text, sink, stats) : undefined;
      if (echoed !== undefined) (out = echoed), (this.echoLines = 0);
    }
    if (this.announced > 0 && !BLANK_OR_PREFIX.test(text)) {
      this.announced = 0;
      const m = LONE_VALUE_LINE.exec(text);
      const word = m?.groups!.secret;
      if (m && word && out === undefined && !sink.already(word) && !isPlaceholder(word) && !PAIR_WORD.test(word) && !DOTTED_NAME.test(word) && (looksGenerated(word) || looksSecretish(word))) {
        out = markFound(text, m, sink, stats);
      }
    } else if (this.announced > 0) this.announced--;
    if (this.replKey !== undefined && text.trim() !== '') {
      const m = REPL_OUTPUT.exec(text);
      if (m) out = this.spliceGroup(out ?? text, m, this.replKey, sink, stats) ?? out;
      this.replKey = undefined;
    }
    if (this.printed && text.trim() !== '') {
      this.printed = false;
      const m = PRINTED_WORD.exec(text);
      const word = m?.groups!.secret;
      // (not a log line's level and time, as logrus prints an error: `FATA[0000] secrets "x" not found`)
      if (m && word && !sink.already(word) && !isPlaceholder(word) && !LEVEL_TAG.test(word) && !PAIR_WORD.test(word) && (looksSecretish(word) || looksGenerated(word))) {
        out = markFound(text, m, sink, stats);
      }
    }
    if (this.prompted) {
      this.prompted = false;
      const m = SENT_ANSWER.exec(text);
      const answer = m?.groups!.secret;
      if (m && answer && out === undefined && !sink.already(answer) && valueIsSecret('password', answer)) {
        out = markFound(text, m, sink, stats);
      }
    }
    const pending = this.pending;
    if (pending) {
      const indent = indentOf(text);
      if (text.trim() === '') {
        if (--pending.blanks < 0) this.pending = undefined;
        return text;
      }
      if (pending.block) {
        if (indent > pending.indent) {
          const value = text.slice(indent).trimEnd();
          const marked = this.markValue(value, pending.key, sink, stats);
          // Not a secret after all (a placeholder): the line still goes through every rule.
          return marked === value ? redactLine(text) : text.slice(0, indent) + marked + text.slice(text.trimEnd().length);
        }
        this.pending = undefined;
      } else {
        this.pending = undefined;
        // A new key (`  valueFrom:`, `other: x`, `other=x` in a properties file, a list of maps' `- name: x`) or an opening bracket means the key had no scalar value.
        // (nor a server's reply to the prompt, `230 Login successful.`, or a sentence: what came back, not what was typed)
        if (!/^\s*(?:[\w."'$@-]+\s*(?::|=>?)(?:\s|$)|-\s+[\w."'$@-]+\s*:(?:\s|$)|[A-Za-z_][\w.-]*=[^=\s]|[{}[\]<]|#|\/\/|\+{1,3}\s)/.test(text) && !REPLY_OR_SENTENCE.test(text) && !OPENS_BLOCK.test(text)) {
          const m = (pending.open ? NEXT_VALUE_OPEN : NEXT_VALUE).exec(text);
          if (m) out = this.spliceGroup(text, m, pending.key, sink, stats);
        }
      }
    }
    if (out === undefined && this.named > 0) {
      const m = VALUE_LINE.exec(text) ?? XML_VALUE_LINE.exec(text);
      if (m) {
        out = this.spliceGroup(text, m, this.namedKey, sink, stats);
        this.named = 0;
      } else this.named--;
    }
    out = redactLine(out ?? text);
    // (after the line's own rules: a value they named, `[REDACTED:b2_application_key]`, keeps its name)
    if (this.parents.length > 0 || text.charCodeAt(lastNonBlank(text)) === 58 || (text.charCodeAt(0) === 91 && INI_SECTION.test(text))) out = this.nestedSecret(out, sink, stats);
    // (a short line only: the prompt is a line of its own)
    if (text.length < 40 && text.includes('UGFzc3dvcmQ6') && AUTH_LOGIN_PASSWORD_PROMPT.test(text)) this.printed = true;
    if (!hadKeyWord()) {
      if (text.includes('-----BEGIN')) this.insideKey = beginsKey(text);
      return out;
    }
    // State for the lines that follow, from this line as written.
    // (a prompt's word holds a keyword: `*assword:` is one of the context rule's)
    if (text.includes('expect') && EXPECTS_PASSWORD.test(text)) this.prompted = true;
    if (text.includes('-----BEGIN')) this.insideKey = beginsKey(text);
    if (printsSecret(text)) (this.printed = true), (this.echoLines = ECHO_WINDOW);
    if (text.charCodeAt(lastNonBlank(text)) === 58 && ANNOUNCES_SECRET.test(text.length > 200 ? text.slice(-200) : text)) this.announced = 2;
    if (text.length < 200 && REPL_INPUT.test(text)) {
      // (a method called on the value, `acct.key.hex()`: the value's own name is before it)
      const expr = REPL_INPUT.exec(text)!.groups!.expr!.replace(TRAILING_CALL, '');
      const last = expr.split(/[.[\]'"]+/).filter(Boolean).pop();
      const key = last !== undefined && isSecretKey(last) ? last : isSecretKey(expr) ? expr : undefined;
      if (key !== undefined) this.replKey = key;
    }
    // Both shapes end the line: look at its tail only, and only when the last character can end them.
    const tail = text.length > 120 ? text.slice(-120) : text;
    if (endsLikePending(tail)) {
      const p = PENDING_KEY.exec(tail);
      if (p && isSecretKey(p.groups!.key!)) this.pending = { key: p.groups!.key!, indent: indentOf(text), block: p.groups!.block !== undefined, blanks: 1 };
      else if (tail.charCodeAt(lastNonBlank(tail)) === 62) {
        // An element named for a secret that holds its value in a child (Windows' unattend.xml:
        // `<AdministratorPassword>` then `<Value>x</Value>`): as after an object's key, the value line follows.
        const x = XML_OPEN_LINE.exec(text);
        if (x && isSecretKey(x.groups!.key!)) {
          this.named = 4;
          this.namedKey = x.groups!.key!;
          // (or the text of the element itself on the next line, as Maven's settings.xml is often indented)
          this.pending = { key: x.groups!.key!, indent: indentOf(text), block: false, blanks: 1 };
        }
      }
    } else if (endsOpen(tail)) {
      const p = PENDING_OPEN.exec(tail);
      const key = p?.groups!.key ?? p?.groups!.key2;
      if (key && isSecretKey(key)) this.pending = { key, indent: indentOf(text), block: false, blanks: 1, open: true };
      else {
        const o = OBJECT_KEY.exec(tail);
        if (o && isSecretKey(o.groups!.key!)) {
          this.named = 4;
          this.namedKey = o.groups!.key!;
        }
      }
    } else {
      const f = LIST_FLAG.exec(tail);
      if (f && isSecretKey(f.groups!.key!)) this.pending = { key: f.groups!.key!, indent: indentOf(text), block: false, blanks: 1 };
    }
    if (this.table === undefined && text.includes('|')) this.tableHeader = secretColumns(text);
    if (this.delimited === undefined && (text.includes(',') || text.includes('\t'))) this.delimited = secretDelimitedColumns(text);
    if (NAMED_HINT.test(tail)) {
      const n = NAMED_KEY.exec(tail);
      if (n && isSecretKey(n.groups!.key!)) {
        this.named = 3;
        this.namedKey = n.groups!.key!;
      }
    }
    return out;
  }

  private markValue(value: string, key: string, sink: Sink, stats?: RedactionStats): string {
    if (value.length === 0 || sink.already(value) || !valueIsSecret(key, value)) return value;
    count(stats, 'secret_value');
    return sink.mark('secret_value', value);
  }

  /** A row of `table` with its secret cells marked, or undefined when the line is no row of it (the table ended). */
  private tableRow(text: string, table: TableColumns, sink: Sink, stats?: RedactionStats): string | undefined {
    const cells = cellsOf(text);
    // (a last column left empty: `… | 2024-05-02 |` drops its closing pipe's cell with the outer pipes)
    if (cells === undefined || (cells.length !== table.count && !(cells.length === table.count - 1 && text.trimEnd().endsWith('|')))) return undefined;
    return markColumns(text, cells, table.secret, sink, stats, true);
  }

  /**
   * A YAML block gives its keys a qualifier a flat line does not show: `key:` under `encryption:` is
   * an encryption key (ESPHome's API key), and every entry of a block that names secrets is one
   * (`api keys:` then `partner-acme: x`; Envoy's `secret:` then `inline_string: x`), but for the
   * entries that name a property (`file:`, `name:`, `username:`, `ttl:`). Such a value must look
   * like a credential. Keeps the stack of open blocks up to date on the way.
   */
  private nestedSecret(text: string, sink: Sink, stats?: RedactionStats): string {
    if (text.trim() === '') return text;
    const section = text.charCodeAt(0) === 91 ? INI_SECTION.exec(text) : null;
    if (section) {
      // An INI file's section stands for its keys until the next section or a line that is no key's (indent -1: see below).
      this.parents = [{ indent: -1, key: section.groups!.key! }];
      return text;
    }
    const indent = indentOf(text);
    const parents = this.parents;
    const ini = INI_CHILD.exec(text);
    if (parents.length > 0 && parents[0]!.indent < 0 && !ini && !/^\s*[#;]/.test(text)) parents.length = 0;
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= indent) parents.pop();
    const open = YAML_PARENT.exec(text);
    if (open) {
      if (parents.length < YAML_DEPTH_MAX) parents.push({ indent, key: open.groups!.key! });
      return text;
    }
    const parent = parents[parents.length - 1];
    if (parent === undefined) return text;
    const m = YAML_CHILD.exec(text) ?? ini;
    if (!m) return text;
    const key = m.groups!.key!;
    if (isSecretKey(key)) return text; // (the pair rules' own)
    const qualified = `${parent.key}_${key}`;
    // (a bare `key` takes its block's name as a qualifier; other keys keep their own meaning)
    if (!(BARE_KEY.test(key) && isSecretKey(qualified)) && !(holdsSecrets(parent.key) && !namesAProperty(key))) return text;
    const which = QUOTED_OR_BARE.find((n) => m.groups![n] !== undefined)!;
    const [s, e] = m.indices!.groups![which]!;
    const value = text.slice(s, e);
    if (value.length === 0 || sink.already(value) || isHarmlessValue(value, qualified) || !shapedAsEntrySecret(value)) return text;
    count(stats, 'secret_value');
    return text.slice(0, s) + sink.mark('secret_value', value) + text.slice(e);
  }

  /** A row of a delimited `table` with its secret fields marked, or undefined when the line is no row of it (the table ended). */
  private delimitedRow(text: string, table: DelimitedColumns, sink: Sink, stats?: RedactionStats): string | undefined {
    if (!text.startsWith(table.prefix)) return undefined;
    const fields = fieldsOf(text, table.prefix.length, table.delimiter);
    if (fields === undefined || fields.length !== table.count) return undefined;
    // A writer of CSV puts no space after its delimiter (`row count, 3, ok` is prose), and a line
    // that is itself a header naming a secret column starts a table of its own.
    if (fields.some(([s]) => text.charCodeAt(s) === 32) || secretDelimitedColumns(text) !== undefined) return undefined;
    return markColumns(text, fields, table.secret, sink, stats, false);
  }

  private spliceGroup(text: string, m: RegExpExecArray, key: string, sink: Sink, stats?: RedactionStats): string | undefined {
    const which = QUOTED_OR_BARE.find((n) => m.groups![n] !== undefined);
    if (!which) return undefined;
    const [s, e] = m.indices!.groups![which]!;
    const value = text.slice(s, e);
    if (value.length === 0 || sink.already(value) || !valueIsSecret(key, value)) return undefined;
    count(stats, 'secret_value');
    return text.slice(0, s) + sink.mark('secret_value', value) + text.slice(e);
  }
}

/** Whether offset `at` lies inside a marker (`[REDACTED:rule]`, brackets included). */
function insideMarker(text: string, at: number): boolean {
  const open = text.lastIndexOf('[REDACTED:', at);
  if (open < 0) return false;
  const close = text.indexOf(']', open);
  return close >= at;
}

/** Whether [start, end) shares a character with a marker. */
function overlapsMarker(text: string, start: number, end: number): boolean {
  for (let open = text.indexOf('[REDACTED:'); open >= 0 && open < end; open = text.indexOf('[REDACTED:', open + 1)) {
    const close = text.indexOf(']', open);
    if (close >= start) return true;
  }
  return false;
}

/** One word of letters in any cased script, lowercase or capitalised (no digit, no symbol): what a sentence is made of. */
const PLAIN_WORD = /^\p{Lu}?\p{Ll}{1,19}(?:-\p{Ll}{1,19})?$/u;
/** A URL's scheme and its `://`. */
const URL_START = /^[A-Za-z][\w+.-]*:\/\//;
/** Two more words follow (the first may be a number, "Mindestlänge 12 Zeichen", or a variable, "expanding $SMTP_PASSWORD: environment"), maybe quoted or bracketed: the text is a sentence. */
const PROSE_GOES_ON = /^[ \t]+["'(\[$]?(?:\p{L}[\p{Ll}_\p{Lu}]*|\d+)["')\]]?[:,.;!]?[ \t]+["'(\[]?\p{L}/u;
const COOKIE_NAME = /^(?:set-)?cookie2?$/i;
/** A cookie header's value: a cookie's name (a word, not a generated run) then `=`. */
const COOKIE_PAIRS = /^\s*(?:[A-Za-z_][a-z_.$-]*(?:[A-Z][a-z_.$-]*)*|[A-Z_]{2,40})=/;
const COOKIE_ATTRIBUTE = /^(?:expires|max-age|path|domain|samesite|secure|httponly|priority|partitioned)$/i;
/** The values of a cookie header's cookies, eight characters or more (as the cookie rule judges a header), as spans from `offset`. */
function cookieValueSpans(value: string, offset: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of value.matchAll(/(?:^|;)\s*([^\s=;"',]+)=([^\s;"',]*)/g)) {
    const cookie = m[2]!;
    if (COOKIE_ATTRIBUTE.test(m[1]!) || cookie.length < 8 || isPlaceholder(cookie)) continue;
    const end = m.index + m[0].length;
    spans.push([offset + end - cookie.length, offset + end]);
  }
  return spans;
}

/** A PowerShell Verb-Noun cmdlet as a value (`$pw = ConvertTo-SecureString "x"`): a command, not the secret. */
const CMDLET = /^\(?[A-Z][A-Za-z]+-[A-Z][A-Za-z]+$/;
/** A value that opens a subshell or a process substitution: `(…`, `$(…`, `<(…`. */
const COMMAND_VALUE = /^[<$]?\(/;
const QUOTED = /"([^"\n]{1,200})"|'([^'\n]{1,200})'/g;

/** The first quoted string within the next 200 characters that looks like a credential: its span (inside the quotes). */
function quotedCredential(text: string, from: number): [number, number] | undefined {
  QUOTED.lastIndex = from;
  for (let m = QUOTED.exec(text); m && m.index < from + 200; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2]!;
    if (looksCredential(inner) && !isPlaceholder(inner)) return [m.index + 1, m.index + 1 + inner.length];
  }
  return undefined;
}

/** Cheap test for SPACE_PAIR: the line's last word is quoted or looks like a credential. */
function lastWordMayBeSecret(text: string): boolean {
  let e = text.length;
  for (let c = text.charCodeAt(e - 1); e > 0 && (c === 32 || c === 9 || c === 13 || c === 59); c = text.charCodeAt(e - 1)) e--;
  const last = text[e - 1];
  if (last === '"' || last === "'" || last === '`') return true;
  let s = e;
  for (let c = text.charCodeAt(s - 1); s > 0 && c !== 32 && c !== 9; c = text.charCodeAt(s - 1)) s--;
  return s > 0 && e - s >= 8 && looksSecretish(text.slice(s, e));
}

/** Marks found in the decoded copy (runs of private-use characters) become markers in the raw text. */
function applySpans(raw: string, decoded: { text: string; map: Int32Array }, masked: string, stats: RedactionStats | undefined): string {
  const spans: { s: number; e: number; name: string }[] = [];
  const d = decoded.text;
  for (let i = 0; i < masked.length; ) {
    const c = masked.charCodeAt(i);
    if (c >= MASK_BASE && c <= MASK_LAST && masked[i] !== d[i]) {
      let j = i + 1;
      while (j < masked.length && masked.charCodeAt(j) === c && masked[j] !== d[j]) j++;
      const name = maskNames[c - MASK_BASE] ?? 'secret_value';
      const prev = spans[spans.length - 1];
      // Runs of a private key split only by whitespace (a PEM block whose lines were \n escapes) become
      // one marker; other runs (addresses in a list) stay apart, as on the raw text.
      if (prev && prev.name === name && name === 'private_key' && /^\s*$/.test(d.slice(prev.e, i))) prev.e = j;
      else spans.push({ s: i, e: j, name });
      i = j;
    } else i++;
  }
  if (spans.length === 0) return raw;
  const marks = markerSpans(raw);
  let out = '';
  let at = 0;
  for (const { s, e, name } of spans) {
    const rs = decoded.map[s]!;
    const re = decoded.map[e]!;
    if (rs < at || marks.some(([ms, me]) => rs < me && re > ms && rs >= ms && re <= me)) continue;
    out += raw.slice(at, rs) + marker(name);
    count(stats, name);
    at = re;
  }
  return out + raw.slice(at);
}

function markerSpans(text: string): [number, number][] {
  if (text.indexOf('[REDACTED:') < 0) return [];
  const spans: [number, number][] = [];
  MARKERS_G.lastIndex = 0;
  for (let m = MARKERS_G.exec(text); m; m = MARKERS_G.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Never let redaction grow text beyond a small factor (a hostile configured pattern, a line of tiny secrets). */
function bounded(input: string, out: string, stats: RedactionStats | undefined): string {
  if (out.length <= input.length * GROWTH_FACTOR + GROWTH_SLACK) return out;
  // Many lines: only the lines that grew too much give way, the rest of a report stays readable.
  const ins = input.split('\n');
  const outs = out.split('\n');
  if (ins.length > 1 && ins.length === outs.length) {
    return outs
      .map((o, i) => {
        if (o.length <= ins[i]!.length * GROWTH_FACTOR + GROWTH_SLACK) return o;
        count(stats, 'oversized');
        return marker('oversized');
      })
      .join('\n');
  }
  count(stats, 'oversized');
  return marker('oversized');
}

function count(stats: RedactionStats | undefined, name: string): void {
  if (stats) stats.set(name, (stats.get(name) ?? 0) + 1);
}
