// The run view at scale: a synthetic 150-container run (300 job rows, 500 log templates, 10 runs
// of history) written as `report RUN_ID --html`, then opened in headless Chromium (Debian's
// package, scripts/browser-up.sh). Prints the file's size against its 1.5 MB budget and the time
// to a drawn page against the 1 s target, beside what they are measured against: the same page
// with no run in it (the cost of the page's own script) and the run's markdown report.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { seedSyntheticRun } from './synthetic-run.mjs';

const root = resolve(import.meta.dirname, '..');
const BUDGET_BYTES = 1.5 * 1024 * 1024;
const TARGET_MS = 1000;
const REPEATS = 7;

const dir = mkdtempSync(join(tmpdir(), 'cyberbrain-render-'));
const dbPath = join(dir, 'bench.db');
const seeded = seedSyntheticRun(dbPath, { containers: 150, rows: 300, templates: 500, history: 9 });
const env = { ...process.env, CYBERBRAIN_DB: dbPath, CYBER_BRAIN_LOGS: join(dir, 'logs'), LOG_LEVEL: 'warn' };
const cli = (...args) => execFileSync(process.execPath, [join(root, 'dist/cyberbrain.mjs'), ...args], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

let t = process.hrtime.bigint();
const html = cli('report', seeded.runId, '--html');
const writeMs = Number(process.hrtime.bigint() - t) / 1e6;
const markdown = cli('report', seeded.runId);
const htmlFile = join(dir, 'run.html');
writeFileSync(htmlFile, html);
// The same page with no run embedded: what the script alone costs to load.
const emptyFile = join(dir, 'empty.html');
writeFileSync(emptyFile, html.replace(/(<script type="application\/json" id="cyberbrain-run-data">)[\s\S]*?(<\/script>)/, '$1$2'));

const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
async function timeLoad(file) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const before = await page.metrics();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Navigation start to the first frame painted after the page's script has drawn the run.
  const ms = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
  const drawn = await page.evaluate(() => performance.getEntriesByName('cyberbrain-rendered')[0]?.startTime ?? null);
  if (process.env.MARKS) console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`).join(', ')));
  const after = await page.metrics();
  // The renderer's main-thread busy time (script, style, layout): less sensitive than wall time to
  // other processes sharing the machine's two cores.
  const busy = (after.TaskDuration - before.TaskDuration) * 1000;
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return { ms, drawn, busy };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
await timeLoad(htmlFile); // warm-up: the first page also pays for starting the renderer
const full = [];
const drawnAt = [];
const busyFull = [];
const empty = [];
for (let i = 0; i < REPEATS; i++) {
  const r = await timeLoad(htmlFile);
  full.push(r.ms);
  drawnAt.push(r.drawn);
  busyFull.push(r.busy);
  empty.push((await timeLoad(emptyFile)).ms);
}
await browser.close();

const out = {
  run: { containers: 150, job_rows: seeded.rows, templates: seeded.templates, history_runs: 10, map_nodes: seeded.graph.nodes.length, map_edges: seeded.graph.edges.length },
  html_bytes: Buffer.byteLength(html),
  html_budget_bytes: BUDGET_BYTES,
  markdown_bytes: Buffer.byteLength(markdown),
  report_html_write_ms: Math.round(writeMs),
  render_ms_median: Math.round(median(full)),
  render_ms_all: full.map(Math.round),
  drawn_mark_ms_median: Math.round(median(drawnAt)),
  render_target_ms: TARGET_MS,
  main_thread_busy_ms_median: Math.round(median(busyFull)),
  load_average_1m: loadavg()[0],
  empty_page_ms_median: Math.round(median(empty)),
};
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/report-render.json'), JSON.stringify(out, null, 2));
console.log(`synthetic run: ${out.run.containers} containers, ${out.run.job_rows} job rows, ${out.run.templates} templates, ${out.run.history_runs} runs of history, map ${out.run.map_nodes} nodes / ${out.run.map_edges} edges`);
console.log(`HTML size:   ${(out.html_bytes / 1024).toFixed(0)} KiB of a ${(BUDGET_BYTES / 1024).toFixed(0)} KiB budget (${out.html_bytes <= BUDGET_BYTES ? 'within' : 'OVER'}); the markdown report of the same run is ${(out.markdown_bytes / 1024).toFixed(0)} KiB`);
console.log(`render:      ${out.render_ms_median} ms median over ${REPEATS} loads, navigation start to the first frame after drawing (target ${TARGET_MS} ms: ${out.render_ms_median <= TARGET_MS ? 'met' : 'MISSED'}); run drawn at ${out.drawn_mark_ms_median} ms`);
console.log(`main thread: ${out.main_thread_busy_ms_median} ms busy (script, style, layout) per load; machine load average ${out.load_average_1m.toFixed(1)} on ${cpus().length} cores`);
console.log(`compared to: the same page with no run in it, ${out.empty_page_ms_median} ms (the script alone); report --html took ${out.report_html_write_ms} ms to write, process start included`);
console.log('bench/out/report-render.json');
