/**
 * Which rules can match a string, found in one pass: an Aho-Corasick automaton over the rules'
 * lowercase keywords, compiled to a dense transition table (a DFA). Scanning costs one table
 * lookup per character whatever the number of keywords, which keeps redaction of ordinary log
 * text (no keyword at all) near memory speed.
 *
 * Table layout, for speed: a state is stored pre-multiplied by the alphabet size (128), so its low
 * seven bits are free; bit 0 marks states where some keyword ends. Upper-case letters have the
 * transitions of their lower-case forms, and other characters are folded into 7 bits: a fold can
 * only add spurious hits (a superset, checked by the rules' own patterns), never hide a keyword.
 *
 * Digits are one class: a digit in a keyword stands for any digit. A rule can then name a shape
 * of digits as keywords at no cost per character (the fold is in the table): the IPv4 rule's
 * `0.0.0.0`, `0.00.0.0`, … are the shapes every dotted quad holds. For the other keywords with
 * digits (`$1$` also finds `$2$`) it is one more fold of the same kind.
 */
const ALPHABET = 128;
/** Scratch buffers up to this size are kept for the next call; a rare longer text gets its own. */
const KEEP_BYTES = 1 << 20;
const utf8 = new TextEncoder();
/** The answer for most texts, shared: no array to allocate and collect per line. */
const NONE: readonly number[] = Object.freeze([]);
const SHIFT = 7; // log2(ALPHABET)
const HAS_OUTPUT = 1;
/** Texts shorter than twice the longest keyword plus this are scanned once: splitting them gains nothing. */
const TWO_SCANS_MIN_EXTRA = 32;
/** Ends of the tracked rule's keywords kept per text; a text with more is searched whole. */
const TRACKED_MAX = 1024;
/** The digit every digit is read as. */
const DIGIT = 48;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export class KeywordIndex {
  private readonly delta: Int32Array;
  /** For each automaton state, the rule ids whose keyword ends there (failure links followed). */
  private readonly outputs: (readonly number[] | undefined)[];
  private readonly seen: Uint8Array;
  /** For each rule found by the last `rulesIn` call, where its first keyword ends (a byte offset). */
  private readonly firstEnd: Int32Array;
  /** States where a keyword of the tracked rule ends (see `trackedEnds`). */
  private readonly tracked: Uint8Array;
  private ends = new Int32Array(64);
  private endCount = 0;
  private endsInOrder = true;
  /** The longest keyword's length: how far the first of two scans must run past the middle. */
  private readonly longest: number;
  private bytes = new Uint8Array(4096);
  /** Whether the text of the last `rulesIn` call held a character outside ASCII (found on the same pass). */
  sawNonAscii = false;

  /** `trackRule`: the rule whose every keyword's end `trackedEnds` reports (not only the first). */
  constructor(keywordsByRule: readonly (readonly string[])[], trackRule = -1) {
    const gotoTable: Map<number, number>[] = [new Map()];
    const out: Set<number>[] = [new Set()];
    keywordsByRule.forEach((keywords, ruleId) => {
      for (const kw of keywords) {
        let state = 0;
        for (const ch of kw.toLowerCase()) {
          const c = isDigit(ch.charCodeAt(0)) ? DIGIT : ch.charCodeAt(0);
          if (c >= ALPHABET) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`);
          let next = gotoTable[state]!.get(c);
          if (next === undefined) {
            next = gotoTable.length;
            gotoTable.push(new Map());
            out.push(new Set());
            gotoTable[state]!.set(c, next);
          }
          state = next;
        }
        out[state]!.add(ruleId);
      }
    });
    // Breadth-first: failure links, merged outputs, and the full transition table.
    const n = gotoTable.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = gotoTable[0]!.get(c);
      if (next !== undefined) {
        delta[c] = next;
        queue.push(next);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const state = queue[qi]!;
      for (const r of out[fail[state]!]!) out[state]!.add(r);
      for (let c = 0; c < ALPHABET; c++) {
        const next = gotoTable[state]!.get(c);
        if (next !== undefined) {
          fail[next] = delta[fail[state]! * ALPHABET + c]!;
          delta[state * ALPHABET + c] = next;
          queue.push(next);
        } else {
          delta[state * ALPHABET + c] = delta[fail[state]! * ALPHABET + c]!;
        }
      }
    }
    for (let s = 0; s < n; s++) {
      for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32]!;
      for (let c = DIGIT + 1; c <= DIGIT + 9; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + DIGIT]!;
    }
    for (let i = 0; i < delta.length; i++) {
      const target = delta[i]!;
      delta[i] = target * ALPHABET + (out[target]!.size > 0 ? HAS_OUTPUT : 0);
    }
    this.delta = delta;
    this.outputs = out.map((s) => (s.size > 0 ? [...s] : undefined));
    this.seen = new Uint8Array(keywordsByRule.length);
    this.firstEnd = new Int32Array(keywordsByRule.length);
    this.tracked = new Uint8Array(n);
    for (let st = 0; st < n; st++) if (out[st]!.has(trackRule)) this.tracked[st] = 1;
    this.longest = Math.max(1, ...keywordsByRule.flat().map((k) => k.length));
  }

  /**
   * Rule ids with a keyword in `text` (case-insensitive), in ascending order; [] when none.
   *
   * The scan reads the text's UTF-8 bytes, not its characters. A loop of `charCodeAt` is compiled
   * for the string representations it has seen (flat, sliced, concatenated; one or two bytes per
   * character), and once a long-running process has passed it five kinds it went about 3x slower
   * for good: a server that had redacted a few Japanese or emoji lines beside its usual text ran
   * every later line at that speed. Encoding into one reused buffer costs less than it saves and
   * the loop sees one kind of array. Keywords are ASCII, so their bytes are the same; every other
   * character's bytes are >= 0x80, which the fold treats as it treated the characters themselves.
   */
  rulesIn(text: string): readonly number[] {
    const delta = this.delta;
    let bytes = this.bytes;
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (text.length * 3 > bytes.length) {
      bytes = new Uint8Array(text.length * 3);
      if (bytes.length <= KEEP_BYTES) this.bytes = bytes;
    }
    const n = utf8.encodeInto(text, bytes).written;
    let hits: number[] | undefined;
    this.endCount = 0;
    this.endsInOrder = true;
    // Every byte ORed together: the eighth bit set means some character was not ASCII (no branch per byte).
    let all = 0;
    const longest = this.longest;
    if (n < 2 * longest + TWO_SCANS_MIN_EXTRA) {
      let state = 0;
      for (let i = 0; i < n; i++) {
        const c = bytes[i]!;
        all |= c;
        state = delta[(state & ~HAS_OUTPUT) + (c & (ALPHABET - 1))]!;
        if (state & HAS_OUTPUT) hits = this.collect(state >> SHIFT, hits, i);
      }
    } else {
      // Two scans in one loop, one from the start and one from the middle. Each step's table lookup
      // waits on the one before it, so a single scan runs at the memory latency; two independent
      // chains overlap in the processor and the loop runs about 1.35x faster. The first scan runs on
      // past the middle by a keyword's length less one, so a keyword starting before the middle is
      // read whole; one starting after it is the second scan's. A keyword found by both is kept once.
      const mid = n >> 1;
      const second = n - mid;
      let a = 0;
      let b = 0;
      for (let k = 0; k < second; k++) {
        const ca = bytes[k]!;
        const cb = bytes[mid + k]!;
        all |= ca | cb;
        a = delta[(a & ~HAS_OUTPUT) + (ca & (ALPHABET - 1))]!;
        b = delta[(b & ~HAS_OUTPUT) + (cb & (ALPHABET - 1))]!;
        if ((a | b) & HAS_OUTPUT) {
          if (a & HAS_OUTPUT) hits = this.collect(a >> SHIFT, hits, k);
          if (b & HAS_OUTPUT) hits = this.collect(b >> SHIFT, hits, mid + k);
        }
      }
      // These bytes lie at or past the middle: the second scan has read them (and `all` holds them).
      for (let k = second; k < mid + longest - 1; k++) {
        a = delta[(a & ~HAS_OUTPUT) + (bytes[k]! & (ALPHABET - 1))]!;
        if (a & HAS_OUTPUT) hits = this.collect(a >> SHIFT, hits, k);
      }
    }
    this.sawNonAscii = all >= ALPHABET;
    if (hits === undefined) return NONE;
    for (const r of hits) this.seen[r] = 0;
    return hits.sort((a, b) => a - b);
  }

  /**
   * Where the search for a rule found by the last `rulesIn` call may start: no keyword of the rule
   * ends before its first one, so a match holding a keyword cannot start more than `reach`
   * characters (the most a match runs before its keyword's end) earlier. 0 when the text was not
   * ASCII (the scan counted bytes, not characters).
   */
  searchFrom(rule: number, reach: number): number {
    return this.sawNonAscii ? 0 : Math.max(0, this.firstEnd[rule]! + 1 - reach);
  }

  /**
   * Where each keyword of the tracked rule ends in the text of the last `rulesIn` call (the offset of
   * its last character), ascending; undefined when the text was not ASCII (offsets of bytes, not
   * characters) or held more than TRACKED_MAX of them. (Where the two scans overlap, an end may be
   * reported twice.)
   */
  trackedEnds(): Int32Array | undefined {
    if (this.sawNonAscii || this.endCount > TRACKED_MAX) return undefined;
    const ends = this.ends.subarray(0, this.endCount);
    // (The two scans of a long text report out of order.)
    if (!this.endsInOrder) ends.sort();
    return ends;
  }

  private collect(state: number, hits: number[] | undefined, at: number): number[] {
    const found = this.outputs[state]!;
    if (this.tracked[state] === 1) {
      if (this.endCount === this.ends.length && this.endCount <= TRACKED_MAX) {
        const more = new Int32Array(this.ends.length * 2);
        more.set(this.ends);
        this.ends = more;
      }
      if (this.endCount < this.ends.length) {
        if (this.endCount > 0 && at < this.ends[this.endCount - 1]!) this.endsInOrder = false;
        this.ends[this.endCount] = at;
      }
      this.endCount++;
    }
    hits ??= [];
    for (const r of found) {
      if (this.seen[r] === 0) {
        this.seen[r] = 1;
        this.firstEnd[r] = at;
        hits.push(r);
      } else if (at < this.firstEnd[r]!) this.firstEnd[r] = at; // (the two scans meet out of order)
    }
    return hits;
  }
}
