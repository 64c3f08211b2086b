/// <reference lib="dom" />
import { layoutServiceMap } from '../graph-layout.js';
import { mapSvg } from '../svg.js';
import type { RunViewModel, ViewGpuReport, ViewMap, ViewTriage } from '../view-model.js';
import { historyChart, sparkline } from './charts.js';
import { h, svgNode } from './dom.js';

const badge = (text: string, kind = text): HTMLElement => h('span', { class: `badge b-${kind.replace(/[^a-z]/g, '')}` }, text);
const when = (iso: string | null): string => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '–');
const num = (v: number | null | undefined, unit = ''): string => (v === null || v === undefined ? '–' : `${Math.round(v * 10) / 10}${unit}`);
const seconds = (s: number): string => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : s >= 60 ? `${Math.round(s / 60)} min` : `${s} s`);

/** Sections that group by host only when the run covered more than one; what is about every host ("*") comes last. */
function byHost<T extends { host: string }>(model: RunViewModel, items: T[], draw: (item: T) => Node): Node[] {
  const between = items.filter((i) => i.host === '*');
  const tail = between.length ? [h('h3', { class: 'host' }, 'Between hosts'), ...between.map(draw)] : [];
  if (model.hosts.length <= 1) return [...items.filter((i) => i.host !== '*').map(draw), ...tail];
  const known = new Set(model.hosts);
  const groups = [...model.hosts, ...new Set(items.map((i) => i.host).filter((x) => x !== '*' && !known.has(x)))];
  return [
    ...groups.flatMap((host) => {
      const mine = items.filter((i) => i.host === host);
      return mine.length ? [h('h3', { class: 'host' }, `Host ${host}`), ...mine.map(draw)] : [];
    }),
    ...tail,
  ];
}

function header(model: RunViewModel): Node {
  const r = model.run;
  return h(
    'header',
    {},
    h('h1', {}, `${r.title} `, badge(r.status)),
    h(
      'div',
      { class: 'meta' },
      h('span', {}, `run ${r.run_id}`),
      h('span', {}, r.directive),
      h('span', {}, `started ${when(r.started_at)}`),
      h('span', {}, `finished ${when(r.finished_at)}`),
      r.duration_ms !== null ? h('span', {}, `${(r.duration_ms / 1000).toFixed(1)} s`) : null,
      model.hosts.length > 1 ? h('span', {}, `hosts: ${model.hosts.join(', ')}`) : null,
    ),
    r.summary ? h('p', {}, r.summary) : null,
    r.error ? h('p', { class: 'b-failed' }, r.error) : null,
    model.model_summary && 'text' in model.model_summary ? h('div', { class: 'card' }, h('h4', {}, `Summary by ${model.model_summary.model}`), h('pre', {}, model.model_summary.text)) : null,
  );
}

function findings(model: RunViewModel): Node {
  const items = model.findings.map((f) =>
    h(
      'li',
      {},
      badge(f.severity),
      h('span', { class: 'who' }, f.host === '*' ? 'between hosts' : `${model.hosts.length > 1 ? `${f.host} / ` : ''}${f.container ?? 'host'}`),
      h('span', { class: 'muted small' }, f.job),
      h('span', { class: 'msg' }, f.message),
      h('a', { href: `#${f.evidence}` }, 'evidence →'),
    ),
  );
  return h(
    'section',
    { id: 'findings' },
    h('h2', {}, `Findings (${model.findings_total})`),
    items.length ? h('ul', { class: 'findings' }, items) : h('p', { class: 'empty' }, 'Nothing wrong was found.'),
    model.findings_total > model.findings.length ? h('p', { class: 'muted small' }, `The ${model.findings.length} most severe shown; the full report has all ${model.findings_total}.`) : null,
  );
}

