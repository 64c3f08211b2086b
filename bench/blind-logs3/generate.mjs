#!/usr/bin/env node
// Deterministic generator for the blind-logs3 log template mining benchmark.
//
// Usage:
//   node generate.mjs            write data/<System>/<System>_2k.log_structured.csv
//   node generate.mjs --check    regenerate in memory, verify every invariant and
//                                that the files on disk are byte-identical; writes nothing
//   node generate.mjs --stats    print the per-system statistics table (markdown)
//
// No dependencies; Node >= 18. All randomness comes from a seeded PRNG, all
// clocks are virtual, so the output is identical on every run and machine.
//
// Labelling conventions (Loghub-2.0 style), see README.md:
//   * Content is the message only: the header a log format declares
//     (timestamp, level, pid, thread, logger/component, host) is split off.
//   * EventTemplate is Content with every parameter replaced by <*>.
//     Each template is written once, with <*> slots; the generator fills
//     every slot with a non-empty value, so Content and EventTemplate agree
//     by construction, and --check verifies it again on the written files.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const N = 2000;
const SEED = 0x5eed2025;
const HEADER = 'LineId,Content,EventId,EventTemplate';

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ----------------------------------------------------------- generator ----
class Gen {
  constructor(system, templates) {
    this.system = system;
    this.T = templates;
    this.rand = mulberry32((hashStr(system) ^ SEED) >>> 0);
    this.rows = [];
    // virtual clock, UTC milliseconds
    this.t = Date.UTC(2024, 3, 16, 6, 0, 0) + Math.floor(this.rand() * 3 * 3600e3);
    this._zipfCache = new Map();
  }
  get n() { return this.rows.length; }
  r() { return this.rand(); }
  int(a, b) { return a + Math.floor(this.rand() * (b - a + 1)); }
  float(a, b, d) { return (a + this.rand() * (b - a)).toFixed(d); }
  chance(p) { return this.rand() < p; }
  pick(arr) { return arr[Math.floor(this.rand() * arr.length)]; }
  // weighted pick from [[weight, value], ...]
  wpick(pairs) {
    let tot = 0;
    for (const [w] of pairs) tot += w;
    let x = this.rand() * tot;
    for (const [w, v] of pairs) { x -= w; if (x < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  // Zipf-skewed pick: the first elements of arr are the popular ones
  zipf(arr, s = 1.2) {
    let cum = this._zipfCache.get(arr.length + ':' + s);
    if (!cum) {
      cum = []; let tot = 0;
      for (let i = 0; i < arr.length; i++) { tot += 1 / Math.pow(i + 1, s); cum.push(tot); }
      cum = cum.map((c) => c / tot);
      this._zipfCache.set(arr.length + ':' + s, cum);
    }
    const x = this.rand();
    for (let i = 0; i < cum.length; i++) if (x < cum[i]) return arr[i];
    return arr[arr.length - 1];
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(this.rand() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
    return arr;
  }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.rand() * 16)]; return s; }
  alnum(n, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
    let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.rand() * alphabet.length)]; return s;
  }
  b64id(n = 22) { return this.alnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`; }
  ip(prefix = '10.42') {
    const parts = prefix.split('.').length;
    let s = prefix;
    for (let i = parts; i < 4; i++) s += '.' + (i === 3 ? this.int(2, 250) : this.int(0, 31));
    return s;
  }
  eport() { return this.int(32768, 60999); }
  exp(mean) { return -Math.log(1 - this.rand()) * mean; }
  advance(ms) { this.t += Math.max(0, Math.round(ms)); }
  // time formats
  iso(t = this.t) { return new Date(t).toISOString(); }
  clf(t = this.t) { // 12/Mar/2024:10:00:00.123
    const d = new Date(t);
    return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  }
  ymdhms(t = this.t) { const d = new Date(t); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  ymd(t = this.t, sep = '.') { const d = new Date(t); return `${d.getUTCFullYear()}${sep}${pad(d.getUTCMonth() + 1)}${sep}${pad(d.getUTCDate())}`; }
  // "Apr 16 10:00:00" (syslog / date-time without year)
  sysTs(t = this.t) { const d = new Date(t); return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  // 1234567 -> "1,234,567"
  commas(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  // Emit one log line: template key + one value per <*> slot, in order.
  e(key, ...vals) {
    const tpl = this.T[key];
    if (tpl === undefined) throw new Error(`${this.system}: unknown template key ${key}`);
    const parts = tpl.split('<*>');
    if (parts.length - 1 !== vals.length) {
      throw new Error(`${this.system}/${key}: template has ${parts.length - 1} slots, got ${vals.length} values`);
    }
    let s = parts[0];
    for (let i = 0; i < vals.length; i++) {
      const v = String(vals[i]);
      if (v.length === 0) throw new Error(`${this.system}/${key}: empty value for slot ${i}`);
      if (/[\r\n]/.test(v)) throw new Error(`${this.system}/${key}: newline in value for slot ${i}`);
      if (v.includes('<*>')) throw new Error(`${this.system}/${key}: value contains <*>`);
      s += v + parts[i + 1];
    }
    this.rows.push({ content: s, key });
    this.t += this.int(0, 35);
  }
}

// Generic driver: startup lines, then steady-state episodes picked by weight,
// with each rare episode placed once at a random line position.
function drive(g, { startup, steady, rare, gapMs }) {
  startup();
  const rq = g.shuffle(rare.slice());
  const lo = Math.min(g.n + 10, N - 400), hi = N - 200;
  const pos = rq.map(() => g.int(lo, hi)).sort((a, b) => a - b);
  let i = 0;
  while (g.n < N) {
    g.advance(g.exp(gapMs));
    if (i < rq.length && g.n >= pos[i]) { rq[i++](); continue; }
    g.wpick(steady)();
  }
  if (i < rq.length) throw new Error(`${g.system}: ${rq.length - i} rare episodes not emitted`);
  g.rows.length = N;
}

const SYSTEMS = [];

// ============================================================ Cassandra ====
// Apache Cassandra 4.1 node, one of three in one datacenter, system.log with
// the default logback pattern.
// Raw line: "INFO  [CompactionExecutor:3] 2024-04-16 10:00:00,123 CompactionTask.java:253 - <message>"
// -> Content is <message> (level, thread, timestamp and file:line split off).
SYSTEMS.push({
  name: 'Cassandra',
  templates: {
    // startup
    cfgLocation: 'Configuration location: <*>',
    nodeCfg: 'Node configuration:[<*>]',
    diskAccess: "DiskAccessMode 'auto' determined to be <*>, indexAccessMode is <*>",
    onHeap: 'Global memtable on-heap threshold is enabled at <*>',
    offHeap: 'Global memtable off-heap threshold is enabled at <*>',
    hostname: 'Hostname: <*>:<*>:<*>',
    jvmVersion: 'JVM vendor/version: <*>',
    heapSize: 'Heap size: <*>/<*>',
    classpath: 'Classpath: <*>',
    jna: 'JNA mlockall successful',
    swapWarn: 'Cassandra server running in degraded mode. Is swap disabled? : <*>,  Address space adequate? : <*>,  nofile limit adequate? : <*>, nproc limit adequate? : <*>',
    keyCache: 'Initializing key cache with capacity of <*> MiBs.',
    rowCache: 'Initializing row cache with capacity of <*> MiBs',
    counterCache: 'Initializing counter cache with capacity of <*> MiBs',
    counterSave: 'Scheduling counter cache save to every <*> seconds (going to save all keys).',
    initTable: 'Initializing <*>.<*>',
    replaying: 'Replaying <*>',
    replayDone: 'Log replay complete, <*> replayed mutations',
    version: 'Cassandra version: <*>',
    cqlVersion: 'CQL version: <*>',
    nativeVersions: 'Native protocol supported versions: <*> (default: <*>)',
    netty: 'Using Netty Version: [<*>]',
    gossipStart: 'Starting up server gossip',
    ringState: 'Loading persisted ring state',
    stateNormal: 'Node /<*>:<*> state jump to NORMAL',
    gossipWait: 'Waiting for gossip to settle...',
    noBacklog: 'No gossip backlog; proceeding',
    cqlListen: 'Starting listening for CQL clients on /<*>:<*> (unencrypted)...',
    startupComplete: 'Startup complete',
    // gossip / peers
    peerUp: 'InetAddress /<*>:<*> is now UP',
    peerDown: 'InetAddress /<*>:<*> is now DOWN',
    peerRestarted: 'Node /<*>:<*> has restarted, now UP',
    topology: 'Updating topology for /<*>:<*>',
    localPause: 'Not marking nodes down due to local pause of <*> > <*>',
    gossipPending: 'Gossip stage has <*> pending tasks; skipping status check (no nodes will be marked down)',
    // memtable flush
    enqueueFlush: 'Enqueuing flush of <*>.<*>, Reason: <*>, Usage: <*> (<*>) on-heap, <*> (<*>) off-heap',
    writingMemtable: 'Writing Memtable-<*>@<*>(<*> serialized bytes, <*> ops, <*>/<*> of on/off-heap limit), flushed range = [min(<*>), max(<*>))',
    completedFlush: 'Completed flushing <*> (<*>) for commitlog position CommitLogPosition(segmentId=<*>, position=<*>)',
    // compaction
    compacting: 'Compacting (<*>) [<*>]',
    compacted: 'Compacted (<*>) <*> sstables to [<*>] to level=<*>.  <*> to <*> (~<*> of original) in <*>.  Read Throughput = <*>, Write Throughput = <*>, Row Throughput = ~<*>.  <*> total partitions merged to <*>.  Partition merge counts were {<*>}. Time spent writing keys = <*>',
    indexSummaries: 'Redistributing index summaries',
    // GC and resources
    gcYoung: 'G1 Young Generation GC in <*>.  G1 Eden Space: <*> -> <*>; G1 Old Gen: <*> -> <*>; G1 Survivor Space: <*> -> <*>',
    gcYoungShort: 'G1 Young Generation GC in <*>.  G1 Eden Space: <*> -> <*>; G1 Survivor Space: <*> -> <*>',
    gcOld: 'G1 Old Generation GC in <*>.  G1 Eden Space: <*> -> <*>; G1 Old Gen: <*> -> <*>; G1 Survivor Space: <*> -> <*>',
    chunkCache: 'Maximum memory usage reached (<*>), cannot allocate chunk of <*>',
    commitlogSlow: 'Out of <*> commit log syncs over the past <*> with average duration of <*>, <*> have exceeded the configured commit interval by an average of <*>',
    dropped: '<*> messages were dropped in last <*> ms: <*> internal and <*> cross node. Mean internal dropped latency: <*> ms and Mean cross-node dropped latency: <*> ms',
    // queries
    slowOps: 'Some operations were slow, details available at debug level (debug.log)',
    timedOutOps: 'Some operations timed out, details available at debug level (debug.log)',
    tombstoneWarn: 'Read <*> live rows and <*> tombstone cells for query <*> (see tombstone_warn_threshold)',
    tombstoneAbort: "Scanned over <*> tombstones during query '<*>' (last scanned row token was <*> and partion key was (<*>)); query aborted",
    batchSize: 'Batch for [<*>] is of size <*>, exceeding specified threshold of <*> by <*>.',
    largePartition: 'Writing large partition <*>/<*>:<*> (<*>) to sstable <*>',
    unexpectedExc: 'Unexpected exception during request; channel = [id: <*>, L:/<*>:<*> - R:/<*>:<*>]',
    ioExc: 'Exception in thread Thread[<*>,<*>,<*>]',
    // hints
    hintsDone: 'Finished hinted handoff of file <*> to endpoint /<*>:<*>: <*>',
    hintsPartial: 'Finished hinted handoff of file <*> to endpoint /<*>:<*>: <*>, partially',
    // repair and streaming
    repairNew: '[repair #<*>] new session: will sync <*> on range <*> for <*>.[<*>]',
    repairConsistent: '[repair #<*>] Endpoints /<*>:<*> and /<*>:<*> are consistent for <*>',
    repairOutOfSync: '[repair #<*>] Endpoints /<*>:<*> and /<*>:<*> have <*> range(s) out of sync for <*>',
    repairSynced: '[repair #<*>] <*> is fully synced',
    repairDone: '[repair #<*>] Session completed successfully',
    streamStart: '[Stream #<*>] Starting streaming to /<*>:<*>',
    streamSession: '[Stream #<*>] Session with /<*>:<*> is complete',
    streamAll: '[Stream #<*>] All sessions completed',
    // schema
    newKeyspace: 'Create new Keyspace: KeyspaceMetadata{name=<*>, kind=REGULAR, params=KeyspaceParams{durable_writes=<*>, replication=ReplicationParams{<*>}}, tables=[], views=[], functions=[], types=[]}',
    newTable: 'Create new table: <*>.<*>',
    // drain / shutdown
    drainStart: 'DRAINING: starting drain process',
    drained: 'DRAINED',
    announce: 'Announcing shutdown',
    stateShutdown: 'Node /<*>:<*> state jump to shutdown',
    stopCql: 'Stop listening for CQL clients',
    quiesce: 'Waiting for messaging service to quiesce',
  },
  scenario(g) {
    const me = '10.42.0.11';
    const peers = ['10.42.0.12', '10.42.0.13'];
    const appTables = [
      ['shop', 'orders'], ['events', 'clickstream'], ['shop', 'carts'], ['sessions', 'sessions'], ['shop', 'products'],
      ['metrics', 'rollups_1m'], ['shop', 'inventory'], ['events', 'audit_log'], ['shop', 'users_by_email'], ['metrics', 'rollups_1h'],
      ['system', 'compaction_history'], ['system', 'sstable_activity'], ['system', 'size_estimates'],
    ];
    const sysTables = ['system.IndexInfo', 'system.batches', 'system.paxos', 'system.local', 'system.peers_v2', 'system.peers',
      'system.peer_events_v2', 'system.compaction_history', 'system.sstable_activity', 'system.size_estimates', 'system.table_estimates',
      'system.available_ranges_v2', 'system.transferred_ranges_v2', 'system.view_builds_in_progress', 'system.built_views',
      'system.prepared_statements', 'system.repairs', 'system_schema.keyspaces', 'system_schema.tables', 'system_schema.columns',
      'system_schema.triggers', 'system_schema.dropped_columns', 'system_schema.views', 'system_schema.types', 'system_schema.functions',
      'system_schema.aggregates', 'system_schema.indexes', 'system_auth.roles', 'system_auth.role_members', 'system_auth.role_permissions',
      'system_distributed.repair_history', 'system_distributed.parent_repair_history', 'system_traces.events', 'system_traces.sessions'];
    const tid = {}; const gen = {};
    for (const [k, t] of appTables) { tid[`${k}.${t}`] = g.hex(32); gen[`${k}.${t}`] = g.int(40, 900); }
    const dir = (k, t) => `/var/lib/cassandra/data/${k}/${t}-${tid[`${k}.${t}`]}`;
    let segment = 1713247200000 + g.int(0, 99999);
    let segPos = g.int(1000, 900000);
    let heapPct = 0;
    const timeUuid = () => `${g.hex(8)}-${g.hex(4)}-11ef-${g.pick(['8', '9', 'a', 'b'])}${g.hex(3)}-${g.hex(12)}`;
    const mib = (a, b) => `${g.float(a, b, 3)}MiB`;
    const clients = Array.from({ length: 12 }, () => g.ip('10.42.8'));
    const nodeCfg = 'allocate_tokens_for_keyspace=null; allocate_tokens_for_local_replication_factor=3; authenticator=PasswordAuthenticator; ' +
      'authorizer=CassandraAuthorizer; auto_snapshot=true; batch_size_fail_threshold=50KiB; batch_size_warn_threshold=5KiB; ' +
      'cluster_name=prod-shop; commitlog_directory=/var/lib/cassandra/commitlog; commitlog_sync=periodic; commitlog_sync_period=10000ms; ' +
      'compaction_throughput=64MiB/s; concurrent_reads=32; concurrent_writes=32; data_file_directories=[Ljava.lang.String;@6a2f6f80; ' +
      'endpoint_snitch=GossipingPropertyFileSnitch; hints_directory=/var/lib/cassandra/hints; listen_address=10.42.0.11; num_tokens=16; ' +
      'partitioner=org.apache.cassandra.dht.Murmur3Partitioner; rpc_address=0.0.0.0; seed_provider=org.apache.cassandra.locator.SimpleSeedProvider{seeds=10.42.0.11,10.42.0.12}; ' +
      'tombstone_failure_threshold=100000; tombstone_warn_threshold=1000';

    const boot = (first) => {
      g.e('cfgLocation', 'file:/etc/cassandra/cassandra.yaml');
      g.e('nodeCfg', nodeCfg);
      g.e('diskAccess', 'mmap', 'mmap');
      g.e('onHeap', '2008MiB');
      g.e('offHeap', '2008MiB');
      g.e('hostname', 'cass-1.cass.db.svc.cluster.local', 7000, 7001);
      g.e('jvmVersion', 'OpenJDK 64-Bit Server VM/11.0.22');
      g.e('heapSize', '7.844GiB', '7.844GiB');
      g.e('classpath', '/etc/cassandra:/opt/cassandra/build/classes/main:/opt/cassandra/lib/HdrHistogram-2.1.9.jar:/opt/cassandra/lib/ST4-4.0.8.jar:/opt/cassandra/lib/apache-cassandra-4.1.4.jar:/opt/cassandra/lib/jamm-0.3.2.jar');
      g.e('jna');
      if (first) g.e('swapWarn', 'true', 'true', 'false', 'true');
      g.e('keyCache', 100);
      g.e('rowCache', 0);
      g.e('counterCache', 50);
      g.e('counterSave', 7200);
      for (const t of sysTables) { const [a, b] = t.split('.'); g.e('initTable', a, b); }
      const segs = [];
      for (let i = 0, n = g.int(1, 3); i < n; i++) segs.push(`/var/lib/cassandra/commitlog/CommitLog-7-${segment - n + i}.log`);
      g.e('replaying', segs.join(', '));
      g.e('replayDone', g.int(100, 90000));
      for (const [k, t] of appTables.slice(0, 10)) g.e('initTable', k, t);
      g.e('version', '4.1.4');
      g.e('cqlVersion', '3.4.6');
      g.e('nativeVersions', '3/v3, 4/v4, 5/v5, 6/v6-beta', '5/v5');
      g.e('gossipStart');
      g.e('ringState');
      g.e('netty', 'netty-buffer=netty-buffer-4.1.96.Final.2d6e2f6, netty-codec=netty-codec-4.1.96.Final.2d6e2f6, netty-common=netty-common-4.1.96.Final.2d6e2f6, netty-handler=netty-handler-4.1.96.Final.2d6e2f6, netty-transport=netty-transport-4.1.96.Final.2d6e2f6');
      g.e('stateNormal', me, 7000);
      for (const p of peers) { g.e('peerUp', p, 7000); if (g.chance(0.5)) g.e('topology', p, 7000); }
      g.e('gossipWait');
      g.advance(g.int(5000, 8000));
      g.e('noBacklog');
      g.e('cqlListen', '10.42.0.11', 9042);
      g.e('startupComplete');
    };

    const flush = (reason = null) => {
      const [k, t] = g.zipf(appTables, 1.1);
      const r = reason || g.wpick([[8, 'MEMTABLE_LIMIT'], [3, 'COMMITLOG_DIRTY'], [1, 'INDEX_SUMMARY']]);
      const pct = g.int(0, 12);
      g.e('enqueueFlush', k, t, r, mib(0.1, 96), `${pct}%`, '0.000KiB', '0%');
      if (g.chance(0.92)) {
        const ops = g.int(10, 450000);
        g.e('writingMemtable', t, g.int(100000000, 2147483647), mib(0.05, 90), ops, `${pct}%`, '0%', '-9223372036854775808', '9223372036854775807');
        gen[`${k}.${t}`]++;
        segPos += g.int(1000, 400000);
        if (segPos > 33554432) { segment++; segPos = g.int(100, 9000); }
        g.advance(g.int(50, 1500));
        g.e('completedFlush', `${dir(k, t)}/nb-${gen[`${k}.${t}`]}-big-Data.db`, mib(0.01, 40), segment, segPos);
      }
    };
    const compaction = () => {
      const [k, t] = g.zipf(appTables.slice(0, 10), 1.0);
      const n = g.wpick([[6, 4], [2, 2], [1, 6], [1, 32]]);
      const id = timeUuid();
      const base = gen[`${k}.${t}`];
      const inputs = [];
      for (let i = 0; i < n; i++) inputs.push(`${dir(k, t)}/nb-${base - n + i}-big-Data.db:level=0`);
      g.e('compacting', id, inputs.join(', ') + ', ');
      g.advance(g.int(200, 20000));
      gen[`${k}.${t}`]++;
      const a = g.float(0.5, 400, 3), ratio = g.int(38, 99);
      const ms = g.int(80, 24000);
      const parts = g.int(100, 400000);
      const merged = Math.max(1, Math.round(parts * g.float(0.6, 0.99, 2)));
      const mc = ['1:' + g.int(10, 90000), '2:' + g.int(0, 9000)];
      if (g.chance(0.4)) mc.push('3:' + g.int(1, 900));
      if (g.chance(0.2)) mc.push('4:' + g.int(1, 90));
      g.e('compacted', id, n, `${dir(k, t)}/nb-${gen[`${k}.${t}`]}-big,`, 0, `${a}MiB`, `${(a * ratio / 100).toFixed(3)}MiB`,
        `${ratio}%`, `${g.commas(ms)}ms`, `${g.float(1, 120, 3)}MiB/s`, `${g.float(1, 110, 3)}MiB/s`, `${g.commas(g.int(500, 90000))}/s`,
        g.commas(parts), g.commas(merged), mc.join(', ') + ', ', `${g.commas(Math.max(1, ms - g.int(0, 60)))}ms`);
    };
    const gc = (kind = 'young') => {
      const eden = g.int(900, 1300) * 1048576, surv = g.int(20, 90) * 1048576, old = g.int(1500, 6000) * 1048576;
      if (kind === 'old') {
        g.e('gcOld', `${g.commas(g.int(1100, 9000))}ms`, eden, 0, old, Math.round(old * 0.4), surv, 0);
      } else if (kind === 'short') {
        g.e('gcYoungShort', `${g.int(200, 480)}ms`, eden, 0, surv, surv + g.int(-4, 8) * 1048576);
      } else {
        g.e('gcYoung', `${g.int(200, 900)}ms`, eden, 0, old, old + g.int(1, 90) * 1048576, surv, surv + g.int(-4, 8) * 1048576);
      }
    };
    const repair = () => {
      const id = timeUuid();
      const [k] = g.zipf(appTables.slice(0, 10), 1.0);
      const ts = [...new Set(appTables.filter(([kk]) => kk === k).map(([, t]) => t))];
      const lo = BigInt(g.int(-9000000, 9000000)) * 1000000000000n;
      const hi = lo + BigInt(g.int(1, 900000)) * 1000000000000n;
      g.e('repairNew', id, `/${me}:7000, /${peers[0]}:7000, /${peers[1]}:7000`, `[(${lo},${hi}]]`, k, ts.join(', '));
      for (const t of ts) {
        g.advance(g.int(200, 6000));
        const bad = g.chance(0.2);
        if (bad) {
          g.e('repairOutOfSync', id, me, 7000, peers[0], 7000, g.int(1, 40), t);
          const sid = timeUuid();
          g.e('streamStart', sid, peers[0], 7000);
          g.e('streamSession', sid, peers[0], 7000);
          g.e('streamAll', sid);
        } else g.e('repairConsistent', id, me, 7000, peers[0], 7000, t);
        g.e('repairConsistent', id, me, 7000, peers[1], 7000, t);
        g.e('repairSynced', id, t);
      }
      g.e('repairDone', id);
    };
    const unexpected = () => g.e('unexpectedExc', '0x' + g.hex(8), me, 9042, g.zipf(clients, 0.8), g.eport());

    drive(g, {
      gapMs: 9000,
      startup: () => boot(true),
      steady: [
        [30, () => flush()],
        [14, compaction],
        [13, () => gc('young')],
        [5, () => gc('short')],
        [5, () => g.e('slowOps')],
        [2, () => { const n = g.int(1, 5); for (let i = 0; i < n; i++) { const bt = g.pick([['shop.orders', 'shop.carts'], ['shop.orders', 'shop.inventory', 'shop.carts'], ['events.clickstream'], ['shop.carts', 'shop.products']]); g.e('batchSize', bt.join(', '), `${g.float(5.1, 40, 3)}KiB`, '5.000KiB', `${g.float(0.1, 35, 3)}KiB`); g.advance(g.int(10, 900)); } }],
        [1.6, () => g.e('tombstoneWarn', g.int(0, 400), g.int(1001, 90000), g.chance(0.6) ? `SELECT * FROM sessions.sessions WHERE session_id = ${g.uuid()} LIMIT 5000` : `SELECT * FROM shop.carts WHERE cart_id = ${g.uuid()} AND updated_at > ${1713200000000 + g.int(0, 9999999)} LIMIT 100 ALLOW FILTERING`)],
        [1.4, () => g.e('commitlogSlow', g.int(3, 40), `${g.float(290, 310, 2)}s`, `${g.float(5, 90, 2)}ms`, g.int(1, 9), `${g.float(1, 60, 2)}ms`)],
        [1.5, () => g.e('chunkCache', '512.000MiB', '1.000MiB')],
        [1.3, unexpected],
        [1, () => g.e('timedOutOps')],
        [0.8, () => g.e('dropped', g.pick(['MUTATION', 'READ', 'MUTATION', 'HINT', 'READ_REPAIR']), 5000, g.int(0, 40), g.int(1, 400), g.int(0, 900), g.int(200, 9000))],
        [0.5, repair],
        [0.4, () => g.e('indexSummaries')],
        [0.4, () => { const [k, t] = g.pick(appTables.slice(0, 2)); g.e('largePartition', k, t, g.pick(['2024-04-16', 'tenant-0042:2024-04', g.uuid()]), `${g.float(100, 900, 3)}MiB`, `${dir(k, t)}/nb-${gen[`${k}.${t}`] + 1}-big-Data.db`); }],
      ],
      rare: [
        () => { gc('old'); g.e('localPause', `${g.int(5100, 9900)}000000ns`, '5000000000ns'); },
        () => g.e('gossipPending', g.int(2, 40)),
        () => { gc('old'); gc('old'); },
        () => g.e('tombstoneAbort', 100001, 'SELECT * FROM sessions.sessions WHERE user_id = 42 LIMIT 5000', '-3074457345618258603', 'user-42'),
        () => { g.e('ioExc', 'NativePoolCleaner', 5, 'main'); },
        () => { for (let i = 0; i < 6; i++) { unexpected(); g.advance(g.int(10, 400)); } },
        () => {
          // peer 2 goes down for a kernel upgrade and comes back
          const p = peers[1];
          g.e('peerDown', p, 7000);
          g.advance(240000);
          flush(); gc('young'); flush();
          g.e('peerRestarted', p, 7000);
          g.e('topology', p, 7000);
          g.e('peerUp', p, 7000);
          g.e('stateNormal', p, 7000);
          g.advance(10000);
          for (let i = 0, n = g.int(2, 4); i < n; i++) g.e('hintsDone', `${g.uuid()}-${1713250000000 + g.int(0, 9999999)}-2.hints`, p, 7000, g.uuid());
          g.e('hintsPartial', `${g.uuid()}-${1713250000000 + g.int(0, 9999999)}-2.hints`, p, 7000, g.uuid());
        },
        () => {
          // a new keyspace from a deployment
          g.e('newKeyspace', 'loyalty', 'true', 'class=org.apache.cassandra.locator.NetworkTopologyStrategy, dc1=3');
          for (const t of ['points', 'rewards', 'members_by_tier']) { g.e('newTable', 'loyalty', t); g.e('initTable', 'loyalty', t); }
          flush('SCHEMA_CHANGE'); flush('SCHEMA_CHANGE');
        },
        () => {
          // rolling restart
          g.e('drainStart');
          for (let i = 0; i < 3; i++) flush('DRAIN');
          g.e('drained');
          g.e('announce');
          g.e('stateShutdown', me, 7000);
          g.e('stopCql');
          g.e('quiesce');
          g.advance(60000);
          boot(false);
        },
      ],
    });
  },
});

// ============================================================== MongoDB ====
// mongod 4.2 (text log format), member of the 3-member replica set rs0; it
// starts as a SECONDARY serving secondaryPreferred reads.
// Raw line: "2024-04-16T10:00:00.123+0000 I  NETWORK  [conn1234] <message>"
// -> Content is <message> (timestamp, severity, component and context split off).
const mongoSlow = (mid) => `command <*> command: <*> <*> ${mid} reslen:<*> locks:<*> storage:<*> protocol:op_msg <*>`;
SYSTEMS.push({
  name: 'MongoDB',
  templates: {
    // startup
    starting: 'MongoDB starting : pid=<*> port=<*> dbpath=<*> 64-bit host=<*>',
    dbVersion: 'db version v<*>',
    gitVersion: 'git version: <*>',
    openssl: 'OpenSSL version: <*>',
    allocator: 'allocator: <*>',
    modulesNone: 'modules: none',
    buildEnv: 'build environment:',
    distmod: 'distmod: <*>',
    distarch: 'distarch: <*>',
    targetArch: 'target_arch: <*>',
    options: 'options: <*>',
    detectedFiles: "Detected data files in <*> created by the '<*>' storage engine, so setting the active storage engine to '<*>'.",
    wtOpen: 'wiredtiger_open config: <*>',
    wtRecover: 'WiredTiger message [<*>:<*>][<*>:<*>], txn-recover: Recovering log <*> through <*>',
    wtMainLoop: 'WiredTiger message [<*>:<*>][<*>:<*>], txn-recover: Main recovery loop: starting at <*>/<*> to <*>/<*>',
    wtRecoveryTs: 'WiredTiger message [<*>:<*>][<*>:<*>], txn-recover: Set global recovery timestamp: (<*>, <*>)',
    wtCheckpoint: 'WiredTiger message [<*>:<*>][<*>:<*>], WT_SESSION.checkpoint: Checkpoint has been running for <*> seconds and wrote: <*> pages (<*> MB)',
    wtOplogTook: 'WiredTiger record store oplog processing took <*>',
    timestampMonitor: 'Timestamp monitor starting',
    recoverStable: 'Recovering data from the last stable recovery timestamp: Timestamp(<*>, <*>)',
    oplogTruncater: 'Starting OplogTruncaterThread <*>',
    sizeStorer: 'The size storer reports that the oplog contains <*> records totaling to <*> bytes',
    sampling: 'Sampling the oplog to determine where to place markers for truncation',
    thpWarn: "** WARNING: <*> is '<*>'.",
    thpSuggest: "**        We suggest setting it to '<*>'",
    flowControl: 'Flow Control is enabled on this deployment.',
    ftdc: "Initializing full-time diagnostic data capture with directory '<*>'",
    createLocal: 'createCollection: <*> with generated UUID: <*> and options: {}',
    rollbackId: 'Rollback ID is <*>',
    replStorage: 'Starting replication storage threads',
    replFetcher: 'Starting replication fetcher thread',
    replApplier: 'Starting replication applier thread',
    replReporter: 'Starting replication reporter thread',
    waiting: 'Waiting for connections on port <*>',
    newConfig: 'New replica set config in use: <*>',
    thisNode: 'This node is <*>:<*> in the config',
    tStartup2: 'transition to STARTUP2 from STARTUP',
    tRecovering: 'transition to RECOVERING from STARTUP2',
    tSecondary: 'transition to SECONDARY from RECOVERING',
    // replication
    memberPrimary: 'Member <*>:<*> is now in state PRIMARY',
    memberSecondary: 'Member <*>:<*> is now in state SECONDARY',
    memberDown: 'Member <*>:<*> is now in state RS_DOWN',
    heartbeatErr: 'Error in heartbeat (requestId: <*>) to <*>:<*>, response status: <*>',
    syncCandidate: 'sync source candidate: <*>:<*>',
    scheduleFetcher: 'Scheduling fetcher to read remote oplog on <*>:<*> starting at last fetched optime: { ts: Timestamp(<*>, <*>), t: <*> }',
    cancelOplog: 'Canceling oplog query due to OplogQueryMetadata. We have to choose a new sync source. Current source: <*>:<*>, OpTime { ts: Timestamp(<*>, <*>), t: <*> }, its sync source index:<*>',
    connecting: 'Connecting to <*>:<*>',
    endingConn: 'Ending connection to host <*>:<*> due to bad connection status: <*>; <*> connections to that host remain open',
    appliedCrud: 'applied op: CRUD <*>, took <*>',
    appliedCmd: 'applied op: command <*>, took <*>',
    // election and step-down
    electionStart: "Starting an election, since we've seen no PRIMARY in the past <*>",
    dryRun: 'conducting a dry run election to see if we could be elected. current term: <*>',
    dryRunOk: 'dry election run succeeded, running for election in term <*>',
    electionWon: 'election succeeded, assuming primary role in term <*>',
    tPrimary: 'transition to PRIMARY from SECONDARY',
    catchupEnter: 'Entering primary catch-up mode.',
    catchupExit: 'Exited primary catch-up mode.',
    stopProducer: 'Stopping replication producer',
    writesPermitted: 'transition to primary complete; database writes are now permitted',
    killOps: 'Starting to kill user operations',
    killedOps: 'Stopped killing user operations',
    stepDownTerm: 'Stepping down from primary, because a new term has begun: <*>',
    tSecFromPrimary: 'transition to SECONDARY from PRIMARY',
    // connections and auth
    accepted: 'connection accepted from <*>:<*> #<*> (<*> connections now open)',
    ended: 'end connection <*>:<*> (<*> connections now open)',
    metadata: 'received client metadata from <*>:<*> conn<*>: <*>',
    authOk: 'Successfully authenticated as principal <*> on <*> from client <*>:<*>',
    authFailScram: 'SASL <*> authentication failed for <*> on <*> from client <*>:<*> ; AuthenticationFailed: SCRAM authentication failed, storedKey mismatch',
    authFailNoUser: 'SASL <*> authentication failed for <*> on <*> from client <*>:<*> ; UserNotFound: Could not find user "<*>" for db "<*>"',
    sendErr: 'Error sending response to client: <*>. Ending connection from <*>:<*> (connection id: <*>)',
    // slow operations
    slowFind: mongoSlow('planSummary: <*> keysExamined:<*> docsExamined:<*> cursorExhausted:<*> numYields:<*> nreturned:<*> queryHash:<*> planCacheKey:<*>'),
    slowFindSort: mongoSlow('planSummary: <*> keysExamined:<*> docsExamined:<*> hasSortStage:<*> cursorExhausted:<*> numYields:<*> nreturned:<*> queryHash:<*> planCacheKey:<*>'),
    slowFindCursor: mongoSlow('planSummary: <*> cursorid:<*> keysExamined:<*> docsExamined:<*> numYields:<*> nreturned:<*> queryHash:<*> planCacheKey:<*>'),
    slowGetMore: mongoSlow('originatingCommand: <*> planSummary: <*> cursorid:<*> keysExamined:<*> docsExamined:<*> cursorExhausted:<*> numYields:<*> nreturned:<*>'),
    slowFindCached: 'command <*> command: <*> <*> planSummary: <*> keysExamined:<*> docsExamined:<*> cursorExhausted:<*> numYields:<*> nreturned:<*> queryHash:<*> planCacheKey:<*> reslen:<*> locks:<*> storage:{} protocol:op_msg <*>',
    storageStatsTimeout: 'Unable to gather storage statistics for a slow operation due to lock aquire timeout',
    // replicated DDL
    createColl: 'createCollection: <*> with provided UUID: <*> and options: <*>',
    indexStart: 'index build: starting on <*> properties: <*> using method: Hybrid',
    indexRam: 'build may temporarily use up to <*> megabytes of RAM',
    indexScan: 'index build: collection scan done. scanned <*> total records in <*> seconds',
    indexInserted: 'index build: inserted <*> keys from external sorter into index in <*> seconds',
    indexDone: 'index build: done building index <*> on ns <*>',
    // shutdown
    gotSignal: 'got signal <*> (<*>), will terminate after current cmd ends',
    closeSockets: 'shutdown: going to close listening sockets...',
    shuttingDownThe: 'Shutting down the <*>',
    wtShutdown: 'WiredTigerKVEngine shutting down',
    removeLock: 'shutdown: removing fs lock...',
    nowExiting: 'now exiting',
    exitCode: 'shutting down with code:<*>',
  },
  scenario(g) {
    const svc = (i) => `mongo-${i}.mongo.db.svc.cluster.local`;
    const self = svc(1);
    let primary = svc(0);
    let term = g.int(20, 60);
    let pid = 1;
    let connId = g.int(800, 3000);
    let open = g.int(30, 60);
    const pool = [];  // open client connections [ip, port]
    const appIps = Array.from({ length: 14 }, () => g.ip('10.42.6'));
    const drivers = [
      [5, '{ driver: { name: "nodejs", version: "4.17.2" }, os: { type: "Linux", name: "linux", architecture: "x64", version: "5.15.0-1057-aws" }, platform: "Node.js v18.19.1, LE (unified)|Node.js v18.19.1, LE (unified)" }'],
      [3, '{ driver: { name: "PyMongo", version: "4.6.2" }, os: { type: "Linux", name: "Linux", architecture: "x86_64", version: "5.15.0-1057-aws" }, platform: "CPython 3.11.8.final.0" }'],
      [2, '{ driver: { name: "mongo-java-driver|sync|spring-boot", version: "4.11.1" }, os: { type: "Linux", name: "Linux", architecture: "amd64", version: "5.15.0-1057-aws" }, platform: "Java/Eclipse Adoptium/17.0.10+7" }'],
      [1, '{ application: { name: "MongoDB Shell" }, driver: { name: "nodejs|mongosh", version: "6.3.0|2.1.5" }, platform: "Node.js v20.11.1, LE", os: { name: "linux", architecture: "x64", version: "3.10.0-327.22.2.el7.x86_64", type: "Linux" } }'],
    ];
    const users = ['shop-api', 'shop-api', 'reporting', 'etl', '__system'];
    const ns = [['shop', 'orders'], ['shop', 'products'], ['shop', 'carts'], ['analytics', 'events'], ['shop', 'customers']];
    const ts = () => `Timestamp(${Math.floor(g.t / 1000)}, ${g.int(1, 40)})`;
    const wtHdr = () => [Math.floor(g.t / 1000), g.int(0, 999999), pid, '0x7f' + g.hex(10)];
    const lsid = () => `lsid: { id: UUID("${g.uuid()}") }, $clusterTime: { clusterTime: ${ts()}, signature: { hash: BinData(0, ${g.hex(40).toUpperCase()}), keyId: ${g.int(7300000000, 7399999999)}${g.int(100000000, 999999999)} } }`;
    const locks = (w = 'r') => `{ ReplicationStateTransition: { acquireCount: { w: 1 } }, Global: { acquireCount: { ${w}: 1 } }, Database: { acquireCount: { ${w}: 1 } }, Collection: { acquireCount: { ${w}: 1 } }, Mutex: { acquireCount: { r: 1 } } }`;
    const storage = () => `{ data: { bytesRead: ${g.int(1000, 90000000)}, timeReadingMicros: ${g.int(100, 900000)} } }`;
    const filterFor = (coll) => ({
      orders: [`{ customerId: ${g.int(1000, 999999)}, status: "${g.pick(['open', 'paid', 'shipped'])}" }`, 'IXSCAN { customerId: 1, status: 1 }'],
      products: [`{ category: "${g.pick(['shoes', 'garden', 'books', 'toys'])}", price: { $lte: ${g.int(10, 500)} } }`, 'IXSCAN { category: 1, price: 1 }'],
      carts: [`{ updatedAt: { $lt: new Date(${g.t - g.int(1, 30) * 86400000}) } }`, 'COLLSCAN'],
      events: [`{ type: "${g.pick(['page_view', 'add_to_cart', 'checkout'])}", ts: { $gte: new Date(${g.t - 3600000}) } }`, 'IXSCAN { type: 1, ts: -1 }'],
      customers: [`{ email: "${g.alnum(8)}@example.com" }`, 'IXSCAN { email: 1 }'],
    }[coll]);

    const boot = (first) => {
      g.e('starting', pid, 27017, '/data/db', self.split('.')[0]);
      g.e('dbVersion', '4.2.25');
      g.e('gitVersion', '41b59c2bfb5121e66f18cc3ef40055a1b5fb6c2e');
      g.e('openssl', 'OpenSSL 1.1.1  11 Sep 2018');
      g.e('allocator', 'tcmalloc');
      g.e('modulesNone');
      g.e('buildEnv');
      g.e('distmod', 'ubuntu1804');
      g.e('distarch', 'x86_64');
      g.e('targetArch', 'x86_64');
      g.e('options', '{ config: "/etc/mongod.conf", net: { bindIp: "0.0.0.0", port: 27017 }, replication: { replSetName: "rs0" }, security: { keyFile: "/etc/mongo-keyfile/key" }, storage: { dbPath: "/data/db", wiredTiger: { engineConfig: { cacheSizeGB: 6.0 } } } }');
      g.e('detectedFiles', '/data/db', 'wiredTiger', 'wiredTiger');
      g.e('wtOpen', 'create,cache_size=6144M,cache_overflow=(file_max=0M),session_max=33000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000,close_scan_interval=10,close_handle_minimum=250),statistics_log=(wait=0),verbose=[recovery_progress,checkpoint_progress],');
      const log = g.int(20, 400);
      g.e('wtRecover', ...wtHdr(), log, log + 1);
      g.e('wtRecover', ...wtHdr(), log + 1, log + 1);
      g.e('wtMainLoop', ...wtHdr(), log, g.int(1000, 99999999), log + 1, 256);
      g.e('wtRecoveryTs', ...wtHdr(), Math.floor(g.t / 1000) - g.int(5, 600), 1);
      g.e('recoverStable', Math.floor(g.t / 1000) - g.int(5, 600), 1);
      g.e('timestampMonitor');
      g.e('thpWarn', '/sys/kernel/mm/transparent_hugepage/enabled', 'always');
      g.e('thpSuggest', 'never');
      if (g.chance(0.7)) { g.e('thpWarn', '/sys/kernel/mm/transparent_hugepage/defrag', 'always'); g.e('thpSuggest', 'never'); }
      g.e('oplogTruncater', 'local.oplog.rs');
      g.e('sizeStorer', g.int(900000, 9000000), g.int(900000000, 9900000000));
      g.e('sampling');
      g.e('wtOplogTook', `${g.int(3, 400)}ms`);
      g.e('flowControl');
      g.e('ftdc', '/data/db/diagnostic.data');
      if (first) {
        g.e('createLocal', 'local.replset.election', g.uuid());
        g.e('createLocal', 'local.replset.minvalid', g.uuid());
      }
      g.e('rollbackId', g.int(1, 9));
      g.e('replStorage');
      g.e('waiting', 27017);
      g.e('newConfig', `{ _id: "rs0", version: ${g.int(3, 9)}, protocolVersion: 1, writeConcernMajorityJournalDefault: true, members: [ { _id: 0, host: "${svc(0)}:27017", arbiterOnly: false, buildIndexes: true, hidden: false, priority: 2.0, tags: {}, slaveDelay: 0, votes: 1 }, { _id: 1, host: "${svc(1)}:27017", arbiterOnly: false, buildIndexes: true, hidden: false, priority: 1.0, tags: {}, slaveDelay: 0, votes: 1 }, { _id: 2, host: "${svc(2)}:27017", arbiterOnly: false, buildIndexes: true, hidden: false, priority: 1.0, tags: {}, slaveDelay: 0, votes: 1 } ], settings: { chainingAllowed: true, heartbeatIntervalMillis: 2000, heartbeatTimeoutSecs: 10, electionTimeoutMillis: 10000, catchUpTimeoutMillis: -1, catchUpTakeoverDelayMillis: 30000 } }`);
      g.e('thisNode', self, 27017);
      g.e('tStartup2');
      g.e('replFetcher');
      g.e('replApplier');
      g.e('replReporter');
      g.e('tRecovering');
      g.e('tSecondary');
      for (const i of [0, 2]) { g.e('connecting', svc(i), 27017); }
      g.e('memberPrimary', primary, 27017);
      g.e('memberSecondary', svc(2), 27017);
      g.e('syncCandidate', primary, 27017);
      g.e('scheduleFetcher', primary, 27017, Math.floor(g.t / 1000), g.int(1, 40), term);
    };

    const openConn = () => {
      const ip = g.zipf(appIps, 0.9), port = g.eport();
      connId++; open++;
      pool.push([ip, port]);
      g.e('accepted', ip, port, connId, open);
      g.e('metadata', ip, port, connId, g.wpick(drivers));
      if (g.chance(0.85)) g.e('authOk', g.zipf(users, 1.2), g.chance(0.8) ? 'admin' : 'shop', ip, port);
    };
    const closeConn = () => {
      if (pool.length < 6) return openConn();
      const [ip, port] = pool.splice(g.int(0, pool.length - 1), 1)[0];
      open--;
      g.e('ended', ip, port, open);
    };
    const slow = () => {
      const [db, coll] = g.zipf(ns, 1.0);
      const [filter, plan] = filterFor(coll);
      const ms = `${g.int(101, 2400)}ms`;
      const kind = g.wpick([[8, 'find'], [3, 'sort'], [2, 'cursor'], [2, 'getMore'], [2, 'cached'], [1, 'agg']]);
      const keys = plan === 'COLLSCAN' ? 0 : g.int(1, 90000);
      const docs = plan === 'COLLSCAN' ? g.int(50000, 9000000) : keys;
      const qh = g.hex(8).toUpperCase(), pk = g.hex(8).toUpperCase();
      const rp = '$readPreference: { mode: "secondaryPreferred" }';
      const findDoc = (extra = '') => `{ find: "${coll}", filter: ${filter}${extra}, ${lsid()}, $db: "${db}", ${rp} }`;
      const nret = g.int(0, 101);
      if (kind === 'find') g.e('slowFind', `${db}.${coll}`, 'find', findDoc(), plan, keys, docs, 1, g.int(0, 900), nret, qh, pk, g.int(100, 900000), locks(), storage(), ms);
      else if (kind === 'cached') g.e('slowFindCached', `${db}.${coll}`, 'find', findDoc(), plan, keys, docs, 1, g.int(0, 20), nret, qh, pk, g.int(100, 900000), locks(), ms);
      else if (kind === 'sort') g.e('slowFindSort', `${db}.${coll}`, 'find', findDoc(', sort: { createdAt: -1 }, limit: 50'), plan, keys, docs, 1, 1, g.int(0, 900), Math.min(nret, 50), qh, pk, g.int(100, 90000), locks(), storage(), ms);
      else if (kind === 'agg') g.e('slowFindSort', `${db}.${coll}`, 'aggregate', `{ aggregate: "${coll}", pipeline: [ { $match: ${filter} }, { $group: { _id: "$${g.pick(['status', 'category', 'type'])}", n: { $sum: 1 } } }, { $sort: { n: -1 } } ], cursor: {}, ${lsid()}, $db: "${db}", ${rp} }`, plan, keys, docs, 1, 1, g.int(0, 900), g.int(1, 40), qh, pk, g.int(100, 9000), locks(), storage(), ms);
      else if (kind === 'cursor') g.e('slowFindCursor', `${db}.${coll}`, 'find', findDoc(', batchSize: 1000'), plan, g.int(7000000000, 8999999999), keys, docs, g.int(0, 900), 101, qh, pk, g.int(100000, 9000000), locks(), storage(), ms);
      else g.e('slowGetMore', `${db}.${coll}`, 'getMore', `{ getMore: ${g.int(7000000000, 8999999999)}, collection: "${coll}", batchSize: 1000, ${lsid()}, $db: "${db}" }`, findDoc(', batchSize: 1000'), plan, g.int(7000000000, 8999999999), keys, docs, g.pick([0, 1]), g.int(0, 900), g.int(100, 1000), g.int(100000, 9000000), locks(), storage(), ms);
    };
    const applied = () => {
      const [db, coll] = g.zipf(ns, 1.0);
      const op = g.wpick([[5, 'u'], [3, 'i'], [1, 'd']]);
      const o = op === 'u' ? `{ $v: 1, $set: { status: "${g.pick(['paid', 'shipped', 'delivered'])}", updatedAt: new Date(${g.t}) } }` : op === 'i' ? `{ _id: ObjectId('${g.hex(24)}'), customerId: ${g.int(1000, 999999)}, items: [ { sku: "SKU-${g.int(10000, 99999)}", qty: ${g.int(1, 5)} } ], status: "open" }` : `{ _id: ObjectId('${g.hex(24)}') }`;
      const o2 = op === 'u' ? `, o2: { _id: ObjectId('${g.hex(24)}') }` : '';
      g.e('appliedCrud', `{ ts: ${ts()}, t: ${term}, h: 0, v: 2, op: "${op}", ns: "${db}.${coll}", ui: UUID("${g.uuid()}")${o2}, wall: new Date(${g.t}), o: ${o} }`, `${g.int(101, 1900)}ms`);
    };
    const hbErr = (target, n) => {
      for (let i = 0; i < n; i++) {
        g.e('heartbeatErr', g.int(100000, 999999), target, 27017, g.pick([`HostUnreachable: Error connecting to ${target}:27017 (10.42.0.7:27017) :: caused by :: Connection refused`, `NetworkInterfaceExceededTimeLimit: Couldn't get a connection within the time limit`, `HostUnreachable: Error connecting to ${target}:27017 :: caused by :: Could not find address for ${target}:27017: SocketException: Host not found (authoritative)`]));
        g.advance(2000);
      }
    };
    const indexBuild = () => {
      const [db, coll] = g.pick(ns.slice(0, 3));
      const field = g.pick(['createdAt', 'sku', 'updatedAt']);
      const name = `${field}_1`;
      g.e('appliedCmd', `{ ts: ${ts()}, t: ${term}, h: 0, v: 2, op: "c", ns: "${db}.$cmd", ui: UUID("${g.uuid()}"), wall: new Date(${g.t}), o: { createIndexes: "${coll}", v: 2, key: { ${field}: 1 }, name: "${name}", background: true } }`, `${g.commas(g.int(2000, 90000))}ms`);
      g.e('indexStart', `${db}.${coll}`, `{ v: 2, key: { ${field}: 1 }, name: "${name}", ns: "${db}.${coll}", background: true }`);
      g.e('indexRam', 500);
      g.advance(g.int(2000, 60000));
      const n = g.int(100000, 9000000);
      g.e('indexScan', n, g.int(1, 90));
      g.e('indexInserted', n, g.int(0, 30));
      g.e('indexDone', name, `${db}.${coll}`);
    };

    drive(g, {
      gapMs: 4000,
      startup: () => { boot(true); for (let i = 0; i < 8; i++) openConn(); },
      steady: [
        [16, openConn],
        [15, closeConn],
        [20, slow],
        [6, applied],
        [2.5, () => g.e('wtCheckpoint', ...wtHdr(), g.int(61, 300), g.int(10000, 900000), g.int(100, 9000))],
        [1.2, () => { const ip = g.ip('10.42.9'), u = g.pick(['admin', 'root', 'shop-api', 'test']); for (let i = 0, n = g.int(1, 6); i < n; i++) { const p = g.eport(); g.e('accepted', ip, p, ++connId, ++open); if (u === 'test') g.e('authFailNoUser', 'SCRAM-SHA-256', u, 'admin', ip, p, u, 'admin'); else g.e('authFailScram', g.pick(['SCRAM-SHA-1', 'SCRAM-SHA-256']), u, 'admin', ip, p); g.e('ended', ip, p, --open); } }],
        [1, () => { if (pool.length < 6) return openConn(); const [ip, port] = pool.splice(g.int(0, pool.length - 1), 1)[0]; open--; g.e('sendErr', g.pick(['SocketException: Broken pipe', 'SocketException: Connection reset by peer']), ip, port, connId - g.int(0, 300)); }],
        [0.6, () => g.e('storageStatsTimeout')],
        [0.4, () => { const coll = `tmp_report_${g.alnum(6)}`; g.e('createColl', `analytics.${coll}`, g.uuid(), `{ uuid: UUID("${g.uuid()}") }`); }],
      ],
      rare: [
        indexBuild,
        indexBuild,
        () => g.e('createColl', 'analytics.events_capped', g.uuid(), `{ uuid: UUID("${g.uuid()}"), capped: true, size: 1073741824, max: 5000000 }`),
        () => { g.e('cancelOplog', primary, 27017, Math.floor(g.t / 1000), g.int(1, 40), term, -1); g.e('syncCandidate', primary, 27017); g.e('scheduleFetcher', primary, 27017, Math.floor(g.t / 1000), g.int(1, 40), term); },
        () => { g.e('endingConn', svc(2), 27017, 'HostUnreachable: Connection reset by peer', 0); g.e('connecting', svc(2), 27017); },
        () => {
          // the primary's node is drained; this member wins the election, later steps down again
          const old = primary;
          hbErr(old, 3);
          g.e('memberDown', old, 27017);
          g.e('electionStart', '10000ms');
          g.e('dryRun', term);
          g.e('dryRunOk', term + 1);
          term++;
          g.e('electionWon', term);
          g.e('tPrimary');
          g.e('catchupEnter');
          g.e('catchupExit');
          g.e('stopProducer');
          g.e('writesPermitted');
          primary = self;
          for (let i = 0; i < 6; i++) { slow(); g.advance(g.int(500, 5000)); }
          hbErr(old, 2);
          g.advance(90000);
          g.e('connecting', old, 27017);
          g.e('memberSecondary', old, 27017);
          g.advance(30000);
          g.e('killOps');
          g.e('killedOps');
          term++;
          g.e('stepDownTerm', term);
          g.e('tSecFromPrimary');
          primary = old;
          g.e('memberPrimary', old, 27017);
          g.e('syncCandidate', old, 27017);
          g.e('scheduleFetcher', old, 27017, Math.floor(g.t / 1000), g.int(1, 40), term);
        },
        () => {
          // planned restart for a config change
          g.e('gotSignal', 15, 'Terminated');
          g.e('closeSockets');
          for (const c of ['LogicalSessionCache', 'Global Service Executor', 'FreeMonController', 'full-time diagnostic data capture', 'TTL monitor']) g.e('shuttingDownThe', c);
          g.e('wtShutdown');
          g.e('removeLock');
          g.e('nowExiting');
          g.e('exitCode', 0);
          open = 0; pool.length = 0;
          g.advance(20000);
          pid = 1;
          boot(false);
          for (let i = 0; i < 6; i++) openConn();
        },
      ],
    });
  },
});

