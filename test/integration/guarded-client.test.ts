import { createServer, type Server } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllowlistEntry } from '../../src/domain/allowlist.js';
import { GuardedDocker } from '../../src/docker/guarded-client.js';
import type { LogLine } from '../../src/docker/log-lines.js';
import { ToolError } from '../../src/errors.js';
import { dockerSkipped, TestContainers, waitUntil, docker } from '../helpers/docker.js';

const allow = (value: string, jobs: AllowlistEntry['jobs'] = []): AllowlistEntry => ({ id: 1, host: 'local', kind: 'name', value, description: '', jobs, enabled: true });

async function collect(gen: AsyncGenerator<LogLine, unknown>): Promise<LogLine[]> {
  const out: LogLine[] = [];
  for await (const l of gen) out.push(l);
  return out;
}

async function denial(p: Promise<unknown>): Promise<ToolError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ToolError) return err;
    throw err;
  }
  throw new Error('expected a ToolError');
}

describe.skipIf(dockerSkipped)('guarded Docker client against a real engine', () => {
  const containers = new TestContainers();
  let entries: AllowlistEntry[] = [];
  const client = new GuardedDocker({ name: 'local', docker_host: process.env.DOCKER_HOST || 'unix:///var/run/docker.sock', tls: null, ssh_config: null, gpu_source: null }, () => entries, 10_000);

  beforeAll(async () => {
    containers.run('chatty', 'i=0; while [ $i -lt 50 ]; do echo "out $i"; echo "err $i" >&2; i=$((i+1)); done; sleep 3600', {
      env: { DB_PASSWORD: 'hunter2-not-real', PLAIN: 'visible' },
    });
    containers.run('tty', 'echo from a tty; sleep 3600', { tty: true });
    containers.run('other', 'echo OTHER-MARKER; sleep 3600');
    await waitUntil(() => docker('logs', containers.name('chatty')).includes('out 49'), 20_000, 'chatty to print');
  });
  afterAll(() => containers.removeAll());

  it('denies every per-container call for a container that is not allowlisted', async () => {
    entries = [allow(containers.name('chatty'))];
    for (const attempt of [
      () => client.inspect(containers.name('other')),
      () => client.stats(containers.name('other')),
      () => collect(client.logs(containers.name('other'), 'log_triage', { maxBytes: 1_000 })),
    ]) {
      const err = await denial(attempt());
      expect(err.code).toBe('NOT_ALLOWED');
      expect(err.message).toContain(containers.name('other'));
      expect(err.hint).toContain('set_allowlist');
    }
  });

  it('checks the allowlist at call time: removing an entry denies the very next call', async () => {
    entries = [allow(containers.name('chatty'))];
    await expect(client.inspect(containers.name('chatty'))).resolves.toMatchObject({ name: containers.name('chatty') });
    entries = [];
    expect((await denial(client.inspect(containers.name('chatty')))).code).toBe('NOT_ALLOWED');
  });

  it('honours per-entry job restrictions', async () => {
    entries = [allow(containers.name('chatty'), ['inventory'])];
    await expect(client.inspect(containers.name('chatty'), 'inventory')).resolves.toBeDefined();
    const err = await denial(collect(client.logs(containers.name('chatty'), 'log_triage', { maxBytes: 10_000 })));
    expect(err.message).toContain('inventory only');
  });

  it('resolves by id prefix too, and redacts environment values by key', async () => {
    entries = [allow(containers.name('chatty'))];
    const id = docker('inspect', '-f', '{{.Id}}', containers.name('chatty'));
    const d = await client.inspect(id.slice(0, 12));
    expect(d.name).toBe(containers.name('chatty'));
    expect(d.env).toContain('DB_PASSWORD=[REDACTED:secret_value]');
    expect(d.env).toContain('PLAIN=visible');
    expect(JSON.stringify(d)).not.toContain('hunter2-not-real');
  });

  it('streams logs with stdout and stderr kept apart, ending for a running container', async () => {
    entries = [allow(containers.name('chatty')), allow(containers.name('tty'))];
    const lines = await collect(client.logs(containers.name('chatty'), 'log_triage', { maxBytes: 1_000_000 }));
    expect(lines.filter((l) => l.stream === 'stdout').map((l) => l.text)).toEqual(Array.from({ length: 50 }, (_, i) => `out ${i}`));
    expect(lines.filter((l) => l.stream === 'stderr').map((l) => l.text)).toEqual(Array.from({ length: 50 }, (_, i) => `err ${i}`));
    expect(lines.every((l) => l.timestamp)).toBe(true);
    const tty = await collect(client.logs(containers.name('tty'), 'log_triage', { maxBytes: 1_000_000 }));
    expect(tty.map((l) => [l.stream, l.text])).toEqual([['stdout', 'from a tty']]);
  });

  it('applies tail and the byte cap', async () => {
    entries = [allow(containers.name('chatty'))];
    const tail = await collect(client.logs(containers.name('chatty'), 'log_triage', { tail: 4, maxBytes: 1_000_000 }));
    expect(tail).toHaveLength(4);
    const gen = client.logs(containers.name('chatty'), 'log_triage', { maxBytes: 200 });
    let count = 0;
    let r = await gen.next();
    while (!r.done) {
      count++;
      r = await gen.next();
    }
    expect(r.value).toMatchObject({ truncated: true });
    expect(count).toBeLessThanOrEqual(200 / 'out 0'.length);
  });

  it('lists containers with an allowed mark and networks, read-only', async () => {
    entries = [allow(containers.name('chatty'))];
    const mine = (await client.listContainers()).filter((c) => c.name.startsWith(containers.prefix));
    expect(mine.find((c) => c.name === containers.name('chatty'))?.allowed).toBe(true);
    expect(mine.find((c) => c.name === containers.name('other'))?.allowed).toBe(false);
    expect((await client.listNetworks()).map((n) => n.name)).toContain('none');
  });

  it('exposes no way to change anything on the engine', () => {
    const surface = Object.getOwnPropertyNames(GuardedDocker.prototype).filter((n) => n !== 'constructor');
    expect(surface.sort()).toEqual(['close', 'docker', 'info', 'inspect', 'inspectById', 'listAllowed', 'listContainers', 'listNetworks', 'logBatches', 'logs', 'ping', 'rawList', 'resolve', 'resolveAllowed', 'resolveAllowedWithInfo', 'stats', 'version'].sort());
    for (const verb of ['exec', 'create', 'start', 'stop', 'kill', 'remove', 'pull', 'build', 'restart', 'pause']) {
      expect(surface.some((n) => n.toLowerCase().includes(verb))).toBe(false);
    }
  });
});

