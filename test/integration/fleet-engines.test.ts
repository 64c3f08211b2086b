import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, TestContainers } from '../helpers/docker.js';
import { dockerAt, fleetEnv, fleetSkipped, type FleetEnv } from '../helpers/fleet.js';

/** `ssh -F <config> -p 2222 -l root 127.0.0.1 -- <command>`, as the server under test runs it. */
function ssh(env: FleetEnv, command: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('ssh', ['-F', env.sshConfig, '-p', '2222', '-l', 'root', '127.0.0.1', '--', ...command], {
    encoding: 'utf8',
    input,
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function listed(ps: string, name: string): boolean {
  return ps.split('\n').includes(name);
}

describe.skipIf(fleetSkipped)('the test fleet: three distinct engines on this machine', () => {
  let env: FleetEnv;
  let onB: TestContainers;
  let onC: TestContainers;

  beforeAll(() => {
    const found = fleetEnv();
    if (!found) {
      throw new Error('/run/cb-fleet/fleet.env is missing: start the fleet (as root: bash scripts/fleet-up.sh), or set SKIP_FLEET_TESTS=1 to skip these tests.');
    }
    env = found;
    onB = new TestContainers({ host: env.bUnix });
    onC = new TestContainers({ host: env.cTcp, tlsDir: env.tlsDir });
  });

  afterAll(() => {
    onB?.removeAll();
    onC?.removeAll();
  });

  it('reports three different engine IDs', () => {
    const ids = [docker('info', '--format', '{{.ID}}'), dockerAt(env.bUnix, 'info', '--format', '{{.ID}}'), dockerAt(env.cUnix, 'info', '--format', '{{.ID}}')];
    expect(new Set(ids).size).toBe(3);
    expect(dockerAt(env.cTcp, 'info', '--format', '{{.ID}}')).toBe(ids[2]);
  });

  it('keeps a container on the engine it was created on', () => {
    onB.create('only-b');
    onC.create('only-c');
    const names = (endpoint?: string): string => {
      const args = ['ps', '-a', '--format', '{{.Names}}'];
      return endpoint ? dockerAt(endpoint, ...args) : docker(...args);
    };
    const [onDefault, onEngineB, onEngineC] = [names(), names(env.bUnix), names(env.cUnix)];
    expect(listed(onEngineB, onB.name('only-b'))).toBe(true);
    expect(listed(onDefault, onB.name('only-b'))).toBe(false);
    expect(listed(onEngineC, onB.name('only-b'))).toBe(false);
    expect(listed(onEngineC, onC.name('only-c'))).toBe(true);
    expect(listed(onDefault, onC.name('only-c'))).toBe(false);
    expect(listed(onEngineB, onC.name('only-c'))).toBe(false);
  });

  it('answers on TLS tcp with the client certificate, and refuses without it', () => {
    expect(dockerAt(env.cTcp, 'version', '--format', '{{.Server.Version}}')).not.toBe('');
    const plain = spawnSync('docker', ['-H', env.cTcp, 'version', '--format', '{{.Server.Version}}'], { encoding: 'utf8', timeout: 30_000 });
    expect(plain.status).not.toBe(0);
    const noClientCert = spawnSync('docker', ['-H', env.cTcp, '--tls', '--tlscacert', `${env.tlsDir}/ca.pem`, 'version', '--format', '{{.Server.Version}}'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(noClientCert.status).not.toBe(0);
    expect(noClientCert.stdout.trim()).toBe('');
  });

  it('reaches engine B over ssh, the way the server dials it', () => {
    expect(env.bSsh).toBe('ssh://root@127.0.0.1:2222');
    const viaSsh = ssh(env, ['docker', 'info', '--format', "'{{.ID}}'"]);
    expect(viaSsh.stderr).toBe('');
    expect(viaSsh.stdout.trim()).toBe(dockerAt(env.bUnix, 'info', '--format', '{{.ID}}'));

    const dialed = ssh(env, ['docker', 'system', 'dial-stdio'], 'GET /info HTTP/1.0\r\nHost: docker\r\n\r\n');
    expect(dialed.stdout).toMatch(/^HTTP\/1\.0 200 OK\r\n/);
    expect(dialed.stdout).toContain('"cb.fleet.engine=2"');
  });
});
