import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startServer, tempDataDir, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';

/**
 * Claude Desktop and an IDE often each spawn a server on one database. A run belongs to the
 * process that started it: another live process never marks it interrupted, and a run whose
 * process died is marked interrupted once its heartbeat goes stale.
 */
describe.skipIf(dockerSkipped)('two server processes on one database', () => {
  const containers = new TestContainers();
  const dataDir = tempDataDir();
  const fast = { CYBERBRAIN_HEARTBEAT_MS: '200' };
  const servers: ServerHandle[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const s = await startServer({ dataDir, env: { ...fast, ...env } });
    servers.push(s);
    return s;
  };
  const statusOf = async (s: ServerHandle, runId: string) => (await ok<{ run: { status: string } }>(s.client, 'get_run', { run_id: runId })).run.status;

  beforeAll(() => {
    containers.run('web', 'sleep 3600');
  });
  afterAll(async () => {
    for (const s of servers) await s.close().catch(() => undefined);
    containers.removeAll();
  });

  it('keeps a live process\'s run running, and marks it interrupted once that process dies', async () => {
    const owner = await start({ CYBERBRAIN_DEBUG_JOB_DELAY_MS: '60000' });
    await ok(owner.client, 'set_allowlist', { add: [{ kind: 'name', value: containers.name('web') }] });
    const { run_id } = await ok<{ run_id: string }>(owner.client, 'launch_run', { directive: 'D1' });
    const other = await start();

    // Past the stale threshold (3 s): the owner is alive, so the run must still be running.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await statusOf(other, run_id)).toBe('running');

    process.kill(owner.transport.pid!, 'SIGKILL');
    await waitUntil(async () => (await statusOf(other, run_id)) === 'interrupted', 20_000, 'the run to be marked interrupted');
    const detail = await ok<{ jobs: { job: string; status: string; error: string | null }[] }>(other.client, 'get_run', { run_id });
    expect(detail.jobs.find((j) => j.job === 'inventory')).toMatchObject({ status: 'cancelled' });
  });

  it('cancels a run owned by another live process at its next heartbeat', async () => {
    const owner = await start({ CYBERBRAIN_DEBUG_JOB_DELAY_MS: '60000' });
    const other = await start();
    const { run_id } = await ok<{ run_id: string }>(owner.client, 'launch_run', { directive: 'D1' });
    const res = await ok<{ outcome: string }>(other.client, 'cancel_run', { run_id });
    expect(res.outcome).toBe('requested');
    await waitUntil(async () => (await statusOf(other, run_id)) === 'cancelled', 10_000, 'the owner to cancel the run');
  });
});
