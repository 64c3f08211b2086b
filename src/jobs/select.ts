import type { AllowlistEntry } from '../domain/allowlist.js';
import type { DirectiveSpec } from '../domain/directive.js';
import type { ContainerIdentity } from '../docker/guard.js';
import { ToolError } from '../errors.js';
import { LOCAL_HOST } from '../domain/host.js';

/** A container on a host. */
export interface HostedContainer extends ContainerIdentity {
  host: string;
}

/**
 * The hosts a run reads: those the caller asked for, else the directive's, else "local" and every
 * other host that has at least one allowlist entry (its own or "*"): a remote host nobody allowed
 * anything on is never even dialled. Asking for a host the directive does not select, or one that does not exist, is
 * an error that says so.
 */
export function selectHosts(known: string[], entries: readonly AllowlistEntry[], spec: DirectiveSpec, requested: string[] | undefined): string[] {
  const unknown = [...(requested ?? []), ...spec.containers.hosts].filter((h) => !known.includes(h));
  if (unknown.length > 0) {
    throw new ToolError('NOT_FOUND', `No host named ${unknown.map((h) => `"${h}"`).join(', ')}.`, `Hosts: ${known.join(', ')} (see list_hosts); add one with \`cyberbrain-mcp host add NAME --docker-host …\`.`);
  }
  const selected = spec.containers.hosts.length > 0 ? spec.containers.hosts : known.filter((h) => h === LOCAL_HOST || entries.some((e) => e.host === h || e.host === '*'));
  if (!requested || requested.length === 0) return selected;
  const outside = requested.filter((h) => spec.containers.hosts.length > 0 && !spec.containers.hosts.includes(h));
  if (outside.length > 0) {
    throw new ToolError('INVALID', `Host ${outside.map((h) => `"${h}"`).join(', ')} is outside this directive's hosts (${spec.containers.hosts.join(', ')}).`, 'Pick one of the directive\'s hosts, or use a directive without a host selector (e.g. D4).');
  }
  return [...new Set(requested)];
}

/**
 * The containers a run covers: the allowlisted ones of each host, narrowed by the directive's
 * selector and then by the caller's explicit list (names or ids; "HOST/NAME" pins a host). Naming
 * a container that is not allowlisted on any selected host is an error that says so, never a
 * silent drop.
 */
export function selectContainers(allowed: HostedContainer[], spec: DirectiveSpec, requested: string[] | undefined): HostedContainer[] {
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
    const picked: HostedContainer[] = [];
    for (const ref of requested) {
      const slash = ref.indexOf('/', 1);
      const host = slash > 0 ? ref.slice(0, slash) : undefined;
      const wanted = (slash > 0 ? ref.slice(slash + 1) : ref).replace(/^\//, '');
      const hits = allowed.filter((c) => (host === undefined || c.host === host) && (c.name === wanted || (/^[0-9a-f]{12,64}$/.test(wanted) && c.id.startsWith(wanted))));
      if (hits.length === 0) {
        const where = host ? ` on host "${host}"` : '';
        throw new ToolError(
          'NOT_ALLOWED',
          `Container "${wanted}" is not an allowlisted container${where} (or does not exist).`,
          `See which containers are allowed with get_allowlist or list_containers; allow it with set_allowlist {"add":[{"kind":"name","value":"${wanted}"${host ? `,"host":"${host}"` : ''}}]}.`,
        );
      }
      const inSelector = hits.filter((c) => chosen.includes(c));
      if (inSelector.length === 0) {
        throw new ToolError('INVALID', `Container "${wanted}" is allowlisted but outside this directive's container selector.`, 'Pick a container the directive selects, or use a directive without a selector (e.g. D4).');
      }
      for (const hit of inSelector) if (!picked.includes(hit)) picked.push(hit);
    }
    chosen = picked;
  }
  return chosen;
}
