/**
 * Does a key name a secret? Keys come in every shape (`DB_PASSWORD`, `dbPassWord`, `PGPASSWORD`,
 * `x-api-key`, `fs.s3a.secret.key`, `--store-pass`, `[smtp_pass]`), so a key is split into words
 * (separators, camelCase, digits) and the word list is tested against a small vocabulary, instead
 * of listing key spellings. Glued words (`PGPASSWORD`, `requirepass`) are caught by testing each
 * word's start and end against the strong secret words.
 *
 * A key whose last word says "this is a property of the secret, not the secret" (`token_ttl`,
 * `password_min_length`) or whose first word is a quantifier (`max_auth_failures`) is harmless.
 */

/** Words that name a secret even glued to others (`pgpassword`, `authtoken`, `clientsecret`). */
const STRONG = [
  'password', 'passwd', 'passphrase', 'passcode', 'secret', 'token', 'credential', 'credentials', 'apikey', 'privatekey', 'accesskey', 'secretkey',
  // The password word in other languages, written in ASCII (accents dropped, words glued): German,
  // Spanish, French, Portuguese, Dutch, Swedish, Finnish, Polish, Turkish, Czech and Slovak,
  // Hungarian, Slovene, Croatian and Serbian, Norwegian, Danish, Afrikaans, Vietnamese, Indonesian and Malay, Italian (`parola d'ordine`).
  'passwort', 'kennwort', 'contrasena', 'motdepasse', 'senha', 'wachtwoord', 'losenord', 'salasana', 'haslo', 'sifre', 'heslo', 'jelszo', 'geslo', 'lozinka',
  'passord', 'adgangskode', 'kodeord', 'wagwoord', 'matkhau', 'katasandi', 'paroladordine',
  // The password word misspelt as people type it in config files (`bayes_sql_pasword`).
  'pasword', 'passwrod',
  // The secret word: Italian, Portuguese, German (Spanish `secreto` starts as `secret` does).
  'segreto', 'segredo', 'geheimnis',
];
/** Words that name a secret only as a whole word. */
const WHOLE = new Set([
  'pwd', 'pw', 'pass', 'pword', 'passin', 'passout', 'auth', 'creds', 'cred', 'session', 'cookie', 'signature', 'sig', 'dsn', 'otp', 'totp', 'pin', 'psk',
  'hmac', 'bearer', 'jwt', 'sas', 'connstr', 'connectionstring', 'sessionid', 'sessid', 'authorization', 'masterauth', 'basicauth', 'requirepass', 'storepass', 'keypass',
  // A registry's login as Kubernetes stores it (`.dockerconfigjson`: base64 of `{"auths": {…: {"auth": …}}}`).
  'dockerconfigjson', 'dockercfg',
  // A signed SAML assertion in a form post: whoever replays it within its lifetime is logged in.
  'samlresponse',
  // LoRaWAN's network and session keys (NwkKey, AppSKey, NwkSKey; its AppKey is left to the value's
  // shape: elsewhere an `appKey` is as often an app's public identifier).
  'nwkkey', 'appskey', 'nwkskey',
]);
/** `<word> key` pairs that name a secret key (`api key`, `signing key`); a bare `key` does not. */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'master', 'encryption', 'encrypt', 'decryption', 'signing', 'sign', 'license', 'licence', 'account', 'client', 'app',
  'auth', 'shared', 'storage', 'service', 'admin', 'root', 'write', 'ingest', 'consumer', 'crypto', 'hmac', 'jwt', 'session', 'webhook', 'aes', 'gpg', 'pgp',
  'deploy', 'subscription', 'function', 'cookie', 'cipher', 'kms', 'dek', 'kek', 'wrap', 'unlock', 'unseal', 'recovery', 'backup', 'user', 'x',
]);
/**
 * `<word> key` pairs that name something else (`pub_key`, `cache_key`, `partition_key`; a key that
 * says public names none at all, see judgeKey). (Not `routing_key`: an AMQP routing key is a dotted
 * name, PagerDuty's is a 32-character secret, and as a key of no qualifier the value's shape tells
 * them apart.)
 */
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'pub', 'primary', 'foreign', 'sort', 'partition', 'cache', 'idempotency', 'lookup', 'object', 'row', 'index', 'unique', 'composite',
  'shard', 'group', 'dedup', 'dedupe', 'map', 'hash', 'range', 'label', 'annotation', 'config', 'registry', 'translation', 'message', 'sequence', 'cursor',
  'page', 'order', 'host', 'ssh', 'gpg', 'pgp', 'metric', 'metrics', 'field', 'column', 'table', 'bucket', 'prefix', 'item', 'entry', 'record', 'unique',
  // Sec-WebSocket-Key: a nonce of the handshake, sent in the clear by design.
  'websocket', 'socket',
  // gpg's key operations take a key's id or fingerprint (`--recv-keys 9AEC…`, `--default-key`), which is public.
  'recv', 'send', 'list', 'refresh', 'fetch', 'search', 'lsign', 'edit', 'trusted', 'default', 'import', 'export',
]);

