import { isSecretKey, keyWords, SECRET_KEY_KEYWORDS, secretKeyStrength } from '../secret-keys.js';

/**
 * Context rules: the key says the value is secret, so the value goes whatever it looks like.
 * Any key is a candidate (KEY=value, key: value, "key": "value", key => value, [key] => value,
 * <key>value</key>, name/value pairs, --flag value); `isSecretKey` decides from the key's words,
 * and `isHarmlessValue` keeps values that hold nothing secret (placeholders, masks, references,
 * numbers next to a property of a secret, prose).
 */
/**
 * Calls that open a connection with positional credentials: `mysqli_connect('db', 'app', 'pw')`,
 * `new PDO($dsn, 'root', 'pw')`, `DriverManager.getConnection(url, "u", "pw")`,
 * `pymysql.connect("db", "u", "pw")`, `new Sequelize('db', 'u', 'pw')`, MATLAB's `database('dsn', 'u', 'pw')`,
 * and PHP's stack frames of them (`PDO->__construct('mysql:…', 'u', 'pw', Array)`). No key names the
 * password there; the call does.
 */
export const CONNECT_CALL = /(?:^|[._>:])(?:connect|real_connect|getconnection|createconnection|createpool|pdo|database|sequelize)$|(?:^|[._>:])(?:pdo|mysqli)(?:->|::)__construct$/i;

export const CONTEXT_KEYWORDS = [...SECRET_KEY_KEYWORDS, 'assword', 'connect(', 'getconnection(', 'createconnection(', 'createpool(', 'pdo(', 'pdo->', 'pdo::', 'mysqli->', 'mysqli::', 'database(', 'sequelize('];

// A key may start with digits when a letter follows them (`802-11-wireless-security.psk`, `3des_key`);
// numbers, times and addresses (`10:03:53`, `10.0.0.1:80`) are not keys.
const KEY = `(?:[A-Za-z_$@]|\\d(?=[\\d.-]*[A-Za-z_]))[A-Za-z0-9_.$@-]{0,79}`;
/** The key group, atomic (a lookahead capture then a backreference): no backtracking into a long word, which made a pass 20x slower. */
const KEY_GROUP = `(?=(?<key>${KEY}))\\k<key>`;
/** The same, or a dotfile's name (a Kubernetes secret's `".dockerconfigjson":`, `.git-credentials:`), as a pair's key only. */
const DOTFILE_KEY_GROUP = `(?=(?<key>\\.?${KEY}))\\k<key>`;
/**
 * A declaration's string type between its name and ` = ` (`token: []const u8 = "x"` in Zig,
 * `apiKey: string =` in TypeScript, `password: String? =` in Kotlin, `key: &'static str =` in Rust,
 * `secret: SecretStr =` in pydantic). Only a string type: a word before ` = ` is more often the
 * next pair's key (`ldap: rootpw = x`).
 */
const DECLARED_TYPE = `(?:[\\[\\]&*?]*(?:(?:const|mut|'static)[ \\t]+)?(?:string|str|String|u8|bytes|char|CharSequence|Text|SecretStr|SecretString|Any)\\??[ \\t]+=(?![=>])[ \\t]*)`;
/** Type annotations printers put before a value: Go spew `(string) (len=8) `, PHP `string(8) `, Python `b'…'`. */
const TYPED = `(?:\\((?:string|str|\\[\\]uint8)\\)\\s*(?:\\(len=\\d+\\)\\s*)?|(?:string|str|bytes)\\(\\d+\\)\\s*|[bBuUrR](?=["'])|${DECLARED_TYPE})`;
/** A value wrapped in an object of its own, maybe after a few plain fields: Spring's /actuator/env (`"DB_PASSWORD":{"value":"x"`), Terraform outputs (`{"sensitive":true,"type":"string","value":"x"}`). */
const WRAPPED = `(?:\\{(?:\\s*"[\\w-]{1,30}"\\s*:\\s*(?:true|false|null|-?\\d+|"[\\w -]{0,40}")\\s*,){0,4}\\s*["']?value["']?\\s*:\\s*)`;
// Triple quotes (TOML, Python, Grafana's ini: `"""x"""`) are a quote too. The last form: a quote
// never closed before the line ends (a parse error echoing its line, a cut log line).
const VALUE = `(?:(?<ph>%\\([^)\\s]*\\)[a-z]|\\$\\{(?:[^{}]|\\{[^{}]*\\})*\\}|\\$__[A-Za-z]+\\{[^{}\\s]*\\}|\\$\\([^)]*\\)|\\{\\{[^}]*\\}\\}|#\\{[^}]*\\})|"(?:""(?=[^"]))?(?<dq>(?:[^"\\\\]|\\\\.)*)"|'(?:''(?=[^']))?(?<sq>(?:[^'\\\\]|\\\\.)*)'|\`(?<bq>[^\`]*)\`|(?<ang><[^<>\\s]*>)|\\[(?<bytes>(?:0x[0-9A-Fa-f]{1,2}|\\d{1,3})(?:,[ \\t]*(?:0x[0-9A-Fa-f]{1,2}|\\d{1,3})){7,63})\\]|\\[(?!REDACTED)(?=[^\\]\\s]*\\d)(?<brk>[A-Za-z0-9+/=_.!#$%*@~-]{6,400})\\]|\\["(?<arr>[^"\\\\\\s]{6,400})"\\]|(?<bare>[^\\s"'\`,;&}\\])>{[(<][^\\s"'\`,;&}\\])>]*)|["'](?<uq>[^"'\\s](?:[^"'\\n]*[^"'\\s])?)$)`;

/** key <sep> value, with the key quoted, bracketed (PHP `[key] =>`, `["key"]=>`), the last index of a quoted path (`"vars['db']['password']": x`), or bare. */
export const CONTEXT_PAIR = new RegExp(
  `(?<![A-Za-z0-9_.$@/\\\\-])(?<open>\\[?)(?<q>["']?)${DOTFILE_KEY_GROUP}\\k<q>(?<close>\\](?:["'](?=\\s*[:=]))?|)(?<sep>\\s*(?::=|=>|->|<-|::(?=[ \\t])|[:=])[ \\t]*${WRAPPED}?${TYPED}?)${VALUE}`,
  'g',
);

/** name/value indirection: `{"name":"DB_PASSWORD","value":"x"}`, `key="SmtpPassword" value="x"`, `ParameterKey=P,ParameterValue=x`. */
export const NAME_VALUE = new RegExp(
  `(?<![A-Za-z0-9_])["']?(?:name|key|parameter_?key|variable|var|field|property|param|setting|type)["']?\\s*[:=]\\s*["']?${KEY_GROUP}["']?\\s*[,;]?\\s*["']?(?:value|parameter_?value|val|default)["']?\\s*[:=]\\s*${VALUE}`,
  'gi',
);

