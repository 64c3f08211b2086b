import type { StoredTemplate } from '../../store/log-templates.js';
import { sameEvent } from './miner.js';
import { rank, type LogSeverity } from './severity.js';
import type { TemplateStats } from './triage.js';

export interface Change {
  template: string;
  severity: string;
  count: number;
  previous_count?: number;
  /** Events per hour now and before, for spikes. */
  rate?: number;
  previous_rate?: number;
}

export interface Comparison {
  /** Run whose triage this is compared with; null on the first run. */
  since_run: string | null;
  new: Change[];
  spikes: Change[];
  resolved: Change[];
}

const SPIKE_FACTOR = 3;
const SPIKE_MIN_COUNT = 10;
const tokensOf = (template: string) => template.split(' ');

/**
 * Against the previous successful triage of the same container: templates never seen before are
 * new, templates whose rate jumped are spikes, warning-or-worse templates that stopped are resolved.
 * Templates are matched by shape (equal wherever neither has a wildcard), so a template that
 * gained a wildcard since still counts as the same event.
 */
export function compareTemplates(now: TemplateStats[], windowSeconds: number, before: StoredTemplate[] | undefined, sinceRun: string | null): Comparison {
  if (!before) return { since_run: null, new: [], spikes: [], resolved: [] };
  const hours = (s: number) => Math.max(s, 60) / 3600;
  const matched = new Set<StoredTemplate>();
  const result: Comparison = { since_run: sinceRun, new: [], spikes: [], resolved: [] };
  for (const t of now) {
    const prev = before.find((b) => sameEvent(tokensOf(b.template), t.tokens));
    if (!prev) {
      result.new.push({ template: t.template, severity: t.severity, count: t.count });
      continue;
    }
    matched.add(prev);
    const rate = t.count / hours(windowSeconds);
    const previousRate = prev.count / hours(prev.window_seconds);
    if (t.count >= SPIKE_MIN_COUNT && rate >= SPIKE_FACTOR * previousRate) {
      result.spikes.push({ template: t.template, severity: t.severity, count: t.count, previous_count: prev.count, rate, previous_rate: previousRate });
    }
  }
  for (const b of before) {
    if (!matched.has(b) && rank(b.severity as LogSeverity) <= rank('warning')) result.resolved.push({ template: b.template, severity: b.severity, count: 0, previous_count: b.count });
  }
  return result;
}
