import { isGroup, isMessageCode, isMessageKey, isSizeQuantity, WILDCARD, maskTokens } from './mask.js';
import { stripLeadingTimestamp } from './timestamp.js';
import { afterNameKey, endsKey, findNameFamily, findSpanFamily, fitsSpan, leadingName, leadingNameEnd, spanTemplate } from './span.js';
import { CLOSERS, fillsWildcard, fitsFrame, isWild, keyOf, OPENERS } from './wildcard.js';

/**
 * Online template mining, Drain-style, with one configuration for every log:
 *
 * 1. The message loses its leading timestamp (timestamp.ts) and its variables are masked by shape
 *    (mask.ts: numbers, ids, addresses, paths...).
 * 2. A fixed-depth tree routes the tokens by their count and their first tokens to a small set of
 *    clusters; the most similar cluster (share of equal constant tokens) absorbs the line and turns
 *    the positions that differ into <*>, or the line founds a new cluster.
 * 3. Two different words at one position say different things ("Started" vs "Paused") until the
 *    log proves otherwise: when `variants` clusters differ only in the word at one position, and
 *    those words are rare (median count <= `rare`: names are many and each rare, an enum's few
 *    values recur), and they are not words that say what happened (Started, Paused, Resumed,
 *    Stopping: past participles and gerunds are states), the position is a variable whatever its
 *    shape and the clusters merge. This is evidence from the log itself, not a list of words.
 *    (One prior remains: a word after "user", "host", "table", "key=" and the like is a name.)
 *    A key's value (clientId="grafana") is a variable from the start, and the tree routes it as
 *    one. (Keeping values written as constants apart, type="LOGIN" vs type="LOGOUT", was tried:
 *    it gained on one labelled corpus and lost on two, method=PLAIN vs method=LOGIN among them.)
 *    Where words become a variable, what frames them stays: "dag '<*>',", as in any merge.
 * 4. The tree is only a shortcut: a line that matches nothing in its leaf gets a second look at
 *    every template of its length that has learned its routing words vary, and a template that
 *    covers another (or equals it) absorbs it, so one event never shows as two entries.
 * 5. A value of several words ("Windows Update", "Print Spooler Service") gives each of its
 *    lengths a template; when enough of them agree around one stretch of varying length (span.ts),
 *    they become one template whose stretch is one wildcard, and lines of any length fit it.
 *    A name at the start of the message ("Kitchen motion light: Executing step call service") is
 *    such a value too, with nothing before it: when three templates end in the same message after
 *    different names, they become "<*>: Executing step call service" (span.ts), and a name seen
 *    in such a family is a variable before any other message too.
 * 6. A value of several words in braces, brackets or double quotes (a JSON object, a list, a quoted
 *    message), also after its key (scope="openid email", but not msg="...", the message itself), is
 *    one token (mask.ts): two of them merge word by word when they have as many words, and whole
 *    otherwise; they never take a one-word slot, nor a wildcard in another frame.
 * 7. A number and its unit are one token too ("<*> ms", "<*> MB,", "<*> bytes (<*> KB)" with its
 *    restatement in parentheses), so a value written with or without its unit, or as "<1 sec" or
 *    "00:01", keeps the line's length. The unit stays in the template while it holds; two units
 *    whose letters differ say different things, except sizes, which a humanised value changes as
 *    it grows (B, KB, MB: "<*>").
 *
 * Memory grows with the number of templates, never with the number of lines: past `maxClusters`
 * a line that matches no template goes to an overflow cluster. A share of the cap is kept for
 * error and warning lines, which also overflow apart from the rest, so noise cannot crowd an
 * error out of its own template.
 */
export interface Cluster {
  /** Stable per template; a cluster merged into another takes the survivor's id. */
  id: number;
  tokens: string[];
  count: number;
  /** The most severe rank among its lines (0 fatal … 4 debug, as severity.ts ranks), or 5 when unknown. */
  severity: number;
  /** Overflow clusters only: the first line of the most severe rank seen (capped), since the template says nothing. */
  sample?: string;
  /** Set when this cluster was merged into another: follow it with live(). */
  mergedInto?: Cluster;
  /** Templates of several lengths made one (span.ts): the index of the wildcard that stands for a stretch of one token or more. */
  spanAt?: number;
}