/**
 * CEF's custom fields name themselves in a label (`cs1Label=enteredPassword cs1=x`, LEEF and
 * ArcSight alike): the label is the key of the field with the same prefix and number.
 */
export const LABELLED_FIELD = /\b(?<p>cs|cn|cfp|flexString|flexNumber|deviceCustomString|deviceCustomNumber)(?<n>\d)Label=(?<key>[^=\s][^=]{0,60}?)(?=\s+\w+=)[^\n]{0,600}?(?<![\w.-])\k<p>\k<n>=(?<bare>[^\s]+)/dg;

/** A value in braces after `=`, as ODBC connection strings quote one holding `;` (`Pwd={a;b}`). */
export const BRACED_PAIR = new RegExp(`(?<![A-Za-z0-9_.$@/\\\\-])${KEY_GROUP}=\\{(?<v>[^{}\\n]*)\\}(?=[;\\s]|$)`, 'gd');

/**
 * Go's print of a map of lists (`map[x-api-key:[k3y…] content-type:[application/grpc]]`): gRPC
 * metadata and HTTP headers as `%v` writes them, a key, `:[`, the values, `]`.
 */
export const GO_MAP_PAIR = new RegExp(`(?<=[\\s\\[])${KEY_GROUP}:\\[(?<bare>[^\\s\\[\\]]+)\\](?=[\\s\\]]|$)`, 'dg');

/** A two-element tuple of a bare name and a quoted value: Erlang/Elixir proplists (`{password, <<"x">>}`), Python (`(password, 'x')`). */
export const TUPLE_PAIR = new RegExp(`[{(]\\s*${KEY_GROUP}\\s*,\\s*(?:<<)?(?:"(?<dq>(?:[^"\\\\]|\\\\.)*)"|'(?<sq>(?:[^'\\\\]|\\\\.)*)'|(?<bare>[^\\s"',(){}]+))(?:>>)?\\s*[})]`, 'gd');

/**
 * A dotted property name, a comma, its value, ending the line: how Flink and others print the
 * configuration they load (`Loading configuration property: fs.azure.account.key.x, <value>`).
 */
export const PROPERTY_COMMA_PAIR = /(?<![\w.-])(?<key>[A-Za-z][\w-]*(?:\.[\w-]+)+), (?<bare>[^\s,]+)\s*$/dg;

/**
 * Arguments: a quoted secret key, a comma, a quoted value (`define('DB_PASSWORD', 'x')`, `setenv("API_TOKEN", "x")`,
 * `put("password", "x")`). A quoted string followed by a colon is the next JSON key, not a value
 * (`"grant_type":"password","username":"bob"`).
 */
export const ARG_PAIR = new RegExp(`(?<![A-Za-z0-9_])(?<q>["'])${KEY_GROUP}\\k<q>\\s*,\\s*(?:"(?<dq>(?:[^"\\\\]|\\\\.)*)"|'(?<sq>(?:[^'\\\\]|\\\\.)*)')(?!\\s*:)`, 'g');

/**
 * A row of a table printed with pipes, the key in one cell and its value in the next (MySQL and
 * psql settings tables, Markdown, a CLI's `| API Secret | … |`): `| smtp_password | l1-L8xY… | 2024-02-19 |`. The value must
 * look like a credential (applyPairs' spaceSeparated): a cell is not a separator that says "value".
 */
export const TABLE_PAIR = new RegExp(`(?:^|\\|)[ \\t]*(?<key>[A-Za-z][\\w.$@-]{0,40}(?: [A-Za-z][\\w.$@-]{0,40}){0,2})[ \\t]*\\|[ \\t]*(?<bare>[^\\s|"'][^\\s|]*)[ \\t]*(?=\\||$)`, 'dg');

/**
 * The default of a secret-named variable: a literal the program falls back to, so the secret
 * itself. Shell and Compose `${DB_PASSWORD:-x}` (also `-`, `:=`, `=`), Spring `${DB_PASSWORD:x}`;
 * `${X:?message}` is an error message, not a default.
 */
export const DEFAULTED_VAR = /\$\{(?<key>[A-Za-z_][\w.-]{0,79})(?::?-|:?=|:(?![?-]))(?<v>[^{}?\s$][^{}\s]*)\}/dg;

/**
 * A literal after a secret-named environment lookup: `process.env.DB_PASSWORD || "x"` (also `??`),
 * Ruby `ENV["DB_PASSWORD"] || "x"` and `ENV.fetch("DB_PASSWORD") { "x" }`, Python's `or "x"`.
 */
export const ENV_FALLBACK = new RegExp(
  `(?:process\\.env\\.|\\bENV\\[["']|\\bENV\\.fetch\\(["']|os\\.environ\\.get\\(["']|\\bgetenv\\(["'])(?<key>[A-Za-z_]\\w{0,79})["']?\\]?\\)?\\s*(?:\\|\\||\\?\\?|\\bor\\b|\\{)\\s*(?:"(?<dq>[^"\\n]*)"|'(?<sq>[^'\\n]*)')`,
  'dg',
);

/**
 * `key "value"` anywhere, the key a secret-named identifier and the value quoted: Gradle and
 * Groovy (`storePassword "x"`), Kotlin DSL, nginx and Apache directives mid-line, and an array
 * element set in Tcl (`set ::config(smtp_password) "x"`). An identifier
 * (camelCase, snake_case, dotted), never a word of prose: `secret 'api-example-com' updated` names one.
 */
export const QUOTED_SPACE_PAIR = new RegExp(`(?<![A-Za-z0-9_.$@/\\\\-])(?=(?<key>[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*))\\k<key>[)\\]]?[ \\t]+(?:"(?<dq>(?:[^"\\\\\\n]|\\\\.)*)"|'(?<sq>(?:[^'\\\\\\n]|\\\\.)*)')`, 'dg');

/** A secret-named identifier, then a `value` pair of its own: `SetVariables AuthCtrlr.BasicAuthPassword value="x"` (OCPP), `--param DbPassword value=x`. */
export const KEY_THEN_VALUE = new RegExp(`(?<![A-Za-z0-9_.$@/\\\\-])${KEY_GROUP}[ \\t]+(?:value|val)[ \\t]*[:=][ \\t]*${VALUE}`, 'dg');

