import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  GetTaskRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  SetLevelRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/core';
import { ProtocolErrorCode as ErrorCode, type JSONRPCMessage, type Transport } from '@modelcontextprotocol/server';
import type { z } from 'zod';

/** The request schemas of the methods this server answers, by method. */
const SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(
  [
    CallToolRequestSchema,
    ListToolsRequestSchema,
    ReadResourceRequestSchema,
    ListResourcesRequestSchema,
    ListResourceTemplatesRequestSchema,
    SubscribeRequestSchema,
    UnsubscribeRequestSchema,
    CompleteRequestSchema,
    SetLevelRequestSchema,
    GetTaskRequestSchema,
  ].map((s) => [(s.shape.method as unknown as { value: string }).value, s as unknown as z.ZodType]),
);

/**
 * Checks the shape of a request before the SDK sees it. The SDK (v1 and v2 alike) answers a
 * request whose params do not fit its schema (e.g. `"arguments": "x"` on tools/call) with -32603
 * Internal error and a raw issue array: the caller's mistake reads as our fault. Here it gets
 * -32602 Invalid params saying which field is wrong and what it should be. Returns the error
 * reply for a request it refuses, undefined for everything else. The 2026-07-28 `_meta` envelope
 * rides in `params._meta`, which these schemas leave open, so both eras are checked alike.
 */
export function checkRequest(message: JSONRPCMessage): JSONRPCMessage | undefined {
  const m = message as { method?: unknown; id?: unknown };
  const schema = typeof m.method === 'string' && m.id !== undefined ? SCHEMAS[m.method] : undefined;
  if (!schema) return undefined;
  const parsed = schema.safeParse(message);
  if (parsed.success) return undefined;
  const id = m.id as string | number;
  return { jsonrpc: '2.0', id, error: { code: ErrorCode.InvalidParams, message: `Invalid params for ${m.method}: ${describeIssues(parsed.error.issues)}` } } as unknown as JSONRPCMessage;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => {
      const at = i.path.filter((p) => p !== 'params').join('.');
      return `${at ? `${at}: ` : ''}${i.message}`;
    })
    .join('; ');
}

/**
 * The same check on a transport the server is already connected to (call after
 * `server.connect(transport)`): refused requests are answered on the transport and never reach the
 * server. For in-process servers (tests); the stdio transport checks each line itself.
 */
export function guardRequests(transport: Transport): void {
  const next = transport.onmessage;
  if (!next) return;
  transport.onmessage = (message, extra) => {
    const refused = checkRequest(message);
    if (!refused) return next(message, extra);
    void transport.send(refused).catch(() => undefined);
  };
}
