import type { StoredTemplate } from '../../store/log-templates.js';
import { WILDCARD } from './mask.js';
import { sameEvent } from './miner.js';
import { wordsAroundSuffice } from './span.js';
import { rank, type LogSeverity } from './severity.js';
import type { TemplateStats } from './triage.js';

export interface Change {
  template: string;
  severity: string;
  count: number;
  previous_count?: number;
  /** Events per hour now and before (spikes). */
  rate?: number;
  previous_rate?: number;
  /** The two windows the rates were measured over, in seconds. */
  window_seconds?: number;
  previous_window_seconds?: number;
  /** Events the previous rate predicts for this window (resolved, unseen). */
  expected?: number;
}

export interface Comparison {
  /** Run whose triage this is compared with; null on the first run. */
  since_run: string | null;
  new: Change[];
  spikes: Change[];
  /** Seen last time, and the previous rate predicted at least RESOLVED_MIN_EXPECTED events here: none came. */
  resolved: Change[];
  /** Seen last time, absent now, but the window is too short (or the container stopped) to call it resolved. */
  unseen: Change[];
  /** Why `unseen` could not be called resolved. */
  unseen_reason: string | null;
}

/** A spike: the rate at least tripled, on at least this many events, over windows at least this long. */
export const SPIKE_FACTOR = 3;
export const SPIKE_MIN_COUNT = 10;
export const SPIKE_MIN_WINDOW_SECONDS = 300;
/** How far above what the previous rate predicts a count must be, in standard deviations. */
const SPIKE_Z = 3;
/** "Resolved" needs the previous rate to predict at least this many events in the new window. */
export const RESOLVED_MIN_EXPECTED = 5;
const tokensOf = (template: string) => template.split(' ');

export interface CompareOptions {
  /** The container is running now: a template it stopped printing can be resolved. */
  running: boolean;
}

/**
 * Against the previous successful triage of the same container. Counts from windows of different
 * lengths are compared as rates, and only where they can mean something:
 * - new: never seen before;
 * - spike: the rate at least tripled, with at least 10 events, both windows at least 5 minutes,
 *   and the count well above (3 standard deviations) what the previous rate predicts;
 * - resolved: the previous rate predicts at least 5 events in this window and none came (and the
 *   container is running: a stopped container prints nothing, which resolves nothing);
 * - unseen: anything else seen before and absent now: too short a window to tell.
 * Templates are matched by shape (equal wherever neither has a wildcard), so a template that
 * gained a wildcard since still counts as the same event, and so is a template whose wildcard
 * stands for a stretch of several tokens in the other run (matchAcrossLengths).
 */
export function compareTemplates(now: TemplateStats[], windowSeconds: number, before: StoredTemplate[] | undefined, sinceRun: string | null, opts: CompareOptions = { running: true }): Comparison {
  const result: Comparison = { since_run: before ? sinceRun : null, new: [], spikes: [], resolved: [], unseen: [], unseen_reason: null };
  if (!before) return result;
  const window = Math.max(windowSeconds, 1);
  const matched = new Set<StoredTemplate>();
  // Only templates with as many tokens can match: indexed by that, thousands against thousands
  // stay a few milliseconds of work instead of a long hold on the event loop.
  const byLength = new Map<number, { b: StoredTemplate; tokens: string[] }[]>();
  for (const b of before) {
    const tokens = tokensOf(b.template);
    const list = byLength.get(tokens.length);
    if (list) list.push({ b, tokens });
    else byLength.set(tokens.length, [{ b, tokens }]);
  }
  for (const t of now) {
    if (isBucket(t.template)) continue;
    const prev = byLength.get(t.tokens.length)?.find((x) => sameEvent(x.tokens, t.tokens))?.b;
    if (!prev) {
      result.new.push({ template: t.template, severity: t.severity, count: t.count });
      continue;
    }
    matched.add(prev);
    const spike = spikeOf(t.count, window, prev.count, Math.max(prev.window_seconds, 1));
    if (spike) result.spikes.push({ template: t.template, severity: t.severity, count: t.count, previous_count: prev.count, ...spike, window_seconds: window, previous_window_seconds: prev.window_seconds });
  }
  matchAcrossLengths(result, before, matched);
  let tooShort = false;
  for (const b of before) {
    if (matched.has(b) || isBucket(b.template) || rank(b.severity as LogSeverity) > rank('warning')) continue;
    const expected = (b.count / Math.max(b.window_seconds, 1)) * window;
    const change: Change = { template: b.template, severity: b.severity, count: 0, previous_count: b.count, expected: Math.round(expected * 10) / 10, window_seconds: window, previous_window_seconds: b.window_seconds };
    if (expected >= RESOLVED_MIN_EXPECTED && opts.running) result.resolved.push(change);
    else {
      if (expected < RESOLVED_MIN_EXPECTED) tooShort = true;
      result.unseen.push(change);
    }
  }
  if (result.unseen.length > 0) {
    result.unseen_reason = !opts.running
      ? 'the container is not running: silence says nothing about whether a problem went away'
      : `the window (${formatSeconds(window)}) is too short to tell: the previous rates predict fewer than ${RESOLVED_MIN_EXPECTED} events in it`;
    if (!opts.running && tooShort) result.unseen_reason += `, and the window (${formatSeconds(window)}) is too short to tell anyway`;
  }
  return result;
}

