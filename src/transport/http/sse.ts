import { randomUUID } from 'node:crypto';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/core';
import type { AuthInfo, JSONRPCMessage, MessageExtraInfo, Transport } from '@modelcontextprotocol/server';
import type { Request, Response } from 'express';

/**
 * The legacy HTTP+SSE transport (MCP 2024-11-05; deprecated since 2025-03-26, still used by old
 * clients): a GET opens an event stream that first names the URL to POST messages to, and every
 * server message goes down that stream. SDK v2 dropped it, so this is a port of SDK v1's
 * SSEServerTransport, without its body reading (express.json has parsed the body already, under
 * our limit) and its Host/Origin checks (the app checks every request). Served at /sse and
 * /messages unless --no-legacy-sse.
 */
export class SseServerTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;

  readonly sessionId = randomUUID();
  private stream: Response | undefined;
  private closed = false;

  constructor(
    private readonly endpoint: string,
    private readonly res: Response,
  ) {}

  async start(): Promise<void> {
    if (this.stream) throw new Error('SSE transport already started');
    this.res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' });
    this.res.write(`event: endpoint\ndata: ${this.endpoint}?sessionId=${this.sessionId}\n\n`);
    this.stream = this.res;
    this.res.on('close', () => {
      this.stream = undefined;
      this.finish();
    });
  }

  /** A POSTed message (body parsed already): 202 once handed to the server, 400 when it is no JSON-RPC message. */
  async handlePostMessage(req: Request & { auth?: AuthInfo }, res: Response, body: unknown): Promise<void> {
    if (!this.stream) {
      res.status(500).json({ jsonrpc: '2.0', id: null, error: { code: -32603, message: 'SSE connection not established' } });
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(body);
    if (!parsed.success) {
      res.status(400).json({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request: expected a JSON-RPC 2.0 message' } });
      return;
    }
    this.onmessage?.(parsed.data as JSONRPCMessage, { ...(req.auth ? { authInfo: req.auth } : {}) });
    res.status(202).end('Accepted');
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (!this.stream) throw new Error('Not connected');
    this.stream.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  }

  async close(): Promise<void> {
    this.stream?.end();
    this.stream = undefined;
    this.finish();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
}
