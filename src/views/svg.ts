import type { MapLayout, NodeMark, PlacedNode } from './graph-layout.js';

/**
 * The service map as a tree of SVG elements, and that tree as text. The page turns the same tree
 * into DOM nodes (createElementNS, setAttribute, textContent) and `report --svg` into a file, so
 * both draw one picture. Every name, label and piece of evidence is attacker-chosen text: in the
 * text form it is escaped here, in the DOM form it only ever goes through textContent/setAttribute.
 */
export interface SvgElement {
  tag: string;
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgElement[];
}

const el = (tag: string, attrs: Record<string, string | number>, children: SvgElement[] = [], text?: string): SvgElement => ({ tag, attrs, children, ...(text !== undefined ? { text } : {}) });

const STYLE: Record<'ok' | NodeMark, { fill: string; stroke: string; dash?: string }> = {
  ok: { fill: '#e8f5e9', stroke: '#2e7d32' },
  unhealthy: { fill: '#fff3e0', stroke: '#e65100' },
  restarting: { fill: '#fff8e1', stroke: '#f9a825' },
  stopped: { fill: '#eceff1', stroke: '#607d8b' },
  missing: { fill: '#ffebee', stroke: '#c62828', dash: '5 3' },
  opaque: { fill: '#f5f5f5', stroke: '#9e9e9e', dash: '2 3' },
};

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

function nodeElement(n: PlacedNode): SvgElement {
  const style = STYLE[n.marks[0] ?? 'ok'];
  const x = n.x - n.width / 2;
  const y = n.y - n.height / 2;
  return el('g', { class: 'node', 'data-node-id': n.id, 'data-kind': n.kind, 'data-marks': n.marks.join(' ') }, [
    el('title', {}, [], n.detail),
    el('rect', { x: r(x), y: r(y), width: r(n.width), height: r(n.height), rx: 6, fill: style.fill, stroke: style.stroke, 'stroke-width': n.marks.length ? 2 : 1.2, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }),
    el('text', { x: r(n.x), y: r(n.y + 4), 'text-anchor': 'middle', 'font-size': 12, 'font-family': FONT, fill: '#1a1a1a' }, [], n.label),
  ]);
}

/** The SVG tree of a laid-out map; `idPrefix` keeps marker ids unique when a page holds several maps. */
export function mapSvg(layout: MapLayout, idPrefix = 'map'): SvgElement {
  const top = 0;
  const width = Math.max(layout.width, 200);
  const height = Math.max(layout.height + top, 60);
  const arrow = `${idPrefix}-arrow`;
  const children: SvgElement[] = [
    el('defs', {}, [
      el('marker', { id: arrow, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, [el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#5c6b82' })]),
    ]),
  ];
  const body: SvgElement[] = [];
  for (const c of layout.clusters) {
    const x = c.x - c.width / 2;
    const y = c.y - c.height / 2;
    body.push(
      el('g', { class: 'cluster', 'data-cluster': c.label }, [
        el('rect', { x: r(x), y: r(y), width: r(c.width), height: r(c.height), rx: 10, fill: '#f3f6fb', stroke: '#b8c4dc' }),
        el('text', { x: r(x + 8), y: r(y + 14), 'font-size': 11, 'font-family': FONT, fill: '#3d4d6a' }, [], c.label),
      ]),
    );
  }
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
    const evidence = `${e.from} → ${e.to}${e.port ? `:${e.port}` : ''}\n${e.evidence.join('\n')}`;
    body.push(
      el('g', { class: 'edge', 'data-from': e.from, 'data-to': e.to }, [
        el('title', {}, [], evidence),
        // A wide transparent stroke under the line makes the evidence tooltip easy to hit.
        el('path', { d, fill: 'none', stroke: 'transparent', 'stroke-width': 10 }),
        el('path', { d, fill: 'none', stroke: '#5c6b82', 'stroke-width': 1.4, 'marker-end': `url(#${arrow})` }),
      ]),
    );
  }
  for (const n of layout.nodes) body.push(nodeElement(n));
  children.push(el('g', { transform: `translate(0,${top})` }, body));
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'service-map', viewBox: `0 0 ${r(width)} ${r(height)}`, width: r(width), height: r(height), role: 'img', 'aria-label': 'Service map' }, children);
}

const r = (v: number): number => Math.round(v * 10) / 10;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The tree as SVG text (a standalone file: `report --svg`). */
export function svgText(root: SvgElement): string {
  const write = (e: SvgElement): string => {
    const attrs = Object.entries(e.attrs)
      .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
      .join('');
    const inner = (e.text !== undefined ? escapeXml(e.text) : '') + (e.children ?? []).map(write).join('');
    return `<${e.tag}${attrs}>${inner}</${e.tag}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`;
}
