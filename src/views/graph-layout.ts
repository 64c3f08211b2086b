import { Graph, layout } from '@dagrejs/dagre';
import type { MapEdge, MapNode } from '../jobs/service-map/graph.js';

/**
 * Lays out a service map with dagre: one code path for the page (bundled into it) and for
 * `report --svg` (run on the server), so both draw the same picture. No DOM, no Node APIs.
 */

/** Why a node is drawn apart from a healthy, running container. */
export type NodeMark = 'missing' | 'opaque' | 'unhealthy' | 'stopped' | 'restarting';

export interface PlacedNode {
  id: string;
  /** What is written in the box: the name, shortened to fit (the full name is in the tooltip). */
  label: string;
  name: string;
  kind: MapNode['kind'];
  marks: NodeMark[];
  /** A line for the tooltip: state, health, project, networks, ports. */
  detail: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  port: number | null;
  evidence: string[];
  points: { x: number; y: number }[];
}

export interface PlacedCluster {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  clusters: PlacedCluster[];
}

const NODE_HEIGHT = 34;
const CHAR_WIDTH = 7.2;
const LABEL_MAX = 28;
const MARGIN = 16;

/** The group a node is drawn in: its compose project, else its first network; none for opaque and missing nodes. */
export function clusterOf(n: MapNode): string | undefined {
  if (n.project) return `project ${n.project}`;
  const net = n.networks?.find((x) => x !== 'bridge' && x !== 'host');
  return net ? `network ${net}` : undefined;
}

export function marksOf(n: MapNode): NodeMark[] {
  if (n.kind === 'missing') return ['missing'];
  if (n.kind === 'opaque') return ['opaque'];
  const marks: NodeMark[] = [];
  if (n.health === 'unhealthy') marks.push('unhealthy');
  if (n.state === 'restarting') marks.push('restarting');
  else if (n.state && n.state !== 'running') marks.push('stopped');
  return marks;
}

const shorten = (s: string): string => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);

function detailOf(n: MapNode): string {
  if (n.kind === 'missing') return `${n.name}: named by a dependency, but no container provides it`;
  if (n.kind === 'opaque') return `${n.name}: exists, not allowlisted (name only)`;
  const parts = [`${n.name}: ${n.state ?? 'unknown state'}${n.health ? ` (${n.health})` : ''}`];
  if (n.restart_count) parts.push(`${n.restart_count} restarts`);
  if (n.project) parts.push(`project ${n.project}${n.service ? ` / ${n.service}` : ''}`);
  if (n.networks?.length) parts.push(`networks ${n.networks.join(', ')}`);
  if (n.published?.length) parts.push(`ports ${n.published.map((p) => `${p.host_ip || '*'}:${p.host_port}→${p.container_port}`).join(', ')}`);
  return parts.join('; ');
}

export function layoutServiceMap(graph: { nodes: MapNode[]; edges: MapEdge[] }): MapLayout {
  const g = new Graph({ compound: true, multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 56, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  const clusters = new Map<string, string>();
  for (const n of graph.nodes) {
    const label = shorten(n.name);
    g.setNode(n.id, { width: Math.max(80, Math.round(label.length * CHAR_WIDTH) + 24), height: NODE_HEIGHT });
    const cluster = clusterOf(n);
    if (cluster) {
      if (!clusters.has(cluster)) {
        const id = `cluster:${clusters.size}`;
        clusters.set(cluster, id);
        // Room at the top of the group for its label.
        g.setNode(id, { label: cluster, paddingTop: 22 });
      }
      g.setParent(n.id, clusters.get(cluster)!);
    }
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  for (const e of edges) g.setEdge(e.from, e.to, {});
  layout(g);

  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const p = g.node(n.id) as { x: number; y: number; width: number; height: number };
    return { id: n.id, label: shorten(n.name), name: n.name, kind: n.kind, marks: marksOf(n), detail: detailOf(n), x: p.x, y: p.y, width: p.width, height: p.height };
  });
  const placedClusters: PlacedCluster[] = [...clusters].map(([label, id]) => {
    const p = g.node(id) as { x: number; y: number; width: number; height: number };
    return { id, label, x: p.x, y: p.y, width: p.width, height: p.height };
  });
  const placedEdges: PlacedEdge[] = edges.map((e) => ({
    from: e.from,
    to: e.to,
    port: e.port,
    evidence: e.evidence,
    points: ((g.edge(e.from, e.to) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
  }));
  const size = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges: placedEdges, clusters: placedClusters };
}

const round = (v: number): number => Math.round(v * 10) / 10;
