import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY, tempDataDir } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';

/** The command line as a person uses it on its own: the built bin, a real engine, a scratch database. */
describe.skipIf(dockerSkipped)('command line for people', () => {
  const containers = new TestContainers();
  const dataDir = tempDataDir();
  const db = join(dataDir, 'cli.db');
  const env = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH ?? '', HOME: dataDir, CYBERBRAIN_DB: db, ...extra });
  const cli = (args: string[], extra: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [SERVER_ENTRY, ...args], { encoding: 'utf8', env: env(extra), timeout: 90_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  let web: string;

  beforeAll(() => {
    containers.run('web', 'while true; do echo "FATAL: password authentication failed for user app"; sleep 1; done');
    containers.run('idle', 'sleep 3600');
    web = containers.name('web');
    expect(cli(['allowlist', 'add', web]).code).toBe(0);
  });
  afterAll(() => containers.removeAll());

  it('lists containers, allowed or not, and why', () => {
    const r = cli(['containers']);
    expect(r.code).toBe(0);
    const line = (name: string) => r.out.split('\n').find((l) => l.startsWith(name)) ?? '';
    expect(line(web)).toContain(`yes: name ${web}`);
    expect(line(containers.name('idle'))).toContain('no: not on the allowlist');
    expect(JSON.parse(cli(['containers', '--allowed', '--json']).out).containers.map((c: { name: string }) => c.name)).toEqual([web]);
  });

  it('lists directives and shows one', () => {
    expect(cli(['directives']).out).toMatch(/D1\s+log-triage\s+v1/);
    const show = cli(['directive', 'show', 'D4']);
    expect(show.code).toBe(0);
    expect(show.out).toContain('jobs: inventory, log_triage, service_map, gpu_report');
    expect(JSON.parse(cli(['directive', 'show', 'log-triage', '--json']).out).id).toBe('D1');
  });

  it('accepts global flags before the command', () => {
    const other = join(dataDir, 'other.db');
    expect(cli(['--db', other, 'allowlist', 'ls']).code).toBe(0);
    expect(existsSync(other)).toBe(true);
  });

  it('runs with a window override, says where the report went, and fails cron on a critical finding', () => {
    const r = cli(['run', '--directive', 'D1', '--since', '2h', '--tail', '50', '--fail-on', 'critical']);
    expect(r.err).toMatch(/Report saved to .*report\.md/);
    expect(r.out).toContain('password authentication failed');
    expect(r.code, r.err).toBe(4);
    const path = /Report saved to (\S+)/.exec(r.err)![1]!;
    expect(existsSync(path)).toBe(true);
    const runId = /run (run_[0-9A-Z]+)/.exec(r.out)![1]!;
    const report = cli(['report', runId]);
    expect(report.code).toBe(0);
    expect(report.out).toContain(runId);
    expect(JSON.parse(cli(['report', runId, '--format', 'json']).out).run.run_id).toBe(runId);
    // The window override is what the run used.
    expect(report.out).toMatch(/window\.since \(2h\)|2h/);
  });

  it('enables and disables allowlist entries', () => {
    expect(cli(['allowlist', 'disable', web]).code).toBe(0);
    expect(cli(['containers']).out.split('\n').find((l) => l.startsWith(web))).toContain('no: its allowlist entry is disabled');
    expect(cli(['allowlist', 'enable', web]).code).toBe(0);
    expect(cli(['containers']).out.split('\n').find((l) => l.startsWith(web))).toContain('yes');
  });

  it('notes an entry that matches no container, and refuses changes in read-only mode', () => {
    const typo = cli(['allowlist', 'add', 'no-such-container-xyz']);
    expect(typo.code).toBe(0);
    expect(typo.err).toContain('no container matches name "no-such-container-xyz" now');
    const ro = cli(['allowlist', 'add', 'another'], { CYBERBRAIN_READ_ONLY: 'true' });
    expect(ro.code).toBe(2);
    expect(ro.err).toContain('read-only mode');
    expect(cli(['allowlist', 'rm', 'no-such-container-xyz']).code).toBe(0);
  });

  it.each([
    [['runs', '--limit', '-5'], '--limit must be a whole number from 1 to 200; got "-5"'],
    [['allowlist', 'add', '--label', 'novalue'], '--label must be KEY=VALUE'],
    [['run', '--directive', 'nope'], 'No directive "nope"'],
    [['run', '--directive', 'D1', '--since', 'soon'], '--since "soon"'],
    [['run', '--directive', 'D1', '--fail-on', 'info'], '--fail-on must be one of warning, critical'],
    [['report', 'run_nope'], 'no run "run_nope"'],
    [['directive', 'show'], 'directive show needs one directive'],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/add\.0|set_allowlist|list_directives/);
  });

  it('says no run matches a filter instead of "no runs yet"', () => {
    expect(cli(['runs', '--status', 'running']).out).toContain('No runs match these filters.');
  });

  it('checks its setup with doctor', () => {
    const r = cli(['doctor', '--json']);
    const out = JSON.parse(r.out) as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    const check = (name: string) => out.checks.find((c) => c.name === name)!;
    expect(check('engine')).toMatchObject({ ok: true });
    expect(check('database').detail).toContain('integrity ok');
    expect(check('allowlist').ok).toBe(true);
    expect(r.code).toBe(out.ok ? 0 : 1);
  });

  it('takes CYBERBRAIN_LOGS for the report folder (CYBER_BRAIN_LOGS still works)', () => {
    const logs = join(dataDir, 'reports-here');
    const r = cli(['run', '--directive', 'D1', '--since', '1m'], { CYBERBRAIN_LOGS: logs });
    expect(r.err).toContain(`Report saved to ${logs}/runs/`);
  });

  it('cancels the run cleanly on Ctrl-C and exits 1', async () => {
    const child = spawn(process.execPath, [SERVER_ENTRY, 'run', '--directive', 'D1'], { env: env({ CYBERBRAIN_DEBUG_JOB_DELAY_MS: '30000' }) });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await waitUntil(() => {
      const row = new Database(db, { readonly: true }).prepare("SELECT count(*) AS n FROM runs WHERE status = 'running'").get() as { n: number };
      return row.n > 0;
    }, 20_000, 'the run to start');
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(1);
    expect(err).toContain('Cancelling run');
    expect(out).toContain('Status: **cancelled**');
    const last = new Database(db, { readonly: true }).prepare('SELECT status FROM runs ORDER BY seq DESC LIMIT 1').get() as { status: string };
    expect(last.status).toBe('cancelled');
  });

  it('shows a live progress line on a terminal and nothing when piped', () => {
    const piped = cli(['run', '--directive', 'D1', '--since', '1m']);
    expect(piped.err).not.toContain('\r');
    // `script` gives the command a real terminal.
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${SERVER_ENTRY} run --directive D1 --since 1m`, '/dev/null'], { encoding: 'utf8', env: env(), timeout: 90_000 });
    expect(tty.stdout).toMatch(/\[\d+\/\d+\] /);
  });
});
