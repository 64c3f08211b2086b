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

/**
 * The tool's input as a strict object whose unknown-key error lists the arguments it does take.
 * One schema per tool for the life of the process (see `schemasOf`).
 */
export function strictInput(tool: ToolDef<z.ZodRawShape, z.ZodRawShape>): z.ZodObject<ToolDef['input']> {
  return schemasOf(tool).input;
}

/** The tool's output as an object schema, one per tool for the life of the process. */
export function outputSchema(tool: ToolDef<z.ZodRawShape, z.ZodRawShape>): z.ZodObject<ToolDef['output']> {
  return schemasOf(tool).output;
}

interface ToolSchemas {
  input: z.ZodObject<ToolDef['input']>;
  output: z.ZodObject<ToolDef['output']>;
}
const schemas = new WeakMap<object, ToolSchemas>();

/**
 * Built once per tool, not per MCP server: a 2026-07-28 request gets a server of its own, and a
 * fresh zod object costs its first parse a compilation, and its JSON Schema a conversion, on
 * every request (together most of a stateless call's time before they were shared).
 */
function schemasOf(tool: ToolDef<z.ZodRawShape, z.ZodRawShape>): ToolSchemas {
  let known = schemas.get(tool);
  if (!known) {
    const takes = Object.keys(tool.input).join(', ') || 'no arguments';
    const input = z.strictObject(tool.input, {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown argument${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: ${tool.name} takes ${takes}` : undefined),
    });
    known = { input: withRememberedJsonSchema(input), output: withRememberedJsonSchema(z.object(tool.output)) };
    schemas.set(tool, known);
  }
  return known;
}

/**
 * The SDK converts a tool's schemas to JSON Schema per registered tool, so per MCP server: the
 * schema remembers its conversion (per target) instead. The one conversion is frozen, deeply, so
 * no caller can change what the next one is given (copying it per call cost as much as a
 * conversion of a large output schema).
 */
function withRememberedJsonSchema<T extends z.ZodType>(schema: T): T {
  const standard = schema['~standard'];
  const json = standard.jsonSchema;
  const remember = (convert: (options: { target: string }) => Record<string, unknown>) => {
    const byTarget = new Map<string | undefined, Record<string, unknown>>();
    return (options: { target: string }) => {
      let converted = byTarget.get(options?.target);
      if (!converted) byTarget.set(options?.target, (converted = deepFreeze(convert(options))));
      return converted;
    };
  };
  schema['~standard'] = { ...standard, jsonSchema: { input: remember(json.input), output: remember(json.output) } } as typeof standard;
  return schema;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
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
