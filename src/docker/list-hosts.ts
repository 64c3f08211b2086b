import { ToolError } from '../errors.js';
import type { Fleet } from './fleet.js';
import type { ContainerSummary } from './guarded-client.js';

/**
 * Containers of every host (or of one), listed side by side. A host that cannot be listed is
 * reported beside the others' containers; only when no host answers is it an error.
 */
export async function listEveryHost(fleet: Fleet, only?: string): Promise<{ containers: ContainerSummary[]; unreachable: { host: string; error: string }[] }> {
  const names = only !== undefined ? [fleet.get(only).host] : fleet.hosts().map((h) => h.name);
  const results = await Promise.allSettled(names.map((h) => fleet.get(h).listContainers()));
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [{ host: names[i]!, reason: r.reason as unknown }] : []));
  if (failures.length === names.length) throw failures[0]!.reason;
  return {
    containers: results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])),
    unreachable: failures.map((f) => ({ host: f.host, error: f.reason instanceof ToolError ? `${f.reason.message} ${f.reason.hint}` : String(f.reason) })),
  };
}
