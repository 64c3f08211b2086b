import { z } from 'zod';
import { ToolError } from '../errors.js';
import type { CallContext } from './context.js';

export type ToolScope = 'runs:read' | 'runs:write' | 'admin';

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/**
 * One tool: its contract (name, schemas, annotations) and its handler. A definition is a value
 * with no side effects; `server.ts` decides which definitions get registered.
 */
export interface ToolDef<I extends z.ZodRawShape = z.ZodRawShape, O extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  annotations: ToolAnnotations;
  /**
   * Who may call it: reading history, running diagnostics, or changing configuration (the
   * allowlist and directives). --read-only leaves 'admin' tools unregistered.
   */
  scope: ToolScope;
  /**
   * 'optional': clients that support MCP tasks may call it as a task (task-augmented tools/call);
   * others call it as usual.
   */
  taskSupport?: 'optional';
  /**
   * True when this call's result depends on its arguments and the database only: not on the clock,
   * Docker, the caller or the client. Such answers are reused while the database is unchanged
   * (tools/result-cache.ts).
   */
  cacheable?(args: z.infer<z.ZodObject<I>>): boolean;
  handler(args: z.infer<z.ZodObject<I>>, ctx: CallContext): Promise<z.infer<z.ZodObject<O>>>;
  /** The text content for the model; JSON of the structured result by default. */
  toText?(output: z.infer<z.ZodObject<O>>): string;
  /**
   * An MCP App (SEP-1865) shows this tool's results: the tool's `_meta.ui.resourceUri` names the
   * `ui://` page, and `view` builds what the page draws, sent in the result's `_meta` (never in
   * the text: hosts without Apps get exactly what they got before).
   */
  app?: ToolApp<z.infer<z.ZodObject<O>>>;
}

export interface ToolApp<Out> {
  resourceUri: string;
  /** The result's `_meta` for the page; undefined when there is nothing to show. */
  view(output: Out, ctx: CallContext): Record<string, unknown> | undefined;
}

export function defineTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(def: ToolDef<I, O>): ToolDef<I, O> {
  return def;
}

/** The tool's input as a strict object whose unknown-key error lists the arguments it does take. */
export function strictInput(tool: ToolDef<z.ZodRawShape, z.ZodRawShape>): z.ZodObject<ToolDef['input']> {
  const takes = Object.keys(tool.input).join(', ') || 'no arguments';
  return z.strictObject(tool.input, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown argument${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: ${tool.name} takes ${takes}` : undefined),
  });
}

/** Annotations for tools that only read. */
export const READ_ONLY: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

/** Page cursors are opaque to clients; inside they are base64url JSON. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * Reads a cursor this tool gave. A cursor it did not give (forged, truncated, from another tool)
 * is refused with a clear error, never silently read as "the first page".
 */
export function readCursor<T>(cursor: string, schema: z.ZodType<T>, toolName: string): T {
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through to the error below
  }
  throw new ToolError('INVALID', `That cursor is not one ${toolName} gave.`, 'Pass next_cursor from the previous page unchanged, or omit cursor for the first page.');
}

export const LimitSchema = (max: number, dflt: number) => z.number().int().min(1).max(max).default(dflt).describe(`Page size, 1 to ${max} (default ${dflt})`);
export const CursorSchema = z.string().max(512).optional().describe('next_cursor from the previous page; omit for the first page');
