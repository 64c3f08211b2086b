import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok, startServer, tempDataDir, textOf, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';

/** Several server processes on one database, as Claude Desktop and an IDE run them; kill -9. */
describe.skipIf(dockerSkipped)('processes sharing a database', () => {
  const containers = new TestContainers();
  const servers: ServerHandle[] = [];
  const start = async (dataDir: string, env: Record<string, string>) => {
    const s = await startServer({ dataDir, env });
    servers.push(s);
    return s;
  };
  const statusOf = async (s: ServerHandle, runId: string) => (await ok<{ run: { status: string } }>(s.client, 'get_run', { run_id: runId })).run.status;
  const slowRows = { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '60000' };

  beforeAll(() => {
    containers.run('web', 'sleep 3600');
  });
  afterAll(async () => {
    for (const s of servers) await s.close().catch(() => undefined);
    containers.removeAll();
  });

  it('judges a live run by its owner\'s heartbeat interval, not by a faster neighbour\'s', async () => {
    const dataDir = tempDataDir();
    const owner = await start(dataDir, { ...slowRows, CYBERBRAIN_HEARTBEAT_MS: '5000' });
    await ok(owner.client, 'set_allowlist', { add: [{ kind: 'name', value: containers.name('web') }] });
    const { run_id } = await ok<{ run_id: string }>(owner.client, 'launch_run', { directive: 'D1' });
    const fast = await start(dataDir, { CYBERBRAIN_HEARTBEAT_MS: '200' });
    // 4.5 s: 22 of the neighbour's beats, less than one of the owner's.
    await new Promise((r) => setTimeout(r, 4_500));
    expect(await statusOf(fast, run_id)).toBe('running');
    await ok(owner.client, 'cancel_run', { run_id });
  });

  it('stops working on a run another process marked interrupted', async () => {
    const dataDir = tempDataDir();
    const owner = await start(dataDir, { ...slowRows, CYBERBRAIN_HEARTBEAT_MS: '300' });
    await ok(owner.client, 'set_allowlist', { add: [{ kind: 'name', value: containers.name('web') }] });
    const { run_id } = await ok<{ run_id: string }>(owner.client, 'launch_run', { directive: 'D1' });
    const db = new Database(owner.dbPath);
    db.prepare("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ?").run(Date.now(), run_id);
    db.close();
    // The row would sleep 60 s; the owner notices at its next beat and drops the run.
    await waitUntil(() => owner.stderr().includes(run_id) && /"msg":"run finished"/.test(owner.stderr().split('\n').filter((l) => l.includes(run_id)).join('\n')), 5_000, 'the owner to drop the run');
    expect(await statusOf(owner, run_id)).toBe('interrupted');
  });

  it('lets only as many simultaneous launches through as the directive allows, across processes', async () => {
    const dataDir = tempDataDir();
    const a = await start(dataDir, slowRows);
    const b = await start(dataDir, slowRows);
    await ok(a.client, 'set_allowlist', { add: [{ kind: 'name', value: containers.name('web') }] });
    await ok(a.client, 'create_directive', { name: 'one-at-a-time', copy_from: 'D1', spec: { concurrency_limit: 1 } });
    const launches = await Promise.all([a, b, a, b].map((s) => call(s.client, 'launch_run', { directive: 'one-at-a-time' })));
    const started = launches.filter((r) => !r.isError);
    expect(started).toHaveLength(1);
    for (const r of launches.filter((x) => x.isError)) expect(textOf(r)).toMatch(/^CONFLICT: Directive D\d+ \(one-at-a-time\) allows 1 active run and 1 is active/);
    await ok(a.client, 'cancel_run', { run_id: (started[0]!.structuredContent as { run_id: string }).run_id });
  });

  it('survives kill -9 mid-run: the run ends interrupted, the file checks ok, nothing earlier is lost', async () => {
    const dataDir = tempDataDir();
    const first = await start(dataDir, { CYBERBRAIN_HEARTBEAT_MS: '200' });
    await ok(first.client, 'set_allowlist', { add: [{ kind: 'name', value: containers.name('web') }] });
    const done = await ok<{ run_id: string; status: string }>(first.client, 'launch_run', { directive: 'D1', wait: true });
    expect(done.status).toBe('succeeded');
    await first.close();
    const owner = await start(dataDir, { ...slowRows, CYBERBRAIN_HEARTBEAT_MS: '200' });
    const { run_id } = await ok<{ run_id: string }>(owner.client, 'launch_run', { directive: 'D1' });
    process.kill(owner.transport.pid!, 'SIGKILL');
    const after = await start(dataDir, { CYBERBRAIN_HEARTBEAT_MS: '200' });
    await waitUntil(async () => (await statusOf(after, run_id)) === 'interrupted', 20_000, 'the killed run to be marked interrupted');
    expect(await statusOf(after, done.run_id)).toBe('succeeded');
    const report = await ok<{ markdown: string }>(after.client, 'get_run_report', { run_id: done.run_id });
    expect(report.markdown).toContain(containers.name('web'));
    const db = new Database(after.dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
