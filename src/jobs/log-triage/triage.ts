import { createHash } from 'node:crypto';
import type { LogLine } from '../../docker/log-lines.js';
import { LineRedactor } from '../../redact/line-redactor.js';
import { redactor } from '../../redact/scrub.js';
import { EventFolder, type LogEvent } from './fold.js';
import { looksLikeInjection } from './injection.js';
import { withoutLeadingTimestamp } from './mask.js';
import { live, TemplateMiner, type Cluster, type MinerOptions } from './miner.js';
import { rank, severityOf, type LogSeverity } from './severity.js';
import { parseLine } from './structured.js';

export interface TemplateStats {
  fingerprint: string;
  template: string;
  tokens: string[];
  count: number;
  severity: LogSeverity;
  first_seen: string | null;
  last_seen: string | null;
  /** One redacted example, the first seen, capped. */
  sample: string;
  stderr: number;
  traces: number;
  injection: number;
}

export interface TriageResult {
  lines: number;
  events: number;
  by_severity: Record<LogSeverity, number>;
  templates: TemplateStats[];
  injection_lines: number;
}

/** A sample's size: room for the first line, the exception lines and the root cause. */
export const SAMPLE_MAX = 1_000;
/** One line of a sample, at most. */
const SAMPLE_LINE_MAX = 300;
/**
 * The part of a message the miner reads. Templates are decided by the first few hundred
 * characters; a 16 KiB line of base64 or binary garbage (one giant token) otherwise costs the
 * miner tens of milliseconds per line, which is how binary logs were read at 0.5 MB/s.
 */
const MINE_MAX = 512;
/** Characters of a plain-text line that are read at all (see `add`). */
const LINE_MAX = 4_096;

interface Acc {
  cluster: { tokens: readonly string[] };
  count: number;
  severity: LogSeverity;
  first?: string;
  last?: string;
  sample: string;
  stderr: number;
  traces: number;
  injection: number;
}

/**
 * The whole pipeline for one container's log, line by line: redact (before anything else sees
 * the text), fold multi-line events, read JSON/logfmt, infer severity, mine templates, count.
 * Memory is bounded by the number of templates, not the number of lines.
 */
export class Triage {
  private readonly redactors = { stdout: new LineRedactor(redactor()), stderr: new LineRedactor(redactor()) };
  private readonly folder = new EventFolder();
  private readonly miner: TemplateMiner;
  private readonly acc = new Map<object, Acc>();
  /** Every binary or opaque line counts here, not in the miner (see `isOpaque`). */
  private readonly opaque = { tokens: [OPAQUE_TEMPLATE] };

  /** `miner` options are for tests (a small template cap); runs use the one default configuration. */
  constructor(miner?: Partial<MinerOptions>) {
    this.miner = new TemplateMiner(miner);
  }
  private lines = 0;
  private events = 0;
  private injections = 0;
  private readonly bySeverity: Record<LogSeverity, number> = { fatal: 0, error: 0, warning: 0, info: 0, debug: 0 };

  add(line: LogLine): void {
    this.lines++;
    // Nothing downstream reads past the first few hundred characters of a line (templates,
    // samples, levels), so a long line is cut before the redactor's per-character work; a JSON
    // line is kept whole (up to the reader's cap) so that it still parses. What is cut is never stored.
    const raw = line.text.length > LINE_MAX && line.text.charCodeAt(0) !== 123 ? line.text.slice(0, LINE_MAX) : line.text;
    const text = this.redactors[line.stream].line(raw);
    const done = this.folder.push(line.stream, text, line.timestamp);
    if (done) this.take(done);
  }

  finish(): TriageResult {
    for (const e of this.folder.flush()) this.take(e);
    const templates = this.merged()
      .map((a): TemplateStats => {
        const template = a.cluster.tokens.join(' ');
        return {
          fingerprint: createHash('sha1').update(template).digest('hex').slice(0, 16),
          template,
          // Whitespace tokens, as a stored template is read back (compare.ts): a bracketed value of
          // several words is one mining token but several here, so both runs count alike.
          tokens: template.split(' '),
          count: a.count,
          severity: a.severity,
          first_seen: a.first ?? null,
          last_seen: a.last ?? null,
          sample: a.sample,
          stderr: a.stderr,
          traces: a.traces,
          injection: a.injection,
        };
      })
      .sort((x, y) => rank(x.severity) - rank(y.severity) || y.count - x.count);
    return { lines: this.lines, events: this.events, by_severity: { ...this.bySeverity }, templates, injection_lines: this.injections };
  }

  /**
   * The accumulators by the cluster each one ended in: the miner may merge a cluster it handed out
   * earlier into another (a template that turned out to cover it), and one template must be one
   * row. Counts add up; the most severe line's sample and severity win; first and last span both.
   */
  private merged(): Acc[] {
    const byCluster = new Map<object, Acc>();
    for (const a of this.acc.values()) {
      const cluster = a.cluster === this.opaque ? a.cluster : live(a.cluster as Cluster);
      const into = byCluster.get(cluster);
      if (!into) {
        byCluster.set(cluster, { ...a, cluster, sample: bucketSample(cluster) ?? a.sample });
        continue;
      }
      into.count += a.count;
      into.stderr += a.stderr;
      into.traces += a.traces;
      into.injection += a.injection;
      if (rank(a.severity) < rank(into.severity)) {
        into.severity = a.severity;
        into.sample = bucketSample(cluster) ?? a.sample;
      }
      if (a.first && (!into.first || a.first < into.first)) into.first = a.first;
      if (a.last && (!into.last || a.last > into.last)) into.last = a.last;
    }
    return [...byCluster.values()];
  }

