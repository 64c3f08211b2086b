/**
 * Recognises a timestamp at the start of a log message, in the layouts loggers commonly print, so
 * it can be removed before mining: it says when, not what (the engine stamps every line already),
 * and left in place it would split or pollute templates. One pattern for every log: nothing here
 * knows which system wrote the line.
 *
 * Layouts (each may be wrapped in [] or (), and followed by a separator such as ":", "|" or "-"):
 *   ISO 8601 and log4j   2015-10-18 18:01:47,978 · 2026-11-21T10:00:00.123Z · 2017-05-16 00:00:00.008 +0200
 *   slashed / dotted     17/06/09 20:10:40 · 2005/06/03 15:42:50 · 03.06.2005 15:42:50 · 2005-06-03-15.42.50.675872
 *   compact              20171223-22:15:29:606 · 20240101T101010Z
 *   syslog / ctime       Dec 10 11:03:53 · Sun Dec 04 04:47:44 2005 · Jun 14 2005 15:16:01
 *   RFC 1123 / CLF       Tue, 04 Dec 2005 04:47:44 GMT · 10/Oct/2000:13:55:36 -0700
 *   clock only           04:47:44 · 16:49:06.123
 *   epoch                [1117838570] · 1117838570.675 · 1445144423722 (seconds or millis, years 2001-2033)
 */

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
// After a date a clock may use dots (2005-06-03-15.42.50.675872); alone it needs colons, or
// "10.11.10.1" (an address) would read as a time.
const CLOCK = (sep: string) => `\\d{1,2}${sep}\\d{2}${sep}\\d{2}(?:[.,:]\\d{1,9})?(?:\\s?[AaPp][Mm])?`;
const TIME = CLOCK('[:.]');
const TIME_ALONE = CLOCK(':');
// Zone names are listed, not guessed: "INFO" after a clock is a level, not a zone.
const ZONE = '(?:\\s?(?:Z|[+-]\\d{2}:?\\d{2})|\\s(?:UTC|GMT|[ECMP][SD]T|CES?T|BST|IST|JST)(?=[\\s\\]"\',;)]|$))?';
const DATE =
  '(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}' + // 2015-10-18, 2005/06/03, 2005.06.03
  '|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}' + // 17/06/09, 03.06.2005, 12-31-2024
  '|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?=[T\\s_:-]\\d)' + // 20171223, only before a clock
  `|\\d{1,2}[-/ ]${MON}[-/ ]\\d{2,4}` + // 10/Oct/2000, 04 Dec 2005
  `|(?:${DAY},?\\s+)?${MON}\\s+\\d{1,2}(?:,?\\s+\\d{4}(?=[\\s:T]))?` + // Sun Dec 04, Dec 10, Jun 14 2005
  `|${DAY},?\\s+\\d{1,2}\\s+${MON}\\s+\\d{4})`; // Tue, 04 Dec 2005
// A bare 10-digit number may be a count ("1365301360 double-hummer alignment exceptions"): epoch
// seconds count as a stamp only with a fraction or in brackets; 13-digit millis always.
const EPOCH = '1\\d{9}\\.\\d{1,9}|1\\d{12}';
const EPOCH_SECONDS = '1\\d{9}';
const STAMP = `(?:${DATE}(?:(?:[T\\s_:-]|\\s*-\\s*)${TIME})?(?:\\s+\\d{4}(?![\\d/.:-]))?${ZONE}|${TIME_ALONE}${ZONE}|${EPOCH})`;

// A stamp must end at a boundary (space, bracket, separator or the end), so "2015-10-18x" and
// "12345678901" (an id) stay.
const LEADING = new RegExp(`^\\s*(?:\\[(?:${STAMP}|${EPOCH_SECONDS})\\]|\\(${STAMP}\\)|${STAMP}(?=$|[\\s\\]|,;-]))[\\s:|,;\\]-]*`);

const isDigit = (c: number) => c >= 48 && c <= 57;
const NAMES = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

/** Length of the timestamp (with its trailing separators) that starts the message, else 0. */
export function leadingTimestampLength(message: string): number {
  // The common case, kept cheap: most messages start with a word that is no month or day name.
  const c = message.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    if (!NAMES.has(message.slice(0, 3))) return 0;
  } else if (!(isDigit(c) || c === 91 || c === 40 || c === 32 || c === 9)) return 0;
  const m = LEADING.exec(message);
  return m ? m[0].length : 0;
}

/**
 * The message without its leading timestamp(s): a line may carry two ("Dec 10 11:03:53 2005-12-10
 * 11:03:53,123 ...") when a logger's own stamp follows syslog's. A message that is only a timestamp stays.
 */
export function stripLeadingTimestamp(message: string): string {
  let rest = message;
  for (let i = 0; i < 3; i++) {
    const n = leadingTimestampLength(rest);
    if (n === 0 || n >= rest.length) break;
    rest = rest.slice(n);
  }
  return rest;
}

/**
 * A timestamp of several words inside the message (`… at 2025-06-03 08:17:04 +0000`, `date`'s
 * `Tue Jun 17 08:04:47 UTC 2025`, Cisco's `08:04:47 UTC Tue Jun 17 2025`): one value, as a stamp of
 * one word already is once its parts are masked. Only stamps that hold a space: the rest are single
 * tokens the masking rules read; and only stamps with a clock (HH:MM:SS).
 */
const INNER = new RegExp(
  `(?<![\\w:.+-])(?:${DAY}\\s+${MON}\\s+\\d{1,2}\\s+${TIME_ALONE}${ZONE}\\s+\\d{4}|${TIME_ALONE}${ZONE}\\s+${DAY}\\s+${MON}\\s+\\d{1,2}\\s+\\d{4}|${STAMP})(?![\\w:.+-])`,
  'g',
);
/** A clock with its seconds: the cheap test, and what a stamp of several words must hold to be one here (`Dec 10` alone stays two words). */
const CLOCK_HINT = /\d:\d\d:\d\d/;

/** The message with each timestamp of several words inside it replaced by `replacement`. */
export function collapseInnerTimestamps(message: string, replacement: string): string {
  if (!CLOCK_HINT.test(message)) return message;
  INNER.lastIndex = 0;
  return message.replace(INNER, (m) => (/\s/.test(m) && CLOCK_HINT.test(m) ? replacement : m));
}
