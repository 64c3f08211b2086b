import type { ContainerDetails } from '../../docker/guarded-client.js';
import type { Finding } from '../types.js';
import { composeDependsOn, referencesIn } from './references.js';

export interface MapNode {
  id: string;
  name: string;
  /** 'container': allowlisted and read; 'opaque': exists but not allowlisted, name only; 'missing': named but absent. */
  kind: 'container' | 'opaque' | 'missing';
  project?: string;
  service?: string;
  state?: string;
  health?: string | null;
  restart_count?: number;
  networks?: string[];
  published?: { container_port: string; host_ip: string; host_port: string }[];
}

export interface MapEdge {
  from: string;
  to: string;
  port: number | null;
  evidence: string[];
}

export interface ServiceMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** References to other hosts of the run (by their name or address): the cross-host pass turns them into edges. */
  peer_references?: PeerReference[];
}

export interface PeerReference {
  from: string;
  /** The host name or address as the container wrote it. */
  host: string;
  port: number | null;
  evidence: string;
}

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);
const PROJECT = 'com.docker.compose.project';
const SERVICE = 'com.docker.compose.service';

/**
 * Builds the map from inspect data only (no traffic is ever sent), and the findings it shows:
 * dependencies across networks, on missing or unwell services, ports open on all interfaces and
 * host ports published twice.
 */
