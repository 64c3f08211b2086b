/**
 * JSON and logfmt lines: the level, the message and the error, wherever the logger put them.
 * Plain text comes back as its own message.
 */
export interface ParsedLine {
  message: string;
  level?: string;
  error?: string;
  format: 'json' | 'logfmt' | 'text';
}

const LEVEL_KEYS = ['level', 'lvl', 'severity', 'loglevel', 'log.level', 'levelname', '@l'];
const MESSAGE_KEYS = ['msg', 'message', 'event', '@m', '@mt', 'log'];
const ERROR_KEYS = ['error', 'err', 'exception', 'exc_info', 'stack', 'stacktrace', 'error.message'];

const pick = (o: Record<string, unknown>, keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = k.includes('.') ? k.split('.').reduce<unknown>((a, p) => (a && typeof a === 'object' ? (a as Record<string, unknown>)[p] : undefined), o) : o[k];
    if (typeof v === 'string' && v.length > 0) return v;
    if (typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && k.startsWith('err')) return JSON.stringify(v).slice(0, 500);
  }
  return undefined;
};

const LOGFMT_LEVEL = /(?:^|\s)(?:level|lvl|severity)=("(?:[^"\\]|\\.)*"|\S+)/;
const LOGFMT_MSG = /(?:^|\s)(?:msg|message)=("(?:[^"\\]|\\.)*"|\S+)/;
const LOGFMT_ERROR = /(?:^|\s)(?:error|err|exception)=("(?:[^"\\]|\\.)*"|\S+)/;

function logfmtField(line: string, re: RegExp): string | undefined {
  const m = re.exec(line);
  if (!m) return undefined;
  const v = m[1]!;
  return v.startsWith('"') ? v.slice(1, -1).replace(/\\"/g, '"') : v;
}

export function parseLine(line: string): ParsedLine {
  const c = line.charCodeAt(0);
  // Plain text is the common case: only lines that open like JSON or a key=value pair are parsed.
  if (c !== 123 && c !== 32 && c !== 9 && !line.includes('=')) return { message: line, format: 'text' };
  const trimmed = line.trimStart();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    try {
      const o = JSON.parse(trimmed) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o)) {
        const obj = o as Record<string, unknown>;
        const level = pick(obj, LEVEL_KEYS);
        const message = pick(obj, MESSAGE_KEYS) ?? trimmed;
        const error = pick(obj, ERROR_KEYS);
        return { message, ...(level ? { level } : {}), ...(error ? { error } : {}), format: 'json' };
      }
    } catch {
      // not JSON after all: plain text
    }
  }
  if (/^\w[\w.@-]*=/.test(trimmed) && /\b(?:level|lvl|msg)=/.test(trimmed)) {
    // Only the three fields that matter are looked up, not every pair.
    const level = logfmtField(trimmed, LOGFMT_LEVEL);
    const error = logfmtField(trimmed, LOGFMT_ERROR);
    const parsed: ParsedLine = { message: logfmtField(trimmed, LOGFMT_MSG) ?? trimmed, format: 'logfmt' };
    if (level) parsed.level = level;
    if (error) parsed.error = error;
    return parsed;
  }
  return { message: line, format: 'text' };
}
