import { WILDCARD } from './mask.js';

/** Punctuation that may frame a value on its left and on its right: "(<*>)", "\"<*>\"", "<*>,". */
export const OPENERS = '([{"\'`';
export const CLOSERS = ')]}"\'`,;:.';

/** A wildcard, maybe framed by punctuation ("(<*>)", "<*>,"): a variable position, as "<*>" is. */
export function isWild(t: string): boolean {
  if (t === WILDCARD) return true;
  const at = t.indexOf(WILDCARD);
  if (at < 0 || t.length > WILDCARD.length + 4) return false;
  for (let i = 0; i < at; i++) if (!OPENERS.includes(t[i]!)) return false;
  for (let i = at + WILDCARD.length; i < t.length; i++) if (!CLOSERS.includes(t[i]!)) return false;
  return true;
}

/** `specific` fits the frame of the wildcard token `general` ("(x)" fits "(<*>)"). */
export function fitsFrame(general: string, specific: string): boolean {
  const at = general.indexOf(WILDCARD);
  return specific.length >= general.length - WILDCARD.length && specific.startsWith(general.slice(0, at)) && specific.endsWith(general.slice(at + WILDCARD.length));
}

/** The "key=" a token starts with ("rhost=", "pod="), or '' when it has none. */
export function keyOf(t: string): string {
  const eq = t.indexOf('=');
  return eq > 0 ? t.slice(0, eq + 1) : '';
}

/**
 * A template token stands for the line's token: a wildcard whose frame it fits ("(<*>)" for
 * "(x)"), or a key with such a wildcard and the same key ("pod=\"<*>\"" for "pod=\"web-1\"").
 */
export function fillsWildcard(general: string, specific: string): boolean {
  if (isWild(general)) return fitsFrame(general, specific);
  const key = keyOf(general);
  if (!key || !specific.startsWith(key)) return false;
  const value = general.slice(key.length);
  return isWild(value) && fitsFrame(value, specific.slice(key.length));
}
