import { isSecretKey } from './secret-keys.js';

/**
 * Tables printed with pipes (psql, the mysql client, Markdown): a header row names the columns, a
 * rule of dashes follows (some tools print none: headscale's lists), and every row below holds one
 * cell per column (the last may be left empty after its pipe). A secret column
 * (`client_secret`, `password`) is known by its header only, lines above its values.
 */

/** A table's shape: how many cells a row has, and the secret ones (index, header). */
export interface TableColumns {
  count: number;
  secret: [number, string][];
  /** Every header cell a plain name (`ID | Key | Reusable | Expiration`): a table even without a rule line. */
  named?: boolean;
}
/** A header cell that is a column's name and nothing else. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z _.-]{0,39}$/;
/** Columns a table printed without a rule line needs: two cells are as often a prefix and a message (`web  | …`). */
const RULELESS_MIN_CELLS = 3;
/** The rule under a table's header: dashes with `+` or `|` between columns (psql, mysql, Markdown). */
export const TABLE_RULE = /^\s*[|+]?(?:\s*:?-{2,}:?\s*[|+])+\s*(?::?-{2,}:?\s*[|+]?)?\s*$/;
/** Most cells a table row is read with; wider lines are not tables. */
const TABLE_MAX_CELLS = 64;

/** The cells of a line split at its pipes (outer pipes dropped), as trimmed [start, end) offsets; undefined without two cells. */
export function cellsOf(text: string): [number, number][] | undefined {
  let from = 0;
  let to = text.length;
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9 || text.charCodeAt(to - 1) === 13)) to--;
  if (text.charCodeAt(from) === 124) from++;
  if (to > from && text.charCodeAt(to - 1) === 124) to--;
  const cells: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 124) continue;
    let s = start;
    let e = i;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    cells.push([s, e]);
    if (cells.length > TABLE_MAX_CELLS) return undefined;
    start = i + 1;
  }
  return cells.length >= 2 ? cells : undefined;
}

/** A header row naming a secret column (`client_secret`, `password`): its shape, else undefined. */
export function secretColumns(text: string): TableColumns | undefined {
  const cells = cellsOf(text);
  if (!cells) return undefined;
  const secret: [number, string][] = [];
  cells.forEach(([s, e], i) => {
    const name = text.slice(s, e);
    if (name.length > 0 && name.length <= 80 && isSecretKey(name)) secret.push([i, name]);
  });
  if (secret.length === 0) return undefined;
  const named = cells.length >= RULELESS_MIN_CELLS && cells.every(([s, e]) => PLAIN_NAME.test(text.slice(s, e)));
  return { count: cells.length, secret, named };
}

/**
 * Delimited tables (CSV, TSV): a header of column names, then rows with as many fields. A header
 * line is only names (`id,email,password_plain,last_login`), so prose with commas is no header; a
 * row that does not split into as many fields ends the table. A line may carry a prefix the
 * printer adds to every line (Docker Compose's `exporter  | `): rows must carry the same one.
 */
export interface DelimitedColumns extends TableColumns {
  delimiter: number;
  prefix: string;
}
const COMMA = 44;
const TAB = 9;
const QUOTE = 34;
/** Compose's service prefix: a name, spaces, a pipe, a space. */
const SERVICE_PREFIX = /^[\w.@-]+ *\| /;
/** A column's name in a header: an identifier (maybe double-quoted: the quotes are the field's). */
const COLUMN_NAME = /^[A-Za-z_][\w.-]{0,79}$/;

/** The printer's prefix of a line (see DelimitedColumns), '' when none. */
function prefixOf(text: string): string {
  return text.includes('| ') ? (SERVICE_PREFIX.exec(text)?.[0] ?? '') : '';
}

/** Fields of `text` from `from` split at `delimiter`, a double-quoted field read whole, as [start, end) offsets of their content; undefined past TABLE_MAX_CELLS. */
export function fieldsOf(text: string, from: number, delimiter: number): [number, number][] | undefined {
  const fields: [number, number][] = [];
  let i = from;
  let end = text.length;
  while (end > i && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
  for (;;) {
    if (fields.length >= TABLE_MAX_CELLS) return undefined;
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted field: to its closing quote (a doubled quote is a quote inside it).
      let j = i + 1;
      while (j < end && !(text.charCodeAt(j) === QUOTE && text.charCodeAt(j + 1) !== QUOTE)) j += text.charCodeAt(j) === QUOTE ? 2 : 1;
      fields.push([i + 1, Math.min(j, end)]);
      i = j + 1;
      if (i >= end) return fields;
      if (text.charCodeAt(i) !== delimiter) return undefined;
      i++;
      continue;
    }
    const next = text.indexOf(String.fromCharCode(delimiter), i);
    if (next < 0 || next >= end) {
      fields.push([i, end]);
      return fields;
    }
    fields.push([i, next]);
    i = next + 1;
  }
}

/** A delimited header naming a secret column: its shape, else undefined. */
export function secretDelimitedColumns(text: string): DelimitedColumns | undefined {
  const prefix = prefixOf(text);
  // (Names hold no space: most lines leave here.)
  if (text.indexOf(' ', prefix.length) >= 0) return undefined;
  const tab = text.indexOf('\t', prefix.length) >= 0;
  const delimiter = tab ? TAB : COMMA;
  if (!tab && text.indexOf(',', prefix.length) < 0) return undefined;
  const fields = fieldsOf(text, prefix.length, delimiter);
  if (!fields || fields.length < 2) return undefined;
  const secret: [number, string][] = [];
  for (let i = 0; i < fields.length; i++) {
    const [s, e] = fields[i]!;
    const name = text.slice(s, e);
    if (!COLUMN_NAME.test(name)) return undefined;
    if (isSecretKey(name)) secret.push([i, name]);
  }
  return secret.length > 0 ? { count: fields.length, secret, delimiter, prefix } : undefined;
}
