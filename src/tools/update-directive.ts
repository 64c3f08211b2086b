import { z } from 'zod';
import { applyPatch, DirectiveSpecPatchSchema } from '../domain/directive.js';
import { defineTool } from './_define.js';
import { parseSpec } from './create-directive.js';
import { DirectiveDetailView, DirectiveKeySchema, directiveDetail, loadDirective } from './directive-views.js';

export const updateDirective = defineTool({
  name: 'update_directive',
  title: 'Update directive',
  description:
    'Changes a directive by adding a new version with the given fields changed (built-ins too). Past versions stay, and runs keep the exact version they used. A change that alters nothing adds no version. Audited.',
  input: {
    directive: DirectiveKeySchema,
    changes: DirectiveSpecPatchSchema.describe('Only the fields to change'),
  },
  output: { ...DirectiveDetailView, changed: z.boolean() },
  scope: 'admin',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler({ directive, changes }, { deps, actor }) {
    const { store } = deps;
    const result = store.write(() => {
      const current = loadDirective(store.directives, directive);
      const next = parseSpec(() => applyPatch(current.spec, changes));
      if (JSON.stringify(next) === JSON.stringify(current.spec)) return { id: current.id, changed: false };
      const v = store.directives.addVersion(current.id, current.current_version, next, actor.name);
      store.audit.record(actor, 'directive.update', `${v.id}:${v.name}`, { version: v.version, changes });
      return { id: current.id, changed: true };
    });
    return { ...directiveDetail(store.directives.get(result.id)!), changed: result.changed };
  },
});
