// A fleet of hosts, measured side by side in one run on this machine (needs the test fleet:
// `bash scripts/fleet-up.sh`, as root):
//  1. D4 over 3 hosts × N containers, against the slowest of the same hosts run alone
//     (target: ≤ 1.3×). The hosts are "local" (unix socket), "nas" (engine B over ssh://) and
//     "vault" (engine C over tcp:// with TLS). All three engines share this machine's cores, which
//     remote hosts would not: the ratio here is an upper bound of what separate machines give.
//  2. Cold start (spawn to initialized) with three hosts configured, against none configured and
//     against the SDK's minimal echo server (target: ≤ 1.0× the echo server; adding hosts costs
//     nothing until they are used).
//
//   npm run bench:fleet [-- --containers 30 --lines 300 --rounds 2 --starts 8]
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connect, median } from './stdio-client.mjs';

const { values } = parseArgs({ options: { containers: { type: 'string', default: '30' }, lines: { type: 'string', default: '300' }, rounds: { type: 'string', default: '2' }, starts: { type: 'string', default: '8' } } });
const perHost = Number(values.containers);
const lines = Number(values.lines);
const rounds = Number(values.rounds);
const starts = Number(values.starts);
const root = resolve(import.meta.dirname, '..');

const envFile = '/run/cb-fleet/fleet.env';
let fleet;
try {
  fleet = Object.fromEntries(readFileSync(envFile, 'utf8').split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]));
} catch {
  console.error(`no test fleet (${envFile}): start it with \`bash scripts/fleet-up.sh\` (as root)`);
  process.exit(2);
}
const tls = (f) => join(fleet.CB_FLEET_TLS_DIR, f);
const engines = [
  { host: 'local', cli: [] },
  { host: 'nas', cli: ['-H', fleet.CB_FLEET_B_UNIX], add: { name: 'nas', docker_host: fleet.CB_FLEET_B_SSH, ssh_config: fleet.CB_FLEET_SSH_CONFIG } },
  { host: 'vault', cli: ['-H', fleet.CB_FLEET_C_UNIX], add: { name: 'vault', docker_host: fleet.CB_FLEET_C_TCP, tls_ca: tls('ca.pem'), tls_cert: tls('cert.pem'), tls_key: tls('key.pem') } },
];
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
const tag = `bench-${randomUUID().slice(0, 8)}`;
const docker = (cli, ...args) => execFileSync('docker', [...cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Starts `n` containers on an engine, a few at a time, each logging `lines` lines then sleeping. */
async function populate(e) {
  const script = `i=0; while [ $i -lt ${lines} ]; do echo "2026-11-24T06:00:00Z ERROR request $i to upstream timed out after $((i % 97)) ms"; i=$((i+1)); done; sleep 3600`;
  const queue = Array.from({ length: perHost }, (_, i) => i);
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      await new Promise((res, rej) => {
        const p = spawn('docker', [...e.cli, 'run', '-d', '--name', `cbt-${tag}-${e.host}-${i}`, '--network', 'none', '--label', `mcp.bench=${tag}`, 'cyberbrain-test/busybox:latest', 'sh', '-c', script], { stdio: 'ignore' });
        p.on('exit', (code) => (code === 0 ? res() : rej(new Error(`docker run failed on ${e.host}`))));
      });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}
function cleanup() {
  for (const e of engines) {
    const ids = docker(e.cli, 'ps', '-aq', '--filter', `label=mcp.bench=${tag}`).split('\n').filter(Boolean);
    if (ids.length) docker(e.cli, 'rm', '-f', ...ids);
  }
}

const data = mkdtempSync(join(tmpdir(), 'cyberbrain-bench-fleet-'));
const env = { CYBERBRAIN_DB: join(data, 'cb.db'), CYBERBRAIN_LOGS: join(data, 'logs'), LOG_LEVEL: 'warn', HOME: data, CYBERBRAIN_GPU_SOURCE: 'none', CYBERBRAIN_WAIT_MAX_MS: '600000' };
const server = [process.execPath, [...(process.env.CB_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CB_BENCH_CPU_PROF}`] : []), join(root, 'dist/cyberbrain.mjs')]];
try {
  console.log(`populating ${engines.length} hosts × ${perHost} containers (${lines} log lines each)…`);
  await Promise.all(engines.map(populate));

  // Cold start before any host exists, then the hosts are added.
  const emptyEnv = { ...env, CYBERBRAIN_DB: join(data, 'empty.db') };
  const { client: setup } = await connect(...server, env);
  for (const e of engines) {
    // ssh settings are for the command line only (an ssh config can run commands).
    if (e.add?.ssh_config) execFileSync(process.execPath, [join(root, 'dist/cyberbrain.mjs'), 'host', 'add', e.add.name, '--docker-host', e.add.docker_host, '--ssh-config', e.add.ssh_config], { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
    else if (e.add) await setup.callTool({ name: 'add_host', arguments: e.add });
    await setup.callTool({ name: 'set_allowlist', arguments: { add: [{ kind: 'label', value: `mcp.bench=${tag}`, host: e.host }] } });
  }
  await setup.close();

  const cold = { hosts: [], none: [], floor: [] };
  const contenders = { hosts: [server, env], none: [server, emptyEnv], floor: [[process.execPath, [join(root, 'bench/echo-server.mjs')]], {}] };
  for (let i = 0; i < starts; i++) {
    for (const [k, [[cmd, args], e]] of Object.entries(contenders)) {
      const { client, ms } = await connect(cmd, args, e);
      cold[k].push(ms);
      await client.close();
    }
  }

  const { client } = await connect(...server, env);
  // How busy the whole machine was during a run (all cores): near 100% means the cores, not the
  // server's parallelism, set the pace (the engines, sshd and the server share them here).
  const cpuTicks = () => {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    return { busy: f.reduce((a, b) => a + b, 0) - idle, total: f.reduce((a, b) => a + b, 0) };
  };
  const busy = { alone: [], together: [] };
  // CPU-seconds the whole machine spent during each run of all three (every process).
  const machineSeconds = [];
  // The server's own CPU seconds per run (the rest is the engines, sshd and docker's proxies).
  const serverPid = client.transport?.pid;
  const serverCpu = () => {
    if (!serverPid) return 0;
    const f = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  };
  const ours = { alone: [], together: [] };
  // Who used the machine's CPU during the runs of all three hosts, by process name (children's
  // time counted to the parent that reaped them: sshd holds the remote docker dial-stdio processes).
  const processCpu = () => {
    const m = new Map();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
        m.set(pid, { comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), t: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100 });
      } catch {
        // gone meanwhile
      }
    }
    return m;
  };
  const byProcess = new Map();
  const d4 = async (hosts) => {
    const c0 = cpuTicks();
    const s0 = serverCpu();
    const p0 = hosts ? undefined : processCpu();
    const t = performance.now();
    const r = await client.callTool({ name: 'launch_run', arguments: { directive: 'D4', wait: true, ...(hosts ? { hosts } : {}), overrides: { window: { since: '1h' } } } }, undefined, { timeout: 600_000 });
    const ms = performance.now() - t;
    const c1 = cpuTicks();
    busy[hosts ? 'alone' : 'together'].push((c1.busy - c0.busy) / (c1.total - c0.total));
    if (!hosts) machineSeconds.push((c1.busy - c0.busy) / 100);
    ours[hosts ? 'alone' : 'together'].push(serverCpu() - s0);
    if (p0) {
      for (const [pid, { comm, t }] of processCpu()) {
        const used = t - (p0.get(pid)?.comm === comm ? p0.get(pid).t : 0);
        if (used > 0) byProcess.set(comm, (byProcess.get(comm) ?? 0) + used / rounds);
      }
    }
    if (r.isError) throw new Error(r.content[0].text);
    if (r.structuredContent.status !== 'succeeded') throw new Error(`run ${r.structuredContent.run_id} ended ${r.structuredContent.status}`);
    return ms;
  };
  await d4(); // warm-up: first connections, first comparisons written
  const alone = Object.fromEntries(engines.map((e) => [e.host, []]));
  const together = [];
  for (let r = 0; r < rounds; r++) {
    for (const e of engines) alone[e.host].push(await d4([e.host]));
    together.push(await d4());
  }
  await client.close();

  const slowest = Math.max(...engines.map((e) => median(alone[e.host])));
  console.log(`\nD4 over ${engines.length} hosts × ${perHost} containers (median of ${rounds}, after a warm-up run):`);
  for (const e of engines) console.log(`  ${e.host.padEnd(6)} alone: ${(median(alone[e.host]) / 1000).toFixed(2)} s`);
  console.log(`  all three together: ${(median(together) / 1000).toFixed(2)} s`);
  console.log(`  ratio all / slowest alone: ${(median(together) / slowest).toFixed(2)}x (target ≤ 1.3x)`);
  const pct = (xs) => `${(median(xs) * 100).toFixed(0)}%`;
  console.log(`  machine CPU busy (all ${cpus().length} cores): ${pct(busy.alone)} during a host alone, ${pct(busy.together)} during all three (load average before: ${loadBefore})`);
  console.log(`  the server's own CPU per run: ${median(ours.alone).toFixed(2)} s for a host alone, ${median(ours.together).toFixed(2)} s for all three`);
  // No schedule finishes sooner than the CPU work divided by the cores: on one shared machine that
  // is the floor, whatever the server does. Remote hosts would each bring their own cores.
  const cpuFloor = median(machineSeconds) / cpus().length;
  console.log(`  all three needed ${median(machineSeconds).toFixed(2)} CPU-seconds on ${cpus().length} cores: nothing finishes in less than ${cpuFloor.toFixed(2)} s here; together / max(slowest alone, that floor): ${(median(together) / Math.max(slowest, cpuFloor * 1000)).toFixed(2)}x`);
  const top = [...byProcess].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`  CPU seconds per run of all three, by process: ${top.map(([c, t]) => `${c} ${t.toFixed(2)}`).join(', ')}`);
  console.log(`\ncold start, spawn to initialized (median of ${starts}):`);
  console.log(`  3 hosts configured: ${median(cold.hosts).toFixed(0)} ms; none: ${median(cold.none).toFixed(0)} ms; SDK echo server: ${median(cold.floor).toFixed(0)} ms`);
  console.log(`  ratio hosts / none: ${(median(cold.hosts) / median(cold.none)).toFixed(2)}x (target: no cost); hosts / echo: ${(median(cold.hosts) / median(cold.floor)).toFixed(2)}x (target ≤ 1.0x)`);
} finally {
  cleanup();
}
