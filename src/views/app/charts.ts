/// <reference lib="dom" />
import { s } from './dom.js';

/*
 * Small bar charts of counts over runs, oldest first. Each chart is a handful of <path> elements
 * (one per colour) and one <title>: a 150-container run draws over a thousand of them, and a node
 * per bar made the page miss its one-second budget.
 */

type Bar = { x: number; y: number; w: number; h: number };
const barsPath = (bars: Bar[]): string => bars.map((b) => `M${b.x.toFixed(1)},${b.y.toFixed(1)}h${b.w.toFixed(1)}v${b.h.toFixed(1)}h${(-b.w).toFixed(1)}z`).join('');

/** Counts per run: the last bar (this run) darker, a run with no triage a grey dash, zero a grey stub. */
export function sparkline(counts: (number | null)[], labels: string[], opts: { width?: number; height?: number } = {}): SVGElement {
  const width = opts.width ?? 120;
  const height = opts.height ?? 24;
  const slot = width / Math.max(counts.length, 1);
  const max = Math.max(1, ...counts.map((c) => c ?? 0));
  const past: Bar[] = [];
  const last: Bar[] = [];
  const none: Bar[] = [];
  counts.forEach((c, i) => {
    const x = i * slot + slot * 0.15;
    const w = Math.max(1, slot * 0.7);
    if (c === null || c === 0) return void none.push({ x, y: height - 1, w, h: 1 });
    const h = Math.max(2, (c / max) * (height - 2));
    (i === counts.length - 1 ? last : past).push({ x, y: height - h, w, h });
  });
  const title = counts.map((c, i) => `${labels[i] ?? `run ${i + 1}`}: ${c === null ? 'no triage' : c}`).join('\n');
  return s(
    'svg',
    { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'counts over the last runs' },
    s('title', {}, title),
    s('path', { d: barsPath(none), fill: '#ced4da' }),
    s('path', { d: barsPath(past), fill: '#91a7ff' }),
    s('path', { d: barsPath(last), fill: '#3b5bdb' }),
  );
}

/** Errors (red) under warnings (amber) per run; a purple dot where the restart count grew. */
export function historyChart(runs: { created_at: string; errors: number | null; warnings: number | null; restarts: number | null; run_id: string }[]): SVGElement {
  const width = 260;
  const height = 48;
  const slot = width / Math.max(runs.length, 1);
  const max = Math.max(1, ...runs.map((r) => (r.errors ?? 0) + (r.warnings ?? 0)));
  const errors: Bar[] = [];
  const warnings: Bar[] = [];
  const restarts: string[] = [];
  runs.forEach((r, i) => {
    const x = i * slot + slot * 0.15;
    const w = Math.max(1, slot * 0.7);
    const eh = ((r.errors ?? 0) / max) * (height - 10);
    const wh = ((r.warnings ?? 0) / max) * (height - 10);
    if (eh > 0) errors.push({ x, y: height - eh, w, h: eh });
    if (wh > 0) warnings.push({ x, y: height - eh - wh, w, h: wh });
    const prev = runs[i - 1]?.restarts;
    if (r.restarts !== null && prev !== null && prev !== undefined && r.restarts > prev) restarts.push(`M${(x + w / 2 - 3).toFixed(1)},4a3,3 0 1,0 6,0a3,3 0 1,0 -6,0`);
  });
  const title = runs.map((r) => `${r.run_id} (${r.created_at.slice(0, 16).replace('T', ' ')}): ${r.errors ?? '–'} errors, ${r.warnings ?? '–'} warnings, ${r.restarts ?? '–'} restarts`).join('\n');
  return s(
    'svg',
    { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'errors and warnings over the last runs' },
    s('title', {}, title),
    s('path', { d: barsPath(errors), fill: '#e03131' }),
    s('path', { d: barsPath(warnings), fill: '#f59f00' }),
    s('path', { d: restarts.join(''), fill: '#7048e8' }),
    s('line', { x1: 0, y1: height - 0.5, x2: width, y2: height - 0.5, stroke: '#ced4da' }),
  );
}
