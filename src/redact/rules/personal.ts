/**
 * Personal and network data: IP addresses and e-mail addresses. Masked by default (redacted
 * mode); DEBUG_REDACTED_MODE=false leaves them readable. Secrets are redacted in every mode.
 * The patterns are strict so that versions, timestamps, MAC addresses and image references
 * stay untouched.
 */
/** What follows a URL's host: a port, a path, a query, the end (not `:password@host`, where the user was an address). */
const URL_HOST_END = /^(?::\d{1,5})?(?:[/?#\s"')\]]|$)/;

/** A plain login name (`app`, `deploy`, `svc_reader`): lowercase, short, hardly a number in it. */
function isLoginName(user: string): boolean {
  if (!/^[a-z][a-z0-9_.-]{0,23}$/.test(user)) return false;
  let digits = 0;
  for (let i = 0; i < user.length; i++) if (user.charCodeAt(i) <= 57) digits++;
  return digits <= 4;
}

export interface PersonalRule {
  readonly name: string;
  /** Lowercase literals for the keyword index; none means `anchor` decides. */
  readonly keywords: readonly string[];
  /**
   * A cheap test for rules without a keyword, or for forms the keywords miss: where in the text the
   * pattern's search may start (no match begins before it), or -1 when it cannot match at all.
   */
  readonly anchor?: (text: string) => number;
  /**
   * For rules whose every match holds a keyword: the most characters a match runs from its start
   * to that keyword's end. The search then starts that far before the first keyword found, not at
   * the line's start. (Not for IPv6: its full form holds no `::`.)
   */
  readonly reach?: number;
  /**
   * Masking a match of this rule cannot change what the secret rules (which ran before it) find,
   * when the marker touches no other text: its matches are digits and dots, never longer than the
   * marker. Any other address may have swallowed a keyword (`jane@example.comBearer`), or its shorter
   * marker lets a rule's window reach further: every rule then runs again.
   */
  readonly inert?: boolean;
  readonly pattern: RegExp;
  /** A last look at a candidate (`text` from `start` to `end`) and the text around it; false keeps it. */
  readonly accept?: (match: string, text: string, start: number, end: number) => boolean;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w.]*\\d)(?!\\.\\w)`, 'g');

const H = '[0-9A-Fa-f]{1,4}';
// Every IPv6 form, anchored: used to validate candidates, never to scan (an alternation this wide
// tried at every position of every line is the slowest thing the redactor could do).
const IPV6_STRICT = new RegExp(
  `^(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?::${H}){1,7}|::)(?:%[0-9A-Za-z]+)?$`,
);
// Candidates: runs of hex groups and colons; the boundaries keep "std::map" and MACs out.
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,7}(?:%[0-9A-Za-z]+)?(?![\w:])/g;

const EMAIL = /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])/g;

/**
 * The shapes of digits and dots every IPv4 address holds (`\d+\.\d{1,3}\.\d{1,3}\.\d`), as
 * keywords: the keyword index reads a digit in a keyword as any digit, so lines without a dotted
 * quad cost the address rule nothing (most log lines; a regex scan for the shape cost 8% of all
 * redaction time on real logs).
 */
const DOTTED_QUADS = ['0', '00', '000'].flatMap((second) => ['0', '00', '000'].map((third) => `0.${second}.${third}.0`));

/** The last few colon positions, reused by every call (no allocation per line). */
const recentColons = new Int32Array(16);

/** True when some `span` characters of `text` hold at least `n` (<= 16) colons. */
function colonsWithin(text: string, n: number, span: number): boolean {
  let seen = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    recentColons[seen % n] = i;
    seen++;
    // After the increment, slot seen % n holds the oldest of the last n colons.
    if (seen >= n && i - recentColons[seen % n]! < span) return true;
  }
  return false;
}

/** The text a candidate's acceptance reads before it: at most 24 characters. */
const before = (text: string, start: number): string => text.slice(Math.max(0, start - 24), start);

/** What a version or a package's version looks like before its number. */
const VERSION_LEAD = /(?:\bv|version[\s:=]*|[A-Za-z]-)$/i;
/** A product and its version in a User-Agent (`Chrome/122.0.0.0`, `Version/17.4.1.0`): capitalised, as a host name seldom is. */
const PRODUCT_SLASH = /(?:^|[\s("';,])[A-Z][A-Za-z]{1,30}\/$/;
const PACKAGE_AT = /(?:^|[\s"'(=])@?[\w.-]*[A-Za-z][\w.-]*\/[\w.-]+@$/;
/** A superset of `[\s:=]` (every whitespace the regex knows, then some). */
const isSpaceColonEquals = (c: number): boolean => c <= 32 || c === 58 || c === 61 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * "v1.2.3.4", "version: 1.2.3.4", "app-1.2.3.4": VERSION_LEAD ends the 24 characters before the
 * number. Its cheap test first (an address follows a space or `=` far more often than a version word):
 * the lead ends with `v` or `-`, or with `n` before any spaces, colons and equals signs.
 */
function versionBefore(text: string, start: number): boolean {
  const floor = Math.max(0, start - 24);
  let i = start - 1;
  while (i >= floor && isSpaceColonEquals(text.charCodeAt(i))) i--;
  if (i < floor) return false;
  const last = text.charCodeAt(i);
  const lower = last | 32;
  const mayLead = lower === 110 || (i === start - 1 && (lower === 118 || last === 45));
  return mayLead && VERSION_LEAD.test(before(text, start));
}

/** `address` followed by `/prefix` with every host bit zero: a network block, not a host. */
function isNetwork(address: string, after: string): boolean {
  const cidr = /^\/(\d{1,2})(?!\d)/.exec(after);
  if (!cidr) return false;
  const prefix = Number(cidr[1]);
  if (prefix >= 32) return false;
  const value = address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  return value % 2 ** (32 - prefix) === 0;
}

export const PERSONAL_RULES: readonly PersonalRule[] = [
  {
    name: 'ipv4',
    keywords: DOTTED_QUADS,
    reach: '255.255.255.255'.length,
    inert: true,
    pattern: IPV4,
    // "version 1.2.3.4", "v1.2.3.4", "app-1.2.3.4" are versions, not hosts; loopback and the
    // unspecified address identify nobody and are kept readable. Four single digits (`App 8.0.4.0`,
    // `agent 3.2.1.7`) are versions: the few hosts spelled so are public resolvers (1.1.1.1, 8.8.8.8).
    // After "@": a host in user@host or scheme://user:pw@host, but a version in pkg@1.2.3.4 / @scope/pkg@1.2.3.4.
    // After a capitalised product and a slash, a User-Agent's version (Chrome/122.0.0.0); not db/10.0.0.5.
    // A network in CIDR form (10.0.0.0/8: no host bits set) names no one; 10.0.0.5/24 is a host.
    accept: (m, text, start, end) =>
      !versionBefore(text, start) &&
      !(text.charCodeAt(start - 1) === 64 && PACKAGE_AT.test(before(text, start))) &&
      !(text.charCodeAt(start - 1) === 47 && PRODUCT_SLASH.test(before(text, start))) &&
      !/^(?:127\.|0\.0\.0\.0$|\d\.\d\.\d\.\d$)/.test(m) &&
      !(text.charCodeAt(end) === 47 && isNetwork(m, text.slice(end, end + 8))),
  },
  {
    // An address spelled into a host name: ip-10-0-1-23.ec2.internal, 10-0-1-23.nip.io style.
    name: 'ipv4',
    keywords: ['ip-'],
    reach: 'ip-'.length,
    pattern: new RegExp(`(?<![\\w-])ip-${OCTET}(?:-${OCTET}){3}(?![\\w]*\\d)(?!-\\d)`, 'gi'),
    accept: (m) => !/^ip-(?:127-|0-0-0-0$)/i.test(m),
  },
  {
    name: 'ipv6',
    keywords: ['::'],
    // The full eight-group form has no "::": seven colons close together are worth a look.
    anchor: (text) => (colonsWithin(text, 7, 40) ? 0 : -1),
    pattern: IPV6_CANDIDATE,
    accept: (m, text, _start, end) => {
      // A bare "::" is a separator, not an address; h:m:s times have no hex letters and <= 3 groups.
      if (m === '::' || m === '::1' || !IPV6_STRICT.test(m)) return false;
      const groups = m.split(':').filter(Boolean).length;
      // One group glued to a word goes on (`::add-mask::`, `::debug`): a word, not an address.
      if (groups <= 1 && /^[-\w]/.test(text.slice(end, end + 8))) return false;
      if (!m.includes('::') && groups < 8) return false;
      if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(m)) return false;
      return true;
    },
  },
  {
    name: 'email',
    keywords: ['@'],
    // (a local part of 64 characters at most, then the `@`)
    reach: 65,
    pattern: EMAIL,
    // git@github.com:org/repo is an SSH remote, not a person; nor is a URL's plain user@host
    // (`postgresql://app@db:5432`). A URL's userinfo that is not a plain login name may be a token
    // (`nats://Q1sr0L6…@nats:4222`): that goes.
    accept: (m, text, start, end) =>
      !(m.startsWith('git@') && text.charCodeAt(end) === 58) && !(text.endsWith('://', start) && URL_HOST_END.test(text.slice(end, end + 8)) && isLoginName(m.slice(0, m.indexOf('@')))),
  },
];
