import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, Redactor, type RedactionOptions } from '../../src/redact/engine.js';
import { LineRedactor } from '../../src/redact/line-redactor.js';
import { checkPatterns } from '../../src/redact/patterns.js';

/**
 * Attack catalogue for the redactor: one row per hostile input and the outcome required. A new
 * leak or over-redaction becomes a new row first. Values are fake; secrets are split so that no
 * scanner mistakes this file for a leak.
 */
const redactor = new Redactor(DEFAULT_OPTIONS);
const S = (...parts: string[]) => parts.join('');
const viaLines = (text: string) => {
  const lr = new LineRedactor(redactor);
  return text.split('\n').map((l) => lr.line(l)).join('\n');
};

interface Row {
  attack: string;
  input: string;
  /** Must not survive, in `redact` and line by line. */
  gone?: string[];
  /** The output must be exactly this (byte-identical when it equals the input). */
  exactly?: string;
  /** Must survive (readable context around the marker). */
  kept?: string[];
}

const PW = S('Tr0ub4', 'dor-x9');
const TOKEN = S('Fq8zLm2W', 'x7Vp3TkQ');

const ROWS: Row[] = [
  // Encodings: the secret is there for a reader, but not as written.
  { attack: 'JSON inside a JSON string', input: `{"level":"error","body":"{\\"password\\":\\"${PW}\\"}"}`, gone: [PW], kept: ['\\"password\\":\\"'] },
  { attack: 'escaped slashes in a connection URL', input: `{"msg":"cannot connect to postgres:\\/\\/app:${PW}@db:5432\\/app"}`, gone: [PW], kept: ['postgres:\\/\\/app:', '@db:5432\\/app'] },
  { attack: 'unicode-escaped quotes', input: `{"msg":"config={\\u0022api_key\\u0022:\\u0022${TOKEN}\\u0022}"}`, gone: [TOKEN] },
  { attack: 'double escaping', input: `{"log":"{\\\\\\"client_secret\\\\\\":\\\\\\"${TOKEN}\\\\\\"}"}`, gone: [TOKEN] },
  { attack: 'percent-encoded form body', input: `POST /login body=user%3Dbob%26password%3D${TOKEN} 200`, gone: [TOKEN], kept: ['password%3D'] },
  { attack: 'percent-encoded URL in a query', input: `GET /dbg?dsn=postgres%3A%2F%2Fapp%3A${PW}%40db%2Fapp`, gone: [PW] },
  { attack: 'escaped newlines around a PEM key', input: `{"key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----"}`, gone: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'] },
  { attack: 'a private-use character planted in the secret', input: `password=${PW}\ue000x`, gone: [PW] },
  { attack: 'a mask character (C1 control) planted in the secret', input: `{\"password\":\"${PW}\u0085x\"}`, gone: [PW] },
  { attack: 'a raw C1 control character planted in an escaped line', input: `{"msg":"{\\"token\\":\\"${TOKEN}\x85\\"}"}`, gone: [TOKEN] },
  // Key shapes.
  { attack: 'env prefix glued to the product', input: `PGPASSWORD=${PW} psql -h db`, gone: [PW], kept: ['PGPASSWORD=', 'psql -h db'] },
  { attack: 'camelCase split key', input: `dbPassWord=${PW}`, gone: [PW] },
  { attack: 'PHP print_r', input: `    [db_passwd] => ${PW}`, gone: [PW] },
  { attack: 'Ruby hash rocket', input: `{:password=>"${PW}"}`, gone: [PW] },
  { attack: 'Go spew', input: `Password: (string) (len=12) "${PW}"`, gone: [PW] },
  { attack: 'XML element', input: `<password>${PW}</password>`, gone: [PW] },
  { attack: 'name/value indirection', input: `{"name":"REDIS_AUTH","value":"${TOKEN}"}`, gone: [TOKEN] },
  // Command lines.
  { attack: 'mysql -pSECRET', input: `mysqldump -u root -p${PW} shop`, gone: [PW], kept: ['mysqldump -u root -p'] },
  { attack: 'docker login -p', input: `docker login -u ci -p ${PW} registry.example.com`, gone: [PW], kept: ['registry.example.com'] },
  { attack: '--password with a space', input: `pg_restore --password ${PW} --dbname=app`, gone: [PW], kept: ['--dbname=app'] },
  { attack: 'curl -u user:password', input: `curl -u deploy:${PW} https://nexus.example.com/`, gone: [PW], kept: ['deploy:'] },
  { attack: 'openssl pass:', input: `openssl pkcs12 -export -passout pass:${PW} -out b.p12`, gone: [PW] },
  { attack: 'redis-cli -a', input: `redis-cli -h cache -a ${PW} ping`, gone: [PW] },
  { attack: 'SQL IDENTIFIED BY', input: `CREATE USER 'app'@'%' IDENTIFIED BY '${PW}';`, gone: [PW] },
  { attack: 'PowerShell: the value is a cmdlet, the secret its argument', input: `$pw = ConvertTo-SecureString "${PW}" -AsPlainText -Force`, gone: [PW], kept: ['ConvertTo-SecureString'] },
  { attack: 'secret-named call with positional arguments', input: `db.auth("admin", "${PW}")`, gone: [PW], kept: ['"admin"'] },
  { attack: 'SMTP AUTH PLAIN', input: `SMTP >>> AUTH PLAIN ${S('AHVzZXIAU210', 'cFBhc3M5OQ==')}`, gone: [S('AHVzZXIAU210', 'cFBhc3M5OQ==')] },
  { attack: 'prompt echo', input: `Enter passphrase for key: ${PW}`, gone: [PW] },
  // Values on later lines.
  { attack: 'YAML value on the next line', input: `db:\n  password:\n    ${PW}\n  user: app`, gone: [PW], kept: ['user: app'] },
  { attack: 'YAML block scalar', input: `auth:\n  clientSecret: |\n    ${TOKEN}\n  clientId: web`, gone: [TOKEN], kept: ['clientId: web'] },
  { attack: 'PHP var_dump over two lines', input: `  ["password"]=>\n  string(12) "${PW}"`, gone: [PW] },
  { attack: 'Kubernetes env name then value', input: `- name: DB_PASSWORD\n  value: ${PW}`, gone: [PW], kept: ['- name: DB_PASSWORD'] },
  { attack: 'PEM block over many lines', input: '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEICqrESFqZlU7t8wH74ZKqpZ4\nqkYoMB1T5cPcsDneniMj8zkz3NMgBI9w\n-----END EC PRIVATE KEY-----\nready', gone: ['MHcCAQEEICqrESFqZlU7t8wH74ZKqpZ4', 'qkYoMB1T5cPcsDneniMj8zkz3NMgBI9w'], kept: ['ready'] },
  // Personal data inside URLs.
  { attack: 'IP address after user info', input: `postgresql://billing:${PW}@203.0.113.40:5432/billing`, gone: [PW, '203.0.113.40'] },
  { attack: 'percent-encoded e-mail as URL user', input: `smtp://alerts%40example.com:${PW}@smtp.example.com:587`, gone: [PW, 'alerts%40example.com'] },
  { attack: 'IP spelled into a host name', input: 'connect ip-198-51-100-23.eu-west-1.compute.internal:6443', gone: ['198-51-100-23'] },
  // Over-redaction: these must come back byte-identical.
  { attack: 'already masked Bearer', input: 'Authorization: Bearer [REDACTED]', exactly: 'Authorization: Bearer [REDACTED]' },
  { attack: 'Rails [FILTERED]', input: 'Parameters: {"user"=>"bob", "password"=>"[FILTERED]"}', exactly: 'Parameters: {"user"=>"bob", "password"=>"[FILTERED]"}' },
  { attack: 'stars', input: '"password": "********"', exactly: '"password": "********"' },
  { attack: 'angle placeholder', input: 'password: <redacted>', exactly: 'password: <redacted>' },
  { attack: 'shell template', input: 'POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?must be set}', exactly: 'POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?must be set}' },
  { attack: 'Jinja template', input: 'password: "{{ vault_db_password }}"', exactly: 'password: "{{ vault_db_password }}"' },
  { attack: 'Python %-format', input: 'dsn = "host=%(host)s password=%(pw)s"', exactly: 'dsn = "host=%(host)s password=%(pw)s"' },
  { attack: 'secretKeyRef', input: 'valueFrom: {secretKeyRef: {name: db, key: password}}', exactly: 'valueFrom: {secretKeyRef: {name: db, key: password}}' },
  { attack: 'numbers next to secret words', input: 'password_min_length: 12 token_ttl=3600 max_auth_failures=5', exactly: 'password_min_length: 12 token_ttl=3600 max_auth_failures=5' },
  { attack: 'code reference, not a value', input: 'password = os.environ["DB_PASSWORD"]', exactly: 'password = os.environ["DB_PASSWORD"]' },
  { attack: '--password-stdin takes no value', input: 'docker login --password-stdin -u ci registry.example.com', exactly: 'docker login --password-stdin -u ci registry.example.com' },
  { attack: 'docker -p is a port, -u a uid', input: 'docker run -d -p 8080:80 -u 1000:1000 nginx:1.27', exactly: 'docker run -d -p 8080:80 -u 1000:1000 nginx:1.27' },
  { attack: 'mysql -p alone prompts', input: 'mysql -u root -p appdb', exactly: 'mysql -u root -p appdb' },
  { attack: 'a prompt is not a secret', input: '$cred = Get-Credential -Message "Enter password"', exactly: '$cred = Get-Credential -Message "Enter password"' },
  { attack: 'a size, not a secret (kubectl describe secret)', input: 'password:  16 bytes', exactly: 'password:  16 bytes' },
  { attack: 'auth method, not a secret', input: 'auth: scram-sha-256', exactly: 'auth: scram-sha-256' },
  { attack: 'Hadoop auth mode', input: 'Auth successful for job_1445144423722_0020 (auth:SIMPLE)', exactly: 'Auth successful for job_1445144423722_0020 (auth:SIMPLE)' },
  { attack: 'a short credential under a weak key still goes', input: `REDIS_AUTH=${S('q9Zx', 'V2')}`, gone: [S('q9Zx', 'V2')] },
];

describe('redaction attack catalogue', () => {
  it.each(ROWS.map((r) => [r.attack, r] as const))('%s', (_attack, row) => {
    for (const out of [redactor.redact(row.input), viaLines(row.input)]) {
      if (row.exactly !== undefined) expect(out).toBe(row.exactly);
      for (const g of row.gone ?? []) expect(out).not.toContain(g);
      for (const k of row.kept ?? []) expect(out).toContain(k);
      // Redaction is idempotent and never grows text beyond a small factor.
      expect(redactor.redact(out)).toBe(out);
      expect(out.length).toBeLessThanOrEqual(row.input.length * 3 + 96);
    }
  });
});

/**
 * Long hostile lines: a rule whose pattern looks back or around without bound turns a line of
 * repeated shapes quadratic, which holds the event loop for seconds. Each must redact a 190 kB
 * line in well under a second (the bound is a generous liveness check, not a timing target:
 * a quadratic pattern takes tens of seconds here).
 */
const LONG_LINES: [string, string][] = [
  ['short flags after the password word', 'password' + ' -a bb'.repeat(32_000)],
  ['short flags after a password subcommand', 'set-password' + ' -a bb'.repeat(32_000)],
  ['account commands repeated', 'add_user x y '.repeat(15_000)],
  ['code words repeated', 'recovery code 1a-2b-3c '.repeat(8_500)],
  ['bearer repeated', 'Bearer token_type=x '.repeat(9_500)],
];

describe('long hostile lines', () => {
  it.each(LONG_LINES)('%s', (_attack, line) => {
    const start = performance.now();
    const out = redactor.redact(line);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(out.length).toBeLessThanOrEqual(line.length * 3 + 96);
  });
});

/** Hostile configuration (CYBERBRAIN_REDACT_CONFIG): refused up front, and harmless at run time anyway. */
const CONFIG_ROWS: { attack: string; options: Partial<RedactionOptions>; refused: RegExp }[] = [
  { attack: 'pattern re-redacts its own marker', options: { extraPatterns: [{ name: 'acme_key', regex: 'acme_[a-z0-9_]+' }] }, refused: /matches a redaction marker/ },
  { attack: 'pattern matches the empty string', options: { extraPatterns: [{ name: 'xs', regex: 'x*' }] }, refused: /empty string/ },
  { attack: 'pattern mangles words', options: { extraPatterns: [{ name: 'tee', regex: 'T[0-9]*' }] }, refused: /ordinary log words|redaction marker/ },
  { attack: 'pattern name breaks the marker', options: { extraPatterns: [{ name: 'Bad]Name', regex: 'zz[0-9]{8}' }] }, refused: /snake_case/ },
  { attack: 'invalid regex', options: { extraPatterns: [{ name: 'broken', regex: '(' }] }, refused: /invalid regex/ },
  { attack: 'allow matches everything', options: { allowPatterns: ['.*'] }, refused: /empty string/ },
];

describe('hostile redaction configuration', () => {
  it.each(CONFIG_ROWS.map((r) => [r.attack, r] as const))('%s is refused', (_attack, row) => {
    const options = { ...DEFAULT_OPTIONS, ...row.options };
    expect(checkPatterns(options).join('\n')).toMatch(row.refused);
    expect(() => new Redactor(options)).toThrow(row.refused);
  });

  it('an allow pattern must match the whole candidate: "AKIA" does not let every AWS key through', () => {
    const r = new Redactor({ ...DEFAULT_OPTIONS, allowPatterns: ['AKIA'] });
    const key = S('AKIA', 'ABCDEFGHIJKLMNOP');
    expect(r.redact(`key=${key}`)).not.toContain(key);
    const exact = new Redactor({ ...DEFAULT_OPTIONS, allowPatterns: [key] });
    expect(exact.redact(`id ${key}`)).toContain(key);
  });

  it('an accepted pattern never nests markers and never grows a line beyond a small factor', () => {
    const r = new Redactor({ ...DEFAULT_OPTIONS, extraPatterns: [{ name: 'acme_id', regex: 'ACME-[0-9]{6}' }] });
    const once = r.redact('order ACME-123456 and ACME-654321');
    expect(once).toBe('order [REDACTED:acme_id] and [REDACTED:acme_id]');
    expect(r.redact(once)).toBe(once);
    const dense = Array.from({ length: 200 }, () => 'ACME-000001').join(' ');
    expect(r.redact(dense).length).toBeLessThanOrEqual(dense.length * 3 + 96);
  });
});
