import { z } from 'zod';
import { defineTool, READ_ONLY } from './_define.js';
import { DirectiveDetailView, DirectiveKeySchema, directiveDetail, loadDirective } from './directive-views.js';

export const getDirective = defineTool({
  name: 'get_directive',
  title: 'Get directive',
  description: 'Shows one directive in full (its current version, or the version asked for) and its version history.',
  input: {
    directive: DirectiveKeySchema,
    version: z.number().int().min(1).optional().describe('A past version; the current one by default'),
  },
  output: DirectiveDetailView,
  scope: 'runs:read',
  annotations: READ_ONLY,
  async handler({ directive, version }, { deps }) {
    return directiveDetail(loadDirective(deps.store.directives, directive, version));
  },
});