  private take(event: LogEvent): void {
    this.events++;
    const parsed = parseLine(event.first);
    const severity = severityOf(event, parsed);
    this.bySeverity[severity]++;
    const message = parsed.error && parsed.format !== 'text' ? `${parsed.message} ${parsed.error}` : withoutLeadingTimestamp(parsed.message);
    const opaque = parsed.format === 'text' && isOpaque(message);
    // The severity goes to the miner: past its template cap, errors and warnings keep room and
    // their own overflow bucket, so noise cannot crowd out (or swallow) a real error.
    const cluster: Cluster | { tokens: readonly string[] } = opaque ? this.opaque : this.miner.add(message.length > MINE_MAX ? message.slice(0, MINE_MAX) : message, rank(severity));
    let a = this.acc.get(cluster);
    if (!a) {
      a = { cluster, count: 0, severity, sample: sampleOf(event), stderr: 0, traces: 0, injection: 0 };
      this.acc.set(cluster, a);
    }
    a.count++;
    if (rank(severity) < rank(a.severity)) {
      // A template shows its worst line.
      a.severity = severity;
      a.sample = sampleOf(event);
    }
    if (event.timestamp) {
      a.first ??= event.timestamp;
      a.last = event.timestamp;
    }
    if (event.stream === 'stderr') a.stderr++;
    if (event.trace) a.traces++;
    if (!opaque && looksLikeInjection(event.first)) {
      a.injection++;
      this.injections++;
    }
  }
}

/** The one template for binary and opaque lines. */
export const OPAQUE_TEMPLATE = '<binary or opaque data>';
const NON_TEXT = /[\uFFFD\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;
const SPACE = /\s/;

/**
 * Binary (bytes that are not UTF-8 text, control characters) or opaque (a long run without a
 * single space: base64, hex dumps, garbage). Such lines are not messages: each would found its own
 * template, and the miner compares every new line with the templates that share its shape, so
 * thousands of them cost it seconds. They are counted as one template instead.
 */
function isOpaque(message: string): boolean {
  if (message.length >= 256 && !SPACE.test(message.slice(0, 256))) return true;
  NON_TEXT.lastIndex = 0;
  if (!NON_TEXT.test(message)) return false;
  const bad = message.match(NON_TEXT)?.length ?? 0;
  return bad >= 8 || bad * 10 >= message.length;
}

const clip = (line: string, max: number): string => (line.length > max ? `${line.slice(0, max - 1)}…` : line);

/**
 * One event as a sample within SAMPLE_MAX: its first line, the first frames, and its exception
 * lines (the header and every `Caused by`). When they do not all fit, the last exception line (the
 * root cause, in Java) is kept above all, then the first ones; frames give way first.
 */
export function sampleOf(event: LogEvent): string {
  const first = clip(event.first, SAMPLE_LINE_MAX);
  if (event.more.length === 0) return first;
  const causes = event.causes.map((c) => clip(c, SAMPLE_LINE_MAX));
  let room = SAMPLE_MAX - first.length;
  // Which exception lines fit: the last one first, then from the top.
  const keep = new Array<boolean>(causes.length).fill(false);
  const order = causes.length > 0 ? [causes.length - 1, ...causes.keys()] : [];
  for (const i of order) {
    if (keep[i] || causes[i]!.length + 3 > room) continue;
    keep[i] = true;
    room -= causes[i]!.length + 3;
  }
  // The lines after the first, in their order: exception lines where kept, frames while room lasts
  // (at most three before the first exception line, two after each).
  const causeSet = new Set(event.causes);
  const out = [first];
  let framesInRun = 0;
  let skipped = false;
  let ci = 0;
  for (const line of event.more) {
    if (causeSet.has(line) && ci < causes.length && line === event.causes[ci]) {
      if (keep[ci]) {
        if (skipped) out.push('…');
        out.push(causes[ci]!);
        skipped = false;
      } else skipped = true;
      ci++;
      framesInRun = 0;
      continue;
    }
    const frame = clip(line, 160);
    const limit = ci === 0 ? 3 : 2;
    if (line.trim().length > 0 && framesInRun < limit && frame.length + 3 <= room) {
      if (skipped) out.push('…');
      out.push(frame);
      room -= frame.length + 1;
      framesInRun++;
      skipped = false;
    } else if (line.trim().length > 0) skipped = true;
  }
  // Exception lines beyond the kept frames (the fold's frame cap dropped the lines around them).
  for (; ci < causes.length; ci++) {
    if (!keep[ci]) {
      skipped = true;
      continue;
    }
    out.push('…', causes[ci]!);
    skipped = false;
  }
  if (skipped || event.extraLines > 0) out.push('…');
  return out.join('\n').slice(0, SAMPLE_MAX);
}

/** An overflow bucket's own sample (its most severe line): its template says nothing of the lines. */
function bucketSample(cluster: object): string | undefined {
  const c = cluster as Partial<Cluster>;
  return typeof c.id === 'number' && c.id < 0 ? c.sample : undefined;
}
