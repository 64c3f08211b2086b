import { z } from 'zod';
import { CursorSchema, readCursor, defineTool, encodeCursor, LimitSchema, READ_ONLY } from './_define.js';

export const listContainers = defineTool({
  name: 'list_containers',
  title: 'List containers',
  description:
    'Lists the containers the Docker engine has, each marked allowed (on the allowlist) or not. Shows names, ids, image, state and labels (redacted) only; never environment variables or logs. Use it to find what to add with set_allowlist.',
  input: {
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
      }),
    ),
    total: z.number(),
    next_cursor: z.string().optional(),
  },
  scope: 'runs:read',
  annotations: { ...READ_ONLY, idempotentHint: false },
  async handler({ allowed_only, limit, cursor }, { deps }) {
    const offset = cursor ? readCursor(cursor, z.object({ o: z.number().int().min(0) }), 'list_containers').o : 0;
    const all = (await deps.docker.listContainers()).filter((c) => !allowed_only || c.allowed).sort((a, b) => a.name.localeCompare(b.name));
    const page = all.slice(offset, offset + limit);
    return { containers: page, total: all.length, ...(offset + limit < all.length ? { next_cursor: encodeCursor({ o: offset + limit }) } : {}) };
  },
});