export interface MinerOptions {
  /** Leading tokens used for routing (Drain's depth minus the length layer). */
  depth: number;
  /** Share of equal constant tokens needed to join a cluster. */
  similarity: number;
  /** Children per tree node before new tokens share a wildcard branch. */
  maxChildren: number;
  /** Two different words at one position do not merge on similarity alone (false: plain Drain, they only lower the score). */
  keepWords: boolean;
  /** This many clusters differing only in the word at one position make it a variable (0: never). */
  variants: number;
  /** ...and when their median count is at most this (names are many and rare; an enum's values recur). */
  rare: number;
  /** Past this many clusters, lines that match none go to an overflow cluster: memory stays bounded. */
  maxClusters: number;
  /** Share of maxClusters that only error and warning lines (severity rank <= 2) may fill. */
  severeReserve: number;
}

/**
 * The one configuration used for every log. `similarity` and `variants` are the two tuned
 * choices: bench/accuracy.mjs picks them leave-one-system-out and reports how much that matters.
 */
export const DEFAULT_MINER_OPTIONS: MinerOptions = { depth: 3, similarity: 0.5, maxChildren: 100, keepWords: true, variants: 3, rare: 3, maxClusters: 5_000, severeReserve: 0.2 };

/**
 * Different names that make a leading name a variable (span.ts, findNameFamily). Fixed, not the
 * tuned `variants`: two names can be an enum's two values, and a higher count only delays the
 * merge past the lines that give the evidence (measured over blind-logs7: 3 is best of 2 to 5).
 */
const NAME_FAMILY_MIN = 3;
/** Leading names remembered as variables (span.ts, findNameFamily). */
const KNOWN_NAMES_MAX = 4_096;
/** Templates a new one is compared with when looking for a family of lengths (span.ts). */
const SPAN_SCAN_MAX = 512;

/** severity.ts ranks: fatal 0, error 1, warning 2, info 3, debug 4. */
const WARNING_RANK = 2;
const UNKNOWN_RANK = 5;
const SAMPLE_MAX = 400;

interface TreeNode {
  children: Map<string, TreeNode>;
  clusters: Cluster[];
}

const HAS_DIGIT = /\d/;
const hasDigit = (t: string) => HAS_DIGIT.test(t);
// A token with a digit or a masked part routes as a variable: "user 42" and "user 43", "wpad:<*>" and "<*>:<*>" meet.
// A key's value routes as one too ("clientId=\"web-shop\"," and "clientId=\"grafana\","): whether two
// values say different things is for the similarity test, which reads the key (differentWords).
const routeKey = (t: string) => {
  if (hasDigit(t) || t.includes(WILDCARD)) return WILDCARD;
  const key = keyOf(t);
  // (not the message's own key: msg=started and msg=stopped are two messages)
  return key && !isMessageKey(key) && isWholeValue(t.slice(key.length)) ? key + WILDCARD : t;
};

/** A key's value that is all there (not `msg="starting`, the first word of a quoted message): one word, or quoted and closed. */
function isWholeValue(v: string): boolean {
  if (v === '') return false;
  const q = v[0]!;
  if (q !== '"' && q !== "'") return true;
  const end = v.endsWith(',') || v.endsWith(';') ? v.length - 2 : v.length - 1;
  return end > 0 && v[end] === q;
}

function routesLike(template: string[], tokens: string[], depth: number): boolean {
  for (let i = 0; i < depth && i < tokens.length; i++) if (!isWild(template[i]!) && routeKey(template[i]!) !== routeKey(tokens[i]!)) return false;
  return true;
}

/** The cluster a (possibly merged) cluster lives on as. */
export function live(c: Cluster): Cluster {
  let x = c;
  while (x.mergedInto) x = x.mergedInto;
  // Path compression: the next lookup from c is one step.
  if (c.mergedInto && c.mergedInto !== x) c.mergedInto = x;
  return x;
}

