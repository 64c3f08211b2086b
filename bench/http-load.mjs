// Load on the HTTP transport, loopback only and bounded: N concurrent sessions (default 200), each
// calling list_runs and get_run in a closed loop for S seconds (default 30). Prints throughput,
// p50/p99 latency, errors and the server's peak RSS, side by side with a minimal SDK v2 HTTP server
// answering the same pages behind a static bearer token (bench/http-floor-server.mjs; the contract:
// ≥ 0.9× its calls/s), the two alternating in halves; and the same calls over one stdio session.
//
//   npm run bench:http-load [-- --sessions 200 --seconds 30 --runs 100000]
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { connect } from './stdio-client.mjs';
import { seedRuns } from './seed.mjs';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '200' }, seconds: { type: 'string', default: '30' }, runs: { type: 'string', default: '100000' } } });
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
const ours = await startServer([...(process.env.CB_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CB_BENCH_CPU_PROF}`] : []), entry, 'serve', '--http', '--host', '127.0.0.1', '--port', '0', '--rate-limit', '1000000', '--max-sessions-per-caller', String(Math.max(sessions, 1)), '--max-sessions', String(Math.max(sessions, 1000))], env);
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

// HTTP: one session per client, all concurrently.
const connectAll = async (target) => {
  const cs = [];
  for (let i = 0; i < sessions; i++) {
    const c = new Client({ name: `load-${i}`, version: '0' });
    await c.connect(new StreamableHTTPClientTransport(new URL(target), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
    cs.push(c);
  }
  return cs;
};
const clients = await connectAll(url);
const runIds = (await clients[0].callTool({ name: 'list_runs', arguments: { limit: 200 } })).structuredContent.runs.map((r) => r.run_id);

// The floor answers with the very pages ours gives.
const payloadFile = join(tmpdir(), `cyberbrain-http-floor-${process.pid}.json`);
writeFileSync(payloadFile, JSON.stringify({
  list_runs: (await clients[0].callTool({ name: 'list_runs', arguments: { limit: 20 } })).structuredContent,
  get_run: (await clients[0].callTool({ name: 'get_run', arguments: { run_id: runIds[0] } })).structuredContent,
}));
const floor = await startServer([join(root, 'bench/http-floor-server.mjs')], { PATH: process.env.PATH, FLOOR_PAYLOADS: payloadFile, FLOOR_TOKEN: token });
const floorClients = await connectAll(floor.url);

const http = { latencies: [], counters: { calls: 0, errors: 0 } };
const floorRun = { latencies: [], counters: { calls: 0, errors: 0 } };
// Warm-up, not counted: both servers' code paths compiled before either is measured.
for (const cs of [clients, floorClients]) await Promise.all(cs.map((c) => loop(c, runIds, Date.now() + 3000, [], { calls: 0, errors: 0 })));
let httpElapsed = 0;
let floorElapsed = 0;
for (let half = 0; half < 2; half++) {
  let t = Date.now();
  await Promise.all(clients.map((c) => loop(c, runIds, t + (seconds * 1000) / 2, http.latencies, http.counters)));
  httpElapsed += (Date.now() - t) / 1000;
  t = Date.now();
  await Promise.all(floorClients.map((c) => loop(c, runIds, t + (seconds * 1000) / 2, floorRun.latencies, floorRun.counters)));
  floorElapsed += (Date.now() - t) / 1000;
}
const httpRss = peakRss(server.pid);
for (const c of [...clients, ...floorClients]) await c.close().catch(() => undefined);
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
const results = {
  http: { ...report(`streamable-http x${sessions} sessions`, http, httpElapsed), peak_rss_mib: httpRss },
  http_floor: report(`SDK v2 floor x${sessions} sessions`, floorRun, floorElapsed),
  stdio: report('stdio x1 session', sp, stdioElapsed),
};
results.http_ratio = results.http.calls_per_second / results.http_floor.calls_per_second;
for (const r of [results.http, results.http_floor, results.stdio]) {
  console.log(`${r.transport.padEnd(32)} ${r.calls_per_second.toFixed(0).padStart(7)} calls/s  p50 ${r.p50_ms.toFixed(1)} ms  p99 ${r.p99_ms.toFixed(1)} ms  errors ${r.errors}${r.peak_rss_mib ? `  peak RSS ${r.peak_rss_mib.toFixed(0)} MiB` : ''}`);
}
console.log(`HTTP calls/s against the minimal SDK v2 server (2025-era sessions, auth on both): ${results.http_ratio.toFixed(2)}x   target >= 0.90x   ${results.http_ratio >= 0.9 ? 'MET' : 'NOT MET'}`);
console.log(`errors must be 0: ${results.http.errors + results.stdio.errors === 0 ? 'MET' : 'NOT MET'}`);
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/http-load.json'), JSON.stringify(results, null, 2));
console.log('written: bench/out/http-load.json');
process.exit(0);
