import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok, startServer, textOf, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';
import { fleetEnv, fleetSkipped } from '../helpers/fleet.js';

/**
 * Several engines as diagnosis targets, against real engines (scripts/fleet-up.sh): "local" (the
 * default engine), "nas" = engine B over ssh:// (the system ssh client, a real sshd on loopback),
 * "vault" = engine C over tcp:// with mutual TLS, driven through the built server by a real MCP client.
 */
const fleet = fleetEnv();

interface Report {
  run: { status: string; hosts: string[] };
  findings: { severity: string; message: string; host: string; container: string | null; job: string }[];
  jobs: { job: string; host: string; container_name: string | null; status: string; error: string | null; result: { data: unknown } | null }[];
}

/** Every byte under a folder (the database and the report files), for "the marker is nowhere". */
function everyByteUnder(dir: string): string {
  let all = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    all += statSync(path).isDirectory() ? everyByteUnder(path) : readFileSync(path).toString('latin1');
  }
  return all;
}

describe.skipIf(dockerSkipped || fleetSkipped || !fleet)('a fleet of hosts (real engines: unix, ssh, tcp+TLS)', () => {
  const local = new TestContainers();
  const onB = new TestContainers({ host: fleet?.bUnix ?? '' });
  const onC = new TestContainers({ host: fleet?.cUnix ?? '' });
  const marker = `MARKER-ON-NAS-${randomUUID()}`;
  let srv: ServerHandle;
  let app: string;

  const addHosts = async (client: ServerHandle['client']) => {
    await ok(client, 'add_host', { name: 'nas', docker_host: fleet!.bSsh, ssh_config: fleet!.sshConfig });
    await ok(client, 'add_host', { name: 'vault', docker_host: fleet!.cTcp, tls_ca: join(fleet!.tlsDir, 'ca.pem'), tls_cert: join(fleet!.tlsDir, 'cert.pem'), tls_key: join(fleet!.tlsDir, 'key.pem') });
  };

  beforeAll(async () => {
    // The same name on local and on nas: allowlisted on local only. nas's one logs a marker.
    local.run('app', 'while true; do echo "ERROR local app cannot reach payment gateway"; sleep 1; done');
    app = local.name('app');
    onB.run('app', `while true; do echo "${marker}"; sleep 1; done`, { env: { NAS_SECRET_ENV: marker }, exactName: app });
    onB.run('files', 'while true; do echo "WARN disk 91% full on /srv"; sleep 1; done');
    // On local, a client that calls vault's API by the host's name, and nas by a port nobody publishes.
    const net = local.network('front');
    local.create('client', { networks: [{ name: net }], env: { API_URL: 'http://vault:18443/v1', BACKUP_URL: 'http://nas:9999/' } });
    const cnet = onC.network('back');
    onC.create('api', { networks: [{ name: cnet }], ports: ['18443:443'] });
    onC.run('worker', 'while true; do echo "INFO worker tick"; sleep 1; done');

    srv = await startServer({ env: { CYBERBRAIN_GPU_SOURCE: 'none' } });
    await addHosts(srv.client);
    await ok(srv.client, 'set_allowlist', {
      add: [
        { kind: 'name', value: app },
        { kind: 'name', value: local.name('client') },
        { kind: 'name', value: onB.name('files'), host: 'nas' },
        { kind: 'label', value: `mcp.test=${onC.tag}`, host: 'vault' },
      ],
    });
    await waitUntil(() => onB.logsOf('files').includes('disk'), 20_000, 'logs on nas');
  }, 120_000);

  afterAll(async () => {
    await srv?.close();
    local.removeAll();
    onB.removeAll();
    onC.removeAll();
  });

  it('lists every host with its engine version, over unix, ssh and TLS', async () => {
    const { hosts } = await ok<{ hosts: { name: string; reachable: boolean; tls: boolean; engine_version: string | null }[] }>(srv.client, 'list_hosts', {});
    expect(hosts.map((h) => [h.name, h.reachable, h.tls])).toEqual([
      ['local', true, false],
      ['nas', true, false],
      ['vault', true, true],
    ]);
    const { containers } = await ok<{ containers: { host: string; name: string; allowed: boolean }[] }>(srv.client, 'list_containers', { limit: 500 });
    // One name, two hosts, two decisions: allowed on local says nothing about nas.
    expect(containers.filter((c) => c.name === app).map((c) => [c.host, c.allowed]).sort()).toEqual([
      ['local', true],
      ['nas', false],
    ]);
  });

  it('runs D4 over three hosts: rows per host × job × container, a report grouped by host, edges between hosts', async () => {
    const launched = await ok<{ run_id: string; status: string }>(srv.client, 'launch_run', { directive: 'D4', wait: true, overrides: { window: { since: '10m' } } });
    expect(launched.status).toMatch(/succeeded|partial/);
    const { report } = await ok<{ report: Report }>(srv.client, 'get_run_report', { run_id: launched.run_id, format: 'json' });
    expect(report.run.hosts).toEqual(['local', 'nas', 'vault']);
    const rows = report.jobs.map((j) => `${j.host}/${j.job}/${j.container_name ?? '-'}`);
    expect(rows).toContain(`nas/log_triage/${onB.name('files')}`);
    expect(rows).toContain(`vault/log_triage/${onC.name('worker')}`);
    expect(rows).toContain(`local/log_triage/${app}`);
    expect(rows).not.toContain(`nas/log_triage/${app}`);
    for (const h of ['local', 'nas', 'vault']) expect(rows).toContain(`${h}/service_map/-`);
    expect(report.jobs.filter((j) => j.status === 'failed').map((j) => `${j.host}/${j.job}: ${j.error}`)).toEqual([]);
    // Each host's log triage saw its own container's lines.
    const nasTriage = report.jobs.find((j) => j.host === 'nas' && j.job === 'log_triage')!;
    expect(JSON.stringify(nasTriage.result)).toContain('disk');
    // Between hosts: client on local → api on vault (publishes 18443); nas:9999 published by nobody.
    const across = report.jobs.find((j) => j.host === '*')!;
    expect(across.status).toBe('succeeded');
    const edges = (across.result!.data as { edges: { from: { host: string; container: string }; to: { host: string; container: string | null }; port: number }[] }).edges;
    expect(edges).toContainEqual(expect.objectContaining({ from: { host: 'local', container: local.name('client') }, to: { host: 'vault', container: onC.name('api') }, port: 18443 }));
    expect(edges).toContainEqual(expect.objectContaining({ from: { host: 'local', container: local.name('client') }, to: { host: 'nas', container: null }, port: 9999 }));
    expect(report.findings.some((f) => f.host === '*' && f.message.includes('no allowlisted container on nas publishes'))).toBe(true);
    // "vault" and "nas" are hosts here, not missing services on local's own map.
    const localMap = report.jobs.find((j) => j.host === 'local' && j.job === 'service_map')!;
    expect(JSON.stringify((localMap.result!.data as { graph: unknown }).graph.nodes ?? (localMap.result!.data as { graph: { nodes: unknown } }).graph.nodes)).not.toContain('"missing"');
    const md = textOf(await call(srv.client, 'get_run_report', { run_id: launched.run_id }));
    expect(md).toContain('## Host nas');
    expect(md).toContain('## Between hosts');
    // The runs of a host, by host.
    const { runs } = await ok<{ runs: { run_id: string }[] }>(srv.client, 'list_runs', { host: 'vault' });
    expect(runs.map((r) => r.run_id)).toContain(launched.run_id);
  });

  it('never reads the same-named container of another host: its marker appears nowhere', async () => {
    // Proven from the engine side: nas's "app" really logs the marker and carries it in its env.
    expect(onB.logsOf(app)).toContain(marker);
    const launched = await ok<{ run_id: string }>(srv.client, 'launch_run', { directive: 'D1', wait: true, containers: [app] });
    const { report } = await ok<{ report: Report }>(srv.client, 'get_run_report', { run_id: launched.run_id, format: 'json' });
    expect(report.run.hosts).toEqual(['local']);
    expect([...new Set(report.jobs.map((j) => `${j.host}/${j.container_name}`))]).toEqual([`local/${app}`]);
    // Asking for it on nas is refused by name.
    const denied = await call(srv.client, 'launch_run', { directive: 'D1', containers: [`nas/${app}`] });
    expect(textOf(denied)).toContain('NOT_ALLOWED');
    // Nothing the server stored, wrote or answered holds the marker.
    const all = await call(srv.client, 'list_containers', { limit: 500 });
    expect(JSON.stringify(all)).not.toContain(marker);
    expect(everyByteUnder(srv.dataDir)).not.toContain(marker);
    expect(srv.stderr()).not.toContain(marker);
  });

  it('fails the rows of a host that goes down mid-run, with a clear error, while the others succeed', async () => {
    // "flaky" is engine C behind a unix-socket relay this test controls: closing the relay is the host going down.
    const relayPath = join(srv.dataDir, 'flaky.sock');
    const sockets = new Set<Socket>();
    const relay: Server = createServer((client) => {
      const upstream = createConnection(fleet!.cUnix.slice('unix://'.length));
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => (client.destroy(), upstream.destroy());
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await new Promise<void>((r) => relay.listen(relayPath, r));
    const slow = await startServer({ dataDir: srv.dataDir, env: { CYBERBRAIN_GPU_SOURCE: 'none', CYBERBRAIN_DEBUG_JOB_DELAY_MS: '1500', CYBERBRAIN_DOCKER_TIMEOUT_MS: '3000' } });
    try {
      await ok(slow.client, 'add_host', { name: 'flaky', docker_host: `unix://${relayPath}` });
      await ok(slow.client, 'set_allowlist', { add: [{ kind: 'label', value: `mcp.test=${onC.tag}`, host: 'flaky' }] });
      const { run_id } = await ok<{ run_id: string }>(slow.client, 'launch_run', { directive: 'D1', hosts: ['local', 'flaky'] });
      // Down once the run has started: every connection cut, nothing listening any more.
      await new Promise((r) => setTimeout(r, 500));
      const closed = new Promise<void>((r) => relay.close(() => r()));
      for (const s of sockets) s.destroy();
      await closed;
      if (existsSync(relayPath)) unlinkSync(relayPath);
      let status = '';
      await waitUntil(async () => !['queued', 'running'].includes((status = (await ok<{ run: { status: string } }>(slow.client, 'get_run', { run_id })).run.status)), 60_000, 'the run to end');
      expect(status).toBe('partial');
      const { jobs } = await ok<{ jobs: { host: string; status: string; error: string | null }[] }>(slow.client, 'get_run', { run_id });
      const flaky = jobs.filter((j) => j.host === 'flaky');
      expect(flaky.length).toBeGreaterThan(0);
      for (const j of flaky) {
        expect(j.status).toBe('failed');
        expect(j.error).toMatch(/not reachable|did not answer|host "flaky"/);
      }
      expect(jobs.filter((j) => j.host === 'local').every((j) => j.status === 'succeeded')).toBe(true);
      await ok(slow.client, 'set_allowlist', { remove: [{ kind: 'label', value: `mcp.test=${onC.tag}`, host: 'flaky' }] });
      await ok(slow.client, 'remove_host', { name: 'flaky' });
    } finally {
      await slow.close();
      relay.close();
    }
  });

  it('launches over the reachable hosts and fails the rows of one that cannot be reached at all', async () => {
    await ok(srv.client, 'add_host', { name: 'gone', docker_host: 'unix:///run/cb-no-such-engine.sock' });
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: 'anything', host: 'gone' }] });
    try {
      const launched = await ok<{ run_id: string; status: string }>(srv.client, 'launch_run', { directive: 'D1', wait: true, hosts: ['local', 'gone'] });
      expect(launched.status).toBe('partial');
      const { jobs } = await ok<{ jobs: { host: string; status: string; error: string | null }[] }>(srv.client, 'get_run', { run_id: launched.run_id });
      expect(jobs.find((j) => j.host === 'gone')).toMatchObject({ status: 'failed' });
      expect(jobs.find((j) => j.host === 'gone')!.error).toContain('cb-no-such-engine.sock');
    } finally {
      await ok(srv.client, 'set_allowlist', { remove: [{ kind: 'name', value: 'anything', host: 'gone' }] });
      await ok(srv.client, 'remove_host', { name: 'gone' });
    }
  });
});
