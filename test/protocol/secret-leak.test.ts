import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, ROOT, startServer, textOf, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, docker, TestContainers, waitUntil } from '../helpers/docker.js';
import { everythingWritten, recordingCaller } from '../helpers/scan.js';

/**
 * End to end: allowlisted containers print canary secrets of every kind to stdout and stderr and
 * carry them in their environment, labels and command line. After a run of every job and a call
 * of every tool, no canary is found anywhere the server wrote or returned.
 */
const corpus = readFileSync(join(ROOT, 'test/fixtures/redaction/secrets.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { rule: string; secret: string; line: string });
// Canaries long enough to be unmistakable when found in a byte scan.
const canaries = corpus.filter((c) => c.secret.length >= 10);
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe.skipIf(dockerSkipped)('no secret escapes, end to end', () => {
  const containers = new TestContainers();
  let srv: ServerHandle;
  const outputs: string[] = [];

  beforeAll(async () => {
    const script = canaries.map((c, i) => `echo ${shellQuote(c.line)}${i % 2 ? ' >&2' : ''}`).join('; ');
    const env: Record<string, string> = {};
    const labels: Record<string, string> = {};
    canaries.slice(0, 30).forEach((c, i) => (env[`CANARY_${i}`] = c.line));
    canaries.slice(30, 60).forEach((c, i) => (labels[`canary.note.${i}`] = c.line));
    containers.run('noisy', `${script}; sleep 3600`, { env: { ...env, DB_PASSWORD: canaries[0]!.secret }, labels: { ...labels, 'com.docker.compose.project': 'canary' } });
    containers.run('quiet', `sleep 3600 # ${canaries.slice(60).map((c) => c.line.replace(/[#'"]/g, '')).join(' ')}`, { labels: { 'com.docker.compose.project': 'canary' } });
    await waitUntil(() => docker('logs', containers.name('noisy')).length > 0, 15_000, 'the canaries to be printed');
    srv = await startServer({ env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(async () => {
    await srv?.close();
    containers.removeAll();
  });

  it('finds no canary in tool results, database, report files or server logs', async () => {
    const record = recordingCaller(srv.client, outputs);
    await record('set_allowlist', { add: [{ kind: 'label', value: 'com.docker.compose.project=canary', description: `canary ${canaries[1]!.line}` }] });
    // A bare value is only recognisable by its format: a focus keyword gets a self-describing token.
    const bare = canaries.find((c) => c.rule === 'github_classic_token')!;
    const created = await record('create_directive', { name: 'canary-sweep', copy_from: 'D4', spec: { title: 'Canary sweep', description: canaries[2]!.line, focus_keywords: [bare.secret] } });
    expect(created.isError, textOf(created)).toBeFalsy();
    await record('update_directive', { directive: 'canary-sweep', changes: { description: canaries[4]!.line } });
    const run = await ok<{ run_id: string; status: string }>(srv.client, 'launch_run', { directive: 'canary-sweep', wait: true });
    outputs.push(JSON.stringify(run));
    expect(['succeeded', 'partial']).toContain(run.status);
    for (const [name, args] of [
      ['list_containers', {}],
      ['get_allowlist', {}],
      ['list_directives', {}],
      ['get_directive', { directive: 'canary-sweep' }],
      ['get_directive', { directive: 'canary-sweep', version: 1 }],
      ['list_runs', {}],
      ['list_runs', { container: containers.name('noisy') }],
      ['get_run', { run_id: run.run_id }],
      ['get_run_report', { run_id: run.run_id }],
      ['get_run_report', { run_id: run.run_id, format: 'json' }],
      ['cancel_run', { run_id: run.run_id }],
      ['launch_run', { directive: 'D1', containers: [bare.secret] }],
      ['get_directive', { directive: bare.secret }],
    ] as const) {
      await record(name, args);
    }
    for (const uri of ['cyberbrain://allowlist', `cyberbrain://runs/${run.run_id}/report`, 'cyberbrain://directives/canary-sweep']) {
      outputs.push(JSON.stringify(await srv.client.readResource({ uri })));
    }

    // The scan can see: container names and the run appear in what was collected.
    const places = everythingWritten(srv, outputs);
    expect(places[0]!.text).toContain(containers.name('noisy'));
    const leaks = places.flatMap(({ where, text }) => canaries.filter((c) => text.includes(c.secret)).map((c) => `${c.rule} in ${where}`));
    expect(leaks).toEqual([]);
  });
});