describe('guarded Docker client when the engine misbehaves', () => {
  let hung: Server;
  let socket: string;
  beforeAll(async () => {
    socket = join(mkdtempSync(join(tmpdir(), 'cb-hung-')), 'docker.sock');
    hung = createServer(() => undefined); // accepts and never answers
    await new Promise<void>((r) => hung.listen(socket, r));
  });
  afterAll(() => hung.close());

  // A host whose engine is at `endpoint`: the endpoint is configuration, passed in, never read from the environment here.
  const at = (endpoint: string) => ({ name: 'local', docker_host: endpoint, tls: null, ssh_config: null, gpu_source: null });

  it('times out a call to an engine that never answers', async () => {
    const err = await denial(new GuardedDocker(at(`unix://${socket}`), () => [], 300).listContainers());
    expect(err.code).toBe('TIMEOUT');
    expect(err.hint).toContain('CYBERBRAIN_DOCKER_TIMEOUT_MS');
  });

  it('says the engine is unreachable when nothing listens', async () => {
    const err = await denial(new GuardedDocker(at('unix:///tmp/cyberbrain-nothing-here.sock'), () => [], 2_000).ping());
    expect(err.code).toBe('DOCKER_UNAVAILABLE');
    expect(err.message).toContain('cyberbrain-nothing-here.sock');
  });
});
