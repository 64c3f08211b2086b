/**
 * Quoting container-controlled text (names, labels, env keys, image names, log lines) into a
 * markdown report so that it stays data: it cannot end the line, cell or block it stands in, and
 * cannot start a heading, link, image, HTML or fence of its own that would read as the report's
 * prose ("## Note to the assistant …"). Control and invisible formatting characters are shown
 * escaped, never written raw (they would drive the reader's terminal or hide text).
 */

// C0 controls but tab and newline, DEL, C1 controls, zero-width and bidirectional formatting marks.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const hex = (c: string): string => {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Control and invisible formatting characters shown as `\xNN` / `\uNNNN`; newlines and tabs stay. */
export const escapeControls = (text: string): string => text.replace(CONTROLS, hex);

/**
 * Text inside one line of prose or a list item: newlines shown as `\n`, controls escaped, and
 * what would open HTML, code, a table cell or a link target (`](`) backslash-escaped. Square
 * brackets alone stay: redaction markers (`[REDACTED:…]`) must read as they are.
 */
export function inline(text: string): string {
  return escapeControls(text.replace(/\r\n|\r|\n/g, '\\n'))
    .replace(/[\\`|]/g, (c) => `\\${c}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<') // an HTML tag's start; `<*>` placeholders stay readable
    .replace(/\]\(/g, ']\\(');
}

/** A table cell: as inline text (pipes included). */
export const cell = inline;

/**
 * A fenced block holding `text` verbatim: the fence is longer than any run of backticks (or
 * tildes) inside, so nothing in the text can close it. Controls are escaped.
 */
export function fence(text: string, info = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(Math.max(3, longest + 1));
  return `${bar}${info}\n${escapeControls(text)}\n${bar}`;
}

/** "1 container", "3 containers": counts in prose read as a person would write them. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A moment for people: to the second, with its zone ("2026-11-24 03:26:11 UTC"), from ISO text or epoch ms. */
export function formatTime(at: string | number | null | undefined): string {
  if (at === null || at === undefined || at === '') return 'not yet';
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) return String(at);
  return `${new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * An inline code span holding `text` on one line (newlines shown as `\n`, controls escaped,
 * capped at `max` characters): its delimiters are longer than any run of backticks inside, so
 * nothing in the text can end it.
 */
export function code(text: string, max = 160): string {
  let t = escapeControls(text.replace(/\r\n|\r|\n/g, '\\n'));
  if (t.length > max) t = `${t.slice(0, max - 1)}…`;
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${bar}${pad}${t}${pad}${bar}`;
}

/** A code span inside a table cell: pipes escaped too, which GFM tables split on even inside code. */
export const codeCell = (text: string, max?: number): string => code(text, max).replace(/\|/g, '\\|');

/** Plain quoted text for a sentence (a finding's message): one line, controls escaped, capped. */
export function quoted(text: string, max = 160): string {
  const t = escapeControls(text.replace(/\r\n|\r|\n/g, '\\n'));
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}
