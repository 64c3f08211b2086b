import { isSecretKey } from '../secret-keys.js';
import { isHarmlessValue, looksCredential, valueIsSecret } from './context.js';

/**
 * Secrets on command lines. Three general shapes, then the short flags whose meaning depends on
 * the tool (a `-p` is a password to mysql, a port to docker run):
 * - a flag whose name names a secret, with `=` or a space (`--password X`, `-storepass X`,
 *   `-Dspring.datasource.password=X`, `--db-pass=X`); `--password-stdin`, `--token-file` are not;
 * - a credentials flag with `user:password` (`curl -u u:p`, `--creds u:p`) or `user%password` (smbclient);
 * - OpenSSL's `pass:X`.
 * Each rule's pattern has a `secret` group (or `secret2` for the quoted form); indices come from the `d` flag.
 */
export interface CliRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** Lowercase literals, one of which every match contains. */
  readonly keywords: readonly string[];
  readonly accept?: (groups: Record<string, string | undefined>, line: string) => boolean;
}

const V = `(?:"(?<secret2>[^"]*)"|'(?<secret3>[^']*)'|(?<secret>[^\\s"'|;&][^\\s"'|;&]*))`;
/** A value after a space may not start with `-` (that is the next flag). */
const VS = `(?:"(?<secret2>[^"]*)"|'(?<secret3>[^']*)'|(?<secret>[^\\s"'|;&-][^\\s"'|;&]*))`;

/** What reads a password from stdin, after `|`: a flag that says so, or a command that does by nature. */
const STDIN_READERS = [
  `[^|\\n]*--pass(?:wd|word)?[-_]?(?:on[-_]|from[-_])?stdin`,
  `(?:sudo\\s+(?:-\\S+\\s+)*)?(?:kinit|cryptsetup|realm\\s+join)\\b`,
  `sudo\\s+(?:-[A-Za-z]+\\s+)*-[A-Za-z]*S\\b`,
  `(?:sudo\\s+)?passwd\\b[^|\\n]*--stdin`,
  `(?:sudo\\s+)?smbpasswd\\b[^|\\n]*\\s-\\w*s\\b`,
  `(?:sudo\\s+)?htpasswd\\b[^|\\n]*\\s-\\w*i\\b`,
  `vault\\s+login\\b[^|\\n]*\\s-(?:\\s|$)`,
  `(?:go)?pass\\s+(?:insert|add)\\b`,
].join('|');

/** Subcommands that create an account or set its password: add_user, change-password, user_create, users add… */
const ACCOUNT_VERBS = ['add', 'create', 'new', 'change', 'set', 'reset', 'update', 'authenticate'];
const ACCOUNT_NOUNS = ['user', 'password', 'passwd', 'pass'];
const ACCOUNT_COMMANDS = [
  ...ACCOUNT_VERBS.flatMap((v) => ACCOUNT_NOUNS.flatMap((n) => [`${v}_${n}`, `${v}-${n}`, `${v}${n}`])),
  ...ACCOUNT_NOUNS.flatMap((n) => ACCOUNT_VERBS.flatMap((v) => [`${n}_${v}`, `${n}-${v}`])),
  'users add', 'user add', 'users create', 'user create',
  // docker-mailserver's `setup email add|update ADDRESS PASSWORD`
  'email add', 'email update',
];

export const secretOf = (g: Record<string, string | undefined>) => g.secret ?? g.secret2 ?? g.secret3 ?? g.secret4 ?? g.secret5 ?? g.secret6 ?? '';

/** A `key=value` field (not base64's trailing `=`). */
const FIELD_PAIR = /^[A-Za-z_][\w.-]*=[^=]/;

/** A form field that holds a secret, as a test names it in a selector or a label (`#password`, `[data-test=pwd]`, `Password`). */
const UI_SECRET_FIELD = '(?:pass(?:word|wd|code|phrase)?|pwd|secret|token|otp|pin)(?![a-z])';

/** `tool ... -f VALUE` (or `-fVALUE` when glued), where the tool gives the short flag its meaning. */
function toolFlag(name: string, tools: string, keywords: string[], flag: string, glued: boolean): CliRule {
  // Glued, the value may be quoted as a shell would take it (`-p'R00t!'`).
  const value = glued ? `(?:"(?<secret2>[^"]*)"|'(?<secret3>[^']*)'|(?<secret>[^\\s"'|;&,.=[\\]-][^\\s"'|;&]*))` : `\\s+${VS}`;
  return {
    name,
    keywords,
    // (the flag after a space, or quoted as an exec-form array writes it: `["mysqladmin", "ping", "-pX"]`)
    pattern: new RegExp(`(?<![\\w.-])(?:${tools})(?:\\.exe)?(?=[\\s"'])[^|;&\\n]*?[\\s"']${flag}${value}`, 'g'),
    accept: (g) => !isHarmlessValue(secretOf(g)),
  };
}

