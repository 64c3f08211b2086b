import { createHash } from 'node:crypto';
import type { LogLine } from '../../docker/log-lines.js';
import { LineRedactor } from '../../redact/line-redactor.js';
import { redactor } from '../../redact/scrub.js';
import { EventFolder, type LogEvent } from './fold.js';
import { looksLikeInjection } from './injection.js';
import { withoutLeadingTimestamp } from './mask.js';
import { TemplateMiner, type Cluster } from './miner.js';
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

const SAMPLE_MAX = 400;

interface Acc {
  cluster: Cluster;
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
  private readonly miner = new TemplateMiner();
  private readonly acc = new Map<Cluster, Acc>();
  private lines = 0;
  private events = 0;
  private injections = 0;
  private readonly bySeverity: Record<LogSeverity, number> = { fatal: 0, error: 0, warning: 0, info: 0, debug: 0 };

  add(line: LogLine): void {
    this.lines++;
    const text = this.redactors[line.stream].line(line.text);
    const done = this.folder.push(line.stream, text, line.timestamp);
    if (done) this.take(done);
  }

  finish(): TriageResult {
    for (const e of this.folder.flush()) this.take(e);
    const templates = [...this.acc.values()]
      .map((a): TemplateStats => {
        const template = a.cluster.tokens.join(' ');
        return {
          fingerprint: createHash('sha1').update(template).digest('hex').slice(0, 16),
          template,
          tokens: [...a.cluster.tokens],
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

  private take(event: LogEvent): void {
    this.events++;
    const parsed = parseLine(event.first);
    const severity = severityOf(event, parsed);
    this.bySeverity[severity]++;
    const message = parsed.error && parsed.format !== 'text' ? `${parsed.message} ${parsed.error}` : withoutLeadingTimestamp(parsed.message);
    const cluster = this.miner.add(message);
    let a = this.acc.get(cluster);
    if (!a) {
      const more = event.more.length ? `\n${event.more.slice(0, 5).join('\n')}${event.more.length > 5 || event.extraLines ? '\n…' : ''}` : '';
      a = { cluster, count: 0, severity, sample: (event.first + more).slice(0, SAMPLE_MAX), stderr: 0, traces: 0, injection: 0 };
      this.acc.set(cluster, a);
    }
    a.count++;
    if (rank(severity) < rank(a.severity)) a.severity = severity;
    if (event.timestamp) {
      a.first ??= event.timestamp;
      a.last = event.timestamp;
    }
    if (event.stream === 'stderr') a.stderr++;
    if (event.trace) a.traces++;
    if (looksLikeInjection(event.first)) {
      a.injection++;
      this.injections++;
    }
  }
}
