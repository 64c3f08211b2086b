import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY, tempDataDir } from '../helpers/client.js';
import { dockerSkipped, TestContainers } from '../helpers/docker.js';

describe.skipIf(dockerSkipped)('command line', () => {
  const containers = new TestContainers();
  const dataDir = tempDataDir();
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [SERVER_ENTRY, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dataDir, CYBERBRAIN_DB: join(dataDir, 'cli.db') },
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(() => {
    containers.run('api', 'sleep 3600');
  });
  afterAll(() => containers.removeAll());

  it.each([[['--help']], [['run', '--help']], [['runs', '--help']], [['allowlist', '--help']]])('prints help for %j', (args) => {
    const r = cli(...args);
    expect(r.code).toBe(0);
    expect(r.out + r.err).toContain('Usage');
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['run'], 'needs --directive'],
    [['runs', '--limit', 'lots'], '--limit must be a whole number'],
    [['runs', '--status', 'sleepy'], '--status must be one of'],
    [['allowlist', 'frobnicate'], 'unknown allowlist command'],
    [['fly'], 'unknown command "fly"'],
  ])('rejects %j with a one-line error and exit code 2', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('manages the allowlist, runs a directive and lists the run', () => {
    const name = containers.name('api');
    expect(cli('allowlist', 'ls').out).toContain('allowlist is empty');
    const denied = cli('run', '--directive', 'D1', '--container', name);
    expect(denied.code).toBe(3);
    expect(denied.err).toContain('not an allowlisted container');

    expect(cli('allowlist', 'add', name, '--description', 'api tier', '--jobs', 'inventory,log_triage').code).toBe(0);
    expect(cli('allowlist', 'ls').out).toMatch(new RegExp(`name\\s+${name}\\s+inventory,log_triage`));

    const run = cli('run', '--directive', 'log-triage', '--container', name);
    expect(run.code).toBe(0);
    expect(run.out).toContain('# Log Triage: run run_');
    expect(run.out).toContain(`### ${name}`);
    const json = cli('run', '--directive', 'D1', '--format', 'json');
    expect(JSON.parse(json.out).run.status).toBe('succeeded');

    const runs = cli('runs', '--json');
    expect(JSON.parse(runs.out).runs).toHaveLength(2);
    expect(cli('runs').out).toContain('D1 v1');

    expect(cli('allowlist', 'rm', name).code).toBe(0);
    expect(cli('allowlist', 'ls').out).toContain('allowlist is empty');
  });
});
