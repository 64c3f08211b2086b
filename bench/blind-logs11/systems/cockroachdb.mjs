// ========================================================= CockroachDB ====
// CockroachDB 24.1 (CCL binary), four nodes behind an order-processing
// service; this is node n1's cockroach.log (DEV channel plus the storage,
// health, KV distribution and ops channels that share the default file
// sink). Redaction markers are on, so values that may hold user data are
// wrapped in '‹' and '›'.
// Raw line: 'I250603 07:14:05.123456 4521 kv/kvserver/replica_command.go:412 ⋮ [T1,Vsystem,n1,split,s1,r88/1:‹/Table/106/1/{48…-99…}›] 8832  initiating a split of this range at key /Table/106/1/‹73020› [r412] (‹512 MiB above threshold size 512 MiB›)'
// -> severity letter with yymmdd date, time, goroutine id, file:line, the
// redactability marker '⋮', the bracketed tag list and the entry counter
// are the header; Content is the message after them. The tags are a
// declared field of the format (the JSON sink has them as "tags"), so they
// are header; the redaction markers inside the message are message text.
// Pebble's event-listener lines keep their '[JOB n]' prefix (message text).
import { drive } from '../lib.mjs';

// crdb/humanize style: "1.8 GiB", "612 MiB", "0 B"
function hb(b) {
  const u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0; let v = b;
  while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
  return i === 0 ? `${Math.round(v)} B` : v < 10 ? `${v.toFixed(1)} ${u[i]}` : `${Math.round(v)} ${u[i]}`;
}
// pebble style, glued decimal units: "4.5MB", "812KB"
function pb(b) {
  const u = ['B', 'KB', 'MB', 'GB'];
  let i = 0; let v = b;
  while (v >= 1000 && i < u.length - 1) { v /= 1000; i++; }
  return v < 10 && i > 0 ? `${v.toFixed(1)}${u[i]}` : `${Math.round(v)}${u[i]}`;
}
const secs = (s) => (s < 10 ? s.toFixed(1) : Math.round(s).toString()) + 's';

