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
export function clusterOf(n: MapNode & { cluster?: string }): string | undefined {
  if (n.cluster) return n.cluster;
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

interface Box {
  width: number;
  height: number;
}

/** Lays out one plain (non-compound) graph; returns node centres, edge points and the size. */
function dagreLayout(nodes: Map<string, Box>, edges: [string, string][], opts: { nodesep: number; ranksep: number; margin: number }) {
  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: opts.nodesep, ranksep: opts.ranksep, marginx: opts.margin, marginy: opts.margin });
  g.setDefaultEdgeLabel(() => ({}));
  for (const [id, box] of nodes) g.setNode(id, { ...box });
  for (const [a, b] of edges) g.setEdge(a, b, {});
  layout(g);
  const at = new Map<string, { x: number; y: number }>();
  for (const id of nodes.keys()) {
    const p = g.node(id) as { x: number; y: number };
    at.set(id, { x: p.x, y: p.y });
  }
  const points = new Map<string, { x: number; y: number }[]>();
  for (const [a, b] of edges) points.set(`${a}\u0000${b}`, ((g.edge(a, b) as { points?: { x: number; y: number }[] })?.points ?? []).map((p) => ({ x: p.x, y: p.y })));
  const size = g.graph() as { width?: number; height?: number };
  return { at, points, width: size.width ?? 0, height: size.height ?? 0 };
}

/** Where the line from a box's centre towards `to` leaves the box. */
function border(c: { x: number; y: number }, box: Box, to: { x: number; y: number }): { x: number; y: number } {
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const k = Math.min(sx, sy);
  return { x: c.x + dx * k, y: c.y + dy * k };
}

const CLUSTER_PAD = 12;
const CLUSTER_LABEL = 20;

/**
 * Two levels, each a plain dagre layout: every group (compose project or network) is laid out on
 * its own, then the groups and the ungrouped nodes are laid out as boxes. dagre's compound mode
 * does the same in one pass but costs about five times as much, which a 150-container map felt
 * (the page's whole render budget is a second). Edges inside a group keep dagre's routes; edges
 * between groups are drawn straight, border to border.
 */
