import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ENTRY } from '../helpers/client.js';

const dir = mkdtempSync(join(tmpdir(), 'cb-redact-'));
const ghp = 'ghp_' + 'Zx9'.repeat(12);
const run = (args: string[], input?: string, env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [SERVER_ENTRY, 'redact', ...args], { input, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('cyberbrain-mcp redact', () => {
  it('filters stdin to stdout, one line per line, multi-line keys included', () => {
    const input = ['plain line', `token ${ghp}`, '-----BEGIN PRIVATE KEY-----', 'AAAAB3NzaC1yc2EAAAADAQABAAABAQC7', '-----END PRIVATE KEY-----', 'DB_PASSWORD=hunter2', ''].join('\n');
    const r = run([], input);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(input.split('\n').length);
    expect(lines[0]).toBe('plain line');
    expect(r.out).not.toContain(ghp);
    expect(r.out).not.toContain('AAAAB3NzaC1yc2EAAAADAQABAAABAQC7');
    expect(r.out).not.toContain('hunter2');
    expect(r.err).toBe('');
  });

  it('reads files in order and reports counts per rule on stderr with --stats, never values', () => {
    writeFileSync(join(dir, 'a.log'), `one ${ghp}\ntwo ${ghp}\n`);
    writeFileSync(join(dir, 'b.log'), 'mail jane@example.com\n');
    const r = run(['--stats', join(dir, 'a.log'), join(dir, 'b.log')]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('one [REDACTED:github_classic_token]\ntwo [REDACTED:github_classic_token]\nmail [REDACTED:email]\n');
    expect(r.err).toContain('redacted 3 values');
    expect(r.err).toContain('github_classic_token: 2');
    expect(r.err).toContain('email: 1');
    expect(r.err).not.toContain(ghp);
  });

  it('applies configured extra and allow patterns, and keeps addresses readable in debug mode', () => {
    const config = join(dir, 'redact.json');
    writeFileSync(config, JSON.stringify({ patterns: [{ name: 'acme_key', regex: 'ACME-[0-9]{8}' }], allow: ['^AKIAIOSFODNN7EXAMPLE$'] }));
    const input = 'key ACME-12345678 doc AKIAIOSFODNN7EXAMPLE real AKIA' + 'QWERTYUIOPASDFGH' + ' from 10.1.2.3\n';
    const r = run([], input, { CYBERBRAIN_REDACT_CONFIG: config, DEBUG_REDACTED_MODE: 'false' });
    expect(r.out).toBe('key [REDACTED:acme_key] doc AKIAIOSFODNN7EXAMPLE real [REDACTED:aws_access_key_id] from 10.1.2.3\n');
  });

  it('refuses a bad configuration with one line', () => {
    const config = join(dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ patterns: [{ name: 'broken', regex: '([' }] }));
    const r = run([], 'x\n', { CYBERBRAIN_REDACT_CONFIG: config });
    expect(r.code).toBe(2);
    expect(r.err).toContain('invalid regex');
  });

  it('says which file it cannot read', () => {
    const r = run([join(dir, 'missing.log')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.log');
  });
});
