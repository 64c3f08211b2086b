import { hostname } from 'node:os';
import { hostAddresses, type HostSpec } from '../../domain/host.js';
import type { RunJobRow } from '../../store/runs.js';
import { plural } from '../markdown.js';
import type { Finding, JobOutcome } from '../types.js';
import type { ServiceMapData } from './index.js';

export interface CrossHostEdge {
  from: { host: string; container: string };
  /** The container on the other host that publishes the port; null when none of the allowlisted ones does. */
  to: { host: string; container: string | null };
  port: number | null;
  evidence: string[];
}

export interface CrossHostMapData {
  hosts: string[];
  edges: CrossHostEdge[];
}

const LOOPBACK_BIND = /^(127\.|::1$|\[::1\]$|localhost$)/;

/**
 * Edges between hosts: a container on one host that names another host of the run (by the host's
 * name or the address in its endpoint), joined to the container on that host which publishes the
 * port it names. Built from the per-host maps of this run only: nothing more is read from any
 * engine. A port no allowlisted container publishes there, or publishes on loopback only (so
 * unreachable from another machine), is a finding.
 */
export function crossHostMapJob(rows: RunJobRow[], specs: HostSpec[]): JobOutcome {
  const maps = new Map<string, ServiceMapData>();
  for (const r of rows) {
    if (r.job !== 'service_map' || r.container_name !== null || r.status !== 'succeeded' || !r.result) continue;
    const data = (JSON.parse(r.result) as { data?: ServiceMapData }).data;
    if (data) maps.set(r.host, data);
  }
  const machine = hostname();
  const byAddress = new Map<string, string>();
  for (const s of specs) if (maps.has(s.name)) for (const a of hostAddresses(s, machine)) if (!byAddress.has(a)) byAddress.set(a, s.name);

  const edges = new Map<string, CrossHostEdge>();
  const findings: Finding[] = [];
  for (const [fromHost, data] of maps) {
    for (const ref of data.graph.peer_references ?? []) {
      const toHost = byAddress.get(ref.host.toLowerCase());
      if (!toHost || toHost === fromHost) continue;
      const publishers = (maps.get(toHost)?.graph.nodes ?? []).filter((n) => n.kind === 'container' && ref.port !== null && (n.published ?? []).some((p) => Number(p.host_port) === ref.port));
      const target = publishers[0];
      const key = `${fromHost}/${ref.from}->${toHost}/${target?.name ?? ''}:${ref.port ?? ''}`;
      const edge = edges.get(key) ?? { from: { host: fromHost, container: ref.from }, to: { host: toHost, container: target?.name ?? null }, port: ref.port, evidence: [] };
      if (!edge.evidence.includes(ref.evidence)) edge.evidence.push(ref.evidence);
      edges.set(key, edge);
      if (edge.evidence.length > 1) continue;
      if (!target) {
        findings.push({
          severity: 'warning',
          message: `${ref.from} on ${fromHost} reaches host ${toHost}${ref.port ? ` on port ${ref.port}` : ''} (${ref.evidence}), but no allowlisted container on ${toHost} publishes ${ref.port ? 'that port' : 'a port it names'}`,
        });
        continue;
      }
      const binding = (target.published ?? []).find((p) => Number(p.host_port) === ref.port)!;
      if (LOOPBACK_BIND.test(binding.host_ip)) {
        findings.push({ severity: 'critical', message: `${ref.from} on ${fromHost} depends on ${target.name} on ${toHost} (port ${ref.port}), which publishes it on ${binding.host_ip} only: unreachable from another machine` });
      } else if (target.state && target.state !== 'running') {
        findings.push({ severity: 'critical', message: `${ref.from} on ${fromHost} depends on ${target.name} on ${toHost}, which is ${target.state}` });
      } else if (target.health === 'unhealthy') {
        findings.push({ severity: 'critical', message: `${ref.from} on ${fromHost} depends on ${target.name} on ${toHost}, which is unhealthy` });
      }
    }
  }
  const list = [...edges.values()].sort((a, b) => `${a.from.host}/${a.from.container}`.localeCompare(`${b.from.host}/${b.from.container}`));
  const hosts = [...maps.keys()].sort();
  return {
    summary: `${plural(list.length, 'dependency', 'dependencies')} between hosts, across ${plural(hosts.length, 'host')} with a map`,
    findings,
    data: { hosts, edges: list } satisfies CrossHostMapData,
  };
}