/** XML: `<password>x</password>` and `<name>db.password</name><value>x</value>`. */
export const XML_ELEMENT = /<(?<key>[A-Za-z_][\w.:-]{0,79})(?:\s[^<>]{0,400})?>(?<v>[^<>]+)<\/\k<key>>/dg;
/** An element whose value is wrapped in CDATA (`<wsse:Password Type="…"><![CDATA[x]]></wsse:Password>`): a value that may hold `<` and `&`. */
export const XML_CDATA_ELEMENT = /<(?<key>[A-Za-z_][\w.:-]{0,79})(?:\s[^<>]{0,400})?>\s*<!\[CDATA\[(?<v>(?:(?!\]\]>)[^\n]){1,400})\]\]>\s*<\/\k<key>>/dg;
/** A row of an HTML table, a name's cell then its value's (a framework's debug page: `<td>new_password1</td><td class="code"><pre>&quot;x&quot;</pre></td>`). */
export const HTML_CELL_PAIR = /<t[dh](?:\s[^<>]{0,200})?>\s*(?<key>[A-Za-z_][\w.-]{0,79})\s*<\/t[dh]>\s*<td(?:\s[^<>]{0,200})?>\s*(?:<(?:pre|code|span|samp|tt)(?:\s[^<>]{0,200})?>\s*)*(?:&quot;|&#x?2[27];|["'])?(?<v>[^<\n]{1,400}?)(?:&quot;|&#x?2[27];|["'])?\s*(?:<\/(?:pre|code|span|samp|tt)>\s*)*<\/td>/dg;
/** An element named by its attribute, its text the value: Android's shared preferences (`<string name="seed_0">x</string>`), Java's XML properties (`<entry key="password">x</entry>`). */
export const XML_NAMED_ELEMENT = /<(?<tag>[A-Za-z_][\w.:-]{0,40})\s[^<>]{0,200}?\b(?:name|key)=["'](?<key>[^"'<>]{1,80})["'][^<>]{0,200}>(?<v>[^<>]+)<\/\k<tag>>/dg;
export const XML_NAME_VALUE = /<(?:name|key)>(?<key>[^<>]{1,160})<\/(?:name|key)>\s*<value(?:\s[^<>]{0,200})?>(?<v>[^<>]+)<\/value>/dgi;

/**
 * `key value` anywhere, when the key is an identifier (`aws configure set aws_secret_access_key x
 * --profile ci`, `git config user.password x`): snake_case or dotted, never a word of prose. The
 * value must look like a credential (applyPairs' spaceSeparated).
 */
export const IDENT_SPACE_PAIR = new RegExp(`(?<![A-Za-z0-9_.$@/\\\\-])(?=(?<key>[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+))\\k<key>[ \\t]+${VALUE}`, 'g');

/**
 * A key written as words with spaces between them, first on its line (after an indent, a list's
 * bullet or a table's `|`), then `=`: `Secret Key   = …`, `Secret ID    = <uuid>` as Nomad and
 * Consul print a token; or a `:` after a default in brackets, as `aws configure` echoes its prompt
 * (`AWS Secret Access Key [None]: …`). Words then a plain `:` are how prose introduces what it
 * talks about (`Repository password: (read from …)`, `Cache restored from key: …`): not this rule's.
 * The words are the key (isSecretKey reads `secret key` as `secret_key`).
 */
export const SPACED_KEY_PAIR = /^(?:\s*(?:[-*•|]\s*)?)(?<key>[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*){1,3})(?:[ \t]+\[[^\]\n]{0,40}\][ \t]*:|[ \t]*=)[ \t]*(?:"(?<dq>[^"\n]*)"|'(?<sq>[^'\n]*)'|(?<bare>[^\s"',;([{<][^\s"',;]*))/dg;

/** `key value` at the end of a line (redis.conf `requirepass x`, nginx `proxy_set_header X-Token "x";`); never the last part of a path. */
export const SPACE_PAIR = new RegExp(`(?<![A-Za-z0-9_./\\\\-])${KEY_GROUP}[ \\t]+${VALUE}[ \\t]*;?[ \\t]*$`, 'dg');

