import { describe, expect, it } from 'vitest';
import type { RunReportJson } from '../../src/jobs/report.js';
import type { MapEdge, MapNode } from '../../src/jobs/service-map/graph.js';
import { openStore } from '../../src/store/index.js';
import { layoutServiceMap, marksOf } from '../../src/views/graph-layout.js';
import { escapeXml, mapSvg, svgText } from '../../src/views/svg.js';
import { buildViewModel } from '../../src/views/view-model.js';

const node = (id: string, extra: Partial<MapNode> = {}): MapNode => ({ id, name: id, kind: 'container', state: 'running', health: null, networks: [], ...extra });
const edge = (from: string, to: string): MapEdge => ({ from, to, port: null, evidence: [`env URL → ${to}`] });

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

describe('service map layout (pure, shared by the page and --svg)', () => {
  const graph = {
    nodes: [
      node('web', { project: 'shop' }),
      node('api', { project: 'shop', health: 'unhealthy' }),
      node('db', { project: 'shop', state: 'exited' }),
      node('metrics', { networks: ['mon'] }),
      node('grafana', { networks: ['mon'] }),
      node('cache', { kind: 'missing', state: undefined }),
      node('ldap', { kind: 'opaque', state: undefined }),
    ],
    edges: [edge('web', 'api'), edge('api', 'db'), edge('api', 'cache'), edge('api', 'ldap'), edge('grafana', 'metrics'), edge('metrics', 'api')],
  };

  it('places every node once, none overlapping, each group around its members, every edge with a route', () => {
    const l = layoutServiceMap(graph);
    expect(l.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const a of l.nodes) for (const b of l.nodes) if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    expect(l.clusters.map((c) => c.label).sort()).toEqual(['network mon', 'project shop']);
    const shop = l.clusters.find((c) => c.label === 'project shop')!;
    for (const id of ['web', 'api', 'db']) {
      const n = l.nodes.find((x) => x.id === id)!;
      expect(Math.abs(n.x - shop.x) * 2 + n.width <= shop.width + 0.5 && Math.abs(n.y - shop.y) * 2 + n.height <= shop.height + 0.5, id).toBe(true);
    }
    expect(l.edges).toHaveLength(graph.edges.length);
    for (const e of l.edges) expect(e.points.length, `${e.from}->${e.to}`).toBeGreaterThanOrEqual(2);
    for (const n of l.nodes) expect(n.x + n.width / 2 <= l.width + 0.5 && n.y + n.height / 2 <= l.height + 0.5).toBe(true);
  });

  it('marks missing, opaque, unhealthy and stopped nodes', () => {
    const marks = Object.fromEntries(graph.nodes.map((n) => [n.id, marksOf(n)]));
    expect(marks).toMatchObject({ cache: ['missing'], ldap: ['opaque'], api: ['unhealthy'], db: ['stopped'], web: [] });
  });

  it('lays out the same way every time (the page and --svg draw one picture)', () => {
    expect(JSON.stringify(layoutServiceMap(graph))).toBe(JSON.stringify(layoutServiceMap(graph)));
  });

  it('an empty map is an empty picture, not an error', () => {
    expect(layoutServiceMap({ nodes: [], edges: [] })).toMatchObject({ nodes: [], edges: [], clusters: [] });
  });
});

describe('SVG text (report --svg)', () => {
  it('escapes every name, tooltip and attribute, and drops characters XML cannot hold', () => {
    const hostile = '"><script>alert(1)</script>&\u0001';
    const svg = svgText(mapSvg(layoutServiceMap({ nodes: [node(hostile, { project: `p<${hostile}` })], edges: [] })));
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain('data-node-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"');
    expect(escapeXml(`a'b"c<d>&`)).toBe('a&#39;b&quot;c&lt;d&gt;&amp;');
  });
});

describe('view model', () => {
  const report = (rows: { job: string; container: string | null; host?: string; findings?: { severity: 'critical' | 'warning' | 'info'; message: string }[] }[]): RunReportJson =>
    ({
      run: { run_id: 'run_x', directive_id: 'D4', directive_name: 'custom', directive_version: 1, status: 'succeeded', transport: 'cli', created_at: '2026-01-01T00:00:00.000Z', started_at: null, finished_at: null, duration_ms: null, error: null, summary: null },
      directive: { id: 'D4', name: 'custom', version: 1, spec: { title: 'Sweep' } },
      findings: rows.flatMap((r) => (r.findings ?? []).map((f) => ({ ...f, job: r.job, container: r.container }))),
      jobs: rows.map((r) => ({
        job: r.job,
        container_id: null,
        container_name: r.container,
        status: 'succeeded',
        started_at: null,
        finished_at: null,
        duration_ms: null,
        error: null,
        result: { summary: 'ok', findings: r.findings ?? [], data: r.job === 'service_map' ? { graph: { nodes: [node(`n-${r.host ?? 'local'}`)], edges: [] } } : null },
        ...(r.host ? { host: r.host } : {}),
      })),
    }) as unknown as RunReportJson;

  it('treats rows without a host as local, and lists hosts only from the rows', () => {
    const store = openStore(':memory:');
    const m = buildViewModel(store, report([{ job: 'inventory', container: 'a' }, { job: 'service_map', container: null }]));
    expect(m.hosts).toEqual(['local']);
    expect(m.maps[0]!.host).toBe('local');
    store.close();
  });

  it('groups by host when rows carry more than one, and links each finding to its own host\'s evidence', () => {
    const store = openStore(':memory:');
    const m = buildViewModel(
      store,
      report([
        { job: 'service_map', container: null, host: 'alpha', findings: [{ severity: 'info', message: 'map alpha' }] },
        { job: 'service_map', container: null, host: 'beta', findings: [{ severity: 'critical', message: 'map beta' }] },
        { job: 'inventory', container: 'web', host: 'beta', findings: [{ severity: 'warning', message: 'restarted' }] },
      ]),
    );
    expect(m.hosts).toEqual(['alpha', 'beta']);
    expect(m.maps.map((x) => [x.host, x.anchor])).toEqual([
      ['alpha', 'map-0'],
      ['beta', 'map-1'],
    ]);
    // Most severe first; findings carry their row's host and point at that host's section.
    expect(m.findings.map((f) => [f.severity, f.host, f.evidence])).toEqual([
      ['critical', 'beta', 'map-1'],
      ['warning', 'beta', 'job-2'],
      ['info', 'alpha', 'map-0'],
    ]);
    store.close();
  });
});
