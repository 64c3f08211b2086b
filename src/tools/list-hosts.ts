import { z } from 'zod';
import { defineTool, READ_ONLY } from './_define.js';
import { ToolError } from '../errors.js';

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
    const specs = deps.fleet.hosts();
    const entries = deps.store.allowlist.list();
    const answers = check ? await Promise.allSettled(specs.map((h) => deps.fleet.get(h.name).version())) : [];
    return {
      hosts: specs.map((h, i) => {
        const a = answers[i];
        return {
          name: h.name,
          docker_host: h.docker_host,
          tls: h.tls !== null,
          allowlist_entries: entries.filter((e) => e.host === h.name).length,
          reachable: a ? a.status === 'fulfilled' : null,
          engine_version: a?.status === 'fulfilled' ? a.value.version : null,
          error: a?.status === 'rejected' ? (a.reason instanceof ToolError ? a.reason.message : String(a.reason)) : null,
        };
      }),
    };
  },
});
