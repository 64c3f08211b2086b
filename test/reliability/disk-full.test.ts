import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok, startServer, tempDataDir, textOf, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';

const isRoot = process.getuid?.() === 0;
if (!isRoot) process.stderr.write('\n*** not root: the disk-full drill (needs a tmpfs mount) is SKIPPED ***\n\n');

/** Fills the filesystem holding `dir` to the last byte; returns the filler's path. */
function fill(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    for (let size = 4096; size >= 1; size >>= 1) {
      try {
        for (;;) writeSync(fd, chunk.subarray(0, size));
      } catch {
        // next, smaller size
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

/**
 * The disk fills while a run is under way (a small tmpfs holds the database and the reports): the
 * server keeps serving, writes fail with a named, explained error, the run ends `failed` with the
 * reason once space returns, nothing half-written is left behind, the file checks ok.
 */
describe.skipIf(dockerSkipped || !isRoot)('disk full mid-run', () => {
  const containers = new TestContainers();
  const mountpoint = tempDataDir();
  let srv: ServerHandle;

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mountpoint]);
    mkdirSync(join(mountpoint, 'data'));
    containers.run('web', 'while true; do echo "ERROR payment declined for order $RANDOM"; sleep 0.2; done');
    srv = await startServer({ dataDir: join(mountpoint, 'data'), env: { CYBERBRAIN_HEARTBEAT_MS: '300', CYBERBRAIN_DEBUG_JOB_DELAY_MS: '2500' } });
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: containers.name('web') }] });
  });
  afterAll(async () => {
    await srv?.close().catch(() => undefined);
    containers.removeAll();
    execFileSync('umount', ['-l', mountpoint]);
  });

  it('keeps serving, explains the full disk, and ends the run failed once space returns', async () => {
    const { run_id } = await ok<{ run_id: string }>(srv.client, 'launch_run', { directive: 'D4' });
    const filler = fill(mountpoint);

    // A write now fails with the file and the next step, not INTERNAL.
    const write = await call(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: 'another' }] });
    expect(write.isError).toBe(true);
    expect(textOf(write)).toMatch(/^STORAGE_FULL: The disk holding .*cyberbrain\.db is full/);
    // Reads keep working while the run's own writes fail.
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await ok<{ runs: unknown[] }>(srv.client, 'list_runs', {})).runs.length).toBeGreaterThan(0);

    rmSync(filler);
    await waitUntil(async () => (await ok<{ run: { status: string } }>(srv.client, 'get_run', { run_id })).run.status !== 'running', 20_000, 'the run to end');
    const { run } = await ok<{ run: { status: string; error: string | null } }>(srv.client, 'get_run', { run_id });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/is full/);

    // No temporary or empty report file anywhere under the data folder.
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    for (const f of files(join(mountpoint, 'data'))) {
      expect(f).not.toMatch(/\.tmp$/);
      expect(statSync(f).size, f).toBeGreaterThan(0);
    }
    const db = new Database(srv.dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // And writes work again.
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: 'another' }] });
  });
});
