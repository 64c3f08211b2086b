import { z } from 'zod';
import { AllowlistEntryInputSchema, AllowlistKindSchema } from '../domain/allowlist.js';
import { EntryHostSchema, EVERY_HOST } from '../domain/host.js';
import { ToolError } from '../errors.js';
import { defineTool } from './_define.js';
import { AllowlistEntryView } from './views.js';

const EntryRef = z
  .object({
    kind: AllowlistKindSchema.describe('"name", "id" or "label"'),
    value: z.string().min(1).max(256).describe('The name, id or key=value of an existing entry'),
    host: EntryHostSchema,
  })
  .strict();

export const setAllowlist = defineTool({
  name: 'set_allowlist',
  title: 'Change allowlist',
  description:
    'Changes which containers runs may touch: add entries (by name, id or label key=value, on a host — "local" unless given, "*" for every host — with a description and the jobs allowed), remove entries, or enable/disable them. All changes apply together or not at all, and are audited. Removing or disabling an entry takes effect on the very next Docker call.',
  input: {
    add: z.array(AllowlistEntryInputSchema).max(100).default([]).describe('Entries to add (an existing entry of the same kind and value is replaced)'),
    remove: z.array(EntryRef).max(100).default([]).describe('Entries to delete'),
    enable: z.array(EntryRef).max(100).default([]).describe('Entries to switch on'),
    disable: z.array(EntryRef).max(100).default([]).describe('Entries to switch off without deleting them'),
  },
  output: {
    entries: z.array(AllowlistEntryView),
    changed: z.object({ added: z.number(), removed: z.number(), enabled: z.number(), disabled: z.number() }),
  },
  scope: 'admin',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async handler({ add, remove, enable, disable }, { deps, actor }) {
    if (add.length + remove.length + enable.length + disable.length === 0) {
      throw new ToolError('INVALID', 'Nothing to change: add, remove, enable and disable are all empty.', 'Pass at least one entry, e.g. {"add":[{"kind":"name","value":"web"}]}.');
    }
    const { store } = deps;
    const missing = (refs: z.infer<typeof EntryRef>[]) => refs.filter((r) => !store.allowlist.find(r.kind, r.value, r.host));
    const known = new Set(deps.fleet.hosts().map((h) => h.name));
    const noSuchHost = [...new Set(add.map((e) => e.host).filter((h) => h !== EVERY_HOST && !known.has(h)))];
    if (noSuchHost.length > 0) {
      throw new ToolError('NOT_FOUND', `No host named ${noSuchHost.map((h) => `"${h}"`).join(', ')}; nothing was changed.`, `Hosts: ${[...known].join(', ')} (see list_hosts). Add one first with \`cyberbrain-mcp host add NAME --docker-host …\`.`);
    }
    const changed = store.write(() => {
      const unknown = [...missing(remove), ...missing(enable), ...missing(disable)];
      if (unknown.length > 0) {
        throw new ToolError('NOT_FOUND', `No allowlist entry ${unknown.map((u) => `${u.kind}:${u.value}${u.host === 'local' ? '' : ` on host ${u.host}`}`).join(', ')}; nothing was changed.`, 'See the current entries with get_allowlist.');
      }
      for (const e of add) store.allowlist.add(e);
      for (const r of remove) store.allowlist.delete(r.kind, r.value, r.host);
      for (const r of enable) store.allowlist.enable(r.kind, r.value, true, r.host);
      for (const r of disable) store.allowlist.enable(r.kind, r.value, false, r.host);
      store.audit.record(actor, 'allowlist.change', 'allowlist', { add, remove, enable, disable });
      return { added: add.length, removed: remove.length, enabled: enable.length, disabled: disable.length };
    });
    deps.log.info({ actor: actor.name, ...changed }, 'allowlist changed');
    return { entries: store.allowlist.list().map(({ id: _id, ...e }) => e), changed };
  },
});
