import { looksGenerated } from './context.js';

/**
 * A vendor's lowercase prefix, an underscore, then thirty or more generated characters: how most
 * services now issue keys (`pcsk_…`, `lsv2_pt_…`, `sk_live_…`, `glsa_…`), so that a scanner can tell
 * them by shape, without a list of vendors. Names and identifiers glued with underscores have no
 * such run: it must mix both cases and digits with a generated text's entropy.
 *
 * Not a keyword rule: `_` is in half of all log lines, and waking the rules for each of them cost a
 * tenth of the redactor's time. A walk from underscore to underscore finds the thirty characters
 * first (mayHoldPrefixedToken), and only then does the whole pattern run.
 */
const RUN_MIN = 30;
const PREFIXED = /(?<![A-Za-z0-9_.\/+=-])[a-z][a-z0-9]{1,9}(?:_[a-z0-9]{1,9}){0,2}_[A-Za-z0-9_]{30,}(?![A-Za-z0-9_])/g;

const isTokenChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether an underscore in `text` is followed by thirty letters, digits or underscores with a
 * capital among them (a token mixes both cases; identifiers glued with underscores, `attempt_1445…_m_000000_0`,
 * have none): a walk from underscore to underscore that reads each run once (cheaper than a regex on every line).
 */
export function mayHoldPrefixedToken(text: string): boolean {
  if (text.length <= RUN_MIN) return false;
  for (let at = text.indexOf('_'); at >= 0 && at + RUN_MIN < text.length; at = text.indexOf('_', at + 1)) {
    let n = 0;
    let capital = false;
    for (let c = text.charCodeAt(at + 1); isTokenChar(c); c = text.charCodeAt(at + 1 + ++n)) capital ||= c >= 65 && c <= 90;
    if (n >= RUN_MIN && capital) return true;
    at += n;
  }
  return false;
}

/** A publishable key (Stripe's `pk_live_…`, `pk_test_…`): public by design, in every page that takes a payment. */
const PUBLISHABLE = /^pk_(?:live|test)_/;

/** Spans of the prefixed tokens in `text`. */
export function prefixedTokenSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m; m = PREFIXED.exec(text)) {
    const token = m[0];
    if (/[A-Z]/.test(token) && /\d/.test(token) && looksGenerated(token) && !PUBLISHABLE.test(token)) spans.push([m.index, m.index + token.length]);
  }
  return spans;
}