// ================================================================ Nginx ====
// nginx 1.25 reverse proxy (error_log at level info) in front of an API, a
// web front end, a PHP blog (php-fpm) and a static site.
// Raw line: "2024/04/16 10:00:00 [error] 31#31: <message>"
// -> Content is <message> (timestamp, level and pid#tid split off); the
//    "*1234" connection number is part of the message and stays.
const NGX_CTX = ', client: <*>, server: <*>, request: "<*>", host: "<*>"';
const NGX_CTX_REF = NGX_CTX + ', referrer: "<*>"';
const NGX_CTX_UP = ', client: <*>, server: <*>, request: "<*>", upstream: "<*>", host: "<*>"';
const NGX_CTX_UP_REF = NGX_CTX_UP + ', referrer: "<*>"';
const NGX_CTX_SRV = ', client: <*>, server: <*>:<*>';
SYSTEMS.push({
  name: 'Nginx',
  templates: {
    // master process and configuration
    eventMethod: 'using the "<*>" event method',
    version: 'nginx/<*>',
    builtBy: 'built by gcc <*> (<*>)',
    builtWith: 'built with OpenSSL <*>',
    os: 'OS: <*>',
    rlimit: 'getrlimit(RLIMIT_NOFILE): <*>:<*>',
    startWorkers: 'start worker processes',
    startWorker: 'start worker process <*>',
    startCacheMgr: 'start cache manager process <*>',
    startCacheLoader: 'start cache loader process <*>',
    httpFileCache: 'http file cache: <*> <*>, bsize: <*>',
    cacheLoaderExited: 'cache loader process <*> exited with code <*>',
    sigHup: 'signal <*> (SIGHUP) received from <*>, reconfiguring',
    reconfiguring: 'reconfiguring',
    sigChld: 'signal <*> (SIGCHLD) received from <*>',
    workerExited: 'worker process <*> exited with code <*>',
    gracefully: 'gracefully shutting down',
    exiting: 'exiting',
    exit: 'exit',
    sigUsr1: 'signal <*> (SIGUSR1) received from <*>, reopening logs',
    reopening: 'reopening logs',
    sigQuit: 'signal <*> (SIGQUIT) received from <*>, shutting down',
    signalProcess: 'signal process started',
    conflictingName: 'conflicting server name "<*>" on <*>:<*>, ignored',
    stapling: '"ssl_stapling" ignored, issuer certificate not found for certificate "<*>"',
    http2Deprecated: 'the "listen ... http2" directive is deprecated, use the "http2" directive instead in <*>:<*>',
    hashWarn: 'could not build optimal proxy_headers_hash, you should increase either proxy_headers_hash_max_size: <*> or proxy_headers_hash_bucket_size: <*>; ignoring proxy_headers_hash_bucket_size',
    workerConns: '<*> worker_connections are not enough',
    accept4: 'accept4() failed (24: Too many open files)',
    // upstream trouble
    upTimeoutHdr: '*<*> upstream timed out (110: Connection timed out) while reading response header from upstream' + NGX_CTX_UP,
    upTimeoutHdrRef: '*<*> upstream timed out (110: Connection timed out) while reading response header from upstream' + NGX_CTX_UP_REF,
    upTimeoutConn: '*<*> upstream timed out (110: Connection timed out) while connecting to upstream' + NGX_CTX_UP,
    connRefused: '*<*> connect() failed (111: Connection refused) while connecting to upstream' + NGX_CTX_UP,
    noLive: '*<*> no live upstreams while connecting to upstream' + NGX_CTX_UP,
    disabledConn: '*<*> upstream server temporarily disabled while connecting to upstream' + NGX_CTX_UP,
    disabledHdr: '*<*> upstream server temporarily disabled while reading response header from upstream' + NGX_CTX_UP,
    premature: '*<*> upstream prematurely closed connection while reading response header from upstream' + NGX_CTX_UP,
    resetHdr: '*<*> recv() failed (104: Connection reset by peer) while reading response header from upstream' + NGX_CTX_UP,
    resetUpgraded: '*<*> recv() failed (104: Connection reset by peer) while proxying upgraded connection' + NGX_CTX_UP,
    bigHeader: '*<*> upstream sent too big header while reading response header from upstream' + NGX_CTX_UP,
    bufferedResp: '*<*> an upstream response is buffered to a temporary file <*> while reading upstream' + NGX_CTX_UP,
    fastcgi: '*<*> FastCGI sent in stderr: "<*>" while reading response header from upstream' + NGX_CTX_UP,
    clientPremature: '*<*> epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream' + NGX_CTX_UP,
    writevBroken: '*<*> writev() failed (32: Broken pipe) while sending to client' + NGX_CTX_UP,
    notResolved: '*<*> <*> could not be resolved (3: Host not found)' + NGX_CTX,
    // files and access control
    openFailed: '*<*> open() "<*>" failed (2: No such file or directory)' + NGX_CTX,
    openFailedRef: '*<*> open() "<*>" failed (2: No such file or directory)' + NGX_CTX_REF,
    openDenied: '*<*> open() "<*>" failed (13: Permission denied)' + NGX_CTX,
    notFound: '*<*> "<*>" is not found (2: No such file or directory)' + NGX_CTX,
    dirForbidden: '*<*> directory index of "<*>" is forbidden' + NGX_CTX,
    ruleForbidden: '*<*> access forbidden by rule' + NGX_CTX,
    uninitVar: '*<*> using uninitialized "<*>" variable' + NGX_CTX,
    // limits and request bodies
    limitReq: '*<*> limiting requests, excess: <*> by zone "<*>"' + NGX_CTX,
    delayReq: '*<*> delaying request, excess: <*>, by zone "<*>"' + NGX_CTX,
    limitConn: '*<*> limiting connections by zone "<*>"' + NGX_CTX,
    tooLargeBody: '*<*> client intended to send too large body: <*> bytes' + NGX_CTX,
    bufferedBody: '*<*> a client request body is buffered to a temporary file <*>' + NGX_CTX,
    // client connections (info level)
    keepaliveClosed: '*<*> client <*> closed keepalive connection',
    keepaliveReset: '*<*> client <*> closed keepalive connection (104: Connection reset by peer)',
    waitClosed: '*<*> client closed connection while waiting for request' + NGX_CTX_SRV,
    waitTimeout: '*<*> client timed out (110: Connection timed out) while waiting for request' + NGX_CTX_SRV,
    sslHandshake: '*<*> SSL_do_handshake() failed (SSL: error:<*>:SSL routines::<*>) while SSL handshaking' + NGX_CTX_SRV,
    sslPeerReset: '*<*> peer closed connection in SSL handshake (104: Connection reset by peer) while SSL handshaking' + NGX_CTX_SRV,
    sslPeerClosed: '*<*> peer closed connection in SSL handshake while SSL handshaking' + NGX_CTX_SRV,
  },
  scenario(g) {
    let cid = g.int(200000, 900000);
    const conn = () => (cid += g.int(1, 60));
    let workers = [];
    let nextPid = g.int(20, 40);
    const clients = Array.from({ length: 50 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2', '10.42'])));
    const scanners = Array.from({ length: 6 }, () => g.ip(g.pick(['198.51.100', '203.0.113'])));
    const api = ['10.42.3.11', '10.42.3.12', '10.42.3.13'];
    const web = ['10.42.4.21', '10.42.4.22'];
    const cl = () => g.zipf(clients, 0.8);
    const apiPaths = ['/api/v1/cart', '/api/v1/products?page=2', '/api/v1/orders', '/api/v1/session', '/api/v2/search?q=garden+chair', '/api/v1/users/me', '/api/v1/checkout', '/api/v1/reports/export?format=csv'];
    const webPaths = ['/', '/checkout', '/product/', '/account/orders', '/login', '/cart'];
    const httpv = () => g.wpick([[5, 'HTTP/1.1'], [4, 'HTTP/2.0']]);
    const apiReq = () => {
      const p = g.zipf(apiPaths, 0.9);
      const m = p === '/api/v1/orders' || p === '/api/v1/checkout' ? g.pick(['POST', 'GET']) : p === '/api/v1/session' ? g.pick(['GET', 'DELETE', 'POST']) : 'GET';
      return [`${m} ${p} ${httpv()}`, p];
    };
    const upApi = (p) => `http://${g.pick(api)}:8080${p}`;
    const apiCtx = () => { const [r, p] = apiReq(); return [cl(), 'api.example.com', r, upApi(p), 'api.example.com']; };
    const webCtx = () => { let p = g.zipf(webPaths, 0.9); if (p.endsWith('/') && p.length > 1) p += g.int(1000, 99999); return [cl(), 'shop.example.com', `GET ${p} ${httpv()}`, `http://${g.pick(web)}:3000${p}`, 'shop.example.com']; };
    const upCtx = () => (g.chance(0.7) ? apiCtx() : webCtx());
    const ref = () => g.pick(['https://shop.example.com/', 'https://shop.example.com/cart', 'https://www.example.com/search?q=garden', 'https://blog.example.com/2024/03/spring-sale/']);
    const srvAddr = () => [cl(), g.pick(['0.0.0.0', '0.0.0.0', '[::]']), g.pick([443, 443, 443, 80])];
    const blogCtx = (path) => [cl(), 'blog.example.com', `GET ${path} HTTP/1.1`, 'fastcgi://unix:/run/php/php8.2-fpm.sock:', 'blog.example.com'];

    const startWorkers = (n) => { workers = []; for (let i = 0; i < n; i++) { workers.push(nextPid); g.e('startWorker', nextPid++); } };
    const boot = () => {
      g.e('http2Deprecated', '/etc/nginx/conf.d/api.conf', 12);
      g.e('http2Deprecated', '/etc/nginx/conf.d/shop.conf', 9);
      g.e('conflictingName', 'www.example.com', '0.0.0.0', 443);
      g.e('eventMethod', 'epoll');
      g.e('version', '1.25.4');
      g.e('builtBy', '12.2.0', 'Debian 12.2.0-14');
      g.e('builtWith', 'OpenSSL 3.0.11 19 Sep 2023');
      g.e('os', 'Linux 6.1.0-18-cloud-amd64');
      g.e('rlimit', 1048576, 1048576);
      g.e('startWorkers');
      startWorkers(8);
      g.e('startCacheMgr', nextPid++);
      const loader = nextPid++;
      g.e('startCacheLoader', loader);
      g.advance(60000);
      g.e('httpFileCache', '/var/cache/nginx/proxy', `${g.float(0, 900, 3)}M`, 4096);
      g.e('httpFileCache', '/var/cache/nginx/static', `${g.float(0, 90, 3)}M`, 4096);
      g.e('sigChld', 17, loader);
      g.e('cacheLoaderExited', loader, 0);
    };
    const reload = () => {
      g.e('signalProcess');
      g.e('sigHup', 1, nextPid++);
      g.e('reconfiguring');
      g.e('eventMethod', 'epoll');
      const old = workers;
      g.e('startWorkers');
      startWorkers(8);
      g.e('startCacheMgr', nextPid++);
      for (const w of old) { if (g.chance(0.9)) { g.e('gracefully'); g.e('exiting'); g.e('exit'); } }
      for (const w of old) { g.e('sigChld', 17, w); g.e('workerExited', w, 0); }
    };
    const upBurst = (key, n, ctxFn = upCtx) => { for (let i = 0; i < n; i++) { g.e(key, conn(), ...ctxFn()); g.advance(g.int(10, 3000)); } };

    drive(g, {
      gapMs: 2500,
      startup: boot,
      steady: [
        [30, () => g.e('keepaliveClosed', conn(), cl())],
        [4, () => g.e('keepaliveReset', conn(), cl())],
        [6, () => g.e('waitClosed', conn(), ...srvAddr())],
        [2.5, () => g.e('waitTimeout', conn(), ...srvAddr())],
        [6, () => upBurst('upTimeoutHdr', g.int(1, 4))],
        [1.2, () => { const c = upCtx(); g.e('upTimeoutHdrRef', conn(), ...c, ref()); }],
        [1.5, () => upBurst('upTimeoutConn', g.int(1, 2))],
        [2.5, () => upBurst('connRefused', g.int(1, 3))],
        [2.5, () => upBurst('premature', 1)],
        [1.6, () => upBurst('resetHdr', 1)],
        [3, () => upBurst('bufferedResp', 1, () => { const c = apiCtx(); return [`/var/cache/nginx/proxy_temp/${g.int(0, 9)}/${pad(g.int(0, 99))}/00000${g.int(10000, 99999)}`, c[0], c[1], 'GET /api/v1/reports/export?format=csv HTTP/1.1', c[3].replace(/\/api.*/, '/api/v1/reports/export?format=csv'), c[4]]; })],
        [2.5, () => { const v = g.wpick([
          [4, ['PHP message: PHP Warning:  Undefined array key "page" in /var/www/blog/wp-content/themes/acme/functions.php on line 212', '/?page_id=42']],
          [2, ['PHP message: PHP Deprecated:  Creation of dynamic property Acme_Widget::$cache is deprecated in /var/www/blog/wp-content/plugins/acme-widgets/widget.php on line 57', '/2024/03/spring-sale/']],
          [1, ['PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/blog/wp-includes/class-wpdb.php:1982', '/']],
          [2, ['Primary script unknown', '/wp-login.php']]]);
          g.e('fastcgi', conn(), v[0], ...blogCtx(v[1])); }],
        [1, () => upBurst('clientPremature', 1)],
        [1, () => upBurst('writevBroken', 1)],
        [0.8, () => upBurst('resetUpgraded', 1, () => [cl(), 'api.example.com', 'GET /ws/notifications HTTP/1.1', `http://${g.pick(api)}:8080/ws/notifications`, 'api.example.com'])],
        [0.5, () => upBurst('bigHeader', 1)],
        [8, () => { const p = g.zipf(['/var/www/shop/favicon.ico', '/var/www/shop/robots.txt', '/var/www/shop/apple-touch-icon.png', '/var/www/shop/apple-touch-icon-precomposed.png', '/var/www/shop/.env', '/var/www/shop/wp-login.php', '/var/www/shop/.git/config'], 0.9);
          g.e('openFailed', conn(), p, p.includes('.env') || p.includes('wp-') || p.includes('.git') ? g.pick(scanners) : cl(), 'shop.example.com', `GET ${p.slice(13)} HTTP/1.1`, 'shop.example.com'); }],
        [2.5, () => { const p = g.pick(['/var/www/static/img/products/', '/var/www/static/fonts/inter-var.woff2', '/var/www/static/css/app.0c1d2e.css']); const f = p.endsWith('/') ? `${p}${g.int(1000, 99999)}.webp` : p; g.e('openFailedRef', conn(), f, cl(), 'static.example.com', `GET ${f.slice(15)} HTTP/2.0`, 'static.example.com', ref()); }],
        [1.2, () => g.e('notFound', conn(), `/var/www/shop/${g.pick(['admin', 'backup', 'old', 'phpmyadmin'])}/index.html`, g.pick(scanners), 'shop.example.com', `GET /${g.pick(['admin', 'backup', 'old', 'phpmyadmin'])}/ HTTP/1.1`, 'shop.example.com')],
        [0.8, () => { const d = g.pick(['uploads', 'static/img', 'downloads']); g.e('dirForbidden', conn(), `/var/www/static/${d}/`, g.pick(scanners), 'static.example.com', `GET /${d}/ HTTP/1.1`, 'static.example.com'); }],
        [1.5, () => g.e('ruleForbidden', conn(), g.pick(scanners), 'shop.example.com', `GET /${g.pick(['.htaccess', '.git/HEAD', 'server-status', '.DS_Store'])} HTTP/1.1`, 'shop.example.com')],
        [2.5, () => { const ip = g.pick(scanners.concat(clients.slice(0, 3))); const [r] = apiReq(); for (let i = 0, n = g.int(1, 6); i < n; i++) { g.e('limitReq', conn(), `${g.int(10, 40)}.${pad(g.int(0, 999), 3)}`, 'api_per_ip', ip, 'api.example.com', r, 'api.example.com'); g.advance(g.int(5, 400)); } }],
        [2, () => { const ip = cl(); for (let i = 0, n = g.int(1, 3); i < n; i++) g.e('delayReq', conn(), `${g.int(1, 9)}.${pad(g.int(0, 999), 3)}`, 'login', ip, 'shop.example.com', 'POST /login HTTP/1.1', 'shop.example.com'); }],
        [0.6, () => g.e('limitConn', conn(), 'perip', g.pick(scanners), 'static.example.com', `GET /downloads/catalog-2024.pdf HTTP/1.1`, 'static.example.com')],
        [1, () => g.e('tooLargeBody', conn(), g.int(10485761, 90000000), cl(), 'api.example.com', 'POST /api/v1/uploads HTTP/1.1', 'api.example.com')],
        [3.5, () => g.e('bufferedBody', conn(), `/var/cache/nginx/client_temp/00000${g.int(10000, 99999)}`, cl(), 'api.example.com', g.pick(['POST /api/v1/uploads HTTP/1.1', 'PUT /api/v1/products/import HTTP/1.1', 'POST /api/v1/orders HTTP/2.0']), 'api.example.com')],
        [5, () => { const [c, , port] = srvAddr(); const [code, why] = g.wpick([[4, ['0A000102', 'unsupported protocol']], [2, ['0A0000C1', 'no shared cipher']], [1, ['0A00006C', 'bad key share']], [1, ['0A00010B', 'wrong version number']]]); g.e('sslHandshake', conn(), code, why, c, '0.0.0.0', 443); }],
        [1.5, () => g.e('sslPeerReset', conn(), cl(), '0.0.0.0', 443)],
        [1, () => g.e('sslPeerClosed', conn(), g.pick(scanners), '0.0.0.0', 443)],
      ],
      rare: [
        reload,
        reload,
        () => { g.e('sigUsr1', 10, nextPid++); for (let i = 0; i < workers.length; i++) g.e('reopening'); },
        () => { g.e('hashWarn', 512, 64); reload(); },
        () => { g.e('stapling', '/etc/nginx/tls/shop.example.com.crt'); },
        () => { g.e('workerConns', 4096); g.e('workerConns', 4096); g.e('accept4'); },
        () => { g.e('uninitVar', conn(), 'upstream_region', cl(), 'api.example.com', 'GET /api/v1/products?page=2 HTTP/2.0', 'api.example.com'); },
        () => { for (let i = 0; i < 3; i++) g.e('notResolved', conn(), 'payments.internal.example.com', cl(), 'api.example.com', 'POST /api/v1/checkout HTTP/2.0', 'api.example.com'); },
        () => { g.e('openDenied', conn(), '/var/www/static/downloads/price-list.pdf', cl(), 'static.example.com', 'GET /downloads/price-list.pdf HTTP/1.1', 'static.example.com'); g.e('openDenied', conn(), '/var/www/static/downloads/price-list.pdf', cl(), 'static.example.com', 'GET /downloads/price-list.pdf HTTP/2.0', 'static.example.com'); },
        () => {
          // one API backend crashes: refused connections, then no live upstreams
          upBurst('connRefused', 3, apiCtx);
          upBurst('disabledConn', 2, apiCtx);
          upBurst('noLive', g.int(3, 6), () => { const c = apiCtx(); c[3] = c[3].replace(/\d+\.\d+\.\d+\.\d+:8080/, 'api_backend'); return c; });
          upBurst('disabledHdr', 1, apiCtx);
        },
        () => {
          // container restart
          g.e('signalProcess');
          g.e('sigQuit', 3, nextPid++);
          for (const w of workers) { g.e('gracefully'); g.e('exiting'); g.e('exit'); }
          g.advance(15000);
          nextPid = g.int(20, 40);
          boot();
        },
      ],
    });
  },
});

// =============================================================== Tomcat ====
// Apache Tomcat 10.1 (catalina.out, JULI OneLineFormatter) running a Spring
// shop application (shop.war, admin.war) with a tomcat-jdbc pool; the
// application logs through java.util.logging into the same stream.
// Raw line: "16-Apr-2024 10:00:00.123 INFO [main] org.apache.catalina.startup.Catalina.start <message>"
// -> Content is <message> (timestamp, level, [thread] and source class.method split off).
SYSTEMS.push({
  name: 'Tomcat',
  templates: {
    // VersionLoggerListener
    srvVersionName: 'Server version name:   Apache Tomcat/<*>',
    srvBuilt: 'Server built:          <*>',
    srvVersionNum: 'Server version number: <*>',
    osName: 'OS Name:               <*>',
    osVersion: 'OS Version:            <*>',
    arch: 'Architecture:          <*>',
    javaHome: 'Java Home:             <*>',
    jvmVersion: 'JVM Version:           <*>',
    jvmVendor: 'JVM Vendor:            <*>',
    catBase: 'CATALINA_BASE:         <*>',
    catHome: 'CATALINA_HOME:         <*>',
    cmdArg: 'Command line argument: <*>',
    aprNotFound: 'The Apache Tomcat Native library which allows using OpenSSL was not found on the java.library.path: [<*>]',
    // lifecycle
    initHandler: 'Initializing ProtocolHandler ["<*>"]',
    startHandler: 'Starting ProtocolHandler ["<*>"]',
    pauseHandler: 'Pausing ProtocolHandler ["<*>"]',
    stopHandler: 'Stopping ProtocolHandler ["<*>"]',
    destroyHandler: 'Destroying ProtocolHandler ["<*>"]',
    serverInit: 'Server initialization in [<*>] milliseconds',
    startService: 'Starting service [<*>]',
    startEngine: 'Starting Servlet engine: [Apache Tomcat/<*>]',
    deployWar: 'Deploying web application archive [<*>]',
    deployWarDone: 'Deployment of web application archive [<*>] has finished in [<*>] ms',
    deployDir: 'Deploying web application directory [<*>]',
    deployDirDone: 'Deployment of web application directory [<*>] has finished in [<*>] ms',
    tldScan: 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.',
    secureRandom: 'Creation of SecureRandom instance for session ID generation using [<*>] took [<*>] milliseconds.',
    startupIn: 'Server startup in [<*>] milliseconds',
    springRoot: 'Initializing Spring root WebApplicationContext',
    springDispatcher: "Initializing Spring DispatcherServlet '<*>'",
    completedInit: 'Completed initialization in <*> ms',
    shutdownCmd: 'A valid shutdown command was received via the shutdown port. Stopping the Server instance.',
    stopService: 'Stopping service [<*>]',
    leakThread: 'The web application [<*>] appears to have started a thread named [<*>] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:',
    leakJdbc: 'The web application [<*>] registered the JDBC driver [<*>] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered.',
    leakThreadLocal: 'The web application [<*>] created a ThreadLocal with key of type [<*>] (value [<*>]) and a value of type [<*>] (value [<*>]) but failed to remove it when the web application was stopped. Threads are going to be renewed over time to try and avoid a probable memory leak.',
    undeploy: 'Undeploying context [<*>]',
    reloadStart: 'Reloading Context with name [<*>] has started',
    reloadDone: 'Reloading Context with name [<*>] is completed',
    listenerExc: 'Exception sending context initialized event to listener instance of class [<*>]',
    beanCreation: "org.springframework.beans.factory.BeanCreationException: Error creating bean with name '<*>' defined in <*>: <*>",
    listenersFailed: 'One or more listeners failed to start. Full details will be found in the appropriate container log file',
    contextFailed: 'Context [<*>] startup failed due to previous errors',
    illegalAccess: 'Illegal access: this web application instance has been stopped already. Could not load [<*>]. The following stack trace is thrown for debugging purposes as well as to attempt to terminate the thread which caused the illegal access.',
    // request processing
    parseHeader: 'Error parsing HTTP request header',
    parseNote: 'Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.',
    invalidMethod: 'java.lang.IllegalArgumentException: Invalid character found in method name [<*>]. HTTP method names must be tokens',
    invalidTarget: 'java.lang.IllegalArgumentException: Invalid character found in the request target [<*>]. The valid characters are defined in RFC 7230 and RFC 3986',
    servletExcRoot: 'Servlet.service() for servlet [<*>] in context with path [<*>] threw exception [<*>] with root cause',
    servletExc: 'Servlet.service() for servlet [<*>] in context with path [<*>] threw exception',
    npe: 'java.lang.NullPointerException: Cannot invoke "<*>" because "<*>" is null',
    npeReturn: 'java.lang.NullPointerException: Cannot invoke "<*>" because the return value of "<*>" is null',
    sqlDup: 'org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "<*>"',
    sqlTimeout: 'org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout',
    poolEmpty: 'org.apache.tomcat.jdbc.pool.PoolExhaustedException: [<*>] Timeout: Pool empty. Unable to fetch a connection in <*> seconds, none available[size:<*>; busy:<*>; idle:<*>; lastwait:<*>].',
    failedProcessing: 'Failed to complete processing of a request',
    clientAbort: 'org.apache.catalina.connector.ClientAbortException: java.io.IOException: <*>',
    cookie: 'A cookie header was received [<*>] that contained an invalid cookie. That cookie will be ignored.',
    cookieNote: 'Note: further occurrences of this error will be logged at DEBUG level.',
    paramsChunk: 'Parameters: Invalid chunk starting at byte [<*>] and ending at byte [<*>] with a value of [<*>] ignored',
    paramsNote: 'Note: further occurrences of Parameter errors will be logged at DEBUG level.',
    charDecoding: 'Character decoding failed. Parameter [<*>] with value [<*>] has been ignored. Note that the name and value quoted here may be corrupted due to the failed decoding. Use debug level logging to see the original, non-corrupted values.',
    maxParams: 'More than the maximum number of request parameters (GET plus POST) for a single request ([<*>]) were detected. Any parameters beyond this limit have been ignored. To change this limit, set the maxParameterCount attribute on the Connector.',
    stuck: 'Thread [<*>] (id=[<*>]) has been active for [<*>] milliseconds (since [<*>]) to serve the same request for [<*>] and may be stuck (configured threshold for this StuckThreadDetectionValve is [<*>] seconds). There is/are [<*>] thread(s) in total that are monitored by this Valve and may be stuck.',
    unstuck: 'Thread [<*>] (id=[<*>]) was previously reported to be stuck but has completed. It was active for approximately [<*>] milliseconds. There is/are still [<*>] thread(s) that are monitored by this Valve and may be stuck.',
    abandoned: 'Connection has been abandoned PooledConnection[<*>]:<*>',
    maxThreads: 'Maximum number of threads (<*>) created for connector with address [<*>] and port [<*>]',
    // application messages (java.util.logging)
    payRetry: 'Payment provider responded <*> for order <*> (took <*>), retrying (attempt <*>/<*>)',
    payFailed: 'Payment for order <*> failed after <*> attempts: <*>',
    orderPlaced: 'Order <*> placed by customer <*>: <*> items, total <*> <*>',
    loginRejected: 'Rejected login for user <*> from <*>: bad credentials',
    loginLocked: 'Rejected login for user <*> from <*>: account locked',
    jobDone: 'Scheduled job <*> finished in <*> ms, processed <*> records',
    cacheEvict: 'Evicted <*> entries from cache [<*>] (size=<*>, hitRatio=<*>)',
  },
  scenario(g) {
    const execThread = () => `http-nio-8080-exec-${g.int(1, 200)}`;
    const stuckNow = [];
    const shop = '/usr/local/tomcat/webapps/shop.war';
    const admin = '/usr/local/tomcat/webapps/admin.war';
    const clients = Array.from({ length: 30 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '10.42'])));
    const boot = () => {
      g.e('srvVersionName', '10.1.19');
      g.e('srvBuilt', 'Feb 14 2024 20:15:31 UTC');
      g.e('srvVersionNum', '10.1.19.0');
      g.e('osName', 'Linux');
      g.e('osVersion', '6.1.0-18-cloud-amd64');
      g.e('arch', 'amd64');
      g.e('javaHome', '/opt/java/openjdk');
      g.e('jvmVersion', '17.0.10+7');
      g.e('jvmVendor', 'Eclipse Adoptium');
      g.e('catBase', '/usr/local/tomcat');
      g.e('catHome', '/usr/local/tomcat');
      for (const a of ['--add-opens=java.base/java.lang=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/java.util=ALL-UNNAMED',
        '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED', '--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
        '-Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties', '-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager',
        '-Xms2g', '-Xmx2g', '-XX:+UseG1GC', '-Dspring.profiles.active=prod', '-Djdk.tls.ephemeralDHKeySize=2048',
        '-Djava.protocol.handler.pkgs=org.apache.catalina.webresources', '-Dorg.apache.catalina.security.SecurityListener.UMASK=0027',
        '-Dcatalina.base=/usr/local/tomcat', '-Dcatalina.home=/usr/local/tomcat', '-Djava.io.tmpdir=/usr/local/tomcat/temp']) g.e('cmdArg', a);
      g.e('aprNotFound', '/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib');
      g.e('initHandler', 'http-nio-8080');
      g.e('initHandler', 'ajp-nio-127.0.0.1-8009');
      g.e('serverInit', g.int(600, 1400));
      g.e('startService', 'Catalina');
      g.e('startEngine', '10.1.19');
      deployShop(true);
      g.e('deployWar', admin);
      g.e('tldScan');
      g.e('deployWarDone', admin, g.commas(g.int(3000, 9000)));
      for (const d of ['ROOT', 'manager']) { g.e('deployDir', `/usr/local/tomcat/webapps/${d}`); g.e('deployDirDone', `/usr/local/tomcat/webapps/${d}`, g.int(20, 300)); }
      g.e('startHandler', 'http-nio-8080');
      g.e('startHandler', 'ajp-nio-127.0.0.1-8009');
      g.e('startupIn', g.int(14000, 30000));
    };
    function deployShop(ok) {
      g.e('deployWar', shop);
      g.e('springRoot');
      g.e('tldScan');
      if (g.chance(0.6)) g.e('secureRandom', 'SHA1PRNG', g.int(120, 900));
      if (!ok) {
        g.e('listenerExc', 'org.springframework.web.context.ContextLoaderListener');
        g.e('beanCreation', 'dataSource', 'class path resource [com/acme/shop/config/DataSourceConfig.class]', 'Failed to instantiate [javax.sql.DataSource]: Factory method \'dataSource\' threw exception with message: Driver org.postgresql.Driver claims to not accept jdbcUrl, jdbc:postgres://db.internal:5432/shop');
        g.e('listenersFailed');
        g.e('contextFailed', '/shop');
        g.e('deployWarDone', shop, g.commas(g.int(4000, 9000)));
        return;
      }
      g.e('springDispatcher', 'dispatcherServlet');
      g.e('completedInit', g.int(1, 40));
      g.e('deployWarDone', shop, g.commas(g.int(9000, 26000)));
    }
    const leaks = (ctx) => {
      g.e('leakJdbc', ctx, 'org.postgresql.Driver');
      g.e('leakThread', ctx, `PoolCleaner[${g.int(100000000, 999999999)}:${g.t - g.int(1e6, 9e7)}]`);
      if (g.chance(0.7)) g.e('leakThread', ctx, 'pool-2-thread-1');
      if (g.chance(0.5)) g.e('leakThreadLocal', ctx, 'java.lang.ThreadLocal', `java.lang.ThreadLocal@${g.hex(8)}`, 'com.acme.shop.web.RequestContext', `com.acme.shop.web.RequestContext@${g.hex(8)}`);
    };
    const shutdown = (cmd) => {
      if (cmd) g.e('shutdownCmd');
      g.e('pauseHandler', 'http-nio-8080');
      g.e('pauseHandler', 'ajp-nio-127.0.0.1-8009');
      g.e('stopService', 'Catalina');
      leaks('shop');
      g.e('stopHandler', 'http-nio-8080');
      g.e('stopHandler', 'ajp-nio-127.0.0.1-8009');
      g.e('destroyHandler', 'http-nio-8080');
      g.e('destroyHandler', 'ajp-nio-127.0.0.1-8009');
    };
    const servletError = () => {
      const servlet = g.wpick([[6, 'dispatcherServlet'], [1, 'jsp']]);
      const ctx = servlet === 'jsp' ? '/admin' : '/shop';
      const k = g.wpick([[6, 'npe'], [3, 'npeReturn'], [3, 'sqlDup'], [2, 'sqlTimeout'], [1, 'pool'], [2, 'abort']]);
      if (k === 'abort') { g.e('servletExc', servlet, ctx); g.e('clientAbort', g.pick(['Broken pipe', 'Connection reset by peer'])); return; }
      if (k === 'npe') {
        const [m, v] = g.pick([['com.acme.shop.cart.Cart.getItems()', 'cart'], ['com.acme.shop.catalog.Product.getPrice()', 'product'], ['String.length()', 'couponCode'], ['com.acme.shop.user.Address.getCountry()', 'shipping']]);
        g.e('servletExcRoot', servlet, ctx, `Request processing failed: java.lang.NullPointerException: Cannot invoke "${m}" because "${v}" is null`);
        g.e('npe', m, v);
      } else if (k === 'npeReturn') {
        const [m, r] = g.pick([['com.acme.shop.user.Customer.getEmail()', 'com.acme.shop.order.Order.getCustomer()'], ['java.util.Map.get(Object)', 'com.acme.shop.catalog.Product.getAttributes()']]);
        g.e('servletExcRoot', servlet, ctx, `Request processing failed: java.lang.NullPointerException: Cannot invoke "${m}" because the return value of "${r}" is null`);
        g.e('npeReturn', m, r);
      } else if (k === 'sqlDup') {
        const c = g.pick(['customers_email_key', 'orders_idempotency_key_key', 'cart_items_cart_id_sku_key']);
        g.e('servletExcRoot', servlet, ctx, `Request processing failed: org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into ${c.split('_')[0]} (id, ${c.includes('email') ? 'email' : 'idempotency_key'}) values (?, ?)]; ERROR: duplicate key value violates unique constraint "${c}"`);
        g.e('sqlDup', c);
      } else if (k === 'sqlTimeout') {
        g.e('servletExcRoot', servlet, ctx, 'Request processing failed: org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from orders where customer_id = ? order by created_at desc]; ERROR: canceling statement due to statement timeout');
        g.e('sqlTimeout');
      } else {
        g.e('servletExcRoot', servlet, ctx, 'Request processing failed: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection');
        g.e('poolEmpty', execThread(), 30, 50, 50, 0, 30000);
      }
    };

    drive(g, {
      gapMs: 12000,
      startup: boot,
      steady: [
        [22, () => { const o = g.int(100000, 999999); g.e('orderPlaced', o, g.int(1000, 99999), g.int(1, 9), g.float(5, 600, 2), g.wpick([[5, 'EUR'], [2, 'GBP'], [1, 'CHF']])); }],
        [18, servletError],
        [7, () => { g.e('failedProcessing'); g.e('clientAbort', g.pick(['Broken pipe', 'Connection reset by peer', 'Broken pipe'])); }],
        [6, () => { const o = g.int(100000, 999999); const n = g.int(1, 3); for (let i = 1; i <= n; i++) { g.e('payRetry', g.pick([502, 503, 504]), o, `${g.int(800, 30000)}ms`, i + 1, 3); g.advance(g.int(500, 4000)); } if (n === 2 && g.chance(0.5)) g.e('payFailed', o, 3, g.pick(['java.net.SocketTimeoutException: Read timed out', 'HTTP 503 Service Unavailable from https://pay.example.com/v2/charges'])); }],
        [2, () => { const u = g.pick(['admin', 'j.doe@example.com', 'support', 'test']); const ip = g.pick(clients); for (let i = 0, n = g.int(1, 4); i < n; i++) g.e('loginRejected', u, ip); if (g.chance(0.2)) g.e('loginLocked', u, ip); }],
        [3.5, () => { const th = execThread(); const id = g.int(40, 400); const ms = g.int(60000, 400000); stuckNow.push([th, id]); g.e('stuck', th, id, g.commas(ms), g.iso(g.t - ms), g.pick(['https://shop.example.com/shop/api/reports/export?from=2024-01-01', 'https://shop.example.com/shop/checkout/confirm', 'https://shop.example.com/admin/orders.jsp?page=1']), 60, stuckNow.length); }],
        [3, () => { if (!stuckNow.length) return; const [th, id] = stuckNow.shift(); g.e('unstuck', th, id, g.commas(g.int(60000, 900000)), stuckNow.length); }],
        [2.5, () => g.e('abandoned', `org.postgresql.jdbc.PgConnection@${g.hex(8)}`, 'java.lang.Exception')],
        [2.5, () => g.e('jobDone', g.pick(['inventorySync', 'abandonedCartReminder', 'priceFeedImport', 'sitemapBuilder']), g.commas(g.int(200, 90000)), g.int(0, 40000))],
        [1.5, () => g.e('cacheEvict', g.int(10, 9000), g.pick(['products', 'categories', 'sessions']), g.int(1000, 50000), g.float(0.5, 0.99, 2))],
      ],
      rare: [
        () => { g.e('parseHeader'); g.e('parseNote'); g.e('invalidMethod', '0x160x030x010x020x000x010x000x01fc0x030x03'); },
        () => { g.e('parseHeader'); g.e('parseNote'); g.e('invalidTarget', '/shop/search?q={{7*7}}&sort=price'); },
        () => { g.e('cookie', 'session=abc; tracking="unterminated; theme=dark'); g.e('cookieNote'); },
        () => { g.e('paramsChunk', 0, 12, '=%%'); g.e('paramsNote'); },
        () => { g.e('charDecoding', 'q', '%E0%A4%A'); },
        () => g.e('maxParams', 10000),
        () => g.e('maxThreads', 200, 'null', 8080),
        () => { g.e('illegalAccess', 'org.postgresql.util.PSQLState'); },
        () => {
          // a broken deployment and its fix, through the manager
          g.e('undeploy', '/shop');
          leaks('shop');
          deployShop(false);
          g.advance(300000);
          g.e('undeploy', '/shop');
          deployShop(true);
        },
        () => { g.e('reloadStart', '/admin'); leaks('admin'); g.e('reloadDone', '/admin'); },
        () => { shutdown(true); g.advance(30000); boot(); },
        () => { shutdown(false); g.advance(30000); boot(); },
      ],
    });
  },
});

