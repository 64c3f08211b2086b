import { isSecretKey } from './secret-keys.js';

/**
 * Tables printed with pipes (psql, the mysql client, Markdown): a header row names the columns, a
 * rule of dashes follows, and every row below holds one cell per column. A secret column
 * (`client_secret`, `password`) is known by its header only, lines above its values.
 */

/** A table's shape: how many cells a row has, and the secret ones (index, header). */
export interface TableColumns {
  count: number;
  secret: [number, string][];
}
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
  return secret.length > 0 ? { count: cells.length, secret } : undefined;
}