/**
 * Words that go on a sentence about a flag (`Using --password via the CLI is insecure`): after a
 * space, such a word is not the flag's value. (Prose values any key may have, `is`, `the`, `on`,
 * are already refused by valueIsSecret.)
 */
const PROSE_AFTER_FLAG = new Set(['via', 'in', 'as', 'at', 'by', 'for', 'from', 'to', 'with', 'or', 'and', 'of', 'flag', 'option', 'argument', 'instead', 'when', 'if']);

/**
 * A value that starts as a list of pairs does: a key written as keys are (`id=`, `src=`,
 * `DB_PASSWORD=`, a connection string's `DefaultEndpointsProtocol=`), then `=` and a value.
 */
const PAIR_LIST = /^(?:[a-z_][a-z0-9_.-]*|[A-Z_][A-Z0-9_.-]*|(?:[A-Z][a-z]+){1,6}(?<=[A-Za-z]{4}))=(?!=|$)/;

/** `-D` then a property's name (Java's system properties). */
const JVM_PROPERTY = /^D[a-z]/;

/** A flag whose name names a secret; runs with the context rules (same keywords: the flag name holds one). */
export const CLI_FLAG: CliRule = {
  name: 'secret_value',
  keywords: [],
  // (or the next element of an exec-form array, as `docker inspect` prints a command: `"--requirepass","x"`)
  pattern: new RegExp(`(?<![\\w-])--?(?=(?<flag>[A-Za-z][\\w.-]{1,80}))\\k<flag>(?:=|[ \\t]+(?![-\\s])|(?<=["']--?[A-Za-z][\\w.-]{1,80})["'][ \\t]*,[ \\t]*["'](?!-))${V}`, 'g'),
  // A value that is itself a list of pairs (`--secret id=x,src=y`, `--set-secret DB_PASSWORD=x`) is left to the
  // pair rules; a key has no digit between letters of both cases, so `--password=U5yUuz=Zsf…` is a password holding `=`.
  // (a JVM system property, `-Dbasicauth=solr:x`, is judged by its name without the `D`)
  accept: (g) => (valueIsSecret(g.flag!, secretOf(g)) || (JVM_PROPERTY.test(g.flag!) && valueIsSecret(g.flag!.slice(1), secretOf(g)))) && !PAIR_LIST.test(secretOf(g)) && !(g.secret !== undefined && PROSE_AFTER_FLAG.has(g.secret.toLowerCase())),
};

/** A Windows switch whose name names a secret: `cmdkey /pass:X`, `sqlpackage /TargetPassword:X`, `/p=X` is too short to tell. */
export const WINDOWS_FLAG: CliRule = {
  name: 'secret_value',
  keywords: [],
  // The literal first, its boundary after: the scan looks for a slash before trying anything else.
  pattern: new RegExp(`\\/(?<![\\w/:.\\\\-]\\/)(?<flag>[A-Za-z][\\w.-]{1,80})[:=]${V}`, 'g'),
  accept: (g) => valueIsSecret(g.flag!, secretOf(g)) && !/^[A-Za-z_][\w.-]*=(?!=|$)/.test(secretOf(g)),
};

/** net-snmp's `createUser [-e ENGINE] NAME SHA-256 `, then the auth passphrase (and `AES "priv"` after it). */
const SNMP_USER = `\\bcreateUser\\s+(?:-e\\s+\\S+\\s+)?\\S+\\s+(?:MD5|SHA(?:-?\\d{3})?)\\s+`;
const SNMP_PASS = `(?:"(?<secret2>[^"]+)"|(?<secret>\\S+))`;