/** Last words that describe a secret rather than hold one. */
const META_LAST = new Set([
  'count', 'counts', 'tokens', 'length', 'len', 'size', 'min', 'max', 'limit', 'limits', 'ttl', 'expiry', 'expires', 'expiration', 'expire', 'exp', 'at',
  'age', 'days', 'seconds', 'secs', 'sec', 'ms', 'minutes', 'mins', 'hours', 'timeout', 'interval', 'period', 'duration', 'lifetime', 'enabled', 'disabled',
  'enable', 'disable', 'required', 'version', 'name', 'names', 'ref', 'refs', 'reference', 'arn', 'id', 'ids', 'url', 'uri', 'endpoint', 'header', 'headers',
  'policy', 'policies', 'mode', 'method', 'methods', 'mechanism', 'mechanisms', 'provider', 'backend', 'source', 'rotation', 'rotator', 'operator', 'controller', 'injector', 'syncer', 'watcher', 'scanner', 'algorithm', 'algorithms', 'alg', 'format', 'strength', 'hint',
  'prompt', 'label', 'labels', 'file', 'files', 'path', 'paths', 'dir', 'type', 'types', 'kind', 'env', 'var', 'field', 'attempts', 'failures', 'failed',
  'retries', 'errors', 'error', 'status', 'state', 'issuer', 'audience', 'scope', 'scopes', 'changed', 'updated', 'created', 'rotated', 'complexity',
  'history', 'location', 'store', 'manager', 'server', 'host', 'port', 'user', 'username', 'usernames', 'login', 'email', 'realm', 'domain', 'encoding',
  'charset', 'cache', 'lookup', 'check', 'checks', 'validation', 'validator', 'pattern', 'regex', 'rules', 'rule', 'level', 'class', 'module', 'handler',
  'plugin', 'driver', 'strategy', 'stdin', 'cmd', 'command', 'option', 'options', 'flag', 'flags', 'set', 'present', 'missing', 'valid', 'invalid', 'used',
  'usage', 'tokenizer', 'hash', 'algo', 'prefix', 'suffix', 'ref', 'secretkeyref', 'keyref', 'dialog', 'page', 'form', 'input', 'button', 'reset', 'change',
  'length', 'store', 'vault', 'service', 'mount', 'volume', 'secretname', 'generation', 'ratio', 'rate', 'percent', 'threshold', 'window', 'bucket', 'table',
  'column', 'schema', 'index', 'key', 'keys', 'keyid', 'kid', 'accessor',
  // A command that prints the secret, not the secret (msmtp's `passwordeval`, mbsync's `PassCmd`, AWS's `credential_process`, git's `credential.helper`).
  'eval', 'exec', 'helper', 'process', 'script',
]);
/** A password or token word, glued or not: before a last `key`, the key names where it is kept. */
const PASSWORD_OR_TOKEN = /(?:password|passwd|pwd|passphrase|token)$/;
/** First words that quantify or toggle (`max_auth_failures`, `use_token_auth`, `no_password`). */
const META_FIRST = new Set(['existing', 'external', 'max', 'min', 'num', 'n', 'use', 'allow', 'require', 'enable', 'disable', 'has', 'is', 'no', 'skip', 'show', 'hide', 'total', 'avg', 'last', 'should', 'must', 'can']);
/** Words where a strong word is a false friend (`bypass`, `tokenizer`). */
const FALSE_FRIENDS = new Set(['bypass', 'compass', 'surpass', 'overpass', 'underpass', 'multipass', 'passenger', 'passengers', 'passive', 'passthrough', 'tokenizer', 'tokenize', 'tokenized', 'tokenization', 'secretary', 'pinned', 'pinning', 'pinyin',
  // A program or a flag that asks for the password (`ssh-askpass`, `SUDO_ASKPASS`, `redis-cli --askpass`): it holds none.
  'askpass',
]);