// ============================================================== Jenkins ====
// Jenkins 2.440 LTS controller in a container, builds on Kubernetes pod
// agents, multibranch pipelines fed by GitHub webhooks, a few freestyle jobs.
// Raw line: "2024-04-16 10:00:00.123+0000 [id=42]\tINFO\thudson.model.Run#execute: <message>"
// -> Content is <message> (timestamp, [id=] thread, level and logger#method split off).
SYSTEMS.push({
  name: 'Jenkins',
  templates: {
    // startup
    runningFrom: 'Running from: <*>',
    webroot: 'Webroot: <*>',
    jetty: 'jetty-<*>; built: <*>; git: <*>; jvm <*>',
    sessionWorker: 'Session workerName=<*>',
    startedContext: 'Started w.@<*>{Jenkins v<*>,/,file://<*>,AVAILABLE}{<*>}',
    startedConnector: 'Started ServerConnector@<*>{HTTP/1.1, (http/1.1)}{<*>:<*>}',
    startedServer: 'Started Server@<*>{STARTING}[<*>,sto=<*>] @<*>',
    winstone: 'Winstone Servlet Engine running: controlPort=<*>',
    startedInit: 'Started initialization',
    listedPlugins: 'Listed all plugins',
    preparedPlugins: 'Prepared all plugins',
    startedPlugins: 'Started all plugins',
    augmented: 'Augmented all extensions',
    configLoaded: 'System config loaded',
    configAdapted: 'System config adapted',
    loadedJobs: 'Loaded all jobs',
    jobsUpdated: 'Configuration for all jobs updated',
    completedInit: 'Completed initialization',
    fullyUp: 'Jenkins is fully up and running',
    pluginFailed: 'Failed Loading plugin <*> v<*> (<*>)',
    pluginFailedCause: 'java.io.IOException: Failed to load: <*> (<*> <*>)',
    pluginNeedsCore: '- Jenkins (<*>) or higher required',
    // periodic work and update center
    startedWork: 'Started <*>',
    finishedWork: 'Finished <*>. <*> ms',
    obtainedUC: 'Obtained the latest update center data file for UpdateSource <*>',
    obtainedTool: 'Obtained the updated data file for <*>',
    deleting: 'Deleting <*> on <*>',
    // build results
    runOk: '<*> #<*> completed: SUCCESS',
    runFail: '<*> #<*> completed: FAILURE',
    runUnstable: '<*> #<*> completed: UNSTABLE',
    runAborted: '<*> #<*> completed: ABORTED',
    fsOk: '<*> #<*> main build action completed: SUCCESS',
    fsFail: '<*> #<*> main build action completed: FAILURE',
    // Kubernetes agents and remoting
    excessWorkload: 'Excess workload after pending Kubernetes agents: <*>',
    provisioning: 'Started provisioning <*> from <*> with <*> executors. Remaining excess workload: <*>',
    createdPod: 'Created Pod: <*> <*>/<*>',
    podRunning: 'Pod is running: <*> <*>/<*>',
    provisioned: 'Agent <*> is provisioned from template <*>',
    provisionDone: '<*> provisioning successfully completed. We have now <*> computer(s)',
    provisionError: 'Error in provisioning; agent=KubernetesSlave name: <*>, template=<*>',
    jnlpAccepted: 'Accepted JNLP4-connect connection #<*> from /<*>:<*>',
    connFailed: 'Connection #<*> failed: <*>',
    disconnected: 'Disconnected computer <*>',
    terminatedPod: 'Terminated Kubernetes instance for agent <*>/<*>',
    remotingTerminated: 'Computer.threadPoolForRemoting [#<*>] for <*> terminated: <*>',
    ioErrorChannel: 'I/O error in channel <*>',
    pingFailed: 'Ping failed. Terminating the channel <*>.',
    // SCM, webhooks, security
    pushEvent: 'Received PushEvent for <*> from <*> ⇒ <*>',
    prEvent: 'Received PullRequestEvent for <*> from <*> ⇒ <*>',
    poked: 'Poked <*>',
    connectingGh: 'Connecting to <*> using <*>',
    rateLimit: 'Jenkins-Imposed API Limiter: Current quota for Github API usage has <*> reserve calls remaining. Sleeping until next quota refresh in <*>.',
    crumb: 'No valid crumb was included in request for <*> by <*>. Returning 403.',
    loginFailed: 'Login attempt failed',
    // errors
    unhandledExc: 'Caught unhandled exception with ID <*>',
    timerFailed: 'Timer task <*> failed',
    // restart
    safeRestart: 'Initiating safe restart',
    restartIn: 'Restart in <*> seconds',
    stoppingJenkins: 'Stopping Jenkins',
    startedTermination: 'Started termination',
    completedTermination: 'Completed termination',
    jenkinsStopped: 'Jenkins stopped',
    stoppedConnector: 'Stopped ServerConnector@<*>{HTTP/1.1, (http/1.1)}{<*>:<*>}',
    stoppedContext: 'Stopped w.@<*>{Jenkins v<*>,/,null,STOPPED}{<*>}',
  },
  scenario(g) {
    const repos = ['acme/shop-api', 'acme/shop-web', 'acme/payments', 'acme/infra-terraform', 'acme/mobile-app'];
    const branches = ['main', 'main', 'develop', 'PR-', 'PR-', 'feature/checkout-v2', 'renovate/node-20.x'];
    const buildNo = {};
    const freestyle = ['nightly-backup', 'db-snapshot', 'cleanup-registry'];
    const templates = [['maven', 'jenkins/maven'], ['node', 'jenkins/node'], ['kaniko', 'jenkins/kaniko'], ['terraform', 'jenkins/terraform']];
    const running = [];
    let jnlp = g.int(10, 400);
    let remotingPool = g.int(100, 900);
    let computers = 1;
    const podName = (tpl) => `${tpl}-${g.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
    const jobName = () => {
      const r = g.zipf(repos, 1.0); let b = g.zipf(branches, 0.9);
      if (b === 'PR-') b = `PR-${g.int(100, 480)}`;
      return `${r}/${b}`;
    };
    const periodic = [['Fingerprint cleanup', 5, 200], ['Download metadata', 900, 9000], ['Periodic background build discarder', 20, 900],
      ['Workspace clean-up', 40, 4000], ['telemetry collection', 100, 1500], ['Update IdentityProvider', 1, 40]];
    const jettyId = () => g.hex(8);
    const boot = () => {
      g.e('runningFrom', '/usr/share/jenkins/jenkins.war');
      g.e('webroot', '/var/jenkins_home/war');
      g.e('jetty', '10.0.18', '2023-10-27T01:59:58.245Z', '8545fd9bf4cd', '17.0.10+7');
      g.e('sessionWorker', 'node0');
      g.e('startedContext', jettyId(), '2.440.2', '/var/jenkins_home/war/', '/var/jenkins_home/war');
      g.e('startedConnector', jettyId(), '0.0.0.0', 8080);
      g.e('startedServer', jettyId(), '10.0.18', 0, `${g.commas(g.int(1200, 4000))}ms`);
      g.e('winstone', 'disabled');
      g.e('startedInit');
      g.e('listedPlugins');
      g.e('preparedPlugins');
      g.e('startedPlugins');
      g.e('augmented');
      g.e('configLoaded');
      g.e('configAdapted');
      g.e('loadedJobs');
      g.e('jobsUpdated');
      g.e('completedInit');
      g.e('fullyUp');
    };
    const startBuild = (job) => {
      buildNo[job] = (buildNo[job] || g.int(5, 900)) + 1;
      const [tpl, ns] = g.pick(templates);
      const pod = podName(tpl);
      if (g.chance(0.3)) g.e('excessWorkload', 1);
      g.e('provisioning', 'Kubernetes Pod Template', 'kubernetes', 1, 0);
      g.e('createdPod', 'kubernetes', ns.split('/')[0], pod);
      if (g.chance(0.5)) g.e('podRunning', 'kubernetes', ns.split('/')[0], pod);
      g.e('provisioned', pod, tpl);
      computers++;
      g.e('provisionDone', 'Kubernetes Pod Template', computers);
      g.e('jnlpAccepted', ++jnlp, g.ip('10.42.12'), g.eport());
      running.push([job, buildNo[job], pod]);
    };
    const finishBuild = () => {
      if (!running.length) return startBuild(jobName());
      const [job, n, pod] = running.splice(g.int(0, running.length - 1), 1)[0];
      const res = g.wpick([[14, 'runOk'], [4, 'runFail'], [1, 'runUnstable'], [1.2, 'runAborted']]);
      g.e(res, job, n);
      g.e('disconnected', pod);
      g.e('terminatedPod', 'jenkins', pod);
      g.e('remotingTerminated', ++remotingPool, pod, 'java.nio.channels.ClosedChannelException');
      computers = Math.max(1, computers - 1);
    };
    const work = () => { const [name, lo, hi] = g.zipf(periodic, 0.6); g.e('startedWork', name); g.advance(g.int(lo, hi)); g.e('finishedWork', name, g.commas(g.int(lo, hi))); };
    const webhook = () => {
      const r = g.zipf(repos, 1.0);
      const pr = g.chance(0.35);
      g.e(pr ? 'prEvent' : 'pushEvent', `https://github.com/${r}`, `140.82.115.${g.int(1, 254)}`, 'https://jenkins.example.com/github-webhook/');
      if (g.chance(0.3)) g.e('connectingGh', 'https://api.github.com', 'acme-jenkins-app/****** (GitHub app)');
      g.e('poked', r.split('/')[1]);
      const b = pr ? `PR-${g.int(100, 480)}` : g.pick(['main', 'develop', 'feature/checkout-v2']);
      if (g.chance(0.85)) startBuild(`${r}/${b}`);
    };

    drive(g, {
      gapMs: 15000,
      startup: () => { g.e('pluginFailed', 'Pipeline: Groovy', '3990.vd281dd77a_388', 'workflow-cps'); g.e('pluginFailedCause', 'Pipeline: Groovy', 'workflow-cps', '3990.vd281dd77a_388'); g.e('pluginNeedsCore', '2.452'); boot(); },
      steady: [
        [30, () => { for (let i = 0, n = g.int(1, 3); i < n; i++) { g.e('excessWorkload', g.wpick([[6, 0], [3, 1], [1, 2], [0.3, 3]])); g.advance(10000); } }],
        [16, webhook],
        [8, () => startBuild(jobName())],
        [22, finishBuild],
        [9, work],
        [2.5, () => { const j = g.pick(freestyle); buildNo[j] = (buildNo[j] || g.int(100, 900)) + 1; g.e(g.chance(0.85) ? 'fsOk' : 'fsFail', j, buildNo[j]); }],
        [1.5, () => g.e('deleting', `/home/jenkins/agent/workspace/${g.pick(repos).replace('/', '_')}_${g.pick(['main', 'develop'])}`, g.pick(['built-in', 'static-agent-1']))],
        [1.2, () => { const u = g.pick(['anonymous', 'alice', 'ci-bot']); g.e('crumb', `/job/${g.pick(freestyle)}/build`, u); }],
        [1.5, () => { for (let i = 0, n = g.int(1, 4); i < n; i++) g.e('loginFailed'); }],
        [1.2, () => { if (!running.length) return; const [, , pod] = running[g.int(0, running.length - 1)]; g.e('ioErrorChannel', pod); }],
        [0.8, () => g.e('connFailed', ++jnlp, g.pick(['java.io.EOFException', 'java.nio.channels.ClosedChannelException', 'org.jenkinsci.remoting.protocol.impl.ConnectionRefusalException: Unknown client name: maven-q2w7r']))],
        [0.8, () => g.e('unhandledExc', g.uuid())],
        [0.6, () => { g.e('obtainedUC', 'default'); }],
        [0.6, () => g.e('rateLimit', g.int(40, 120), `${g.int(1, 50)} min ${g.int(0, 59)} sec`)],
      ],
      rare: [
        () => { for (const t of ['hudson.tasks.Maven.MavenInstaller', 'hudson.tools.JDKInstaller', 'hudson.plugins.gradle.GradleInstaller', 'jenkins.plugins.nodejs.tools.NodeJSInstaller']) g.e('obtainedTool', t); },
        () => g.e('timerFailed', `hudson.model.LoadStatistics$LoadStatisticsUpdater@${g.hex(7)}`),
        () => { const pod = podName('kaniko'); g.e('provisioning', 'Kubernetes Pod Template', 'kubernetes', 1, 0); g.e('createdPod', 'kubernetes', 'jenkins', pod); g.e('provisionError', pod, 'PodTemplate{id=\'kaniko\', name=\'kaniko\', namespace=\'jenkins\', label=\'kaniko\', containers=[ContainerTemplate{name=\'kaniko\', image=\'gcr.io/kaniko-project/executor:v1.21.0-debug\'}]}'); },
        () => { if (!running.length) startBuild(jobName()); const [, , pod] = running[0]; g.e('pingFailed', pod); g.e('ioErrorChannel', pod); },
        () => {
          g.e('safeRestart');
          while (running.length) finishBuild();
          g.e('restartIn', 10);
          g.advance(10000);
          g.e('stoppingJenkins');
          g.e('startedTermination');
          g.e('completedTermination');
          g.e('jenkinsStopped');
          g.e('stoppedConnector', jettyId(), '0.0.0.0', 8080);
          g.e('stoppedContext', jettyId(), '2.440.2', '/var/jenkins_home/war');
          g.advance(40000);
          computers = 1;
          boot();
        },
      ],
    });
  },
});

