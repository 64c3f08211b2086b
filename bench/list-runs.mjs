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

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '8' }, starts: { type: 'string', default: '10' }, db: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const dbPath = values.db ?? join(tmpdir(), `cyberbrain-bench-${values.runs}.db`);
const seconds = Number(values.seconds);
const starts = Number(values.starts);

const t0 = Date.now();
const seeded = seedRuns(dbPath, Number(values.runs));
console.log(`database: ${dbPath} with ${seeded.toLocaleString('en')} runs (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

const ours = { command: process.execPath, args: [join(root, 'dist/cyberbrain.mjs')], env: { CYBERBRAIN_DB: dbPath, LOG_LEVEL: 'warn', HOME: tmpdir() } };
const floor = { command: process.execPath, args: [join(root, 'bench/echo-server.mjs')], env: {} };

// Cold start, alternating so that drift hits both alike.
const cold = { ours: [], floor: [] };
for (let i = 0; i < starts; i++) {
  for (const [k, s] of [['ours', ours], ['floor', floor]]) {
    const { client, ms } = await connect(s.command, s.args, s.env);
    cold[k].push(ms);
    await client.close();
  }
}

// Throughput: two alternating rounds each, results summed.
const loops = { ours: [], floor: [] };
const a = await connect(ours.command, ours.args, ours.env);
const b = await connect(floor.command, floor.args, floor.env);
await closedLoop(a.client, 'list_runs', {}, 1); // warm up both
await closedLoop(b.client, 'echo', { text: 'hello' }, 1);
for (let round = 0; round < 2; round++) {
  loops.ours.push(await closedLoop(a.client, 'list_runs', {}, seconds / 2));
  loops.floor.push(await closedLoop(b.client, 'echo', { text: 'hello' }, seconds / 2));
}
const sample = await a.client.callTool({ name: 'list_runs', arguments: {} });
await a.client.close();
await b.client.close();

const merge = (rs) => ({
  perSecond: rs.reduce((s, r) => s + r.calls, 0) / rs.reduce((s, r) => s + r.calls / r.perSecond, 0),
  p50: median(rs.map((r) => r.p50)),
  p99: Math.max(...rs.map((r) => r.p99)),
  errors: rs.reduce((s, r) => s + r.errors, 0),
});
const o = merge(loops.ours);
const f = merge(loops.floor);
const result = {
  runs_in_database: seeded,
  page_size: sample.structuredContent.runs.length,
  list_runs: o,
  echo_floor: f,
  throughput_ratio: o.perSecond / f.perSecond,
  cold_start_ms: { ours: median(cold.ours), floor: median(cold.floor) },
  cold_start_ratio: median(cold.ours) / median(cold.floor),
};
const fmt = (n) => n.toFixed(2);
console.log('');
console.log('                     calls/s     p50 ms   p99 ms   errors   cold start ms (median of ' + starts + ')');
console.log(`list_runs (ours)   ${fmt(o.perSecond).padStart(9)}   ${fmt(o.p50).padStart(7)}  ${fmt(o.p99).padStart(7)}   ${String(o.errors).padStart(6)}   ${fmt(result.cold_start_ms.ours)}`);
console.log(`echo (SDK floor)   ${fmt(f.perSecond).padStart(9)}   ${fmt(f.p50).padStart(7)}  ${fmt(f.p99).padStart(7)}   ${String(f.errors).padStart(6)}   ${fmt(result.cold_start_ms.floor)}`);
console.log('');
console.log(`throughput ratio (ours / floor): ${fmt(result.throughput_ratio)}x   target >= 0.80x   ${result.throughput_ratio >= 0.8 ? 'MET' : 'NOT MET'}`);
console.log(`cold start ratio (ours / floor): ${fmt(result.cold_start_ratio)}x   target <= 1.20x   ${result.cold_start_ratio <= 1.2 ? 'MET' : 'NOT MET'}`);
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/list-runs.json'), JSON.stringify(result, null, 2));
console.log('written: bench/out/list-runs.json');