/**
 * Words of a key: `dbPassWord` -> db pass word; `X-API-Key` -> x api key; `PGPASSWORD` -> pgpassword.
 * Accents are dropped first (`contraseña` -> contrasena, `Passwörter` -> passworter), so a key in
 * another Latin-script language is one word, not two cut at its accented letter.
 */
export function keyWords(key: string): string[] {
  return (NON_ASCII.test(key) ? key.normalize('NFD').replace(COMBINING_MARK, '') : key)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/)
    .filter(Boolean);
}

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARK = /\p{M}+/gu;

/**
 * Words that name something secret-related but also harmless things (`auth: md5`, `session: 42`,
 * `random_seed: 42`): the value must look like a credential (a NATS nkey seed, a wallet seed phrase is one).
 */
const WEAK = new Set([
  'seed', 'auth', 'session', 'sessionid', 'sessid', 'cookie', 'signature', 'sig', 'dsn', 'credential', 'credentials', 'creds', 'cred', 'authorization', 'bearer', 'jwt', 'sas', 'hmac', 'salt', 'masterauth',
  // The key word in Spanish, Portuguese and Italian (`clave_api`, `chave_de_acesso`, `chiave_segreta`):
  // also a database's key (`clave primaria: 42`), so only a value written like a credential goes.
  'clave', 'chave', 'chiave',
  // OAuth's PKCE code_verifier and OAuth 1's oauth_verifier (also a component's name: `verifier: jwt`).
  'verifier',
  // Consul's, Nomad's and Serf's gossip key (`encrypt = "base64…"`); elsewhere a switch (`encrypt: true`).
  'encrypt',
]);
/** `<word> code` pairs that name a one-time secret (`device_code`, `verification_code`, `recovery_codes`); a bare `code` does not. */
const CODE_QUALIFIERS = new Set(['device', 'auth', 'authorization', 'authorisation', 'oauth', 'verification', 'recovery', 'backup', 'activation', 'otp', 'mfa', 'sms', 'security', 'reset', 'invite', 'invitation', 'login', 'access', 'unlock', 'pairing', 'enrollment', 'enrolment', 'registration', 'confirmation', 'onetime']);

/**
 * 0: not secret. 1: a bare `…_key` (`cache_key`, `replicaSetKey`): the value must look like a
 * credential. 2: a word with harmless uses (`auth`, `session`): a lowercase word or identifier
 * stays (`auth: md5`). 3: strong (`password`, `token`): any value that is not harmless goes.
 */
export type KeyStrength = 0 | 1 | 2 | 3;

function wordStrength(w: string): KeyStrength {
  if (FALSE_FRIENDS.has(w)) return 0;
  if (WEAK.has(w)) return 2;
  // Session cookies named by their framework, glued: JSESSIONID, PHPSESSID, ASPSESSIONID….
  if (w.endsWith('sessionid') || w.endsWith('sessid')) return 2;
  if (WHOLE.has(w)) return 3;
  for (const s of STRONG) if (w === s || w.startsWith(s) || w.endsWith(s)) return s.startsWith('credential') ? 2 : 3;
  // Glued `...pass` / `...pwd` / `...pw` at the end of a word (`dbpass`, `smtppass`, `rootpwd`, slapd's `bindpw`).
  if (w.length > 4 && /(?:pass|pwd|pw)$/.test(w)) return 3;
  // The word misspelt or cut short (`passwrd`, `passwrt`): `passw` says it.
  if (w.startsWith('passw')) return 3;
  // `auth` glued to what it holds (`authtok`, `authkey`, `authdata`): weak, as `auth` alone is; not
  // author, authority, authentication, authorize (words of their own).
  if (w.length > 4 && w.startsWith('auth') && !AUTH_WORDS.test(w)) return 2;
  // A cookie glued to what it is for (`userauthcookie`, `sessioncookie`): weak, as `cookie` is.
  return w.length > 6 && w.endsWith('cookie') ? 2 : 0;
}