export class TemplateMiner {
  private readonly root = new Map<number, TreeNode>();
  private readonly clusters = new Set<Cluster>();
  /** Live clusters by token count: the second look for lines the tree misrouted, and variant search. */
  private readonly byLength = new Map<number, Cluster[]>();
  /** Fixed-length clusters by their first and last token: where a family of lengths is looked for. */
  private readonly byEnds = new Map<string, Cluster[]>();
  /** Templates whose wildcard stands for a stretch of any length (span.ts). */
  private readonly spans: Cluster[] = [];
  /** Templates that start with a name, by the message after it (span.ts, findNameFamily). */
  private readonly byAfterName = new Map<string, Cluster[]>();
  /** Leading names the log has shown to vary (they were merged into a family of names). */
  private readonly knownNames = new Set<string>();
  private readonly options: MinerOptions;
  private nextId = 0;
  /** Lines of unknown, info or debug severity that found no room. */
  readonly overflow: Cluster = { id: -1, tokens: ['<other lines: too many distinct templates>'], count: 0, severity: UNKNOWN_RANK };
  /** Error and warning lines that found no room even in the reserve: counted apart, with the most severe sample. */
  readonly overflowSevere: Cluster = { id: -2, tokens: ['<other error and warning lines: too many distinct templates>'], count: 0, severity: UNKNOWN_RANK };

  constructor(options: Partial<MinerOptions> = DEFAULT_MINER_OPTIONS) {
    this.options = { ...DEFAULT_MINER_OPTIONS, ...options };
  }

  /**
   * Adds a message; returns the cluster it joined or founded (or an overflow cluster). Pass the
   * line's severity rank (severity.ts `rank`) so that error and warning templates keep room past
   * the cap. A cluster returned earlier may later be merged into another: `live(c)` finds it.
   */
  add(message: string, severityRank: number = UNKNOWN_RANK): Cluster {
    const tokens = maskTokens(stripLeadingTimestamp(message));
    const leaf = this.leafFor(tokens);
    let best = this.bestOf(leaf.clusters, tokens, leaf);
    if (!best && this.spans.length > 0) {
      const span = this.spans.find((c) => fitsSpan(c.tokens, c.spanAt!, tokens));
      if (span) {
        span.count++;
        if (severityRank < span.severity) span.severity = severityRank;
        return span;
      }
    }
    // The tree routes on the first tokens, so a line whose first words vary ("alice logged in",
    // "bob logged in") misses its template. Before founding a cluster, look at every template of
    // the same length (rare: only lines that match nothing), and remember the find in this leaf.
    if (!best && this.hasRoom(severityRank)) {
      best = this.bestOf(this.byLength.get(tokens.length) ?? [], tokens, undefined, this.options.depth);
      if (best) leaf.clusters.push(best);
    }
    if (best) {
      let generalised = false;
      for (let i = 0; i < tokens.length; i++) {
        if (best.tokens[i] === tokens[i]) continue;
        const merged = mergeTokens(best.tokens[i]!, tokens[i]!);
        if (merged !== best.tokens[i]) (best.tokens[i] = merged), (generalised = true);
      }
      best.count++;
      if (severityRank < best.severity) best.severity = severityRank;
      return generalised ? this.dedupe(best) : best;
    }
    if (!this.hasRoom(severityRank)) return this.spill(severityRank <= WARNING_RANK ? this.overflowSevere : this.overflow, message, severityRank);
    const cluster: Cluster = { id: this.nextId++, tokens, count: 1, severity: severityRank };
    this.clusters.add(cluster);
    leaf.clusters.push(cluster);
    let same = this.byLength.get(tokens.length);
    if (!same) this.byLength.set(tokens.length, (same = []));
    same.push(cluster);
    const ends = endsKey(tokens);
    const family = this.byEnds.get(ends);
    if (family) family.push(cluster);
    else this.byEnds.set(ends, [cluster]);
    if (!this.options.keepWords) return this.dedupe(cluster);
    const settled = this.dedupe(this.mergeVariants(same, cluster));
    const spanned = settled === cluster ? this.mergeSpan(cluster) : settled;
    return spanned === cluster ? this.mergeNames(cluster) : spanned;
  }

