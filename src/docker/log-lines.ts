/**
 * Turns the engine's log byte stream into lines, one stream at a time, without ever holding more
 * than one partial line per stream. Non-TTY containers multiplex stdout and stderr in frames
 * with an 8-byte header; TTY containers send raw bytes (all reported as stdout).
 *
 * Everything works on bytes: frames are cut out of the chunk by offset, lines are split on the
 * newline byte (0x0A never occurs inside a UTF-8 sequence, so no streaming text decoder is
 * needed), and a line is decoded once, when complete. Invalid UTF-8 and binary bytes cost the
 * same as text: the decoder replaces them natively, no per-character work in JavaScript.
 */
export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  stream: LogStream;
  /** The engine's timestamp for the line (RFC 3339), when requested. */
  timestamp?: string;
  text: string;
  /** The line was longer than the cap and was cut. */
  truncated?: boolean;
}

/** Longest line kept, in bytes: the rest of a longer line is skipped, never buffered. */
export const MAX_LINE_BYTES = 16 * 1024;

const NL = 0x0a;
const CR = 0x0d;
const EMPTY = Buffer.alloc(0);

/** A UTF-8 cut at `end` that does not split a character (backs off over continuation bytes). */
function charBoundary(buf: Buffer, start: number, end: number): number {
  let e = end;
  while (e > start && e < buf.length && (buf[e]! & 0xc0) === 0x80) e--;
  return e > start ? e : end;
}

class LineSplitter {
  /** The start of a line whose newline has not arrived yet, copied into one fixed buffer. */
  private partial: Buffer | undefined;
  private partialLen = 0;
  private dropping = false;
  constructor(
    private readonly stream: LogStream,
    private readonly withTimestamps: boolean,
  ) {}

  /** Splits buf[start, end) into lines. */
  push(buf: Buffer, start: number, end: number, out: LogLine[]): void {
    // A view that ends where the frame ends, so a search never scans past it.
    const view = end === buf.length ? buf : buf.subarray(0, end);
    let s = start;
    for (;;) {
      const nl = view.indexOf(NL, s);
      if (nl < 0) break;
      if (this.partialLen === 0 && !this.dropping) {
        // The common case: the whole line lies in this chunk; decode it straight from the chunk.
        this.emitRange(buf, s, nl, false, out);
      } else {
        this.append(buf, s, nl);
        this.emitPartial(out);
      }
      s = nl + 1;
    }
    if (s < end) this.append(buf, s, end);
  }

  flush(out: LogLine[]): void {
    if (this.partialLen > 0 || this.dropping) this.emitPartial(out);
  }

  /** Copies a piece of a line (the chunk it came from is released once split); past the cap, drops it. */
  private append(buf: Buffer, start: number, end: number): void {
    if (this.dropping) return;
    const room = MAX_LINE_BYTES - this.partialLen;
    if (end - start > room) {
      end = charBoundary(buf, start, start + room);
      this.dropping = true;
    }
    if (end > start) {
      this.partial ??= Buffer.allocUnsafe(MAX_LINE_BYTES);
      buf.copy(this.partial, this.partialLen, start, end);
      this.partialLen += end - start;
    }
  }

  private emitPartial(out: LogLine[]): void {
    const dropped = this.dropping;
    const len = this.partialLen;
    this.partialLen = 0;
    this.dropping = false;
    this.emitRange(this.partial ?? EMPTY, 0, len, dropped, out);
  }

  private emitRange(buf: Buffer, start: number, end: number, cut: boolean, out: LogLine[]): void {
    let truncated = cut;
    if (end - start > MAX_LINE_BYTES) {
      end = charBoundary(buf, start, start + MAX_LINE_BYTES);
      truncated = true;
    } else if (end > start && buf[end - 1] === CR && !cut) {
      end--;
    }
    let text = buf.toString('utf8', start, end);
    let timestamp: string | undefined;
    if (this.withTimestamps && text.length > 20 && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84 /* YYYY-MM-DDT */) {
      const sp = text.indexOf(' ', 19);
      if (sp > 0 && sp < 40) {
        timestamp = text.slice(0, sp);
        text = text.slice(sp + 1);
      } else if (sp < 0 && text.length < 40) {
        // An empty line: the engine's timestamp alone.
        timestamp = text;
        text = '';
      }
    }
    const line: LogLine = timestamp === undefined ? { stream: this.stream, text } : { stream: this.stream, timestamp, text };
    if (truncated) line.truncated = true;
    out.push(line);
  }
}

/** Incremental decoder: feed it chunks, get lines. */
export class LogDecoder {
  private readonly header = Buffer.alloc(8);
  private headerFill = 0;
  private remaining = 0;
  private current: LineSplitter;
  private readonly stdout: LineSplitter;
  private readonly stderr: LineSplitter;

  constructor(
    private readonly multiplexed: boolean,
    withTimestamps: boolean,
  ) {
    this.stdout = new LineSplitter('stdout', withTimestamps);
    this.stderr = new LineSplitter('stderr', withTimestamps);
    this.current = this.stdout;
  }

  push(chunk: Buffer, out: LogLine[] = []): LogLine[] {
    if (!this.multiplexed) {
      this.stdout.push(chunk, 0, chunk.length, out);
      return out;
    }
    let offset = 0;
    const n = chunk.length;
    while (offset < n) {
      if (this.remaining === 0) {
        if (this.headerFill === 0 && n - offset >= 8) {
          // Whole header in this chunk: read it in place.
          this.current = chunk[offset] === 2 ? this.stderr : this.stdout;
          this.remaining = chunk.readUInt32BE(offset + 4);
          offset += 8;
          continue;
        }
        const take = Math.min(8 - this.headerFill, n - offset);
        chunk.copy(this.header, this.headerFill, offset, offset + take);
        this.headerFill += take;
        offset += take;
        if (this.headerFill < 8) break;
        this.headerFill = 0;
        this.current = this.header[0] === 2 ? this.stderr : this.stdout;
        this.remaining = this.header.readUInt32BE(4);
        continue;
      }
      const take = Math.min(this.remaining, n - offset);
      this.current.push(chunk, offset, offset + take, out);
      this.remaining -= take;
      offset += take;
    }
    return out;
  }

  end(): LogLine[] {
    const out: LogLine[] = [];
    this.stdout.flush(out);
    this.stderr.flush(out);
    return out;
  }
}
