import { LineState, type Redactor, type RedactionStats } from './engine.js';

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

  line(text: string): string {
    return this.state.line(text, this.redactor.markerSink, this.redactOne, this.stats, this.hadKeyWord);
  }
}