/**
 * Verdicts by key. An object, not a Map: keys found in log lines are slices of them, and a Map
 * would keep each whole line alive through its key; property names are stored as copies.
 */
const verdicts = Object.create(null) as Record<string, KeyStrength>;
let remembered = 0;
const MAX_REMEMBERED = 10_000;

/** How strongly a key names a secret. Structures repeat the same few keys (every row of a listing), so verdicts are remembered. */
export function secretKeyStrength(key: string): KeyStrength {
  let verdict = verdicts[key];
  if (verdict === undefined) {
    verdict = judgeKey(key);
    if (remembered < MAX_REMEMBERED) {
      verdicts[key] = verdict;
      remembered++;
    }
  }
  return verdict;
}

/** True when a key names a secret: `DB_PASSWORD`, `apiKey`, `x-auth-token`, `PGPASSWORD`, `dbPassWord`. */
/** Whether a key names a property of something rather than a thing (`file`, `name`, `username`, `ttl`): its last word says so. */
export function namesAProperty(key: string): boolean {
  const words = keyWords(key);
  return words.length > 0 && META_LAST.has(words[words.length - 1]!);
}

export function isSecretKey(key: string): boolean {
  return secretKeyStrength(key) > 0;
}

/** An algorithm's name (`hmac-sha256:…`, `sha256:…`): the label of a digest, not a key. */
const DIGEST_LABEL = /^(?:hmac[-_]?)?(?:sha-?(?:1|224|256|384|512)|sha3-\d{3}|md5|blake2[bs]?)$/i;

function judgeKey(key: string): KeyStrength {
  if (DIGEST_LABEL.test(key)) return 0;
  // Long keys are paths (TR-069's `InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.KeyPassphrase`): their last part says.
  if (key.length > 80) return key.includes('.') && key.length <= 200 ? judgeKey(key.slice(key.lastIndexOf('.') + 1)) : 0;
  let words = keyWords(key);
  // camelCase splits `PassWord` into pass + word, and `mot_de_passe` is three words: glue adjacent
  // words back where that makes a secret word.
  const glued: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = words[i]! + (words[i + 1] ?? '');
    const three = two + (words[i + 2] ?? '');
    if (i + 2 < words.length && STRONG.includes(three)) {
      glued.push(three);
      i += 2;
    } else if (i + 1 < words.length && (STRONG.includes(two) || WHOLE.has(two))) {
      glued.push(two);
      i++;
    } else glued.push(words[i]!);
  }
  words = glued;
  if (words.length === 0) return 0;
  const last = words[words.length - 1]!;
  if (words.length > 1 && META_FIRST.has(words[0]!)) return 0;
  // A key that says it is public (`NEXT_PUBLIC_POSTHOG_KEY`, `publishableKey`): shipped to every
  // browser by design (Next.js, Nuxt and Expo bundle `*_PUBLIC_*` variables into the client).
  if (words.length > 1 && words.some((w) => w === 'public' || w === 'publishable')) return 0;
  // The same for the last part of a dotted key (`secrets.existingSecret`, `db.usePassword`).
  const dot = key.lastIndexOf('.');
  if (dot > 0) {
    const tail = keyWords(key.slice(dot + 1));
    if (tail.length > 1 && META_FIRST.has(tail[0]!)) return 0;
  }
  let strength: KeyStrength = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let ws = wordStrength(w);
    // Glued to a word that says what it holds: `passwordeval`, `tokenfile`, `secretpath` hold a
    // command or a place, not the secret; `masterkey`, `clientkey` are a qualified key.
    const glued = gluedParts(w);
    if (glued !== undefined) ws = glued;
    if (ws === 0 && (w === 'key' || w === 'keys')) {
      const q = i > 0 ? words[i - 1]! : '';
      ws = KEY_QUALIFIERS.has(q) ? 3 : i === words.length - 1 && i > 0 && !NON_SECRET_KEY_QUALIFIERS.has(q) ? 1 : 0;
    } else if (ws === 0 && (w === 'string' || w === 'strings') && i > 0 && words[i - 1] === 'connection') ws = 3;
    else if (ws < 2 && (w === 'code' || w === 'codes') && i > 0 && CODE_QUALIFIERS.has(words[i - 1]!)) ws = 2;
    if (ws > strength) strength = ws;
  }
  if (strength === 0) return 0;
  // `secret_key`, `api_key`: a trailing key after a qualifier is the secret itself, not metadata.
  const lastIsKey = (last === 'key' || last === 'keys') && words.length > 1;
  // A property word last wins, even a plural secret word (`prompt_tokens`), unless the key is that word alone.
  if (META_LAST.has(last) && !lastIsKey && (wordStrength(last) === 0 || words.length > 1)) return 0;
  // `adminPasswordKey`, `tokenKey`: the name of the entry that holds a password (Helm charts,
  // Kubernetes secretKeyRef), so only a value shaped like a credential goes. (`secretKey` is the
  // secret itself and stays strong.)
  if (lastIsKey && PASSWORD_OR_TOKEN.test(words[words.length - 2]!)) return 1;
  // A paging token (`next_page_token`, `NextToken`, `continuation_token`) says where a listing
  // goes on: an opaque cursor, not a credential.
  if ((last === 'token' || last === 'tokens') && words.some((w) => PAGING.has(w))) return 0;
  // An idempotency token (`clientRequestToken`, `idempotency_token`): a caller's id for one request,
  // sent so that a retry is not done twice; it grants nothing.
  if (last === 'token' && words.some((w) => IDEMPOTENCY.has(w))) return 0;
  return strength;
}

