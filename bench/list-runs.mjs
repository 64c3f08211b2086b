// list_runs over stdio against 1,000,000 seeded runs, side by side with a minimal SDK echo server
// (the protocol's floor), plus the cold start of both. Prints ratios; timings are never absolute
// claims, only comparisons made in the same run on the same machine.
//
//   npm run bench:list-runs [-- --runs 1000000 --seconds 8 --starts 10]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closedLoop, connect, median } from './stdio-client.mjs';
import { seedRuns } from './seed.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '8' }, starts: { type: 'string', default: '20' }, db: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const dbPath = values.db ?? join(tmpdir(), `cyberbrain-bench-${values.runs}.db`);
const seconds = Number(values.seconds);
const starts = Number(values.starts);

const t0 = Date.now();
const seeded = seedRuns(dbPath, Number(values.runs));
console.log(`database: ${dbPath} with ${seeded.toLocaleString('en')} runs (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

const ours = { command: process.execPath, args: [join(root, 'dist/cyberbrain.mjs')], env: { CYBERBRAIN_DB: dbPath, LOG_LEVEL: 'warn', HOME: tmpdir() } };
const floor = { command: process.execPath, args: [join(root, 'bench/echo-server.mjs')], env: {} };

// Cold start, alternating so that drift hits both alike; the ratio is the median of each pair's
// ratio (a pair runs seconds apart, so a slow moment of this shared machine slows both).
const cold = { ours: [], floor: [], ratios: [] };
for (let i = 0; i < starts; i++) {
  for (const [k, s] of [['ours', ours], ['floor', floor]]) {
    const { client, ms } = await connect(s.command, s.args, s.env);
    cold[k].push(ms);
    await client.close();
  }
  cold.ratios.push(cold.ours[i] / cold.floor[i]);
}

// A third contender answers with exactly the page list_runs returns (same bytes, same output
// schema): what is left between it and list_runs is the cost of our own code.
const a = await connect(ours.command, ours.args, ours.env);
const sample = await a.client.callTool({ name: 'list_runs', arguments: {} });
const tool = (await a.client.listTools()).tools.find((t) => t.name === 'list_runs');
const payloadFile = join(tmpdir(), 'cyberbrain-bench-payload.json');
writeFileSync(payloadFile, JSON.stringify({ structured: sample.structuredContent, outputSchema: tool.outputSchema }));
// Pages further down, for a contender that asks for a different page at every call: no answer is
// ever reused (256 pages, more than the 64 answers the server keeps), so it measures the full path:
// the query, the views, redaction and serialisation.
const cursors = [];
for (let cursor; cursors.length < 256; ) {
  const page = await a.client.callTool({ name: 'list_runs', arguments: cursor ? { cursor } : {} });
  cursor = page.structuredContent.next_cursor;
  if (!cursor) break;
  cursors.push(cursor);
}
const b = await connect(floor.command, floor.args, floor.env);
const c = await connect(floor.command, floor.args, { ECHO_PAYLOAD: payloadFile, ECHO_OUTPUT_FROM: 'list_runs' });

// Throughput: warm-up, then two alternating rounds each, results merged.
const contenders = [
  ['ours', a.client, 'list_runs', {}],
  ['floor', b.client, 'echo', { text: 'hello' }],
  ['payload', c.client, 'echo', {}],
  ['paged', a.client, 'list_runs', (i) => ({ cursor: cursors[i % cursors.length] })],
];
for (const [, client, name, args] of contenders) await closedLoop(client, name, args, 1);
const loops = { ours: [], floor: [], payload: [], paged: [] };
for (let round = 0; round < 2; round++) {
  for (const [k, client, name, args] of contenders) loops[k].push(await closedLoop(client, name, args, seconds / 2));
}
for (const client of [a.client, b.client, c.client]) await client.close();

const merge = (rs) => ({
  perSecond: rs.reduce((s, r) => s + r.calls, 0) / rs.reduce((s, r) => s + r.calls / r.perSecond, 0),
  p50: median(rs.map((r) => r.p50)),
  p99: Math.max(...rs.map((r) => r.p99)),
  errors: rs.reduce((s, r) => s + r.errors, 0),
});
const o = merge(loops.ours);
const f = merge(loops.floor);
const p = merge(loops.payload);
const g = merge(loops.paged);
const result = {
  runs_in_database: seeded,
  page_size: sample.structuredContent.runs.length,
  response_bytes: Buffer.byteLength(JSON.stringify(sample)),
  list_runs: o,
  echo_floor: f,
  same_payload_floor: p,
  list_runs_new_page_each_call: g,
  throughput_ratio: o.perSecond / f.perSecond,
  throughput_ratio_same_payload: o.perSecond / p.perSecond,
  throughput_ratio_new_page_each_call: g.perSecond / p.perSecond,
  cold_start_ms: { ours: median(cold.ours), floor: median(cold.floor) },
  cold_start_ratio: median(cold.ratios),
};
const fmt = (n) => n.toFixed(2);
const row = (label, r, coldMs) => `${label.padEnd(28)} ${fmt(r.perSecond).padStart(9)}   ${fmt(r.p50).padStart(7)}  ${fmt(r.p99).padStart(7)}   ${String(r.errors).padStart(6)}   ${coldMs === undefined ? '' : fmt(coldMs)}`;
console.log('');
console.log(`${''.padEnd(28)}   calls/s     p50 ms   p99 ms   errors   cold start ms (median of ${starts})`);
console.log(row('list_runs (cyberbrain)', o, result.cold_start_ms.ours));
console.log(row('list_runs, a new page each', g));
console.log(row('echo (SDK floor)', f, result.cold_start_ms.floor));
console.log(row(`same ${result.response_bytes}-byte page (SDK)`, p));
console.log('');
// The contract (#12): list_runs against an SDK v2 server answering the very same page, and
// the cold start against the SDK's echo server. The rest is said for context.
console.log(`throughput ratio (list_runs / same-page floor):   ${fmt(result.throughput_ratio_same_payload)}x   target >= 0.80x   ${result.throughput_ratio_same_payload >= 0.8 ? 'MET' : 'NOT MET'}`);
console.log(`  a new page each call (no answer reused):        ${fmt(result.throughput_ratio_new_page_each_call)}x   (query, views, redaction every time)`);
console.log(`  list_runs / echo floor:                         ${fmt(result.throughput_ratio)}x   (a 16 KB answer against a 5-byte one)`);
console.log(`cold start ratio (cyberbrain / echo floor):       ${fmt(result.cold_start_ratio)}x   target <= 1.00x   ${result.cold_start_ratio <= 1.0 ? 'MET' : 'NOT MET'}   (median of ${starts} side-by-side pairs)`);
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/list-runs.json'), JSON.stringify(result, null, 2));
console.log('written: bench/out/list-runs.json');
