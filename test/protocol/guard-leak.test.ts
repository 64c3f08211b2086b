import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startServer, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil, docker } from '../helpers/docker.js';
import { filesUnder, recordingCaller } from '../helpers/scan.js';


/**
 * The guard proven from the Docker side: a container that is not allowlisted writes a marker to
 * its logs; after a run of every job and a call of every tool, the marker is nowhere the server
 * writes or returns. A control marker in the same container's labels (which list_containers may
 * show) proves the scan would see a leak.
 */
describe.skipIf(dockerSkipped)('nothing is read from a container that is not allowlisted', () => {
  const containers = new TestContainers();
  const marker = `CBLEAK${randomUUID().replace(/-/g, '')}`;
  const control = `CBCONTROL${randomUUID().replace(/-/g, '')}`;
  // A marker in the allowlisted container's log: it must reach the report, proving logs are read.
  const insiderMark = `INSIDEOK${randomUUID().replace(/-/g, '')}`;
  let srv: ServerHandle;
  const outputs: string[] = [];

  beforeAll(async () => {
    containers.run('outsider', `echo ${marker}; echo ${marker} >&2; while true; do echo ${marker}; sleep 1; done`, { labels: { leakcheck: control } });
    containers.run('insider', `echo "ERROR insider control ${insiderMark}"; while true; do echo insider fine; sleep 1; done`);
    await waitUntil(() => docker('logs', containers.name('outsider')).includes(marker), 15_000, 'the outsider to print its marker');
    await waitUntil(() => docker('logs', containers.name('insider')).includes(insiderMark), 15_000, 'the insider to print its control');
    srv = await startServer({ env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(async () => {
    await srv?.close();
    containers.removeAll();
  });

  it('leaves the marker out of tool results, the database, report files and server logs', async () => {
    const record = recordingCaller(srv.client, outputs);
    await record('set_allowlist', { add: [{ kind: 'name', value: containers.name('insider') }] });
    await record('create_directive', { name: 'sweep', copy_from: 'D4', spec: { title: 'Sweep' } });
    await record('update_directive', { directive: 'sweep', changes: { window: { since: '1h' } } });
    const run = await ok<{ run_id: string }>(srv.client, 'launch_run', { directive: 'D4', wait: true });
    outputs.push(JSON.stringify(run));
    const denied = await record('launch_run', { directive: 'D4', containers: [containers.name('outsider')] });
    expect(denied.isError).toBe(true);
    for (const [name, args] of [
      ['list_containers', {}],
      ['get_allowlist', {}],
      ['list_directives', {}],
      ['get_directive', { directive: 'sweep' }],
      ['list_runs', {}],
      ['list_runs', { container: containers.name('outsider') }],
      ['get_run', { run_id: run.run_id }],
      ['get_run_report', { run_id: run.run_id }],
      ['get_run_report', { run_id: run.run_id, format: 'json' }],
      ['cancel_run', { run_id: run.run_id }],
    ] as const) {
      await record(name, args);
    }
    for (const uri of ['cyberbrain://allowlist', `cyberbrain://runs/${run.run_id}/report`, 'cyberbrain://directives/custom']) {
      outputs.push(JSON.stringify(await srv.client.readResource({ uri })));
    }

    const everything = outputs.join('\n');
    expect(everything, 'control: container metadata is visible to the scan').toContain(control);
    expect(everything, 'control: the allowlisted container\'s log was read and reported').toContain(insiderMark);
    expect(everything).not.toContain(marker);

    const dbBytes = [srv.dbPath, `${srv.dbPath}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('latin1'));
    expect(dbBytes.join('').length).toBeGreaterThan(0);
    expect(dbBytes.join('')).not.toContain(marker);

    const reports = filesUnder(join(srv.dataDir, 'logs'));
    expect(reports.length).toBeGreaterThan(0);
    for (const f of reports) expect(readFileSync(f, 'latin1'), f).not.toContain(marker);

    expect(srv.stderr().length).toBeGreaterThan(0);
    expect(srv.stderr()).not.toContain(marker);
  });
});
