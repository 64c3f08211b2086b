// Load on the HTTP transport, loopback only and bounded: N concurrent clients (default 200), each
// calling list_runs and get_run in a closed loop for S seconds (default 30), in each era (2025-11-25
// sessions, then 2026-07-28 stateless requests). Prints throughput,
// p50/p99 latency, errors and the server's peak RSS, side by side with a minimal SDK v2 HTTP server
// answering the same pages behind a static bearer token (bench/http-floor-server.mjs; the contract:
// ≥ 0.9× its calls/s), the two alternating in halves; and the same calls over one stdio session.
//
//   npm run bench:http-load [-- --sessions 200 --seconds 30 --runs 100000 --era 2025-11-25|2026-07-28]
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Client as V2Client, StreamableHTTPClientTransport as V2StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { connect } from './stdio-client.mjs';
import { seedRuns } from './seed.mjs';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '200' }, seconds: { type: 'string', default: '30' }, runs: { type: 'string', default: '100000' }, era: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const sessions = Number(values.sessions);
const seconds = Number(values.seconds);
const dbPath = join(tmpdir(), `cyberbrain-load-${values.runs}.db`);
seedRuns(dbPath, Number(values.runs));
const env = { PATH: process.env.PATH, HOME: tmpdir(), CYBERBRAIN_DB: dbPath, LOG_LEVEL: 'warn' };
const entry = join(root, 'dist/cyberbrain.mjs');

