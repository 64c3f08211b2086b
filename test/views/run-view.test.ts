import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPageHtml } from '../helpers/app-host.js';
import { artifactPath, launchBrowser, showAllCards, watchedPage } from '../helpers/browser.js';
import { ok, ROOT, SERVER_ENTRY, startServer, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers } from '../helpers/docker.js';

const VIEW_URI = 'ui://cyberbrain/run.html';
const VIEW_META = 'cyberbrain/run-view';
const GPU_FIXTURE = resolve(ROOT, 'test/fixtures/nvidia-smi/telegraf__a100-sxm4-v12.xml');

interface Graph {
  nodes: { id: string; kind: string }[];
  edges: { from: string; to: string }[];
}

/**
 * The run view end to end on the real engine: a compose-like set with networks, logs with errors,
 * GPUs from an nvidia-smi fixture, two D4 runs (so histories have two points). Then the page is
 * opened in Debian's Chromium three ways: the standalone file (`report --html`), the SVG
 * (`report --svg`), and the ui:// resource embedded by ext-apps' AppBridge as a host would.
 */
describe.skipIf(dockerSkipped)('run view (MCP App, --html, --svg)', () => {
  const c = new TestContainers();
  const n = (s: string) => c.name(s);
  const shop = { 'com.docker.compose.project': 'shop-view' };
  let srv: ServerHandle;
  let browser: Browser;
  let runId: string;
  let graph: Graph;
  let env: Record<string, string>;

  const cli = (...args: string[]) => execFileSync(process.execPath, [SERVER_ENTRY, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  beforeAll(async () => {
    const front = c.network('front');
    const back = c.network('back');
    const noisy = `i=0; while [ $i -lt 40 ]; do echo "ERROR connection to db-$((i % 3)):5432 refused after $i ms"; echo "WARN slow query took $i ms"; i=$((i+1)); done; echo "INFO ready"; sleep 3600`;
    c.run('db', noisy, { labels: { ...shop, 'com.docker.compose.service': 'db' } });
    c.run('outsider', 'sleep 3600');
    c.create('api', {
      networks: [{ name: back, aliases: ['api'] }],
      labels: { ...shop, 'com.docker.compose.service': 'api' },
      env: { DATABASE_URL: 'postgres://app:hunter2@db:5432/app', CACHE_HOST: 'cache:6379', OUTSIDER_URL: `http://${n('outsider')}:9000` },
    });
    c.create('web', {
      networks: [{ name: front }, { name: back }],
      ports: ['127.0.0.1:18190:80'],
      labels: { ...shop, 'com.docker.compose.service': 'web', 'com.docker.compose.depends_on': 'api:service_started:false' },
      env: { API_URL: 'http://api:8080/v1' },
    });
    // A host that shows MCP Apps says so (the Apps extension); others get no view model.
    srv = await startServer({ env: { CYBERBRAIN_GPU_SOURCE: `file:${GPU_FIXTURE}` }, capabilities: { extensions: { 'io.modelcontextprotocol/ui': { mimeTypes: ['text/html;profile=mcp-app'] } } } });
    env = { PATH: process.env.PATH ?? '', HOME: srv.dataDir, CYBERBRAIN_DB: srv.dbPath, CYBER_BRAIN_LOGS: join(srv.dataDir, 'logs'), CYBERBRAIN_GPU_SOURCE: `file:${GPU_FIXTURE}`, LOG_LEVEL: 'warn' };
    await ok(srv.client, 'set_allowlist', { add: [{ kind: 'label', value: 'com.docker.compose.project=shop-view' }] });
    for (let i = 0; i < 2; i++) runId = (await ok<{ run_id: string }>(srv.client, 'launch_run', { directive: 'D4', wait: true })).run_id;
    const report = await ok<{ report: { jobs: { job: string; result: { data: { graph: Graph } } | null }[] } }>(srv.client, 'get_run_report', { run_id: runId, format: 'json' });
    graph = report.report.jobs.find((j) => j.job === 'service_map')!.result!.data.graph;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    c.removeAll();
  });

  const nodeSet = (g: Graph) => g.nodes.map((x) => x.id).sort();
  const edgeSet = (g: Graph) => g.edges.map((e) => `${e.from} -> ${e.to}`).sort();

  it('points get_run_report and launch_run at the ui:// view, and keeps the text for hosts without Apps', async () => {
    const { tools } = await srv.client.listTools();
    for (const name of ['get_run_report', 'launch_run']) {
      expect(tools.find((t) => t.name === name)?._meta).toMatchObject({ ui: { resourceUri: VIEW_URI } });
    }
    const result = await srv.client.callTool({ name: 'get_run_report', arguments: { run_id: runId } });
    const out = result.structuredContent as { markdown: string; pages: number };
    expect(out.pages).toBe(1);
    expect((result.content as { text: string }[])[0]!.text).toBe(out.markdown);
    const model = result._meta?.[VIEW_META] as { run: { run_id: string }; maps: Graph[]; triage: { container: string; history_runs: unknown[] }[]; gpus: { gpus: unknown[] }[] };
    expect(model.run.run_id).toBe(runId);
    expect(nodeSet(model.maps[0]!)).toEqual(nodeSet(graph));
    expect(model.triage.find((t) => t.container === n('db'))!.history_runs).toHaveLength(2);
    expect(model.gpus[0]!.gpus.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain('hunter2');

    // A client without the Apps extension gets the same text and structure, and no view model.
    const plain = await startServer({ dataDir: srv.dataDir, env: { CYBERBRAIN_GPU_SOURCE: `file:${GPU_FIXTURE}` } });
    try {
      const bare = await plain.client.callTool({ name: 'get_run_report', arguments: { run_id: runId } });
      expect(bare.structuredContent).toEqual(result.structuredContent);
      expect(bare._meta?.[VIEW_META]).toBeUndefined();
    } finally {
      await plain.close();
    }

    const page = await srv.client.readResource({ uri: VIEW_URI });
    const content = page.contents[0] as { mimeType: string; text: string };
    expect(content.mimeType).toBe('text/html;profile=mcp-app');
    expect(content.text).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/i);
  });

  it('container_history and the history resource chart a container over its runs', async () => {
    const h = await ok<{ container: string; runs: { run_id: string; errors: number | null; warnings: number | null }[]; templates: { template: string; severity: string; counts: (number | null)[] }[] }>(
      srv.client,
      'container_history',
      { container: n('db'), runs: 5, templates: 3 },
    );
    expect(h.runs.map((r) => r.run_id).at(-1)).toBe(runId);
    expect(h.runs).toHaveLength(2);
    expect(h.runs[1]!.errors).toBeGreaterThan(0);
    expect(h.templates[0]!.severity).toBe('error');
    expect(h.templates[0]!.counts).toHaveLength(2);
    const { tools } = await srv.client.listTools();
    expect(tools.find((t) => t.name === 'container_history')?.annotations).toMatchObject({ readOnlyHint: true });

    const res = await srv.client.readResource({ uri: `cyberbrain://containers/${n('db')}/history` });
    expect(JSON.parse((res.contents[0] as { text: string }).text).runs).toHaveLength(2);
  });

  it("report --html: a standalone page with no console error, no request, and the map's exact nodes and edges", async () => {
    const file = artifactPath('run-report.html');
    writeFileSync(file, cli('report', runId, '--html'));
    const url = pathToFileURL(file).href;
    const { page, errors, blocked } = await watchedPage(browser, [url]);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('svg.service-map');
    const drawn = await page.evaluate(() => ({
      nodes: [...document.querySelectorAll('svg.service-map g.node')].map((g) => g.getAttribute('data-node-id')!).sort(),
      edges: [...document.querySelectorAll('svg.service-map g.edge')].map((g) => `${g.getAttribute('data-from')} -> ${g.getAttribute('data-to')}`).sort(),
      text: document.body.innerText,
      brokenLinks: [...document.querySelectorAll<HTMLAnchorElement>('#findings a')].filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length,
      links: document.querySelectorAll('#findings a').length,
      sparklines: document.querySelectorAll('#log-triage svg.spark').length,
      gpus: document.querySelectorAll('#gpus .gpu').length,
    }));
    await showAllCards(page);
    await page.screenshot({ path: artifactPath('run-report.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(drawn.nodes).toEqual(nodeSet(graph));
    expect(drawn.edges).toEqual(edgeSet(graph));
    expect(drawn.text).toContain(runId);
    expect(drawn.links).toBeGreaterThan(0);
    expect(drawn.brokenLinks).toBe(0);
    expect(drawn.sparklines).toBeGreaterThan(0);
    expect(drawn.gpus).toBeGreaterThan(0);
    expect(drawn.text).not.toContain('hunter2');
    await page.close();
  });

  it('report --svg: the service map alone, laid out on the server, with the same nodes and edges', async () => {
    const svg = cli('report', runId, '--svg');
    writeFileSync(artifactPath('service-map.svg'), svg);
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const nodes = [...svg.matchAll(/<g class="node" data-node-id="([^"]*)"/g)].map((m) => unescape(m[1]!)).sort();
    const edges = [...svg.matchAll(/<g class="edge" data-from="([^"]*)" data-to="([^"]*)"/g)].map((m) => `${unescape(m[1]!)} -> ${unescape(m[2]!)}`).sort();
    expect(nodes).toEqual(nodeSet(graph));
    expect(edges).toEqual(edgeSet(graph));
    // A real image: Chromium draws it (screenshot) without complaint.
    const url = pathToFileURL(artifactPath('service-map.svg')).href;
    const { page, errors, blocked } = await watchedPage(browser, [url]);
    await page.goto(url, { waitUntil: 'load' });
    await page.screenshot({ path: artifactPath('service-map.png') });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("the App: the ui:// page in a host's sandboxed iframe, sent the tool result through ext-apps' AppBridge", async () => {
    const html = ((await srv.client.readResource({ uri: VIEW_URI })).contents[0] as { text: string }).text;
    const result = await srv.client.callTool({ name: 'get_run_report', arguments: { run_id: runId } });
    const { page, errors, blocked } = await watchedPage(browser);
    await page.setContent(await hostPageHtml(), { waitUntil: 'load' });
    const app = await page.evaluate((h, r) => (window as unknown as { startHost: (h: string, r: unknown) => Promise<{ name: string }> }).startHost(h, r), html, result);
    expect(app.name).toBe('cyberbrain-run-view');
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForSelector('svg.service-map');
    const shown = await frame.evaluate(() => ({ text: document.body.innerText, nodes: document.querySelectorAll('svg.service-map g.node').length }));
    // Let the view's size notification reach the host before the picture (not an assertion).
    await new Promise((r) => setTimeout(r, 300));
    await showAllCards(frame);
    await page.screenshot({ path: artifactPath('run-app.png'), fullPage: true });
    expect(shown.text).toContain(runId);
    expect(shown.text).toContain(n('db'));
    expect(shown.nodes).toBe(graph.nodes.length);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('run --html FILE writes the same page for a new run', () => {
    const file = artifactPath('run-cli.html');
    cli('run', '--directive', 'D3', '--html', file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('id="cyberbrain-run-data"');
    expect(html).toContain(n('web'));
  });
});
