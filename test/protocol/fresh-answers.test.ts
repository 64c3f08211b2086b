import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ok, startServer, type ServerHandle } from '../helpers/client.js';

type Runs = { runs: { run_id: string; status: string }[] };

/**
 * list_runs and get_run answers are reused while the database is unchanged (tools/result-cache.ts): a change
 * made by this server or by another process must show in the very next answer.
 */
describe('answers reused while nothing changed', () => {
  let srv: ServerHandle;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(async () => srv?.close());

  it('shows a run another process wrote, and this server’s own changes, at the next call', async () => {
    const before = await ok<Runs>(srv.client, 'list_runs');
    expect(await ok<Runs>(srv.client, 'list_runs')).toEqual(before);

    // Another process (the CLI, a second server) commits a run to the same file.
    const other = openStore(srv.dbPath);
    let runId: string;
    try {
      const d = other.directives.get('D4')!;
      runId = other.runs.create({ directive: d, containers: [], jobs: [], ownerId: 'elsewhere', heartbeatMs: 5_000, transport: 'cli' });
    } finally {
      other.close();
    }
    const after = await ok<Runs>(srv.client, 'list_runs');
    const queued = await ok<{ run: { status: string } }>(srv.client, 'get_run', { run_id: runId });
    expect(queued.run.status).toBe('queued');
    expect(after.runs.map((r) => r.run_id)).toContain(runId);
    expect(after.runs.length).toBe(before.runs.length + 1);

    // This server's own write: the run's owner stops beating, and this server's sweep (its own
    // heartbeat, every few seconds) marks the run interrupted; polling sees it without delay.
    const abandon = openStore(srv.dbPath);
    try {
      abandon.db.prepare('UPDATE runs SET heartbeat_at = 0 WHERE id = ?').run(runId);
    } finally {
      abandon.close();
    }
    const deadline = Date.now() + 30_000;
    let status = '';
    while (Date.now() < deadline && status !== 'interrupted') {
      status = (await ok<Runs>(srv.client, 'list_runs')).runs.find((r) => r.run_id === runId)!.status;
      if (status !== 'interrupted') await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('interrupted');
    // get_run is reused the same way, and saw the same change.
    expect((await ok<{ run: { status: string } }>(srv.client, 'get_run', { run_id: runId })).run.status).toBe('interrupted');
  });
});