export function layoutServiceMap(graph: { nodes: MapNode[]; edges: MapEdge[] }): MapLayout {
  const box = new Map<string, Box>();
  const groupOf = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const n of graph.nodes) {
    box.set(n.id, { width: Math.max(80, Math.round(shorten(n.name).length * CHAR_WIDTH) + 24), height: NODE_HEIGHT });
    const cluster = clusterOf(n);
    if (!cluster) continue;
    groupOf.set(n.id, cluster);
    groups.set(cluster, [...(groups.get(cluster) ?? []), n.id]);
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  // The top-level item a node belongs to: its group, or itself.
  const itemOf = (id: string): string => (groupOf.has(id) ? `group\u0000${groupOf.get(id)}` : `node\u0000${id}`);

  const inner = new Map<string, ReturnType<typeof dagreLayout>>();
  for (const [cluster, members] of groups) {
    const memberSet = new Set(members);
    const innerEdges = edges.filter((e) => memberSet.has(e.from) && memberSet.has(e.to)).map((e): [string, string] => [e.from, e.to]);
    inner.set(cluster, dagreLayout(new Map(members.map((m) => [m, box.get(m)!])), innerEdges, { nodesep: 14, ranksep: 44, margin: 0 }));
  }
  const items = new Map<string, Box>();
  for (const n of graph.nodes) if (!groupOf.has(n.id)) items.set(itemOf(n.id), box.get(n.id)!);
  for (const [cluster, l] of inner) items.set(`group\u0000${cluster}`, { width: l.width + 2 * CLUSTER_PAD, height: l.height + 2 * CLUSTER_PAD + CLUSTER_LABEL });
  const outerEdges = new Map<string, [string, string]>();
  for (const e of edges) {
    const a = itemOf(e.from);
    const b = itemOf(e.to);
    if (a !== b) outerEdges.set(`${a}\u0000${b}`, [a, b]);
  }
  const outer = dagreLayout(items, [...outerEdges.values()], { nodesep: 24, ranksep: 70, margin: MARGIN });

  const centre = new Map<string, { x: number; y: number }>();
  const clusters: PlacedCluster[] = [];
  const offsets = new Map<string, { x: number; y: number }>();
  [...inner].forEach(([cluster, l], i) => {
    const item = items.get(`group\u0000${cluster}`)!;
    const c = outer.at.get(`group\u0000${cluster}`)!;
    const left = c.x - item.width / 2;
    const top = c.y - item.height / 2;
    clusters.push({ id: `cluster:${i}`, label: cluster, x: c.x, y: c.y, width: item.width, height: item.height });
    const off = { x: left + CLUSTER_PAD, y: top + CLUSTER_PAD + CLUSTER_LABEL };
    offsets.set(cluster, off);
    for (const [id, p] of l.at) centre.set(id, { x: p.x + off.x, y: p.y + off.y });
  });
  for (const n of graph.nodes) if (!groupOf.has(n.id)) centre.set(n.id, outer.at.get(itemOf(n.id))!);

  const clusterBox = new Map(clusters.map((c) => [c.label, c]));
  const membersOf = new Map<string, string[]>(groups);
  /**
   * Where an edge leaves (or enters) its group: straight out of its node to just past the group's
   * edge, on the side facing the other end when that way is clear of the group's other nodes,
   * else the next clear side. A straight line from node to node would cross the nodes beside it.
   */
  const exitOf = (id: string, toward: { x: number; y: number }): { x: number; y: number }[] | undefined => {
    const cluster = groupOf.get(id);
    if (cluster === undefined) return undefined;
    const c = clusterBox.get(cluster)!;
    const p = centre.get(id)!;
    const b = box.get(id)!;
    const edges = { left: c.x - c.width / 2 - 6, right: c.x + c.width / 2 + 6, up: c.y - c.height / 2 - 6, down: c.y + c.height / 2 + 6 };
    const sides = (['right', 'left', 'down', 'up'] as const)
      .map((side) => ({ side, facing: side === 'right' ? toward.x - p.x : side === 'left' ? p.x - toward.x : side === 'down' ? toward.y - p.y : p.y - toward.y }))
      .sort((a, z) => z.facing - a.facing);
    const clear = (side: (typeof sides)[number]['side']): boolean =>
      membersOf.get(cluster)!.every((other) => {
        if (other === id) return true;
        const o = centre.get(other)!;
        const ob = box.get(other)!;
        const across = side === 'left' || side === 'right' ? Math.abs(o.y - p.y) * 2 < ob.height + 4 : Math.abs(o.x - p.x) * 2 < ob.width + 4;
        const ahead = side === 'right' ? o.x > p.x : side === 'left' ? o.x < p.x : side === 'down' ? o.y > p.y : o.y < p.y;
        return !(across && ahead);
      });
    const side = (sides.find((x) => clear(x.side)) ?? sides[0]!).side;
    if (side === 'left' || side === 'right') {
      const dir = side === 'right' ? 1 : -1;
      return [{ x: p.x + (dir * b.width) / 2, y: p.y }, { x: edges[side], y: p.y }];
    }
    const dir = side === 'down' ? 1 : -1;
    return [{ x: p.x, y: p.y + (dir * b.height) / 2 }, { x: p.x, y: edges[side] }];
  };
  const between = (from: string, to: string): { x: number; y: number }[] => {
    const a = centre.get(from)!;
    const b = centre.get(to)!;
    const out = exitOf(from, b) ?? [];
    const into = (exitOf(to, out.at(-1) ?? a) ?? []).reverse();
    const start = out.length ? out : [border(a, box.get(from)!, into[0] ?? b)];
    const end = into.length ? into : [border(b, box.get(to)!, start.at(-1)!)];
    return [...start, ...end];
  };

  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const p = centre.get(n.id)!;
    const b = box.get(n.id)!;
    return { id: n.id, label: shorten(n.name), name: n.name, kind: n.kind, marks: marksOf(n), detail: detailOf(n), x: round(p.x), y: round(p.y), width: b.width, height: b.height };
  });
  const placedEdges: PlacedEdge[] = edges.map((e) => {
    const cluster = groupOf.get(e.from);
    let points: { x: number; y: number }[];
    if (cluster !== undefined && cluster === groupOf.get(e.to)) {
      const off = offsets.get(cluster)!;
      points = (inner.get(cluster)!.points.get(`${e.from}\u0000${e.to}`) ?? []).map((p) => ({ x: p.x + off.x, y: p.y + off.y }));
    } else {
      points = between(e.from, e.to);
    }
    return { from: e.from, to: e.to, port: e.port, evidence: e.evidence, points: points.map((p) => ({ x: round(p.x), y: round(p.y) })) };
  });
  return { width: Math.ceil(outer.width), height: Math.ceil(outer.height), nodes, edges: placedEdges, clusters };
}

const round = (v: number): number => Math.round(v * 10) / 10;