export function buildServiceMap(containers: ContainerDetails[], otherNames: string[], peers: ReadonlySet<string> = new Set()): { map: ServiceMap; findings: Finding[] } {
  const nodes = new Map<string, MapNode>();
  const byName = new Map<string, ContainerDetails>();
  for (const c of containers) {
    byName.set(c.name, c);
    nodes.set(c.name, {
      id: c.name,
      name: c.name,
      kind: 'container',
      project: c.labels[PROJECT],
      service: c.labels[SERVICE],
      state: c.state.status,
      health: c.state.health,
      restart_count: c.restart_count,
      networks: Object.keys(c.networks).filter((n) => n !== 'none'),
      published: c.ports.filter((p) => p.host_port !== ''),
    });
  }
  const others = new Set(otherNames.filter((n) => !byName.has(n)));

  /** Resolves a host name the way Docker DNS would, from the caller's side. */
  const resolve = (from: ContainerDetails, host: string): string | undefined => {
    if (byName.has(host)) return host;
    for (const c of containers) {
      if (c === from) continue;
      const sameProject = c.labels[PROJECT] !== undefined && c.labels[PROJECT] === from.labels[PROJECT];
      if (sameProject && c.labels[SERVICE] === host) return c.name;
      for (const net of Object.values(c.networks)) if (net.aliases.includes(host)) return c.name;
    }
    return undefined;
  };

  const peerReferences: PeerReference[] = [];
  const edges = new Map<string, MapEdge>();
  // One edge per pair: every piece of evidence is kept, and the first port anyone names.
  const addEdge = (from: string, to: string, port: number | null, evidence: string) => {
    const key = `${from}->${to}`;
    const e = edges.get(key) ?? { from, to, port, evidence: [] };
    e.port ??= port;
    if (!e.evidence.includes(evidence)) e.evidence.push(evidence);
    edges.set(key, e);
  };
  const target = (from: ContainerDetails, host: string): string | undefined => {
    const known = resolve(from, host);
    if (known) return known;
    if (others.has(host)) {
      nodes.set(host, { id: host, name: host, kind: 'opaque' });
      return host;
    }
    // A single-label name is a service someone expects to exist; a dotted one is probably external.
    if (!host.includes('.')) {
      nodes.set(host, nodes.get(host) ?? { id: host, name: host, kind: 'missing' });
      return host;
    }
    return undefined;
  };

  for (const c of containers) {
    for (const dep of composeDependsOn(c.labels)) {
      const to = target(c, dep);
      if (to && to !== c.name) addEdge(c.name, to, null, 'compose depends_on');
    }
    for (const link of c.links) {
      // "/db:/web/database" names the linked container first.
      const linked = link.split(':')[0]!.replace(/^\//, '');
      const to = target(c, linked);
      if (to && to !== c.name) addEdge(c.name, to, null, `link ${link}`);
    }
    for (const ref of referencesIn(c.env, c.command)) {
      // Another host of the run, by its name or address: an edge between hosts, drawn once every host is read.
      if (peers.has(ref.host.toLowerCase()) && !resolve(c, ref.host)) {
        const evidence = `${ref.source} → ${ref.host}${ref.port ? `:${ref.port}` : ''}`;
        if (!peerReferences.some((p) => p.from === c.name && p.evidence === evidence)) peerReferences.push({ from: c.name, host: ref.host, port: ref.port, evidence });
        continue;
      }
      const to = target(c, ref.host);
      if (to && to !== c.name) addEdge(c.name, to, ref.port, `${ref.source} → ${ref.host}${ref.port ? `:${ref.port}` : ''}`);
    }
  }

  const findings: Finding[] = [];
  for (const e of edges.values()) {
    const to = nodes.get(e.to)!;
    const from = byName.get(e.from)!;
    if (to.kind === 'missing') {
      findings.push({ severity: 'critical', message: `${e.from} depends on "${e.to}", which no container provides (${e.evidence[0]})` });
      continue;
    }
    if (to.kind === 'opaque') {
      findings.push({ severity: 'info', message: `${e.from} depends on ${e.to}, which is not allowlisted: shown by name only` });
      continue;
    }
    const dest = byName.get(e.to)!;
    const shared = Object.keys(from.networks).filter((n) => n !== 'none' && n in dest.networks);
    if (shared.length === 0 && from.network_mode !== 'host' && dest.network_mode !== 'host') {
      findings.push({ severity: 'warning', message: `${e.from} depends on ${e.to} but they share no network, so ${e.to} is unreachable from it` });
    }
    if (dest.state.status !== 'running' || dest.state.restarting) {
      findings.push({ severity: 'critical', message: `${e.from} depends on ${e.to}, which is ${dest.state.restarting ? 'restarting' : dest.state.status}` });
    } else if (dest.state.health === 'unhealthy') {
      findings.push({ severity: 'critical', message: `${e.from} depends on ${e.to}, which is unhealthy` });
    }
  }
  const hostPorts = new Map<string, string[]>();
  for (const c of containers) {
    for (const p of c.ports) {
      if (p.host_port === '') continue;
      if (ALL_INTERFACES.has(p.host_ip)) findings.push({ severity: 'warning', message: `${c.name} publishes ${p.container_port} on all interfaces (host port ${p.host_port}); bind it to 127.0.0.1 unless it must be reachable from outside` });
      const proto = p.container_port.split('/')[1] ?? 'tcp';
      const key = `${p.host_port}/${proto}`;
      const holders = hostPorts.get(key) ?? [];
      if (!holders.includes(c.name)) holders.push(c.name);
      hostPorts.set(key, holders);
    }
  }
  for (const [key, holders] of hostPorts) {
    if (holders.length > 1) findings.push({ severity: 'critical', message: `host port ${key} is published by ${holders.join(' and ')}: only one of them can hold it` });
  }
  const map: ServiceMap = { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges: [...edges.values()].sort((a, b) => `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`)) };
  if (peerReferences.length > 0) map.peer_references = peerReferences;
  return { map, findings };
}

export interface MapDiff {
  nodes_added: string[];
  nodes_removed: string[];
  edges_added: string[];
  edges_removed: string[];
}

const edgeKey = (e: MapEdge) => `${e.from} → ${e.to}${e.port ? `:${e.port}` : ''}`;

export function diffMaps(before: ServiceMap, after: ServiceMap): MapDiff {
  const nb = new Set(before.nodes.map((n) => n.id));
  const na = new Set(after.nodes.map((n) => n.id));
  const eb = new Set(before.edges.map(edgeKey));
  const ea = new Set(after.edges.map(edgeKey));
  return {
    nodes_added: [...na].filter((n) => !nb.has(n)),
    nodes_removed: [...nb].filter((n) => !na.has(n)),
    edges_added: [...ea].filter((e) => !eb.has(e)),
    edges_removed: [...eb].filter((e) => !ea.has(e)),
  };
}
