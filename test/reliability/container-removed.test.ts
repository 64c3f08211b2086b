import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startServer, type ServerHandle } from '../helpers/client.js';
import { docker, dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';

interface Row { job: string; container_name: string | null; status: string; error: string | null; result: { findings: { message: string }[] } | null }

/** A container removed while a run goes on is one row's outcome, named by its name; the rest go on. */
describe.skipIf(dockerSkipped)('a container removed mid-run', () => {
  const c = new TestContainers();
  let srv: ServerHandle;
  beforeAll(async () => {
    c.run('stays', 'echo up; sleep 3600');
    c.run('goes', 'echo up; sleep 3600');
    // Every row waits a little first, so the removal lands while the run is under way.
    srv = await startServer({ env: { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '1500', CYBERBRAIN_JOB_CONCURRENCY: '1' } });
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: c.name('stays') }, { kind: 'name', value: c.name('goes') }] });
  });
  afterAll(async () => {
    await srv?.close();
    c.removeAll();
  });

  it('fails only that container\'s rows, by name, and the run-wide jobs still map the others', async () => {
    const { run_id } = await ok<{ run_id: string }>(srv.client, 'launch_run', { directive: 'D4' });
    docker('rm', '-f', c.name('goes'));
    await waitUntil(async () => !['queued', 'running'].includes((await ok<{ run: { status: string } }>(srv.client, 'get_run', { run_id })).run.status), 60_000, 'the run to end');
    const { report } = await ok<{ report: { run: { status: string }; jobs: Row[] } }>(srv.client, 'get_run_report', { run_id, format: 'json' });
    const rows = report.jobs;
    const gone = rows.filter((r) => r.container_name === c.name('goes') && r.status === 'failed');
    expect(gone.length).toBeGreaterThan(0);
    for (const r of gone) {
      expect(r.error).toContain(`Container ${c.name('goes')} no longer exists`);
      expect(r.error).not.toMatch(/[0-9a-f]{64}/);
    }
    for (const r of rows.filter((x) => x.container_name === c.name('stays'))) expect(r.status, `${r.job} on stays`).toBe('succeeded');
    const map = rows.find((r) => r.job === 'service_map')!;
    expect(map.status, map.error ?? '').toBe('succeeded');
    expect(map.result!.findings.map((f) => f.message)).toContain(`Container ${c.name('goes')} no longer exists: it was removed after the run started.`);
    expect(report.run.status).toBe('partial');
  });
});
