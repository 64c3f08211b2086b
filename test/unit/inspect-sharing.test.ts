import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllowlistEntry } from '../../src/domain/allowlist.js';
import { GuardedDocker, INSPECT_SHARED_MS } from '../../src/docker/guarded-client.js';

/**
 * A run resolves each container by id in several jobs a moment apart; one inspection answers the
 * calls made while it is in flight and shortly after. The allowlist is still decided at every call.
 * Against a real HTTP server on a unix socket that answers the Engine API's inspect, counting requests.
 */
describe('inspections shared by id', () => {
  const id = 'a'.repeat(64);
  let server: Server;
  let socket: string;
  let inspects = 0;
  beforeAll(async () => {
    socket = join(mkdtempSync(join(tmpdir(), 'cb-inspect-')), 'engine.sock');
    server = createServer((req, res) => {
      if (/\/containers\/a{64}\/json$/.test(req.url ?? '')) {
        inspects++;
        // A moment's delay, so that concurrent calls find the inspection in flight.
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Id: id, Name: '/app', Created: '2026-11-24T00:00:00Z', Image: 'sha256:' + 'b'.repeat(64), Config: { Image: 'busybox', Labels: { tier: 'web' }, Tty: false, Env: [] }, State: { Running: true, Status: 'running' }, RestartCount: 0, HostConfig: {}, NetworkSettings: { Networks: {} }, Mounts: [] })), 20);
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not here"}');
    });
    await new Promise<void>((r) => server.listen(socket, r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const entry = (value: string): AllowlistEntry => ({ id: 1, kind: 'name', value, description: '', jobs: [], enabled: true, host: 'local' });

  it('one inspection answers concurrent and immediately following calls; a later call asks again', async () => {
    const docker = new GuardedDocker({ name: 'local', docker_host: `unix://${socket}`, tls: null, ssh_config: null, gpu_source: null }, () => [entry('app')], 5_000);
    inspects = 0;
    const [a, b] = await Promise.all([docker.inspect(id, 'inventory'), docker.inspect(id, 'service_map')]);
    expect(a.name).toBe('app');
    expect(b.name).toBe('app');
    await docker.inspect(id, 'log_triage');
    expect(inspects).toBe(1);
    await new Promise((r) => setTimeout(r, INSPECT_SHARED_MS + 100));
    await docker.inspect(id, 'inventory');
    expect(inspects).toBe(2);
    docker.close();
  });

  it('decides the allowlist at every call, also on a shared inspection', async () => {
    let entries = [entry('app')];
    const docker = new GuardedDocker({ name: 'local', docker_host: `unix://${socket}`, tls: null, ssh_config: null, gpu_source: null }, () => entries, 5_000);
    await docker.inspect(id, 'inventory');
    entries = [entry('other')];
    await expect(docker.inspect(id, 'inventory')).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    docker.close();
  });
});