let mapCount = 0;
function serviceMap(m: ViewMap): Node {
  const body: Node[] = [];
  if (m.status !== 'succeeded') body.push(h('p', {}, badge(m.status), ' ', m.error ?? ''));
  if (m.nodes.length) {
    const svg = svgNode(mapSvg(layoutServiceMap(m), `map${mapCount++}`));
    body.push(
      h(
        'div',
        { class: 'legend' },
        h('span', { class: 'l-ok' }, 'running'),
        h('span', { class: 'l-unhealthy' }, 'unhealthy / restarting'),
        h('span', { class: 'l-stopped' }, 'stopped'),
        h('span', { class: 'l-missing' }, 'missing (named, not found)'),
        h('span', { class: 'l-opaque' }, 'not allowlisted (name only)'),
        h('span', {}, 'hover an arrow for its evidence'),
      ),
      h('div', { class: 'map-wrap' }, svg),
    );
    if (m.truncated) body.push(h('p', { class: 'muted small' }, 'The map is larger than the view draws; the JSON report has all of it.'));
  } else if (m.status === 'succeeded') body.push(h('p', { class: 'empty' }, 'No containers on the map.'));
  return h('div', { id: m.anchor, class: 'map' }, m.summary ? h('p', { class: 'muted' }, m.summary) : null, body);
}

function triage(t: ViewTriage): Node {
  const labels = t.history_runs.map((r) => `${r.run_id} ${when(r.created_at)}`);
  const sev = Object.entries(t.by_severity).filter(([, n]) => n > 0);
  const ctx = t.context;
  const rows = t.templates.map((tp) =>
    h(
      'tr',
      { id: tp.anchor },
      h('td', {}, badge(tp.severity), tp.mark ? [' ', badge(tp.mark)] : null),
      h('td', { class: 'num' }, tp.count),
      h('td', {}, sparkline(tp.history, labels)),
      h('td', {}, h('div', { class: 'tpl' }, tp.template), tp.sample && tp.sample !== tp.template ? h('details', {}, h('summary', {}, 'sample'), h('pre', {}, tp.sample)) : null),
    ),
  );
  return h(
    'div',
    { id: t.anchor, class: 'card' },
    h(
      'div',
      { class: 'card-head' },
      h('h3', {}, t.container),
      badge(t.status),
      ctx ? h('span', { class: 'muted small' }, `${ctx.status}${ctx.health ? ` (${ctx.health})` : ''}, ${ctx.restart_count} restarts${ctx.exit_code !== null ? `, exit ${ctx.exit_code}` : ''}${ctx.oom_killed ? ', OOM-killed' : ''}`) : null,
    ),
    t.summary ? h('p', { class: 'small' }, t.summary) : null,
    t.error ? h('p', { class: 'small' }, t.error) : null,
    t.window ? h('p', { class: 'muted small' }, `${t.lines} lines, ${t.events} events in ${seconds(t.window.seconds)} (${when(t.window.since)} → ${when(t.window.until)}; ${t.window.reason})`) : null,
    sev.length ? h('p', { class: 'small' }, sev.flatMap(([k, n]) => [badge(k), ` ${n}  `])) : null,
    t.history_runs.length > 1 && t.history_runs.some((r) => (r.errors ?? 0) + (r.warnings ?? 0) > 0) ? h('div', {}, h('h4', {}, `Errors (red) and warnings (amber) over the last ${t.history_runs.length} runs`), historyChart(t.history_runs)) : null,
    rows.length
      ? h(
          'table',
          {},
          h('thead', {}, h('tr', {}, h('th', {}, 'level'), h('th', {}, 'count'), h('th', {}, `last ${t.history_runs.length} runs`), h('th', {}, `template (top ${rows.length} of ${t.templates_total})`))),
          h('tbody', {}, rows),
        )
      : h('p', { class: 'empty' }, 'No log templates in this window.'),
    t.resolved.length ? h('div', {}, h('h4', {}, 'Resolved since the last triage'), h('ul', {}, t.resolved.map((r) => h('li', {}, badge('resolved'), ' ', h('span', { class: 'tpl' }, r.template), h('span', { class: 'muted small' }, ` (×${r.previous_count ?? '?'} last time)`))))) : null,
  );
}

function bar(used: number | null, total: number | null, hotAt = 0.85, critAt = 0.95): Node {
  const f = used !== null && total ? Math.min(1, used / total) : 0;
  const cls = f >= critAt ? 'bar crit' : f >= hotAt ? 'bar hot' : 'bar';
  const fill = h('div', {});
  fill.style.width = `${Math.round(f * 100)}%`;
  return h('div', { class: cls }, fill);
}

