/**
 * Turns a log message into tokens with its variables masked as `<*>`: numbers, hex, ids, IPs,
 * ports, paths, hosts, UUIDs, durations, timestamps. One configuration for every log: nothing here
 * knows which system wrote the line.
 */
import { collapseInnerTimestamps, stripLeadingTimestamp } from './timestamp.js';

export const WILDCARD = '<*>';

// Applied in order inside each whitespace token; each rewrites variable parts to <*>. A rule runs
// only when its cheap guard (a character the match must contain) holds: most tokens skip most rules.
interface Rule {
  re: RegExp;
  when: (t: string) => boolean;
  to: string | ((match: string) => string);
}

/** Digits in three separate places or more: how random text looks, and words with a number do not. */
function scatteredDigits(run: string): boolean {
  let groups = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57 && !(i > 0 && run.charCodeAt(i - 1) >= 48 && run.charCodeAt(i - 1) <= 57) && ++groups >= 3) return true;
  }
  return false;
}
// Specialised for one and two needles: these guards run for every rule on every variable-looking token.
const has = (...chars: string[]): ((t: string) => boolean) => {
  const [a, b] = chars as [string, string | undefined];
  if (chars.length === 1) return (t) => t.includes(a);
  if (chars.length === 2) return (t) => t.includes(a) || t.includes(b!);
  return (t) => chars.some((c) => t.includes(c));
};
function colonsAtLeast(t: string, n: number): boolean {
  let seen = 0;
  for (let i = t.indexOf(':'); i >= 0 && ++seen < n; i = t.indexOf(':', i + 1));
  return seen >= n;
}
const rule = (re: RegExp, when: (t: string) => boolean, to: Rule['to'] = WILDCARD): Rule => ({ re, when, to });

