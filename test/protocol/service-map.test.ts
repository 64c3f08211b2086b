import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startServer, type ServerHandle } from '../helpers/client.js';
import { docker, dockerSkipped, TestContainers } from '../helpers/docker.js';

interface Report {
  findings: { severity: string; message: string; job: string }[];
  jobs: { job: string; status: string; error: string | null; result: { data: { graph: { nodes: { id: string; kind: string }[]; edges: { from: string; to: string; port: number | null; evidence: string[] }[] }; mermaid: string; diff: { nodes_removed: string[]; edges_removed: string[] } | null } } | null }[];
}

/**
 * A compose-like set on the real engine: user-defined networks (created only to be read),
 * containers created but never started (or started with --network none), labels, environment
 * references and published ports.
 */
describe.skipIf(dockerSkipped)('service_map', () => {
  const c = new TestContainers();
  let srv: ServerHandle;
  const n = (s: string) => c.name(s);
  const shop = { 'com.docker.compose.project': 'shop-test' };

  beforeAll(async () => {
    const front = c.network('front');
    const back = c.network('back');
    c.run('db', 'sleep 3600', { labels: { ...shop, 'com.docker.compose.service': 'db' } });
    c.run('outsider', 'sleep 3600');
    c.create('api', {
      networks: [{ name: back, aliases: ['api'] }],
      ports: ['127.0.0.1:18181:8080'],
      labels: { ...shop, 'com.docker.compose.service': 'api' },
      env: { DATABASE_URL: 'postgres://app:hunter2@db:5432/app', CACHE_HOST: 'cache:6379', OUTSIDER_URL: `http://${n('outsider')}:9000`, PAYMENTS_URL: 'https://api.stripe.com/v1' },
    });
    c.create('web', {
      networks: [{ name: front }, { name: back }],
      ports: ['18180:80'],
      labels: { ...shop, 'com.docker.compose.service': 'web', 'com.docker.compose.depends_on': 'api:service_started:false' },
      env: { API_URL: 'http://api:8080/v1' },
    });
    c.create('worker', { networks: [{ name: front }], labels: { ...shop, 'com.docker.compose.service': 'worker' }, command: ['worker', '--broker-url=amqp://guest:guest@api:5672'] });
    c.create('dup', { ports: ['18180:81'], labels: { ...shop, 'com.docker.compose.service': 'dup' } });
    srv = await startServer();
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'label', value: 'com.docker.compose.project=shop-test' }] });
  });
  afterAll(async () => {
    await srv?.close();
    c.removeAll();
  });

  const runD3 = async () => {
    const run = await ok<{ run_id: string; status: string }>(srv.client, 'launch_run', { directive: 'D3', wait: true });
    const report = await ok<{ report: Report }>(srv.client, 'get_run_report', { run_id: run.run_id, format: 'json' });
    const job = report.report.jobs.find((j) => j.job === 'service_map')!;
    expect(job.status, job.error ?? '').toBe('succeeded');
    return { run, report: report.report, data: job.result!.data };
  };

  it('maps dependencies with their evidence, and finds what is wrong', async () => {
    const { run, report, data } = await runD3();
    expect(run.status).toBe('succeeded');
    const kinds = Object.fromEntries(data.graph.nodes.map((x) => [x.id, x.kind]));
    expect(kinds).toMatchObject({ [n('api')]: 'container', [n('web')]: 'container', [n('db')]: 'container', [n('outsider')]: 'opaque', cache: 'missing' });
    expect(kinds).not.toHaveProperty('api.stripe.com');
    const edges = Object.fromEntries(data.graph.edges.map((e) => [`${e.from}>${e.to}`, e]));
    expect(edges[`${n('api')}>${n('db')}`]).toMatchObject({ port: 5432, evidence: ['env DATABASE_URL → db:5432'] });
    expect(edges[`${n('web')}>${n('api')}`]!.evidence.sort()).toEqual(['compose depends_on', 'env API_URL → api:8080']);
    expect(edges[`${n('worker')}>${n('api')}`]).toMatchObject({ port: 5672 });
    expect(edges[`${n('api')}>cache`]).toMatchObject({ port: 6379 });
    expect(JSON.stringify(data)).not.toContain('hunter2');

    const messages = report.findings.filter((f) => f.job === 'service_map').map((f) => f.message);
    const has = (re: RegExp) => expect(messages.some((m) => re.test(m)), `${re} in ${JSON.stringify(messages, null, 1)}`).toBe(true);
    has(new RegExp(`${n('api')} depends on "cache", which no container provides`));
    has(new RegExp(`${n('worker')} depends on ${n('api')} but they share no network`));
    has(new RegExp(`${n('api')} depends on ${n('db')} but they share no network`));
    has(new RegExp(`${n('web')} depends on ${n('api')}, which is created`));
    has(new RegExp(`${n('web')} publishes 80/tcp on all interfaces`));
    has(/host port 18180\/tcp is published by .*(web.* and .*dup|dup.* and .*web)/);
    has(/bind it to 127\.0\.0\.1/);
    has(new RegExp(`${n('api')} depends on ${n('outsider')}, which is not allowlisted`));
    expect(messages.some((m) => m.includes(`${n('api')} publishes`))).toBe(false); // bound to 127.0.0.1

    expect(data.mermaid).toMatch(/^flowchart LR/);
    expect(data.mermaid).toContain('subgraph');
    expect(data.mermaid).toContain('project shop-test');
    expect(data.mermaid).toContain('(not allowlisted)');
    expect(data.mermaid).toContain('cache (missing)');
    const md = await ok<{ markdown: string }>(srv.client, 'get_run_report', { run_id: run.run_id });
    expect(md.markdown).toContain('```mermaid');
    expect(data.diff).toBeDefined();
  });

  it('reads nothing from a container outside the allowlist', async () => {
    const { data } = await runD3();
    const outsider = data.graph.nodes.find((x) => x.id === n('outsider'))!;
    expect(Object.keys(outsider).sort()).toEqual(['id', 'kind', 'name']);
  });

  it('shows what changed since the previous map', async () => {
    docker('rm', '-f', n('worker'));
    const { data } = await runD3();
    expect(data.diff!.nodes_removed).toContain(n('worker'));
    expect(data.diff!.edges_removed.some((e) => e.startsWith(`${n('worker')} → ${n('api')}`))).toBe(true);
  });
});
