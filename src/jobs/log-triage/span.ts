import { WILDCARD } from './mask.js';
import { fillsWildcard } from './wildcard.js';

/**
 * Values of several words. A service called "Windows Update" and one called "Print Spooler
 * Service" give "The … service entered the running state." a template for each length, and a
 * miner that compares lines position by position never joins them. The log itself says when a
 * stretch of words is one value, when all of these hold:
 * - many templates (`need`) agree on the tokens before the stretch and after it;
 * - the stretch takes three lengths or more among them (two phrasings of one event, "Failed
 *   password for root" and "… for invalid user x", take two);
 * - the agreed tokens hold words of the message, one or more on each side and four in all, so a
 *   shared line header ("<*> <*> I") or a shared ending alone never makes a family;
 * - they outweigh the stretch, twice its length (a long stretch between the same ends is another
 *   message);
 * - no word is in every stretch (a fixed word inside says the stretch is a phrase with a value in
 *   it: "command for deploy", "shell on pts/0 for alice").
 */
export interface SpanFamily<T> {
  /** How many leading tokens the family shares, and how many trailing ones. */
  prefix: number;
  suffix: number;
  /** The candidates that belong, without the template that was asked about. */
  members: T[];
}

const MIN_WORDS = 4;
const MIN_LENGTHS = 3;
const MAX_CUTS = 64;

const isWord = (t: string) => !t.includes(WILDCARD) && /[A-Za-z]/.test(t);

function wordsIn(tokens: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWord(tokens[i]!)) n++;
  return n;
}

/** The words kept before `prefixEnd` and from `suffixStart` on are enough to hold a family (the rule above). */
function enoughWords(tokens: readonly string[], prefixEnd: number, suffixStart: number): boolean {
  const before = wordsIn(tokens, 0, prefixEnd);
  const after = wordsIn(tokens, suffixStart, tokens.length);
  return before >= 1 && after >= 1 && before + after >= MIN_WORDS;
}

/** Whether the words around position `at` of a template are enough for it to stand for a family of lengths. */
export const wordsAroundSuffice = (tokens: readonly string[], at: number): boolean => enoughWords(tokens, at, at + 1);

/** Templates are grouped for the search by their first and last token, which a family shares. */
export const endsKey = (tokens: readonly string[]): string => `${tokens[0]}\u0000${tokens[tokens.length - 1]}`;

/**
 * The largest family `fresh` belongs to among `candidates` (templates with its first and last
 * token), or undefined. Each candidate proposes a cut (the prefix and suffix it shares with
 * `fresh`); a cut's members are the candidates that share at least as much.
 */
