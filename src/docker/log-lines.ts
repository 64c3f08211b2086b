/**
 * Turns the engine's log byte stream into lines, one stream at a time, without ever holding more
 * than one partial line per stream. Non-TTY containers multiplex stdout and stderr in frames
 * with an 8-byte header; TTY containers send raw bytes (all reported as stdout).
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

export const MAX_LINE_BYTES = 16 * 1024;

class LineSplitter {
  private partial = '';
  private dropping = false;
  constructor(private readonly stream: LogStream, private readonly withTimestamps: boolean) {}

  push(chunk: string, out: LogLine[]): void {
    let start = 0;
    for (let nl = chunk.indexOf('\n', start); nl >= 0; nl = chunk.indexOf('\n', start)) {
      this.append(chunk.slice(start, nl));
      this.emit(out);
      start = nl + 1;
    }
    this.append(chunk.slice(start));
  }

  flush(out: LogLine[]): void {
    if (this.partial.length > 0 || this.dropping) this.emit(out);
  }

  private append(s: string): void {
    if (this.dropping) return;
    const room = MAX_LINE_BYTES - this.partial.length;
    if (s.length > room) {
      this.partial += s.slice(0, room);
      this.dropping = true;
    } else {
      this.partial += s;
    }
  }

  private emit(out: LogLine[]): void {
    let text = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
    let timestamp: string | undefined;
    if (this.withTimestamps) {
      const sp = text.indexOf(' ');
      if (sp > 0 && /^\d{4}-\d\d-\d\dT/.test(text)) {
        timestamp = text.slice(0, sp);
        text = text.slice(sp + 1);
      }
    }
    out.push({ stream: this.stream, text, ...(timestamp ? { timestamp } : {}), ...(this.dropping ? { truncated: true } : {}) });
    this.partial = '';
    this.dropping = false;
  }
}

/** Incremental decoder: feed it chunks, get lines. */
export class LogDecoder {
  private header = Buffer.alloc(0);
  private remaining = 0;
  private current: LogStream = 'stdout';
  private readonly splitters: Record<LogStream, LineSplitter>;
  private readonly decoders = { stdout: new TextDecoder('utf-8'), stderr: new TextDecoder('utf-8') };

  constructor(private readonly multiplexed: boolean, withTimestamps: boolean) {
    this.splitters = { stdout: new LineSplitter('stdout', withTimestamps), stderr: new LineSplitter('stderr', withTimestamps) };
  }

  push(chunk: Buffer): LogLine[] {
    const out: LogLine[] = [];
    if (!this.multiplexed) {
      this.splitters.stdout.push(this.decoders.stdout.decode(chunk, { stream: true }), out);
      return out;
    }
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining === 0) {
        const need = 8 - this.header.length;
        this.header = Buffer.concat([this.header, chunk.subarray(offset, offset + need)]);
        offset += Math.min(need, chunk.length - offset);
        if (this.header.length < 8) break;
        this.current = this.header[0] === 2 ? 'stderr' : 'stdout';
        this.remaining = this.header.readUInt32BE(4);
        this.header = Buffer.alloc(0);
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - offset);
      const piece = chunk.subarray(offset, offset + take);
      this.splitters[this.current].push(this.decoders[this.current].decode(piece, { stream: true }), out);
      this.remaining -= take;
      offset += take;
    }
    return out;
  }

  end(): LogLine[] {
    const out: LogLine[] = [];
    this.splitters.stdout.flush(out);
    this.splitters.stderr.flush(out);
    return out;
  }
}
