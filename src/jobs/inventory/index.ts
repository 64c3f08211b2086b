import type { ContainerState } from '../../store/inventory.js';
import { plural } from '../markdown.js';
import type { ContainerJob, JobOutcome } from '../types.js';
import { compareStates, describeUptime } from './compare.js';

/**
 * Each container's state (status, health, restarts, exit code, OOMKilled, image, uptime), stored
 * as a snapshot and compared with the previous one of the same name.
 */
export const inventoryJob: ContainerJob = {
  name: 'inventory',
  title: 'Inventory',
  scope: 'container',
  async run(ctx, container): Promise<JobOutcome> {
    const d = await ctx.docker.inspect(container.id, 'inventory');
    const startedMs = d.state.started_at ? Date.parse(d.state.started_at) : NaN;
    const state: ContainerState = {
      container_id: d.id,
      container_name: d.name,
      image: d.image,
      image_id: d.image_id,
      status: d.state.status,
      health: d.state.health,
      restart_count: d.restart_count,
      exit_code: d.state.exit_code,
      oom_killed: d.state.oom_killed,
      started_at: d.state.started_at,
      finished_at: d.state.finished_at,
      uptime_seconds: d.state.running && Number.isFinite(startedMs) ? Math.max(0, Math.round((Date.now() - startedMs) / 1000)) : null,
      created_at: d.created_at,
    };
    const previous = ctx.store.inventory.previousOf(ctx.host, d.name, ctx.runId);
    const findings = compareStates(state, previous?.state, ctx.directive.spec.thresholds);
    ctx.store.inventory.record(ctx.runId, ctx.host, state);
    const health = state.health ? `, ${state.health}` : '';
    const summary = `${state.status}${health}, ${describeUptime(state.uptime_seconds)}, ${plural(state.restart_count, 'restart')}, image ${state.image}`;
    return { summary, findings, data: { state, previous: previous ? { run_id: previous.run_id, state: previous.state } : null } };
  },
};
