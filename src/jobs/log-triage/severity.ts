import type { LogEvent } from './fold.js';
import type { ParsedLine } from './structured.js';

export const SEVERITIES = ['fatal', 'error', 'warning', 'info', 'debug'] as const;
export type LogSeverity = (typeof SEVERITIES)[number];
export const rank = (s: LogSeverity): number => SEVERITIES.indexOf(s);

// Level names as loggers spell them (compared in lower case), then syslog and pino/bunyan numbers.
const NAMED = new Map<string, LogSeverity>([
  ...['fatal', 'panic', 'emerg', 'emergency', 'alert', 'crit', 'critical', 'f'].map((n) => [n, 'fatal'] as const),
  ...['err', 'error', 'e', 'severe'].map((n) => [n, 'error'] as const),
  ...['warn', 'warning', 'w'].map((n) => [n, 'warning'] as const),
  ...['info', 'notice', 'i', 'information'].map((n) => [n, 'info'] as const),
  ...['debug', 'trace', 'verbose', 'd', 't', 'fine', 'finer', 'finest'].map((n) => [n, 'debug'] as const),
]);

function fromName(level: string): LogSeverity | undefined {
  const l = level.trim();
  const named = NAMED.get(l.toLowerCase());
  if (named) return named;
  const n = Number(l);
  if (l !== '' && Number.isInteger(n)) {
    if (n >= 60 || n <= 2) return 'fatal';
    if (n >= 50 || n === 3) return 'error';
    if (n >= 40 || n === 4) return 'warning';
    if (n >= 30 || n === 5 || n === 6) return 'info';
    return 'debug';
  }
  return undefined;
}

// Level words as loggers print them: "ERROR", "[warn]", "level=error", "<E>", klog's "E1121 10:00".
const TEXT_LEVEL = /(?:^|[\s[(<|:])(?<level>FATAL|PANIC|CRITICAL|CRIT|EMERG|ALERT|ERROR|ERR|SEVERE|WARNING|WARN|NOTICE|INFO|DEBUG|TRACE)(?:$|[\s\]):>|,])/i;
const KLOG = /^(?<level>[IWEF])\d{4} \d\d:\d\d:\d\d/;

/** The event's severity from its level, its words, its stream and whether it carries a stack trace. */
export function severityOf(event: LogEvent, parsed: ParsedLine): LogSeverity {
  let s: LogSeverity | undefined = parsed.level ? fromName(parsed.level) : undefined;
  if (!s) {
    const klog = KLOG.exec(event.first);
    if (klog) s = fromName(klog.groups!.level!);
  }
  if (!s) {
    const m = TEXT_LEVEL.exec(event.first.slice(0, 200));
    if (m) s = fromName(m.groups!.level!);
  }
  if (!s && /\b(?:exception|traceback|panic|segmentation fault|out of memory|oom-?kill|fatal|failed|failure|refused|denied|timed? ?out)\b/i.test(event.first)) s = 'error';
  if (event.trace && (!s || rank(s) > rank('error'))) s = 'error';
  if (parsed.error && (!s || rank(s) > rank('error'))) s = 'error';
  // Without any other clue, stderr is where programs complain.
  return s ?? (event.stream === 'stderr' ? 'warning' : 'info');
}
