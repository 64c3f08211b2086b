import { userInfo } from 'node:os';
import { z } from 'zod';
import { strictInput, type ToolDef } from '../tools/_define.js';
import type { CallContext, ToolDeps } from '../tools/context.js';
import { UsageError } from './args.js';

/**
 * Calls a tool's handler in-process with the same validation the MCP path applies, so the CLI
 * and the server share one implementation (and one audit trail).
 */
export async function callTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(tool: ToolDef<I, O>, args: unknown, deps: ToolDeps, yes = false) {
  const parsed = strictInput(tool as unknown as ToolDef).safeParse(args);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new UsageError(`${i.path.join('.') || 'arguments'}: ${i.message}`);
  }
  const ctx: CallContext = {
    deps,
    actor: { name: `cli:${safeUser()}`, transport: 'cli' },
    signal: new AbortController().signal,
    progress: async () => undefined,
    askApproval: async () => (yes ? 'accept' : 'unsupported'),
  };
  return tool.handler(parsed.data as never, ctx);
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
