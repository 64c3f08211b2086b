/// <reference lib="dom" />
import { s } from './dom.js';

/**
 * A sparkline of counts over runs, oldest first: bars, so single runs read clearly; a run with no
 * triage is a gap; the last bar (this run) is darker.
 */
export function sparkline(counts: (number | null)[], labels: string[], opts: { width?: number; height?: number; color?: string } = {}): SVGElement {
  const width = opts.width ?? 120;
  const height = opts.height ?? 24;
  const n = Math.max(counts.length, 1);
  const max = Math.max(1, ...counts.map((c) => c ?? 0));
  const slot = width / n;
  const bars: SVGElement[] = [];
  counts.forEach((c, i) => {
    const title = `${labels[i] ?? ''}: ${c === null ? 'no triage' : c}`;
    if (c === null) {
      bars.push(s('rect', { x: i * slot + slot * 0.15, y: height - 1, width: slot * 0.7, height: 1, fill: '#cfd8dc' }, s('title', {}, title)));
      return;
    }
    const bh = c === 0 ? 1 : Math.max(2, (c / max) * (height - 2));
    const fill = i === counts.length - 1 ? (opts.color ?? '#3b5bdb') : '#91a7ff';
    bars.push(s('rect', { x: i * slot + slot * 0.15, y: height - bh, width: Math.max(1, slot * 0.7), height: bh, fill: c === 0 ? '#dee2e6' : fill }, s('title', {}, title)));
  });
  return s('svg', { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'counts over the last runs' }, ...bars);
}

/** Errors and warnings per run, stacked, with the restart count marked where it grew. */
export function historyChart(runs: { created_at: string; errors: number | null; warnings: number | null; restarts: number | null; run_id: string }[]): SVGElement {
  const width = 260;
  const height = 48;
  const n = Math.max(runs.length, 1);
  const max = Math.max(1, ...runs.map((r) => (r.errors ?? 0) + (r.warnings ?? 0)));
  const slot = width / n;
  const parts: SVGElement[] = [];
  runs.forEach((r, i) => {
    const x = i * slot + slot * 0.15;
    const w = Math.max(1, slot * 0.7);
    const title = `${r.run_id} (${r.created_at.slice(0, 16).replace('T', ' ')}): ${r.errors ?? '–'} errors, ${r.warnings ?? '–'} warnings, ${r.restarts ?? '–'} restarts`;
    const eh = ((r.errors ?? 0) / max) * (height - 10);
    const wh = ((r.warnings ?? 0) / max) * (height - 10);
    parts.push(
      s('g', {}, s('title', {}, title), s('rect', { x, y: 0, width: w, height, fill: 'transparent' }), s('rect', { x, y: height - eh, width: w, height: eh, fill: '#e03131' }), s('rect', { x, y: height - eh - wh, width: w, height: wh, fill: '#f59f00' })),
    );
    const prev = runs[i - 1]?.restarts;
    if (i > 0 && r.restarts !== null && prev !== null && prev !== undefined && r.restarts > prev) parts.push(s('circle', { cx: x + w / 2, cy: 4, r: 3, fill: '#7048e8' }, s('title', {}, `restarted ${r.restarts - prev}× since the run before`)));
  });
  parts.push(s('line', { x1: 0, y1: height - 0.5, x2: width, y2: height - 0.5, stroke: '#ced4da' }));
  return s('svg', { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'errors and warnings over the last runs' }, ...parts);
}
