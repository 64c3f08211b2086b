import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with the bench (it writes through the built store)
import { seedSyntheticRun } from '../../bench/synthetic-run.mjs';
import { artifactPath, launchBrowser, watchedPage } from '../helpers/browser.js';
import { SERVER_ENTRY, tempDataDir } from '../helpers/client.js';

interface Seeded {
  runId: string;
  containers: string[];
  graph: { nodes: string[]; edges: string[] };
}

/**
 * The run view of a big stored run, with no Docker engine: 150 containers, some named and some
 * templates written as markup (`<img onerror>`, `</script>`, `"><svg onload>`). The page must show
 * them as text: no dialog, no request, no console error, and the map exactly as stored.
 */
describe('run view of a synthetic run (no Docker)', () => {
  let browser: Browser;
  let seeded: Seeded;
  let env: Record<string, string>;
  const cli = (...args: string[]) => execFileSync(process.execPath, [SERVER_ENTRY, ...args], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

  beforeAll(async () => {
    const dir = tempDataDir();
    const dbPath = join(dir, 'cyberbrain.db');
    seeded = seedSyntheticRun(dbPath, { containers: 150, rows: 300, templates: 500, history: 4 }) as Seeded;
    env = { PATH: process.env.PATH ?? '', HOME: dir, CYBERBRAIN_DB: dbPath, CYBER_BRAIN_LOGS: join(dir, 'logs'), LOG_LEVEL: 'warn' };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows hostile names and templates as text, with no dialog, request or console error', async () => {
    const html = cli('report', seeded.runId, '--html');
    expect(html).not.toContain('<img src=x');
    expect(html.match(/<\/script/gi)).toHaveLength(2); // the two the page itself closes
    const file = artifactPath('synthetic-report.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const { page, errors, blocked } = await watchedPage(browser, [url]);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    const shown = await page.evaluate(() => ({
      text: document.body.innerText,
      injected: document.querySelectorAll('main img, main script, #log-triage svg svg[onload], [onerror], [onload]').length,
      nodes: [...document.querySelectorAll('svg.service-map g.node')].map((g) => g.getAttribute('data-node-id')!).sort(),
      edges: [...document.querySelectorAll('svg.service-map g.edge')].map((g) => `${g.getAttribute('data-from')} -> ${g.getAttribute('data-to')}`).sort(),
      cards: document.querySelectorAll('#log-triage .card').length,
      marks: [...document.querySelectorAll('#log-triage .badge')].map((b) => b.textContent),
    }));
    await page.screenshot({ path: artifactPath('synthetic-report.png') });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(shown.injected).toBe(0);
    expect(shown.text).toContain('<img src=x onerror=alert(1)>');
    expect(shown.text).toContain('</script><script>alert(2)</script>');
    expect(shown.nodes).toEqual([...seeded.graph.nodes].sort());
    expect(shown.edges).toEqual([...seeded.graph.edges].sort());
    expect(shown.cards).toBe(150);
    expect(shown.marks).toContain('new');
    expect(shown.marks).toContain('spike');
    await page.close();
  });

  it('report --svg escapes every name, and is a well-formed image', async () => {
    const svg = cli('report', seeded.runId, '--svg');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('svc-007&lt;img src=x onerror=alert(1)&gt;');
    const file = artifactPath('synthetic-map.svg');
    writeFileSync(file, svg);
    const url = pathToFileURL(file).href;
    const { page, errors, blocked } = await watchedPage(browser, [url]);
    await page.goto(url, { waitUntil: 'load' });
    // A parse error would replace the drawing with Chromium's error page: no g.node then.
    expect(await page.evaluate(() => document.querySelectorAll('g.node').length)).toBe(seeded.graph.nodes.length);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('groups the page by host for a run over several hosts, with the edges between hosts last', async () => {
    const dir = tempDataDir();
    const dbPath = join(dir, 'cyberbrain.db');
    const two = seedSyntheticRun(dbPath, { containers: 20, rows: 44, templates: 40, history: 2, hosts: ['local', 'nas'] }) as Seeded;
    const html = execFileSync(process.execPath, [SERVER_ENTRY, 'report', two.runId, '--html'], { env: { ...env, HOME: dir, CYBERBRAIN_DB: dbPath, CYBER_BRAIN_LOGS: join(dir, 'logs') }, encoding: 'utf8' });
    const file = artifactPath('synthetic-two-hosts.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const { page, errors, blocked } = await watchedPage(browser, [url]);
    await page.goto(url, { waitUntil: 'load' });
    const shown = await page.evaluate(() => ({
      headings: [...document.querySelectorAll('h3.host')].map((h) => `${h.closest('section')!.id}: ${h.textContent}`),
      maps: document.querySelectorAll('svg.service-map').length,
      between: [...document.querySelectorAll('svg.service-map')].at(-1)!.querySelectorAll('g.edge').length,
      brokenLinks: [...document.querySelectorAll<HTMLAnchorElement>('#findings a')].filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length,
    }));
    await page.screenshot({ path: artifactPath('synthetic-two-hosts.png') });
    expect(shown.headings).toEqual([
      'service-map: Host local',
      'service-map: Host nas',
      'service-map: Between hosts',
      'log-triage: Host local',
      'log-triage: Host nas',
      'gpus: Host local',
      'gpus: Host nas',
    ]);
    expect(shown.maps).toBe(3);
    expect(shown.between).toBe(2);
    expect(shown.brokenLinks).toBe(0);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('report refuses --svg for an unknown run and --html with --format, exit 2', () => {
    expect(() => cli('report', 'run_nope', '--svg')).toThrow(/no run "run_nope"/);
    expect(() => cli('report', seeded.runId, '--html', '--format', 'json')).toThrow(/one of --format, --html or --svg/);
  });
});