const SUBTOKEN_RULES: Rule[] = [
  // What the redactor replaced was a variable (a secret, an address) by definition.
  rule(/\[REDACTED:[a-z0-9_]+\]/g, has('[REDACTED:')),
  // A date as web servers and proxies write it inside the line ("[12/Mar/2025:10:04:05.123]", the
  // common log format): one value, its month name with it.
  rule(/\b\d{1,2}\/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/\d{4}(?::\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)?(?![\w/])/g, has('/')),
  // URLs and paths (a token that is a path is a variable whatever it holds)
  // (a URL keeps its scheme, which says what kind of address it is: "hdfs://<*>")
  rule(/(?<![\w.+-])([a-z][a-z0-9+.-]*:\/\/)[^\s\])'"]+/gi, has('://'), `$1${WILDCARD}`),
  // host/address, as Java prints a socket address ("msra-sa-41/10.190.173.170:9000" → "<*>/<*>:<*>")
  rule(/^[A-Za-z][\w.-]*\/\d{1,3}(?:\.\d{1,3}){3}(?=(?::\d{1,5})?$)/, has('/'), `${WILDCARD}/${WILDCARD}`),
  rule(/^\/?(?:[\w.~@+*-]+\/)+[\w.~@+*-]*\/?$/, has('/')),
  // (a path with its version or id in parentheses after it, as an object store names one: `bucket/key.gz(<uuid>)`)
  rule(/^\/?(?:[\w.~@+*-]+\/)+[\w.~@+*-]*(?=\([^()\s]*\)[\])'",;:.]*$)/, has('/')),
  // An ARN names one resource (`arn:aws:sqs:eu-west-1:123456789012:orders`, `arn:minio:replication::<id>:backups`)
  rule(/^([[('"]*)arn:[A-Za-z0-9-]+:[A-Za-z0-9-]*:[A-Za-z0-9-]*:[^\s:]*:[^\s]*?(?=[\])'",;:.]*$)/, has('arn:'), `$1${WILDCARD}`),
  rule(/^\/[\w.~@+-]+$/, has('/')),
  rule(/(?<![\w.])\/(?:[\w.~@+-]+\/)+[\w.~@+-]*(?:\?[^\s"']*)?/g, has('/')),
  rule(/^(?:[A-Za-z]:)?\\(?:[^\\\s]+\\)*[^\\\s]*$/, has('\\')),
  // Names with a number in a dashed or underscored part are one variable, brackets and quotes
  // aside: host names (mesos-slave-07, cp-1.cloud.example.us), ids (attempt_1_0020_m_3, req-5f2a),
  // versions (dquot_6.5.1, v1.12). A dotted name without one (a Java class) stays a word.
  rule(/^([[('"]*)[A-Za-z][A-Za-z0-9]*(?:[_-]+[A-Za-z0-9]+)+(?:\.[A-Za-z0-9_-]+)*(?=[\])'",;:.]*$)/, has('_', '-'), `$1${WILDCARD}`),
  rule(/^([[('"]*)[vV]\d+(?:\.\d+)+(?=[\])'",;:.]*$)/, has('.'), `$1${WILDCARD}`),
  // Random-looking runs of base64 (fingerprints, keys, opaque tokens: "SHA256:0Ep9lu2zE7Gj…"): twenty
  // characters or more with capitals, small letters and digits scattered in three places or more.
  // Words glued to a number ("tryToReloadTodayBasicSteps1514044800223") keep their words.
  rule(/(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/_-]*[A-Z])(?=[A-Za-z0-9+/_-]*[a-z])[A-Za-z0-9+/_-]{20,}={0,2}/g, (t) => t.length >= 20, (run) => (scatteredDigits(run) ? WILDCARD : run)),
  // UUIDs, MAC addresses, long hex and 0x hex
  rule(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (t) => t.length >= 36 && t.includes('-')),
  rule(/\b(?:[0-9a-f]{2}:){5}[0-9a-f]{2}\b/gi, (t) => t.length >= 17 && t.includes(':')),
  rule(/\b0x[0-9a-f]+\b/gi, has('0x', '0X')),
  // (an underscore ends a run as a space does: Flink's `<vertex>_<subtask>_0_0` execution ids)
  rule(/(?<![0-9A-Za-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![0-9A-Za-z])/gi, (t) => t.length >= 8),
  // Who at an address (`shop/shop_worker@10.0.3.42:57103`, `root@10.0.0.5`): the user, and the
  // database before it, vary with the connection as the address does. (Not a class's name, as
  // Jetty prints a connector, `SelectChannelConnector@0.0.0.0:62267`: a user's name is lowercase.)
  rule(/^([[(<'"]*)[a-z_][\w.-]*(?:\/[\w.-]+)?@(?=\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?[\])>'",;:.]*$)/, has('@'), `$1${WILDCARD}@`),
  // IPv4 with an optional leading slash and port; host:port where the host is dotted
  rule(/\/?\b\d{1,3}(?:\.\d{1,3}){3}\b/g, has('.')),
  // IPv6, its eight groups or a form with `::`, a zone after `%`: one value, as an IPv4 address is.
  // A port after it stays apart (`[2001:db8::5]:443` is `[<*>]:<*>`, and so is Suricata's
  // `2001:db8:…:33:50006`, eight groups and the port). A digit somewhere: `add::` is no address.
  // (an IPv4 address in IPv6's mapped form, `::ffff:203.0.113.35`, once the IPv4 rule masked it: one value)
  rule(/(?<![\w:.])::ffff:(?=<\*>)/gi, has('::ffff:'), ''),
  rule(/(?<![\w:.])(?=[0-9a-f:]*\d)(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?|::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})(?:%[\w.-]+)?(?![\w.])/gi, (t) => t.includes('::') || colonsAtLeast(t, 7)),
  rule(/\b(?:[a-z0-9-]+\.){2,}[a-z]{2,}(?=:\d|$|[,;)\]])/gi, has('.')),
  // host:port, where the host has a dot, digit or dash ("batch:1" and "PendingReds:3" are key:value)
  rule(/^(?:localhost|(?=[A-Za-z0-9._-]*[.\d-])[A-Za-z0-9._-]+)(?=:\d{1,5}[,;.)]?$)/, has(':')),
  rule(/(?<=\()(?:[a-z0-9-]+\.)+[a-z0-9-]+(?=\))/gi, has('(')),
  // Clock times and dates
  rule(/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, has('-')),
  rule(/\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g, has(':')),
  // Identifiers that are a word and a number joined by "_" or "-" are one variable (blk_123, attempt_1_2)
  rule(/^[A-Za-z]+(?:[_-]+[A-Za-z]*\d[\w-]*)+$/, has('_', '-')),
  // Numbers, with sign, decimals, exponent and a unit glued on
  // (not the tail of an identifier like "e820": a number starts where no letter or digit is before it).
  // A comma inside a number only groups thousands ("1,234,567"): "40002,7163.0" is two values, and
  // the comma between them is the message's, as "<*>,<*>".
  rule(/(?<![A-Za-z0-9])[-+]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)*(?:[eE][-+]?\d+)?(?:[a-zA-Z%]{1,3})?(?![A-Za-z])/g, () => true),
];

/** The message without its leading timestamp, in any common layout (see timestamp.ts). */
export function withoutLeadingTimestamp(message: string): string {
  return stripLeadingTimestamp(message);
}

/**
 * Whitespace tokens with variables masked; adjacent wildcards inside a token are merged. A value of
 * several words in brackets or quotes is one token (see groupValues), its words masked one by one
 * and joined by a space; so is a number with its unit ("<*> ms", "<*> bytes (<*> KB)"). Those
 * are the only tokens that hold a space.
 */
export function maskTokens(message: string): string[] {
  const raw = splitWhitespace(collapseInnerTimestamps(message, WILDCARD));
  const groups = groupValues(raw);
  if (groups === undefined) return maskRange(raw, 0, raw.length);
  // Pairs of [first token, index after the last], in order.
  const out: string[] = [];
  let at = 0;
  for (let g = 0; g < groups.length; g += 2) {
    const [start, end] = [groups[g]!, groups[g + 1]!];
    if (start > at) for (const t of maskRange(raw, at, start)) out.push(t);
    out.push(groupToken(raw, start, end));
    at = end;
  }
  if (at < raw.length) for (const t of maskRange(raw, at, raw.length)) out.push(t);
  return out;
}

/** A word that is a variable and nothing else (not `key=<*>`, whose key the template keeps), its punctuation aside. */
const BARE_WILDCARD = /^["'[({]*<\*>[\])}"',;:.]*$/;
/** Words in a group that make it a record of values rather than a phrase: fewer is a phrase (`"GET <*>"`). */
const RECORD_MIN_WORDS = 4;

/**
 * A group as one token, its words masked one by one. A group most of whose words are bare variables is a
 * record of values (`"A IN <*> udp <*> <*> <*>"`, a DNS query as a resolver prints it): one value,
 * its openers and closers kept, as a group of words that vary whole is.
 */
function groupToken(raw: readonly string[], start: number, end: number): string {
  const words = maskRange(raw, start, end);
  let variable = 0;
  for (const w of words) if (BARE_WILDCARD.test(w)) variable++;
  if (words.length < RECORD_MIN_WORDS || variable * 2 <= words.length) return words.join(' ');
  const first = raw[start]!;
  const opener = keyedQuoteAt(first);
  const last = raw[end - 1]!;
  const closer = String.fromCharCode(closerOf(first.charCodeAt(opener)));
  return `${first.slice(0, opener + 1)}${WILDCARD}${last.slice(last.lastIndexOf(closer))}`;
}

/** `raw[from, to)` masked token by token. */
function maskRange(raw: readonly string[], from: number, to: number): string[] {
  const out: string[] = [];
  let quantityAt = -1; // the index in out of a number that took its unit
  for (let i = from; i < to; i++) {
    const token = raw[i]!;
    const c = token.charCodeAt(0);
    const masked = token.length <= 5 && c >= 65 && c <= 90 && DATE_WORD.test(token) ? WILDCARD : maskToken(token);
    const n = out.length;
    // An HTTP request line's version belongs to the path before it: "GET <*> HTTP/1.1" is "GET <*>".
    const version = masked.charCodeAt(0) === 72 && masked.startsWith('HTTP/<*>') ? HTTP_VERSION.exec(masked) : null;
    if (version && n > 0 && out[n - 1]!.endsWith(WILDCARD)) out[n - 1] += version[1];
    // A unit belongs to its number, and is kept: "5 ms", "<1 sec", "403 bytes" and "5.2 KB," are one
    // value each ("<*> ms"), so a value written with or without its unit keeps the line's length.
    else if (n > 0 && quantityAt !== n - 1 && out[n - 1]!.endsWith(WILDCARD) && isUnit(c, masked)) {
      out[n - 1] += ' ' + masked;
      // (the unit that closes a restatement: "403 bytes" then "(0.4" and "KB)")
      if (quantityAt === n - 2 && RESTATED.test(out[n - 1]!)) (out[n - 2] += ' ' + out.pop()!), (quantityAt = -1);
      else quantityAt = n - 1;
    }
    else out.push(masked);
    // ...as does a restatement of it in parentheses, once masked: "403 bytes (0.4 KB)", "2048 MB (50%)".
    const m = out.length;
    // (only after a quantity: a message's first token, `(21)` as FreeRADIUS numbers its requests, has
    // none before it, and quantityAt's -1 must not read as "the token before the first")
    if (quantityAt >= 0 && quantityAt === m - 2 && RESTATED.test(out[m - 1]!)) (out[m - 2] += ' ' + out.pop()!), (quantityAt = -1);
  }
  return out;
}

/** The most whitespace tokens one group may span: a longer stretch is text, not a value. */
const GROUP_MAX_TOKENS = 64;
const QUOTE = 34;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const closerOf = (open: number) => (open === OPEN_BRACE ? 125 : open === OPEN_BRACKET ? 93 : QUOTE);
/** What may follow a closing quote in its token: `"x",`, `"x")`, `"x":`. */
const AFTER_QUOTE = /^[,;:.)\]}]*$/;

/**
 * Values of several words written in braces, brackets or double quotes (`{ driver: { name: "x" } }`,
 * `[a, b, c]`, `error "Connection reset by peer"`): their first token to the index after their last.
 * Such a value is one parameter of the message, whatever its length (Loghub 2.0 labels it so), and
 * as one token it lets the lines that carry different ones share a template, where word by word each
 * length would make its own. Parentheses are left alone: they mostly hold the message's own words
 * ("(see tombstone_warn_threshold)"). Bounded: a group spans at most GROUP_MAX_TOKENS tokens, and
 * an opener that finds no closer is not looked for again on the same line. Returns pairs
 * [first token, index after the last], or undefined when the line has none (most lines).
 */
function groupValues(raw: readonly string[]): number[] | undefined {
  let groups: number[] | undefined;
  let unclosed = 0; // bit per opener kind that found no closer
  for (let i = 0; i < raw.length - 1; i++) {
    // (a key's quoted or bracketed value too: `scope="openid profile email"`, `cmd=[{"prefix": "status"}]`; not the message's own key's)
    const from = keyedQuoteAt(raw[i]!);
    const open = raw[i]!.charCodeAt(from);
    const kind = open === OPEN_BRACE ? 1 : open === OPEN_BRACKET ? 2 : open === QUOTE ? 4 : 0;
    if (kind === 0 || unclosed & kind) continue;
    const end = closingToken(raw, i, open, from);
    if (end < 0) {
      unclosed |= kind;
      continue;
    }
    // A value within one token (`"x"`, `[1]`) is a token already.
    if (end === i) continue;
    (groups ??= []).push(i, end + 1);
    i = end;
  }
  return groups;
}

/** A token that is such a group (see maskTokens): it opens as one does (maybe after its key) and, alone among tokens, holds a space. */
export function isGroup(t: string): boolean {
  if (!t.includes(' ')) return false;
  const c = t.charCodeAt(keyedQuoteAt(t));
  return c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE;
}

/** `key="…`, `key=[…`, `key={…` where the key is not the message's (msg=, message=, whose words are the message): the index of the opener, else 0. */
function keyedQuoteAt(t: string): number {
  const eq = t.indexOf('=');
  if (eq <= 0) return 0;
  const c = t.charCodeAt(eq + 1);
  const key = t.slice(0, eq);
  return (c === QUOTE || c === OPEN_BRACKET || c === OPEN_BRACE) && VALUE_KEY.test(key) && !isMessageKey(key) ? eq + 1 : 0;
}
const VALUE_KEY = /^[A-Za-z_][\w.-]*$/;

/** The key whose value is the message itself (logfmt's and logrus's `msg=`, `message=`): its words are the message's, not one value. */
export const isMessageKey = (key: string): boolean => MESSAGE_KEY.test(key);
const MESSAGE_KEY = /^(?:msg|message)=?$/i;

/** The index of the token that closes the group opened at `raw[at]` (its character `from`), `at` itself when it closes there, or -1. */
function closingToken(raw: readonly string[], at: number, open: number, from = 0): number {
  const close = closerOf(open);
  let depth = 0;
  const last = Math.min(raw.length, at + GROUP_MAX_TOKENS);
  for (let j = at; j < last; j++) {
    const t = raw[j]!;
    for (let k = j === at ? from + 1 : 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (open === QUOTE) {
        if (c === QUOTE && AFTER_QUOTE.test(t.slice(k + 1))) return j;
      } else if (c === open) depth++;
      else if (c === close && depth-- === 0) return j;
    }
  }
  return -1;
}

const HTTP_VERSION = /^HTTP\/<\*>(.*)$/;
const SIZE_UNIT = /^(?:B|[kKMGTP]i?B)[,;:.)\]]*$/;
/** Units of time and size written as words after their number, with the punctuation that may close them. */
const UNIT_WORD = /^(?:[nuµm]?s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|bytes?)[,;:.)\]]*$/;
/** A unit after a number (`c`, its first character, skips the size test for most words). */
const isUnit = (c: number, t: string): boolean => (((c >= 66 && c <= 84) || c === 107) && SIZE_UNIT.test(t)) || UNIT_WORD.test(t);
/** A value in parentheses, maybe with its unit, alone in its token: "(<*>)", "(<*> KB),". */
const RESTATED = /^\(<\*>(?: [A-Za-z%]{1,3})?\)[,;:.]*$/;

/** Weekday and month names are parts of a date, not words of the message. */
const DATE_WORD = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[,.]?$/;

const PLAIN_NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)*(?:[eE][-+]?\d+)?(?:[a-zA-Z%]{1,3})?[,;:.)\]]?$/;

// true, false and null are values, as numbers are ("isScreenOn true", "obj=null").
const BOOLEAN = /^((?:[\w.-]*[=:])?[(["']?)(?:true|false|null|True|False|None|TRUE|FALSE|NULL)([)\]"',;.]*)$/;

/**
 * A host's name without a digit ("example.com", "(api.example.org):", "nas.home.arpa." as DNS
 * servers print a fully qualified name): a variable, as a host with a number is. Known by its last
 * label, a top-level domain: a generic one, one reserved for private and example use, or a country's
 * when three labels or more make it a host (`www.bbc.co.uk`; `config.sh` is a file). A Java class
 * or a property key (`org.apache.Foo`, `spark.executor.memory`) ends in no such label; a reversed
 * name (`com.apple.mail`) starts with one and is kept, as is a language's own package (`java.io`).
 * Small letters only: `System.Net` is a namespace.
 */
const HOST_NAME = /^([[(<'"]*)(?!(?:com|org|net|io|edu|gov|java|javax|jdk|sun|android|kotlin|scala)\.)((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|edu|gov|mil|int|io|info|biz|cloud|example|test|invalid|localhost|local|localdomain|lan|home|internal|intranet|corp|arpa)\.?|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){2,}(?:uk|de|fr|nl|be|at|ch|se|dk|fi|pl|cz|es|pt|it|ie|eu|us|ca|au|nz|jp|cn|kr|in|br|ru|za)\.?)(?=[\])>'",;:.]*$)/;

/** Small words joined by commas, no space: a list printed as one token. */
const WORD_LIST = /^[a-z][a-z_-]*(?:,[a-z][a-z_-]*)+$/;

const SIZE_QUANTITY = /<\*> (?:B|[kKMGTP]i?B|bytes?)(?![A-Za-z])/;
/** A size with its unit ("<*> KB,"): printed humanised, one value takes B, KB or MB as it grows. */
export const isSizeQuantity = (t: string): boolean => SIZE_QUANTITY.test(t);

/** Whether a token holds a digit, a slash, a backslash or a bracket: only those can hold a variable part the rules find. */
function mayVary(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 47 || c === 92 || c === 91) return true;
  }
  return false;
}

export function maskToken(token: string): string {
  if (!mayVary(token)) {
    // nothing variable-looking: the common case, kept fast
    // (a boolean ends in e or l, maybe with closing punctuation: one character test skips most words)
    const last = token.charCodeAt(token.length - 1) | 32;
    if (token.length >= 4 && (last === 101 || last === 108 || !(last >= 97 && last <= 122)) && BOOLEAN.test(token)) return token.replace(BOOLEAN, `$1${WILDCARD}$2`);
    // Words joined by commas with no space are a list, one value ("yarn,curi", DNS flags "qr,aa,rd").
    if (token.indexOf(',') > 0 && WORD_LIST.test(token)) return WILDCARD;
    if (token.indexOf('.') > 0 && HOST_NAME.test(token)) return token.replace(HOST_NAME, `$1${WILDCARD}`);
    return token;
  }
  if (PLAIN_NUMBER.test(token)) return /[,;:.)\]]$/.test(token) ? WILDCARD + token.slice(-1) : WILDCARD;
  // A network device's message code (`%SEC-6-IPACCESSLOGP:`, `%ASA-4-106023:`): facility, severity and
  // mnemonic name one kind of message, its digits included.
  if (isMessageCode(token)) return token;
  const known = maskMemory[token];
  if (known !== undefined) return known === UNCHANGED ? token : known;
  const result = maskByRules(token);
  if (maskedCount >= MASKED_MAX) {
    maskMemory = Object.create(null) as Record<string, string>;
    maskedCount = 0;
  }
  // A changed token is copied (flattening the joined string copies it) so that what is kept holds
  // no slice of the log line either.
  maskMemory[token] = result === token ? UNCHANGED : (' ' + result).slice(1);
  maskedCount++;
  return result;
}

const MESSAGE_CODE = /^%[A-Z][A-Z0-9_]*(?:-[A-Z0-9_]+)*-\d{1,2}-[A-Z0-9_]+:?$/;
/** A network device's message code (see maskToken): a word, for all the digits in it. */
export const isMessageCode = (t: string): boolean => t.charCodeAt(0) === 37 && MESSAGE_CODE.test(t);

/**
 * Tokens that needed the rules, with what they became. Logs repeat their variable-looking tokens
 * far more than their values vary ("[REDACTED:ipv4]:5432", "HTTP/1.1", "/api/v1/orders"), and the
 * rules cost a few dozen regex tests each time. A pure function of the token, so one memory serves
 * every log; forgotten all at once when full (cheaper than an LRU, and the working set refills it).
 * An object, not a Map: property keys are stored as copies, so a remembered token never keeps the
 * whole log line it was cut from alive (a Map would hold the slice, and through it the line); a
 * token the rules left as it was is remembered as UNCHANGED for the same reason.
 */
let maskMemory = Object.create(null) as Record<string, string>;
let maskedCount = 0;
const MASKED_MAX = 4_096;
const UNCHANGED = '\u0000';

function maskByRules(token: string): string {
  let t = token;
  for (const { re, when, to } of SUBTOKEN_RULES) {
    if (!when(t)) continue;
    re.lastIndex = 0;
    if (re.test(t)) {
      re.lastIndex = 0;
      // (two calls: replace's overloads take a string or a function, not the union)
      t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to);
      if (t === WILDCARD) return t;
    }
  }
  t = t.replace(/(?:<\*>)+/g, WILDCARD);
  // A key's value made of several masked parts and their separators is one value: "steps=<*>##<*>##<*>"
  // is "steps=<*>". Not where the parts are written as the message's own: a host and its port
  // ("address=<*>:<*>"), a list ("time=<*>,<*>"), a ratio or a version ("<*>/<*>", "<*>.<*>").
  const kv = KEYED_PARTS.exec(t);
  return kv ? kv[1]! + WILDCARD + kv[2]! : t;
}
const KEYED_PARTS = /^([A-Za-z][\w.-]*=)<\*>(?:[^\w\s<>()[\]{}"':,./]+<\*>)+([,;.]?)$/;

/** Whitespace split without a regex or empty tokens: this runs once per log event. */
function splitWhitespace(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
    if (space) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}
