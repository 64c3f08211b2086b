/**
 * "Redaction sees what the reader sees." A secret inside JSON-escaped text (`{\"password\":\"x\"}`,
 * `postgres:\/\/u:p@h`, `\u0022`), a percent-encoded form (`password%3Dx`), an HTML-escaped one
 * (`value=&quot;x&quot;`), a quote doubled inside SQL or CSV (`password=''x''`) or text escaped twice does not match any rule as it is written. So the redactor decodes a copy of the line, finds the
 * secrets there, and maps each one back onto the raw text through an offset map: the output keeps
 * the raw encoding around the marker.
 *
 * `map[i]` is the raw offset where decoded character i starts; `map[text.length]` is the raw length.
 * A decoded span [s, e) therefore covers raw [map[s], map[e]), escape sequences included.
 */
export interface Decoded {
  readonly text: string;
  readonly map: Int32Array;
}

const PERCENT = /%[0-7][0-9A-Fa-f]/;

/** Cheap test: could decoding change this line at all? (The fast path for ordinary text.) */
export function mayNeedDecoding(s: string): boolean {
  return s.indexOf('\\') >= 0 || s.indexOf('^@') >= 0 || (s.indexOf('%') >= 0 && PERCENT.test(s)) || (s.indexOf('&') >= 0 && ENTITY.test(s)) || (doubledQuoteAfterEquals(s) && DOUBLED_OPENS_VALUE.test(s));
}

/** `=''` or `=""` somewhere: one search per `=`, which most lines have few of (the fast path's cheap test). */
function doubledQuoteAfterEquals(s: string): boolean {
  for (let i = s.indexOf('='); i >= 0; i = s.indexOf('=', i + 1)) {
    const c = s.charCodeAt(i + 1);
    if ((c === 39 || c === 34) && s.charCodeAt(i + 2) === c) return true;
  }
  return false;
}

/**
 * A value opened by a doubled quote after `=` (`password=''x''`, `Password=""x""`): SQL and CSV escape a quote
 * inside a quoted string by doubling it, so a connection string inside a SQL literal or a CSV
 * field reads `password='x'` once undoubled.
 */
const DOUBLED_OPENS_VALUE = /=(?:''|"")[A-Za-z0-9]/;

/** One round of quote undoubling (`''` is `'`, `""` is `"`), for lines where a doubled quote opens a value. */
function undoubleOnce(s: string): Decoded | undefined {
  const m = DOUBLED_OPENS_VALUE.exec(s);
  if (!m) return undefined;
  const q = m[0].includes("''") ? "'" : '"';
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; ) {
    chars.push(s[i]!);
    map.push(i);
    i += s[i] === q && s[i + 1] === q ? 2 : 1;
  }
  map.push(s.length);
  return { text: chars.join(''), map: Int32Array.from(map) };
}

/** HTML's escapes of the characters that delimit values: quotes, angle brackets, the ampersand. */
const ENTITY = /&(?:quot|apos|lt|gt|amp|#34|#39|#x22|#x27|#60|#62|#x3c|#x3e);/i;
const ENTITY_CHARS: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&', '#34': '"', '#39': "'", '#x22': '"', '#x27': "'", '#60': '<', '#62': '>', '#x3c': '<', '#x3e': '>' };

/** One round of HTML entity decoding (`&quot;` is `"`): a page or an HTML-escaped attribute in a log line. */
function unentityOnce(s: string): Decoded | undefined {
  if (!ENTITY.test(s)) return undefined;
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === '&') {
      const semi = s.indexOf(';', i);
      const name = semi > i && semi - i <= 6 ? s.slice(i + 1, semi).toLowerCase() : '';
      const c = ENTITY_CHARS[name];
      if (c !== undefined) {
        chars.push(c);
        map.push(i);
        i = semi + 1;
        continue;
      }
    }
    chars.push(s[i]!);
    map.push(i);
    i++;
  }
  map.push(s.length);
  return { text: chars.join(''), map: Int32Array.from(map) };
}

// (`\=` and `\:` as Java's .properties files and Xcode's printed build settings escape them: `export MATCH_PASSWORD\=x`)
const SIMPLE: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', "'": "'", b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '`': '`', '=': '=', ':': ':' };
const HEX = /^[0-9A-Fa-f]+$/;
const OCTAL = /^[0-3][0-7]{2}$/;

