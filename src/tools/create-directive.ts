import { z } from 'zod';
import { applyPatch, DirectiveNameSchema, DirectiveSpecPatchSchema } from '../domain/directive.js';
import { ToolError } from '../errors.js';
import { defineTool } from './_define.js';
import { DirectiveDetailView, DirectiveKeySchema, directiveDetail, loadDirective } from './directive-views.js';

export const createDirective = defineTool({
  name: 'create_directive',
  title: 'Create directive',
  description:
    'Creates a directive (version 1). Either give a full spec (title and jobs at least), or copy an existing directive with copy_from and change only some fields in spec. Audited.',
  input: {
    name: DirectiveNameSchema,
    copy_from: DirectiveKeySchema.optional().describe('Start from this directive\'s current spec (e.g. "D4")'),
    spec: DirectiveSpecPatchSchema.default({}).describe('The recipe, or the fields to change on the copy'),
  },
  output: DirectiveDetailView,
  scope: 'admin',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async handler({ name, copy_from, spec }, { deps, actor }) {
    const { store } = deps;
    const base = copy_from ? loadDirective(store.directives, copy_from).spec : undefined;
    const full = parseSpec(() => applyPatch(base, spec));
    const created = store.write(() => {
      if (store.directives.get(name)) throw new ToolError('CONFLICT', `A directive named "${name}" already exists.`, 'Pick another name, or change it with update_directive.');
      const d = store.directives.create(name, full, actor.name);
      store.audit.record(actor, 'directive.create', `${d.id}:${name}`, { copy_from, spec: full });
      return d;
    });
    return directiveDetail(store.directives.get(created.id)!);
  },
});

/** A spec that fails validation as a whole becomes a clear INVALID error naming the field. */
export function parseSpec<T>(build: () => T): T {
  try {
    return build();
  } catch (err) {
    if (err instanceof z.ZodError) {
      const issue = err.issues[0]!;
      throw new ToolError('INVALID', `Invalid directive spec: ${issue.path.join('.') || 'spec'}: ${issue.message}.`, 'A spec needs at least "title" and "jobs" (e.g. ["inventory"]); see get_directive D4 for a complete example.');
    }
    throw err;
  }
}
