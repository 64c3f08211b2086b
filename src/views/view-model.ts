import type { GpuReportData } from '../jobs/gpu-report/index.js';
import type { LogTriageData } from '../jobs/log-triage/index.js';
import type { JobRowView, RunReportJson } from '../jobs/report.js';
import type { MapEdge, MapNode } from '../jobs/service-map/graph.js';
import type { ServiceMapData } from '../jobs/service-map/index.js';
import { redactDeep } from '../redact/scrub.js';
import type { Store } from '../store/index.js';
import { containerHistory } from './history.js';

/**
 * What the run view (the MCP App page, `report --html`) draws, as plain data. Built from the
 * stored report and the container histories, and bounded: a run of any size yields a model of
 * a few hundred KB, because it travels in a tool result's `_meta` and inside an HTML file.
 */
export interface RunViewModel {
  version: 1;
  run: {
    run_id: string;
    status: string;
    title: string;
    directive: string;
    created_at: string;
    started_at: string | null;
    finished_at: string | null;
    duration_ms: number | null;
    summary: string | null;
    error: string | null;
  };
  model_summary: { model: string; text: string } | { unavailable: string } | null;
  /** Distinct hosts of the job rows; the view groups by host only when there is more than one. */
  hosts: string[];
  findings: ViewFinding[];
  findings_total: number;
  jobs: ViewJob[];
  jobs_total: number;
  maps: ViewMap[];
  triage: ViewTriage[];
  triage_total: number;
  gpus: ViewGpuReport[];
  limits: typeof LIMITS;
}

export interface ViewFinding {
  severity: 'critical' | 'warning' | 'info';
  job: string;
  container: string | null;
  host: string;
  message: string;
  /** The id of the element in the page that holds this finding's evidence. */
  evidence: string;
}

export interface ViewJob {
  anchor: string;
  job: string;
  container: string | null;
  host: string;
  status: string;
  summary: string | null;
  error: string | null;
}

export interface ViewMap {
  anchor: string;
  host: string;
  status: string;
  error: string | null;
  summary: string | null;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Nodes or edges left out past the limits. */
  truncated: boolean;
}

export interface ViewTemplate {
  anchor: string;
  fingerprint: string;
  template: string;
  severity: string;
  count: number;
  mark: 'new' | 'spike' | null;
  sample: string;
  /** Counts in `ViewTriage.history_runs`, oldest first (null: no triage in that run). */
  history: (number | null)[];
}

export interface ViewTriage {
  anchor: string;
  host: string;
  container: string;
  status: string;
  error: string | null;
  summary: string | null;
  window: { since: string; until: string; seconds: number; reason: string } | null;
  lines: number;
  events: number;
  by_severity: Record<string, number>;
  context: LogTriageData['context'];
  templates: ViewTemplate[];
  templates_total: number;
  resolved: { template: string; severity: string; previous_count: number | null }[];
  history_runs: { run_id: string; created_at: string; status: string; errors: number | null; warnings: number | null; restarts: number | null }[];
}

export interface ViewGpu {
  index: number;
  name: string;
  memory_used_mib: number | null;
  memory_total_mib: number | null;
  utilization_percent: number | null;
  temperature_c: number | null;
  slowdown_c: number | null;
  power_draw_w: number | null;
  power_limit_w: number | null;
  /** Containers that hold it: running processes on it, or a request for it. */
  held_by: string[];
}

export interface ViewGpuReport {
  anchor: string;
  host: string;
  status: string;
  error: string | null;
  summary: string | null;
  note: string;
  driver_version: string | null;
  gpus: ViewGpu[];
  holders: { container: string; gpus: string; via: string }[];
}

/** The bounds that keep a model small whatever the run's size. */
export const LIMITS = {
  findings: 300,
  jobs: 1_000,
  triage_containers: 400,
  templates_per_container: 8,
  history_runs: 10,
  resolved_per_container: 5,
  map_nodes: 600,
  map_edges: 2_000,
  text_chars: 300,
  sample_chars: 200,
} as const;

