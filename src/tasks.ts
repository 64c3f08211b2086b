import { randomUUID } from 'node:crypto';
import { ProtocolError, ProtocolErrorCode, type CallToolResult, type McpServer, type ServerContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { Logger } from './log.js';
import { redactText } from './redact/scrub.js';

/**
 * MCP tasks as the 2025-11-25 revision has them (experimental there): a client may ask for
 * `tools/call` to run as a task, then polls `tasks/get`, reads `tasks/result`, lists and cancels.
 * SDK v2 keeps the wire vocabulary but no runtime for it, so this is ours: an in-memory store per
 * connection (the run itself is in the database either way). Cancelling a task cancels its run.
 */

type TaskStatus = 'working' | 'input_required' | 'completed' | 'failed' | 'cancelled';
interface Task {
  taskId: string;
  status: TaskStatus;
  ttl: number | null;
  createdAt: string;
  lastUpdatedAt: string;
  pollInterval?: number;
  statusMessage?: string;
}
interface Entry {
  task: Task;
  result?: CallToolResult;
  runId?: string;
  cancelled: boolean;
  done: Promise<void>;
  settle: () => void;
  expires?: NodeJS.Timeout;
}

const TASK_TTL_MS = 3_600_000;
const MAX_TTL_MS = 24 * 3_600_000;
const TASK_POLL_MS = 250;
const PAGE = 100;
const RELATED_TASK = 'io.modelcontextprotocol/related-task';
const terminal = (s: TaskStatus) => s === 'completed' || s === 'failed' || s === 'cancelled';

export interface TaskOptions {
  /** Tools that may run as a task. */
  taskTools: ReadonlySet<string>;
  /** Runs the tool for a task; `onRunLaunched` links the run it starts. */
  run: (name: string, args: unknown, ctx: ServerContext, onRunLaunched: (runId: string) => void) => Promise<CallToolResult>;
  /** Whether the call ends at once (the task completes before tools/call answers). */
  quick: (args: unknown) => boolean;
  /** Checks a task call's arguments (invalid ones are left to the plain tools/call path and its error). */
  validArgs: (name: string, args: unknown) => boolean;
  cancelRun: (runId: string) => void;
  log: Logger;
}

export interface TaskRuns {
  cleanup(): void;
}

const TaskIdParams = z.looseObject({ taskId: z.string() });
const ListParams = z.looseObject({ cursor: z.string().optional() });

/** Adds task support to a server whose tools are registered already. */
export function enableTasks(server: McpServer, options: TaskOptions): TaskRuns {
  const tasks = new Map<string, Entry>();

  const touch = (e: Entry, status: TaskStatus, statusMessage?: string) => {
    e.task = { ...e.task, status, lastUpdatedAt: new Date().toISOString(), ...(statusMessage ? { statusMessage } : {}) };
    if (terminal(status)) e.settle();
  };
  const find = (taskId: string): Entry => {
    const e = tasks.get(taskId);
    if (!e) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No task "${redactText(taskId.slice(0, 80))}": it expired (tasks live ${TASK_TTL_MS / 60_000} minutes by default) or belongs to another connection.`);
    return e;
  };

  const create = async (name: string, args: unknown, ttlAsked: number | undefined, ctx: ServerContext): Promise<{ task: Task }> => {
    const now = new Date().toISOString();
    const ttl = Math.min(ttlAsked ?? TASK_TTL_MS, MAX_TTL_MS);
    let settle!: () => void;
    const done = new Promise<void>((r) => (settle = r));
    const e: Entry = { task: { taskId: randomUUID(), status: 'working', ttl, createdAt: now, lastUpdatedAt: now, pollInterval: TASK_POLL_MS }, cancelled: false, done, settle };
    tasks.set(e.task.taskId, e);
    e.expires = setTimeout(() => tasks.delete(e.task.taskId), ttl);
    e.expires.unref();
    // The task outlives the tools/call request that created it: it must not end with it.
    const controller = new AbortController();
    const taskCtx = { ...ctx, mcpReq: { ...ctx.mcpReq, signal: controller.signal } } as ServerContext;
    const work = options
      .run(name, args, taskCtx, (runId) => {
        e.runId = runId;
        if (e.cancelled) options.cancelRun(runId);
      })
      .then((result) => {
        // A task cancelled meanwhile keeps its cancelled state: the late result is dropped.
        if (e.cancelled) return;
        e.result = result;
        touch(e, result.isError ? 'failed' : 'completed');
      })
      .catch((err: unknown) => {
        options.log.error({ err, tool: name }, 'task failed unexpectedly');
        if (!e.cancelled) {
          e.result = { isError: true, content: [{ type: 'text', text: `INTERNAL: ${name} failed unexpectedly; the server log has the details.` }] };
          touch(e, 'failed');
        }
      });
    if (options.quick(args)) await work;
    return { task: e.task };
  };

  // tools/call with `task`: the SDK's own handler answers every other call (and a task call with
  // bad arguments, with its usual error). Wrapped at the handler table, after the SDK's own
  // validation wrapper, because a CreateTaskResult is not a CallToolResult.
  const handlers = (server.server as unknown as { _requestHandlers: Map<string, (req: { params?: Record<string, unknown> }, ctx: ServerContext) => Promise<unknown>> })._requestHandlers;
  const plainCall = handlers.get('tools/call');
  if (plainCall) {
    handlers.set('tools/call', async (req, ctx) => {
      const p = req.params ?? {};
      const task = p.task as { ttl?: unknown } | undefined;
      const name = String(p.name);
      if (task && typeof task === 'object' && options.taskTools.has(name) && options.validArgs(name, p.arguments ?? {})) {
        return create(name, p.arguments ?? {}, typeof task.ttl === 'number' ? task.ttl : undefined, ctx);
      }
      return plainCall(req, ctx);
    });
  }

  server.server.setRequestHandler('tasks/get', { params: TaskIdParams }, async (p) => find(p.taskId).task as never);
  server.server.setRequestHandler('tasks/result', { params: TaskIdParams }, async (p) => {
    const e = find(p.taskId);
    await e.done;
    if (e.task.status === 'cancelled') throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Task ${e.task.taskId} was cancelled; it has no result.`);
    return { ...e.result!, _meta: { ...(e.result!._meta ?? {}), [RELATED_TASK]: { taskId: e.task.taskId } } } as never;
  });
  server.server.setRequestHandler('tasks/list', { params: ListParams }, async (p) => {
    const all = [...tasks.values()].map((e) => e.task);
    const start = p.cursor ? Number(Buffer.from(p.cursor, 'base64url').toString()) || 0 : 0;
    const page = all.slice(start, start + PAGE);
    return { tasks: page, ...(start + PAGE < all.length ? { nextCursor: Buffer.from(String(start + PAGE)).toString('base64url') } : {}) } as never;
  });
  server.server.setRequestHandler('tasks/cancel', { params: TaskIdParams }, async (p) => {
    const e = find(p.taskId);
    if (terminal(e.task.status)) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Task ${e.task.taskId} is already ${e.task.status}; nothing to cancel.`);
    e.cancelled = true;
    touch(e, 'cancelled', 'Cancelled by the client');
    if (e.runId) options.cancelRun(e.runId);
    return e.task as never;
  });

  return {
    cleanup: () => {
      for (const e of tasks.values()) clearTimeout(e.expires);
      tasks.clear();
    },
  };
}

/**
 * MCP tasks as the 2026-07-28 revision has them: the `io.modelcontextprotocol/tasks` extension
 * (SEP-2663). The client declares the extension; the server decides which calls become tasks (here:
 * launch_run with wait=true, the call that would otherwise hold the request for minutes) and
 * answers them with a flat `resultType: "task"` result. `tasks/get` returns the task with its result
 * inlined once done; `tasks/cancel` acknowledges and cancels the run. 2026-07-28 requests are
 * stateless (over HTTP each one meets a fresh server), so these tasks live in one store per process,
 * each bound to the caller that created it: another caller's task id is "not found".
 */
export const TASKS_EXTENSION = 'io.modelcontextprotocol/tasks';

interface ModernEntry {
  owner: string;
  taskId: string;
  status: 'working' | 'completed' | 'failed' | 'cancelled';
  createdAt: string;
  lastUpdatedAt: string;
  ttlMs: number;
  statusMessage?: string;
  result?: CallToolResult;
  error?: { code: number; message: string };
  runId?: string;
  expires: NodeJS.Timeout;
}

const modernTasks = new Map<string, ModernEntry>();

export interface ModernTaskOptions {
  /** Who the caller is (the token name, JWT subject, or "local" over stdio). */
  owner: string;
  /** Whether this call should run as a task (the tool supports it, the arguments are valid, it is long). */
  wantsTask: (name: string, args: unknown) => boolean;
  run: TaskOptions['run'];
  cancelRun: (runId: string) => void;
  log: Logger;
}

const TaskIdOnly = z.looseObject({ taskId: z.string() });

export function enableModernTasks(server: McpServer, options: ModernTaskOptions): void {
  const view = (e: ModernEntry) => ({
    taskId: e.taskId,
    status: e.status,
    createdAt: e.createdAt,
    lastUpdatedAt: e.lastUpdatedAt,
    ttlMs: e.ttlMs,
    pollIntervalMs: TASK_POLL_MS,
    ...(e.statusMessage ? { statusMessage: e.statusMessage } : {}),
  });
  const find = (taskId: string): ModernEntry => {
    const e = modernTasks.get(taskId);
    if (!e || e.owner !== options.owner) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No task "${redactText(taskId.slice(0, 80))}": it expired or was never created by this caller.`);
    return e;
  };
  const settle = (e: ModernEntry, status: ModernEntry['status'], statusMessage?: string) => {
    e.status = status;
    e.lastUpdatedAt = new Date().toISOString();
    if (statusMessage) e.statusMessage = statusMessage;
  };

  const handlers = (server.server as unknown as { _requestHandlers: Map<string, (req: { params?: Record<string, unknown> }, ctx: ServerContext) => Promise<unknown>> })._requestHandlers;
  const plainCall = handlers.get('tools/call');
  if (plainCall) {
    handlers.set('tools/call', async (req, ctx) => {
      const p = req.params ?? {};
      const name = String(p.name);
      const envelope = ctx.mcpReq.envelope as Record<string, { extensions?: Record<string, unknown> } | undefined> | undefined;
      const declared = envelope?.['io.modelcontextprotocol/clientCapabilities']?.extensions?.[TASKS_EXTENSION] !== undefined;
      if (!declared || !options.wantsTask(name, p.arguments ?? {})) return plainCall(req, ctx);
      const now = new Date().toISOString();
      const e: ModernEntry = { owner: options.owner, taskId: randomUUID(), status: 'working', createdAt: now, lastUpdatedAt: now, ttlMs: TASK_TTL_MS, expires: setTimeout(() => modernTasks.delete(e.taskId), TASK_TTL_MS) };
      e.expires.unref();
      modernTasks.set(e.taskId, e);
      // The task outlives this request (and, over HTTP, the server instance that took it).
      const controller = new AbortController();
      const taskCtx = { ...ctx, mcpReq: { ...ctx.mcpReq, signal: controller.signal, notify: async () => undefined } } as ServerContext;
      void options
        .run(name, p.arguments ?? {}, taskCtx, (runId) => {
          e.runId = runId;
          if (e.status === 'cancelled') options.cancelRun(runId);
        })
        .then((result) => {
          if (e.status !== 'working') return;
          // A tool that ran and reported an error is a completed task with an isError result.
          e.result = result;
          settle(e, 'completed');
        })
        .catch((err: unknown) => {
          options.log.error({ err, tool: name }, 'task failed unexpectedly');
          if (e.status !== 'working') return;
          e.error = { code: ProtocolErrorCode.InternalError, message: `${name} failed unexpectedly; the server log has the details.` };
          settle(e, 'failed');
        });
      return { resultType: 'task', ...view(e) };
    });
  }

  server.server.setRequestHandler('tasks/get', { params: TaskIdOnly }, async (p) => {
    const e = find(p.taskId);
    return { ...view(e), ...(e.result ? { result: e.result } : {}), ...(e.error ? { error: e.error } : {}) } as never;
  });
  server.server.setRequestHandler('tasks/cancel', { params: TaskIdOnly }, async (p) => {
    const e = find(p.taskId);
    if (e.status === 'working') {
      settle(e, 'cancelled', 'Cancelled by the client');
      if (e.runId) options.cancelRun(e.runId);
    }
    return {} as never;
  });
}
