import { describe, expect, it } from 'vitest';
import { redactDeep, redactEnvEntry, redactText } from '../../src/redact/scrub.js';

// Fake credentials built at run time so that no scanner mistakes this file for a leak.
const ghp = 'ghp_' + 'A1b2C3d4E5'.repeat(4);
const aws = 'AKIA' + 'ABCDEFGHIJKLMNOP';
const jwt = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'c2lnbmF0dXJlX29mX3RoZV90b2tlbg'].join('.');

describe('redactor (basic)', () => {
  it.each([
    ['github token', `pushing with ${ghp} now`, 'github_classic_token'],
    ['aws key id', `key=${aws}`, 'aws_access_key_id'],
    ['jwt', `got token ${jwt}`, 'jwt'],
    ['url credentials', 'connecting to postgres://app:s3cr3t-pw@db:5432/app', 'connection_string'],
    ['bearer header', 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345', 'authorization_header'],
    ['password pair', 'DB_PASSWORD=hunter2hunter2', 'secret_value'],
    ['json secret field', '{"user":"bob","api_key":"xyz-123-abc"}', 'secret_value'],
  ])('removes a %s', (_what, line, rule) => {
    const out = redactText(line);
    expect(out).toContain(`[REDACTED:${rule}]`);
    for (const secret of [ghp, aws, jwt, 's3cr3t-pw', 'abcdefghijklmnopqrstuvwxyz012345', 'hunter2hunter2', 'xyz-123-abc']) expect(out).not.toContain(secret);
  });

  it('keeps the readable parts of a line', () => {
    expect(redactText('connecting to postgres://app:s3cr3t-pw@db:5432/app')).toBe('connecting to postgres://app:[REDACTED:connection_string]@db:5432/app');
  });

  it.each([
    'container 3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e started',
    'image sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'request 123e4567-e89b-12d3-a456-426614174000 took 35ms',
    '2026-11-21T10:00:00.123Z INFO version=1.2.3 path=/var/lib/app/data.json',
    'token_count=42 tokens used',
    'commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
  ])('leaves a harmless line untouched: %s', (line) => {
    expect(redactText(line)).toBe(line);
  });

  it('keeps a separator of two characters whole around its marker', () => {
    // `:=` found no value it could take in the marker, so `:` did and `=[REDACTED` became the value:
    // the line lost its `=` and gained a second `]`.
    expect(redactText('override PASSWD:=Zq8-x!Lm3 (source=cli)')).toBe('override PASSWD:=[REDACTED:secret_value] (source=cli)');
  });

  it('never redacts inside a marker, nor reads a marker as a key', () => {
    // `--auth=[REDACTED:secret_value]` was read as user `[REDACTED`, password `secret_value]`;
    // `"password","username"` as a call's key and value, and then the marker as a key holding `bob`.
    expect(redactText('deploy --auth=nfp_GCycsjVqIU03cQlgie5PKeUkclh8RePzZVOj')).toBe('deploy --auth=[REDACTED:secret_value]');
    expect(redactText('{"grant_type":"password","username":"bob","password":"Hb8Jd6Ks4Lq"}')).toBe(
      '{"grant_type":"password","username":"bob","password":"[REDACTED:secret_value]"}',
    );
  });

  it('finds a pair by its key wherever the key stands, whatever the line holds around it', () => {
    // Pairs are looked for only at the words around the keyword index's finds. A line of many
    // fields, a key in quotes or brackets, a key after a value that swallowed its opening quote,
    // and the same line with a character outside ASCII (offsets unknown: the whole line is searched).
    const fields = Array.from({ length: 40 }, (_, i) => `f${i}=v${i}`).join(' ');
    expect(redactText(`${fields} db_password=Zq8-x!Lm3 end`)).toBe(`${fields} db_password=[REDACTED:secret_value] end`);
    expect(redactText(`$cfg['db']["password"] = 'Zq8-x!Lm3';`)).toBe(`$cfg['db']["password"] = '[REDACTED:secret_value]';`);
    expect(redactText(`-w 'k2UMl4=   'password' => 'Mag3nto#Shop!db',`)).toBe(`-w 'k2UMl4=   'password' => '[REDACTED:secret_value]',`);
    for (const lead of ['', 'é ']) {
      expect(redactText(`${lead}user=bob authentication=ok x_api_token: "Zq8-x!Lm3Kp" next`)).toBe(`${lead}user=bob authentication=ok x_api_token: "[REDACTED:secret_value]" next`);
    }
    // A word longer than any key around the keyword is no key; the pair after it still is one.
    expect(redactText(`${'a'.repeat(90)}password=Zq8-x!Lm3 token=Zq8-x!Lm3Kp`)).toBe(`${'a'.repeat(90)}password=Zq8-x!Lm3 token=[REDACTED:secret_value]`);
    // A key may also start after a `$` or `@` inside a word (a `key value` pair ends the line), however long the word before.
    expect(redactText(`${'a'.repeat(85)}@db_password Zq8-x!Lm3Kp`)).toBe(`${'a'.repeat(85)}@db_password [REDACTED:secret_value]`);
    expect(redactText(`config db.password 'Zq8-x!Lm3Kp' loaded`)).toBe(`config db.password '[REDACTED:secret_value]' loaded`);
  });

  it.each([
    ['version: 1.2.3.4', 'version: 1.2.3.4'],
    ['Version\t 10.0.0.5', 'Version\t 10.0.0.5'],
    ['x=Version:=  10.0.0.5', 'x=Version:=  10.0.0.5'],
    ['v10.1.2.3 build', 'v10.1.2.3 build'],
    ['app-10.2.3.4', 'app-10.2.3.4'],
    ['@scope/pkg@10.2.3.4', '@scope/pkg@10.2.3.4'],
    ['conn 10.0.0.0/8 and 10.0.0.5/24', 'conn 10.0.0.0/8 and [REDACTED:ipv4]/24'],
    ['hostn 10.0.0.5', 'hostn [REDACTED:ipv4]'],
    ['v 10.0.0.5', 'v [REDACTED:ipv4]'],
    ['deploy@10.2.3.4 x', 'deploy@[REDACTED:ipv4] x'],
    ['git@github.com:org/repo a@b.io', 'git@github.com:org/repo [REDACTED:email]'],
    ['postgresql://app@db.example.com:5432', 'postgresql://app@db.example.com:5432'],
  ])('tells an address from a version, a network or a remote by what stands around it: %s', (line, out) => {
    expect(redactText(line)).toBe(out);
  });

  it("takes an AWS secret beside its key id, and only a value shaped like one", () => {
    const id = 'AKIA' + 'XW3E5R7T9Y2U4I6O';
    const secret = 'Hq3vZ8kL2mN9pR4tW7yB1cD6fG0jK5sX8aE2uI4o';
    expect(redactText(`ci-deployer,,${id},${secret},https://console.example.test`)).toBe('ci-deployer,,[REDACTED:aws_access_key_id],[REDACTED:aws_secret_access_key],https://console.example.test');
    // A commit's digest (hex, one case) beside a key id is no secret of it.
    const digest = '3f9a2c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39';
    expect(redactText(`commit ${digest} deployed with key id ${id}`)).toBe(`commit ${digest} deployed with key id [REDACTED:aws_access_key_id]`);
  });

  it('is idempotent', () => {
    const once = redactText(`a ${ghp} b postgres://u:p4ss@h/db PASSWORD=x`);
    expect(redactText(once)).toBe(once);
  });

  it('redacts structures by key and by value', () => {
    const out = redactDeep({ password: 'plain', nested: [{ msg: `token ${ghp}` }], count: 3 });
    expect(out).toEqual({ password: '[REDACTED:secret_value]', nested: [{ msg: 'token [REDACTED:github_classic_token]' }], count: 3 });
  });

  it('redacts environment entries by key', () => {
    expect(redactEnvEntry('API_TOKEN=whatever')).toBe('API_TOKEN=[REDACTED:secret_value]');
    expect(redactEnvEntry('PATH=/usr/bin:/bin')).toBe('PATH=/usr/bin:/bin');
  });
});

describe('environment entries', () => {
  it('redacts a credential used as the variable name, not only values', () => {
    const token = 'ghp_' + 'Q7rT2mX9kLp4sV8nB3cZ6yW1hJ5dF0gA2eRt';
    const out = redactEnvEntry(`${token}=1`);
    expect(out).not.toContain(token);
    expect(out).toMatch(/^\[REDACTED:[a-z_]+\]=1$/);
  });
});
