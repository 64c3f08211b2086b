import type { DirectiveSnapshot } from '../domain/directive.js';
import type { JobStatus, RunStatus } from '../domain/run.js';
import { redactDeep, redactText } from '../redact/scrub.js';
import type { RunJobRow, RunRow } from '../store/runs.js';
import type { Store } from '../store/index.js';
import { EVERY_HOST } from '../domain/host.js';
import { cell, escapeControls, formatTime, inline } from './markdown.js';
import type { CrossHostMapData } from './service-map/cross-host.js';
import { JOBS } from './registry.js';
import type { Finding, JobOutcome, Severity } from './types.js';

export interface RunReportJson {
  run: RunView;
  /** A short verdict by the client's model, when the directive asked for one and the client could sample. */
  /** The model's verdict, or why there is none (the directive asked for one). */
  model_summary?: { model: string; text: string } | { unavailable: string };
  directive: DirectiveSnapshot;
  findings: (Finding & { job: string; container: string | null; host: string })[];
  jobs: JobRowView[];
}

export interface RunView {
  run_id: string;
  directive_id: string;
  directive_name: string;
  directive_version: number;
  status: RunStatus;
  transport: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  error: string | null;
  summary: string | null;
  /** The hosts the run read. */
  hosts: string[];
}

export interface JobRowView {
  job: string;
  /** The host the row read; "*" for a row about every host (the service map's edges between hosts). */
  host: string;
  container_id: string | null;
  container_name: string | null;
  status: JobStatus;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  error: string | null;
  result: JobOutcome | null;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const span = (a: number | null, b: number | null): number | null => (a !== null && b !== null ? b - a : null);

export function runView(r: RunRow): RunView {
  return {
    run_id: r.id,
    directive_id: r.directive_id,
    directive_name: r.directive_name,
    directive_version: r.directive_version,
    status: r.status,
    transport: r.transport,
    created_at: new Date(r.created_at).toISOString(),
    started_at: iso(r.started_at),
    finished_at: iso(r.finished_at),
    duration_ms: span(r.started_at, r.finished_at),
    error: r.error,
    summary: r.summary,
    hosts: [...r.hosts],
  };
}

export function jobRowView(j: RunJobRow): JobRowView {
  return {
    job: j.job,
    host: j.host,
    container_id: j.container_id,
    container_name: j.container_name,
    status: j.status,
    started_at: iso(j.started_at),
    finished_at: iso(j.finished_at),
    duration_ms: span(j.started_at, j.finished_at),
    error: j.error,
    result: j.result ? (JSON.parse(j.result) as JobOutcome) : null,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Said in place of a summary that waits for the launching client to read the report (see summary.ts). */
const AWAITING_SUMMARY = 'not written yet: the client that launched this run speaks MCP 2026-07-28, so its model is asked when that client reads this report';

/** The whole report of a run, as data. Built from the database, so it is there while a run is live. */
export function buildReportJson(store: Store, runId: string): RunReportJson | undefined {
  const run = store.runs.get(runId);
  const directive = store.runs.snapshot(runId);
  if (!run || !directive) return undefined;
  const jobs = store.runs.jobs(runId).map(jobRowView);
  const focus = directive.spec.focus_keywords.map((k) => k.toLowerCase());
  const mentionsFocus = (f: Finding): number => (focus.some((k) => f.message.toLowerCase().includes(k)) ? 0 : 1);
  const findings = jobs
    .flatMap((j) => (j.result?.findings ?? []).map((f) => ({ ...f, job: j.job, container: j.container_name, host: j.host })))
    .sort((a, b) => mentionsFocus(a) - mentionsFocus(b) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const stored = store.runs.modelSummary(runId);
  const summary = stored && 'awaiting' in stored ? { unavailable: AWAITING_SUMMARY } : stored;
  return redactDeep({ run: runView(run), ...(summary ? { model_summary: summary } : {}), directive, findings, jobs });
}

/** The report a person reads. */
export function renderMarkdown(report: RunReportJson): string {
  const { run, directive } = report;
  const lines: string[] = [];
  lines.push(`# ${inline(directive.spec.title)}: run ${run.run_id}`);
  lines.push('');
  lines.push(`- Directive: ${directive.name} (${directive.id} v${directive.version})`);
  lines.push(`- Status: **${run.status}**${run.summary ? `: ${inline(run.summary)}` : ''}`);
  lines.push(`- Started: ${formatTime(run.started_at)}; finished: ${formatTime(run.finished_at)}${run.duration_ms !== null ? ` (${(run.duration_ms / 1000).toFixed(1)} s)` : ''}`);
  if (run.error) lines.push(`- Error: ${inline(run.error)}`);
  lines.push('');
  if (report.model_summary && 'unavailable' in report.model_summary) {
    lines.push(`_No model summary: ${inline(report.model_summary.unavailable)}._`, '');
  } else if (report.model_summary) {
    lines.push(`## Summary (by ${inline(report.model_summary.model)})`, '', escapeControls(report.model_summary.text), '');
  }
  const manyHosts = run.hosts.length > 1;
  lines.push('## Findings');
  lines.push('');
  if (report.findings.length === 0) lines.push('Nothing wrong was found.');
  for (const f of report.findings) {
    const where = manyHosts ? (f.host === EVERY_HOST ? 'between hosts' : `${f.container === null ? '' : `${f.container} on `}host ${f.host}`) : (f.container ?? 'host');
    lines.push(`- **${f.severity}** ${inline(where)} (${f.job}): ${inline(f.message)}`);
  }
  lines.push('');
  // One host: job by job, as always. Several: host by host, then the edges between them.
  const groups = manyHosts ? run.hosts.map((h) => ({ heading: `## Host ${inline(h)}`, rows: report.jobs.filter((j) => j.host === h) })) : [{ heading: undefined, rows: report.jobs }];
  for (const group of groups) {
    if (group.heading) lines.push(group.heading, '');
    const level = group.heading ? '###' : '##';
    for (const jobName of directive.spec.jobs) {
      const rows = group.rows.filter((j) => j.job === jobName);
      if (group.heading && rows.length === 0) continue;
      const def = JOBS[jobName];
      lines.push(`${level} ${def.title}`);
      lines.push('');
      for (const row of rows) {
        // A host-wide job has one row: its section needs no sub-heading of its own.
        const heading = row.container_name === null ? undefined : `${level}# ${inline(row.container_name)}`;
        if (row.status !== 'succeeded' || !row.result) {
          lines.push(heading ? `${heading}: ${row.status}` : `Status: ${row.status}`);
          if (row.error) lines.push('', inline(row.error));
          lines.push('');
          continue;
        }
        if (heading) lines.push(heading, '');
        lines.push(def.renderMarkdown ? def.renderMarkdown(row.result) : defaultSection(row.result));
        lines.push('');
      }
    }
  }
  for (const row of report.jobs.filter((j) => j.host === EVERY_HOST)) {
    lines.push('## Between hosts', '');
    if (row.status !== 'succeeded' || !row.result) lines.push(`Status: ${row.status}`, ...(row.error ? ['', inline(row.error)] : []), '');
    else lines.push(renderCrossHost(row.result), '');
  }
  // Job sections quote their own container text; controls are escaped once more over the whole.
  return escapeControls(redactText(lines.join('\n')));
}

function renderCrossHost(o: JobOutcome): string {
  const data = o.data as CrossHostMapData;
  const out = [inline(o.summary), ''];
  for (const f of o.findings) out.push(`- ${f.severity}: ${inline(f.message)}`);
  if (data.edges.length > 0) {
    out.push('', '| From | To | Port | Evidence |', '|---|---|---|---|');
    for (const e of data.edges) {
      out.push(`| ${cell(`${e.from.container} on ${e.from.host}`)} | ${cell(`${e.to.container ?? '(no published port)'} on ${e.to.host}`)} | ${e.port ?? ''} | ${cell(e.evidence.join('; '))} |`);
    }
  }
  return out.join('\n');
}

function defaultSection(o: JobOutcome): string {
  const out = [inline(o.summary)];
  for (const f of o.findings) out.push(`- ${f.severity}: ${inline(f.message)}`);
  return out.join('\n');
}

/**
 * Splits text into pages of at most `pageBytes` UTF-8 bytes, on line boundaries where it can, so
 * a big report arrives in pieces the client can ask for one by one.
 */
export function pageOf(text: string, pageBytes: number, page: number): { text: string; page: number; pages: number } {
  const pages: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const line of text.split('\n')) {
    for (const piece of splitLongLine(line + '\n', pageBytes)) {
      const b = Buffer.byteLength(piece);
      if (currentBytes + b > pageBytes && current.length > 0) {
        pages.push(current);
        current = '';
        currentBytes = 0;
      }
      current += piece;
      currentBytes += b;
    }
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  const index = Math.min(Math.max(page, 0), pages.length - 1);
  return { text: pages[index]!, page: index, pages: pages.length };
}

function splitLongLine(line: string, max: number): string[] {
  if (Buffer.byteLength(line) <= max) return [line];
  const parts: string[] = [];
  let part = '';
  for (const ch of line) {
    if (Buffer.byteLength(part + ch) > max) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part) parts.push(part);
  return parts;
}