  /** A new template whose leading name completes a family of names (span.ts) makes them one template, as mergeSpan does. */
  private mergeNames(fresh: Cluster): Cluster {
    const need = NAME_FAMILY_MIN;
    const end = leadingNameEnd(fresh.tokens);
    if (end < 0) return fresh;
    const key = afterNameKey(fresh.tokens, end);
    let bucket = this.byAfterName.get(key);
    if (!bucket) {
      // (as many messages as templates at most: past that, a new message finds no family)
      if (this.byAfterName.size >= this.options.maxClusters) return fresh;
      this.byAfterName.set(key, (bucket = []));
    }
    bucket.push(fresh);
    if (bucket.length < need && !this.knownNames.has(leadingName(fresh.tokens, end))) return fresh;
    const current = bucket.filter((c) => !c.mergedInto);
    this.byAfterName.set(key, current);
    const found = findNameFamily(fresh, current, need, this.knownNames);
    if (!found) return fresh;
    const members = [fresh, ...found];
    // (bounded: past the cap, names need their own evidence again)
    for (const c of members) if (this.knownNames.size < KNOWN_NAMES_MAX) this.knownNames.add(leadingName(c.tokens, leadingNameEnd(c.tokens)));
    return this.joinAsSpan(members, [WILDCARD + ':', ...fresh.tokens.slice(end + 1)], 0);
  }

  /**
   * A new template that completes a family of lengths (span.ts) makes it one template: a new
   * cluster, with the oldest member's id, that every member now lives on as.
   */
  private mergeSpan(fresh: Cluster): Cluster {
    const need = this.options.variants;
    const key = endsKey(fresh.tokens);
    const bucket = this.byEnds.get(key);
    if (need < 2 || !bucket || bucket.length < need) return fresh;
    const current = bucket.filter((c) => !c.mergedInto);
    if (current.length !== bucket.length) this.byEnds.set(key, current);
    // The newest templates only: the search stays bounded however many share these ends.
    const found = findSpanFamily(fresh, current.length > SPAN_SCAN_MAX ? current.slice(-SPAN_SCAN_MAX) : current, need);
    if (!found) return fresh;
    return this.joinAsSpan([fresh, ...found.members], spanTemplate(fresh.tokens, found), found.prefix);
  }

  /** `members` become one new span template (its stretch at `spanAt`) that each now lives on as; it keeps the oldest member's id. */
  private joinAsSpan(members: readonly Cluster[], tokens: string[], spanAt: number): Cluster {
    let oldest = members[0]!;
    for (const c of members) if (c.id < oldest.id) oldest = c;
    const span: Cluster = { id: oldest.id, tokens, count: 0, severity: UNKNOWN_RANK, spanAt };
    for (const c of members) {
      span.count += c.count;
      if (c.severity < span.severity) span.severity = c.severity;
      this.dropFromLength(c);
      c.mergedInto = span;
      c.id = span.id;
      c.tokens = span.tokens;
      this.clusters.delete(c);
    }
    this.clusters.add(span);
    this.spans.push(span);
    return span;
  }

