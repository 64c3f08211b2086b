/**
 * Personal and network data: IP addresses and e-mail addresses. Masked by default (redacted
 * mode); DEBUG_REDACTED_MODE=false leaves them readable. Secrets are redacted in every mode.
 * The patterns are strict so that versions, timestamps, MAC addresses and image references
 * stay untouched.
 */
export interface PersonalRule {
  readonly name: string;
  readonly anchor: RegExp;
  readonly pattern: RegExp;
  /** A last look at a candidate and the text around it; false keeps it. */
  readonly accept?: (match: string, before: string, after: string) => boolean;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w.]*\\d)(?!\\.\\w)`, 'g');

const H = '[0-9A-Fa-f]{1,4}';
// Every IPv6 form, longest alternatives first; the boundaries keep "std::map" and MACs out.
const IPV6 = new RegExp(
  `(?<![\\w:.])(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?::${H}){1,7}|::)(?:%[0-9A-Za-z]+)?(?![\\w:])`,
  'g',
);

const EMAIL = /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])/g;

export const PERSONAL_RULES: readonly PersonalRule[] = [
  {
    name: 'ipv4',
    anchor: /\d\.\d+\.\d+\.\d/,
    pattern: IPV4,
    // "version 1.2.3.4", "v1.2.3.4", "app-1.2.3.4" are versions, not hosts.
    accept: (_m, before) => !/(?:\bv|version[\s:=]*|[A-Za-z]-|@)$/i.test(before),
  },
  {
    name: 'ipv6',
    anchor: /::|:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/,
    pattern: IPV6,
    accept: (m) => {
      // A bare "::" is a separator, not an address; h:m:s times have no hex letters and <= 3 groups.
      if (m === '::') return false;
      const groups = m.split(':').filter(Boolean).length;
      if (!m.includes('::') && groups < 8) return false;
      if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(m)) return false;
      return true;
    },
  },
  {
    name: 'email',
    anchor: /@/,
    pattern: EMAIL,
    // git@github.com:org/repo is an SSH remote, not a person.
    accept: (m, _before, after) => !(m.startsWith('git@') && after.startsWith(':')),
  },
];
