import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY, tempDataDir } from '../helpers/client.js';
import { dockerSkipped, TestContainers } from '../helpers/docker.js';
import { fleetEnv, fleetSkipped } from '../helpers/fleet.js';

/**
 * The fleet from the command line, as a person without an assistant uses it: a host imported from
 * a real Docker CLI context (made by `docker context create`), reached over tcp with TLS.
 */
const fleet = fleetEnv();

describe.skipIf(dockerSkipped || fleetSkipped || !fleet)('hosts on the command line', () => {
  const onC = new TestContainers({ host: fleet?.cUnix ?? '' });
  const dataDir = tempDataDir();
  const db = join(dataDir, 'cli.db');
  const dockerConfig = join(dataDir, 'docker-config');
  const env = { PATH: process.env.PATH ?? '', HOME: dataDir, CYBERBRAIN_DB: db, DOCKER_CONFIG: dockerConfig, CYBERBRAIN_GPU_SOURCE: 'none' };
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [SERVER_ENTRY, ...args], { encoding: 'utf8', env, timeout: 90_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  let worker: string;

  beforeAll(() => {
    onC.run('worker', 'while true; do echo "ERROR queue backlog above 1000"; sleep 1; done');
    worker = onC.name('worker');
    const tls = (f: string) => join(fleet!.tlsDir, f);
    execFileSync('docker', ['context', 'create', 'vault-ctx', '--docker', `host=${fleet!.cTcp},ca=${tls('ca.pem')},cert=${tls('cert.pem')},key=${tls('key.pem')}`], { env: { ...process.env, DOCKER_CONFIG: dockerConfig }, stdio: 'ignore' });
  });
  afterAll(() => onC.removeAll());

  it('imports a Docker CLI context, lists it reachable over TLS, and stores paths, never keys', () => {
    const added = cli('host', 'add', 'vault', '--from-context', 'vault-ctx');
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain('Added host vault (tcp://127.0.0.1:23760, TLS)');
    const ls = cli('host', 'ls');
    expect(ls.out).toMatch(/vault\s+tcp:\/\/127\.0\.0\.1:23760\s+yes\s+0\s+yes \(Docker/);
    const row = new Database(db, { readonly: true }).prepare('SELECT * FROM hosts WHERE name = ?').get('vault') as Record<string, string>;
    expect(row.tls_key).toMatch(/key\.pem$/);
    expect(JSON.stringify(row)).not.toContain('PRIVATE KEY');
    expect(cli('host', 'add', 'vault', '--from-context', 'no-such-ctx').err).toContain('no Docker context named "no-such-ctx"');
  });

  it('allowlists, lists, runs and finds runs per host', () => {
    expect(cli('allowlist', 'add', worker, '--host', 'vault').code).toBe(0);
    expect(cli('allowlist', 'ls').out).toMatch(new RegExp(`vault\\s+name\\s+${worker}`));
    const containers = cli('containers', '--host', 'vault');
    expect(containers.out.split('\n').find((l) => l.includes(worker))).toMatch(/^vault\s.*yes: name/);
    // Allowed on vault only: the same run over local alone has nothing to read.
    const run = cli('run', '--directive', 'D1', '--host', 'vault', '--since', '10m');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('queue backlog');
    expect(cli('run', '--directive', 'D1', '--host', 'local').code).toBe(3);
    const runs = JSON.parse(cli('runs', '--host', 'vault', '--json').out) as { runs: { hosts: string[] }[] };
    expect(runs.runs.length).toBe(1);
    expect(runs.runs[0]!.hosts).toEqual(['vault']);
    expect(cli('host', 'rm', 'vault').err).toContain('allowlist entr');
    expect(cli('allowlist', 'rm', worker, '--host', 'vault').code).toBe(0);
    expect(cli('host', 'rm', 'vault').code).toBe(0);
    expect(cli('host', 'rm', 'local').code).toBe(2);
  });
});
