/**
 * Turns a log message into tokens with its variables masked as `<*>`: numbers, hex, ids, IPs,
 * ports, paths, hosts, UUIDs, durations, timestamps. One configuration for every log: nothing here
 * knows which system wrote the line.
 */
export const WILDCARD = '<*>';

// Applied in order inside each whitespace token; each rewrites variable parts to <*>.
const SUBTOKEN_RULES: [RegExp, string][] = [
  // What the redactor replaced was a variable (a secret, an address) by definition.
  [/\[REDACTED:[a-z0-9_]+\]/g, WILDCARD],
  // URLs and paths (a token that is a path is a variable whatever it holds)
  [/^[a-z][a-z0-9+.-]*:\/\/\S+$/i, WILDCARD],
  [/^\/?(?:[\w.~@+-]+\/)+[\w.~@+-]*\/?$/, WILDCARD],
  [/(?<![\w.])\/(?:[\w.~@+-]+\/)+[\w.~@+-]*(?:\?[^\s"']*)?/g, WILDCARD],
  [/^(?:[A-Za-z]:)?\\(?:[^\\\s]+\\)*[^\\\s]*$/, WILDCARD],
  // UUIDs, MAC addresses, long hex and 0x hex
  [/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, WILDCARD],
  [/\b(?:[0-9a-f]{2}:){5}[0-9a-f]{2}\b/gi, WILDCARD],
  [/\b0x[0-9a-f]+\b/gi, WILDCARD],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, WILDCARD],
  // IPv4 with an optional leading slash and port; host:port where the host is dotted
  [/\/?\b\d{1,3}(?:\.\d{1,3}){3}\b/g, WILDCARD],
  [/\b(?:[a-z0-9-]+\.){2,}[a-z]{2,}(?=:\d|$|[,;)\]])/gi, WILDCARD],
  [/^[A-Za-z0-9._-]+(?=:\d{1,5}[,;.)]?$)/, WILDCARD],
  [/(?<=\()(?:[a-z0-9-]+\.)+[a-z0-9-]+(?=\))/gi, WILDCARD],
  // Clock times and dates
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, WILDCARD],
  [/\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g, WILDCARD],
  // Identifiers that are a word and a number joined by "_" or "-" are one variable (blk_123, attempt_1_2)
  [/^[A-Za-z]+(?:[_-]+[A-Za-z]*\d[\w-]*)+$/, WILDCARD],
  // Numbers, with sign, decimals, exponent and a unit glued on
  [/(?<![A-Za-z])[-+]?\d+(?:[.,]\d+)*(?:[eE][-+]?\d+)?(?:[a-zA-Z%]{1,3})?(?![A-Za-z])/g, WILDCARD],
];

/** Whitespace tokens with variables masked; adjacent wildcards inside a token are merged. */
export function maskTokens(message: string): string[] {
  const raw = message.split(/\s+/).filter(Boolean);
  const out: string[] = new Array(raw.length);
  let n = 0;
  for (const token of raw) {
    const masked = DATE_WORD.test(token) ? WILDCARD : maskToken(token);
    // An HTTP request line's version belongs to the path before it: "GET <*> HTTP/1.1" is "GET <*>".
    const version = /^HTTP\/<\*>(.*)$/.exec(masked);
    if (version && n > 0 && out[n - 1]!.endsWith(WILDCARD)) out[n - 1] += version[1];
    else out[n++] = masked;
  }
  out.length = n;
  return out;
}

/** Weekday and month names are parts of a date, not words of the message. */
const DATE_WORD = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[,.]?$/;

export function maskToken(token: string): string {
  if (!/[\d/\\[]/.test(token)) return token; // nothing variable-looking: the common case, kept fast
  let t = token;
  for (const [re, to] of SUBTOKEN_RULES) {
    re.lastIndex = 0;
    if (re.test(t)) {
      re.lastIndex = 0;
      t = t.replace(re, to);
      if (t === WILDCARD) return t;
    }
  }
  return t.replace(/(?:<\*>)+/g, WILDCARD).replace(/<\*>(?:[,;]<\*>)+/g, WILDCARD);
}
