import { z } from 'zod';
import { defineTool, READ_ONLY } from './_define.js';
import type { AllowlistEntry } from '../domain/allowlist.js';
import type { HostSpec } from '../domain/host.js';
import { ToolError } from '../errors.js';
import type { ToolDeps } from './context.js';

export const HostView = z.object({
  name: z.string(),
  docker_host: z.string().describe('unix://, tcp:// or ssh:// endpoint'),
  tls: z.boolean().describe('Whether the engine is reached over TLS with client certificates'),
  allowlist_entries: z.number().describe('Allowlist entries naming this host (entries for "*" apply too)'),
  reachable: z.boolean().nullable().describe('Whether the engine answered just now; null when not checked'),
  engine_version: z.string().nullable(),
  error: z.string().nullable().describe('Why the engine did not answer'),
});

export const listHosts = defineTool({
  name: 'list_hosts',
  title: 'List hosts',
  description:
    'Lists the Docker engines (hosts) runs can read: "local" (this machine\'s engine) and those added with `cyberbrain-mcp host add` or add_host, each with its endpoint, whether it answers now and its engine version. Pass a host name to list_containers, launch_run (hosts) or set_allowlist entries (host).',
  input: {
    check: z.boolean().default(true).describe('Ask every engine for its version now (side by side, bounded by the Docker timeout); false lists the configuration only'),
  },
  output: { hosts: z.array(HostView) },
  scope: 'runs:read',
  annotations: { ...READ_ONLY, idempotentHint: false },
  async handler({ check }, { deps }) {
    const entries = deps.store.allowlist.list();
    return { hosts: await Promise.all(deps.fleet.hosts().map((h) => hostView(deps, h, entries, check))) };
  },
});

/**
 * One host as shown (list_hosts, add_host, doctor): its configuration and, when `check` is set,
 * whether its engine answers now and which version (bounded by the Docker timeout).
 */
export async function hostView(deps: ToolDeps, h: HostSpec, entries: readonly AllowlistEntry[], check: boolean): Promise<z.infer<typeof HostView>> {
  let answer: { reachable: boolean; engine_version: string | null; error: string | null } = { reachable: false, engine_version: null, error: null };
  if (check) {
    try {
      answer = { reachable: true, engine_version: (await deps.fleet.get(h.name).version()).version, error: null };
    } catch (err) {
      answer = { reachable: false, engine_version: null, error: err instanceof ToolError ? `${err.message} ${err.hint}` : String(err) };
    }
  }
  return {
    name: h.name,
    docker_host: h.docker_host,
    tls: h.tls !== null,
    allowlist_entries: entries.filter((e) => e.host === h.name).length,
    reachable: check ? answer.reachable : null,
    engine_version: answer.engine_version,
    error: answer.error,
  };
}