// =============================================================== Consul ====
// Consul 1.17 server agent (consul-server-1 of 3) with ACLs, about thirty
// client agents on autoscaled Kubernetes nodes, a vault service on the same
// host; hclog text format on stdout, plus the startup banner.
// Raw lines: "2024-04-16T10:00:00.123Z [INFO]  agent.server.raft: <message>"
//       and  banner lines such as "           Version: '1.17.2'"
// -> Content is <message> (timestamp, level and module name split off) resp.
//    the banner line without its indentation.
SYSTEMS.push({
  name: 'Consul',
  templates: {
    // banner
    bannerStart: '==> Starting Consul agent...',
    bVersion: "Version: '<*>'",
    bBuildDate: "Build Date: '<*>'",
    bNodeId: "Node ID: '<*>'",
    bNodeName: "Node name: '<*>'",
    bDatacenter: "Datacenter: '<*>' (Segment: '<all>')",
    bServer: 'Server: <*> (Bootstrap: <*>)',
    bClientAddr: 'Client Addr: [<*>] (HTTP: <*>, HTTPS: <*>, gRPC: <*>, gRPC-TLS: <*>, DNS: <*>)',
    bClusterAddr: 'Cluster Addr: <*> (LAN: <*>, WAN: <*>)',
    bGossipEnc: 'Gossip Encryption: <*>',
    bAutoEncrypt: 'Auto-Encrypt-TLS: <*>',
    bAclEnabled: 'ACL Enabled: <*>',
    bReporting: 'Reporting Enabled: <*>',
    bAclDefault: 'ACL Default Policy: <*>',
    bHttpsTls: 'HTTPS TLS: Verify Incoming: <*>, Verify Outgoing: <*>, Min Version: <*>',
    bGrpcTls: 'gRPC TLS: Verify Incoming: <*>, Min Version: <*>',
    bInternalTls: 'Internal RPC TLS: Verify Incoming: <*>, Verify Outgoing: <*> (Verify Hostname: <*>), Min Version: <*>',
    bLogStream: '==> Log data will now stream in as it occurs:',
    bRunning: '==> Consul agent running!',
    // raft
    raftInitial: 'initial configuration: index=<*> servers="[<*>]"',
    followerEmpty: 'entering follower state: follower="Node at <*>:<*> [Follower]" leader-address= leader-id=',
    follower: 'entering follower state: follower="Node at <*>:<*> [Follower]" leader-address=<*>:<*> leader-id=<*>',
    heartbeatTimeout: 'heartbeat timeout reached, starting election: last-leader-addr=<*>:<*> last-leader-id=<*>',
    candidate: 'entering candidate state: node="Node at <*>:<*> [Candidate]" term=<*>',
    electionTimeout: 'Election timeout reached, restarting election',
    electionWon: 'election won: term=<*> tally=<*>',
    leaderState: 'entering leader state: leader="Node at <*>:<*> [Leader]"',
    addedPeer: 'added peer, starting replication: peer=<*>',
    pipelining: 'pipelining replication: peer="{Voter <*> <*>:<*>}"',
    abortPipeline: 'aborting pipeline replication: peer="{Voter <*> <*>:<*>}"',
    failedContact: 'failed to contact: server-id=<*> time=<*>',
    failedHeartbeat: 'failed to heartbeat to: peer=<*>:<*> backoff time=<*> error="<*>"',
    failedAppend: 'failed to appendEntries to: peer="{Voter <*> <*>:<*>}" error="<*>"',
    leadershipAcquired: 'cluster leadership acquired',
    leadershipLost: 'cluster leadership lost',
    newLeader: 'New leader elected: payload=<*>',
    snapStart: 'starting snapshot up to: index=<*>',
    snapCreate: 'creating new snapshot: path=<*>',
    snapDone: 'snapshot complete up to: index=<*>',
    snapReap: 'reaping snapshot: path=<*>',
    compacting: 'compacting logs: from=<*> to=<*>',
    // serf and memberlist
    memberJoin: 'serf: EventMemberJoin: <*> <*>',
    memberFailed: 'serf: EventMemberFailed: <*> <*>',
    memberLeave: 'serf: EventMemberLeave: <*> <*>',
    memberReap: 'serf: EventMemberReap: <*>',
    reconnect: 'serf: attempting reconnect to <*> <*>:<*>',
    suspect: 'memberlist: Suspect <*> has failed, no acks received',
    markFailed: 'memberlist: Marking <*> as failed, suspect timeout reached (<*> peer confirmations)',
    refute: 'memberlist: Refuting a suspect message (from: <*>)',
    udpFailed: 'memberlist: Was able to connect to <*> over TCP but UDP probes failed, network may be misconfigured',
    pushPullFailed: 'memberlist: Failed push/pull merge: <*> from=<*>:<*>',
    addingLan: 'Adding LAN server: server="<*> (Addr: tcp/<*>:<*>) (DC: <*>)"',
    removingLan: 'Removing LAN server: server="<*> (Addr: tcp/<*>:<*>) (DC: <*>)"',
    handledWan: 'Handled event for server in area: event=<*> server=<*> area=<*>',
    // agent
    startedDns: 'Started DNS server: address=<*>:<*> network=<*>',
    startingServer: 'Starting server: address=<*>:<*> network=<*> protocol=<*>',
    retryJoinMethods: 'Retry join is supported for the following discovery methods: cluster=<*> discovery_methods="<*>"',
    joining: 'Joining cluster...: cluster=<*>',
    joinAttempt: '(LAN) joining: lan_addresses=[<*>]',
    joinDone: 'Join cluster completed. Synced with initial agents: cluster=<*> num_agents=<*>',
    syncer: 'started state syncer',
    checkCritical: 'Check is now critical: check=<*>',
    checkSocket: 'Check socket connection failed: check=<*> error="<*>"',
    syncedCheck: 'Synced check: check=<*>',
    syncedService: 'Synced service: service=<*>',
    requestError: 'Request error: method=<*> url=<*> from=<*>:<*> error="<*>"',
    rpcFailed: 'RPC failed to server: method=<*> server=<*>:<*> error="<*>"',
    coordError: 'Coordinate update error: error="<*>"',
    healthError: 'Error retrieving server health: id=<*> error="<*>"',
    newerVersion: 'Newer Consul version available: new_version=<*> current_version=<*>',
    // shutdown
    caught: 'Caught: signal=<*>',
    gracefulShutdown: 'Gracefully shutting down agent...',
    requestingShutdown: 'Requesting shutdown',
    shuttingDownServer: 'shutting down server',
    stoppingServer: 'Stopping server: address=<*>:<*> network=<*> protocol=<*>',
    waitingEndpoints: 'Waiting for endpoints to shut down',
    endpointsDown: 'Endpoints down',
    consulDown: 'consul server down',
    shutdownComplete: 'shutdown complete',
    exitCode: 'Exit code: code=<*>',
  },
  scenario(g) {
    const servers = [['consul-server-1', '10.42.0.5'], ['consul-server-2', '10.42.0.6'], ['consul-server-3', '10.42.0.7']];
    const sid = servers.map(() => g.uuid());
    const me = 0;
    let leader = 1;
    let term = g.int(8, 40);
    let raftIndex = g.int(9000000, 30000000);
    const clients = Array.from({ length: 34 }, () => { const ip = g.ip('10.42'); return [`ip-${ip.replace(/\./g, '-')}.ec2.internal`, ip]; });
    const alive = new Set(clients.slice(0, 26).map((c) => c[0]));
    const localChecks = ['service:vault', 'service:vault:1', 'service:node-exporter'];
    const boot = () => {
      g.e('bannerStart');
      g.e('bVersion', '1.17.2');
      g.e('bBuildDate', '2024-01-23 19:52:34 +0000 UTC');
      g.e('bNodeId', sid[me]);
      g.e('bNodeName', servers[me][0]);
      g.e('bDatacenter', 'dc1');
      g.e('bServer', 'true', 'false');
      g.e('bClientAddr', '0.0.0.0', 8500, -1, -1, 8503, 8600);
      g.e('bClusterAddr', servers[me][1], 8301, 8302);
      g.e('bGossipEnc', 'true');
      g.e('bAutoEncrypt', 'false');
      g.e('bAclEnabled', 'true');
      g.e('bReporting', 'false');
      g.e('bAclDefault', 'deny');
      g.e('bHttpsTls', 'false', 'false', 'TLSv1_2');
      g.e('bGrpcTls', 'false', 'TLSv1_2');
      g.e('bInternalTls', 'true', 'true', 'true', 'TLSv1_2');
      g.e('bLogStream');
      g.e('raftInitial', raftIndex, servers.map(([, ip], i) => `{Suffrage:Voter ID:${sid[i]} Address:${ip}:8300}`).join(' '));
      g.e('followerEmpty', servers[me][1], 8300);
      for (const [n, ip] of servers) g.e('memberJoin', `${n}.dc1`, ip);
      for (const [n, ip] of servers) g.e('memberJoin', n, ip);
      for (const [n, ip] of servers) if (n !== servers[me][0]) g.e('addingLan', n, ip, 8300, 'dc1');
      for (const [n] of servers) g.e('handledWan', 'member-join', `${n}.dc1`, 'wan');
      g.e('startedDns', '0.0.0.0', 8600, 'udp');
      g.e('startedDns', '0.0.0.0', 8600, 'tcp');
      g.e('startingServer', '[::]', 8500, 'tcp', 'http');
      g.e('startingServer', '[::]', 8503, 'tcp', 'grpc_tls');
      g.e('retryJoinMethods', 'LAN', 'aliyun aws azure digitalocean gce hcp k8s linode mdns os packet scaleway softlayer tencentcloud triton vsphere');
      g.e('joining', 'LAN');
      g.e('joinAttempt', `${servers[1][1]} ${servers[2][1]}`);
      g.e('bRunning');
      for (const [n, ip] of clients.filter((c) => alive.has(c[0]))) g.e('memberJoin', n, ip);
      g.e('joinDone', 'LAN', 2);
      g.e('syncer');
      g.e('newLeader', servers[leader][0]);
      for (const c of localChecks) g.e('syncedCheck', c);
      g.e('syncedService', 'vault');
    };
    const churn = () => {
      const c = g.pick(clients);
      if (alive.has(c[0])) {
        alive.delete(c[0]);
        if (g.chance(0.55)) g.e('memberLeave', c[0], c[1]);
        else {
          g.e('suspect', c[0]);
          if (g.chance(0.3)) g.e('suspect', c[0]);
          g.e('markFailed', c[0], g.int(1, 3));
          g.e('memberFailed', c[0], c[1]);
        }
      } else { alive.add(c[0]); g.e('memberJoin', c[0], c[1]); }
    };
    const apiErr = () => {
      const from = g.pick(clients)[1];
      const [m, u, e] = g.wpick([
        [6, ['GET', `/v1/kv/config/${g.pick(['shop-api', 'payments', 'web'])}?index=${raftIndex - g.int(0, 9999)}&wait=60000ms`, 'ACL not found']],
        [4, ['PUT', `/v1/agent/service/register?replace-existing-checks=true`, 'Permission denied: token with AccessorID \'00000000-0000-0000-0000-000000000002\' lacks permission \'service:write\' on "shop-api"']],
        [3, ['GET', `/v1/health/service/${g.pick(['payments', 'redis', 'postgres'])}?dc=dc1&index=${raftIndex - g.int(0, 99999)}&passing=1&stale=&wait=60000ms`, 'rpc error making call: rpc error making call: Permission denied']],
        [1, ['GET', '/v1/catalog/services?dc=dc2', 'No path to datacenter']],
      ]);
      g.e('requestError', m, u, from, g.eport(), e);
    };
    const snapshot = () => {
      raftIndex += g.int(8000, 20000);
      const id = `${term}-${raftIndex}-${g.t}`;
      g.e('snapStart', raftIndex);
      g.e('snapCreate', `/consul/data/raft/snapshots/${id}.tmp`);
      g.advance(g.int(100, 900));
      g.e('snapDone', raftIndex);
      g.e('snapReap', `/consul/data/raft/snapshots/${term}-${raftIndex - g.int(30000, 60000)}-${g.t - g.int(3e6, 9e6)}`);
      g.e('compacting', raftIndex - g.int(20000, 30000), raftIndex - 10240);
    };
    const voter = (i) => [sid[i], servers[i][1], 8300];

    drive(g, {
      gapMs: 9000,
      startup: boot,
      steady: [
        [22, apiErr],
        [18, churn],
        [6, () => { const c = g.pick(clients); g.e('reconnect', c[0], c[1], 8301); }],
        [4, () => { const k = g.pick(localChecks); g.e('checkCritical', k); if (k === 'service:node-exporter') g.e('checkSocket', k, `dial tcp ${servers[me][1]}:9100: connect: connection refused`); g.advance(g.int(5000, 60000)); g.e('syncedCheck', k); }],
        [1.2, snapshot],
        [2.5, () => g.e('refute', g.pick(clients)[0])],
        [1.5, () => { const c = g.pick(clients); g.e('udpFailed', c[0]); }],
        [1.2, () => g.e('pushPullFailed', 'read tcp 10.42.0.5:8301->' + g.pick(clients)[1] + ':' + g.eport() + ': i/o timeout', g.pick(clients)[1], g.eport())],
        [1, () => g.e('coordError', 'rpc error making call: ACL not found')],
        [1, () => { const c = g.pick(clients.filter((x) => !alive.has(x[0])).concat([clients[0]])); g.e('memberReap', c[0]); }],
      ],
      rare: [
        () => g.e('newerVersion', '1.18.1', '1.17.2'),
        () => { g.e('syncedService', 'node-exporter'); g.e('syncedService', 'vault'); },
        () => {
          // leader consul-server-2 is rescheduled: this server wins the election
          const old = leader;
          for (let i = 0; i < 3; i++) { g.e('rpcFailed', g.pick(['KVS.Get', 'Health.ServiceNodes', 'Catalog.ListServices']), servers[old][1], 8300, 'rpc error making call: EOF'); g.advance(300); }
          g.e('heartbeatTimeout', servers[old][1], 8300, sid[old]);
          term++;
          g.e('candidate', servers[me][1], 8300, term);
          g.e('electionTimeout');
          term++;
          g.e('candidate', servers[me][1], 8300, term);
          g.e('electionWon', term, 2);
          g.e('leaderState', servers[me][1], 8300);
          g.e('leadershipAcquired');
          g.e('newLeader', servers[me][0]);
          for (const i of [1, 2]) g.e('addedPeer', sid[i]);
          g.e('pipelining', ...voter(2));
          for (let i = 0; i < 4; i++) { g.e('failedHeartbeat', servers[old][1], 8300, `${[10, 20, 40, 80][i]}ms`, `dial tcp 10.42.0.5:0->${servers[old][1]}:8300: connect: connection refused`); g.advance(2000); }
          g.e('failedAppend', ...voter(old), 'dial tcp 10.42.0.5:0->' + servers[old][1] + ':8300: connect: no route to host');
          g.e('failedContact', sid[old], `${g.float(10, 60, 6)}s`);
          g.e('memberFailed', servers[old][0], servers[old][1]);
          g.e('removingLan', servers[old][0], servers[old][1], 8300, 'dc1');
          g.e('handledWan', 'member-failed', `${servers[old][0]}.dc1`, 'wan');
          g.advance(60000);
          g.e('memberJoin', servers[old][0], servers[old][1]);
          g.e('addingLan', servers[old][0], servers[old][1], 8300, 'dc1');
          g.e('handledWan', 'member-join', `${servers[old][0]}.dc1`, 'wan');
          g.e('pipelining', ...voter(old));
          leader = me;
          for (let i = 0; i < 3; i++) { g.e('healthError', sid[old], 'rpc error making call: EOF'); g.advance(2000); }
          for (let i = 0; i < 12; i++) { g.advance(g.exp(9000)); g.wpick([[3, apiErr], [2, churn]])(); }
          // leadership moves away again (operator transfer before the upgrade of this node)
          g.e('abortPipeline', ...voter(1));
          g.e('abortPipeline', ...voter(2));
          g.e('leadershipLost');
          leader = 2; term++;
          g.e('follower', servers[me][1], 8300, servers[leader][1], 8300, sid[leader]);
          g.e('newLeader', servers[leader][0]);
        },
        () => {
          // this agent restarts for a config change
          g.e('caught', 'terminated');
          g.e('gracefulShutdown');
          g.e('requestingShutdown');
          g.e('shuttingDownServer');
          g.e('memberLeave', `${servers[me][0]}.dc1`, servers[me][1]);
          g.e('memberLeave', servers[me][0], servers[me][1]);
          g.e('stoppingServer', '[::]', 8500, 'tcp', 'http');
          g.e('stoppingServer', '[::]', 8503, 'tcp', 'grpc_tls');
          g.e('waitingEndpoints');
          g.e('endpointsDown');
          g.e('consulDown');
          g.e('shutdownComplete');
          g.e('exitCode', 0);
          g.advance(20000);
          leader = 2;
          boot();
        },
      ],
    });
  },
});

