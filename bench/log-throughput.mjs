// log_triage pipeline throughput: generated lines (plain text, JSON, logfmt; 5% of events are
// multi-line stack traces; secrets sprinkled in) through redact → fold → parse → mine → count on
// one core, with RSS at 1M and 10M lines (memory must not grow with the number of lines).
// Also the end-to-end rate from a real container's log through the Docker engine, when one answers,
// next to the engine's own raw log read of the same container in the same run (a plain GET over
// the socket, draining bytes and counting newlines: the physical limit), and the ratio of the two.
// Beside it, what the machine's cores allow: the CPU-seconds the end-to-end round cost every
// process together (the engine serving the log uses more than one core here), over the cores.
//
//   npm run bench:log-throughput [-- --lines 1000000 --big 10000000 --engine-lines 200000]
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GuardedDocker } from '../dist/docker/guarded-client.js';
import { Triage } from '../dist/jobs/log-triage/triage.js';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '1000000' }, big: { type: 'string', default: '10000000' }, 'engine-lines': { type: 'string', default: '200000' } } });
const root = resolve(import.meta.dirname, '..');
const ghp = 'ghp_' + 'Bench7'.repeat(6);

/** A deterministic stream of log lines: what a busy service prints. */
function* generate(n) {
  let seed = 7;
  const r = (m) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % m);
  let i = 0;
  while (i < n) {
    const k = r(100);
    const ts = `2026-11-21T10:${String(r(60)).padStart(2, '0')}:${String(r(60)).padStart(2, '0')}.${r(1000)}Z`;
    if (k < 5) {
      // a 6-line Java trace: 5% of events
      yield { stream: 'stderr', text: `${ts} ERROR request ${r(99999)} failed: java.lang.IllegalStateException: state ${r(50)}` };
      for (let f = 0; f < 5 && i + 1 + f < n; f++) yield { stream: 'stderr', text: `\tat com.shop.svc.Handler${f}.call(Handler${f}.java:${r(400)})` };
      i += 6;
      continue;
    }
    if (k < 30) yield { stream: 'stdout', text: `{"ts":"${ts}","level":"info","msg":"request served","path":"/api/v1/orders/${r(10000)}","ms":${r(500)}}` };
    else if (k < 50) yield { stream: 'stdout', text: `time=${ts} level=warn msg="slow query" table=orders took=${r(3000)}ms rows=${r(100000)}` };
    else if (k < 52) yield { stream: 'stdout', text: `${ts} INFO auth ok user=${r(1000)} token=${ghp} from 10.0.${r(255)}.${r(255)}` };
    else if (k < 60) yield { stream: 'stderr', text: `${ts} ERROR Connection to 10.0.${r(255)}.${r(255)}:5432 timed out after ${r(5000)}ms` };
    else yield { stream: 'stdout', text: `${ts} INFO GET /api/v1/items/${r(100000)} 200 ${r(900)}ms bytes=${r(20000)}` };
    i++;
  }
}

// The generator's own cost is kept out of the measurement: a pool of 200,000 generated lines is
// replayed (the pool is fixed, so RSS still shows whether the pipeline itself grows).
const POOL = [...generate(200_000)];

function pipeline(n) {
  const t = new Triage();
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const line = POOL[i % POOL.length];
    bytes += line.text.length + 1;
    t.add(line);
  }
  const result = t.finish();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { lines: n, seconds, linesPerSecond: n / seconds, mbPerSecond: bytes / 1024 / 1024 / seconds, templates: result.templates.length, rssMiB: process.memoryUsage().rss / 1024 / 1024 };
}

pipeline(200_000); // warm-up: the figures are for the steady state, after the JIT has compiled the hot paths
const small = pipeline(Number(values.lines));
const big = pipeline(Number(values.big));
console.log(`pipeline (redact, fold, parse, mine, count), one core:`);
for (const r of [small, big]) console.log(`  ${r.lines.toLocaleString('en').padStart(11)} lines: ${Math.round(r.linesPerSecond).toLocaleString('en')} lines/s (${r.mbPerSecond.toFixed(1)} MB/s), ${r.templates} templates, RSS ${r.rssMiB.toFixed(0)} MiB`);
console.log(`target >= 300,000 lines/s: ${small.linesPerSecond >= 300_000 ? 'MET' : 'NOT MET'}; RSS growth ${small.lines.toLocaleString('en')} → ${big.lines.toLocaleString('en')} lines: ${(big.rssMiB - small.rssMiB).toFixed(0)} MiB`);