function gpuReport(g: ViewGpuReport): Node {
  const cards = g.gpus.map((gpu) =>
    h(
      'div',
      { class: 'card gpu', 'data-gpu': gpu.index },
      h('h3', {}, `GPU ${gpu.index}: ${gpu.name}`),
      h('div', { class: 'small' }, `memory ${num(gpu.memory_used_mib)} / ${num(gpu.memory_total_mib)} MiB`),
      bar(gpu.memory_used_mib, gpu.memory_total_mib),
      h('div', { class: 'small' }, `temperature ${num(gpu.temperature_c, ' °C')}${gpu.slowdown_c !== null ? ` (slowdown at ${gpu.slowdown_c} °C)` : ''}`),
      bar(gpu.temperature_c, gpu.slowdown_c ?? 100, 0.9, 1),
      h('div', { class: 'small' }, `power ${num(gpu.power_draw_w, ' W')} / ${num(gpu.power_limit_w, ' W')}`),
      bar(gpu.power_draw_w, gpu.power_limit_w, 0.9, 1),
      h('div', { class: 'small' }, `utilisation ${num(gpu.utilization_percent, ' %')}`),
      h('div', { class: 'small' }, 'held by: ', gpu.held_by.length ? h('b', {}, gpu.held_by.join(', ')) : h('span', { class: 'muted' }, 'no allowlisted container')),
    ),
  );
  return h(
    'div',
    { id: g.anchor },
    g.summary ? h('p', { class: 'muted' }, g.summary) : null,
    g.status !== 'succeeded' ? h('p', {}, badge(g.status), ' ', g.error ?? '') : null,
    cards.length ? h('div', { class: 'grid' }, cards) : h('p', { class: 'empty' }, g.note || 'No GPUs.'),
    g.holders.length
      ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'container'), h('th', {}, 'GPUs'), h('th', {}, 'how'))), h('tbody', {}, g.holders.map((x) => h('tr', {}, h('td', {}, x.container), h('td', {}, x.gpus), h('td', {}, x.via)))))
      : null,
  );
}

function jobsTable(model: RunViewModel): Node {
  return h(
    'section',
    { id: 'jobs' },
    h('h2', {}, `Jobs (${model.jobs_total})`),
    h(
      'details',
      {},
      h('summary', {}, 'every job × container row'),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, model.hosts.length > 1 ? h('th', {}, 'host') : null, h('th', {}, 'job'), h('th', {}, 'container'), h('th', {}, 'status'), h('th', {}, 'summary'))),
        h('tbody', {}, model.jobs.map((j) => h('tr', { id: j.anchor }, model.hosts.length > 1 ? h('td', {}, j.host) : null, h('td', {}, j.job), h('td', {}, j.container ?? '(all)'), h('td', {}, badge(j.status)), h('td', { class: 'small' }, j.error ?? j.summary ?? '')))),
      ),
    ),
  );
}

/** Draws the whole run into `root`, replacing what was there. */
export function renderRun(root: HTMLElement, model: RunViewModel): void {
  mapCount = 0;
  const parts: Node[] = [header(model), findings(model)];
  performance.mark('cyberbrain-findings');
  if (model.maps.length) parts.push(h('section', { id: 'service-map' }, h('h2', {}, 'Service map'), byHost(model, model.maps, serviceMap)));
  performance.mark('cyberbrain-map');
  if (model.triage.length) {
    parts.push(
      h(
        'section',
        { id: 'log-triage' },
        h('h2', {}, `Log triage (${model.triage_total} containers)`),
        byHost(model, model.triage, triage),
        model.triage_total > model.triage.length ? h('p', { class: 'muted small' }, `${model.triage.length} of ${model.triage_total} containers shown.`) : null,
      ),
    );
  }
  performance.mark('cyberbrain-triage');
  if (model.gpus.length) parts.push(h('section', { id: 'gpus' }, h('h2', {}, 'GPUs'), byHost(model, model.gpus, gpuReport)));
  parts.push(jobsTable(model));
  root.replaceChildren(...parts);
  performance.mark('cyberbrain-dom');
  document.title = `${model.run.title}: run ${model.run.run_id}`;
}

/** A result without a view model (an older server, an error): its text, as text. */
export function renderText(root: HTMLElement, text: string): void {
  root.replaceChildren(h('pre', {}, text));
}
