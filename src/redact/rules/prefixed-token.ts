import { looksGenerated } from './context.js';

/**
 * A vendor's lowercase prefix, an underscore, then thirty or more generated characters: how most
 * services now issue keys (`pcsk_…`, `lsv2_pt_…`, `sk_live_…`, `glsa_…`), so that a scanner can tell
 * them by shape, without a list of vendors. Names and identifiers glued with underscores have no
 * such run: it must mix both cases and digits with a generated text's entropy.
 *
 * Not a keyword rule: `_` is in half of all log lines, and waking the rules for each of them cost a
 * tenth of the redactor's time. A search that starts at underscores finds the thirty characters
 * first (mayHoldPrefixedToken), and only then does the whole pattern run.
 */
const RUN_MIN = 30;
const PREFIXED = /(?<![A-Za-z0-9_.\/+=-])[a-z][a-z0-9]{1,9}(?:_[a-z0-9]{1,9}){0,2}_[A-Za-z0-9_]{30,}(?![A-Za-z0-9_])/g;

/** An underscore then thirty letters, digits or underscores: a search that starts at underscores only. */
const LONG_RUN = /_[A-Za-z0-9_]{30}/;

/** Whether an underscore in `text` is followed by thirty letters, digits or underscores. */
export const mayHoldPrefixedToken = (text: string): boolean => text.length > RUN_MIN && text.includes('_') && LONG_RUN.test(text);

/** Spans of the prefixed tokens in `text`. */
export function prefixedTokenSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m; m = PREFIXED.exec(text)) {
    const token = m[0];
    if (/[A-Z]/.test(token) && /\d/.test(token) && looksGenerated(token)) spans.push([m.index, m.index + token.length]);
  }
  return spans;
}
