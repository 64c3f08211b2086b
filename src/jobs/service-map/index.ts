import type { FleetJob, JobOutcome } from '../types.js';
import { buildServiceMap, diffMaps, type MapDiff, type ServiceMap } from './graph.js';
import { fence, inline, plural } from '../markdown.js';
import { inspectPresent, vanishedMessage } from '../present.js';
import { toMermaid } from './mermaid.js';

export interface ServiceMapData {
  graph: ServiceMap;
  mermaid: string;
  /** Against the previous successful map; null when there is none. */
  diff: (MapDiff & { since_run: string }) | null;
}

/**
 * Who talks to whom, from inspect data of the allowlisted containers only: networks and aliases,
 * ports, compose labels, links, and service references in environment and command lines.
 * Containers outside the allowlist appear by name only; nothing else is read from them.
 */
export const serviceMapJob: FleetJob = {
  name: 'service_map',
  title: 'Service map',
  scope: 'fleet',
  async run(ctx, containers): Promise<JobOutcome> {
    const { details, vanished } = await inspectPresent(ctx, containers, 'service_map');
    const read = new Set(details.map((d) => d.name));
    const otherNames = (await ctx.docker.listContainers()).map((c) => c.name).filter((n) => !read.has(n));
    const { map, findings } = buildServiceMap(details, otherNames, new Set(ctx.peers ?? []));
    for (const name of vanished) findings.push({ severity: 'info', message: vanishedMessage(name) });
    const previous = ctx.store.runs.lastFleetResult('service_map', ctx.host, ctx.runId);
    const before = (previous?.result as { data?: ServiceMapData } | null)?.data?.graph;
    const diff = before ? { ...diffMaps(before, map), since_run: previous!.run_id } : null;
    if (diff) {
      for (const n of diff.nodes_added) findings.push({ severity: 'info', message: `new on the map since the last run: ${n}` });
      for (const n of diff.nodes_removed) findings.push({ severity: 'warning', message: `gone from the map since the last run: ${n}` });
      for (const e of diff.edges_added) findings.push({ severity: 'info', message: `new dependency since the last run: ${e}` });
      for (const e of diff.edges_removed) findings.push({ severity: 'info', message: `dependency gone since the last run: ${e}` });
    }
    const data: ServiceMapData = { graph: map, mermaid: toMermaid(map), diff };
    const counted = (k: string) => map.nodes.filter((n) => n.kind === k).length;
    const summary = `${plural(counted('container'), 'container')}, ${plural(map.edges.length, 'dependency', 'dependencies')}${counted('opaque') ? `, ${counted('opaque')} not allowlisted` : ''}${counted('missing') ? `, ${counted('missing')} missing` : ''}`;
    return { summary, findings, data };
  },
  renderMarkdown(outcome) {
    const data = outcome.data as ServiceMapData;
    const out = [inline(outcome.summary), ''];
    for (const f of outcome.findings) out.push(`- ${f.severity}: ${inline(f.message)}`);
    out.push('', fence(data.mermaid, 'mermaid'));
    if (data.diff) {
      const d = data.diff;
      const changes = d.nodes_added.length + d.nodes_removed.length + d.edges_added.length + d.edges_removed.length;
      out.push('', changes === 0 ? `No change since run ${d.since_run}.` : `Changes since run ${d.since_run}: ${plural(d.nodes_added.length, 'node')} added, ${d.nodes_removed.length} removed; ${plural(d.edges_added.length, 'dependency', 'dependencies')} added, ${d.edges_removed.length} removed.`);
    }
    return out.join('\n');
  },
};
