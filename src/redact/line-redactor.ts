import { LineState, type Redactor, type RedactionStats } from './engine.js';

/** Secrets a stream remembers from its earlier lines (see LineRedactor.recent): each costs one search per line. */
const RECENT_MAX = 16;
/** ...and for how many lines after the one it was found on. */
const RECENT_LINES = 8;
/** Characters of a remembered secret looked for first (see holdsRecent). */
const PROBE = 6;

/**
 * Redacts a stream of lines, one output line per input line. It remembers what a single line
 * cannot show (see LineState in engine.ts): that it is inside a private key block, so a PEM key
 * printed over many log lines is redacted whole; that the previous line was a secret key with its
 * value still to come (`password:` then the value, `- name: DB_PASSWORD` then `value: x`).
 * Redactor.redact applies the same state to a string of many lines, so both give the same result.
 */
export class LineRedactor {
  private readonly state = new LineState();
  // Bound once: a stream has millions of lines.
  private readonly redactOne: (l: string) => string;
  private readonly hadKeyWord: () => boolean;

  constructor(
    private readonly redactor: Redactor,
    private readonly stats?: RedactionStats,
  ) {
    this.redactOne = (l) => this.redactor.redactLine(l, this.stats);
    this.hadKeyWord = () => this.redactor.lastHadKeyWord;
  }

  /**
   * Secrets found in the last RECENT_LINES lines, oldest first (at most RECENT_MAX), each with the
   * line it is remembered until and its first characters (see holdsRecent). A stream repeats what it
   * printed, and a line alone cannot tell (sshd logs a password typed as a user name on its `Invalid
   * user` line, which names it, then on `Connection closed by invalid user …`, which does not).
   * Redactor.redact sees a whole text at once and does the same within it. Only for a few lines: a
   * value taken for a secret by mistake would otherwise be masked wherever the rest of the log repeats it.
   */
  private readonly recent: { find: [name: string, secret: string]; until: number; probe: string }[] = [];
  private lineNo = 0;

  line(text: string): string {
    this.lineNo++;
    while (this.recent.length > 0 && this.recent[0]!.until < this.lineNo) this.recent.shift();
    let out = this.state.line(text, this.redactor.markerSink, this.redactOne, this.stats, this.hadKeyWord);
    // (searched in the line as written: the output is often a joined string, which a search would copy flat)
    if (this.recent.length > 0 && this.holdsRecent(text)) out = this.redactor.markFoundElsewhere(out, this.recent.map((r) => r.find), this.stats);
    for (const find of this.redactor.takeFound()) {
      const known = this.recent.findIndex((r) => r.find[1] === find[1]);
      if (known >= 0) this.recent.splice(known, 1);
      else if (this.recent.length === RECENT_MAX) this.recent.shift();
      this.recent.push({ find, until: this.lineNo + RECENT_LINES, probe: find[1].slice(0, PROBE) });
    }
    return out;
  }

  /**
   * Whether the line holds a remembered secret. Searched for by its first characters first: V8
   * searches for a string of 7 characters or more with a table it builds at each call, and on a
   * stream with a secret every few lines (bench:redaction's) that search on every line cost a fifth
   * of the redaction time; a short probe is a plain scan, and misses on nearly every line.
   */
  private holdsRecent(text: string): boolean {
    for (const r of this.recent) if (text.indexOf(r.probe) >= 0 && text.includes(r.find[1])) return true;
    return false;
  }
}