export const CLI_RULES: readonly CliRule[] = [
  // A user flag, then a short password flag further on (`cqlsh -u cassandra -p 'x'`,
  // `mosquitto_pub -u s01 -P 'x'`, `snmpwalk -v3 -u mon -a SHA -A 'x'`): whatever the tool, the
  // letters that follow a user are its password. A number is a port (`-p 8883`); a bare word must
  // look like a credential, a quoted one is taken (quoting is what passwords with symbols need).
  {
    name: 'secret_value',
    keywords: ['-u'], // also in --user, --username
    // The flag first, the user behind it (a lookbehind): every password flag after the user is found, not only the first.
    pattern: new RegExp(`\\s-[pPwAX](?<=(?<![\\w-])(?:-u|-U|--user|--username)(?:=|\\s*)["']?[^\\s"'|;&-][^|;&\\n]*\\s-[pPwAX])(?:\\s+|(?=["']))${VS}`, 'g'),
    accept: (g) => {
      const s = secretOf(g);
      if (/^\d+$/.test(s) || isHarmlessValue(s)) return false;
      return g.secret === undefined || looksCredential(s);
    },
  },
  {
    name: 'secret_value',
    keywords: ['-u ', '-u=', '--user', '--creds', '--proxy-user', '--basic-auth', '--auth', '--credentials'],
    pattern: new RegExp(`(?<![\\w-])(?<flag>-u|-U|--user|--proxy-user|--creds|--src-creds|--dest-creds|--basic-auth|--auth|--credentials|--userpass)(?:=|\\s+)["']?(?<user>[^\\s:"'%]+):(?<secret>[^\\s"'@]+)`, 'g'),
    accept: (g, line) => {
      const s = g.secret!;
      if (s === g.user || /^\d+$/.test(s) || s.startsWith('/') || isHarmlessValue(s)) return false;
      // `-u` is a user (and group) for docker, sudo, ps: only curl-like tools take user:password there.
      return !/^-[uU]$/.test(g.flag!) || /\b(?:curl|wget|http|https|lftp|ftp|svn|hg|xh|httpie|aria2c)\b/.test(line);
    },
  },
  {
    name: 'secret_value',
    keywords: ['-u ', '-u\t'],
    pattern: /(?<![\w-])-U\s+["']?[^\s%"']+%(?<secret>[^\s"']+)/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  { name: 'secret_value', keywords: ['pass:'], pattern: /(?<![\w-])pass:(?<secret>[^\s"']+)/g, accept: (g) => !isHarmlessValue(g.secret!) },
  // -pSECRET glued; a space after -p means "prompt me" and the next word is the database.
  toolFlag('secret_value', 'mysql\\w*|mariadb[\\w-]*|mysqlsh', ['mysql', 'mariadb'], '-p', true),
  toolFlag('secret_value', '7z|7za|7zr|unrar|rar', ['7z', 'unrar', 'rar '], '-p', true),
  toolFlag('secret_value', 'sshpass', ['sshpass'], '-p', false),
  // `<tool> [subcommand…] login -p X`: docker, podman, helm registry, az, cf, oc, …
  toolFlag('secret_value', '[\\w.-]+(?:\\s+[\\w-]+){0,3}\\s+login', ['login'], '-p', false),
  toolFlag('secret_value', 'redis-cli|keydb-cli|valkey-cli', ['-cli'], '-a', false),
  toolFlag('secret_value', 'mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|mongostat|mongotop|mongofiles', ['mongo'], '-p', false),
  toolFlag('secret_value', 'sqlcmd|bcp|osql|isql|sqlpackage', ['sqlcmd', 'bcp', 'osql', 'isql', 'sqlpackage'], '-P', false),
  toolFlag('secret_value', 'ldapsearch|ldapadd|ldapmodify|ldapdelete|ldappasswd|ldapwhoami|ldapcompare|ldapmodrdn|ldapexop', ['ldap'], '-w', false),
  toolFlag('secret_value', 'ipmitool', ['ipmitool'], '-P', false),
  // SNMP v1/v2c: the community string is the password.
  toolFlag('secret_value', 'snmpwalk|snmpget|snmpgetnext|snmpbulkwalk|snmpbulkget|snmpset|snmptable|snmptrap|snmpinform|snmpstatus|snmpdf|snmpnetstat', ['snmp'], '-c', false),
  toolFlag('secret_value', 'zip|zipcloak', ['zip ', 'zipcloak'], '-P', false),
  // Code signing and app upload: signtool's `/p` is the certificate file's password, altool's `-p` an app-specific password.
  toolFlag('secret_value', 'signtool', ['signtool'], '/p', false),
  toolFlag('secret_value', 'altool|xcrun\\s+altool', ['altool'], '-p', false),
  // FreeRDP's `/p:` is the password (`xfreerdp /v:host /u:user /p:'x'`).
  toolFlag('secret_value', 'xfreerdp|wlfreerdp|sdl-freerdp|freerdp|xfreerdp3|sdl-freerdp3', ['freerdp'], '/p:', true),
  // `<tool> login TOKEN` and `+login USER PASSWORD` (wandb, steamcmd and other CLIs that take the
  // credential as a positional argument): only an argument shaped like a credential goes.
  {
    name: 'secret_value',
    keywords: ['login '],
    // (the account may be a server's URL: `immich login https://photos.example KEY`)
    pattern: /(?<![\w-])[\w.-]+(?:\s+[\w-]+){0,2}\s+\+?login\s+(?:(?:[a-z][a-z0-9+.-]*:\/\/[^\s"'@]{1,120}|[\w.@-]{1,64})\s+)?(?<secret>[^\s"'+-][^\s"']*)/g,
    // (a `key=value` field is a structured log's next field, `please login again. path=/api/v4/websocket`: the pair rules judge it)
    accept: (g) => !isHarmlessValue(g.secret!) && looksCredential(g.secret!) && !FIELD_PAIR.test(g.secret!),
  },
  // PowerShell's `ConvertTo-SecureString "x" -AsPlainText`: the string is a secret in plain text by
  // the cmdlet's own definition, whatever variable it goes to.
  {
    name: 'secret_value',
    keywords: ['convertto-securestring'],
    pattern: /\bConvertTo-SecureString\s+(?:-String\s+)?(?:"(?<secret2>[^"]*)"|'(?<secret3>[^']*)')(?=[^|\n]*-AsPlainText)/gi,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // Linux audit's EXECVE record splits the command line into quoted arguments (`a3="--password"
  // a4="x"`): a secret-named flag's value is the next argument.
  {
    name: 'secret_value',
    keywords: ['execve'],
    pattern: /\ba\d+="--?(?<flag>[A-Za-z][\w.-]{1,80})"\s+a\d+="(?<secret>[^"]+)"/g,
    accept: (g) => valueIsSecret(g.flag!, g.secret!),
  },
  // DB2's `connect to DB user U using PASSWORD`.
  {
    name: 'secret_value',
    keywords: [' using '],
    pattern: /\bconnect\s+to\s+\S+\s+user\s+\S+\s+using\s+(?:"(?<secret2>[^"]*)"|'(?<secret3>[^']*)'|(?<secret>[^\s"';]+))/gi,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // A password echoed into a command that reads it from stdin (`echo 'x' | openconnect --passwd-on-stdin`,
  // `printf x | docker login --password-stdin`), by a flag or by what the command does: kinit,
  // `sudo -S`, `passwd --stdin`, `smbpasswd -s`, cryptsetup, `realm join`, `htpasswd -i`, `vault
  // login -`, and password stores' insert or add (`pass insert`, `gopass add`).
  {
    name: 'secret_value',
    // (keywords: what echoes it; the readers' names, sudo and passwd among them, are in many lines that echo nothing)
    keywords: ['echo', 'printf'],
    // (case-sensitive: `sudo -S` reads a password, `sudo -s` runs a shell)
    pattern: new RegExp(`\\b(?:echo|printf)\\s+(?:-[neE]+\\s+)?(?:(["'])%s\\1\\s+)?(?:"(?<secret2>[^"]*)"|'(?<secret3>[^']*)'|(?<secret>[^\\s"'|;&]+))(?=\\s*\\|\\s*(?:${STDIN_READERS}))`, 'g'),
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // SNMP communities in device configuration (`snmp-server community X RO`, Junos `set snmp community X`).
  {
    name: 'secret_value',
    keywords: ['snmp'],
    pattern: /\bsnmp(?:-server)?\s+community\s+(?:"(?<secret2>[^"]+)"|(?<secret>[^\s"]+))/gi,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // MinIO's client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (and the older `mc config host add`).
  {
    name: 'secret_value',
    keywords: ['mc alias', 'mc config'],
    pattern: /\bmc\s+(?:alias\s+set|config\s+host\s+add)\s+\S+\s+\S+\s+\S+\s+(?:"(?<secret2>[^"]+)"|'(?<secret3>[^']+)'|(?<secret>[^\s"'-][^\s"']*))/g,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // ISO 8583 field 52 is the encrypted PIN block.
  { name: 'secret_value', keywords: ['de052=', 'de52=', 'de 052'], pattern: /\bDE\s?0?52\s?=\s?(?<secret>[0-9A-Fa-f]{16})\b/g, accept: () => true },
  // Windows scheduled tasks run as a user: `/rp` is that user's password (`/p` the connecting user's).
  toolFlag('secret_value', 'schtasks', ['schtasks'], '\\/[rR]?[pP]', false),
  // lftp's user and password are one argument, split by a comma (`lftp -u user,'p@ss'`).
  {
    name: 'secret_value',
    keywords: ['lftp'],
    // (Past `;`: lftp's own commands are quoted after `-e`.)
    pattern: new RegExp(`\\blftp\\b[^|&\\n]*?\\s-u\\s+["']?[^\\s,"']+,${V}`, 'g'),
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // Network device configuration (Cisco IOS and alike): a password, secret or key after its
  // encryption type digit (`username ops password 0 X`, `enable secret 5 $1$…`, `key 7 0822…`).
  {
    name: 'secret_value',
    keywords: ['password ', 'secret ', 'key '],
    pattern: /(?:^|\s)(?:password|secret|key(?:-string)?)\s+(?<type>\d)\s+(?<secret>[^\s"]+)\s*$/g,
    // (Type 7 is a reversible encoding, always hex digits: the password itself, whatever it looks like.)
    accept: (g) => !isHarmlessValue(g.secret!) && (looksCredential(g.secret!) || (g.type === '7' && /^(?:[0-9A-Fa-f]{2}){2,}$/.test(g.secret!))),
  },
  // Junos, VyOS and alike name the encoding of a secret before it (`pre-shared-key ascii-text "x"`,
  // `authentication-key hexadecimal x`, `plaintext-password x`).
  {
    name: 'secret_value',
    keywords: ['ascii-text', 'hexadecimal', 'cleartext', 'plaintext', 'plain-text'],
    pattern: /(?:^|\s)[\w-]*(?:key|password|secret|psk)\s+(?:ascii-text|hexadecimal|cleartext|plaintext|plain-text)\s+(?:"(?<secret2>[^"]+)"|(?<secret>[^\s";]+))/gi,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // sqlplus user/password@db (Oracle tools)
  {
    name: 'secret_value',
    keywords: ['sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman ', 'dgmgrl'],
    pattern: /\b(?:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl)(?:\s+-\w+)*\s+["']?[\w$#]+\/(?<secret>[^@\s"'/]+)(?=@|\s|$)/gi,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Oracle's user/password@host, in a JDBC URL as in sqlplus (`jdbc:oracle:thin:scott/tiger@db:1521/ORCL`).
  {
    name: 'secret_value',
    keywords: ['jdbc:oracle:'],
    pattern: /\bjdbc:oracle:(?:thin|oci8?|kprb):["']?[\w$#]+\/(?<secret>[^@\s"'/]+)(?=@)/gi,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Protocol commands: SMTP/IMAP `AUTH PLAIN <base64>`, Redis `AUTH [user] password` (also as MONITOR prints it).
  {
    name: 'secret_value',
    keywords: ['auth '],
    // (base64, `=` only as its padding: not a `user=x@y` field that a relay logs after the mechanism)
    pattern: /\bAUTH\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\s+(?<secret>[A-Za-z0-9+/._-]{8,}={0,2})(?![\w=@])/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Kickstart's `rootpw [--plaintext|--iscrypted] x` and HAProxy's `stats auth user:x`: a command's own syntax, flags between.
  {
    name: 'secret_value',
    keywords: ['rootpw'],
    pattern: /\brootpw\s+(?:--[a-z]+\s+)*(?<secret>[^\s'"-][^\s'"]*)/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  {
    name: 'secret_value',
    keywords: ['stats auth'],
    pattern: /\bstats\s+auth\s+[^\s:'"]+:(?<secret>[^\s'"]+)/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Dovecot's auth protocol as its debug log prints a client's request (`AUTH\t1\tPLAIN\tservice=imap\t…\tresp=<base64>`).
  {
    name: 'secret_value',
    keywords: ['resp='],
    pattern: /\bAUTH\s+\d+\s+(?:PLAIN|LOGIN)\s[^\n]*?\bresp=(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  {
    name: 'secret_value',
    // `AUTH "x"` as Redis MONITOR prints it has a quote, not a space, after the verb.
    keywords: ['auth ', 'auth"'],
    pattern: /(?:^|[>\s])"?AUTH"?\s+(?:"?[\w.-]{1,64}"?\s+)?"?(?<secret>[^\s"]{6,})"?\s*$/g,
    accept: (g) => looksCredential(g.secret!),
  },
  // IMAP `tag LOGIN user password` (as rawlog and debug traces print it).
  {
    name: 'secret_value',
    keywords: [' login '],
    pattern: /(?:^|[\s:])[A-Za-z0-9.]{1,12} LOGIN (?:"[^"]{1,128}"|[^\s"]{1,128}) "?(?<secret>[^\s"]{4,})"?\s*$/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Windows `net use \\host\share PASSWORD /user:DOMAIN\user` (the password may also follow the switch; `*` prompts),
  // also as a process audit event prints it (`"C:\Windows\system32\net.exe" use …`).
  {
    name: 'secret_value',
    keywords: ['net use', 'net.exe'],
    pattern: /\bnet(?:\.exe)?"?\s+use\s+(?:[A-Za-z]:\s+|\*\s+)?\\\\[^\s"]+(?:\s+\/[A-Za-z]+(?::[^\s"]*)?)*\s+"?(?<secret>[^\s"/*][^\s"]*)/gi,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Windows `net user NAME PASSWORD [/add]`: the second word after `user` is the account's new password (`*` prompts).
  {
    name: 'secret_value',
    keywords: ['net user', 'net.exe'],
    pattern: /\bnet(?:\.exe)?"?\s+user\s+(?:"[^"]+"|[^\s"/]+)\s+"?(?<secret>[^\s"/*][^\s"]*)/gi,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // A subcommand that creates an account or sets its password, then the account, then the password
  // (`rabbitmqctl add_user NAME PASSWORD`, `change_password NAME PASSWORD`, `emqx ctl users add NAME
  // PASSWORD`). The second word may be a role or a tag in other tools, so it goes when it is quoted
  // or written like a credential.
  {
    name: 'secret_value',
    keywords: ACCOUNT_COMMANDS,
    pattern: new RegExp(`(?<![\\w-])(?:${ACCOUNT_COMMANDS.map((c) => c.replace(' ', '\\s+')).join('|')})\\s+(?:"[^"]+"|'[^']+'|[^\\s"'|;&-][^\\s"'|;&]*)\\s+${VS}(?=\\s|$)`, 'gi'),
    accept: (g) => !isHarmlessValue(secretOf(g)) && (g.secret === undefined || looksCredential(g.secret)),
  },
  // A subcommand that names a password (`security add-generic-password -a me -s svc -w X`,
  // `ipa-getkeytab --password`, `set-password`): a short flag's value written like a credential goes;
  // which letter the tool gave the password is its own business, the value's shape is not.
  {
    name: 'secret_value',
    keywords: ['password', 'passwd'],
    // (the subcommand within 240 characters before the flag: a lookbehind that may run back to the
    // line's start made a long line of flags quadratic)
    pattern: new RegExp(`(?<=(?:^|[\\s"'])[A-Za-z][\\w.-]{0,40}pass(?:word|wd)[\\w.-]{0,40}\\s(?:[^|;&\\n]{0,240}\\s)?)-[A-Za-z]\\s+${VS}(?=\\s|$)`, 'g'),
    accept: (g) => looksCredential(secretOf(g)) && !isHarmlessValue(secretOf(g)),
  },
  // A PostgreSQL password file line (`~/.pgpass`, PGPASSFILE): host:port:database:user:password.
  {
    name: 'secret_value',
    keywords: [':5432:', ':5433:', ':*:'],
    // (also echoed into the file: `echo 'db:5432:*:backup:X' >> ~/.pgpass`)
    pattern: /(?:^\s*|\b(?:echo|printf)\s+(?:-[neE]+\s+)?["']?)[\w.*\[\]-]+:(?:\d{1,5}|\*):[\w.*-]+:[\w.*@-]+:(?<secret>[^\s:"']+)(?=["']?(?:\s|$))/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // htpasswd -b FILE USER PASSWORD: with -b the password is the last word of the command.
  {
    name: 'secret_value',
    keywords: ['htpasswd'],
    pattern: /\bhtpasswd\s(?=(?:[^|;&\n]*\s)?-\w*b)[^|;&\n]*\s(?<secret>[^\s|;&-][^\s|;&]*)(?=[ \t]*(?:$|[|;&\n]))/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // CI logging commands that name a secret: GitHub Actions `::add-mask::X` (the value is the
  // secret by definition, and xtrace echoes the command), Azure Pipelines `##vso[task.setsecret]X`
  // and `##vso[task.setvariable variable=NAME;…]X` where NAME names a secret or issecret=true.
  {
    name: 'secret_value',
    keywords: ['::add-mask::', '##vso['],
    pattern: /(?:::add-mask::|##vso\[task\.setsecret\]|##vso\[task\.setvariable\s+variable=(?<key>[^;\]\s]+)(?<opts>[^\]]*)\])(?<secret>[^\s'"]+)/g,
    accept: (g) => !isHarmlessValue(g.secret!) && (g.key === undefined || isSecretKey(g.key) || /issecret=true/i.test(g.opts ?? '')),
  },
  // Network device and agent configuration echoed in logs: a RADIUS/TACACS+ shared key
  // (`radius-server host 10.0.0.5 auth-port 1812 key X`, `tacacs-server key 7 X`) and SNMPv3 users
  // (`createUser nagios SHA-256 "authpass" AES "privpass"`: both passphrases).
  {
    name: 'secret_value',
    keywords: ['radius-server', 'tacacs-server'],
    pattern: /\b(?:radius|tacacs)-server\b[^\n]*?\skey(?:\s+[07])?\s+(?<secret>[^\s"]+)/gi,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  {
    name: 'secret_value',
    keywords: ['createuser'],
    pattern: new RegExp(`${SNMP_USER}${SNMP_PASS}`, 'gi'),
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  {
    name: 'secret_value',
    keywords: ['createuser'],
    pattern: new RegExp(`${SNMP_USER}(?:"[^"]+"|\\S+)\\s+(?:DES|AES(?:-?\\d{3})?)\\s+${SNMP_PASS}`, 'gi'),
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // user:password lines fed to chpasswd (cloud-init, Dockerfiles, provisioning scripts):
  // `echo 'u:p' | chpasswd`, `printf 'u:p\n' | sudo chpasswd`, `chpasswd <<< 'u:p'`.
  {
    name: 'secret_value',
    keywords: ['chpasswd'],
    pattern: /\b(?:(?:echo|printf)\s+(?:-[ne]+\s+)?["']?[\w.@-]+:(?<secret>[^\s"':\\]+)(?=(?:\\n)?["']?\s*\|\s*(?:sudo\s+(?:-\S+\s+)*)?chpasswd)|chpasswd(?:\s+-\S+)*\s*<<<\s*["']?[\w.@-]+:(?<secret2>[^\s"':\\]+))/g,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // A list of headers set in configuration (`OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=K,x-env=prod`,
  // `headers: api-key=K`): the headers a client is told to add are how it authenticates, whatever
  // they are called, so a value shaped like a credential goes.
  {
    name: 'secret_value',
    keywords: ['headers=', 'headers:', 'headers"', "headers'"],
    pattern: /(?<=(?<![A-Za-z])headers["']?\s*[:=]\s*["']?(?:[\w.-]{1,64}=[^\s"',]{1,512},){0,16}[\w.-]{1,64}=)(?<secret>[^\s"',]+)/gi,
    accept: (g) => looksCredential(g.secret!) && !isHarmlessValue(g.secret!),
  },
  // A test runner typing into a field named for a secret (Cypress `cy.get('#password').type('x')`,
  // Playwright `getByLabel('Password').fill('x')`, Selenium `find_element(By.ID, "pwd").send_keys("x")`,
  // WebdriverIO `$('#password').setValue('x')`), or naming the field in the call itself (Playwright's
  // and Puppeteer's `page.fill('#password', 'x')`, `page.type(…)`): its failures and traces print the step.
  {
    name: 'secret_value',
    keywords: ['type(', 'fill(', 'send_keys(', 'sendkeys(', 'setvalue(', 'presssequentially('],
    pattern: new RegExp(
      // (the field is named in the locator's one quoted argument, after Selenium's `By.ID, ` or inside `By.name(…)`:
      // a scan bounded by quotes, not one across nested parentheses, which a crafted line could make slow)
      String.raw`(?:\(\s*(?:By\.\w+\s*(?:,\s*|\(\s*))?(?<lq>["'\x60])[^"'\x60\n]{0,120}?${UI_SECRET_FIELD}[^"'\x60\n]{0,60}\k<lq>\s*\)?\s*\)\s*\.\s*(?:type|fill|send_keys|sendKeys|setValue|pressSequentially)\s*\(\s*(?:"(?<secret2>[^"\n]+)"|'(?<secret3>[^'\n]+)'|\x60(?<secret>[^\x60\n]+)\x60)` +
        String.raw`|\b(?:fill|type)\s*\(\s*(?<uq>["'\x60])[^"'\x60\n]{0,80}?${UI_SECRET_FIELD}[^"'\x60\n]{0,40}\k<uq>\s*,\s*(?:"(?<secret4>[^"\n]+)"|'(?<secret5>[^'\n]+)'|\x60(?<secret6>[^\x60\n]+)\x60))`,
      'gi',
    ),
    accept: (g) => valueIsSecret('password', secretOf(g)),
  },
  // A token as a URL's path segment after a segment that names it (anaconda.org's `/t/<token>/channel`,
  // `/token/<token>/`, `/api-key/<key>/`): a capability URL, which works for whoever holds it.
  {
    name: 'secret_value',
    keywords: ['/t/', '/token/', '/tokens/', '/apikey/', '/api_key/', '/api-key/'],
    pattern: /(?<=[\w.-]\/(?:t|tokens?|apikey|api[_-]key)\/)(?<secret>[^/\s?#"'<>]{16,128})(?=[/?#\s"'<>]|$)/gi,
    accept: (g) => looksCredential(g.secret!) && !isHarmlessValue(g.secret!),
  },
  // A RADIUS or TACACS+ server's shared key in Cisco IOS configuration (`(config-radius-server)#key x`,
  // `radius-server host 10.0.0.5 key x`; a digit before the value gives its type, 7 is only obfuscated).
  {
    name: 'secret_value',
    keywords: ['(config-radius', '(config-tacacs', 'radius-server', 'tacacs-server'],
    pattern: /(?:\(config-(?:radius|tacacs)[\w-]*\)#\s*|\b(?:radius|tacacs)-server\s+(?:host\s+\S+\s+(?:[\w-]+\s+\d+\s+){0,3})?)key\s+(?:[07]\s+)?(?<secret>\S+)\s*$/g,
    accept: (g) => !isHarmlessValue(g.secret!),
  },
  // Nagios' resource macros (`$USER4$=x` in resource.cfg): where its checks' passwords are kept; one
  // shaped like a credential goes ($USER1$ holds the plugins' path).
  {
    name: 'secret_value',
    keywords: ['$user'],
    pattern: /^\s*\$USER\d{1,3}\$\s*=\s*(?<secret>\S+)\s*$/g,
    accept: (g) => looksCredential(g.secret!) && !isHarmlessValue(g.secret!),
  },
  // oathtool's key is its last argument (`oathtool --totp -b 'JBSWY3DP…'`): a TOTP or HOTP seed.
  {
    name: 'secret_value',
    keywords: ['oathtool'],
    pattern: /\boathtool\b[^|;&#\n]*?\s(?:"(?<secret2>[A-Za-z2-7=]{16,}|[0-9A-Fa-f]{20,})"|'(?<secret3>[A-Za-z2-7=]{16,}|[0-9A-Fa-f]{20,})'|(?<secret>[A-Z2-7=]{16,}|[0-9a-fA-F]{20,}))(?=\s|$)/g,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
  // IBM i CL and TSO/RACF commands write a keyword's value in parentheses, in capitals:
  // `CHGUSRPRF USRPRF(X) PASSWORD(x)`, `ALTUSER X PASSWORD(x) NOEXPIRED`. (`*NONE`, `*SAME`: special values.)
  {
    name: 'secret_value',
    keywords: ['password(', 'pwd(', 'passphrase(', 'phrase('],
    pattern: /(?<![\w.])(?:[A-Z]{1,12})?(?:PASSWORD|PWD|PASSPHRASE|PHRASE)\((?<secret>[^\s()'"*,][^\s()'",]{0,127})\)/g,
    accept: (g) => valueIsSecret('password', g.secret!),
  },
  // SQL: CREATE USER … IDENTIFIED BY 'x', ALTER ROLE … PASSWORD 'x', SET PASSWORD = 'x'.
  {
    name: 'secret_value',
    keywords: ['identified', 'password'],
    pattern: /(?<![\w"'])(?:IDENTIFIED\s+(?:WITH\s+\S+\s+)?BY(?:\s+PASSWORD)?\s*|PASSWORD(?:\s*=\s*|\s+FOR\s+\S+\s*=\s*|\s+))(?:N?'(?<secret>(?:[^']|'')*)'|"(?<secret2>[^"]*)")/gi,
    accept: (g) => !isHarmlessValue(secretOf(g)),
  },
];