export function findSpanFamily<T extends { tokens: string[] }>(fresh: T, candidates: Iterable<T>, need: number): SpanFamily<T> | undefined {
  const a = fresh.tokens;
  const near: { c: T; p: number; s: number }[] = [];
  for (const c of candidates) {
    if (c === fresh) continue;
    const b = c.tokens;
    // Each side keeps a stretch of one token or more between what they share.
    const limit = Math.min(a.length, b.length) - 1;
    let p = 0;
    while (p < limit && a[p] === b[p]) p++;
    let s = 0;
    while (p + s < limit && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
    if (enoughWords(a, p, a.length - s)) near.push({ c, p, s });
  }
  if (near.length + 1 < need) return undefined;
  let best: SpanFamily<T> | undefined;
  const tried = new Set<string>();
  for (const cut of near) {
    const key = `${cut.p},${cut.s}`;
    if (tried.has(key)) continue;
    // Each cut filters every candidate: a bounded number of cuts keeps this linear.
    if (tried.size >= MAX_CUTS) break;
    tried.add(key);
    // The words kept must outweigh the stretch (twice its length, as for one varying word): a
    // stretch as long as what is shared is a different message with the same ends.
    const longest = Math.floor((cut.p + cut.s) / 2);
    if (a.length - cut.p - cut.s > longest) continue;
    const members = near.filter((n) => n.p >= cut.p && n.s >= cut.s).map((n) => n.c);
    // Short stretches are the evidence; a longer one already seen fits the template as later lines will.
    const evidence = members.filter((m) => m.tokens.length - cut.p - cut.s <= longest);
    if (evidence.length + 1 < need) continue;
    const lengths = new Set([a.length, ...evidence.map((m) => m.tokens.length)]);
    if (lengths.size < MIN_LENGTHS) continue;
    if (sharesAWord([a, ...members.map((m) => m.tokens)], cut.p, cut.s)) continue;
    // The largest family; between equals, the one that keeps more words.
    if (!best || members.length > best.members.length || (members.length === best.members.length && cut.p + cut.s > best.prefix + best.suffix)) {
      best = { prefix: cut.p, suffix: cut.s, members };
    }
  }
  return best;
}

/**
 * Whether one word is in every stretch: then the stretch is a phrase with a value inside ("command
 * for deploy", "shell on pts/0 for alice", "subsystem 'sftp' for backup"), whose shapes are events
 * of their own, not one value of several words.
 */
function sharesAWord(all: readonly (readonly string[])[], prefix: number, suffix: number): boolean {
  const [first, ...rest] = all;
  for (let i = prefix; i < first!.length - suffix; i++) {
    const w = first![i]!;
    if (!isWord(w)) continue;
    if (rest.every((t) => {
      const at = t.indexOf(w, prefix);
      return at >= 0 && at < t.length - suffix;
    })) return true;
  }
  return false;
}

/** The template a family becomes: its shared prefix, one wildcard for the stretch, its shared suffix. */
export function spanTemplate(tokens: readonly string[], family: { prefix: number; suffix: number }): string[] {
  return [...tokens.slice(0, family.prefix), WILDCARD, ...tokens.slice(tokens.length - family.suffix)];
}

const fillsOrEquals = (t: string, x: string) => t === x || fillsWildcard(t, x);

/** Whether a line's tokens fit a span template whose variable stretch is at `at` (one token or more). */
export function fitsSpan(template: readonly string[], at: number, tokens: readonly string[]): boolean {
  const tail = template.length - at - 1;
  if (tokens.length < at + tail + 1) return false;
  // (a name's stretch ends as the name did: "<*>:" takes "Kitchen motion light:")
  const close = template[at]!.slice(WILDCARD.length);
  if (close && !tokens[tokens.length - tail - 1]!.endsWith(close)) return false;
  for (let i = 1; i <= tail; i++) if (!fillsOrEquals(template[template.length - i]!, tokens[tokens.length - i]!)) return false;
  for (let i = 0; i < at; i++) if (!fillsOrEquals(template[i]!, tokens[i]!)) return false;
  return true;
}

/**
 * Names at the start of a message. A hub that prefixes each line with the name of what it runs
 * ("Kitchen motion light: Executing step call service", "Presence - away: Executing step call
 * service") gives every name a template of its own, and the tree, which routes on the first words,
 * never lets them meet. The log says the leading words are one value when `need` templates or more
 * end in the same message (two words or more) after a name of one to NAME_MAX_TOKENS tokens whose
 * last ends with a colon, and the names differ. They become one template, "<*>: Executing step call
 * service", whose stretch takes a name of any length.
 */
export const NAME_MAX_TOKENS = 4;
const NAME_WORD = /^(?:[A-Za-z][\w'.-]*[A-Za-z0-9]:?|[A-Za-z]:|-)$/;

/** Where the leading name of a template ends (the index of its colon token), or -1. */
export function leadingNameEnd(tokens: readonly string[]): number {
  const last = Math.min(NAME_MAX_TOKENS, tokens.length - 2);
  for (let i = 0; i < last; i++) {
    const t = tokens[i]!;
    // (a name is plain words, maybe joined by a dash: no value, bracket, quote or key of the line's)
    if (!NAME_WORD.test(t)) return -1;
    if (t.charCodeAt(t.length - 1) === 58) return wordsIn(tokens, i + 1, tokens.length) >= 2 ? i : -1;
  }
  return -1;
}

/** The message after a leading name, as a key: templates that share it are candidates for one family. */
export const afterNameKey = (tokens: readonly string[], end: number): string => tokens.slice(end + 1).join('\u0000');

/** The name a template starts with (its tokens up to `end`, the colon's), as one string. */
export const leadingName = (tokens: readonly string[], end: number): string => tokens.slice(0, end + 1).join(' ');

/**
 * The members of a family of names with `fresh` (see above), or undefined when fewer than `need`
 * names differ. A name already shown to vary (`known`: it was one of another family's names)
 * needs no more evidence: "Kitchen motion light: Executing step wait template" is "<*>: …" at once.
 */
export function findNameFamily<T extends { tokens: string[] }>(fresh: T, candidates: readonly T[], need: number, known: ReadonlySet<string>): T[] | undefined {
  const end = leadingNameEnd(fresh.tokens);
  if (end < 0) return undefined;
  const own = leadingName(fresh.tokens, end);
  const names = new Set([own]);
  const members: T[] = [];
  for (const c of candidates) {
    if (c === fresh) continue;
    const e = leadingNameEnd(c.tokens);
    if (e < 0 || c.tokens.length - e !== fresh.tokens.length - end) continue;
    names.add(leadingName(c.tokens, e));
    members.push(c);
  }
  return names.size >= need || known.has(own) ? members : undefined;
}
