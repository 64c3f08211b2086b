/**
 * Names that say "the value next to me is a secret". Matched against the key of a KEY=value,
 * key: value, JSON or logfmt pair, and against object keys when a structure is redacted, so the
 * value goes whatever it looks like.
 */
const SECRET_KEY_WORDS = [
  'password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key',
  'private_key', 'privatekey', 'credential', 'credentials', 'auth', 'session', 'cookie', 'signature',
  'client_secret', 'passphrase', 'dsn', 'conn_str', 'connection_string',
];

/** Keys made of these words only are harmless even though they contain a secret word ("token_count"). */
const HARMLESS_SUFFIXES = [
  '_count', '_counts', '_tokens', '_length', '_len', '_file', '_path', '_dir', '_type', '_ttl', '_expiry', '_expires', '_at',
  '_days', '_seconds', '_secs', '_ms', '_minutes', '_hours', '_timeout', '_enabled', '_required', '_version', '_name', '_ref',
  '_arn', '_id', '_url', '_endpoint', '_header', '_policy', '_mode', '_method', '_provider', '_backend', '_source', '_rotation',
  '_algorithm', '_format', '_strength', '_hint', '_prompt', '_label',
];

const SECRET_KEY = new RegExp(`(?:^|[^a-z])(?:${SECRET_KEY_WORDS.map((w) => w.replace(/[-]/g, '[-_]?')).join('|')})(?:$|[^a-z])`, 'i');

const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED = 10_000;

/** True when a key names a secret: `DB_PASSWORD`, `apiKey`, `x-auth-token`. */
export function isSecretKey(key: string): boolean {
  // Structures repeat the same few keys (every row of a listing), so verdicts are remembered.
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = judgeKey(key);
    if (verdicts.size < MAX_REMEMBERED) verdicts.set(key, verdict);
  }
  return verdict;
}

function judgeKey(key: string): boolean {
  const normalised = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2') // apiKey -> api_Key
    .toLowerCase();
  if (HARMLESS_SUFFIXES.some((s) => normalised.endsWith(s))) return false;
  return SECRET_KEY.test(normalised);
}

/** The same words, as an alternation usable inside other patterns. */
export const SECRET_KEY_PATTERN_SOURCE = `[A-Za-z0-9_.-]*(?:${SECRET_KEY_WORDS.map((w) => w.replace(/[-_]/g, '[-_]?')).join('|')})[A-Za-z0-9_.-]*`;

