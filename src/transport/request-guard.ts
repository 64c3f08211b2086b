import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  ErrorCode,
  GetTaskRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  SetLevelRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  type JSONRPCMessage,
} from '@modelcontextprotocol/sdk/types.js';
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
 * Checks the shape of each request before the SDK sees it. The SDK answers a request whose
 * params do not fit its schema (e.g. `"arguments": "x"` on tools/call) with -32603 Internal error
 * and a raw issue array: the caller's mistake reads as our fault. Here it gets -32602 Invalid
 * params saying which field is wrong and what it should be. Call after `server.connect(transport)`.
 */
export function guardRequests(transport: Transport): void {
  const next = transport.onmessage;
  if (!next) return;
  transport.onmessage = (message, extra) => {
    const m = message as { method?: unknown; id?: unknown };
    const schema = typeof m.method === 'string' && m.id !== undefined ? SCHEMAS[m.method] : undefined;
    if (schema) {
      const parsed = schema.safeParse(message);
      if (!parsed.success) {
        const id = m.id as string | number;
        const reply = { jsonrpc: '2.0', id, error: { code: ErrorCode.InvalidParams, message: `Invalid params for ${m.method}: ${describeIssues(parsed.error.issues)}` } };
        void transport.send(reply as unknown as JSONRPCMessage, { relatedRequestId: id }).catch(() => undefined);
        return;
      }
    }
    next(message, extra);
  };
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