const AUTH_WORDS = /^auth(?:or|ent|ori)/;

/**
 * The strength of a word glued from two (`passwordfile` 0, `masterkey` 3), or undefined when it is
 * not: a strong secret word then a property word, or a key qualifier then `key` (which then needs a
 * value shaped like a credential).
 */
function gluedParts(w: string): KeyStrength | undefined {
  if (STRONG.includes(w) || WHOLE.has(w)) return undefined;
  for (const s of STRONG) {
    if (w.length <= s.length + 2 || !w.startsWith(s)) continue;
    const rest = w.slice(s.length);
    // (`passwordkey`, `tokenkeys`: as strong as the glued word always was; only the two-word `password_key` names an entry)
    if (rest === 'key' || rest === 'keys') return undefined;
    if (META_LAST.has(rest)) return 0;
  }
  if (w.length > 4 && (w.endsWith('key') || w.endsWith('keys')) && wordStrength(w) === 0) {
    const q = w.slice(0, w.lastIndexOf('key'));
    // (glued, less sure than two words: the value must look like a credential; git's `signingkey` holds a key's id)
    if (KEY_QUALIFIERS.has(q)) return 1;
  }
  return undefined;
}

const IDEMPOTENCY = new Set(['idempotency', 'request']);

const PAGING = new Set(['page', 'paging', 'pagination', 'continuation', 'next', 'prev', 'previous', 'cursor']);

/** Lowercase literals one of which any key `isSecretKey` accepts contains: the keyword prefilter. */
export const SECRET_KEY_KEYWORDS = [
  'pass', 'pwd', 'pw', 'secret', 'token', 'seed', 'salt', 'credential', 'creds', 'cred', 'key', 'auth', 'session', 'sessid', 'cookie', 'signature', 'dsn', 'otp', 'psk', 'hmac',
  'bearer', 'jwt', 'verifier', 'code', 'connstr', 'connectionstring', 'connection_string', 'connection-string', 'connection.string', 'dockerc', 'samlresp', 'pasword', 'passwrod', 'nwkkey', 'appskey', 'nwkskey',
  // The password word in other languages written in ASCII (STRONG's list; Hungarian's prefix, Vietnamese and Indonesian's second word).
  'kennwort', 'passwort', 'senha', 'wachtwoord', 'losenord', 'salasana', 'haslo', 'sifre', 'heslo', 'jelsz', 'geslo', 'lozinka', 'adgangskode', 'kodeord',
  'wagwoord', 'khau', 'sandi', 'segreto', 'secreto', 'segredo', 'geheim', 'clave', 'chave', 'chiave', 'parola_d', 'parolad',
  // (Spanish: the prefix, written with ñ or without)
  'contrase',
  // Short words as keys only: followed by a separator or a quote.
  'sig=', 'sig:', 'sig"', "sig'", 'sig ', 'pin=', 'pin:', 'pin"', "pin'", 'pin ', 'sas=', 'sas:', 'sas"', 'sas ',
  'encrypt=', 'encrypt:', 'encrypt"', "encrypt'", 'encrypt ',
];