// End to end: a real container prints the same kind of log; the guarded client streams it back.
let engine = null;
try {
  execFileSync('docker', ['info'], { stdio: 'ignore' });
  const n = Number(values['engine-lines']);
  const name = `cbt-bench-${process.pid}`;
  const script = `i=0; while [ $i -lt ${n} ]; do echo "2026-11-21T10:00:00Z ERROR Connection to 10.0.3.$((i%250)):5432 timed out after $i ms"; i=$((i+1)); done`;
  execFileSync('docker', ['run', '-d', '--name', name, '--network', 'none', '--label', 'mcp.test=bench', 'cyberbrain-test/busybox:latest', 'sh', '-c', `${script}; sleep 600`]);
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !execFileSync('docker', ['logs', '--tail', '1', name], { encoding: 'utf8' }).includes(`after ${n - 1} ms`)) await new Promise((r) => setTimeout(r, 500));
    const local = { name: 'local', docker_host: process.env.DOCKER_HOST || 'unix:///var/run/docker.sock', tls: null, ssh_config: null, gpu_source: null };
    const docker = new GuardedDocker(local, () => [{ id: 1, kind: 'name', value: name, description: '', jobs: [], enabled: true, host: 'local' }], 60_000);
    const id = execFileSync('docker', ['inspect', '-f', '{{.Id}}', name], { encoding: 'utf8' }).trim();
    // Each measured three times, alternating, best of three: the page cache is warm for both.
    const raws = [];
    const rawsTs = [];
    const ends = [];
    for (let round = 0; round < 3; round++) {
      raws.push(await rawRead(id));
      rawsTs.push(await rawRead(id, true));
      ends.push(await endToEnd(docker, name));
    }
    const best = (runs) => runs.reduce((a, b) => (b.linesPerSecond > a.linesPerSecond ? b : a));
    const raw = best(raws);
    const rawTs = best(rawsTs);
    const e2e = best(ends);
    const rounds = (runs) => runs.map((r) => Math.round(r.linesPerSecond));
    engine = { ...e2e, raw, raw_timestamps: rawTs, ratio: e2e.linesPerSecond / raw.linesPerSecond, ratio_timestamps: e2e.linesPerSecond / rawTs.linesPerSecond, rounds: { raw: rounds(raws), raw_timestamps: rounds(rawsTs), end_to_end: rounds(ends) } };
    console.log(`engine raw log API (GET /containers/ID/logs?stdout=1&stderr=1 over the socket, bytes drained, newlines counted): ${raw.lines.toLocaleString('en')} lines, ${(raw.bytes / 1024 / 1024).toFixed(1)} MiB, ${Math.round(raw.linesPerSecond).toLocaleString('en')} lines/s`);
    console.log(`  the same with &timestamps=1 (the request log_triage makes): ${(rawTs.bytes / 1024 / 1024).toFixed(1)} MiB, ${Math.round(rawTs.linesPerSecond).toLocaleString('en')} lines/s`);
    console.log(`end to end from a real container through the engine (guarded client, redact, fold, parse, mine, count): ${e2e.lines.toLocaleString('en')} lines, ${Math.round(e2e.linesPerSecond).toLocaleString('en')} lines/s, peak RSS ${e2e.peakRssMiB} MiB`);
    console.log(`end to end / raw API: ${engine.ratio.toFixed(2)}x (target >= 0.8x: ${engine.ratio >= 0.8 ? 'MET' : 'NOT MET'}); / raw API with timestamps: ${engine.ratio_timestamps.toFixed(2)}x`);
    console.log(`  rounds (lines/s): raw ${engine.rounds.raw.join(', ')}; raw+timestamps ${engine.rounds.raw_timestamps.join(', ')}; end to end ${engine.rounds.end_to_end.join(', ')}`);
    // The engine and this process share the machine's cores: when reading alone already keeps the
    // engine busy on more than one, what the pipeline adds cannot all run beside it. The floor is
    // what the end-to-end round cost the whole machine, spread over every core.
    const cores = cpus().length;
    const floor = Math.max(raw.seconds, e2e.machineCpuSeconds / cores);
    engine.cpu = { cores, raw_machine_cpu_s: raw.machineCpuSeconds, raw_own_cpu_s: raw.ownCpuSeconds, e2e_machine_cpu_s: e2e.machineCpuSeconds, e2e_own_cpu_s: e2e.ownCpuSeconds, floor_s: floor, best_possible_ratio: raw.seconds / floor, ratio_to_floor: floor / e2e.seconds };
    console.log(`  CPU (whole machine, ${cores} cores): raw read ${raw.machineCpuSeconds.toFixed(2)} CPU-s in ${raw.seconds.toFixed(2)} s (this process ${raw.ownCpuSeconds.toFixed(2)}, the rest the engine); end to end ${e2e.machineCpuSeconds.toFixed(2)} CPU-s (this process ${e2e.ownCpuSeconds.toFixed(2)})`);
    console.log(`  so end to end cannot finish in less than ${floor.toFixed(2)} s here: best possible ratio ${engine.cpu.best_possible_ratio.toFixed(2)}x; measured / that floor: ${engine.cpu.ratio_to_floor.toFixed(2)}x`);
  } finally {
    execFileSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
  }
} catch (err) {
  console.log(`end to end: skipped (${err.message.split('\n')[0]})`);
}
/** The whole pipeline on the container's log, as log_triage reads it (batches, timestamps on). */
async function endToEnd(docker, name) {
  const t = new Triage();
  const cpu = cpuMeter();
  const start = process.hrtime.bigint();
  let lines = 0;
  const batches = docker.logBatches(name, 'log_triage', { maxBytes: 1 << 30 });
  let step = await batches.next();
  let rss = 0;
  let n = 0;
  while (!step.done) {
    for (const line of step.value) t.add(line);
    lines += step.value.length;
    if ((++n & 63) === 0) rss = Math.max(rss, process.memoryUsage.rss());
    step = await batches.next();
  }
  t.finish();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { lines, bytes: step.value.bytes, seconds, linesPerSecond: lines / seconds, peakRssMiB: Math.round(rss / 1024 / 1024), ...cpu() };
}