/**
 * A family of lengths (span.ts) forms in a run that saw enough of its variants and not in one
 * that saw few: `The <*> service entered the running state.` in one run is `The Windows Update
 * service entered the running state.` in the other. Both are the same event, neither new nor
 * resolved. (Their counts cover different sets of lines, so no spike is read from them.) Only
 * what the same-length pass left unmatched is compared, a bounded number of pairs.
 */
function matchAcrossLengths(result: Comparison, before: StoredTemplate[], matched: Set<StoredTemplate>): void {
  if (result.new.length === 0) return;
  const open = before.filter((b) => !matched.has(b) && !isBucket(b.template)).map((b) => ({ b, tokens: tokensOf(b.template) }));
  if (open.length === 0 || open.length * result.new.length > ACROSS_LENGTHS_MAX_PAIRS) return;
  result.new = result.new.filter((t) => {
    const tokens = tokensOf(t.template);
    let found = false;
    for (const o of open) {
      if (!sameEventAcrossLengths(tokens, o.tokens) && !sameEventAcrossLengths(o.tokens, tokens)) continue;
      matched.add(o.b);
      found = true;
    }
    return !found;
  });
}
const ACROSS_LENGTHS_MAX_PAIRS = 250_000;

/** `wide`'s wildcard at some position stands for a stretch of `long`'s tokens; elsewhere they agree as sameEvent says. */
export function sameEventAcrossLengths(wide: readonly string[], long: readonly string[]): boolean {
  const extra = long.length - wide.length;
  if (extra <= 0) return false;
  for (let k = 0; k < wide.length; k++) {
    // Only where a family of lengths could have formed: words on both sides (an all-wildcard
    // template, "<*>", would otherwise stand for every line).
    if (wide[k] !== WILDCARD || !wordsAroundSuffice(wide, k)) continue;
    if (sameEvent(wide.slice(0, k), long.slice(0, k)) && sameEvent(wide.slice(k + 1), long.slice(k + 1 + extra))) return true;
  }
  return false;
}

/** Rates per hour when `count` in `seconds` is a real jump from `prevCount` in `prevSeconds`. */
function spikeOf(count: number, seconds: number, prevCount: number, prevSeconds: number): { rate: number; previous_rate: number } | undefined {
  if (count < SPIKE_MIN_COUNT || seconds < SPIKE_MIN_WINDOW_SECONDS || prevSeconds < SPIKE_MIN_WINDOW_SECONDS) return undefined;
  const rate = (count / seconds) * 3600;
  const previousRate = (prevCount / prevSeconds) * 3600;
  if (rate < SPIKE_FACTOR * previousRate) return undefined;
  // What the previous rate predicts here, and how uncertain that is: Poisson noise on both counts.
  const scale = seconds / prevSeconds;
  const expected = prevCount * scale;
  const sd = Math.sqrt(expected + scale * scale * prevCount);
  if (count - expected < SPIKE_Z * sd) return undefined;
  return { rate: Math.round(rate * 10) / 10, previous_rate: Math.round(previousRate * 10) / 10 };
}

/** "45s", "5m", "1h 30m", "2d 3h". */
export function formatSeconds(total: number): string {
  const s = Math.round(total);
  if (s < 60) return `${s}s`;
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)}m ${s % 60}s` : `${s / 60}m`;
  if (s < 86_400) {
    const m = Math.floor((s % 3600) / 60);
    return m ? `${Math.floor(s / 3600)}h ${m}m` : `${Math.floor(s / 3600)}h`;
  }
  const h = Math.floor((s % 86_400) / 3600);
  return h ? `${Math.floor(s / 86_400)}d ${h}h` : `${Math.floor(s / 86_400)}d`;
}

/**
 * The miner's overflow buckets ("<other lines: too many distinct templates>") stand for many
 * different lines: one appearing or going away says nothing about any event, so they are never
 * new, spiking or resolved.
 */
const isBucket = (template: string): boolean => template.startsWith('<other ');
