import type { Readable, Writable } from 'node:stream';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/core';
import { ProtocolErrorCode as ErrorCode, type JSONRPCMessage, type RequestId, type Transport } from '@modelcontextprotocol/server';

/** The SDK's own limit per stdio message; a longer one is answered, not fatal. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * MCP over stdio: newline-delimited JSON-RPC on two streams. Unlike the SDK's transport, a bad
 * message never silences the server: a line that is not JSON gets -32700, a JSON value that is
 * not a JSON-RPC message gets -32600, and a message over the size limit is skipped as it streams
 * past (never buffered whole) and answered -32600 with its id when the id can be read, so the
 * client's request fails instead of waiting for ever. The server then goes on reading.
 */
export class LineStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** While skipping an over-long message: its first bytes (for its id) and how long it was. */
  private skipping: { head: Buffer; tail: Buffer; bytes: number } | undefined;
  private closed = false;
  private sentFirst!: () => void;
  /** Settles once the first message has been sent (the answer to `initialize`, usually) or the transport closed. */
  readonly firstSent = new Promise<void>((resolve) => (this.sentFirst = resolve));
  private heardFirst!: () => void;
  /** Settles once the client's first bytes arrived (or the transport closed). */
  readonly firstHeard = new Promise<void>((resolve) => (this.heardFirst = resolve));

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    private readonly maxMessageBytes = MAX_MESSAGE_BYTES,
    /** Checks a message before it is delivered; returns the error reply for one it refuses. */
    private readonly guard?: (message: JSONRPCMessage) => JSONRPCMessage | undefined,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('error', this.onInputError);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('error', this.onInputError);
    this.pending = [];
    this.heardFirst();
    this.sentFirst();
    this.onclose?.();
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.output.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.output.once('drain', resolve);
      this.sentFirst();
    });
  }

  private readonly onInputError = (error: Error): void => this.onerror?.(error);

  private readonly onData = (chunk: Buffer | string): void => {
    this.heardFirst();
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10)) {
      this.take(buf.subarray(0, nl), true);
      buf = buf.subarray(nl + 1);
    }
    if (buf.length > 0) this.take(buf, false);
  };

  /** Adds a piece of the current line; `ends` says the line ends after it. */
  private take(piece: Buffer, ends: boolean): void {
    if (this.skipping) {
      this.skipping.bytes += piece.length;
      this.skipping.tail = Buffer.concat([this.skipping.tail, piece]).subarray(-256);
    } else if (this.pendingBytes + piece.length > this.maxMessageBytes) {
      const whole = Buffer.concat([...this.pending, piece]);
      this.skipping = { head: whole.subarray(0, 256), tail: whole.subarray(-256), bytes: whole.length };
      this.pending = [];
      this.pendingBytes = 0;
    } else if (piece.length > 0) {
      this.pending.push(piece);
      this.pendingBytes += piece.length;
    }
    if (!ends) return;
    if (this.skipping) {
      const { head, tail, bytes } = this.skipping;
      this.skipping = undefined;
      const id = idFrom(head.toString('utf8'), tail.toString('utf8'));
      this.reply(
        id,
        ErrorCode.InvalidRequest,
        `Message too large: ${bytes} bytes, over the limit of ${this.maxMessageBytes} bytes per stdio message. It was skipped; send less per call (e.g. a smaller page).`,
      );
      return;
    }
    const line = (this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending)).toString('utf8').replace(/\r$/, '');
    this.pending = [];
    this.pendingBytes = 0;
    if (line.trim() === '') return;
    this.dispatch(line);
  }

  private dispatch(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      this.reply(null, ErrorCode.ParseError, `Parse error: the message is not valid JSON (${(err as Error).message}). Send one JSON-RPC 2.0 object per line.`);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      const id = validId((value as { id?: unknown } | null)?.id);
      this.reply(id, ErrorCode.InvalidRequest, 'Invalid Request: expected a JSON-RPC 2.0 message ({"jsonrpc":"2.0", "method": …, "id": …} or a response).');
      return;
    }
    const refused = this.guard?.(parsed.data as JSONRPCMessage);
    if (refused) {
      void this.send(refused);
      return;
    }
    this.onmessage?.(parsed.data as JSONRPCMessage);
  }

  private reply(id: RequestId | null, code: number, message: string): void {
    this.onerror?.(new Error(message));
    // JSON-RPC answers a request whose id cannot be told with id null.
    void this.send({ jsonrpc: '2.0', id, error: { code, message } } as unknown as JSONRPCMessage);
  }
}

const validId = (id: unknown): RequestId | null => (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null);

/**
 * The request id of a message seen only in part: at its top level, either early (`{"jsonrpc":"2.0",
 * "id": 5, …`, only one brace open) or as its last member (`…, "id": 5}`, as the SDK writes it).
 */
const ID = /"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\]|\\.){0,100}")\s*/.source;
const EARLY_ID = new RegExp(`${ID}[,}]`);
const LAST_ID = new RegExp(`${ID}}\\s*$`);
function idFrom(head: string, tail: string): RequestId | null {
  const early = EARLY_ID.exec(head);
  const last = LAST_ID.exec(tail);
  const m = early && head.slice(0, early.index).split('{').length === 2 ? early : last;
  if (!m) return null;
  try {
    return validId(JSON.parse(m[1]!));
  } catch {
    return null;
  }
}
