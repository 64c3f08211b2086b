import { z } from 'zod';
import { listEveryHost } from '../docker/list-hosts.js';
import { HostNameSchema } from '../domain/host.js';
import { CursorSchema, readCursor, defineTool, encodeCursor, LimitSchema, READ_ONLY } from './_define.js';

export const listContainers = defineTool({
  name: 'list_containers',
  title: 'List containers',
  description:
    'Lists the containers the Docker engines have (every host, or one), each marked allowed (on that host\'s allowlist) or not. Shows host, names, ids, image, state and labels (redacted) only; never environment variables or logs. Use it to find what to add with set_allowlist.',
  input: {
    host: HostNameSchema.optional().describe('Only this host (see list_hosts); every host when left out'),
    allowed_only: z.boolean().default(false).describe('Only containers on the allowlist'),
    limit: LimitSchema(500, 100),
    cursor: CursorSchema,
  },
  output: {
    containers: z.array(
      z.object({
        id: z.string(),
        short_id: z.string(),
        name: z.string(),
        image: z.string(),
        state: z.string(),
        status: z.string(),
        created_at: z.string(),
        labels: z.record(z.string(), z.string()),
        allowed: z.boolean(),
        host: z.string(),
      }),
    ),
    total: z.number(),
    unreachable: z.array(z.object({ host: z.string(), error: z.string() })).optional().describe('Hosts that could not be listed, and why'),
    next_cursor: z.string().optional(),
  },
  scope: 'runs:read',
  annotations: { ...READ_ONLY, idempotentHint: false },
  async handler({ host, allowed_only, limit, cursor }, { deps }) {
    const offset = cursor ? readCursor(cursor, z.object({ o: z.number().int().min(0) }), 'list_containers').o : 0;
    const { containers, unreachable } = await listEveryHost(deps.fleet, host);
    const all = containers.filter((c) => !allowed_only || c.allowed).sort((a, b) => a.host.localeCompare(b.host) || a.name.localeCompare(b.name));
    const page = all.slice(offset, offset + limit);
    return {
      containers: page,
      total: all.length,
      ...(unreachable.length > 0 ? { unreachable } : {}),
      ...(offset + limit < all.length ? { next_cursor: encodeCursor({ o: offset + limit }) } : {}),
    };
  },
});