  /** The most similar cluster if similar enough; drops merged clusters from the list on the way. */
  private bestOf(list: Cluster[], tokens: string[], leaf?: TreeNode, routed = 0): Cluster | undefined {
    let best: Cluster | undefined;
    let bestScore = -1;
    let stale = false;
    for (const c of list) {
      if (c.mergedInto) {
        stale = true;
        continue;
      }
      // From another leaf, only a template that has learned the routing words differ: the tree's
      // split on a leading word stands until the log shows that word varies.
      if (routed && !routesLike(c.tokens, tokens, routed)) continue;
      const score = similarity(c.tokens, tokens, this.options.keepWords);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (stale && leaf) leaf.clusters = [...new Set(leaf.clusters.map(live))];
    return best && bestScore >= this.options.similarity ? best : undefined;
  }

  /** The live templates, oldest first. */
  all(): readonly Cluster[] {
    return [...this.clusters];
  }

  get size(): number {
    return this.clusters.size;
  }

  private hasRoom(severityRank: number): boolean {
    const { maxClusters, severeReserve } = this.options;
    if (this.clusters.size >= maxClusters) return false;
    // Known info/debug lines leave the reserve to errors and warnings; unknown severity (a caller
    // that does not say) may use the whole cap, as before.
    if (severityRank > WARNING_RANK && severityRank < UNKNOWN_RANK) return this.clusters.size < maxClusters - Math.floor(maxClusters * severeReserve);
    return true;
  }

  private spill(bucket: Cluster, message: string, severityRank: number): Cluster {
    bucket.count++;
    if (bucket.sample === undefined || severityRank < bucket.severity) bucket.sample = message.slice(0, SAMPLE_MAX);
    if (severityRank < bucket.severity) bucket.severity = severityRank;
    return bucket;
  }

  /**
   * A new cluster is a variant of its neighbours when they differ only in the word at one
   * position; once `variants` such clusters of rare words exist, the position is a variable and
   * the clusters become one (the oldest survives and keeps its id).
   */
  private mergeVariants(same: Cluster[], fresh: Cluster): Cluster {
    const need = this.options.variants;
    if (need < 2 || same.length < need) return fresh;
    const groups = new Map<string, Cluster[]>();
    let chosen: { at: number[]; members: Cluster[] } | undefined;
    // (the fresh cluster's own count is 1: it is left out of the median)
    for (const c of same) {
      if (c === fresh) continue;
      const at = wordDiff(c.tokens, fresh.tokens, this.options.similarity);
      if (!at) continue;
      const key = at.join(',');
      let members = groups.get(key);
      if (!members) groups.set(key, (members = []));
      members.push(c);
    }
    for (const [key, members] of groups) {
      if (members.length + 1 < need) continue;
      // Names are many and each rare; an enum's few values each recur ("Transitioned from NEW
      // to UNASSIGNED"): variants whose typical (median) count is high stay apart.
      const counts = members.map((c) => c.count).sort((x, y) => x - y);
      if (counts[counts.length >> 1]! > this.options.rare) continue;
      const at = key.split(',').map(Number);
      // Words that say what happened (Started, Paused, Resumed; Stopping) are states, not names.
      if (saysWhatHappened([...members, fresh], at)) continue;
      chosen = { at, members };
      break;
    }
    if (!chosen) return fresh;
    const all = [...chosen.members, fresh];
    let survivor = all[0]!;
    for (const c of all) if (c.id < survivor.id) survivor = c;
    // (what every variant shares around the word stays, as mergeTokens keeps it: "dag_id='<*>',", "(<*>)")
    for (const p of chosen.at) survivor.tokens[p] = all.reduce((t, c) => (isGroup(t) || isGroup(c.tokens[p]!) ? WILDCARD : mergeTokens(t, c.tokens[p]!)), survivor.tokens[p]!);
    for (const c of all) if (c !== survivor) this.absorb(survivor, c);
    return this.dedupe(survivor);
  }

  /**
   * Two clusters whose templates became the same, or where one's template covers the other's
   * (each generalised on its own, or the tree kept them apart: "login from root ok" and a later
   * "login from <*> ok"), are one event: the older absorbs the younger, so a report never lists
   * one event twice. Runs only when a cluster is founded or its template gains a wildcard.
   */
  private dedupe(c: Cluster): Cluster {
    const same = this.byLength.get(c.tokens.length);
    if (!same) return c;
    let out = c;
    for (const d of [...same]) {
      if (d === out || d.mergedInto || !(covers(out.tokens, d.tokens) || covers(d.tokens, out.tokens))) continue;
      const [older, younger] = d.id < out.id ? [d, out] : [out, d];
      this.absorb(older, younger);
      out = older;
    }
    return out;
  }

  /** Merges `c` into `survivor`; `c` keeps pointing at it (live()) for callers that hold it. */
  private absorb(survivor: Cluster, c: Cluster): void {
    for (let i = 0; i < c.tokens.length; i++) if (survivor.tokens[i] !== c.tokens[i]) survivor.tokens[i] = mergeTokens(survivor.tokens[i]!, c.tokens[i]!);
    survivor.count += c.count;
    if (c.severity < survivor.severity) survivor.severity = c.severity;
    c.mergedInto = survivor;
    c.id = survivor.id;
    c.tokens = survivor.tokens;
    this.clusters.delete(c);
    // Leaves still list the merged cluster; bestOf() drops it when it meets it.
    this.dropFromLength(c);
  }

  /** Takes a cluster that now lives on as another out of its length's list (called before its tokens change). */
  private dropFromLength(c: Cluster): void {
    const same = this.byLength.get(c.tokens.length);
    const at = same ? same.indexOf(c) : -1;
    if (at >= 0) same!.splice(at, 1);
  }

  private leafFor(tokens: string[]): TreeNode {
    let node: TreeNode | undefined = this.root.get(tokens.length);
    if (!node) {
      node = { children: new Map(), clusters: [] };
      this.root.set(tokens.length, node);
    }
    const depth = Math.min(this.options.depth, tokens.length);
    for (let i = 0; i < depth; i++) {
      // Tokens that look variable share one branch, so "user 42" and "user 43" meet.
      const token = tokens[i]!;
      const key = routeKey(token);
      const parent: TreeNode = node;
      let next: TreeNode | undefined = parent.children.get(key);
      if (!next) {
        // A full node sends new tokens down its wildcard branch instead of growing without bound.
        const full = parent.children.size >= this.options.maxChildren;
        next = full ? parent.children.get(WILDCARD) : undefined;
        if (!next) {
          next = { children: new Map(), clusters: [] };
          parent.children.set(full ? WILDCARD : key, next);
        }
      }
      node = next;
    }
    return node;
  }
}

// One position: two varying words at once ("from NEW to RUNNING") read more often as an enum pair than as names.
const MAX_VARIANT_POSITIONS = 1;

/**
 * Two tokens say different things when their letters differ (two or more on each side), unless
 * they share a "key=" (whose values are meant to vary), or both hold a digit (identifiers, not
 * words: "com.whatsapp/u0a368" vs "org.telegram.messenger/u0a335"): "Started" vs "Paused",
 * "(uid=<*>)" vs "LOGIN(uid=<*>)"; not "blk_<*>" vs "<*>", "tty1" vs "tty2", "KB" vs "B".
 */
function differentWords(a: string, b: string): boolean {
  // (a device's message codes hold digits but are words: `%MAB-5-SUCCESS:` and `%DOT1X-5-SUCCESS:` are two events)
  if (HAS_DIGIT.test(a) && HAS_DIGIT.test(b) && !(isMessageCode(a) && isMessageCode(b))) return false;
  if (isSizeQuantity(a) && isSizeQuantity(b)) return false;
  const ka = keyOf(a);
  // (a key's values vary; but an empty one says the field is absent, another kind of event: "rhost=" vs "rhost=<*>")
  if (ka && b.startsWith(ka)) return (a.length === ka.length) !== (b.length === ka.length);
  return differentLetters(a, b);
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the letters of `a` and `b` (everything else dropped: digits, punctuation, the `<*>` of
 * masked parts) differ, both having two or more. One pass, no copies: this runs for every differing
 * token of every template a line is compared with.
 */
function differentLetters(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let na = 0;
  let nb = 0;
  let differ = false;
  for (;;) {
    while (i < a.length && !isLetter(a.charCodeAt(i))) i++;
    while (j < b.length && !isLetter(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length) {
      if (i < a.length || j < b.length) differ = true;
      for (; i < a.length; i++) if (isLetter(a.charCodeAt(i))) na++;
      for (; j < b.length; j++) if (isLetter(b.charCodeAt(j))) nb++;
      return na >= 2 && nb >= 2 && differ;
    }
    if (a.charCodeAt(i) !== b.charCodeAt(j)) differ = true;
    na++;
    nb++;
    i++;
    j++;
  }
}

const ACTION_WORD = /^[^A-Za-z]*[A-Za-z]{2,}(?:ed|ing)[^A-Za-z]*$/i;
/** Half or more of the variants' words at `at` are past participles or gerunds. */
function saysWhatHappened(clusters: readonly Cluster[], at: readonly number[]): boolean {
  let actions = 0;
  for (const c of clusters) if (at.some((p) => ACTION_WORD.test(c.tokens[p]!))) actions++;
  return actions * 2 >= clusters.length;
}

/** Words after these are names (users, hosts, services, tables, topics, queues, pods...), which vary like any other variable. */
const NAMES_FOLLOW = /^(?:user|username|login|host|hostname|node|service|group|account|name|table|index|database|db|schema|topic|queue|partition|bucket|container|pod|namespace|volume|channel|vhost|cluster|shard|exchange|tenant|project|repository|repo|image|job|pool|device|interface|[\w.-]*[=:])$/i;

/** A token that starts with a key of its own: `rhost=…`. */
const KEYED = /^[A-Za-z_][\w.-]*=/;

function similarity(template: string[], tokens: string[], keepWords: boolean): number {
  let same = 0;
  let wild = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = template[i]!;
    const x = tokens[i]!;
    if (t === x) {
      if (t === WILDCARD) wild++;
      else same++;
    } else if (isWild(t)) {
      // A value of several words (mask.ts groups them) takes a wildcard only in the same frame:
      // "[<*>]" takes "[a, b]", "[<*>]:" does not.
      if (isGroup(x) && !fitsFrame(t, x)) return -1;
      wild++;
    }
    // ...and never stands where one word did, nor one word where it did.
    else if (isGroup(t) !== isGroup(x)) return -1;
    // (a token with a key of its own is no value of the key before it: "ruser= rhost=")
    else if (keepWords && differentWords(t, x) && (KEYED.test(x) || !NAMES_FOLLOW.test(tokens[i - 1] ?? ''))) return -1;
  }
  const constant = tokens.length - wild;
  return constant === 0 ? 1 : same / constant;
}

/**
 * The position where two same-length templates hold different words, when they are otherwise as
 * similar as joining a cluster needs; undefined when they differ in more words, or in none.
 */
function wordDiff(a: string[], b: string[], threshold: number): number[] | undefined {
  const at: number[] = [];
  let same = 0;
  let constant = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y && x !== WILDCARD) {
      same++;
      constant++;
    } else if (isWild(x) || isWild(y)) continue;
    else if (differentWords(x, y)) {
      if (at.push(i) > MAX_VARIANT_POSITIONS) return undefined;
    } else constant++;
  }
  // The words both keep must outweigh the ones that vary: with fewer, the varying word is the message.
  if (at.length === 0 || same < 2 * at.length) return undefined;
  return same / constant >= threshold ? at : undefined;
}