const PLACEHOLDER = new RegExp(
  [
    '^ENC\\[[A-Z0-9_]+(?:,|$)', // SOPS ciphertext: ENC[AES256_GCM,data:…]
    '^vault:v\\d+:', // Vault transit ciphertext
    '^Ag[A-Za-z0-9+/]{600,}={0,2}$', // Bitnami Sealed Secrets ciphertext (encryptedData: a session key sealed with RSA, then AES-GCM; made to be committed)
    '^[xX•·●∙⋅◦#.\\-_?]{3,}$', // xxxx, ..., ---, ???, and the dots a password field shows (••••, ····)
    '^[*xX•·●]{3,}\\s*[([<](?:redacted|hidden|masked|filtered|sensitive|secret)[)\\]>]$', // *********(redacted): a mask with its notice
    // [FILTERED], [REDACTED], [REDACTED:rule] (a marker), [hidden], [***]; not a password in brackets (`password [Syn0l0gy_HyperB@ck]`)
    '^\\[(?:[A-Za-z][A-Za-z _-]{0,39}|[^A-Za-z0-9\\]]*|REDACTED[^\\]]*)\\]?$',
    '^\\[REDACTED', // a marker followed by anything
    '^<[^<>]*>$', // <redacted>, <password>, <secret>
    '^[A-Za-z]\\w*\\(\\[?(?:REDACTED|[Rr]edacted|\\*{3,}|[Hh]idden|[Mm]asked)', // a type that prints itself masked (Rust's secrecy: Secret([REDACTED alloc::string::String]))
    '^\\$__[A-Za-z]+\\{[^{}\\s]*\\}$', // Grafana's expansions: $__file{/run/secrets/x}, $__env{GF_X}, $__vault{…}
    '^\\((?:hidden|redacted|masked|filtered|secret|sensitive|omitted|removed|none|null|empty|not set|unset)\\)$',
    '^\\$+\\{[^}]*\\}?', // ${VAR}, ${VAR:?msg}, and escaped or preprocessor forms: $${VAR} (Compose, Terraform, FreeSWITCH)
    '^\\$\\([^)]*\\)?', // $(VAR) $(cat file)
    '^\\$[A-Za-z_][A-Za-z0-9_]*$', // $VAR
    '^\\$[A-Za-z_][A-Za-z0-9_]*\\([^)]*\\)$', // $env(PASS), $argv(1): Tcl's (Expect's) variables
    '^\\$\\d+$', // $1
    '^%[-+ #0]*\\d*(?:\\.\\d+)?[sdvqxifr]$', // %s %v %d
    '^%\\([^)]*\\)[sdrvif]?$', // %(pw)s
    '^\\{\\{.*\\}\\}?$', // {{ var }}
    '^\\{%.*%\\}$', // {% ... %}
    '^\\{[A-Za-z0-9_.]*\\}$', // {password} {0} {}
    '^#\\{[^}]*\\}$', // #{pw}
    '^%\\{[^}]*\\}?', // %{idp.ldap.bindCredential:} (Shibboleth, Logstash field references)
    '^@[A-Za-z_]\\w*$', // @param
    '^:[A-Za-z_]\\w*$', // :password (bind)
    '^\\?$',
    '^!(?:Ref|Sub|GetAtt|ImportValue|vault|secret|env)\\b', // YAML tags
    '^ENC\\[.*\\]$',
    '^(?:vault|ssm|secretsmanager|sm|awssm|aws-sm|gcpsm|azurekeyvault|akv|op|keyvault|env|file|k8s|kubernetes|secret|doppler|infisical|bws|pass):(?://)?[A-Za-z0-9_./#:@{}-]+$', // references
    '^op://[A-Za-z0-9_.-]+(?: [A-Za-z0-9_.-]+)*/[A-Za-z0-9_.-]+(?: [A-Za-z0-9_.-]+)*/[A-Za-z0-9_.-]+$', // 1Password's vault/item/field, whose names may hold spaces (op://Infra/Postgres Prod/password)
    '^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):', // ARNs
    '^projects/[^/]+/secrets/',
    '^(?:secretKeyRef|secretRef|valueFrom|configMapKeyRef|fieldRef|envFrom)\\b',
    '^[*_#~.-]*(?:REDACTED|FILTERED|MASKED|HIDDEN|REMOVED|SCRUBBED|OMITTED|CENSORED|SANITIZED|PROTECTED|SENSITIVE|NOT_SET|UNSET|NONE|NULL|CHANGE_?ME_?LATER)[*_#~.-]*$', // also dressed up: **redacted**
    '^%[A-Za-z_][A-Za-z0-9_]*%$', // %STRIPE_SECRET% (Windows and .NET configuration tokens)
    '^[A-Za-z]{2,8}[-_]<[^<>]*>?$', // key-<your-api-key>: a vendor's prefix then the fill-in
    '^[*+xX•#-]{4,}\\s*(?:#.*)?$', // '-------- # (24 bytes)': a mask with its comment (helm diff)
    '^(?:[A-Za-z]+[+ ])+(?:REDACTED|FILTERED|MASKED|HIDDEN|REMOVED|SCRUBBED|OMITTED|CENSORED|SANITIZED)$', // DATA+OMITTED (kubectl config view), VALUE REDACTED
    '^[A-Za-z0-9]{1,12}(?:[_-][A-Za-z0-9]{1,12}){0,2}[_-]?(?:\\.{3,}|…)$', // whsec_..., sk_live_…: a token's prefix, the rest left out (a sample of its shape)
    '^[A-Za-z][\\w.-]{0,20}:\\$+\\{[^}]*\\}?$', // token:${PULSAR_CLIENT_TOKEN}: a reference behind its scheme
  ].join('|'),
  'i',
);

const HEX_NUMBER = /^0x[0-9A-Fa-f]{1,8}$/;
/** Algorithms' names: signatures (RSA-SHA256, ECDSA-SHA384, RSA-PSS, Ed25519), JWT's (HS256, RS512, ES384, PS256), digests (SHA-256). */
const ALGORITHM = /^(?:(?:RSA|ECDSA|DSA|EdDSA|Ed25519|Ed448|HMAC)(?:[-_](?:SHA-?(?:1|224|256|384|512)|SHA3-\d{3}|MD5|PSS|PKCS1(?:v1_5)?))*|(?:HS|RS|ES|PS)(?:256|384|512)|SHA-?(?:1|224|256|384|512))$/i;

const LABELLED_DIGEST = /^(?:hmac-)?(?:sha(?:1|224|256|384|512)|sha3-\d{3}|md5|blake2[bs]?):[0-9a-f]{32,}$/i;

/** Words that, as a value, are prose or status rather than a secret (`password: invalid`, `token=expired`). */
const PROSE = new Set([
  'true', 'false', 'yes', 'no', 'on', 'off', 'null', 'nil', 'none', 'undefined', 'required', 'optional', 'enabled', 'disabled', 'invalid', 'incorrect', 'wrong',
  'expired', 'missing', 'empty', 'blank', 'unset', 'set', 'provided', 'ok', 'valid', 'verified', 'accepted', 'rejected', 'denied', 'changed', 'updated', 'reset',
  'rotated', 'hidden', 'masked', 'redacted', 'filtered', 'removed', 'omitted', 'unknown', 'default', 'too', 'is', 'was', 'not', 'must', 'should', 'the', 'a', 'an',
  'failed', 'failure', 'error', 'mismatch', 'match', 'matched', 'present', 'absent', 'found', 'generated', 'configured', 'supplied', 'given', 'specified', 'ignored',
  'deprecated', 'stored', 'saved', 'sent', 'received', 'short', 'long', 'weak', 'strong', 'prompt', 'stdin', 'env', 'auto', 'random', 'inherit', 'sensitive',
  'secret', 'password', 'token', 'bearer', 'basic', 'digest', 'negotiate', 'ntlm', 'oauth', 'oauth2', 'jwt', 'apikey', 'api_key', 
  'array', 'object', 'string', 'str', 'int', 'integer', 'bool', 'boolean', 'dict', 'map', 'list', 'function', 'func', 'bytes', 'buffer', 'nan', 'infinity',
  'pending', 'active', 'revoked', 'unavailable', 'available', 'loaded', 'ready', 'needed', 'expected',
  // PAM's management groups, as a module names where it runs (`pam_pwquality(passwd:chauthtok)`, `pam_unix(sshd:session)`).
  'chauthtok', 'setcred', 'acct_mgmt', 'authenticate', 'open_session', 'close_session',
  // No credential at all, said in the value's place (Matomo's `token_auth=anonymous`).
  'anonymous',
]);