/**
 * A NUL separates a process's arguments (`/proc/PID/cmdline`, printed as `sshpass\x00-p\x00…`):
 * read as the space a shell would show there, so the command-line rules see the command.
 */
const unNul = (code: number): string => (code === 0 ? ' ' : String.fromCharCode(code));

/** `cat -v`'s `^@` for a NUL (a command line read from /proc with cat -v): a space, as above. */
function uncaretOnce(s: string): Decoded | undefined {
  if (s.indexOf('^@') < 0) return undefined;
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; ) {
    const nul = s[i] === '^' && s[i + 1] === '@';
    chars.push(nul ? ' ' : s[i]!);
    map.push(i);
    i += nul ? 2 : 1;
  }
  map.push(s.length);
  return { text: chars.join(''), map: Int32Array.from(map) };
}

/** One round of backslash escapes: JSON's, plus `\'` and `\xHH` (Python, JavaScript), `\=` and `\:` (Java properties), `\ooo` (octal). */
function unescapeOnce(s: string): Decoded | undefined {
  if (s.indexOf('\\') < 0) return undefined;
  const chars: string[] = [];
  const map: number[] = [];
  let changed = false;
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1]!;
      const simple = SIMPLE[n];
      if (simple !== undefined) {
        chars.push(simple);
        map.push(i);
        i += 2;
        changed = true;
        continue;
      }
      if (n === 'u' && HEX.test(s.slice(i + 2, i + 6)) && i + 6 <= s.length) {
        chars.push(unNul(parseInt(s.slice(i + 2, i + 6), 16)));
        map.push(i);
        i += 6;
        changed = true;
        continue;
      }
      if (n === 'x' && HEX.test(s.slice(i + 2, i + 4)) && i + 4 <= s.length) {
        chars.push(unNul(parseInt(s.slice(i + 2, i + 4), 16)));
        map.push(i);
        i += 4;
        changed = true;
        continue;
      }
      // Three octal digits (`\040`, a space as mysql's history file and /proc's mountinfo write it).
      if (n >= '0' && n <= '3' && OCTAL.test(s.slice(i + 1, i + 4))) {
        chars.push(unNul(parseInt(s.slice(i + 1, i + 4), 8)));
        map.push(i);
        i += 4;
        changed = true;
        continue;
      }
    }
    chars.push(c);
    map.push(i);
    i++;
  }
  if (!changed) return undefined;
  map.push(s.length);
  return { text: chars.join(''), map: Int32Array.from(map) };
}

/** One round of percent-decoding, ASCII only (`%3D` is `=`; bytes above 0x7f stay encoded). */
function unpercentOnce(s: string): Decoded | undefined {
  if (!PERCENT.test(s)) return undefined;
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === '%' && i + 2 < s.length + 0 && /^[0-7][0-9A-Fa-f]$/.test(s.slice(i + 1, i + 3))) {
      chars.push(String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16)));
      map.push(i);
      i += 3;
    } else {
      chars.push(s[i]!);
      map.push(i);
      i++;
    }
  }
  map.push(s.length);
  return { text: chars.join(''), map: Int32Array.from(map) };
}

function compose(outer: Int32Array, inner: Int32Array): Int32Array {
  // inner maps new -> mid, outer maps mid -> raw.
  const out = new Int32Array(inner.length);
  for (let i = 0; i < inner.length; i++) out[i] = outer[inner[i]!]!;
  return out;
}

/** Decodes up to `rounds` layers of escaping (double escaping, JSON inside JSON, escapes inside a URL). */
export function decodeLayers(raw: string, rounds = 4): Decoded | undefined {
  let text = raw;
  let map: Int32Array | undefined;
  for (let r = 0; r < rounds; r++) {
    let progressed = false;
    for (const step of [unescapeOnce, unpercentOnce, unentityOnce, undoubleOnce, uncaretOnce]) {
      const d = step(text);
      if (!d || d.text === text) continue;
      map = map ? compose(map, d.map) : d.map;
      text = d.text;
      progressed = true;
    }
    if (!progressed) break;
  }
  return map ? { text, map } : undefined;
}