export const templateText = (c: Cluster): string => live(c).tokens.join(' ');

/**
 * `general` describes every line `specific` does: equal, or a wildcard (or "key=<*>") where they
 * differ, with the shared words outweighing the filled positions (an all-wildcard template covers
 * nothing).
 */
function covers(general: readonly string[], specific: readonly string[]): boolean {
  if (general.length !== specific.length) return false;
  let shared = 0;
  let filled = 0;
  for (let i = 0; i < general.length; i++) {
    const g = general[i]!;
    const s = specific[i]!;
    if (g === s) {
      if (g !== WILDCARD) shared++;
    } else if (fillsWildcard(g, s)) filled++;
    else return false;
  }
  return shared >= 2 * Math.max(filled, 1) || (filled === 0 && shared > 0);
}

/**
 * Two differing tokens become one wildcard, but what both share around the value stays: a "key="
 * ("rhost=a" + "rhost=b" → "rhost=<*>") and the punctuation that frames it ("(a)" + "(b.c)" →
 * "(<*>)", "a," + "b," → "<*>,"): the punctuation is the message's, the value between it is not.
 */
function mergeTokens(a: string, b: string): string {
  // Two values of several words merge word by word when they have as many ("[Partition <*> broker=1]"
  // and "[Partition <*> broker=2]"), and whole otherwise.
  if (isGroup(a) && isGroup(b)) {
    const x = a.split(' ');
    const y = b.split(' ');
    if (x.length === y.length) return x.map((t, i) => (t === y[i] ? t : mergeTokens(t, y[i]!))).join(' ');
    // (its first word's "key=" is no key of the whole: "{act=<*>}" would claim the rest is one value
    // of act; a key's quoted value is its key's: 'scope="<*>",')
    const ka = keyOf(a);
    if (KEYED.test(a) && b.startsWith(ka) && a.charCodeAt(ka.length) === 34) return ka + framedWildcard(a.slice(ka.length), b.slice(ka.length));
    return framedWildcard(a, b);
  }
  const ka = keyOf(a);
  if (ka && b.startsWith(ka)) return ka + framedWildcard(a.slice(ka.length), b.slice(ka.length));
  return framedWildcard(a, b);
}

/** One wildcard for two differing values, inside the punctuation both share around them. */
function framedWildcard(a: string, b: string): string {
  let pre = 0;
  while (pre < a.length && pre < b.length && a.charCodeAt(pre) === b.charCodeAt(pre) && OPENERS.includes(a[pre]!)) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf) && CLOSERS.includes(a[a.length - 1 - suf]!)) suf++;
  return pre === 0 && suf === 0 ? WILDCARD : `${a.slice(0, pre)}${WILDCARD}${a.slice(a.length - suf)}`;
}

/** Two templates describe the same event when they agree wherever neither has a wildcard. */
export function sameEvent(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i] !== WILDCARD && b[i] !== WILDCARD) return false;
  return true;
}
