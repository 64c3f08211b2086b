import { marker, type Redactor, type RedactionStats } from './engine.js';

const BEGIN_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
const END_KEY = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;

/**
 * Redacts a stream of lines, one output line per input line. It remembers one thing between
 * lines: that it is inside a private key block, so a PEM key printed over many log lines is
 * redacted whole (every body line becomes a marker) even though no single line looks secret.
 */
export class LineRedactor {
  private insideKey = false;

  constructor(
    private readonly redactor: Redactor,
    private readonly stats?: RedactionStats,
  ) {}

  line(text: string): string {
    if (this.insideKey) {
      const end = END_KEY.exec(text);
      if (!end) return marker('private_key');
      this.insideKey = false;
      return marker('private_key') + this.redactor.redact(text.slice(end.index + end[0].length), this.stats);
    }
    const begin = text.includes('-----BEGIN') ? BEGIN_KEY.exec(text) : null;
    if (begin && !END_KEY.test(text.slice(begin.index))) this.insideKey = true;
    return this.redactor.redact(text, this.stats);
  }
}
