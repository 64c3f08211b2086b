import { z } from 'zod';
import { defineTool, READ_ONLY } from './_define.js';
import { AllowlistEntryView } from './views.js';

export const getAllowlist = defineTool({
  name: 'get_allowlist',
  title: 'Get allowlist',
  description:
    'Shows the allowlist: which containers runs may touch, per host. Entries match a container of their host ("*": every host) by exact name, by id (12+ hex prefix) or by label selector key=value, each with the jobs allowed on it (empty = all). Everything not matched is denied.',
  input: {},
  output: { entries: z.array(AllowlistEntryView) },
  scope: 'runs:read',
  annotations: READ_ONLY,
  async handler(_args, { deps }) {
    return { entries: deps.store.allowlist.list().map(({ id: _id, ...e }) => e) };
  },
});
