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