/**
 * The engine's own rate: GET /containers/ID/logs?stdout=1&stderr=1 over the socket, bytes drained,
 * newlines counted. With `timestamps`, the very request log_triage makes (about 31 more bytes a line).
 */
function rawRead(id, timestamps = false) {
  const socketPath = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '');
  return new Promise((resolveRead, reject) => {
    const cpu = cpuMeter();
    const start = process.hrtime.bigint();
    let bytes = 0;
    let lines = 0;
    const req = request({ socketPath, path: `/containers/${id}/logs?stdout=1&stderr=1${timestamps ? '&timestamps=1' : ''}`, method: 'GET' }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`raw log read: HTTP ${res.statusCode}`));
      res.on('data', (chunk) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () => {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        resolveRead({ lines, bytes, seconds, linesPerSecond: lines / seconds, ...cpu() });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * CPU-seconds spent from now until the returned function is called: by the whole machine (every
 * process: the engine, its helpers and this one; from /proc/stat, 0 where there is none) and by
 * this process alone.
 */
function cpuMeter() {
  const machine = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return (f.reduce((a, b) => a + b, 0) - f[3] - (f[4] ?? 0)) / 100;
    } catch {
      return 0;
    }
  };
  const m0 = machine();
  const own0 = process.cpuUsage();
  return () => {
    const own = process.cpuUsage(own0);
    return { machineCpuSeconds: machine() - m0, ownCpuSeconds: (own.user + own.system) / 1e6 };
  };
}

mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/log-throughput.json'), JSON.stringify({ pipeline_1m: small, pipeline_big: big, engine }, null, 2));
console.log('written: bench/out/log-throughput.json');
