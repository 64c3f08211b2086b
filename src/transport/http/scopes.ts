import { grants, SCOPES, type Scope } from '../../domain/scopes.js';
import { ALL_TOOLS } from '../../tools/index.js';

/**
 * The scope each JSON-RPC method needs over HTTP. Scopes nest (admin ⊃ runs:write ⊃ runs:read),
 * so `runs:read` means "any recognised scope": a caller with none is refused at the door.
 *
 * - Reading anything (tools/list, resources, completion of run ids and directive names, tasks) needs
 *   runs:read, like the read tools that show the same data (get_run_report, get_allowlist, …).
 * - tools/call needs the tool's own scope (TOOL_SCOPE below).
 * - tasks/cancel cancels the run its task launched: runs:write, like cancel_run.
 * - A method missing from this table needs admin (fail closed): the invariant test in
 *   test/security/scopes.test.ts proves every method the server answers is listed.
 */
export const METHOD_SCOPE: Readonly<Record<string, Scope>> = {
  initialize: 'runs:read',
  ping: 'runs:read',
  // 2026-07-28: the capability probe, and the stream that replaces resources/subscribe.
  'server/discover': 'runs:read',
  'subscriptions/listen': 'runs:read',
  'tools/list': 'runs:read',
  'resources/list': 'runs:read',
  'resources/templates/list': 'runs:read',
  'resources/read': 'runs:read',
  'resources/subscribe': 'runs:read',
  'resources/unsubscribe': 'runs:read',
  'prompts/list': 'runs:read',
  'prompts/get': 'runs:read',
  'completion/complete': 'runs:read',
  'logging/setLevel': 'runs:read',
  'tasks/get': 'runs:read',
  'tasks/list': 'runs:read',
  'tasks/result': 'runs:read',
  'tasks/cancel': 'runs:write',
};

const TOOL_SCOPE = new Map<string, Scope>(ALL_TOOLS.map((t) => [t.name, t.scope]));
/** The lowest scope: holding any recognised scope grants it. */
export const DOOR_SCOPE: Scope = SCOPES[0];

export interface ScopeDenial {
  needed: Scope;
  /** What was refused, for the message: a method, or "tools/call NAME". */
  what: string;
  id: unknown;
}

interface Message {
  method?: unknown;
  params?: { name?: unknown };
  id?: unknown;
}

/** The scope one JSON-RPC message needs; undefined for a response (an answer to our own request). */
export function requiredScope(m: Message): Scope | undefined {
  if (typeof m?.method !== 'string') return undefined;
  // Client notifications (initialized, cancelled, progress, roots changed) carry no data out.
  if (m.method.startsWith('notifications/')) return DOOR_SCOPE;
  // An unknown tool name needs only the door scope: the SDK answers "tool not found".
  if (m.method === 'tools/call') return TOOL_SCOPE.get(String(m.params?.name)) ?? DOOR_SCOPE;
  return METHOD_SCOPE[m.method] ?? 'admin';
}

/** The first message in a body (one message or a batch) that the scopes held do not allow. */
export function firstDenied(body: unknown, held: readonly string[]): ScopeDenial | undefined {
  const messages = (Array.isArray(body) ? body : [body]) as Message[];
  for (const m of messages) {
    const needed = requiredScope(m);
    if (needed && !grants(held, needed)) return { needed, what: m.method === 'tools/call' ? `tools/call ${String(m.params?.name)}` : String(m.method), id: m.id ?? null };
  }
  return undefined;
}

/** Whether a caller holds any scope this server recognises (else it is refused at the door). */
export const hasRecognisedScope = (held: readonly string[]): boolean => grants(held, DOOR_SCOPE);
