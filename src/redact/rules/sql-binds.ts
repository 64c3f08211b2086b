import { isSecretKey } from '../secret-keys.js';
import { valueIsSecret } from './context.js';

/**
 * Secrets in SQL statement logs, where the column names the secret and the value stands apart from
 * it: an INSERT's value list in the order of its column list (`INSERT INTO t (client_id,
 * client_secret) VALUES ('a', 'X')`), and parameters bound to placeholders, printed after the
 * statement (`SET "reset_token" = $1 … ["X", 88]`, `… = ? … args=('X', 3)`, `params=[…]`). Every
 * ORM and driver prints one of these shapes; the pair rules see only `column = 'X'`.
 */

/** What either shape needs, tested before anything else: a VALUES list or a placeholder. */
const mayHoldBinds = (text: string): boolean =>
  text.includes('$') || text.includes('?') || text.includes('%s') || text.includes('%(') || text.includes('ALUES') || text.includes('alues') || text.includes(' :') || text.includes('@');

/** Whether a line may hold a statement: the cheap test before any parsing. */
const SQL_STATEMENT = /\b(?:INSERT|UPDATE|SELECT|DELETE|UPSERT|MERGE|REPLACE)\b/i;

const INSERT_HEAD = /\b(?:INSERT|REPLACE|UPSERT)\s+(?:(?:IGNORE|OR\s+\w+)\s+)?INTO\s+[^\s(]+\s*\(/gi;
/**
 * `column = placeholder`: `$1`, `?`, `%s` are bound by number or place; named ones (`:name`, `@p1`,
 * `%(name)s`) are not bound, but they mark where the statement ends and its parameters may follow.
 */
const ASSIGNED_PLACEHOLDER = /([A-Za-z_][\w$]*["`\]]?)\s*=\s*(\$\d+|\?|:[A-Za-z_]\w*|@[A-Za-z_]\w*|%s|%\(\w+\)s)/g;
/** A list of bound values after the statement: `[…]`, `(…)`, `params=[…]`, `args=(…)`, `bindings: […]`. */
const PARAMS_LIST = /(?:^|[\s;,])(?:(?:params|parameters|args|bindings|binds|values)\s*[=:]\s*)?([[(])/gi;

/** How far a list is read (characters), how many lists after a statement are tried, how many placeholders are bound. */
const LIST_MAX = 8192;
const LISTS_TRIED = 4;
const PLACEHOLDERS_MAX = 256;

interface Item {
  /** The item's text, quotes included. */
  raw: string;
  start: number;
  end: number;
}

/** The comma-separated items of the list opened at `open` (quotes and nested brackets respected), or undefined when it does not close. */
function listItems(text: string, open: number): { items: Item[]; close: number } | undefined {
  const closer = text[open] === '(' ? ')' : ']';
  const items: Item[] = [];
  let depth = 0;
  let itemStart = open + 1;
  const limit = Math.min(text.length, open + LIST_MAX);
  for (let i = open + 1; i < limit; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // A quoted string: '' or \' inside it do not end it.
      let j = i + 1;
      for (; j < limit; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === c) {
          if (text[j + 1] === c && c === "'") j++;
          else break;
        }
      }
      i = j;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === closer)) {
      const raw = text.slice(itemStart, i);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      items.push({ raw: trimmed, start: itemStart + lead, end: itemStart + lead + trimmed.length });
      itemStart = i + 1;
      if (c === closer) return { items, close: i };
    }
  }
  return undefined;
}

/** Go prints a slice with spaces between its items (`args=[42 "X" "2024-05-14"]`). */
const SPACED_ITEM = /"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+/g;
function spaceSeparated(item: Item): Item[] {
  const items: Item[] = [];
  SPACED_ITEM.lastIndex = 0;
  for (let m = SPACED_ITEM.exec(item.raw); m; m = SPACED_ITEM.exec(item.raw)) items.push({ raw: m[0], start: item.start + m.index, end: item.start + m.index + m[0].length });
  return items;
}

const unquoteName = (name: string): string => name.replace(/^["`[]|["`\]]$/g, '').replace(/^.*\./, '');

/**
 * The span of a quoted string literal's content, or undefined for anything else (a number, NULL, a
 * placeholder, a call). In a list of bound values a bare word is a value too (Java prints
 * `[alice, X, 1]`); in a VALUES list it is SQL (`DEFAULT`, `true`, `now()`).
 */
function literalSpan(item: Item, bareIsValue: boolean): [number, number] | undefined {
  if (bareIsValue && /^[^\s"'()[\]{},]+$/.test(item.raw)) return [item.start, item.end];
  const q = item.raw[0];
  if ((q !== "'" && q !== '"') || item.raw.length < 3 || item.raw[item.raw.length - 1] !== q) return undefined;
  return [item.start + 1, item.end - 1];
}

function secretSpan(text: string, column: string, item: Item | undefined, bound: boolean): [number, number] | undefined {
  if (item === undefined) return undefined;
  const span = literalSpan(item, bound);
  if (!span) return undefined;
  const name = unquoteName(column);
  return isSecretKey(name) && valueIsSecret(name, text.slice(span[0], span[1])) ? span : undefined;
}

/** Spans of the values of secret-named columns in the statements of `text`. */
export function sqlBoundSecrets(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!mayHoldBinds(text)) return spans;
  const statementAt = SQL_STATEMENT.exec(text)?.index;
  if (statementAt === undefined) return spans;
  // Placeholders in the order they stand, with the column each is bound to (when it is named).
  const placeholders: { column: string | undefined; ph: string; at: number }[] = [];
  INSERT_HEAD.lastIndex = 0;
  for (let m = INSERT_HEAD.exec(text); m; m = INSERT_HEAD.exec(text)) {
    const columns = listItems(text, m.index + m[0].length - 1);
    if (!columns) continue;
    const valuesAt = /^\s*VALUES\s*\(/i.exec(text.slice(columns.close + 1));
    if (!valuesAt) continue;
    const values = listItems(text, columns.close + valuesAt[0].length);
    if (!values) continue;
    columns.items.forEach((column, i) => {
      const value = values.items[i];
      if (value === undefined) return;
      if (/^(?:\$\d+|\?|:[A-Za-z_]\w*|@[A-Za-z_]\w*|%s)$/.test(value.raw)) placeholders.push({ column: column.raw, ph: value.raw, at: value.start });
      else {
        const span = secretSpan(text, column.raw, value, false);
        if (span) spans.push(span);
      }
    });
    INSERT_HEAD.lastIndex = values.close;
  }
  ASSIGNED_PLACEHOLDER.lastIndex = 0;
  for (let m = ASSIGNED_PLACEHOLDER.exec(text); m; m = ASSIGNED_PLACEHOLDER.exec(text)) placeholders.push({ column: m[1]!, ph: m[2]!, at: m.index + m[0].length - m[2]!.length });
  if (!placeholders.some((p) => p.column !== undefined && isSecretKey(unquoteName(p.column)))) return spans;
  // The bound values: the first list after the last placeholder that is not the statement's own.
  placeholders.sort((a, b) => a.at - b.at);
  const last = placeholders[placeholders.length - 1]!;
  const after = last.at + last.ph.length;
  let params: Item[] | undefined;
  let tried = 0;
  PARAMS_LIST.lastIndex = after;
  for (let m = PARAMS_LIST.exec(text); m && tried++ < LISTS_TRIED; m = PARAMS_LIST.exec(text)) {
    const list = listItems(text, m.index + m[0].length - 1);
    // A list of placeholders or of names is the statement's (`IN ($2, $3)`, a column list), not its parameters.
    if (list && list.items.length > 0 && !list.items.every((i) => /^(?:\$\d+|\?|[A-Za-z_][\w.]*)$/.test(i.raw))) {
      params = list.items.length === 1 ? spaceSeparated(list.items[0]!) : list.items;
      break;
    }
    if (list) PARAMS_LIST.lastIndex = list.close + 1;
  }
  if (!params) return spans;
  // A `?` is bound by its place among all of the statement's (`LIMIT ?` included, which names no column).
  const places = (ph: string): number[] => {
    const at: number[] = [];
    for (let i = text.indexOf(ph, statementAt); i >= 0 && at.length < PLACEHOLDERS_MAX; i = text.indexOf(ph, i + ph.length)) at.push(i);
    return at;
  };
  const positional = { '?': places('?'), '%s': places('%s') } as Record<string, number[]>;
  for (const p of placeholders.slice(0, PLACEHOLDERS_MAX)) {
    const n = p.ph.startsWith('$') ? Number(p.ph.slice(1)) - 1 : p.ph === '?' || p.ph === '%s' ? positional[p.ph]!.indexOf(p.at) : -1;
    if (p.column === undefined || n < 0) continue;
    const span = secretSpan(text, p.column, params[n], true);
    if (span) spans.push(span);
  }
  return spans;
}
