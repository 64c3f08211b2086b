import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, ROOT, startServer, tempDataDir, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers } from '../helpers/docker.js';

interface GpuJob {
  status: string;
  started_at: string | null;
  error: string | null;
  result: { summary: string; findings: { severity: string; message: string }[]; data: { gpus: { name: string }[]; holders: { container: string; gpus: 'all' | string[]; via: string[] }[]; source: string } } | null;
}

/** Containers created (never started) with GPU requests on the real engine, which has no GPU here. */
describe.skipIf(dockerSkipped)('gpu_report', () => {
  const c = new TestContainers();
  const label = { 'cyberbrain.test.gpu': c.tag };
  const servers: ServerHandle[] = [];
  const dataDir = tempDataDir();
  const n = (s: string) => c.name(s);

  beforeAll(() => {
    c.create('all', { labels: label, extra: ['--gpus', 'all'] });
    c.create('two', { labels: label, extra: ['--gpus', '"device=0,1"'] });
    c.create('env', { labels: label, env: { NVIDIA_VISIBLE_DEVICES: '0' } });
    c.create('plain', { labels: label });
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    c.removeAll();
  });

  const runD2 = async (env: Record<string, string> = {}) => {
    const srv = await startServer({ dataDir, env });
    servers.push(srv);
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'label', value: `cyberbrain.test.gpu=${c.tag}` }] });
    const run = await ok<{ run_id: string; status: string }>(srv.client, 'launch_run', { directive: 'D2', wait: true });
    const report = await ok<{ report: { jobs: ({ job: string } & GpuJob)[] } }>(srv.client, 'get_run_report', { run_id: run.run_id, format: 'json' });
    const md = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: run.run_id });
    return { run, job: report.report.jobs.find((j) => j.job === 'gpu_report')!, markdown: md.markdown };
  };

  it('succeeds on a host without NVIDIA GPUs, saying so and listing the containers that request GPUs', async () => {
    const { run, job, markdown } = await runD2();
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(run.status).toBe('succeeded');
    expect(job.result!.summary).toMatch(/^no NVIDIA GPU or runtime found/);
    const holders = Object.fromEntries(job.result!.data.holders.map((h) => [h.container, h]));
    expect(Object.keys(holders).sort()).toEqual([n('all'), n('env'), n('two')].sort());
    expect(holders[n('all')]).toMatchObject({ gpus: 'all', via: ['device request (all GPUs)'] });
    expect(holders[n('two')]).toMatchObject({ gpus: ['0', '1'] });
    expect(holders[n('env')]).toMatchObject({ gpus: ['0'], via: ['NVIDIA_VISIBLE_DEVICES=0'] });
    const critical = job.result!.findings.filter((f) => f.severity === 'critical').map((f) => f.message);
    expect(critical).toHaveLength(3);
    expect(critical.every((m) => m.includes('the host has no NVIDIA GPU or runtime'))).toBe(true);
    expect(markdown).toContain('no NVIDIA GPU or runtime found');
  });

  it('diagnoses a GPU host from a file of its nvidia-smi output: failing memory and GPUs held but idle', async () => {
    const fixture = join(ROOT, 'test/fixtures/nvidia-smi/pai__nvidia_smi_retired_pages.xml');
    const { job, markdown } = await runD2({ CYBERBRAIN_GPU_SOURCE: `file:${fixture}` });
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result!.data.gpus.map((g) => g.name)).toEqual(['Tesla V100-SXM3-32GB']);
    const messages = job.result!.findings.map((f) => f.message);
    expect(messages).toContain('GPU 0 (Tesla V100-SXM3-32GB) has page retirement pending: reset the GPU or reboot to apply it');
    expect(messages.some((m) => /GPU 0 \(Tesla V100-SXM3-32GB\) is allocated to .* but idle \(0% busy\)/.test(m))).toBe(true);
    expect(markdown).toContain('| 0 | Tesla V100-SXM3-32GB | 0/32480 MiB | 0% |');
  });

  it('shows GPU processes outside the allowlist as counts and totals only, never pid, path or memory one by one', async () => {
    // A recorded host: none of its 8 processes can be tied to an allowlisted container from here.
    const fixture = join(ROOT, 'test/fixtures/nvidia-smi/pai__nvidia_smi_sample.xml');
    const { job, markdown } = await runD2({ CYBERBRAIN_GPU_SOURCE: `file:${fixture}` });
    expect(job.status, job.error ?? '').toBe('succeeded');
    const data = job.result!.data as unknown as { gpus: { processes: unknown[] }[]; processes: unknown[]; other_processes: { count: number; used_memory_mib: number }[] };
    expect(data.processes).toEqual([]);
    expect(data.gpus.every((g) => g.processes.length === 0)).toBe(true);
    expect(data.other_processes.reduce((n, o) => n + o.count, 0)).toBe(8);
    expect(data.other_processes.every((o) => o.used_memory_mib > 0)).toBe(true);
    for (const leak of ['ethminer', 'gnome-shell', 'Xorg']) {
      expect(JSON.stringify(job)).not.toContain(leak);
      expect(markdown).not.toContain(leak);
    }
    expect(markdown).toMatch(/GPU \d: \d+ other process(es)? \(outside the allowlist/);
  });

  it("asks the GPU source when the host's work begins, so that a slow source (ssh, a busy nvidia-smi) overlaps the jobs before it", async () => {
    const fixture = join(ROOT, 'test/fixtures/nvidia-smi/telegraf__tesla-t4.xml');
    const asked = join(dataDir, `gpu-asked-${c.tag}`);
    const { job } = await runD2({ CYBERBRAIN_GPU_SOURCE: `command:date +%s%3N > ${asked}; cat ${fixture}` });
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result!.data.gpus).toHaveLength(1);
    // Before the job itself started: while inventory ran (asked by the job, it would come after its own docker calls).
    expect(Number(readFileSync(asked, 'utf8').trim())).toBeLessThan(Date.parse(job.started_at!));
  });

  it('reads a configured command, and fails clearly when it fails', async () => {
    const fixture = join(ROOT, 'test/fixtures/nvidia-smi/telegraf__tesla-t4.xml');
    const good = await runD2({ CYBERBRAIN_GPU_SOURCE: `command:cat ${fixture}` });
    expect(good.job.result!.data.gpus).toHaveLength(1);
    const bad = await runD2({ CYBERBRAIN_GPU_SOURCE: 'command:exit 3' });
    expect(bad.job.status).toBe('failed');
    expect(bad.job.error).toContain('the GPU source command failed');
    expect(bad.run.status).toBe('partial'); // inventory still succeeded
  });
});
