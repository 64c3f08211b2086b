import { z } from 'zod';
import { defineTool, READ_ONLY } from './_define.js';
import { DirectiveSummaryView } from './views.js';

export const listDirectives = defineTool({
  name: 'list_directives',
  title: 'List directives',
  description:
    'Lists the directives: named, versioned recipes saying which jobs a run does, on which allowlisted containers, over which time window, with which thresholds. D1 Log Triage, D2 GPU Report, D3 Service Map and D4 Custom are built in.',
  input: {},
  output: { directives: z.array(DirectiveSummaryView) },
  scope: 'runs:read',
  annotations: READ_ONLY,
  async handler(_args, { deps }) {
    return { directives: deps.store.directives.list().map((d) => ({ ...d, updated_at: new Date(d.updated_at).toISOString() })) };
  },
});