/** `value` with its percent-escapes decoded, or as it is when they are malformed. */
function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
const SEPARATOR_LEFT = /^\s*[=:](?=[\[<*$%{])/;
/** An environment variable's name: capitals and digits in two parts or more. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const NUMERIC = /^[+-]?\d+(?:[.,]\d+)?(?:\/\d+(?:[.,]\d+)?)?(?:ms|us|ns|s|m|h|d|w|y|k|kb|mb|gb|kib|mib|gib|%|x|\s+(?:bytes?|chars?|characters?|digits?|days?|hours?|minutes?|seconds?|attempts?|times?))?$/i;
const PATH = /^(?:~|\.{1,2})?(?:\/[A-Za-z0-9._@-]+)+\/?$|^\/$|^[A-Za-z]:\\[^\s]*$/;
/** A path none of whose parts looks generated (a token in a URL path is no folder name). */
const isPlainPath = (v: string): boolean => PATH.test(v) && !v.split(/[/\\]/).some((seg) => looksGenerated(seg));
const NAMED_PATH = /^[A-Za-z][\w.-]{0,63}:(?=[~./])/;
/** A file in a folder or deeper: a single `/word` after a colon may be part of a password. */
const PATH_OF_DIRS = /^[~.]*\/[^/]+\/[^/]/;
/** Code, not data: `os.environ[`, `os.Getenv(` (the value was cut at a quote), `self.password`, `process.env.DB_PASSWORD`. */
const CALL_OR_INDEX = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*[([]$/;
/** A part of a dotted name that mixes a digit with both cases (`YXg25`): generated text, not an identifier. */
const GENERATED_PART = /(?:^|\.)(?=[^.]*\d)(?=[^.]*[A-Z])(?=[^.]*[a-z])[^.]+(?:\.|$)/;
const WORDS_PATH = /^[A-Za-z]+(?:\.[A-Za-z]+)+$/;
const DOTTED_REF = /^(?<head>[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)+$/;
const REF_HEADS = new Set(['self', 'this', 'os', 'process', 'env', 'environ', 'config', 'cfg', 'conf', 'settings', 'options', 'opts', 'params', 'args', 'request', 'req', 'ctx', 'context', 'system', 'environment', 'props', 'properties', 'values', 'vars', 'secrets', 'credentials', 'app', 'st', 'viper', 'cli', 'flags', 'input', 'inputs', 'data', 'spec', 'item', 'user', 'row', 'record', 'model', 'form', 'body', 'payload', 'obj', 'o', 'c', 'cred', 'creds']);
/** A resource name (kebab or snake, lowercase) that names a secret object: `db-credentials`, `postgres-secret`. */
const RESOURCE_NAME = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/;
/** A word with a digit between letters (`s3cret`, `p4ss`): how people write passwords, not names. */
const LEET_WORD = /[a-z]\d+[a-z]/i;
const SECRET_OBJECT_LAST = new Set(['secret', 'secrets', 'credential', 'credentials', 'creds', 'cred']);
/** Last words of a key that hold a secret even when the value is all digits (a PIN, a numeric password). */
const DIGIT_SECRETS = new Set(['password', 'passwd', 'pwd', 'pw', 'pass', 'pin', 'passcode', 'passphrase', 'otp', 'totp', 'secret', 'token', 'code']);

/**
 * Fill-in conventions of examples and templates, in separated words: YOUR_API_KEY_HERE,
 * your-password, API_KEY_HERE, put-your-token-here, REPLACE_ME, insert_your_key.
 */
const NOTICE = /^[A-Z]+(?:_[A-Z]+){3,}$/;
/** Symbols or punctuation only, in any script: a mask (`***`, `<<<`, `====`, `██`, `▒▒▒`, `●●●`). */
const SYMBOLS_ONLY = /^[\p{P}\p{S}]+$/u;
const WIRE_LINE_END = /(?:\[\\r\]|\[\\n\])+$|(?:\\r|\\n)+$|\[+$/;
const FILL_IN_CAPS = /^(?:CHANGE_ME(?:_PLEASE)?|REPLACE_ME|FIX_ME|FIXME|TODO|TBD)$/;
const FILL_IN = /^(?:(?:your|my)(?:[-_ ][a-z0-9]+)+|(?:[a-z]+[-_])+(?:goes[-_])?here|(?:replace|insert|enter|put)[-_ ]?(?:me|it|here|your[a-z]*)(?:[-_ ][a-z0-9]+)*)$/i;
// Lower-case character codes a fill-in starts with (your, my, replace, insert, enter, put) or ends with (here).
const Y = 121, M = 109, R = 114, I = 105, E = 101, P = 112;

/** Values that say nothing secret, wherever they stand. */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0 || PLACEHOLDER.test(value) || SYMBOLS_ONLY.test(value)) return true;
  // HTTP wire logs (Apache HttpClient) show the line end as `[\r][\n]`: `Basic ****[\r][\n]` is a mask
  // (and `<masked>[` where the escapes were decoded, the line end cutting the value after its bracket);
  // so is `········\n`, a prompt's echo with its escaped line end (a notebook's stream output).
  if (WIRE_LINE_END.test(value)) return isPlaceholder(value.replace(WIRE_LINE_END, ''));
  // A notice in capitals, four words or more (Ansible's VALUE_SPECIFIED_IN_NO_LOG_PARAMETER, NOT_SET_IN_ENV…).
  if (NOTICE.test(value)) return true;
  // Fill-in words of sample configs, in capitals (`smtp_pass = CHANGE_ME`). A lowercase `changeme`
  // is a default password really in use, and stays a secret.
  if (FILL_IN_CAPS.test(value)) return true;
  // A notice between asterisks (Nextcloud's `***REMOVED SENSITIVE VALUE***`, `**hidden**`).
  if (STARRED_NOTICE.test(value)) return true;
  // Masked but for a few characters kept to tell keys apart (`sk-proj-****…wXyZ`, `****a1b2c`).
  if (value.includes('****') && 2 * starsIn(value) >= value.length) return true;
  // A vendor's prefix kept and the rest starred (`xoxb-***`, `sk_live_***`): which kind of key, not the key.
  if (PREFIX_THEN_STARS.test(value)) return true;
  // Masked with x's but for the last few characters, as CircleCI and Heroku list a secret (`xxxx7QdE`).
  if (XS_THEN_TAIL.test(value)) return true;
  // Only values that start or end as a fill-in can be one: most never reach the pattern.
  const first = value.charCodeAt(0) | 32;
  const fillIn = first === Y || first === M || first === R || first === I || first === E || first === P || (value.charCodeAt(value.length - 1) | 32) === E;
  // `my-team-jwt-s3cret-2024` starts as a fill-in does, but a word written like a password is not one.
  if (!fillIn || !FILL_IN.test(value) || LEET_WORD.test(value)) return false;
  // "your-api-key", "my_password", "your token here" say what goes there; "my dog has fleas 2019" is
  // a passphrase that starts as a fill-in does.
  return !OWNED_PHRASE.test(value) || keyWords(value).some((w) => FILL_IN_NOUNS.has(w) || isSecretKey(w));
}
const TYPED_NUMBER = /^[a-z]:\d{1,6}$/;
const STORE_REFERENCE = /^@(?:keychain|env):[\w.-]+$/;
const DOTTED_NUMBER = /^\d{1,4}(?:\.\d{1,4}){1,3}$/;
const XS_THEN_TAIL = /^(?:x{4,}|X{4,})[A-Za-z0-9]{1,6}$/;
const PREFIX_THEN_STARS = /^[A-Za-z][\w.-]{0,11}\*{3,}$/;
/** A fill-in that starts with an owner's word (your, my): it names what is to be filled in. */
const OWNED_PHRASE = /^(?:your|my)[-_ ]/i;
/** What a fill-in names besides a secret word: `your-key-here`, `my-app-id`, `your_email`. */
const FILL_IN_NOUNS = new Set([
  'key', 'here', 'value', 'name', 'id', 'user', 'username', 'login', 'email', 'host', 'hostname', 'domain', 'project', 'org', 'organization', 'account', 'app',
  'bucket', 'server', 'database', 'db', 'site', 'company', 'team', 'tenant', 'region', 'cluster', 'namespace', 'repo', 'service', 'url', 'endpoint', 'client', 'pass',
]);

const STARRED_NOTICE = /^\*{2,}[A-Za-z][A-Za-z ]*\*{2,}$/;

/** A vendor's prefix then words only (`xoxb-your-bot-token`, `sk-your-key-here`): the sample of a token's shape. */
const PREFIXED_WORDS = /^[A-Za-z]{2,8}[-_](?<rest>[A-Za-z]+(?:[-_][A-Za-z]+)*)$/;

/**
 * A token format filled in with words, as samples and templates show it. Generated tokens hold
 * digits (twenty random characters without one are rarer than 1 in 30), so a match with none whose
 * words after the prefix are a fill-in is a sample.
 */
export function isFilledInFormat(token: string): boolean {
  const rest = PREFIXED_WORDS.exec(token)?.groups?.rest;
  return rest !== undefined && isPlaceholder(rest);
}

function starsIn(value: string): number {
  let n = 0;
  for (let i = value.indexOf('*'); i >= 0; i = value.indexOf('*', i + 1)) n++;
  return n;
}

/**
 * Values that say nothing secret next to a secret key: placeholders and masks, references,
 * numbers (`password_min_length: 12` is caught by the key, `auth: 5` here), paths to secret
 * files, and prose (`password: too short`).
 */
export function isHarmlessValue(value: string, key?: string): boolean {
  // A separator's second character read as the value's first (`PASSWD:=[REDACTED]`, where the pair
  // rule's `:=` found no value it could take and `:` then did): the value is what follows it.
  const v = SEPARATOR_LEFT.test(value) ? value.trim().slice(1) : value.trim();
  if (v.length === 0 || PROSE.has(v.toLowerCase())) return true;
  // One character is a setting (`ClearTextPassword = 0`, a policy's switch), never a credential.
  if (v.length === 1) return true;
  // Dotted numbers are versions and status codes (postfix's `dsn=2.0.0`), not credentials.
  if (DOTTED_NUMBER.test(v)) return true;
  // Where the secret is kept, in the syntax of Apple's tools (`-p @keychain:AC_PASSWORD`, `@env:APP_PW`).
  if (STORE_REFERENCE.test(v)) return true;
  // A typed setting (an .rdp file's `prompt for credentials:i:1`): a type letter and a number.
  if (TYPED_NUMBER.test(v)) return true;
  if (isPlaceholder(v) || isFilledInFormat(v)) return true;
  // A placeholder percent-encoded in a URL (`token=%7B%7B%20secrets.DEPLOY_TOKEN%20%7D%7D`).
  if (v.includes('%') && isPlaceholder(percentDecoded(v))) return true;
  if (NUMERIC.test(v)) {
    if (/\s/.test(v)) return true; // a count with its unit: `16 bytes`
    if (key === undefined) return v.length < 6;
    const words = keyWords(key);
    return !DIGIT_SECRETS.has(words[words.length - 1] ?? '');
  }
  if (isPlainPath(v)) return true;
  // The name of a variable that holds the secret (`masking secrets: DOCKER_PASSWORD, NPM_TOKEN`), not the secret.
  if (ENV_NAME.test(v) && isSecretKey(v)) return true;
  // A name and the file that holds it (systemd's `LoadCredential=db-password:/etc/credstore/db-password`):
  // a reference, as a path alone is.
  const named = NAMED_PATH.exec(v);
  if (named && PATH_OF_DIRS.test(v.slice(named[0].length)) && isPlainPath(v.slice(named[0].length))) return true;
  // A labelled digest (`hmac-sha256:7c47…`, as Vault's audit log writes every secret it saw): a
  // one-way hash of a secret, kept so that two entries can be matched, not the secret.
  if (LABELLED_DIGEST.test(v)) return true;
  // A short hex number (CoAP's `Token=0xcbc9f3c4`, a handle): an id for matching replies, not a secret.
  if (HEX_NUMBER.test(v)) return true;
  // An algorithm's name (`signature: RSA-SHA256`, `alg: HS256`): which kind of secret, not one.
  if (ALGORITHM.test(v)) return true;
  if (CALL_OR_INDEX.test(v)) return true;
  const ref = DOTTED_REF.exec(v);
  // (a reference's head as code writes it, `c.password`, `self.token`; not `C.jrzdYXg25.leRi`, a password
  // with dots in it: its parts mix digits and both cases as generated text does)
  if (ref && ((REF_HEADS.has(ref.groups!.head!.toLowerCase()) && !GENERATED_PART.test(v)) || isSecretKey(v.slice(v.lastIndexOf('.') + 1)))) return true;
  // A path of field names (a query's `MasterUserSecret.SecretArn`): words only, one naming a secret.
  if (ref && WORDS_PATH.test(v) && v.split('.').some((part) => isSecretKey(part))) return true;
  // A name of a secret object (`db-credentials`), not one written like a password (`my-jwt-s3cret-2024`).
  if (key !== undefined && RESOURCE_NAME.test(v) && !LEET_WORD.test(v)) {
    const kw = keyWords(key);
    if (SECRET_OBJECT_LAST.has(kw[kw.length - 1] ?? '') && keyWords(v).some((w) => isSecretKey(w))) return true;
  }
  // A key that names which field of a secret holds a value (Helm's `userKey: admin-user`,
  // `passwordKey: admin-password`): its value is a field's name, and says what the key's first word says.
  if (key !== undefined && RESOURCE_NAME.test(v) && !/\d/.test(v)) {
    const kw = keyWords(key);
    if (kw.length >= 2 && kw[kw.length - 1] === 'key' && keyWords(v).includes(kw[kw.length - 2]!)) return true;
  }
  // Prose after a colon: several words, the first of them a prose word ("too short (minimum 12)").
  const space = v.indexOf(' ');
  if (space > 0 && PROSE.has(v.slice(0, space).toLowerCase())) return true;
  return false;
}

export { isSecretKey };

/**
 * High-entropy tokens standing near a secret word without a key=value shape:
 * "using token 7f8e9d0c1b2a…", "password is Xy7#kP2q…". UUIDs are left alone (ids, not secrets).
 */
export const NEAR_SECRET_WORD = /(?<keep>(?<![/\\])\b(?:token|secret|password|passwd|passphrase|api[ _-]?key|access[ _-]?key|(?:encryption|private|master|unseal|recovery|secret|signing)[ _-]key|credential)s?\b(?:\s+d[eiaou]\s+[A-Za-z]{2,10}\b)?(?:\s+#?\d{1,2}(?=\s*:))?(?:\s+(?:is|was|of|for|=|:|->|set\s+to))?:?\s+["']?)(?<secret>(?!-)[A-Za-z0-9+/=_.~!@#$%^&*-]{16,})/gi;

/**
 * The password word in other languages and scripts, then a separator and a value: "初期パスワード:
 * Xy7…", "contraseña = …", "mot de passe : …", "şifre=…", and as a quoted key (`"пароль":"…"`):
 * Japanese, Chinese, Korean, Russian, Ukrainian, Spanish, Polish, Swedish, French, Turkish,
 * Romanian, Hungarian, Czech, Greek, Hebrew, Arabic, Hindi, Vietnamese, Indonesian, Thai. Keys in
 * ASCII (Kennwort, senha, mot_de_passe) are secret-key words.
 */
const FOREIGN_PASSWORD_WORDS =
  'パスワード|暗証番号|密码|密碼|口令|비밀번호|пароль|парол|гасло|contraseña|hasło|lösenord|mot[ _-]de[ _-]passe|şifre|parolă|jelszó|heslo|κωδικός|סיסמה|كلمة المرور|كلمة السر|पासवर्ड|mật khẩu|kata sandi|รหัสผ่าน';
/** The secret and the token words, where they are not ASCII: a client secret, a signing key, an access token. */
const FOREIGN_SECRET_WORDS = 'シークレット|秘密鍵|密钥|密鑰|秘钥|令牌|トークン|시크릿|토큰|секрет|токен|ключ API|API[ -]?ключ|API[ -]?キー|API ?密钥';
const FOREIGN_WORDS = `${FOREIGN_PASSWORD_WORDS}|${FOREIGN_SECRET_WORDS}`;
export const FOREIGN_SECRET_WORD = new RegExp(FOREIGN_WORDS, 'i');
/**
 * The password word in another language with the value further on in the sentence, not right after
 * a separator: "使用的密码为 X，请检查", "Das Passwort für den Benutzer admin lautet X", "初期パスワードは X
 * です", "Ο κωδικός πρόσβασης του χρήστη nikos είναι X". The first token after the word (within 80
 * characters) that has a credential's shape goes: mixed case and digits, or a long generated run.
 */
/** The password and secret words of other languages written in ASCII (secret-key words too: `Passwort: x`, `segreto: x` are pairs). */
const ASCII_PASSWORD_WORDS = 'passwort|kennwort|wachtwoord|senha|salasana';
const ASCII_SECRET_WORDS = 'segreto|secreto|segredo|geheimnis|geheime?[rs]? schl[üu]ssel';
/** Whether an ASCII-only line holds one: only then can the sentence rule find something there. */
export const ASCII_FOREIGN_WORD = new RegExp(`${ASCII_PASSWORD_WORDS}|${ASCII_SECRET_WORDS}`, 'i');
const FOREIGN_NEAR_WORD = new RegExp(`(?<password>${FOREIGN_PASSWORD_WORDS}|${ASCII_PASSWORD_WORDS}|API ?키)|${FOREIGN_SECRET_WORDS}|${ASCII_SECRET_WORDS}`, 'giu');
/**
 * After a secret or token word the value comes after a separator (`Segreto del client per "x": V`,
 * `令牌：V`): a token is talked about far more often than shown (`令牌已过期 (request_id=…)`, token
 * expired), so a credential-shaped word that merely follows in the sentence is not taken for it.
 */
const SEPARATOR_BEFORE = /[:：=]\s*["'「『]?$/;
const SENTENCE_TOKEN = /[\x21-\x7e]+/g;
const EMAIL_LIKE = /@[\w-]+\./;
/** Quotes, brackets and sentence punctuation around a token are not part of it. */
const TOKEN_EDGES = /^["'`(\[{<«]+|["'`)\]}>»,.;:]+$/g;

const SENTENCE_SECRETS_MAX = 2;

/** Spans of the secrets FOREIGN_NEAR_WORD finds in `text`. */
export function foreignSentenceSecrets(text: string): [number, number][] {
  const spans: [number, number][] = [];
  FOREIGN_NEAR_WORD.lastIndex = 0;
  for (let m = FOREIGN_NEAR_WORD.exec(text); m; m = FOREIGN_NEAR_WORD.exec(text)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 80);
    SENTENCE_TOKEN.lastIndex = 0;
    let found = 0;
    for (let t = SENTENCE_TOKEN.exec(window); t; t = SENTENCE_TOKEN.exec(window)) {
      const core = t[0].replace(TOKEN_EDGES, '');
      // A value already gone (a marker): a sentence may hold two (`… von X auf Y geändert`, the old
      // password and the new), never more, so the words after the second are the sentence's.
      if (t[0].includes('[REDACTED')) {
        if (++found >= SENTENCE_SECRETS_MAX) break;
        continue;
      }
      if (core.length === 0 || EMAIL_LIKE.test(core) || core.includes('://') || !looksCredential(core) || isPlaceholder(core)) continue;
      if (m.groups!.password === undefined && !SEPARATOR_BEFORE.test(window.slice(0, t.index + t[0].indexOf(core)))) break;
      const start = from + t.index + t[0].indexOf(core);
      spans.push([start, start + core.length]);
      break;
    }
  }
  return spans;
}

export const FOREIGN_SECRET_PAIR = new RegExp(`(?<keep>(?:${FOREIGN_WORDS})["'」』]?\\s*[:：=]\\s*["'「『]?)(?<secret>[^\\s"'」』（(,，。、]{6,})`, 'giu');

/** "the admin password is: Xy7…", "the new password for user bob on host db1 is Xy7…", "prod db password is now Xy7…", "el token nuevo es Xy7…" (the verb in Spanish, French, German, Swedish, Polish too), "token was set to …", "with password `Xy7…`", "GENERATED ROOT PASSWORD: ,IMhy…" (the line's last word, whatever punctuation it starts with): a connector word or a quote, then a value with a credential's shape, never a pair of its own (`password policy: max_password_age=90`). */
export const SECRET_IS = /(?<keep>\b(?:[A-Z][A-Z0-9]*_)*(?:password|passwd|passphrase|passcode|pin|psk|pwd|secret|token|api[ _-]?key)s?(?:\s+(?:is|was|set\s+to|changed\s+to|reset\s+to)(?:\s+now)?\s*:?|(?:\s+[\w@.'-]+){1,5}\s*:(?=[\s"'`])|(?:\s+[\w@.'-]+){1,8}?\s+(?:is|was|es|est|ist|är|jest)\s+(?:now\s+)?|\s+for(?:\s+[\w@.'-]+){1,4}?\s+(?:set|changed|reset)\s+to\s+|\s+(?=["'`])|:(?=[ \t]+[^\s"'`]{6,}[ \t]*$))\s*["'`]?)(?![a-z_][a-z0-9_.-]{2,}=)(?<secret>[^\s"'`]{6,})/gi;

/**
 * The password word (or `pw`, or glued in camelCase: Tasmota's `MqttPassword X`, or numbered: its `Password1 X;`), then at once a word written like a password: capitals, small letters, a digit
 * and a symbol, not a file name (`connect as svc_bi with password Hx4$mPq-81 and list the tables`).
 * Case-sensitive on purpose: the shape is the evidence.
 */
export const PASSWORD_THEN_CREDENTIAL = /(?<keep>(?:\b(?:[Pp]ass(?:word|wd|phrase)|PASS(?:WORD|WD|PHRASE)|[Pp]wd|PWD|[Pp]w|PW)|(?<=[a-z0-9])Pass(?:word|wd|phrase))\d?\s+)(?<secret>(?!-)(?=[^\s"'`]*[A-Z])(?=[^\s"'`]*[a-z])(?=[^\s"'`]*\d)(?=[^\s"'`]*[^\w\s"'`])(?![^\s"'`]*\.[a-z]{2,4}\b)[^\s"'`]{7,63}[^\s"'`;,])(?=[;,]?(?![^\s"'`]))/g;

/**
 * A user and a password written `user / password` after a word about logging in (Foreman's
 * `Initial credentials are admin / x`, a driver's `Authenticating … with cass_reader / x`).
 */
export const USER_SLASH_PASSWORD = /(?<keep>\b(?:[Cc]redentials?|[Cc]reds?|[Ll]og(?:ge)?in(?:\s+with)?|[Ll]og\s+in(?:\s+with)?|[Aa]uthenticat\w*)\b[^\n/]{0,60}?(?:\s(?:are|is|with|as|:)\s+["'`]?|:\s+["'`])[\w.@-]{1,64}["'`]?\s*\/\s*["'`]?)(?<secret>[^\s"'`/]{6,128})(?=["'`]?(?:[\s,.;)]|$))/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A token that looks generated: long, mixed letters and digits, high entropy, not an id shape. */
/**
 * NEAR_SECRET_WORD's test: a generated-looking run, not a path (`grep password /root/.m2/settings.xml`),
 * and for a key's own pair, its value (`token written: accessor_id=9a4e…`, a UUID, names a lease).
 */
export function nearWordSecret(token: string): boolean {
  if (!looksGenerated(token) || isPlainPath(token)) return false;
  return !KEY_PAIR.test(token) || looksGenerated(token.slice(token.indexOf('=') + 1));
}
const KEY_PAIR = /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*=[^=]/;

export function looksGenerated(token: string): boolean {
  if (UUID.test(token) || token.startsWith('[REDACTED')) return false;
  if (!/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) return false;
  return entropy(token) >= 3.5;
}

/**
 * A value that looks like a credential by its shape: mixed upper, lower and digits; a long
 * base64/hex-like run; or a URL with user info. Weak keys (`auth`, `session`, `signature`, `cache_key`)
 * keep their value unless it has such a shape (`auth: md5`, `session: 42` stay).
 */
export function looksCredential(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || v.length > 4096 || /\s/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s@]+@/i.test(v)) return true;
  if (UUID.test(v)) return false;
  if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v)) return true;
  return v.length >= 20 && /^[A-Za-z0-9+/=_.~-]+$/.test(v) && /[0-9]/.test(v) && /[A-Za-z]/.test(v);
}

/** A plain word (`SIMPLE`, `Kerberos`) or a lowercase identifier (`md5`, `scram-sha-256`): a setting, not a credential. */
const WORDISH = /^(?:[A-Za-z]{1,24}|[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)$/;

/** The one decision for a key/value pair: does the value go? */
export function valueIsSecret(key: string, value: string): boolean {
  const strength = secretKeyStrength(key);
  // A `secret_id` usually names a secret (AWS), but one that is a bare UUID is the secret itself:
  // Vault AppRole secret_id, Consul's ACL SecretID.
  if (strength === 0) return UUID.test(value.trim()) && isSecretIdKey(key);
  if (isHarmlessValue(value, key)) return false;
  if (strength === 3) return true;
  if (strength === 2) return (!WORDISH.test(value.trim()) && !UUID.test(value.trim())) || looksCredential(value);
  return looksCredential(value);
}

/** `secret_id`, `SecretID`, `secretId`, `secret-id` (a regex, not keyWords: this runs for every key that names no secret). */
const SECRET_ID_KEY = /^secret[ _.-]?id$/i;
export const isSecretIdKey = (key: string): boolean => key.length <= 9 && SECRET_ID_KEY.test(key);

/** A value that looks like a credential by its shape alone: for `key value` pairs without a separator. */
export function looksSecretish(value: string): boolean {
  if (value.length < 8 || value.length > 200) return false;
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  const classes = lower + upper + digit + other;
  return classes >= 3 || (classes >= 2 && digit === 1 && entropy(value) >= 3);
}
