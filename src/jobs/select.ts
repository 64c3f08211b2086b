import type { DirectiveSpec } from '../domain/directive.js';
import type { ContainerIdentity } from '../docker/guard.js';
import { ToolError } from '../errors.js';

/**
 * The containers a run covers: the allowlisted ones, narrowed by the directive's selector and
 * then by the caller's explicit list. Naming a container that is not allowlisted is an error
 * that says so, never a silent drop.
 */
export function selectContainers(allowed: ContainerIdentity[], spec: DirectiveSpec, requested: string[] | undefined): ContainerIdentity[] {
  const { names, labels } = spec.containers;
  let chosen = allowed.filter(
    (c) =>
      (names.length === 0 || names.includes(c.name)) &&
      labels.every((sel) => {
        const eq = sel.indexOf('=');
        return c.labels[sel.slice(0, eq)] === sel.slice(eq + 1);
      }),
  );
  if (requested && requested.length > 0) {
    const picked: ContainerIdentity[] = [];
    for (const ref of requested) {
      const wanted = ref.replace(/^\//, '');
      const hit = allowed.find((c) => c.name === wanted || (/^[0-9a-f]{12,64}$/.test(wanted) && c.id.startsWith(wanted)));
      if (!hit) {
        throw new ToolError(
          'NOT_ALLOWED',
          `Container "${wanted}" is not an allowlisted container (or does not exist).`,
          `See which containers are allowed with get_allowlist or list_containers; allow it with set_allowlist {"add":[{"kind":"name","value":"${wanted}"}]}.`,
        );
      }
      if (!chosen.includes(hit)) {
        throw new ToolError('INVALID', `Container "${wanted}" is allowlisted but outside this directive's container selector.`, 'Pick a container the directive selects, or use a directive without a selector (e.g. D4).');
      }
      if (!picked.includes(hit)) picked.push(hit);
    }
    chosen = picked;
  }
  return chosen;
}