export default {
  name: 'CockroachDB',
  templates: {
    version: 'CockroachDB CCL <*> (<*>, built <*>, <*>)',
    identity: 'process identity: ‹<*>›',
    engines: '<*> storage engine initialized',
    storeCfg: 'store <*>: max size <*>, max open file limit <*>',
    startingNode: 'starting cockroach node',
    https: 'starting HTTPS server at ‹<*>:<*>› (use: ‹<*>:<*>›)',
    pg: 'starting postgres server at ‹<*>:<*>› (use: ‹<*>:<*>›)',
    grpc: 'starting grpc/postgres server at ‹<*>:<*>›',
    advertise: 'advertising CockroachDB node at ‹<*>:<*>›',
    gossipConn: 'node connected via gossip',
    initialDone: 'initial startup completed',
    eventRestart: '={"Timestamp":<*>,"EventType":"node_restart","NodeID":<*>,"StartedAt":<*>,"LastUp":<*>}',
    eventSetting: '={"Timestamp":<*>,"EventType":"set_cluster_setting","Statement":"<*>","Tag":"SET CLUSTER SETTING","User":"<*>","SettingName":"<*>","Value":"<*>"}',
    sqlSession: 'created new SQL liveness session ‹<*>›',
    runtime: 'runtime stats: <*> RSS, <*> goroutines (stacks: <*>), <*>/<*> Go alloc/total (heap fragmentation: <*>, heap reserved: <*>, heap released: <*>), <*>/<*> CGO alloc/total (<*> CGO/sec), <*>/<*> %(u/s)time, <*> %gc (<*>x), <*>/<*> (r/w)net',
    health: 'health alerts detected: <*>',
    flushed: '[JOB <*>] flushed <*> memtable (<*>) to L0 [<*>] (<*>), in <*> (<*> total), output rate <*>/s',
    compacted: '[JOB <*>] compacted(<*>) L<*> [<*>] (<*>) + L<*> [<*>] (<*>) -> L<*> [<*>] (<*>), in <*> (<*> total), output rate <*>/s',
    ingested: '[JOB <*>] ingested L<*>:<*> (<*>)',
    split: 'initiating a split of this range at key <*> [<*>] (<*>)',
    merge: 'initiating a merge of <*> into this range (<*>)',
    changeReplicas: 'change replicas (add <*> remove <*>): existing descriptor <*>',
    snapshotSent: 'streamed snapshot to <*>: kv pairs: <*>, log entries: <*>, rate-limit: <*>, <*>',
    snapshotApplied: 'applied <*> snapshot <*> from <*> at applied index <*> (total=<*> data=<*> ingestion=<*>)',
    leaseTransfer: 'transferring lease to <*>',
    rebalance: 'rebalancing voter <*> to <*>: <*>',
    replicaErr: 'error processing replica: <*>',
    slowHeartbeat: 'slow heartbeat took <*>; err=<nil>',
    hbFailed: 'failed node liveness heartbeat: operation "node liveness heartbeat" timed out after <*> (given timeout <*>): <*>',
    rpcUnhealthy: 'connection is now unhealthy: <*>',
    rpcHealthy: 'connection is now healthy',
    slowRPC: 'slow range RPC: have been waiting <*> (<*> attempts) for RPC <*> to <*>; resp: <*>',
    slowProposal: 'have been waiting <*> for proposing command <*>',
    latch: 'have been waiting <*> to acquire <*> latch <*>, held by <*> latch <*>',
    raftReady: 'raft ready handling: <*> [append=<*>, apply=<*>, sync=<*>, other=<*>], wrote <*>, state_assertions=<*>; node might be overloaded',
    diskSlow: 'disk slowness detected: <*> on file ‹<*>› (<*>) has been ongoing for <*>',
    ioOverload: 'IO overload: compaction score <*> (<*> ssts, <*> sub-levels), L0 growth <*> (write <*> ingest <*> ignored <*>): <*>',
    jobState: 'job <*>: stepping through state <*>',
    signal: "received signal '<*>'",
    drainStart: 'initiating graceful shutdown of server',
    drainRemaining: 'drain remaining: <*>',
    drainDetails: 'drain details: <*>',
    drainDone: 'server drained and shutdown completed',
  },
  scenario(g) {
    const HOST = 'crdb1.example.internal';
    const nodeIp = { 2: '10.0.4.12', 3: '10.0.4.13', 4: '10.0.4.14' };
    const tables = [106, 108, 109, 112, 115];
    let job = 4000 + g.int(0, 3000);
    let file = 120000 + g.int(0, 9000);
    const fno = () => String(++file).padStart(6, '0');
    let rid = 400 + g.int(0, 50);
    let heap = 700e6;
    let cpuNet = [2.1e6, 1.8e6];
    const ranges = [];
    for (let i = 0; i < 14; i++) {
      const t = g.pick(tables); const a = g.int(1000, 60000);
      ranges.push({ id: 60 + i * 7 + g.int(0, 6), t, a, b: a + g.int(5000, 40000), reps: [1, g.pick([2, 3]), 4].sort(), next: 4 + g.int(0, 3), gen: g.int(3, 30) });
    }
    const span = (r) => `/Table/${r.t}/1/{‹${r.a}›-‹${r.b}›}`;
    const desc = (r) => `r${r.id}:${span(r)} [${r.reps.map((n, i) => `(n${n},s${n}):${i + 1}`).join(', ')}, next=${r.next}, gen=${r.gen}]`;
    const key = (r) => `/Table/${r.t}/1/‹${g.int(r.a, r.b)}›`;
    const nanos = () => `${g.t}${String(g.int(0, 999999)).padStart(6, '0')}`;

    const boot = (again) => {
      g.e('version', 'v24.1.4', 'x86_64-pc-linux-gnu', '2024/08/23 16:40:23', 'go1.22.5 X:nocoverageredesign');
      g.e('identity', 'uid 1000 euid 1000 gid 1000 egid 1000');
      g.e('engines', 1);
      g.e('storeCfg', 0, '0 B', 1043576);
      g.e('startingNode');
      g.e('grpc', '[::]', 26257);
      g.e('https', '[::]', 8080, HOST, 8080);
      g.e('advertise', HOST, 26257);
      g.advance(g.int(300, 1500));
      g.e('gossipConn');
      g.e('pg', '[::]', 26257, HOST, 26257);
      g.e('initialDone');
      const up = g.t - (again ? g.int(8000, 20000) : g.int(3600e3, 90000e3));
      g.e('eventRestart', nanos(), 1, `${g.t - g.int(2000, 6000)}000000`, `${up}000000`);
      g.e('sqlSession', g.hex(32));
      for (let k = 0; k < 3; k++) jobState(g.pick(['running', 'running', 'succeeded']));
    };
    const runtime = () => {
      heap = Math.max(4e8, Math.min(1.4e9, heap + g.int(-80e6, 90e6)));
      cpuNet = cpuNet.map((x) => Math.max(2e5, x + g.int(-4e5, 4e5)));
      const rss = heap * 2.3 + g.int(0, 2e8);
      g.e('runtime', hb(rss), g.int(520, 980), hb(g.int(7e6, 16e6)), hb(heap), hb(heap * 1.4), hb(g.int(2e7, 9e7)), hb(g.int(9e7, 3e8)), hb(g.int(1e8, 5e8)),
        hb(heap * 1.6), hb(heap * 2), g.float(40, 420, 1), g.float(60, 240, 1), g.float(5, 40, 1), g.float(0, 2.5, 1), g.int(0, 3), hb(cpuNet[0]), hb(cpuNet[1]));
    };
    const flush = () => {
      const mem = g.int(50e6, 66e6); const out = Math.round(mem * g.float(0.06, 0.12, 3)); const s = g.r() * 0.4 + 0.05;
      g.e('flushed', ++job, 1, pb(mem), fno(), pb(out), secs(s), secs(s + g.r() * 0.05), pb(out / s));
    };
    const compact = () => {
      const lv = g.wpick([[5, 0], [2, 3], [2, 4], [3, 5]]);
      const n1 = lv === 0 ? g.int(2, 5) : 1; const n2 = g.int(1, 3);
      const a = g.int(3e6, 40e6) * n1; const b = g.int(20e6, 64e6) * n2; const o = Math.round((a + b) * 0.97);
      const s = (a + b) / g.int(60e6, 160e6);
      g.e('compacted', ++job, 'default', lv, Array.from({ length: n1 }, fno).join(' '), pb(a), lv === 0 ? 6 : lv + 1, Array.from({ length: n2 }, fno).join(' '), pb(b),
        lv === 0 ? 6 : lv + 1, Array.from({ length: Math.max(1, Math.round(o / 64e6)) }, fno).join(' '), pb(o), secs(s), secs(s * 1.1), pb(o / s));
    };
    const health = () => {
      const alerts = g.wpick([
        [5, () => `{Alerts:[{StoreID:1 Category:METRICS Description:ranges.underreplicated Value:${g.int(1, 12)}}]}`],
        [2, () => `{Alerts:[{StoreID:0 Category:METRICS Description:requests.slow.latch Value:${g.int(1, 4)}}]}`],
        [2, () => `{Alerts:[{StoreID:1 Category:METRICS Description:queue.replicate.process.failure Value:${g.int(1, 30)}} {StoreID:1 Category:METRICS Description:ranges.underreplicated Value:${g.int(1, 6)}}]}`],
      ])();
      g.e('health', alerts);
    };
    const jobState = (st) => g.e('jobState', `${9870000000000000000n + BigInt(g.int(1e8, 9e8)) * 1000n + BigInt(g.int(0, 999))}`, st);
    const split = () => {
      const r = g.pick(ranges);
      const reason = g.wpick([[3, '‹512 MiB above threshold size 512 MiB›'], [2, `‹load at key ${key(r).replace(/[‹›]/g, '')} (cpu ${g.int(510, 900)}ms/s over threshold 500ms/s)›`], [1, '‹span config›']]);
      const k = g.int(r.a + 1, r.b - 1); const nid = ++rid;
      g.e('split', `/Table/${r.t}/1/‹${k}›`, `r${nid}`, reason);
      ranges.push({ id: nid, t: r.t, a: k, b: r.b, reps: r.reps.slice(), next: r.next, gen: r.gen + 1 });
      r.b = k; r.gen++;
    };
    const merge = () => {
      const r = g.pick(ranges); const o = { id: ++rid, t: r.t, a: r.b, b: r.b + g.int(200, 3000), reps: r.reps.slice(), next: r.next, gen: g.int(3, 20) };
      const l = g.int(2e6, 40e6), rr = g.int(1e5, 3e6);
      g.e('merge', desc(o), `‹lhs+rhs size (${hb(l)}+${hb(rr)}=${hb(l + rr)}) below threshold (128 MiB)›`);
      r.b = o.b; r.gen++;
    };
    const rebalance = () => {
      const r = g.pick(ranges); const from = r.reps[1]; const to = [2, 3, 4].find((n) => !r.reps.includes(n)) || 3;
      if (r.reps.includes(to)) { g.e('leaseTransfer', `s${from}`); return; }
      g.e('rebalance', `n${from},s${from}`, `n${to},s${to}`, `[1*:${g.int(900, 4000)}, ${r.reps.slice(1).map((n) => `${n}:${g.int(900, 4000)}`).join(', ')}]`);
      const rd = r.next++;
      g.e('changeReplicas', `[(n${to},s${to}):${rd}LEARNER]`, '[]', desc(r));
      const s = g.r() * 3 + 0.2;
      g.e('snapshotSent', `(n${to},s${to}):${rd}LEARNER`, g.int(20000, 900000), 0, '32 MiB/sec', `${s.toFixed(2)}s`);
      g.e('changeReplicas', `[(n${to},s${to}):${rd}VOTER_INCOMING]`, `[(n${from},s${from}):2VOTER_DEMOTING_LEARNER]`, desc(r));
      r.reps[1] = to; r.reps.sort(); r.gen++;
      g.e('changeReplicas', '[]', `[(n${from},s${from}):2LEARNER]`, desc(r));
    };
    const snapIn = () => {
      const r = g.pick(ranges);
      g.e('snapshotApplied', g.wpick([[3, 'INITIAL'], [1, 'VIA_SNAPSHOT_QUEUE']]), g.hex(8), ((n) => `(n${n},s${n}):${g.int(1, 3)}`)(g.pick([2, 3, 4])), g.int(10, 90000),
        `${g.int(20, 2500)}ms`, hb(g.int(1e5, 6e7)), `${g.int(1, 9)}@${g.int(2, 300)}ms`);
    };
    const heartbeat = () => g.e('slowHeartbeat', `${(1 + g.r() * 3).toFixed(9)}s`);
    const slow = () => {
      const r = g.pick(ranges); const w = (60 + g.r() * 30).toFixed(2) + 's';
      if (g.chance(0.5)) {
        const k = key(r);
        g.e('slowRPC', w, g.int(40, 70), g.pick([`Put [${k}/0,/Min), EndTxn(parallel commit) [${k}/0], [txn: ${g.hex(8)}]`, `Get [${k},/Min), [txn: ${g.hex(8)}]`, `Scan [${k},/Table/${r.t}/2), [txn: ${g.hex(8)}]`]), desc(r),
          g.pick(['‹(err: <nil>), *kvpb.PutResponse, *kvpb.EndTxnResponse›', '‹(err: <nil>), *kvpb.GetResponse›', '‹(err: context deadline exceeded)›']));
      } else if (g.chance(0.5)) {
        g.e('slowProposal', (15 + g.r() * 10).toFixed(2) + 's', g.pick([`RequestLease [/Table/${r.t}/1/‹${r.a}›,/Min)`, `Put [${key(r)}/0,/Min)`, `TransferLease [/Table/${r.t}/1/‹${r.a}›,/Min)`]));
      } else {
        const k = key(r) + '/0@0,0';
        g.e('latch', secs(1 + g.r() * 5), g.pick(['write', 'read']), k, 'write', k);
      }
    };
    drive(g, {
      gapMs: 2500,
      startup: () => boot(false),
      steady: [
        [20, runtime], [13, flush], [11, compact], [5, health], [3, heartbeat], [2.2, split], [0.5, merge], [1.2, rebalance],
        [1, snapIn], [1.4, () => g.e('leaseTransfer', `s${g.pick([2, 3, 4])}`)], [1.1, slow], [1, () => jobState(g.wpick([[4, 'running'], [4, 'succeeded'], [1, 'reverting'], [1, 'failed']]))],
        [0.4, () => g.e('replicaErr', g.pick(['‹0 of 3 stores with all attributes matching []; likely not enough nodes in cluster›', `‹[n1,s1,r${g.pick(ranges).id}/1:${span(g.pick(ranges))}]: unable to transfer lease to s4: lease target replica not found in RangeDescriptor›`, '‹change replicas of r88 failed: descriptor changed›']))],
        [0.3, () => g.e('raftReady', secs(0.5 + g.r() * 2), '0.00s', (0.4 + g.r() * 1.5).toFixed(2) + 's', (g.r() * 0.2).toFixed(2) + 's', '0.00s', `[append-batch=${hb(g.int(500, 9000))}, append-sst=0 B (0), apply=${hb(g.int(1e5, 6e6))} (${g.int(1, 9)} in ${g.int(1, 4)} batches)]`, 0)],
      ],
      rare: [
        () => { // n3 is rebooted by the hypervisor; its connection breaks and comes back
          const err = `‹initial connection heartbeat failed: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${nodeIp[3]}:26257: connect: connection refused"›`;
          g.e('rpcUnhealthy', err); g.advance(3000); heartbeat(); g.e('rpcUnhealthy', err);
          for (let k = 0; k < 3; k++) { health(); runtime(); }
          g.e('rpcHealthy');
        },
        () => { const e = `‹connection error: desc = "transport: Error while dialing: dial tcp ${nodeIp[4]}:26257: i/o timeout"›`; g.e('rpcUnhealthy', e); runtime(); g.e('rpcHealthy'); },
        () => { // slow disk burst on the shared volume
          g.e('diskSlow', 'syncdata', `/cockroach/cockroach-data/${String(file).padStart(6, '0')}.log`, hb(g.int(1e6, 3e6)), `${(2 + g.r() * 3).toFixed(1)}s`);
          g.e('diskSlow', 'write', `/cockroach/cockroach-data/${String(file + 2).padStart(6, '0')}.sst`, hb(g.int(4e6, 9e6)), `${(1 + g.r()).toFixed(1)}s`);
          heartbeat();
          g.e('hbFailed', '3s', '3s', 'context deadline exceeded');
          g.e('raftReady', '4.1s', '0.00s', '0.21s', '3.87s', '0.02s', `[append-batch=${hb(g.int(500, 9000))}, append-sst=0 B (0), apply=${hb(g.int(1e5, 6e5))} (1 in 1 batches)]`, 0);
        },
        () => { // index backfill ingests SSTs and pushes L0 up
          const j = `${9870000000000000000n + BigInt(g.int(1e8, 9e8)) * 1000n}`;
          g.e('jobState', j, 'running');
          for (let k = 0; k < 6; k++) { g.e('ingested', ++job, g.pick([0, 0, 5, 6]), fno(), pb(g.int(2e6, 30e6))); if (g.chance(0.4)) flush(); }
          g.e('ioOverload', '1.250', 412, 12, hb(g.int(1e8, 2e8)), hb(g.int(5e7, 1e8)), hb(g.int(2e7, 6e7)), '0 B', `admitting ${hb(g.int(1e6, 4e6))} (rate ${hb(g.int(1e5, 3e5))}/s) due to L0 growth`);
          compact(); compact();
          g.e('ioOverload', '1.050', 318, 8, hb(g.int(4e7, 9e7)), hb(g.int(3e7, 7e7)), hb(g.int(5e6, 2e7)), '0 B', `admitting ${hb(g.int(4e6, 9e6))} (rate ${hb(g.int(3e5, 6e5))}/s) due to L0 growth`);
          g.e('jobState', j, 'succeeded');
        },
        () => g.e('eventSetting', nanos(), "SET CLUSTER SETTING ‹kv.snapshot_rebalance.max_rate› = ‹'64 MiB'›", 'root', 'kv.snapshot_rebalance.max_rate', "'64 MiB'"),
        () => g.e('eventSetting', nanos(), "SET CLUSTER SETTING ‹sql.stats.automatic_collection.enabled› = ‹false›", 'admin', 'sql.stats.automatic_collection.enabled', 'false'),
        () => { merge(); merge(); },
        () => { // rolling restart for a patch release
          g.e('signal', 'terminated');
          g.e('drainStart');
          let left = g.int(30, 60);
          while (left > 0) { g.e('drainRemaining', left); const a = g.int(3, left); g.e('drainDetails', `range lease iterations: ${Math.max(1, a - 2)}, descriptor leases: ${Math.min(a, 2)}`); left -= a; g.advance(400); }
          g.e('drainRemaining', 0);
          g.e('drainDone');
          g.advance(g.int(20000, 60000));
          boot(true);
        },
      ],
    });
  },
};