const cap = (s: string | null | undefined, n: number = LIMITS.text_chars): string => {
  const t = s ?? '';
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const capOrNull = (s: string | null | undefined, n?: number): string | null => (s == null ? null : cap(s, n));

/** What every card of a job row starts with: where it links, its host, how the row ended and its one-line summary. */
const rowHead = (row: JobRowView, anchor: string, host = hostOf(row)) => ({ anchor, host, status: row.status, error: capOrNull(row.error), summary: capOrNull(row.result?.summary) });

/** The host a row ran on ("*": about every host, the edges between them); rows written before hosts existed ran here. */
export const hostOf = (row: JobRowView): string => (row as { host?: string }).host ?? 'local';
/** The host of rows about every host (the service map's edges between hosts). */
export const BETWEEN_HOSTS = '*';

/** The view model of a run; undefined when the store has no such run. */
export function buildViewModel(store: Store, report: RunReportJson): RunViewModel {
  const { run, directive } = report;
  const seq = store.runs.get(run.run_id)?.seq;
  const runHosts = (run as { hosts?: string[] }).hosts;
  const hosts = runHosts?.length ? [...runHosts] : [...new Set(report.jobs.map(hostOf).filter((h) => h !== BETWEEN_HOSTS))];
  if (hosts.length === 0) hosts.push('local');
  const jobs: ViewJob[] = report.jobs.slice(0, LIMITS.jobs).map((j, i) => ({
    anchor: `job-${i}`,
    job: j.job,
    container: j.container_name,
    host: hostOf(j),
    status: j.status,
    summary: capOrNull(j.result?.summary),
    error: capOrNull(j.error),
  }));

  const maps: ViewMap[] = [];
  const triage: ViewTriage[] = [];
  const gpus: ViewGpuReport[] = [];
  report.jobs.forEach((row) => {
    if (row.job === 'service_map') maps.push(hostOf(row) === BETWEEN_HOSTS ? crossHostMapOf(row, `map-${maps.length}`) : mapOf(row, `map-${maps.length}`));
    else if (row.job === 'gpu_report') gpus.push(gpusOf(row, `gpu-${gpus.length}`));
    else if (row.job === 'log_triage' && row.container_name !== null && triage.length < LIMITS.triage_containers) {
      triage.push(triageOf(store, row, `triage-${triage.length}`, seq));
    }
  });

  const evidenceOf = (job: string, container: string | null, host: string, message: string): string => {
    if (job === 'service_map') return maps.find((m) => m.host === host)?.anchor ?? 'jobs';
    if (job === 'gpu_report') return gpus.find((g) => g.host === host)?.anchor ?? 'jobs';
    if (job === 'log_triage') {
      const t = triage.find((x) => x.container === container && x.host === host);
      if (t) return t.templates.find((tp) => tp.template !== '' && message.includes(tp.template))?.anchor ?? t.anchor;
    }
    return jobs.find((j) => j.job === job && j.container === container && j.host === host)?.anchor ?? 'jobs';
  };
  // Findings carry no host of their own: the row they came from does. Fleet rows of several
  // hosts share job and container (null), so a finding is matched to its row by its text too.
  const hostsOf = new Map<string, string[]>();
  for (const j of report.jobs) {
    for (const f of j.result?.findings ?? []) {
      const key = `${j.job}\u0000${j.container_name}\u0000${f.severity}\u0000${f.message}`;
      hostsOf.set(key, [...(hostsOf.get(key) ?? []), hostOf(j)]);
    }
  }
  const findings: ViewFinding[] = report.findings
    .map((f) => ({ ...f, host: (f as { host?: string }).host ?? hostsOf.get(`${f.job}\u0000${f.container}\u0000${f.severity}\u0000${f.message}`)?.shift() ?? 'local' }))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .slice(0, LIMITS.findings)
    .map((f) => ({ severity: f.severity, job: f.job, container: f.container, host: f.host, message: cap(f.message, 600), evidence: evidenceOf(f.job, f.container, f.host, f.message) }));

  return redactDeep({
    version: 1 as const,
    run: {
      run_id: run.run_id,
      status: run.status,
      title: cap(directive.spec.title),
      directive: `${directive.id} ${cap(directive.name, 80)} v${directive.version}`,
      created_at: run.created_at,
      started_at: run.started_at,
      finished_at: run.finished_at,
      duration_ms: run.duration_ms,
      summary: capOrNull(run.summary, 600),
      error: capOrNull(run.error, 600),
    },
    model_summary: report.model_summary ? ('unavailable' in report.model_summary ? { unavailable: cap(report.model_summary.unavailable) } : { model: cap(report.model_summary.model, 80), text: cap(report.model_summary.text, 2_000) }) : null,
    hosts,
    findings,
    findings_total: report.findings.length,
    jobs,
    jobs_total: report.jobs.length,
    maps,
    triage,
    triage_total: report.jobs.filter((j) => j.job === 'log_triage' && j.container_name !== null).length,
    gpus,
    limits: LIMITS,
  });
}

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;

function mapOf(row: JobRowView, anchor: string): ViewMap {
  const data = row.result?.data as ServiceMapData | undefined;
  const graph = data?.graph ?? { nodes: [], edges: [] };
  const nodes = graph.nodes.slice(0, LIMITS.map_nodes).map((n) => ({ ...n, name: cap(n.name, 120), id: cap(n.id, 120) }));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges
    .filter((e) => kept.has(cap(e.from, 120)) && kept.has(cap(e.to, 120)))
    .slice(0, LIMITS.map_edges)
    .map((e) => ({ from: cap(e.from, 120), to: cap(e.to, 120), port: e.port, evidence: e.evidence.slice(0, 8).map((x) => cap(x, 200)) }));
  return {
    ...rowHead(row, anchor),
    nodes,
    edges,
    truncated: nodes.length < graph.nodes.length || edges.length < graph.edges.length,
  };
}

/**
 * The edges between hosts as a map of their own: a node per container on each host (grouped by
 * host), and a "missing" node where no allowlisted container on the other host publishes the port.
 */
function crossHostMapOf(row: JobRowView, anchor: string): ViewMap {
  const data = row.result?.data as { edges?: { from: { host: string; container: string }; to: { host: string; container: string | null }; port: number | null; evidence: string[] }[] } | undefined;
  const nodes = new Map<string, MapNode & { cluster: string }>();
  const nodeOf = (host: string, container: string | null, port: number | null): string => {
    const name = container ?? `${host}:${port ?? '?'} (no publisher)`;
    const id = cap(`${host}/${name}`, 120);
    if (!nodes.has(id)) nodes.set(id, { id, name: cap(name, 120), kind: container === null ? 'missing' : 'container', state: 'running', cluster: `host ${host}` });
    return id;
  };
  const edges: MapEdge[] = [];
  for (const e of (data?.edges ?? []).slice(0, LIMITS.map_edges)) {
    edges.push({ from: nodeOf(e.from.host, e.from.container, null), to: nodeOf(e.to.host, e.to.container, e.port), port: e.port, evidence: e.evidence.slice(0, 8).map((x) => cap(x, 200)) });
  }
  return { ...rowHead(row, anchor, BETWEEN_HOSTS), nodes: [...nodes.values()].slice(0, LIMITS.map_nodes), edges, truncated: (data?.edges?.length ?? 0) > LIMITS.map_edges };
}

function triageOf(store: Store, row: JobRowView, anchor: string, upToSeq: number | undefined): ViewTriage {
  const container = row.container_name!;
  const data = row.result?.data as LogTriageData | undefined;
  const top = (data?.templates ?? []).slice(0, LIMITS.templates_per_container);
  const marks = new Map<string, 'new' | 'spike'>();
  for (const c of data?.comparison.new ?? []) marks.set(c.template, 'new');
  for (const c of data?.comparison.spikes ?? []) marks.set(c.template, 'spike');
  const history = containerHistory(store, hostOf(row), container, { runs: LIMITS.history_runs, templates: top.length, fingerprints: top.map((t) => t.fingerprint), ...(upToSeq !== undefined ? { upToSeq } : {}) });
  const counts = new Map(history.templates.map((t) => [t.fingerprint, t.counts]));
  return {
    ...rowHead(row, anchor),
    container,
    window: data ? { since: data.window.since, until: data.window.until, seconds: data.window.seconds, reason: cap(data.window.reason) } : null,
    lines: data?.lines ?? 0,
    events: data?.events ?? 0,
    by_severity: data?.by_severity ?? {},
    context: data?.context ?? null,
    templates: top.map((t, i) => ({
      anchor: `${anchor}-t${i}`,
      fingerprint: t.fingerprint,
      template: cap(t.template),
      severity: t.severity,
      count: t.count,
      mark: marks.get(t.template) ?? null,
      sample: cap(t.sample, LIMITS.sample_chars),
      history: counts.get(t.fingerprint) ?? [],
    })),
    templates_total: data?.templates_total ?? 0,
    resolved: (data?.comparison.resolved ?? []).slice(0, LIMITS.resolved_per_container).map((r) => ({ template: cap(r.template), severity: r.severity, previous_count: r.previous_count ?? null })),
    history_runs: history.runs.map((r) => ({ run_id: r.run_id, created_at: r.created_at, status: r.status, errors: r.errors, warnings: r.warnings, restarts: r.restarts })),
  };
}

function gpusOf(row: JobRowView, anchor: string): ViewGpuReport {
  const data = row.result?.data as GpuReportData | undefined;
  const holders = data?.holders ?? [];
  const processes = data?.processes ?? [];
  return {
    ...rowHead(row, anchor),
    note: cap(data?.note),
    driver_version: data?.driver_version ?? null,
    gpus: (data?.gpus ?? []).slice(0, 64).map((g) => {
      const held = new Set(processes.filter((p) => p.gpu === g.index).map((p) => p.container));
      for (const h of holders) {
        if (h.gpus === 'all' || h.gpus.includes(String(g.index)) || (g.uuid !== null && h.gpus.includes(g.uuid))) held.add(h.container);
      }
      return {
        index: g.index,
        name: cap(g.name, 80),
        memory_used_mib: g.memory.used_mib,
        memory_total_mib: g.memory.total_mib,
        utilization_percent: g.utilization.gpu_percent,
        temperature_c: g.temperature.gpu_c,
        slowdown_c: g.temperature.slowdown_c,
        power_draw_w: g.power.draw_w,
        power_limit_w: g.power.limit_w,
        held_by: [...held].slice(0, 32).map((c) => cap(c, 120)),
      };
    }),
    holders: holders.slice(0, 200).map((h) => ({ container: cap(h.container, 120), gpus: h.gpus === 'all' ? 'all' : h.gpus.join(', '), via: cap(h.via.join('; ')) })),
  };
}