const token = (await new Promise((res) => {
  const p = spawn(process.execPath, [entry, 'token', 'create', '--name', `load-${process.pid}`, '--scope', 'runs:read'], { env });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.on('exit', () => res(out.trim()));
}));
/** Spawns a server that prints "listening on URL" on stderr; resolves to { proc, url }. */
async function startServer(args, serverEnv) {
  const proc = spawn(process.execPath, args, { env: serverEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  proc.stderr.on('data', (d) => (log += d));
  const url = await new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(log)), 15000);
    proc.stderr.on('data', () => {
      const m = /listening on (\S+\/mcp)/.exec(log);
      if (m) (clearTimeout(t), res(m[1]));
    });
  });
  return { proc, url };
}
const ours = await startServer([...(process.env.CB_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CB_BENCH_CPU_PROF}`] : []), entry, 'serve', '--http', '--host', '127.0.0.1', '--port', '0', '--rate-limit', '1000000', '--max-sessions-per-caller', String(sessions + 1), '--max-sessions', String(Math.max(sessions + 1, 1000))], env);
const server = ours.proc;
const url = ours.url;
const peakRss = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
async function loop(client, runIds, end, latencies, counters) {
  let i = 0;
  while (Date.now() < end) {
    const call = i++ % 2 === 0 ? { name: 'list_runs', arguments: { limit: 20 } } : { name: 'get_run', arguments: { run_id: runIds[i % runIds.length] } };
    const s = performance.now();
    try {
      const r = await client.callTool(call);
      if (r.isError) counters.errors++;
    } catch {
      counters.errors++;
    }
    latencies.push(performance.now() - s);
    counters.calls++;
  }
}

// HTTP: one client each, all concurrently, in each era: 2025-11-25 sessions (SDK v1's client, as
// today's assistants speak) and 2026-07-28 stateless requests (SDK v2's client pinned to it).
const eras = {
  '2025-11-25': (target) => {
    const c = new Client({ name: 'load', version: '0' });
    return c.connect(new StreamableHTTPClientTransport(new URL(target), { requestInit: { headers: { Authorization: `Bearer ${token}` } } })).then(() => c);
  },
  '2026-07-28': (target) => {
    const c = new V2Client({ name: 'load', version: '0' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
    return c.connect(new V2StreamableHTTPClientTransport(new URL(target), { requestInit: { headers: { Authorization: `Bearer ${token}` } } })).then(() => c);
  },
};
const connectAll = async (era, target) => {
  const cs = [];
  for (let i = 0; i < sessions; i++) cs.push(await eras[era](target));
  return cs;
};
const probe = await eras['2025-11-25'](url);
const runIds = (await probe.callTool({ name: 'list_runs', arguments: { limit: 200 } })).structuredContent.runs.map((r) => r.run_id);

// The floor answers with the very pages ours gives.
const payloadFile = join(tmpdir(), `cyberbrain-http-floor-${process.pid}.json`);
writeFileSync(payloadFile, JSON.stringify({
  list_runs: (await probe.callTool({ name: 'list_runs', arguments: { limit: 20 } })).structuredContent,
  get_run: (await probe.callTool({ name: 'get_run', arguments: { run_id: runIds[0] } })).structuredContent,
}));
await probe.close();
const floor = await startServer([join(root, 'bench/http-floor-server.mjs')], { PATH: process.env.PATH, FLOOR_PAYLOADS: payloadFile, FLOOR_TOKEN: token });

/** One era: both servers loaded by `sessions` clients, alternating in halves after a warm-up. */
async function measureEra(era) {
  const clients = await connectAll(era, url);
  const floorClients = await connectAll(era, floor.url);
  const ours = { latencies: [], counters: { calls: 0, errors: 0 }, elapsed: 0 };
  const theirs = { latencies: [], counters: { calls: 0, errors: 0 }, elapsed: 0 };
  // Warm-up, not counted: both servers' code paths compiled before either is measured.
  for (const cs of [clients, floorClients]) await Promise.all(cs.map((c) => loop(c, runIds, Date.now() + 3000, [], { calls: 0, errors: 0 })));
  for (let half = 0; half < 2; half++) {
    for (const [cs, r] of [[clients, ours], [floorClients, theirs]]) {
      const t = Date.now();
      await Promise.all(cs.map((c) => loop(c, runIds, t + (seconds * 1000) / 2, r.latencies, r.counters)));
      r.elapsed += (Date.now() - t) / 1000;
    }
  }
  for (const c of [...clients, ...floorClients]) await c.close().catch(() => undefined);
  return { ours, theirs };
}
const measured = {};
for (const era of Object.keys(eras)) if (!values.era || values.era === era) measured[era] = await measureEra(era);
const httpRss = peakRss(server.pid);
server.kill('SIGTERM');
floor.proc.kill('SIGTERM');

// stdio: one session, the same calls, for comparison.
const { client: stdio } = await connect(process.execPath, [entry], env);
const sp = { latencies: [], counters: { calls: 0, errors: 0 } };
const t1 = Date.now();
await loop(stdio, runIds, t1 + Math.min(seconds, 10) * 1000, sp.latencies, sp.counters);
const stdioElapsed = (Date.now() - t1) / 1000;
await stdio.close();

const report = (name, r, elapsed) => {
  r.latencies.sort((a, b) => a - b);
  return { transport: name, calls: r.counters.calls, errors: r.counters.errors, calls_per_second: r.counters.calls / elapsed, p50_ms: pct(r.latencies, 50), p99_ms: pct(r.latencies, 99) };
};
// `http` and `http_floor` keep their meaning from earlier runs (2025-era sessions); `http_2026` and
// `http_floor_2026` are the stateless era.
const keys = { '2025-11-25': ['http', 'http_floor', 'http_ratio', 'sessions'], '2026-07-28': ['http_2026', 'http_floor_2026', 'http_ratio_2026', 'stateless'] };
const results = {};
const rows = [];
for (const [era, m] of Object.entries(measured)) {
  const [mine, floorKey, ratioKey, shape] = keys[era];
  results[mine] = { ...report(`${era} ${shape} x${sessions}`, m.ours, m.ours.elapsed), ...(era === '2025-11-25' ? { peak_rss_mib: httpRss } : {}) };
  results[floorKey] = report('  SDK v2 floor, same era', m.theirs, m.theirs.elapsed);
  results[ratioKey] = results[mine].calls_per_second / results[floorKey].calls_per_second;
  rows.push(results[mine], results[floorKey]);
}
results.stdio = report('stdio x1 session', sp, stdioElapsed);
if (!results.http) results.peak_rss_mib = httpRss;
for (const r of [...rows, results.stdio]) {
  console.log(`${r.transport.padEnd(34)} ${r.calls_per_second.toFixed(0).padStart(7)} calls/s  p50 ${r.p50_ms.toFixed(1)} ms  p99 ${r.p99_ms.toFixed(1)} ms  errors ${r.errors}${r.peak_rss_mib ? `  peak RSS ${r.peak_rss_mib.toFixed(0)} MiB` : ''}`);
}
for (const era of Object.keys(measured)) {
  const ratio = results[keys[era][2]];
  console.log(`HTTP calls/s against the minimal SDK v2 server, ${era} ${keys[era][3]}, auth on both: ${ratio.toFixed(2)}x   target >= 0.90x   ${ratio >= 0.9 ? 'MET' : 'NOT MET'}`);
}
const errors = [results.http, results.http_2026, results.stdio].reduce((n, r) => n + (r?.errors ?? 0), 0);
console.log(`errors must be 0 (ours, every era): ${errors === 0 ? 'MET' : `NOT MET (${errors})`}`);
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/http-load.json'), JSON.stringify(results, null, 2));
console.log('written: bench/out/http-load.json');
process.exit(0);
