import { z } from 'zod';
import { HostNameSchema, LOCAL_HOST } from '../domain/host.js';
import { ToolError } from '../errors.js';
import { defineTool } from './_define.js';

export const removeHost = defineTool({
  name: 'remove_host',
  title: 'Remove host',
  description: 'Removes a host added with add_host; its past runs stay readable. Refused while allowlist entries name it (remove those first), and for "local". Audited.',
  input: { name: HostNameSchema },
  output: { removed: z.string() },
  scope: 'admin',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  async handler({ name }, { deps, actor }) {
    if (name === LOCAL_HOST) throw new ToolError('INVALID', '"local" is this machine\'s engine and cannot be removed.', 'Point DOCKER_HOST elsewhere to change it.');
    deps.store.write(() => {
      if (!deps.store.hosts.find(name)) throw new ToolError('NOT_FOUND', `No host named "${name}".`, 'See the hosts with list_hosts.');
      const entries = deps.store.allowlist.countForHost(name);
      if (entries > 0) {
        throw new ToolError('CONFLICT', `Host "${name}" has ${entries} allowlist entr${entries === 1 ? 'y' : 'ies'}; nothing was removed.`, `Remove them first (set_allowlist remove with "host":"${name}", or \`cyberbrain-mcp allowlist rm NAME --host ${name}\`).`);
      }
      deps.store.hosts.delete(name);
      deps.store.audit.record(actor, 'host.remove', name, {});
    });
    deps.log.info({ actor: actor.name, host: name }, 'host removed');
    return { removed: name };
  },
});