// ============================================================== Postfix ====
// Postfix 3.7 inbound/outbound mail host (mx1.example.com): postscreen in
// front of smtpd, RBL and greylisting checks, Dovecot LMTP delivery, an
// amavis content filter on 127.0.0.1:10024, outbound relaying via smtp.
// Raw line: "Apr 16 10:00:00 mx1 postfix/smtpd[2345]: <message>"
// -> Content is <message> (timestamp, host and program[pid] split off).
const PF_DELAYS = 'delay=<*>, delays=<*>/<*>/<*>/<*>, dsn=<*>';
const PF_ENV = 'from=<<*>> to=<<*>> proto=ESMTP helo=<<*>>';
SYSTEMS.push({
  name: 'Postfix',
  templates: {
    // master / postfix-script
    daemonStarted: 'daemon started -- version <*>, configuration <*>',
    reload: 'reload -- version <*>, configuration <*>',
    terminating: 'terminating on signal 15',
    dbOlder: 'warning: database <*> is older than source file <*>',
    procExit: 'warning: process <*> pid <*> exit status <*>',
    throttling: 'warning: <*>: bad command startup -- throttling',
    // postscreen
    psConnect: 'CONNECT from [<*>]:<*> to [<*>]:<*>',
    psPassOld: 'PASS OLD [<*>]:<*>',
    psPassNew: 'PASS NEW [<*>]:<*>',
    psDnsbl: 'DNSBL rank <*> for [<*>]:<*>',
    psPregreet: 'PREGREET <*> after <*> from [<*>]:<*>: <*>',
    psHangup: 'HANGUP after <*> from [<*>]:<*> in tests after SMTP handshake',
    psDisconnect: 'DISCONNECT [<*>]:<*>',
    psReject: 'NOQUEUE: reject: RCPT from [<*>]:<*>: 550 5.7.1 Service unavailable; client [<*>] blocked using <*>; from=<<*>>, to=<<*>>, proto=ESMTP, helo=<<*>>',
    psWhitelisted: 'WHITELISTED [<*>]:<*>',
    // smtpd
    connect: 'connect from <*>[<*>]',
    disconnect: 'disconnect from <*>[<*>] <*>',
    lostConn: 'lost connection after <*> from <*>[<*>]',
    timeoutAfter: 'timeout after <*> from <*>[<*>]',
    client: '<*>: client=<*>[<*>]',
    clientSasl: '<*>: client=<*>[<*>], sasl_method=<*>, sasl_username=<*>',
    tlsIn: 'Anonymous TLS connection established from <*>[<*>]: <*> with cipher <*> (<*>/<*> bits)',
    tlsLib: 'warning: TLS library problem: <*>',
    sslAccept: 'SSL_accept error from <*>[<*>]: <*>',
    relayDenied: `NOQUEUE: reject: RCPT from <*>[<*>]: 554 5.7.1 <<*>>: Relay access denied; ${PF_ENV}`,
    userUnknown: `NOQUEUE: reject: RCPT from <*>[<*>]: 550 5.1.1 <<*>>: Recipient address rejected: User unknown in virtual mailbox table; ${PF_ENV}`,
    heloNotFound: `NOQUEUE: reject: RCPT from <*>[<*>]: 450 4.7.1 <<*>>: Helo command rejected: Host not found; ${PF_ENV}`,
    rblReject: `NOQUEUE: reject: RCPT from <*>[<*>]: 554 5.7.1 Service unavailable; Client host [<*>] blocked using <*>; <*>; ${PF_ENV}`,
    greylisted: `NOQUEUE: reject: RCPT from <*>[<*>]: 450 4.2.0 <<*>>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/<*>.html; ${PF_ENV}`,
    greylistedNull: 'NOQUEUE: reject: RCPT from <*>[<*>]: 450 4.2.0 <<*>>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/<*>.html; from=<> to=<<*>> proto=ESMTP helo=<<*>>',
    noResolve: 'warning: hostname <*> does not resolve to address <*>: Name or service not known',
    noResolveTemp: 'warning: hostname <*> does not resolve to address <*>: Temporary failure in name resolution',
    saslFailed: 'warning: <*>[<*>]: SASL <*> authentication failed: <*>',
    nonSmtp: 'warning: non-SMTP command from <*>[<*>]: <*>',
    pipelining: 'improper command pipelining after <*> from <*>[<*>]: <*>',
    tooManyErrors: 'too many errors after <*> from <*>[<*>]',
    illegalAddr: 'warning: Illegal address syntax from <*>[<*>] in RCPT command: <*>',
    rateLimit: 'warning: Connection rate limit exceeded: <*> from <*>[<*>] for service <*>',
    // cleanup / qmgr / pickup
    messageId: '<*>: message-id=<<*>>',
    headerReject: '<*>: reject: header Subject: <*> from <*>[<*>]; from=<<*>> to=<<*>> proto=ESMTP helo=<<*>>: 5.7.1 <*>',
    queued: '<*>: from=<<*>>, size=<*>, nrcpt=<*> (queue active)',
    queuedNull: '<*>: from=<>, size=<*>, nrcpt=<*> (queue active)',
    removed: '<*>: removed',
    expired: '<*>: from=<<*>>, status=expired, returned to sender',
    pickupUid: '<*>: uid=<*> from=<<*>>',
    // delivery
    sentRelay: `<*>: to=<<*>>, relay=<*>[<*>]:<*>, ${PF_DELAYS}, status=sent (<*>)`,
    sentLmtp: `<*>: to=<<*>>, relay=<*>, ${PF_DELAYS}, status=sent (<*>)`,
    sentOrigTo: `<*>: to=<<*>>, orig_to=<<*>>, relay=<*>, ${PF_DELAYS}, status=sent (<*>)`,
    deferredNone: `<*>: to=<<*>>, relay=none, ${PF_DELAYS}, status=deferred (<*>)`,
    deferredRelay: `<*>: to=<<*>>, relay=<*>[<*>]:<*>, ${PF_DELAYS}, status=deferred (<*>)`,
    bounced: `<*>: to=<<*>>, relay=<*>[<*>]:<*>, ${PF_DELAYS}, status=bounced (<*>)`,
    ndn: '<*>: sender non-delivery notification: <*>',
    connTimedOut: 'connect to <*>[<*>]:<*>: Connection timed out',
    connRefused: 'connect to <*>[<*>]:<*>: Connection refused',
    noRoute: 'connect to <*>[<*>]:<*>: No route to host',
    tlsOutTrusted: 'Trusted TLS connection established to <*>[<*>]:<*>: <*> with cipher <*> (<*>/<*> bits)',
    tlsOutUntrusted: 'Untrusted TLS connection established to <*>[<*>]:<*>: <*> with cipher <*> (<*>/<*> bits)',
    // anvil / scache statistics
    anvilRate: 'statistics: max connection rate <*>/<*> for (<*>:<*>) at <*>',
    anvilCount: 'statistics: max connection count <*> for (<*>:<*>) at <*>',
    anvilCache: 'statistics: max cache size <*> at <*>',
    scacheStart: 'statistics: start interval <*>',
    scacheDomain: 'statistics: domain lookup hits=<*> miss=<*> success=<*>',
    scacheAddr: 'statistics: address lookup hits=<*> miss=<*> success=<*>',
    scacheMax: 'statistics: max simultaneous domains=<*> addresses=<*> connection=<*>',
  },
  scenario(g) {
    const qid = () => g.alnum(10, '0123456789ABCDEF');
    const senders = [['mail-ej1-f45.google.example', '192.0.2.45'], ['mail-wr1-f51.google.example', '192.0.2.51'], ['outbound.mailhost.example', '198.51.100.20'],
      ['a27-12.smtp-out.mailer.example', '198.51.100.12'], ['mx.partner.example', '203.0.113.80'], ['smtp.newsletter.example', '198.51.100.140'],
      ['relay.shop.example', '203.0.113.17'], ['mail.bank.example', '192.0.2.200']];
    const spammers = Array.from({ length: 18 }, () => { const ip = g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2'])); return [g.chance(0.6) ? 'unknown' : `${ip.split('.').reverse().join('-')}.dyn.isp.example`, ip]; });
    const localUsers = ['alice', 'bob', 'sales', 'info', 'support', 'carol', 'billing', 'dave', 'noreply'];
    const rcpt = () => `${g.zipf(localUsers, 1.0)}@example.com`;
    const extFrom = () => g.pick([`notifications@${g.pick(['github.example', 'shop.example', 'bank.example'])}`, `${g.alnum(6)}@partner.example`, `newsletter@news.example`, `bounce-${g.int(1000, 99999)}-${g.int(100, 999)}@mailer.example`]);
    const outbound = [['gmail-smtp-in.l.google.example', '192.0.2.27', 'gmail.example'], ['mx1.partner.example', '203.0.113.81', 'partner.example'], ['mx.mailhost.example', '198.51.100.25', 'mailhost.example'], ['mx.oldcorp.example', '198.51.100.99', 'oldcorp.example']];
    const cipher = () => g.wpick([[6, ['TLSv1.3', 'TLS_AES_256_GCM_SHA384', 256, 256]], [2, ['TLSv1.2', 'ECDHE-RSA-AES256-GCM-SHA384', 256, 256]], [1, ['TLSv1.3', 'TLS_CHACHA20_POLY1305_SHA256', 256, 256]]]);
    const delays = (big = false) => { const a = g.float(0, big ? 2 : 0.3, 2), b = g.float(0, 0.1, 2), c = g.float(0, 0.5, 2), d = g.float(0, big ? 4 : 0.3, 2); return [g.float(+a + +b + +c + +d, +a + +b + +c + +d + 0.01, 2), a, b, c, d].map((x) => String(+x)); };
    const mid = (dom) => `${g.hex(16)}.${g.int(1000, 99999)}@${dom}`;
    const counters = (kind) => ({
      ok: 'ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5',
      tls: 'ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7',
      multi: `ehlo=2 starttls=1 mail=1 rcpt=${g.int(2, 5)} data=1 quit=1 commands=${g.int(8, 11)}`,
      rej: 'ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4',
      rejtls: 'ehlo=2 starttls=1 mail=1 rcpt=0/1 quit=1 commands=5/6',
      auth: `ehlo=1 auth=0/1 commands=1/2`,
      quit: 'ehlo=1 quit=1 commands=2',
      unk: 'unknown=0/1 commands=0/1',
    }[kind]);

    const inbound = () => {
      const [h, ip] = g.zipf(senders, 0.9);
      const port = g.eport();
      g.e('psConnect', ip, port, '203.0.113.5', 25);
      g.e('psPassOld', ip, port);
      g.e('connect', h, ip);
      const tls = g.chance(0.8);
      if (tls) g.e('tlsIn', h, ip, ...cipher());
      const id = qid();
      g.e('client', id, h, ip);
      const to = rcpt(); const from = extFrom();
      g.e('messageId', id, mid(h.split('.').slice(-2).join('.')));
      g.e('disconnect', h, ip, counters(tls ? 'tls' : 'ok'));
      g.e('queued', id, from, g.int(2000, 900000), 1);
      // amavis, then re-injection and LMTP delivery
      const id2 = qid();
      g.e('sentRelay', id, to, '127.0.0.1', '127.0.0.1', 10024, ...delays(), '2.0.0', `250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as ${id2}`);
      g.e('removed', id);
      g.e('queued', id2, from, g.int(2000, 900000), 1);
      if (to.startsWith('sales@') || to.startsWith('info@')) g.e('sentOrigTo', id2, `${g.pick(['alice', 'bob'])}@example.com`, to, 'dovecot', ...delays(), '2.0.0', 'delivered via dovecot service');
      else g.e('sentLmtp', id2, to, 'dovecot', ...delays(), '2.0.0', 'delivered via dovecot service');
      g.e('removed', id2);
    };
    const outboundMail = (fail = null) => {
      const id = qid();
      const [mx, mxip, dom] = fail ? outbound[3] : g.zipf(outbound.slice(0, 3), 1.0);
      if (g.chance(0.6)) {
        const [h, ip] = ['app-1.internal.example', '10.42.3.14'];
        g.e('connect', h, ip);
        g.e('clientSasl', id, h, ip, 'PLAIN', g.pick(['noreply@example.com', 'billing@example.com']));
        g.e('messageId', id, mid('example.com'));
        g.e('disconnect', h, ip, counters('ok').replace('ehlo=1 ', 'ehlo=1 auth=1 ').replace('commands=5', 'commands=6'));
      } else {
        g.e('pickupUid', id, g.pick([0, 33, 1000]), g.pick(['root', 'www-data', 'cron']));
        g.e('messageId', id, `${g.int(20240416000000, 20240416235959)}.${g.hex(12).toUpperCase()}@mx1.example.com`);
      }
      g.e('queued', id, `${g.pick(['noreply', 'billing', 'root'])}@example.com`, g.int(1200, 90000), 1);
      const to = `${g.alnum(7)}@${dom}`;
      if (fail === 'timeout') {
        g.e('connTimedOut', mx, mxip, 25);
        g.e('deferredNone', id, to, ...delays(true), '4.4.1', `connect to ${mx}[${mxip}]:25: Connection timed out`);
        return;
      }
      if (fail === 'noroute') {
        g.e('noRoute', mx, mxip, 25);
        g.e('deferredNone', id, to, ...delays(true), '4.4.1', `connect to ${mx}[${mxip}]:25: No route to host`);
        return;
      }
      if (fail === 'refused') {
        g.e('connRefused', mx, mxip, 25);
        g.e('deferredNone', id, to, ...delays(true), '4.4.1', `connect to ${mx}[${mxip}]:25: Connection refused`);
        return;
      }
      g.e(g.chance(0.7) ? 'tlsOutTrusted' : 'tlsOutUntrusted', mx, mxip, 25, ...cipher());
      if (fail === 'bounce') {
        g.e('bounced', id, to, mx, mxip, 25, ...delays(true), '5.1.1', `host ${mx}[${mxip}] said: 550 5.1.1 <${to}>: Recipient address rejected: User unknown (in reply to RCPT TO command)`);
        const nid = qid();
        g.e('ndn', id, nid);
        g.e('queuedNull', nid, g.int(3000, 9000), 1);
        g.e('sentLmtp', nid, 'noreply@example.com', 'dovecot', ...delays(), '2.0.0', 'delivered via dovecot service');
        g.e('removed', nid);
      } else if (fail === 'defer') {
        g.e('deferredRelay', id, to, mx, mxip, 25, ...delays(true), '4.2.1', `host ${mx}[${mxip}] said: 421 4.2.1 Service temporarily unavailable, try again later (in reply to end of DATA command)`);
        return;
      } else {
        g.e('sentRelay', id, to, mx, mxip, 25, ...delays(true), '2.0.0', g.pick([`250 2.0.0 OK  ${Math.floor(g.t / 1000)} ${g.alnum(12)}.${g.int(100, 999)} - gsmtp`, `250 2.0.0 Ok: queued as ${g.alnum(11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, '250 Requested mail action okay, completed']));
      }
      g.e('removed', id);
    };
    const spam = () => {
      const [h, ip] = g.zipf(spammers, 0.8);
      const port = g.eport();
      g.e('psConnect', ip, port, '203.0.113.5', 25);
      const k = g.wpick([[6, 'dnsbl'], [2, 'pregreet'], [2, 'hangup'], [8, 'smtpd']]);
      if (k === 'dnsbl') {
        g.e('psDnsbl', g.int(2, 6), ip, port);
        g.e('psReject', ip, port, ip, g.pick(['zen.spamhaus.org', 'b.barracudacentral.org']), g.pick([`${g.alnum(8)}@${g.alnum(6)}.example`, 'info@promo.example']), rcpt(), g.pick(['User', 'WIN-' + g.alnum(8).toUpperCase(), ip]));
        g.e('psDisconnect', ip, port);
        return;
      }
      if (k === 'pregreet') { g.e('psPregreet', g.int(11, 40), `${g.float(0, 0.5, 2)}`, ip, port, g.pick(['EHLO User\\r\\n', 'HELO localhost\\r\\n', 'EHLO ylmf-pc\\r\\n'])); g.e('psDisconnect', ip, port); return; }
      if (k === 'hangup') { g.e('psHangup', `${g.float(0.1, 6, 1)}`, ip, port); g.e('psDisconnect', ip, port); return; }
      g.e('psPassNew', ip, port);
      if (h !== 'unknown' && g.chance(0.4)) g.e(g.chance(0.8) ? 'noResolve' : 'noResolveTemp', h, ip);
      g.e('connect', h, ip);
      const r = g.wpick([[5, 'sasl'], [3, 'relay'], [3, 'unknownuser'], [2, 'helo'], [2, 'rbl'], [4, 'grey'], [1, 'lost'], [1, 'timeout'], [1, 'nonsmtp'], [0.6, 'illegal']]);
      const helo = g.pick(['User', 'WIN-' + g.alnum(8).toUpperCase(), 'localhost.localdomain', h === 'unknown' ? `[${ip}]` : h]);
      const fr = g.pick([`${g.alnum(8)}@${g.alnum(6)}.example`, 'info@promo.example', 'admin@example.com']);
      if (r === 'sasl') {
        const mech = g.pick(['LOGIN', 'LOGIN', 'PLAIN']);
        for (let i = 0, n = g.int(1, 4); i < n; i++) g.e('saslFailed', h, ip, mech, mech === 'LOGIN' ? g.pick(['UGFzc3dvcmQ6', 'authentication failure']) : 'authentication failure');
        g.e('lostConn', 'AUTH', h, ip);
        g.e('disconnect', h, ip, counters('auth'));
        return;
      }
      if (r === 'lost') { g.e('lostConn', g.pick(['EHLO', 'CONNECT', 'STARTTLS', 'RCPT']), h, ip); g.e('disconnect', h, ip, counters(g.pick(['quit', 'unk']))); return; }
      if (r === 'timeout') { g.e('timeoutAfter', g.pick(['EHLO', 'RCPT', 'DATA', 'END-OF-MESSAGE']), h, ip); g.e('disconnect', h, ip, counters('quit')); return; }
      if (r === 'nonsmtp') { g.e('nonSmtp', h, ip, g.pick(['GET / HTTP/1.1', 'CONNECT 203.0.113.5:25 HTTP/1.1', '\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03']));
        if (g.chance(0.5)) g.e('tooManyErrors', 'CONNECT', h, ip); g.e('disconnect', h, ip, counters('unk')); return; }
      if (r === 'illegal') { g.e('illegalAddr', h, ip, `<${g.alnum(5)}@@example.com>`); g.e('disconnect', h, ip, counters('rej')); return; }
      if (g.chance(0.2)) g.e('tlsIn', h, ip, ...cipher());
      const to = r === 'relay' ? `${g.alnum(6)}@${g.pick(['gmail.example', 'yahoo.example', 'outlook.example'])}` : r === 'unknownuser' ? `${g.pick(['admin', 'webmaster', 'test', 'hr', 'ceo'])}@example.com` : rcpt();
      if (r === 'relay') g.e('relayDenied', h, ip, to, fr, to, helo);
      else if (r === 'unknownuser') g.e('userUnknown', h, ip, to, fr, to, helo);
      else if (r === 'helo') g.e('heloNotFound', h, ip, helo === 'User' ? 'mail.invalid' : helo, fr, to, helo === 'User' ? 'mail.invalid' : helo);
      else if (r === 'rbl') g.e('rblReject', h, ip, ip, 'zen.spamhaus.org', `https://www.spamhaus.org/query/ip/${ip}`, fr, to, helo);
      else if (g.chance(0.15)) g.e('greylistedNull', h, ip, to, 'example.com', to, helo);
      else g.e('greylisted', h, ip, to, 'example.com', fr, to, helo);
      if (g.chance(0.15)) g.e('pipelining', 'RCPT', h, ip, 'DATA\\r\\n');
      g.e('disconnect', h, ip, counters(g.chance(0.2) ? 'rejtls' : 'rej'));
    };

    drive(g, {
      gapMs: 20000,
      startup: () => g.e('daemonStarted', '3.7.10', '/etc/postfix'),
      steady: [
        [14, inbound],
        [6, () => outboundMail()],
        [20, spam],
        [1.2, () => outboundMail(g.pick(['timeout', 'refused']))],
        [0.8, () => outboundMail('bounce')],
        [0.6, () => outboundMail('defer')],
        [1, () => { const h = g.pick(spammers); g.e('connect', h[0], h[1]); g.e('sslAccept', h[0], h[1], g.pick(['lost connection', '-1'])); if (g.chance(0.5)) g.e('tlsLib', 'error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:308:'); g.e('lostConn', 'STARTTLS', h[0], h[1]); g.e('disconnect', h[0], h[1], 'ehlo=1 starttls=0/1 commands=1/2'); }],
        [0.8, () => { const [, ip] = g.pick(senders.slice(0, 2)); g.e('psConnect', ip, g.eport(), '203.0.113.5', 25); g.e('psWhitelisted', ip, g.eport()); }],
      ],
      rare: [
        () => { g.e('anvilRate', `${g.int(3, 40)}`, '60s', 'smtp', g.pick(spammers)[1], g.sysTs(g.t - g.int(0, 6e5))); g.e('anvilCount', g.int(2, 12), 'smtp', g.pick(spammers)[1], g.sysTs(g.t - g.int(0, 6e5))); g.e('anvilCache', g.int(5, 60), g.sysTs(g.t - g.int(0, 6e5))); },
        () => { g.e('anvilRate', `${g.int(3, 40)}`, '60s', 'smtp', g.pick(spammers)[1], g.sysTs(g.t - g.int(0, 6e5))); g.e('anvilCount', g.int(2, 12), 'smtp', g.pick(spammers)[1], g.sysTs(g.t - g.int(0, 6e5))); g.e('anvilCache', g.int(5, 60), g.sysTs(g.t - g.int(0, 6e5))); },
        () => { g.e('scacheStart', g.sysTs(g.t - 600000)); g.e('scacheDomain', g.int(0, 40), g.int(1, 90), `${g.int(0, 60)}%`); g.e('scacheAddr', g.int(0, 40), g.int(1, 90), `${g.int(0, 60)}%`); g.e('scacheMax', g.int(1, 5), g.int(1, 5), g.int(1, 3)); },
        () => { const [h, ip] = g.pick(spammers); g.e('rateLimit', g.int(31, 90), h, ip, 'smtp'); g.e('rateLimit', g.int(31, 90), h, ip, 'smtp'); },
        () => { const id = qid(); const [h, ip] = g.pick(senders.slice(3)); g.e('connect', h, ip); g.e('client', id, h, ip); g.e('headerReject', id, 'Your invoice #' + g.int(10000, 99999) + ' is overdue', h, ip, 'billing@invoices.example', rcpt(), h, 'Message content rejected'); g.e('disconnect', h, ip, 'ehlo=1 mail=1 rcpt=1 data=0/1 quit=1 commands=4/5'); },
        () => { const id = qid(); g.e('expired', id, `${g.alnum(7)}@partner.example`); const nid = qid(); g.e('ndn', id, nid); g.e('queuedNull', nid, g.int(3000, 9000), 1); g.e('removed', id); },
        () => g.e('dbOlder', '/etc/postfix/virtual.db', '/etc/postfix/virtual'),
        () => outboundMail('noroute'),
        () => { const [h, ip] = spammers.find((x) => x[0] !== 'unknown') || spammers[0]; g.e('noResolveTemp', h === 'unknown' ? 'mail.invalid.example' : h, ip); g.e('connect', 'unknown', ip); g.e('lostConn', 'CONNECT', 'unknown', ip); g.e('disconnect', 'unknown', ip, counters('unk')); },
        () => { const [h, ip] = g.pick(spammers); g.e('connect', h, ip); g.e('nonSmtp', h, ip, 'GET / HTTP/1.1'); g.e('nonSmtp', h, ip, 'Host: 203.0.113.5:25'); g.e('tooManyErrors', 'CONNECT', h, ip); g.e('disconnect', h, ip, 'unknown=0/2 commands=0/2'); },
        () => { g.e('procExit', '/usr/lib/postfix/sbin/smtpd', g.int(2000, 30000), 1); g.e('throttling', '/usr/lib/postfix/sbin/smtpd'); },
        () => g.e('reload', '3.7.10', '/etc/postfix'),
        () => { g.e('terminating'); g.advance(5000); g.e('daemonStarted', '3.7.10', '/etc/postfix'); },
      ],
    });
  },
});

// ============================================================== Airflow ====
// Apache Airflow 2.8 scheduler with the CeleryExecutor, five DAGs (hourly,
// quarter-hourly and daily ones, one with a mapped task); task-list records
// that Airflow writes as continuation lines appear as lines of their own.
// Raw line: "[2024-04-16T10:00:00.123+0000] {scheduler_job_runner.py:417} INFO - <message>"
//       and  continuation lines such as "\t<TaskInstance: etl.extract scheduled__... [scheduled]>"
// -> Content is <message> (timestamp, {file:line} and level split off) resp.
//    the continuation line without its indentation.
const AF_KEY = "TaskInstanceKey(dag_id='<*>', task_id='<*>', run_id='<*>', try_number=<*>, map_index=<*>)";
const afFinished = (state, ex) => `TaskInstance Finished: dag_id=<*>, task_id=<*>, run_id=<*>, map_index=<*>, run_start_date=<*>, run_end_date=<*>, run_duration=<*>, state=${state}, executor_state=${ex}, try_number=<*>, max_tries=<*>, job_id=<*>, pool=<*>, queue=<*>, priority_weight=<*>, operator=<*>, queued_dttm=<*>, queued_by_job_id=<*>, pid=<*>`;
const afRunFinished = (state) => `DagRun Finished: dag_id=<*>, execution_date=<*>, run_id=<*>, run_start_date=<*>, run_end_date=<*>, run_duration=<*>, state=${state}, external_trigger=<*>, run_type=<*>, data_interval_start=<*>, data_interval_end=<*>, dag_hash=<*>`;
const AF_DAGRUN = '<DagRun <*> @ <*>: <*>, state:running, queued_at: <*>. externally triggered: <*>>';
SYSTEMS.push({
  name: 'Airflow',
  templates: {
    // start and stop
    startingScheduler: 'Starting the scheduler',
    processingEach: 'Processing each file at most <*> times',
    launchedManager: 'Launched DagFileProcessorManager with pid: <*>',
    configuredTz: 'Configured default timezone <*>',
    resetOrphaned: 'Adopting or resetting orphaned tasks for active dag runs',
    markedFailedJobs: 'Marked <*> SchedulerJob instances as failed',
    resetFollowing: 'Reset the following <*> orphaned TaskInstances:',
    sigterm: 'Exiting gracefully upon receiving signal <*>',
    sendingSignals: 'Sending Signals.SIGTERM to group <*>. PIDs of all processes in the group: [<*>]',
    sendingSignal: 'Sending the signal Signals.SIGTERM to group <*>',
    processTerminated: "Process psutil.Process(pid=<*>, status='terminated', exitcode=<*>, started='<*>') (<*>) terminated with exit code <*>",
    exitedLoop: 'Exited execute loop',
    // task-list continuation lines
    tiScheduled: '<TaskInstance: <*>.<*> <*> [scheduled]>',
    tiScheduledMapped: '<TaskInstance: <*>.<*> <*> map_index=<*> [scheduled]>',
    tiRunning: '<TaskInstance: <*>.<*> <*> [running]>',
    tiQueued: '<TaskInstance: <*>.<*> <*> [queued]>',
    // scheduling loop
    figuringOut: 'Figuring out tasks to run in Pool(name=<*>) with <*> open slots and <*> task instances ready to be queued',
    tasksUp: '<*> tasks up for execution:',
    dagRunning: 'DAG <*> has <*>/<*> running and queued tasks',
    settingQueued: 'Setting the following tasks to queued state:',
    sending: `Sending ${AF_KEY} to executor with priority <*> and queue <*>`,
    addingQueue: "Adding to queue: ['airflow', 'tasks', 'run', '<*>', '<*>', '<*>', '--local', '--subdir', '<*>']",
    addingQueueMapped: "Adding to queue: ['airflow', 'tasks', 'run', '<*>', '<*>', '<*>', '--local', '--subdir', '<*>', '--map-index', '<*>']",
    evQueued: `Received executor event with state queued for task instance ${AF_KEY}`,
    evSuccess: `Received executor event with state success for task instance ${AF_KEY}`,
    evFailed: `Received executor event with state failed for task instance ${AF_KEY}`,
    externalId: 'Setting external_id for <TaskInstance: <*>.<*> <*> [queued]> to <*>',
    externalIdMapped: 'Setting external_id for <TaskInstance: <*>.<*> <*> map_index=<*> [queued]> to <*>',
    tiFinishedSuccess: afFinished('success', 'success'),
    tiFinishedFailed: afFinished('failed', 'failed'),
    tiFinishedRetry: afFinished('up_for_retry', 'failed'),
    killedExternally: "Executor reports task instance <TaskInstance: <*>.<*> <*> [queued]> finished (failed) although the task says it's queued. (Info: None) Was the task killed externally?",
    markingRunSuccess: `Marking run ${AF_DAGRUN} successful`,
    markingRunFailed: `Marking run ${AF_DAGRUN} failed`,
    dagRunFinishedSuccess: afRunFinished('success'),
    dagRunFinishedFailed: afRunFinished('failed'),
    nextDagrun: 'Setting next_dagrun for <*> to <*>, run_after=<*>',
    maxActiveRuns: 'DAG <*> is at (or above) max_active_runs (<*> of <*>), not creating any more runs',
    maxActiveTasks: "Not executing <TaskInstance: <*>.<*> <*> [scheduled]> since the number of tasks running or queued from DAG <*> is >= to the DAG's max_active_tasks limit of <*>",
    notScheduling: 'Not scheduling since there are <*> open slots in pool <*>',
    runTimedOut: 'Run <*> of <*> has timed-out',
    // failures
    zombie: "Detected zombie job: {'full_filepath': '<*>', 'processor_subdir': '<*>', 'msg': 'Detected <TaskInstance: <*>.<*> <*> [running]> as zombie', 'simple_task_instance': <airflow.models.taskinstance.SimpleTaskInstance object at <*>>, 'is_failure_callback': True}",
    failingJobs: 'Failing (<*>) jobs without heartbeat after <*>',
    heartbeatExc: 'Scheduler heartbeat got an exception: <*>',
    celerySendErr: 'Error sending Celery task: <*>',
    celeryTaskId: 'Celery Task ID: <*>',
    dagNotFound: 'DAG <*> not found in serialized_dag table',
    dagMissing: 'DAG <*> is missing and will be deactivated.',
    deactivated: 'Deactivated <*> DAGs which are no longer present in file.',
    loopExc: 'Exception when executing SchedulerJob._run_scheduler_loop',
    adopted: 'Adopted the following <*> tasks from a dead executor',
  },
  scenario(g) {
    const pad2 = (n) => String(n).padStart(2, '0');
    const pyDt = (t) => { const d = new Date(t); return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}${g.int(100, 999)}+00:00`; };
    const isoHour = (t) => new Date(t).toISOString().replace('.000Z', '+00:00');
    const spaceHour = (t) => isoHour(t).replace('T', ' ');
    const dags = [
      { id: 'sync_inventory', every: 15, file: 'sync_inventory.py', tasks: [['fetch_stock', 'PythonOperator'], ['upsert_stock', 'PostgresOperator']], maxRuns: 1 },
      { id: 'etl_orders', every: 60, file: 'etl/orders.py', tasks: [['extract', 'PythonOperator'], ['transform', 'PythonOperator'], ['load', 'S3ToRedshiftOperator'], ['dq_check', 'SQLCheckOperator']], maxRuns: 2 },
      { id: 'ml_features', every: 60, file: 'ml/features.py', tasks: [['features.compute_user', 'KubernetesPodOperator'], ['features.compute_item', 'KubernetesPodOperator'], ['publish', 'PythonOperator']], maxRuns: 1 },
      { id: 'reports_daily', every: 1440, file: 'reports_daily.py', tasks: [['collect', 'PythonOperator'], ['render_report', '_PythonDecoratedOperator', 3], ['email', 'EmailOperator']], maxRuns: 1 },
      { id: 'cleanup_logs', every: 1440, file: 'maintenance/cleanup_logs.py', tasks: [['purge', 'BashOperator']], maxRuns: 1 },
    ];
    const runs = [];      // active runs
    const running = [];   // TIs handed to the executor
    let jobId = g.int(400000, 900000);
    const schedJob = g.int(3000, 9000);
    let pid = g.int(100, 900);
    const fileOf = (d) => `DAGS_FOLDER/${d.file}`;
    const newRun = (dag = null) => {
      const d = dag || g.zipf(dags, 0.9);
      const active = runs.filter((r) => r.dag === d).length;
      if (active >= d.maxRuns) { g.e('maxActiveRuns', d.id, active, d.maxRuns); return; }
      const manual = g.chance(0.05);
      const logical = Math.floor((g.t - d.every * 60000) / (d.every * 60000)) * d.every * 60000;
      const runId = manual ? `manual__${new Date(g.t).toISOString().replace('Z', '')}${g.int(100, 999)}+00:00` : `scheduled__${isoHour(logical)}`;
      const r = { dag: d, runId, logical, queuedAt: pyDt(g.t), start: g.t, manual, stage: 0, pending: [], active: 0, failed: false };
      runs.push(r);
      if (!manual) g.e('nextDagrun', d.id, spaceHour(logical + d.every * 60000), spaceHour(logical + 2 * d.every * 60000));
      return r;
    };
    const stageTis = (r) => {
      const [task, op, mapped] = r.dag.tasks[r.stage];
      const n = mapped || 1;
      r.pending = Array.from({ length: n }, (_, i) => ({ run: r, task, op, mapIndex: mapped ? i : -1, tryNo: 1 }));
    };
    const listTi = (ti, state) => {
      if (ti.mapIndex >= 0) g.e('tiScheduledMapped', ti.run.dag.id, ti.task, ti.run.runId, ti.mapIndex);
      else g.e(state === 'running' ? 'tiRunning' : state === 'queued' ? 'tiQueued' : 'tiScheduled', ti.run.dag.id, ti.task, ti.run.runId);
    };
    const key = (ti) => [ti.run.dag.id, ti.task, ti.run.runId, ti.tryNo, ti.mapIndex];
    const schedule = () => {
      for (const r of runs) if (!r.pending.length && !r.active && r.stage < r.dag.tasks.length) stageTis(r);
      const ready = [];
      for (const r of runs) for (const ti of r.pending) if (ready.length < 6) ready.push(ti);
      if (!ready.length) { newRun(); return; }
      const slots = 128 - running.length;
      g.e('figuringOut', 'default_pool', slots, ready.length);
      g.e('tasksUp', ready.length);
      for (const ti of ready) listTi(ti, 'scheduled');
      const byDag = new Map();
      for (const ti of ready) {
        const d = ti.run.dag.id;
        const n = byDag.has(d) ? byDag.get(d) : running.filter((x) => x.run.dag.id === d).length;
        g.e('dagRunning', d, n, 16);
        byDag.set(d, n + 1);
      }
      g.e('settingQueued');
      for (const ti of ready) listTi(ti, 'scheduled');
      for (const ti of ready) {
        g.e('sending', ...key(ti), g.int(1, 12), 'default');
        if (ti.mapIndex >= 0) g.e('addingQueueMapped', ti.run.dag.id, ti.task, ti.run.runId, fileOf(ti.run.dag), ti.mapIndex);
        else g.e('addingQueue', ti.run.dag.id, ti.task, ti.run.runId, fileOf(ti.run.dag));
      }
      g.advance(g.int(200, 2000));
      for (const ti of ready) {
        g.e('evQueued', ...key(ti));
        if (ti.mapIndex >= 0) g.e('externalIdMapped', ti.run.dag.id, ti.task, ti.run.runId, ti.mapIndex, g.uuid());
        else g.e('externalId', ti.run.dag.id, ti.task, ti.run.runId, g.uuid());
        ti.queued = g.t; ti.started = g.t + g.int(500, 4000);
        ti.run.pending.splice(ti.run.pending.indexOf(ti), 1);
        ti.run.active++;
        running.push(ti);
      }
    };
    const finishRun = (r, ok) => {
      runs.splice(runs.indexOf(r), 1);
      const lg = spaceHour(r.logical);
      const dr = [r.dag.id, lg, r.runId, r.queuedAt, r.manual ? 'True' : 'False'];
      g.e(ok ? 'markingRunSuccess' : 'markingRunFailed', ...dr);
      g.e(ok ? 'dagRunFinishedSuccess' : 'dagRunFinishedFailed', r.dag.id, lg, r.runId, pyDt(r.start), pyDt(g.t), ((g.t - r.start) / 1000).toFixed(6),
        r.manual ? 'True' : 'False', r.manual ? 'manual' : 'scheduled', lg, spaceHour(r.logical + r.dag.every * 60000), g.hex(32));
    };
    const finishTi = (forced = null) => {
      if (!running.length) { schedule(); return; }
      const ti = running.splice(g.int(0, Math.min(running.length - 1, 3)), 1)[0];
      const r = ti.run;
      r.active--;
      const outcome = forced || g.wpick([[93, 'success'], [5, 'retry'], [2, 'failed']]);
      const final = outcome === 'retry' && ti.tryNo >= 3 ? 'failed' : outcome;
      const end = Math.max(g.t, ti.started + 1000);
      const fin = (k) => g.e(k, r.dag.id, ti.task, r.runId, ti.mapIndex, pyDt(ti.started), pyDt(end), ((end - ti.started) / 1000).toFixed(6),
        ti.tryNo, 2, ++jobId, 'default_pool', 'default', g.int(1, 12), ti.op, pyDt(ti.queued), schedJob, g.int(100, 99999));
      if (final === 'success') {
        g.e('evSuccess', ...key(ti));
        fin('tiFinishedSuccess');
        if (!r.pending.length && !r.active) { if (r.failed) finishRun(r, false); else { r.stage++; if (r.stage >= r.dag.tasks.length) finishRun(r, true); } }
      } else if (final === 'retry') {
        g.e('evFailed', ...key(ti));
        fin('tiFinishedRetry');
        ti.tryNo++;
        r.pending.push(ti);
      } else {
        g.e('evFailed', ...key(ti));
        fin('tiFinishedFailed');
        r.failed = true;
        r.pending = [];
        if (!r.active) finishRun(r, false);
      }
    };
    const boot = (first) => {
      g.e('startingScheduler');
      g.e('processingEach', -1);
      g.e('launchedManager', pid += g.int(1, 20));
      g.e('configuredTz', 'UTC');
      g.e('resetOrphaned');
      if (!first) {
        g.e('markedFailedJobs', 1);
        const queued = running.filter((ti) => ti.mapIndex < 0).slice(0, 1);
        if (queued.length) {
          g.e('adopted', queued.length);
          for (const ti of queued) listTi(ti, 'queued');
        }
        const orphans = running.filter((ti) => !queued.includes(ti));
        for (const ti of orphans) running.splice(running.indexOf(ti), 1);
        if (orphans.length) {
          g.e('resetFollowing', orphans.length);
          for (const ti of orphans) { listTi(ti, 'running'); ti.run.active--; ti.run.pending.push(ti); }
        }
      }
    };

    drive(g, {
      gapMs: 9000,
      startup: () => { boot(true); for (const d of dags.slice(0, 3)) newRun(d); },
      steady: [
        [12, schedule],
        [16, () => finishTi()],
        [2.2, () => newRun()],
        [0.8, () => { const d = g.pick(dags.slice(0, 2)); g.e('maxActiveRuns', d.id, d.maxRuns, d.maxRuns); }],
      ],
      rare: [
        () => g.e('notScheduling', 0, 'default_pool'),
        () => g.e('notScheduling', 0, 'default_pool'),
        () => { const d = dags[3]; const r = newRun(d); if (r) { g.e('runTimedOut', r.runId, d.id); runs.splice(runs.indexOf(r), 1); } },
        () => {
          // a worker pod is evicted: zombie detection fails its task
          if (!running.length) schedule();
          if (!running.length) newRun(dags[1]);
          if (!running.length) schedule();
          const ti = running[0]; if (!ti) throw new Error('Airflow: no running task for the zombie episode');
          g.e('failingJobs', 1, pyDt(g.t - 300000));
          g.e('zombie', `/opt/airflow/dags/${ti.run.dag.file}`, '/opt/airflow/dags', ti.run.dag.id, ti.task, ti.run.runId, '0x7f' + g.hex(10));
          finishTi('retry');
        },
        () => {
          let ti = running.find((x) => x.mapIndex < 0);
          if (!ti) { schedule(); ti = running.find((x) => x.mapIndex < 0); }
          if (ti) g.e('killedExternally', ti.run.dag.id, ti.task, ti.run.runId);
          else g.e('killedExternally', 'etl_orders', 'load', `scheduled__${isoHour(Math.floor(g.t / 3600000) * 3600000 - 3600000)}`);
        },
        () => { g.e('celerySendErr', `Timeout, PID: ${g.int(100, 9999)}`); g.e('celeryTaskId', g.uuid()); },
        () => { for (let i = 0; i < 2; i++) { g.e('heartbeatExc', '(psycopg2.OperationalError) could not translate host name "airflow-postgresql.airflow.svc" to address: Temporary failure in name resolution'); g.advance(5000); } },
        () => { g.e('dagNotFound', 'legacy_export'); g.e('dagMissing', 'legacy_export'); g.e('deactivated', 1); },
        () => { for (const d of [dags[1], dags[2]]) { const r = runs.find((x) => x.dag === d) || newRun(d); if (r) g.e('maxActiveTasks', d.id, d.tasks[0][0], r.runId, d.id, 16); } },
        () => {
          // scheduler pod restart after a database hiccup
          for (let i = 0; running.length < 3; i++) {
            if (i > 12) throw new Error('Airflow: could not fill the executor before the restart');
            schedule();
          }
          g.e('loopExc');
          g.e('sigterm', 15);
          g.e('sendingSignals', pid, `${pid}, ${pid + 3}, ${pid + 4}`);
          g.e('sendingSignal', pid);
          g.e('processTerminated', pid, 0, new Date(g.t - 7200000).toISOString().slice(11, 19), pid, 0);
          g.e('exitedLoop');
          g.advance(30000);
          boot(false);
        },
      ],
    });
  },
});
// ============================================================ build/IO ====
function build(sys) {
  const g = new Gen(sys.name, sys.templates);
  sys.scenario(g);
  const idOf = new Map();
  return g.rows.map((r, i) => {
    const tpl = sys.templates[r.key];
    if (!idOf.has(tpl)) idOf.set(tpl, 'E' + (idOf.size + 1));
    return { lineId: String(i + 1), content: r.content, eventId: idOf.get(tpl), template: tpl };
  });
}

function csvField(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function toCsv(rows) {
  let out = HEADER + '\n';
  for (const r of rows) out += [r.lineId, r.content, r.eventId, r.template].map(csvField).join(',') + '\n';
  return out;
}

// Strict RFC 4180 reader (LF or CRLF record ends; we require LF below).
function parseCsv(text) {
  const recs = []; let rec = []; let f = ''; let i = 0; let inQ = false; let quotedField = false;
  while (i < text.length) {
    const c = text[i];
    if (inQ) {
      if (c === '"') {
        if (text[i + 1] === '"') { f += '"'; i += 2; continue; }
        inQ = false; i++; continue;
      }
      f += c; i++; continue;
    }
    if (c === '"') {
      if (f.length !== 0 || quotedField) throw new Error(`stray quote at offset ${i}`);
      inQ = true; quotedField = true; i++; continue;
    }
    if (c === ',') { rec.push(f); f = ''; quotedField = false; i++; continue; }
    if (c === '\r') throw new Error(`CR at offset ${i} (LF line ends expected)`);
    if (c === '\n') { rec.push(f); recs.push(rec); rec = []; f = ''; quotedField = false; i++; continue; }
    if (quotedField) throw new Error(`text after closing quote at offset ${i}`);
    f += c; i++;
  }
  if (inQ) throw new Error('unterminated quoted field');
  if (f.length || rec.length) throw new Error('file does not end with LF');
  return recs;
}

function rowsFromCsv(text) {
  const recs = parseCsv(text);
  if (recs.length === 0 || recs[0].join(',') !== HEADER) throw new Error('bad header: ' + JSON.stringify(recs[0]));
  return recs.slice(1).map((r, k) => {
    if (r.length !== 4) throw new Error(`record ${k + 2} has ${r.length} fields`);
    return { lineId: r[0], content: r[1], eventId: r[2], template: r[3] };
  });
}

const reEsc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexCache = new Map();
function tplRegex(tpl) {
  let re = regexCache.get(tpl);
  if (!re) { re = new RegExp('^' + tpl.split('<*>').map(reEsc).join('(.+?)') + '$'); regexCache.set(tpl, re); }
  return re;
}

function checkRows(sys, rows) {
  const errs = [];
  const err = (m) => { if (errs.length < 25) errs.push(`${sys.name}: ${m}`); };
  const registry = Object.values(sys.templates);
  const regSet = new Set(registry);
  if (regSet.size !== registry.length) {
    const seen = new Set();
    for (const [k, t] of Object.entries(sys.templates)) { if (seen.has(t)) err(`duplicate template string (key ${k}): ${t}`); seen.add(t); }
  }
  if (registry.length < 40 || registry.length > 120) err(`${registry.length} templates, expected 40..120`);
  for (const t of registry) {
    if (t.includes('<*><*>')) err(`glued wildcards in template: ${t}`);
    if (/[\r\n]/.test(t) || t !== t.trim()) err(`template has newline or leading/trailing space: ${JSON.stringify(t)}`);
    if (t.replace(/<\*>/g, '').replace(/\s/g, '').length < 3) err(`template is (almost) all wildcard: ${t}`);
  }
  if (rows.length !== N) err(`${rows.length} rows, expected ${N}`);
  const idOfTpl = new Map(); const tplOfId = new Map();
  rows.forEach((r, i) => {
    const where = `LineId ${r.lineId}`;
    if (r.lineId !== String(i + 1)) err(`${where}: expected LineId ${i + 1}`);
    if (/[\r\n]/.test(r.content)) err(`${where}: newline in Content`);
    if (r.content !== r.content.trim()) err(`${where}: leading/trailing whitespace in Content`);
    if (r.content.length === 0) err(`${where}: empty Content`);
    if (!regSet.has(r.template)) err(`${where}: template not in registry: ${r.template}`);
    if (r.template.includes('<*><*>')) err(`${where}: glued wildcards`);
    if (!tplRegex(r.template).test(r.content)) err(`${where}: Content does not match template\n    C: ${r.content}\n    T: ${r.template}`);
    if (!idOfTpl.has(r.template)) {
      const expect = 'E' + (idOfTpl.size + 1);
      if (r.eventId !== expect) err(`${where}: first appearance of a template has EventId ${r.eventId}, expected ${expect}`);
      if (tplOfId.has(r.eventId)) err(`${where}: EventId ${r.eventId} reused for a different template`);
      idOfTpl.set(r.template, r.eventId); tplOfId.set(r.eventId, r.template);
    } else if (idOfTpl.get(r.template) !== r.eventId) err(`${where}: EventId ${r.eventId} inconsistent for template`);
  });
  for (const t of registry) if (!idOfTpl.has(t)) err(`template never used: ${t}`);
  return errs;
}

function statsOf(rows) {
  const cnt = new Map();
  for (const r of rows) cnt.set(r.template, (cnt.get(r.template) || 0) + 1);
  const v = [...cnt.values()].sort((a, b) => b - a);
  const top3 = v.slice(0, 3).reduce((a, b) => a + b, 0);
  return { templates: v.length, top3: (100 * top3 / rows.length).toFixed(1) + '%', small: v.filter((x) => x <= 3).length, single: v.filter((x) => x === 1).length, max: v[0] };
}
const statsHeader = ['| System | Lines | Templates | Top-3 share | Templates with <= 3 lines | Templates with 1 line | Largest template (lines) |',
  '|---|---|---|---|---|---|---|'];
const statsLine = (name, s) => `| ${name} | ${N} | ${s.templates} | ${s.top3} | ${s.small} | ${s.single} | ${s.max} |`;

// ----------------------------------------------------------------- main ----
const args = process.argv.slice(2);
const mode = args.includes('--check') ? 'check' : args.includes('--stats') ? 'stats' : 'write';
const allErrs = [];
const table = [...statsHeader];
for (const sys of SYSTEMS) {
  let rows;
  try { rows = build(sys); } catch (e) { allErrs.push(`${sys.name}: generator error: ${e.message}`); continue; }
  allErrs.push(...checkRows(sys, rows));
  const csv = toCsv(rows);
  // the CSV must read back to exactly the same rows
  const back = rowsFromCsv(csv);
  if (JSON.stringify(back) !== JSON.stringify(rows)) allErrs.push(`${sys.name}: CSV round trip differs`);
  table.push(statsLine(sys.name, statsOf(rows)));
  const file = path.join(HERE, 'data', sys.name, `${sys.name}_2k.log_structured.csv`);
  if (mode === 'write') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, csv);
  } else if (mode === 'check') {
    if (!fs.existsSync(file)) { allErrs.push(`${sys.name}: missing ${file}`); continue; }
    const disk = fs.readFileSync(file, 'utf8');
    if (disk !== csv) allErrs.push(`${sys.name}: ${file} is not byte-identical to the generator output`);
    try { allErrs.push(...checkRows(sys, rowsFromCsv(disk))); } catch (e) { allErrs.push(`${sys.name}: ${file}: ${e.message}`); }
  }
}
if (mode === 'check') {
  const dataDir = path.join(HERE, 'data');
  const dirs = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).sort() : [];
  const want = SYSTEMS.map((s) => s.name).sort();
  if (dirs.join(',') !== want.join(',')) allErrs.push(`data/ holds [${dirs}] but systems are [${want}]`);
  const readme = path.join(HERE, 'README.md');
  if (fs.existsSync(readme)) {
    const txt = fs.readFileSync(readme, 'utf8');
    for (const l of table.slice(2)) if (!txt.includes(l)) allErrs.push(`README.md statistics line missing or stale: ${l}`);
  } else allErrs.push('README.md missing');
}
if (mode === 'stats' || mode === 'write') console.log(table.join('\n'));
if (allErrs.length) {
  console.error(allErrs.join('\n'));
  console.error(`FAILED: ${allErrs.length} problem(s)`);
  process.exit(1);
}
if (mode === 'check') console.log(`OK: ${SYSTEMS.length} systems x ${N} rows, all checks passed, files byte-identical`);
else if (mode === 'write') console.log(`wrote ${SYSTEMS.length} systems to ${path.join(HERE, 'data')}`);
