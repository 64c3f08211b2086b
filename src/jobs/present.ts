import type { ContainerDetails } from '../docker/guarded-client.js';
import type { ContainerIdentity } from '../docker/guard.js';
import type { JobName } from '../domain/jobs.js';
import { ToolError } from '../errors.js';
import type { JobContext } from './types.js';

/** A container the run planned for that the engine no longer has: removed while the run went on. */
export const isVanished = (err: unknown): boolean => err instanceof ToolError && err.code === 'NOT_FOUND';

export const vanishedMessage = (name: string): string => `Container ${name} no longer exists: it was removed after the run started.`;

/**
 * Inspects each container for a run-wide job. One removed mid-run is left out and named, so the
 * others are still diagnosed; any other failure (engine down, timeout) fails the job as before.
 */
export async function inspectPresent(ctx: JobContext, containers: ContainerIdentity[], job: JobName): Promise<{ details: ContainerDetails[]; vanished: string[] }> {
  const details: ContainerDetails[] = [];
  const vanished: string[] = [];
  for (const c of containers) {
    try {
      details.push(await ctx.docker.inspect(c.id, job));
    } catch (err) {
      if (!isVanished(err)) throw err;
      vanished.push(c.name);
    }
  }
  return { details, vanished };
}
