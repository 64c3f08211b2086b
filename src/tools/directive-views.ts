import { z } from 'zod';
import { DirectiveSpecSchema, type DirectiveSnapshot } from '../domain/directive.js';
import type { DirectivesRepo } from '../store/directives.js';
import { ToolError } from '../errors.js';

export const DirectiveDetailView = {
  id: z.string(),
  name: z.string(),
  version: z.number(),
  current_version: z.number(),
  builtin: z.boolean(),
  spec: DirectiveSpecSchema,
  history: z.array(z.object({ version: z.number(), created_at: z.string(), created_by: z.string() })),
};

export const DirectiveKeySchema = z.string().min(1).max(64).describe('Directive id (e.g. "D1") or name (e.g. "log-triage")');

export function loadDirective(repo: DirectivesRepo, key: string, version?: number) {
  const d = repo.get(key, version);
  if (!d) {
    const known = repo.list().map((x) => `${x.id} (${x.name})`).join(', ');
    throw new ToolError('NOT_FOUND', `No directive "${key}"${version ? ` version ${version}` : ''}.`, `Known directives: ${known}. See list_directives.`);
  }
  return d;
}

export function directiveDetail(d: NonNullable<ReturnType<DirectivesRepo['get']>>) {
  return {
    id: d.id,
    name: d.name,
    version: d.version,
    current_version: d.current_version,
    builtin: d.builtin,
    spec: d.spec,
    history: d.history.map((h) => ({ ...h, created_at: new Date(h.created_at).toISOString() })),
  };
}

/** The directive as a run freezes it: id, name, version and spec, without history. */
export function snapshotOf(d: NonNullable<ReturnType<DirectivesRepo['get']>>): DirectiveSnapshot {
  return { id: d.id, name: d.name, version: d.version, spec: d.spec };
}
