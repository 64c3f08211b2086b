#!/usr/bin/env node
// Deterministic generator for the blind-logs2 log template mining benchmark.
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
const SEED = 0x5eed2024;
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
    this.t = Date.UTC(2024, 2, 12, 7, 0, 0) + Math.floor(this.rand() * 3 * 3600e3);
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

// ================================================================ Redis ====
// redis-server 7.x in a container, master with two replicas, RDB + AOF.
// Raw line: "1:M 12 Mar 2024 10:00:00.123 * <message>" -> Content is <message>.
SYSTEMS.push({
  name: 'Redis',
  templates: {
    starting: 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
    version: 'Redis version=<*>, bits=<*>, commit=<*>, modified=<*>, pid=<*>, just started',
    cfgLoaded: 'Configuration loaded',
    maxfiles: 'Increased maximum number of open files to <*> (it was originally set to <*>).',
    monotonic: 'monotonic clock: POSIX clock_gettime',
    mode: 'Running mode=<*>, port=<*>.',
    backlog: 'WARNING: The TCP backlog setting of <*> cannot be enforced because <*> is set to the lower value of <*>.',
    serverInit: 'Server initialized',
    overcommit: "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
    moduleLoaded: "Module '<*>' loaded from <*>",
    loadingRdb: 'Loading RDB produced by version <*>',
    rdbAge: 'RDB age <*> seconds',
    rdbMem: 'RDB memory usage when created <*> Mb',
    doneLoading: 'Done loading RDB, keys loaded: <*>, keys expired: <*>.',
    dbLoaded: 'DB loaded from disk: <*> seconds',
    aofCreateBase: 'Creating AOF base file <*> on server start',
    aofCreateIncr: 'Creating AOF incr file <*> on server start',
    readingBase: 'Reading RDB base file on AOF loading...',
    dbLoadedAof: 'DB loaded from append only file: <*> seconds',
    openingIncr: 'Opening AOF incr file <*> on server start',
    ready: 'Ready to accept connections tcp',
    // RDB save cycle
    changes: '<*> changes in <*> seconds. Saving...',
    bgStarted: 'Background saving started by pid <*>',
    dbSaved: 'DB saved on disk',
    cowRdb: 'Fork CoW for RDB: current <*> MB, peak <*> MB, average <*> MB',
    bgOk: 'Background saving terminated with success',
    bgErr: 'Background saving error',
    writeErr: 'Write error saving DB on disk: <*>',
    tempFail: 'Failed opening the temp RDB file <*> (in server root dir <*>) for saving: <*>',
    // AOF
    aofSlow: 'Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.',
    aofRwStart: 'Background append only file rewriting started by pid <*>',
    aofIncrBg: 'Creating AOF incr file <*> on background rewrite',
    aofTmpBase: 'Successfully created the temporary AOF base file <*>',
    cowAof: 'Fork CoW for AOF rewrite: current <*> MB, peak <*> MB, average <*> MB',
    aofRwOk: 'Background AOF rewrite terminated with success',
    aofRenBase: 'Successfully renamed the temporary AOF base file <*> into <*>',
    aofRemoveHist: 'Removing the history file <*> in the background',
    aofRwDone: 'Background AOF rewrite finished successfully',
    // replication, master side
    replAsks: 'Replica <*>:<*> asks for synchronization',
    fullResync: 'Full resync requested by replica <*>:<*>',
    partialOk: 'Partial resynchronization request from <*>:<*> accepted. Sending <*> bytes of backlog starting from offset <*>.',
    partialNo: "Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '<*>', my replication IDs are '<*>' and '<*>')",
    backlogCreated: "Replication backlog created, my new replication IDs are '<*>' and '<*>'",
    delayDiskless: 'Delay next BGSAVE for diskless SYNC',
    bgsaveSync: 'Starting BGSAVE for SYNC with target: replicas sockets',
    rdbXferStart: 'Background RDB transfer started by pid <*>',
    disklessDone: 'Diskless rdb transfer, done reading from pipe, <*> replicas still up.',
    rdbXferOk: 'Background RDB transfer terminated with success',
    streamedOk: 'Streamed RDB transfer with replica <*>:<*> succeeded (socket). Waiting for REPLCONF ACK from replica to enable streaming',
    syncOk: 'Synchronization with replica <*>:<*> succeeded',
    replLost: 'Connection with replica <*>:<*> lost.',
    replLostId: 'Connection with replica client id #<*> lost.',
    // clients / security / admin
    outbuf: 'Client <*> scheduled to be closed ASAP for overcoming of output buffer limits.',
    attack: 'Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from <*>:<*> aborted.',
    acceptErr: 'Error accepting a client connection: <*>',
    cfgRewrite: 'CONFIG REWRITE executed with success.',
    // shutdown
    sigterm: 'Received SIGTERM scheduling shutdown...',
    userShutdown: 'User requested shutdown...',
    finalSave: 'Saving the final RDB snapshot before exiting.',
    fsyncAof: 'Calling fsync() on the AOF file.',
    pidRemove: 'Removing the pid file.',
    bye: 'Redis is now ready to exit, bye bye...',
    // temporary demotion to replica and back
    replicaof: "REPLICAOF <*>:<*> enabled (user request from '<*>')",
    cachedMaster: 'Before turning into a replica, using my own master parameters to synthesize a cached master: I may be able to synchronize with the new master with just a partial transfer.',
    connectingMaster: 'Connecting to MASTER <*>:<*>',
    syncStarted: 'MASTER <-> REPLICA sync started',
    nbConnect: 'Non blocking connect for SYNC fired the event.',
    masterPing: 'Master replied to PING, replication can continue...',
    tryPartial: 'Trying a partial resynchronization (request <*>:<*>).',
    partialSucc: 'Successful partial resynchronization with master.',
    masterAccepted: 'MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.',
    newReplId: 'Setting secondary replication ID to <*>, valid up to offset: <*>. New replication ID is <*>',
    discardCached: 'Discarding previously cached master state.',
    masterMode: "MASTER MODE enabled (user request from '<*>')",
  },
  scenario(g) {
    const replicas = [g.ip('10.42.3'), g.ip('10.42.7')];
    const peerMaster = g.ip('10.42.5');
    let pid = g.int(1, 9);
    let childPid = g.int(20, 60);
    let aofSeq = g.int(3, 9);
    let keys = g.int(180000, 260000);
    let replId = g.hex(40), replId2 = '0000000000000000000000000000000000000000';
    let offset = g.int(10_000_000, 90_000_000);
    const nextChild = () => (childPid += g.int(1, 40));
    const clientInfo = (cmd, user = 'default') => {
      const a = g.ip('10.42'), port = g.eport();
      return `id=${g.int(5, 99999)} addr=${a}:${port} laddr=10.42.0.12:6379 fd=${g.int(8, 900)} name= age=${g.int(0, 86400)} idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=${g.int(10, 200)} multi-mem=0 rbs=1024 rbp=0 obl=0 oll=${g.int(500, 9000)} omem=${g.int(33554432, 268435456)} tot-mem=${g.int(33554432, 268435456)} events=rw cmd=${cmd} user=${user} redir=-1 resp=2`;
    };

    const boot = (first) => {
      g.e('starting');
      g.e('version', '7.2.4', '64', '00000000', '0', pid);
      g.e('cfgLoaded');
      if (g.chance(0.7)) g.e('maxfiles', 10032, 1024);
      g.e('monotonic');
      g.e('mode', 'standalone', 6379);
      if (first) g.e('backlog', 511, '/proc/sys/net/core/somaxconn', 128);
      g.e('serverInit');
      g.e('overcommit');
      g.e('moduleLoaded', 'ReJSON', '/opt/redis-stack/lib/rejson.so');
      g.e('moduleLoaded', 'search', '/opt/redis-stack/lib/redisearch.so');
      if (first) {
        g.e('loadingRdb', '7.2.4');
        g.e('rdbAge', g.int(30, 900));
        g.e('rdbMem', g.float(80, 400, 2));
        g.e('doneLoading', keys, g.int(0, 40));
        g.e('dbLoaded', g.float(0.3, 3, 3));
        g.e('aofCreateBase', `appendonly.aof.${aofSeq}.base.rdb`);
        g.e('aofCreateIncr', `appendonly.aof.${aofSeq}.incr.aof`);
      } else {
        g.e('readingBase');
        g.e('loadingRdb', '7.2.4');
        g.e('rdbAge', g.int(60, 4000));
        g.e('rdbMem', g.float(80, 400, 2));
        g.e('doneLoading', keys, g.int(0, 40));
        g.e('dbLoadedAof', g.float(0.4, 4, 3));
        g.e('openingIncr', `appendonly.aof.${aofSeq}.incr.aof`);
      }
      g.e('ready');
    };

    const saveCycle = (fail = null) => {
      const secs = g.pick([60, 60, 60, 300, 300, 900]);
      g.e('changes', secs === 60 ? g.int(10000, 40000) : secs === 300 ? g.int(10, 9999) : g.int(1, 9), secs);
      g.e('bgStarted', nextChild());
      g.advance(g.int(400, 4000));
      if (fail === 'write') {
        g.e('writeErr', 'No space left on device');
        g.e('bgErr');
      } else if (fail === 'temp') {
        g.e('tempFail', `temp-${childPid}.rdb`, '/data', 'Read-only file system');
        g.e('bgErr');
      } else {
        g.e('dbSaved');
        const cur = g.int(0, 40);
        g.e('cowRdb', cur, cur + g.int(0, 20), Math.max(0, cur - g.int(0, 5)));
        g.advance(g.int(50, 400));
        g.e('bgOk');
      }
      keys += g.int(-500, 2500);
    };
    const aofRewrite = () => {
      g.e('aofRwStart', nextChild());
      aofSeq++;
      g.e('aofIncrBg', `appendonly.aof.${aofSeq}.incr.aof`);
      g.advance(g.int(1000, 9000));
      g.e('aofTmpBase', `temp-rewriteaof-bg-${childPid}.aof`);
      const cur = g.int(1, 60);
      g.e('cowAof', cur, cur + g.int(0, 30), Math.max(0, cur - g.int(0, 9)));
      g.e('aofRwOk');
      g.e('aofRenBase', `temp-rewriteaof-bg-${childPid}.aof`, `appendonly.aof.${aofSeq}.base.rdb`);
      g.e('aofRemoveHist', `appendonly.aof.${aofSeq - 1}.base.rdb`);
      if (g.chance(0.6)) g.e('aofRemoveHist', `appendonly.aof.${aofSeq - 1}.incr.aof`);
      g.e('aofRwDone');
    };
    const resync = (full, withBacklog = false) => {
      const r = g.pick(replicas);
      g.e('replAsks', r, 6379);
      if (!full) {
        const n = g.int(1000, 900000);
        g.e('partialOk', r, 6379, n, offset - n);
        return;
      }
      g.e('fullResync', r, 6379);
      if (withBacklog) g.e('backlogCreated', replId, replId2);
      g.e('delayDiskless');
      g.advance(5000);
      g.e('bgsaveSync');
      g.e('rdbXferStart', nextChild());
      g.advance(g.int(1000, 6000));
      g.e('disklessDone', g.int(1, 2));
      g.e('streamedOk', r, 6379);
      g.e('rdbXferOk');
      g.e('syncOk', r, 6379);
    };

    drive(g, {
      gapMs: 25000,
      startup: () => boot(true),
      steady: [
        [40, () => saveCycle()],
        [4, () => { const k = g.int(1, 6); for (let i = 0; i < k; i++) { g.e('aofSlow'); g.advance(g.int(900, 2500)); } }],
        [3.5, aofRewrite],
        [2.2, () => resync(g.chance(0.35))],
        [1.6, () => g.e('replLost', g.pick(replicas), 6379)],
        [0.6, () => g.e('outbuf', clientInfo(g.pick(['subscribe', 'psync', 'monitor'])))],
      ],
      rare: [
        () => resync(true, true),
        () => saveCycle('write'),
        () => saveCycle('write'),
        () => saveCycle('temp'),
        () => g.e('attack', g.ip('10.42'), g.eport()),
        () => { g.e('acceptErr', 'Too many open files'); g.e('acceptErr', 'Too many open files'); },
        () => g.e('cfgRewrite'),
        () => g.e('replLostId', g.int(10, 9999)),
        () => { g.e('replAsks', replicas[1], 6379); g.e('partialNo', g.hex(40), replId, replId2); g.e('fullResync', replicas[1], 6379);
          g.e('delayDiskless'); g.e('bgsaveSync'); g.e('rdbXferStart', nextChild()); g.e('disklessDone', 1); g.e('streamedOk', replicas[1], 6379); g.e('rdbXferOk'); g.e('syncOk', replicas[1], 6379); },
        () => {
          // restart (kubectl rollout), with the final save
          g.e('sigterm'); g.e('userShutdown'); g.e('finalSave'); g.e('dbSaved'); g.e('fsyncAof'); g.e('pidRemove'); g.e('bye');
          g.advance(8000); pid = 1; boot(false);
        },
        () => {
          // temporary demotion during a manual failover, then promoted back
          g.e('replicaof', peerMaster, 6379, clientInfo('replicaof', 'admin'));
          g.e('cachedMaster');
          g.e('connectingMaster', peerMaster, 6379);
          g.e('syncStarted');
          g.e('nbConnect');
          g.e('masterPing');
          g.e('tryPartial', replId, offset);
          g.e('partialSucc');
          g.e('masterAccepted');
          g.advance(60000);
          const oldId = replId; replId = g.hex(40);
          g.e('newReplId', oldId, offset + g.int(100, 9999), replId);
          g.e('discardCached');
          g.e('masterMode', clientInfo('replicaof', 'admin'));
        },
      ],
    });
  },
});

// ================================================================ Kafka ====
// Kafka 3.x broker in KRaft combined mode (node 2 of 3).
// Raw line: "[2024-03-12 10:00:00,123] INFO <message> (kafka.log.LocalLog$)"
// -> Content is <message>; the trailing "(logger)" belongs to the log4j pattern.
SYSTEMS.push({
  name: 'Kafka',
  templates: {
    log4jMbean: 'Registered kafka:type=kafka.Log4jController MBean',
    tlsReneg: 'Setting -D jdk.tls.rejectClientInitiatedRenegotiation=true to disable client-initiated TLS renegotiation',
    raftUnattached: '[RaftManager id=<*>] Completed transition to Unattached(epoch=<*>, voters=<*>, electionTimeoutMs=<*>)',
    raftFollower: '[RaftManager id=<*>] Completed transition to FollowerState(fetchTimeoutMs=<*>, epoch=<*>, leaderId=<*>, voters=<*>)',
    raftCandidate: '[RaftManager id=<*>] Completed transition to CandidateState(localId=<*>, epoch=<*>, retries=<*>, electionTimeoutMs=<*>)',
    raftLeader: '[RaftManager id=<*>] Completed transition to Leader(localId=<*>, epoch=<*>, epochStartOffset=<*>)',
    raftVoted: '[RaftManager id=<*>] Completed transition to Voted(epoch=<*>, votedId=<*>, voters=<*>, electionTimeoutMs=<*>)',
    thStarting: '[<*>]: Starting',
    thShuttingDown: '[<*>]: Shutting down',
    thStopped: '[<*>]: Stopped',
    thShutdown: '[<*>]: Shutdown completed',
    bsStarting: '[BrokerServer id=<*>] Transition from SHUTDOWN to STARTING',
    bsStarted: '[BrokerServer id=<*>] Transition from STARTING to STARTED',
    bsShuttingDown: '[BrokerServer id=<*>] Transition from STARTED to SHUTTING_DOWN',
    bsShutdown: '[BrokerServer id=<*>] Transition from SHUTTING_DOWN to SHUTDOWN',
    acceptor: '[SocketServer listenerType=BROKER, nodeId=<*>] Created data-plane acceptor and processors for endpoint : ListenerName(<*>)',
    enableReq: '[SocketServer listenerType=BROKER, nodeId=<*>] Enabling request processing.',
    stopProcessors: '[SocketServer listenerType=BROKER, nodeId=<*>] Stopped socket server request processors',
    socketShutdown: '[SocketServer listenerType=BROKER, nodeId=<*>] Shutdown completed',
    awaiting: 'Awaiting socket connections on <*>:<*>.',
    incarnation: '[BrokerLifecycleManager id=<*>] Incarnation <*> of broker <*> in cluster <*> is now STARTING.',
    caughtUp: '[BrokerLifecycleManager id=<*>] The broker has caught up. Transitioning from STARTING to RECOVERY.',
    unfenced: '[BrokerLifecycleManager id=<*>] The broker has been unfenced. Transitioning from RECOVERY to RUNNING.',
    ctlShutdownBegin: '[BrokerLifecycleManager id=<*>] Beginning controlled shutdown.',
    ctlShutdownDone: '[BrokerLifecycleManager id=<*>] The controller has asked us to exit controlled shutdown.',
    hbTimeout: '[BrokerLifecycleManager id=<*>] Unable to send a heartbeat because the RPC got timed out before it could be sent.',
    loadingLogs: 'Loading logs from log dirs ArraySeq(<*>)',
    skipRecovery: 'Skipping recovery of <*> logs from <*> since clean shutdown file was found',
    loadProducerState: '[LogLoader partition=<*>, dir=<*>] Loading producer state till offset <*> with message format version <*>',
    reloadSnapshot: '[LogLoader partition=<*>, dir=<*>] Reloading from producer snapshot and rebuilding producer state from offset <*>',
    producerSnapLoad: "[ProducerStateManager partition=<*>] Loading producer state from snapshot file 'SnapshotFile(offset=<*>, file=<*>)'",
    recoveryTook: '[LogLoader partition=<*>, dir=<*>] Producer state recovery took <*> for snapshot load and <*> for segment recovery from offset <*>',
    completedLoad: 'Completed load of Log(dir=<*>, topicId=<*>, topic=<*>, partition=<*>, highWatermark=<*>, lastStableOffset=<*>, logStartOffset=<*>, logEndOffset=<*>) with <*> segments in <*> (<*>/<*> completed in <*>)',
    loadedLogs: 'Loaded <*> logs in <*>',
    startingCleaner: 'Starting the log cleaner',
    version: 'Kafka version: <*>',
    commitId: 'Kafka commitId: <*>',
    startTime: 'Kafka startTimeMs: <*>',
    serverStarted: '[KafkaRaftServer nodeId=<*>] Kafka Server started',
    serverShutdown: '[KafkaRaftServer nodeId=<*>] shut down completed',
    transLeaders: '[Broker id=<*>] Transitioning <*> partition(s) to local leaders.',
    transFollowers: '[Broker id=<*>] Transitioning <*> partition(s) to local followers.',
    createPartition: '[Broker id=<*>] Creating new partition <*> with topic id <*>.',
    removedFetcher: '[ReplicaFetcherManager on broker <*>] Removed fetcher for partitions Set(<*>)',
    addedFetcher: '[ReplicaFetcherManager on broker <*>] Added fetcher to broker <*> for partitions Map(<*>)',
    logLoadedHW: '[Partition <*> broker=<*>] Log loaded for partition <*> with initial high watermark <*>',
    noHwCheckpoint: '[Partition <*> broker=<*>] No checkpointed highwatermark is found for partition <*>',
    createdLog: 'Created log for partition <*> in <*> with properties {<*>}',
    fetcherStarting: '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Starting',
    fetcherShuttingDown: '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Shutting down',
    fetcherStopped: '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Stopped',
    fetcherShutdown: '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Shutdown completed',
    truncating: '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Truncating partition <*> with TruncationState(offset=<*>, completed=<*>) due to leader epoch and offset EpochEndOffset(errorCode=<*>, partition=<*>, leaderEpoch=<*>, endOffset=<*>)',
    truncateLocal: '[UnifiedLog partition=<*>, dir=<*>] Truncating to offset <*>',
    fetchErr: '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Error sending fetch request (sessionId=<*>, epoch=<*>) to node <*>: <*>',
    // steady state
    rolled: '[LocalLog partition=<*>, dir=<*>] Rolled new log segment at offset <*> in <*> ms.',
    wroteSnapshot: '[ProducerStateManager partition=<*>] Wrote producer snapshot at offset <*> with <*> producer ids in <*> ms.',
    delRetention: '[UnifiedLog partition=<*>, dir=<*>] Deleting segment LogSegment(baseOffset=<*>, size=<*>, lastModifiedTime=<*>, largestRecordTimestamp=<*>) due to retention time <*> breach based on the largest record timestamp in the segment',
    incStartOffset: '[UnifiedLog partition=<*>, dir=<*>] Incremented log start offset to <*> due to segment deletion',
    delSegFiles: '[LocalLog partition=<*>, dir=<*>] Deleting segment files LogSegment(baseOffset=<*>, size=<*>, lastModifiedTime=<*>, largestRecordTimestamp=<*>)',
    deletedLog: 'Deleted log <*>.',
    deletedOffsetIdx: 'Deleted offset index <*>.',
    deletedTimeIdx: 'Deleted time index <*>.',
    expiredOffsets: '[GroupMetadataManager brokerId=<*>] Removed <*> expired offsets in <*> milliseconds.',
    prepRebalance: '[GroupCoordinator <*>]: Preparing to rebalance group <*> in state PreparingRebalance with old generation <*> (<*>) (reason: <*>)',
    stabilized: '[GroupCoordinator <*>]: Stabilized group <*> generation <*> (<*>) with <*> members',
    assignment: '[GroupCoordinator <*>]: Assignment received from leader <*> for group <*> for generation <*>. The group has <*> members, <*> of which are static.',
    dynJoinStable: '[GroupCoordinator <*>]: Dynamic member with unknown member id joins group <*> in Stable state. Created a new member id <*> and request the member to rejoin with this id.',
    dynJoinEmpty: '[GroupCoordinator <*>]: Dynamic member with unknown member id joins group <*> in Empty state. Created a new member id <*> and request the member to rejoin with this id.',
    dynJoinPrep: '[GroupCoordinator <*>]: Dynamic member with unknown member id joins group <*> in PreparingRebalance state. Created a new member id <*> and request the member to rejoin with this id.',
    memberFailed: '[GroupCoordinator <*>]: Member <*> in group <*> has failed, removing it from the group',
    memberLeft: '[GroupCoordinator <*>]: Member <*> has left group <*> through explicit `LeaveGroup` request; client reason: <*>',
    groupEmpty: '[GroupCoordinator <*>]: Group <*> with generation <*> is now empty (<*>)',
    electedCoord: '[GroupCoordinator <*>]: Elected as the group coordinator for partition <*> in epoch <*>',
    resignedCoord: '[GroupCoordinator <*>]: Resigned as the group coordinator for partition <*> in epoch <*>',
    loadedGroups: '[GroupMetadataManager brokerId=<*>] Finished loading offsets and group metadata from <*> in <*> milliseconds for epoch <*>, of which <*> milliseconds was spent in the scheduler.',
    unloadGroups: '[GroupMetadataManager brokerId=<*>] Scheduling unloading of offsets and group metadata from <*>',
    shrinkIsr: '[Partition <*> broker=<*>] Shrinking ISR from <*> to <*>. Leader: (highWatermark: <*>, endOffset: <*>). Out of sync replicas: <*>.',
    expandIsr: '[Partition <*> broker=<*>] Expanding ISR from <*> to <*>',
    isrUpdated: '[Partition <*> broker=<*>] ISR updated to <*> and version updated to <*>',
    txnInit: '[TransactionCoordinator id=<*>] Initialized transactionalId <*> with producerId <*> and producer epoch <*> on partition <*>',
    snapGen: '[SnapshotGenerator id=<*>] Creating new KRaft snapshot file snapshot <*> because we have waited at least <*> minute(s).',
    authFail: '[SocketServer listenerType=BROKER, nodeId=<*>] Failed authentication with <*> (channelId=<*>) (<*>)',
    denied: 'Principal = User:<*> is Denied Operation = <*> from host = <*> on resource = Topic:LITERAL:<*> for request = <*> with resourceRefCount = <*>',
    disconnectCtl: '[NodeToControllerChannelManager id=<*> name=<*>] Disconnecting from node <*> due to request timeout.',
    cancelledInflight: '[NodeToControllerChannelManager id=<*> name=<*>] Cancelled in-flight <*> request with correlation id <*> due to node <*> being disconnected (elapsed time since creation: <*>, elapsed time since send: <*>, request timeout: <*>)',
    autoCreate: 'Sent auto-creation request for Set(<*>) to the active controller.',
    topicConfig: '[DynamicConfigPublisher broker id=<*>] Updating topic <*> with new configuration : <*>',
    appendErr: '[ReplicaManager broker=<*>] Error processing append operation on partition <*>',
  },
  scenario(g) {
    const me = 2, others = [1, 3], voters = '[1, 2, 3]';
    const dir = '/var/lib/kafka/data';
    const clusterId = g.b64id(22);
    const topicDefs = [
      ['orders', 12], ['payments', 6], ['user-events', 12], ['clickstream', 24], ['inventory-updates', 6],
      ['audit-log', 3], ['notifications', 6], ['__consumer_offsets', 50], ['search-index-sync', 6],
      ['email-outbox', 3], ['fraud-scores', 6], ['shipment-tracking', 6],
    ];
    const topicIds = Object.fromEntries(topicDefs.map(([t]) => [t, g.b64id(22)]));
    const dataTopics = topicDefs.filter(([t]) => !t.startsWith('__'));
    const part = () => { const [t, n] = g.zipf(dataTopics, 1.0); return `${t}-${g.int(0, n - 1)}`; };
    const cop = () => `__consumer_offsets-${g.int(0, 49)}`;
    const offsets = new Map();
    const off = (p) => { const v = (offsets.get(p) || g.int(100000, 90000000)) + g.int(1000, 90000); offsets.set(p, v); return v; };
    const groups = ['order-processor', 'payment-service', 'analytics-etl', 'search-indexer', 'notification-sender',
      'fraud-detector', 'audit-archiver', 'inventory-sync', 'email-worker', 'clickstream-sessionizer'];
    const groupGen = new Map();
    const clientIds = ['consumer-order-processor-1', 'consumer-analytics-etl-3', 'consumer-search-indexer-2', 'consumer-payment-service-1', 'consumer-fraud-detector-4'];
    const memberId = (grp) => `${g.pick(clientIds).replace(/consumer-[a-z-]+-(\d)/, `consumer-${grp}-$1`)}-${g.uuid()}`;
    const segSize = () => g.int(1_000_000, 1_073_741_000);
    let raftEpoch = g.int(40, 90);
    let leaderId = 1;
    let correlation = g.int(1000, 90000);

    const loadPartitions = (n) => {
      const seen = new Set();
      const ps = [];
      while (ps.length < n) { const p = g.chance(0.25) ? cop() : part(); if (!seen.has(p)) { seen.add(p); ps.push(p); } }
      ps.forEach((p, i) => {
        const o = off(p);
        g.e('loadProducerState', p, dir, o, 2);
        if (g.chance(0.35)) {
          g.e('reloadSnapshot', p, dir, o);
          g.e('producerSnapLoad', p, o, `${dir}/${p}/${pad(o, 20)}.snapshot`);
        }
        g.e('recoveryTook', p, dir, `${g.int(0, 12)}ms`, `${g.int(0, 40)}ms`, o);
        const t = p.replace(/-\d+$/, ''), k = p.match(/(\d+)$/)[1];
        g.e('completedLoad', `${dir}/${p}`, topicIds[t], t, k, o, o, o - g.int(10000, 900000), o, g.int(1, 9), `${g.int(2, 90)}ms`, i + 1, n, dir);
      });
      return ps;
    };
    const boot = (first) => {
      g.e('log4jMbean');
      g.e('tlsReneg');
      g.e('raftUnattached', me, raftEpoch, voters, g.int(1000, 2000));
      for (const th of ['raft-expiration-reaper', 'raft-io-thread']) g.e('thStarting', th);
      g.e('raftFollower', me, 2000, raftEpoch, leaderId, voters);
      g.e('bsStarting', me);
      g.e('acceptor', me, 'PLAINTEXT');
      g.e('acceptor', me, 'SASL_SSL');
      for (const th of [`ExpirationReaper-${me}-Produce`, `ExpirationReaper-${me}-Fetch`, `ExpirationReaper-${me}-DeleteRecords`, `ExpirationReaper-${me}-ElectLeader`]) g.e('thStarting', th);
      g.e('incarnation', me, g.b64id(22), me, clusterId);
      g.e('loadingLogs', dir);
      if (!first) g.e('skipRecovery', g.int(100, 180), dir);
      const n = first ? 16 : 8;
      const ps = loadPartitions(n);
      g.e('loadedLogs', g.int(100, 180), `${g.int(300, 2500)}ms`);
      g.e('startingCleaner');
      g.e('thStarting', 'kafka-log-cleaner-thread-0');
      g.e('caughtUp', me);
      const lead = ps.filter((_, i) => i % 2 === 0), foll = ps.filter((_, i) => i % 2 === 1);
      g.e('transLeaders', me, g.int(40, 70));
      g.e('removedFetcher', me, lead.slice(0, 4).join(','));
      for (const p of lead.slice(0, 4)) g.e('logLoadedHW', p, me, p, off(p));
      g.e('transFollowers', me, g.int(40, 70));
      g.e('removedFetcher', me, foll.slice(0, 4).join(','));
      for (const p of foll.slice(0, 3)) g.e('logLoadedHW', p, me, p, off(p));
      for (const b of others) {
        g.e('addedFetcher', me, b, foll.slice(0, 2).map((p) => `${p} -> InitialFetchState(Some(${g.b64id(22)}),BrokerEndPoint(id=${b}, host=kafka-${b - 1}.kafka-headless:9092),${g.int(5, 40)},${off(p)})`).join(', '));
        g.e('fetcherStarting', me, b, 0);
      }
      for (const p of foll.slice(0, 2)) {
        const o = off(p);
        g.e('truncating', me, g.pick(others), 0, p, o, 'true', 0, p, g.int(5, 40), o);
        g.e('truncateLocal', p, dir, o);
      }
      g.e('unfenced', me);
      g.e('enableReq', me);
      g.e('awaiting', '0.0.0.0', 9092);
      g.e('awaiting', '0.0.0.0', 9094);
      g.e('bsStarted', me);
      g.e('version', '3.6.1');
      g.e('commitId', g.hex(16));
      g.e('startTime', g.t);
      g.e('serverStarted', me);
    };
    const roll = () => {
      const p = g.chance(0.1) ? cop() : part();
      const o = off(p);
      g.e('rolled', p, dir, o, g.int(0, 12));
      g.e('wroteSnapshot', p, o, g.int(0, 40), g.int(0, 5));
    };
    const retention = () => {
      const p = part();
      const base = off(p) - g.int(5_000_000, 9_000_000);
      const next = base + g.int(100000, 900000);
      const mtime = g.t - g.int(7 * 86400e3, 8 * 86400e3);
      const size = segSize();
      const lrt = mtime - g.int(1, 9000);
      g.e('delRetention', p, dir, base, size, mtime, lrt, '604800000ms');
      g.e('incStartOffset', p, dir, next);
      g.advance(60000);
      g.e('delSegFiles', p, dir, base, size, mtime, lrt);
      const f = `${dir}/${p}/${pad(base, 20)}`;
      g.e('deletedLog', `${f}.log.deleted`);
      g.e('deletedOffsetIdx', `${f}.index.deleted`);
      g.e('deletedTimeIdx', `${f}.timeindex.deleted`);
    };
    const groupPart = new Map(groups.map((grp) => [grp, `__consumer_offsets-${g.int(0, 49)}`]));
    const rebalance = () => {
      const grp = g.zipf(groups, 0.9);
      const gen = (groupGen.get(grp) || g.int(3, 400));
      const copP = groupPart.get(grp);
      const m = memberId(grp);
      const kind = g.wpick([[5, 'join'], [2, 'failed'], [2, 'left'], [1, 'empty']]);
      if (kind === 'failed') g.e('memberFailed', me, m, grp);
      if (kind === 'left') g.e('memberLeft', me, m, grp, 'the consumer is being closed');
      if (kind === 'empty') {
        g.e('memberLeft', me, m, grp, 'the consumer unsubscribed from all topics');
        g.e('prepRebalance', me, grp, gen, copP, `removing member ${m} on LeaveGroup; client reason: the consumer unsubscribed from all topics`);
        g.e('groupEmpty', me, grp, gen + 1, copP);
        groupGen.set(grp, gen + 1);
        return;
      }
      if (kind === 'join') g.e(g.chance(0.8) ? 'dynJoinStable' : 'dynJoinEmpty', me, grp, m);
      const reason = kind === 'join' ? `Adding new member ${m} with group instance id None; client reason: rebalance failed due to MemberIdRequiredException`
        : kind === 'failed' ? `removing member ${m} on heartbeat expiration` : `removing member ${m} on LeaveGroup; client reason: the consumer is being closed`;
      g.e('prepRebalance', me, grp, gen, copP, reason);
      if (g.chance(0.3)) g.e('dynJoinPrep', me, grp, memberId(grp));
      g.advance(g.int(200, 3000));
      const members = g.int(1, 8);
      g.e('stabilized', me, grp, gen + 1, copP, members);
      g.e('assignment', me, g.chance(0.5) ? m : memberId(grp), grp, gen + 1, members, 0);
      groupGen.set(grp, gen + 1);
    };
    const isrFlap = () => {
      const p = part(); const o = off(p);
      const lag = g.pick(others);
      const full = '1,2,3', without = [1, 2, 3].filter((x) => x !== lag).join(',');
      g.e('shrinkIsr', p, me, full, without, o, o + g.int(1, 9000), lag);
      g.e('isrUpdated', p, me, without, g.int(10, 300));
      g.advance(g.int(5000, 60000));
      g.e('expandIsr', p, me, without, full);
      g.e('isrUpdated', p, me, full, g.int(10, 300));
    };
    const election = () => {
      raftEpoch++;
      g.e('raftUnattached', me, raftEpoch, voters, g.int(1000, 2000));
      if (g.chance(0.5)) {
        raftEpoch++;
        g.e('raftCandidate', me, me, raftEpoch, 1, g.int(1000, 2000));
        g.e('raftLeader', me, me, raftEpoch, g.int(1_000_000, 9_000_000));
        leaderId = me;
      } else {
        raftEpoch++;
        const cand = g.pick(others);
        g.e('raftVoted', me, raftEpoch, cand, voters, g.int(1000, 2000));
        g.e('raftFollower', me, 2000, raftEpoch, cand, voters);
        leaderId = cand;
      }
    };
    const leadershipMove = () => {
      const b = g.pick(others);
      const ps = [part(), part()];
      g.e('transFollowers', me, ps.length);
      g.e('removedFetcher', me, ps.join(','));
      g.e('addedFetcher', me, b, ps.map((p) => `${p} -> InitialFetchState(Some(${g.b64id(22)}),BrokerEndPoint(id=${b}, host=kafka-${b - 1}.kafka-headless:9092),${g.int(5, 40)},${off(p)})`).join(', '));
      for (const p of ps) { const o = off(p); g.e('truncating', me, b, 0, p, o, 'true', 0, p, g.int(5, 40), o); g.e('truncateLocal', p, dir, o); }
    };

    drive(g, {
      gapMs: 15000,
      startup: () => boot(true),
      steady: [
        [34, roll],
        [6, retention],
        [9, () => g.e('expiredOffsets', me, g.wpick([[8, 0], [2, g.int(1, 40)]]), g.int(0, 9))],
        [8, rebalance],
        [1.6, isrFlap],
        [2, () => g.e('txnInit', me, `${g.pick(['payments-tx', 'orders-outbox', 'ledger-writer'])}-${g.int(0, 5)}`, g.int(1000, 90000), g.int(0, 30), `__transaction_state-${g.int(0, 49)}`)],
        [1.2, () => g.e('snapGen', me, `${pad(g.int(1e6, 9e6), 20)}-${pad(raftEpoch, 10)}`, 60)],
        [0.7, () => { const h = g.ip('10.42'); const k = g.int(2, 6); for (let i = 0; i < k; i++) g.e('authFail', me, `/${h}`, `10.42.0.17:9094-${h}:${g.eport()}-${g.int(0, 40)}`, 'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512'); }],
        [0.6, () => { const k = g.int(1, 3); for (let i = 0; i < k; i++) g.e('fetchErr', me, g.pick(others), 0, g.int(1e8, 2e9), g.int(1, 9000), g.pick(others), 'java.net.SocketTimeoutException: Failed to connect within 30000 ms'); }],
        [0.5, () => { const u = g.pick(['reporting', 'legacy-billing']); const t = part().replace(/-\d+$/, ''); const k = g.int(1, 4); for (let i = 0; i < k; i++) g.e('denied', u, g.pick(['Read', 'Describe']), g.ip('10.42'), t, g.pick(['Fetch', 'Metadata', 'OffsetFetch']), 1); }],
      ],
      rare: [
        () => { const t = 'invoice-pdf-jobs'; g.e('autoCreate', t); g.advance(300); g.e('createPartition', me, `${t}-0`, g.b64id(22)); g.e('createdLog', `${t}-0`, `${dir}/${t}-0`, 'min.insync.replicas=2, retention.ms=259200000'); g.e('noHwCheckpoint', `${t}-0`, me, `${t}-0`); g.e('logLoadedHW', `${t}-0`, me, `${t}-0`, 0); },
        () => { const t = 'returns'; g.e('createPartition', me, `${t}-1`, g.b64id(22)); g.e('createdLog', `${t}-1`, `${dir}/${t}-1`, 'cleanup.policy=compact'); g.e('noHwCheckpoint', `${t}-1`, me, `${t}-1`); g.e('logLoadedHW', `${t}-1`, me, `${t}-1`, 0); },
        () => g.e('topicConfig', me, 'clickstream', 'retention.ms -> 172800000'),
        () => { const p = part(); g.e('appendErr', me, p); g.e('appendErr', me, p); },
        () => {
          g.e('hbTimeout', me);
          g.e('disconnectCtl', me, 'heartbeat', leaderId);
          g.e('cancelledInflight', me, 'heartbeat', 'BROKER_HEARTBEAT', ++correlation, leaderId, `${g.int(4500, 4999)}ms`, `${g.int(4500, 4999)}ms`, '4500ms');
          g.e('hbTimeout', me);
        },
        election,
        election,
        leadershipMove,
        () => {
          const p = cop();
          g.e('electedCoord', me, p, g.int(10, 90));
          g.e('loadedGroups', me, p, g.int(2, 400), g.int(10, 90), g.int(0, 3));
          g.advance(90000);
          const q = cop();
          g.e('resignedCoord', me, q, g.int(10, 90));
          g.e('unloadGroups', me, q);
        },
        () => {
          g.e('ctlShutdownBegin', me);
          g.e('ctlShutdownDone', me);
          g.e('bsShuttingDown', me);
          g.e('stopProcessors', me);
          for (const b of others) { g.e('fetcherShuttingDown', me, b, 0); g.e('fetcherStopped', me, b, 0); g.e('fetcherShutdown', me, b, 0); }
          for (const th of [`ExpirationReaper-${me}-Produce`, `ExpirationReaper-${me}-Fetch`]) { g.e('thShuttingDown', th); g.e('thStopped', th); g.e('thShutdown', th); }
          g.e('thShuttingDown', 'kafka-log-cleaner-thread-0'); g.e('thStopped', 'kafka-log-cleaner-thread-0'); g.e('thShutdown', 'kafka-log-cleaner-thread-0');
          g.e('socketShutdown', me);
          g.e('bsShutdown', me);
          g.e('serverShutdown', me);
          g.advance(20000);
          boot(false);
        },
      ],
    });
  },
});

// ============================================================= RabbitMQ ====
// RabbitMQ 3.12 node in a 3-node cluster on Kubernetes, console logging.
// Raw line: "2024-03-12 10:00:00.123456+00:00 [info] <0.812.0> <message>"
// -> Content is <message> (timestamp, level and the logging Erlang process split off).
SYSTEMS.push({
  name: 'RabbitMQ',
  templates: {
    starting: 'Starting RabbitMQ <*> on Erlang <*> [<*>]',
    license: 'Licensed under the MPL 2.0. Website: https://rabbitmq.com',
    bNode: 'node           : <*>',
    bHome: 'home dir       : <*>',
    bConfig: 'config file(s) : <*>',
    bCookie: 'cookie hash    : <*>',
    bLogs: 'log(s)         : <*>',
    bData: 'data dir       : <*>',
    ffFound: 'Feature flags: list of feature flags found:',
    ffOn: 'Feature flags:   [x] <*>',
    ffOff: 'Feature flags:   [ ] <*>',
    ffWritten: 'Feature flags: feature flag states written to disk: yes',
    prelaunch: 'Prelaunch DONE',
    peerLock: 'Will try to lock with peer discovery backend <*>',
    peerNoReg: 'Peer discovery backend <*> does not support registration, skipping registration.',
    mnesiaWait: 'Waiting for Mnesia tables for <*> ms, <*> retries left',
    mnesiaSynced: 'Successfully synced tables from a peer',
    memLimit: 'Memory high watermark set to <*> MiB (<*> bytes) of <*> MiB (<*> bytes) total',
    diskMonitor: 'Enabling free disk space monitoring (disk free space: <*>, total memory: <*>)',
    diskLimit: 'Disk free limit set to <*>',
    storeStarting: "Starting message stores for vhost '<*>'",
    storeIndex: 'Message store "<*>": using rabbit_msg_store_ets_index to provide index',
    storeTransient: "Started message store of type transient for vhost '<*>'",
    storePersistent: "Started message store of type persistent for vhost '<*>'",
    recoveringQueues: 'Recovering <*> queues of type <*> took <*>',
    connTable: "Setting up a table for connection tracking on this node: '<*>'",
    readyListeners: 'Ready to start client connection listeners',
    tcpListener: 'started TCP listener on <*>:<*>',
    tlsListener: 'started TLS (SSL) listener on <*>:<*>',
    mgmtListener: 'Management plugin: HTTP (non-TLS) listener started on port <*>',
    promListener: 'Prometheus metrics: HTTP (non-TLS) listener started on port <*>',
    statsDb: 'Statistics database started.',
    startupComplete: 'Server startup complete; <*> plugins started.',
    timeToStart: 'Time to start RabbitMQ: <*> ms',
    definitions: 'Applying definitions from regular file at <*>',
    importing: 'Importing concurrently <*> <*>...',
    permsSet: "Successfully set permissions for user '<*>' in virtual host '<*>' to '<*>', '<*>', '<*>'",
    // client connections
    accepting: 'accepting AMQP connection <*> (<*>:<*> -> <*>:<*>)',
    clientName: 'connection <*> (<*>:<*> -> <*>:<*>) has a client-provided name: <*>',
    authOk: "connection <*> (<*>:<*> -> <*>:<*>): user '<*>' authenticated and granted access to vhost '<*>'",
    authOkNamed: "connection <*> (<*>:<*> -> <*>:<*> - <*>): user '<*>' authenticated and granted access to vhost '<*>'",
    closing: "closing AMQP connection <*> (<*>:<*> -> <*>:<*>, vhost: '<*>', user: '<*>')",
    closingNamed: "closing AMQP connection <*> (<*>:<*> -> <*>:<*> - <*>, vhost: '<*>', user: '<*>')",
    unexpectedClose: 'closing AMQP connection <*> (<*>:<*> -> <*>:<*> - <*>): client unexpectedly closed TCP connection',
    missedHb: 'closing AMQP connection <*> (<*>:<*> -> <*>:<*>): missed heartbeats from client, timeout: <*>',
    handshakeTimeout: 'closing AMQP connection <*> (<*>:<*> -> <*>:<*>): {handshake_timeout,<*>}',
    loginRefused: "Error on AMQP connection <*> (<*>:<*> -> <*>:<*>, state: starting): PLAIN login refused: user '<*>' - invalid credentials",
    vhostRefused: "Error on AMQP connection <*> (<*>:<*> -> <*>:<*>, user: '<*>', state: opening): access to vhost '<*>' refused for user '<*>'",
    chNotFound: "Channel error on connection <*> (<*>:<*> -> <*>:<*>, vhost: '<*>', user: '<*>'), channel <*>: operation <*> caused a channel exception not_found: <*>",
    chPrecondition: "Channel error on connection <*> (<*>:<*> -> <*>:<*>, vhost: '<*>', user: '<*>'), channel <*>: operation <*> caused a channel exception precondition_failed: <*>",
    chAccessRefused: "Channel error on connection <*> (<*>:<*> -> <*>:<*>, vhost: '<*>', user: '<*>'), channel <*>: operation <*> caused a channel exception access_refused: <*>",
    httpDenied: "HTTP access denied: user '<*>' - invalid credentials",
    consumerTimeout: 'Consumer <*> on channel <*> has timed out waiting for a consumer acknowledgement of a delivery with delivery tag = <*>. Timeout used: <*> ms. This timeout value can be configured, see consumers doc guide to learn more',
    // alarms
    memAlarmSet: 'vm_memory_high_watermark set. Memory used:<*> allowed:<*>',
    memAlarmNode: "memory resource limit alarm set on node '<*>'.",
    publishersBlocked: 'Publishers will be blocked until this alarm clears',
    memAlarmClear: 'vm_memory_high_watermark clear. Memory used:<*> allowed:<*>',
    memAlarmCleared: "memory resource limit alarm cleared on node '<*>'",
    memAlarmClearedAll: 'memory resource limit alarm cleared across the cluster',
    // cluster membership
    nodeDown: 'node <*> down: <*>',
    nodeUp: 'node <*> up',
    rabbitDown: 'rabbit on node <*> down',
    rabbitUp: 'rabbit on node <*> up',
    keepingListeners: 'Keeping <*> listeners: the node is already back',
    // quorum queues (Ra)
    raLeaderDown: "queue '<*>' in vhost '<*>': Leader monitor down with noconnection, setting election timeout",
    raPreVote: "queue '<*>' in vhost '<*>': follower -> pre_vote in term: <*> machine version: <*>",
    raCandidate: "queue '<*>' in vhost '<*>': pre_vote -> candidate in term: <*> machine version: <*>",
    raLeader: "queue '<*>' in vhost '<*>': candidate -> leader in term: <*> machine version: <*>",
    raNewLeader: "queue '<*>' in vhost '<*>': detected a new leader <*> in term <*>",
    raGrantVote: "queue '<*>' in vhost '<*>': granting vote for <*> with last indexterm <*> for term <*> previous term was <*>",
    raFollower: "queue '<*>' in vhost '<*>': leader -> follower in term: <*> machine version: <*>",
    // shutdown
    stopAsked: 'RabbitMQ is asked to stop...',
    stoppingStore: "Stopping message store for directory '<*>'",
    storeStopped: "Message store for directory '<*>' is stopped",
    stoppedAll: 'Successfully stopped RabbitMQ and its dependencies',
  },
  scenario(g) {
    const self = 'rabbit@rabbitmq-server-1.rabbitmq-nodes.messaging';
    const peers = ['rabbit@rabbitmq-server-0.rabbitmq-nodes.messaging', 'rabbit@rabbitmq-server-2.rabbitmq-nodes.messaging'];
    const myIp = '10.42.2.31';
    const dataDir = `/var/lib/rabbitmq/mnesia/${self}`;
    const vhosts = ['/', 'orders', 'billing', 'telemetry'];
    const users = [['order-svc', 'orders'], ['billing-worker', 'billing'], ['telemetry-ingest', 'telemetry'], ['notifier', '/'], ['celery', '/'], ['report-gen', 'billing']];
    const appNames = { 'order-svc': 'order-service', 'billing-worker': 'billing-worker', 'telemetry-ingest': 'telemetry-collector', notifier: 'notification-dispatcher', celery: 'celery-worker', 'report-gen': 'reporting' };
    const queues = [['orders.created', 'orders'], ['orders.fulfilment', 'orders'], ['invoices', 'billing'], ['telemetry.raw', 'telemetry'], ['emails', '/'], ['celery', '/']];
    let epid = g.int(9000, 12000);
    const epidNew = () => `<0.${(epid += g.int(3, 400))}.0>`;
    const open = [];

    const boot = () => {
      g.e('starting', '3.12.12', '26.2.2', 'jit');
      g.e('license');
      g.e('bNode', self);
      g.e('bHome', '/var/lib/rabbitmq');
      g.e('bConfig', '/etc/rabbitmq/conf.d/10-defaults.conf');
      g.e('bConfig', '/etc/rabbitmq/conf.d/20-cluster.conf');
      g.e('bCookie', g.b64id(22) + '==');
      g.e('bLogs', '<stdout>');
      g.e('bData', dataDir);
      g.e('ffFound');
      const ffs = ['classic_mirrored_queue_version', 'classic_queue_type_delivery_support', 'direct_exchange_routing_v2', 'drop_unroutable_metric',
        'empty_basic_get_metric', 'feature_flags_v2', 'implicit_default_bindings', 'listener_records_in_ets', 'maintenance_mode_status',
        'quorum_queue', 'restart_streams', 'stream_queue', 'stream_sac_coordinator_unblock_group', 'tracking_records_in_ets', 'user_limits',
        'virtual_host_metadata', 'khepri_db', 'message_containers'];
      for (const f of ffs) g.e(f === 'khepri_db' || f === 'message_containers' ? 'ffOff' : 'ffOn', f);
      g.e('ffWritten');
      g.e('prelaunch');
      g.e('peerLock', 'rabbit_peer_discovery_k8s');
      g.e('mnesiaWait', 30000, 9);
      g.e('mnesiaSynced');
      g.e('peerNoReg', 'rabbit_peer_discovery_k8s');
      g.e('memLimit', 3276, 3435973836, 8192, 8589934592);
      g.e('diskMonitor', `${g.int(20000, 60000)}MB`, '8192MB');
      g.e('diskLimit', '50MB');
      for (const v of vhosts) {
        g.e('storeStarting', v);
        const hash = g.alnum(25, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
        g.e('storeIndex', `${dataDir}/msg_stores/vhosts/${hash}/msg_store_transient`);
        g.e('storeTransient', v);
        g.e('storeIndex', `${dataDir}/msg_stores/vhosts/${hash}/msg_store_persistent`);
        g.e('storePersistent', v);
        g.e('recoveringQueues', g.int(0, 12), 'rabbit_classic_queue', `${g.int(0, 40)}ms`);
        g.e('recoveringQueues', g.int(0, 6), 'rabbit_quorum_queue', `${g.int(0, 9)}ms`);
      }
      g.e('connTable', 'tracked_connection_on_node_' + self);
      g.e('readyListeners');
      g.e('tcpListener', '[::]', 5672);
      g.e('tlsListener', '[::]', 5671);
      g.e('mgmtListener', 15672);
      g.e('statsDb');
      g.e('promListener', 15692);
      g.e('startupComplete', 6);
      g.e('timeToStart', g.int(8000, 30000));
    };
    const conn = () => {
      const [user, vhost] = g.zipf(users, 0.8);
      const c = { pid: epidNew(), ip: g.ip('10.42'), port: g.eport(), user, vhost, named: user !== 'celery' && g.chance(0.85) };
      g.e('accepting', c.pid, c.ip, c.port, myIp, 5672);
      if (c.named) {
        c.name = `${appNames[user]}-${g.alnum(5)}`;
        g.e('clientName', c.pid, c.ip, c.port, myIp, 5672, c.name);
        g.e('authOkNamed', c.pid, c.ip, c.port, myIp, 5672, c.name, user, vhost);
      } else g.e('authOk', c.pid, c.ip, c.port, myIp, 5672, user, vhost);
      open.push(c);
    };
    const close = () => {
      if (open.length === 0) return conn();
      const i = g.int(0, Math.min(open.length - 1, 6));
      const [c] = open.splice(i, 1);
      const how = g.wpick([[20, 'clean'], [2, 'unexpected'], [1, 'hb']]);
      if (how === 'hb') g.e('missedHb', c.pid, c.ip, c.port, myIp, 5672, '60s');
      else if (how === 'unexpected' && c.named) g.e('unexpectedClose', c.pid, c.ip, c.port, myIp, 5672, c.name);
      else if (c.named) g.e('closingNamed', c.pid, c.ip, c.port, myIp, 5672, c.name, c.vhost, c.user);
      else g.e('closing', c.pid, c.ip, c.port, myIp, 5672, c.vhost, c.user);
    };
    const anyOpen = () => (open.length ? g.pick(open) : null);
    const chErr = (kind) => {
      const c = anyOpen(); if (!c) return conn();
      const ch = g.int(1, 12);
      if (kind === 'nf') g.e('chNotFound', c.pid, c.ip, c.port, myIp, 5672, c.vhost, c.user, ch, 'queue.declare', `no queue '${g.pick(['orders.retry', 'invoices.dlq', 'reply-' + g.alnum(8)])}' in vhost '${c.vhost}'`);
      else if (kind === 'pf') g.e('chPrecondition', c.pid, c.ip, c.port, myIp, 5672, c.vhost, c.user, ch, 'queue.declare', `inequivalent arg 'x-queue-type' for queue '${g.pick(queues)[0]}' in vhost '${c.vhost}': received none but current is the value 'quorum' of type 'longstr'`);
      else g.e('chAccessRefused', c.pid, c.ip, c.port, myIp, 5672, c.vhost, c.user, ch, 'basic.publish', `write access to exchange 'amq.topic' in vhost '${c.vhost}' refused for user '${c.user}'`);
    };
    const raElection = (win) => {
      const [q, v] = g.pick(queues.filter(([n]) => n !== 'celery' && n !== 'emails'));
      const term = g.int(3, 40);
      g.e('raLeaderDown', q, v);
      g.e('raPreVote', q, v, term, 3);
      if (win) {
        g.e('raCandidate', q, v, term + 1, 3);
        g.e('raLeader', q, v, term + 1, 3);
      } else {
        const other = g.pick(peers);
        g.e('raGrantVote', q, v, `{'${v === '/' ? '%2F' : v}_${q}','${other}'}`, `{${g.int(1000, 90000)},${term}}`, term + 1, term);
        g.e('raNewLeader', q, v, `{'${v === '/' ? '%2F' : v}_${q}','${other}'}`, term + 1);
      }
    };

    drive(g, {
      gapMs: 9000,
      startup: () => {
        boot();
        g.e('definitions', '/etc/rabbitmq/definitions.json');
        for (const [n, what] of [[4, 'users'], [4, 'vhosts'], [6, 'permissions'], [2, 'policies'], [11, 'queues'], [7, 'exchanges'], [19, 'bindings']]) g.e('importing', n, what);
        for (const [u, v] of users.slice(0, 3)) g.e('permsSet', u, v, '.*', '.*', '.*');
        for (let i = 0; i < 6; i++) conn();
      },
      steady: [
        [32, conn],
        [30, close],
        [1.6, () => { const u = g.pick(['guest', 'admin', 'test', 'rabbit', 'order-svc']); const ip = g.ip('10.42'); const k = g.int(1, 6);
          for (let i = 0; i < k; i++) { const p = epidNew(), port = g.eport(); g.e('accepting', p, ip, port, myIp, 5672); g.e('loginRefused', p, ip, port, myIp, 5672, u); } }],
        [2.5, () => chErr(g.wpick([[5, 'nf'], [3, 'pf'], [1, 'ar']]))],
        [0.8, () => { const c = anyOpen(); if (!c) return conn(); g.e('consumerTimeout', `amq.ctag-${g.b64id(22)}`, g.int(1, 9), g.int(1, 90000), 1800000); }],
        [0.6, () => { const k = g.int(1, 3); for (let i = 0; i < k; i++) g.e('httpDenied', g.pick(['guest', 'monitoring', 'admin'])); }],
        [0.5, () => raElection(g.chance(0.5))],
      ],
      rare: [
        () => {
          g.e('memAlarmSet', 3435973836 + g.int(1, 9e7), 3435973836);
          g.e('memAlarmNode', self);
          g.e('publishersBlocked');
          g.advance(20000);
          g.e('memAlarmClear', 3435973836 - g.int(1e7, 9e7), 3435973836);
          g.e('memAlarmCleared', self);
          g.e('memAlarmClearedAll');
        },
        () => {
          const p = peers[1];
          g.e('nodeDown', p, 'connection_closed');
          g.e('rabbitDown', p);
          raElection(true); raElection(true);
          g.advance(45000);
          g.e('nodeUp', p);
          g.e('rabbitUp', p);
          g.e('keepingListeners', p);
        },
        () => { const p = epidNew(), ip = g.ip('10.42'), port = g.eport(); g.e('accepting', p, ip, port, myIp, 5672); g.advance(10000); g.e('handshakeTimeout', p, ip, port, myIp, 5672, 'frame_header'); },
        () => { const p = epidNew(), ip = g.ip('10.42'), port = g.eport(); g.e('accepting', p, ip, port, myIp, 5672); g.e('vhostRefused', p, ip, port, myIp, 5672, 'report-gen', 'orders', 'report-gen'); },
        () => {
          g.e('stopAsked');
          for (const v of vhosts.slice(0, 2)) {
            const d = `${dataDir}/msg_stores/vhosts/${g.alnum(25, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/msg_store_persistent`;
            g.e('stoppingStore', d); g.e('storeStopped', d);
          }
          g.e('stoppedAll');
          open.length = 0;
          g.advance(15000);
          boot();
        },
        () => { const [q, v] = queues[0]; g.e('raFollower', q, v, g.int(10, 40), 3); },
      ],
    });
  },
});

// ======================================================== Elasticsearch ====
// Elasticsearch 8.x node (elected master, also data/ingest) of a logging
// cluster, plain-text console pattern.
// Raw line: "[2024-03-12T10:00:00,123][INFO ][o.e.c.m.MetadataCreateIndexService] [es-0] <message>"
// -> Content is <message> (timestamp, level, logger and node name split off).
SYSTEMS.push({
  name: 'Elasticsearch',
  templates: {
    version: 'version[<*>], pid[<*>], build[<*>], OS[<*>], JVM[<*>]',
    jvmHome: 'JVM home [<*>], using bundled JDK [<*>]',
    jvmArgs: 'JVM arguments [<*>]',
    locale: 'Default Locale [<*>]',
    module: 'loaded module [<*>]',
    plugin: 'loaded plugin [<*>]',
    dataPaths: 'using [<*>] data paths, mounts [<*>], net usable_space [<*>], net total_space [<*>], types [<*>]',
    heap: 'heap size [<*>], compressed ordinary object pointers [<*>]',
    nodeName: 'node name [<*>], node ID [<*>], cluster name [<*>], roles [<*>]',
    secEnabled: 'Security is enabled',
    parsedRoles: 'parsed [<*>] roles from file [<*>]',
    initialized: 'initialized',
    starting: 'starting ...',
    publish: 'publish_address {<*>:<*>}, bound_addresses {<*>:<*>}',
    bootstrapChecks: 'bootstrap checks passed',
    clusterUuid: 'cluster UUID [<*>]',
    electedMaster: 'elected-as-master ([<*>] nodes joined in term <*>)[<*>], term: <*>, version: <*>, delta: master node changed {previous [], current [<*>]}',
    started: 'started <*>',
    recoveredIndices: 'recovered [<*>] indices into cluster_state',
    license: 'license [<*>] mode [<*>] - valid',
    healthRedYellow: 'Cluster health status changed from [RED] to [YELLOW] (reason: [<*>]).',
    healthYellowGreen: 'Cluster health status changed from [YELLOW] to [GREEN] (reason: [<*>]).',
    healthGreenYellow: 'Cluster health status changed from [GREEN] to [YELLOW] (reason: [<*>]).',
    // indices, mappings, ILM
    creatingIndex: '[<*>] creating index, cause [<*>], templates [<*>], shards [<*>]/[<*>]',
    updateMapping: '[<*>/<*>] update_mapping [<*>]',
    createMapping: '[<*>/<*>] create_mapping',
    deletingIndex: '[<*>/<*>] deleting index',
    ilmMove: 'moving index [<*>] from [<*>] to [<*>] in policy [<*>]',
    ilmRetry: 'policy [<*>] for index [<*>] on an error step due to a transient error, moving back to the failed step [<*>] for execution. retry attempt [<*>]',
    ilmError: 'policy [<*>] for index [<*>] failed on step [<*>]. Moving to ERROR step',
    rollover: 'rolling over data stream [<*>] from [<*>] to [<*>] because [<*>] condition(s) were met',
    templateAdded: 'adding index template [<*>] for index patterns [<*>]',
    componentAdded: 'adding component template [<*>]',
    ilmPolicyAdded: 'adding index lifecycle policy [<*>]',
    ilmPolicyUpdated: 'updating index lifecycle policy [<*>]',
    settingUpdated: 'updating [<*>] from [<*>] to [<*>]',
    // disk, memory
    lowDisk: 'low disk watermark [<*>] exceeded on [<*>][<*>][<*>] free: <*>[<*>], replicas will not be assigned to this node',
    highDisk: 'high disk watermark [<*>] exceeded on [<*>][<*>][<*>] free: <*>[<*>], shards will be relocated away from this node; currently relocating away shards totalling [<*>] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete',
    lowDiskOk: 'low disk watermark [<*>] no longer exceeded on [<*>][<*>][<*>] free: <*>[<*>]',
    gcOverhead: '[gc][<*>] overhead, spent [<*>] collecting in the last [<*>]',
    breaker: '[<*>] Data too large, data for [<*>] would be [<*>/<*>], which is larger than the limit of [<*>/<*>], real usage: [<*>], new bytes reserved: [<*>/<*>], usages [<*>]',
    // slow logs
    searchSlow: '[<*>][<*>] took[<*>], took_millis[<*>], total_hits[<*> hits], types[], stats[], search_type[<*>], total_shards[<*>], source[<*>], id[<*>],',
    indexSlow: '[<*>/<*>] took[<*>], took_millis[<*>], type[<*>], id[<*>], routing[], source[<*>]',
    // cluster membership, shards
    nodeJoin: 'node-join[<*> joining], term: <*>, version: <*>, delta: added {<*>}',
    nodeLeft: 'node-left[<*> reason: disconnected], term: <*>, version: <*>, delta: removed {<*>}',
    nodeLeftFollower: 'node-left[<*> reason: followers check retry count exceeded [timeouts=<*>, failures=<*>]], term: <*>, version: <*>, delta: removed {<*>}',
    failedConnect: 'failed to connect to node [<*>] (tried [<*>] times)',
    delayedReroute: 'scheduling reroute for delayed shards in [<*>] (<*> delayed shards)',
    recoveryInterrupted: 'recovery of [<*>][<*>] from [<*>] interrupted by network disconnect, will retry in [<*>]; cause: [<*>]',
    failingShard: 'failing shard [<*>][<*>] on node [<*>]: <*>',
    timedOutResponse: 'Received response for a request that has timed out, sent [<*>/<*>] ago, timed out [<*>/<*>] ago, action [<*>], node [<*>], id [<*>]',
    slowClusterTask: 'took [<*>], which is over [<*>], to compute cluster state update for [<*>]',
    bulkReject: 'failed to execute bulk item (index) index {[<*>][<*>], source[<*>]}',
    authFail: 'Authentication of [<*>] was terminated by realm [<*>] - failed to authenticate user [<*>]',
    // snapshots
    slmIssue: 'snapshot lifecycle policy [<*>] issuing create snapshot [<*>]',
    slmOk: 'snapshot lifecycle policy job [<*>] issued new snapshot creation for [<*>] successfully',
    snapStarted: 'snapshot [<*>:<*>/<*>] started',
    snapCompleted: 'snapshot [<*>:<*>/<*>] completed with state [SUCCESS]',
    snapPartial: 'snapshot [<*>:<*>/<*>] completed with state [PARTIAL]',
    slmRetention: 'starting SLM retention snapshot cleanup task',
    slmDeleting: 'deleting snapshots [<*>] from repository [<*>]',
    slmDeleted: 'snapshots [<*>] deleted',
    slmRetentionDone: 'SLM retention snapshot cleanup task complete',
    // ML housekeeping
    mlMaintenance: 'triggering scheduled [ML] maintenance tasks',
    mlExpired: 'Deleting expired data',
    mlDone: 'Completed deletion of expired ML data',
    mlSuccess: 'Successfully completed [ML] maintenance task: <*>',
    // shutdown
    stopping: 'stopping ...',
    stopped: 'stopped',
    closing: 'closing ...',
    closed: 'closed',
    nativeStopped: 'Native controller process has stopped - no new native processes can be started',
  },
  scenario(g) {
    const self = 'es-0', selfId = g.b64id(22), selfIp = '10.42.1.15';
    const nodes = [['es-1', g.b64id(22), '10.42.2.16'], ['es-2', g.b64id(22), '10.42.3.17'], ['es-data-hot-0', g.b64id(22), '10.42.4.21'], ['es-data-hot-1', g.b64id(22), '10.42.5.22'], ['es-data-warm-0', g.b64id(22), '10.42.6.23']];
    const nodeDesc = ([n, id, ip], roles = 'hs') => `{${n}}{${id}}{${g.b64id(22)}}{${n}}{${ip}}{${ip}:9300}{${roles}}{8.12.2}{7000099-8500010}`;
    let term = g.int(5, 30), version = g.int(20000, 90000);
    const nextVer = () => (version += g.int(1, 6));
    const streams = ['logs-nginx.access-default', 'logs-app.checkout-prod', 'logs-app.payments-prod', 'logs-system.syslog-default', 'metrics-system.cpu-default', 'logs-kubernetes.container_logs-default', 'traces-apm-default'];
    const gens = new Map(streams.map((s) => [s, g.int(5, 120)]));
    const uuids = new Map();
    const uuidOf = (idx) => { if (!uuids.has(idx)) uuids.set(idx, g.b64id(22)); return uuids.get(idx); };
    const backing = (s, t = g.t) => `.ds-${s}-${g.ymd(t)}-${pad(gens.get(s), 6)}`;
    const anyIndex = () => backing(g.zipf(streams, 1.0));
    const step = (phase, action, name) => `{"phase":"${phase}","action":"${action}","name":"${name}"}`;
    const dataPath = '/usr/share/elasticsearch/data';
    const queries = [
      '{"size":50,"query":{"bool":{"filter":[{"range":{"@timestamp":{"gte":"now-15m"}}},{"term":{"service.name":"checkout"}}]}},"sort":[{"@timestamp":{"order":"desc"}}]}',
      '{"size":0,"query":{"range":{"@timestamp":{"gte":"now-24h"}}},"aggregations":{"by_status":{"terms":{"field":"http.response.status_code","size":20}}}}',
      '{"size":500,"query":{"query_string":{"query":"message:*timeout* AND log.level:error"}}}',
      '{"size":0,"aggregations":{"hist":{"date_histogram":{"field":"@timestamp","fixed_interval":"30s"}}}}',
      '{"size":100,"query":{"match_phrase":{"message":"connection reset by peer"}}}',
    ];
    let diskExceeded = false;
    const freeStr = () => { const gb = g.float(20, 36, 1); return [`${gb}gb`, `${(gb / 2.5).toFixed(1)}%`]; };

    const boot = () => {
      g.e('version', '8.12.2', g.int(7, 9), 'docker/48a287ab9497e852de30327444b0809e55d46466/2024-02-19T10:04:32.774273190Z', 'Linux/5.15.0-1057-aws/amd64', 'Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-58');
      g.e('jvmHome', '/usr/share/elasticsearch/jdk', 'true');
      g.e('jvmArgs', '-Des.networkaddress.cache.ttl=60, -Des.networkaddress.cache.negative.ttl=10, -Djava.security.manager=allow, -XX:+AlwaysPreTouch, -Xss1m, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -Xms4g, -Xmx4g, -XX:+UseG1GC');
      g.e('locale', 'en_US');
      for (const m of ['aggregations', 'analysis-common', 'apm', 'data-streams', 'ingest-common', 'ingest-geoip', 'lang-painless', 'mapper-extras', 'percolator',
        'rank-eval', 'reindex', 'repository-s3', 'search-business-rules', 'transport-netty4', 'x-pack-core', 'x-pack-ilm', 'x-pack-ml', 'x-pack-monitoring',
        'x-pack-security', 'x-pack-slm', 'x-pack-stack', 'x-pack-watcher']) g.e('module', m);
      g.e('plugin', 'repository-gcs');
      g.e('dataPaths', 1, `[${dataPath} (/dev/nvme1n1)]`, `${g.float(40, 60, 1)}gb`, '196.7gb', '[ext4]');
      g.e('heap', '4gb', 'true');
      g.e('nodeName', self, selfId, 'prod-logs', '[data_content, data_hot, ingest, master, ml, remote_cluster_client, transform]');
      g.e('secEnabled');
      g.e('parsedRoles', 0, '/usr/share/elasticsearch/config/roles.yml');
      g.e('initialized');
      g.e('starting');
      g.e('publish', selfIp, 9300, '0.0.0.0', 9300);
      g.e('bootstrapChecks');
      g.e('clusterUuid', g.b64id(22));
      term++;
      g.e('electedMaster', 3, term, nodes.slice(0, 2).map((n) => `${nodeDesc(n, 'm')} completing election`).join(', '), term, nextVer(), nodeDesc([self, selfId, selfIp], 'cdhilmst'));
      g.e('publish', selfIp, 9200, '0.0.0.0', 9200);
      g.e('started', nodeDesc([self, selfId, selfIp], 'cdhilmst'));
      g.e('recoveredIndices', g.int(120, 400));
      g.e('license', g.uuid(), 'platinum');
      g.e('healthRedYellow', 'shards started [[.security-7][0]]');
      g.e('healthYellowGreen', `shards started [[${anyIndex()}][0]]`);
    };
    const createIndex = () => {
      const s = g.zipf(streams, 0.8);
      gens.set(s, gens.get(s) + 1);
      const idx = backing(s);
      g.e('rollover', s, `.ds-${s}-${g.ymd(g.t - 86400e3)}-${pad(gens.get(s) - 1, 6)}`, idx, g.pick(['[max_primary_shard_size: 50gb]', '[max_age: 1d]', '[max_primary_shard_docs: 200000000]']));
      g.e('creatingIndex', idx, 'rollover_data_stream', s.split('-')[0], 1, 1);
      if (g.chance(0.5)) g.e('healthGreenYellow', `index [${idx}] created`);
      g.e('ilmMove', idx, step('new', 'complete', 'complete'), step('hot', 'unfollow', 'branch-check-unfollow-prerequisites'), `${s.split('-')[0]}`);
      g.e('ilmMove', idx, step('hot', 'unfollow', 'branch-check-unfollow-prerequisites'), step('hot', 'rollover', 'check-rollover-ready'), `${s.split('-')[0]}`);
      g.e('healthYellowGreen', `shards started [[${idx}][0]]`);
    };
    const ilmStep = () => {
      const s = g.zipf(streams, 0.8), old = `.ds-${s}-${g.ymd(g.t - g.int(2, 30) * 86400e3)}-${pad(g.int(1, gens.get(s)), 6)}`;
      const pol = s.split('-')[0];
      const moves = [
        [step('hot', 'rollover', 'check-rollover-ready'), step('hot', 'rollover', 'attempt-rollover')],
        [step('hot', 'rollover', 'attempt-rollover'), step('hot', 'rollover', 'wait-for-active-shards')],
        [step('hot', 'complete', 'complete'), step('warm', 'allocate', 'allocate')],
        [step('warm', 'migrate', 'check-migration'), step('warm', 'forcemerge', 'forcemerge')],
        [step('warm', 'complete', 'complete'), step('delete', 'delete', 'wait-for-shard-history-leases')],
        [step('delete', 'delete', 'cleanup-snapshot'), step('delete', 'delete', 'delete')],
      ];
      const [from, to] = g.pick(moves);
      g.e('ilmMove', old, from, to, pol);
      if (to.includes('"name":"delete"')) g.e('deletingIndex', old, uuidOf(old));
    };
    const slowSearch = () => {
      const idx = g.chance(0.6) ? `logs-*` : anyIndex();
      const k = g.int(1, 3);
      const src = g.zipf(queries, 1.0);
      for (let i = 0; i < k; i++) {
        const ms = g.int(1000, 25000);
        g.e('searchSlow', g.chance(0.5) ? anyIndex() : idx.replace('*', 'app.checkout-prod'), g.int(0, 2), `${(ms / 1000).toFixed(1)}s`, ms, g.int(0, 500000), g.pick(['QUERY_THEN_FETCH', 'QUERY_THEN_FETCH', 'DFS_QUERY_THEN_FETCH']), g.int(1, 40), src, g.uuid());
      }
    };
    const slowIndex = () => {
      const idx = anyIndex(), ms = g.int(500, 6000);
      g.e('indexSlow', idx, uuidOf(idx), `${ms / 1000 < 1 ? ms + 'ms' : (ms / 1000).toFixed(1) + 's'}`, ms, '_doc', g.b64id(20),
        `{"@timestamp":"${g.iso()}","message":"GET /api/v1/cart/${g.int(1000, 99999)} HTTP/1.1","http":{"response":{"status_code":${g.pick([200, 200, 404, 502])}}}}`);
    };
    const diskWarn = () => {
      const [free, pct] = freeStr();
      g.e('lowDisk', '85%', selfId, self, dataPath, free, pct);
      diskExceeded = true;
    };

    drive(g, {
      gapMs: 20000,
      startup: boot,
      steady: [
        [12, slowSearch],
        [9, slowIndex],
        [18, () => { const idx = anyIndex(); g.e('updateMapping', idx, uuidOf(idx), '_doc'); }],
        [13, ilmStep],
        [14, diskWarn],
        [6, () => g.e('gcOverhead', g.int(100000, 900000), `${g.int(250, 900)}ms`, `${g.float(1, 1.9, 1)}s`)],
        [3, createIndex],
        [0.5, () => { const k = g.int(1, 4); for (let i = 0; i < k; i++) g.e('authFail', g.pick(['kibana_reporter', 'logstash_writer', 'beats']), 'reserved', g.pick(['kibana_reporter', 'logstash_writer', 'beats'])); }],
        [0.6, () => { const idx = anyIndex(); const k = g.int(2, 5); for (let i = 0; i < k; i++) g.e('bulkReject', idx, g.b64id(20), `{"@timestamp":"${g.iso()}","message":"upstream timed out","service":{"name":"checkout"}}`); }],
      ],
      rare: [
        () => { g.e('highDisk', '90%', selfId, self, dataPath, `${g.float(9, 19, 1)}gb`, `${g.float(4, 9.9, 1)}%`, g.int(1e9, 9e10)); },
        () => { if (diskExceeded) { g.e('lowDiskOk', '85%', selfId, self, dataPath, `${g.float(31, 45, 1)}gb`, `${g.float(16, 22, 1)}%`); } else g.e('lowDiskOk', '85%', selfId, self, dataPath, '33.1gb', '16.8%'); },
        () => { const idx = anyIndex(); g.e('ilmRetry', 'logs', idx, step('hot', 'rollover', 'attempt-rollover'), g.int(1, 4)); g.e('ilmRetry', 'logs', idx, step('hot', 'rollover', 'attempt-rollover'), g.int(5, 9)); },
        () => g.e('ilmError', 'metrics', anyIndex(), step('warm', 'shrink', 'shrink')),
        () => { const idx = `.ds-logs-app.inventory-prod-${g.ymd()}-000001`; g.e('creatingIndex', idx, 'initialize_data_stream', 'logs', 1, 1); g.e('createMapping', idx, uuidOf(idx)); g.e('healthYellowGreen', `shards started [[${idx}][0]]`); },
        () => { g.e('templateAdded', 'logs-app.inventory', '[logs-app.inventory-*]'); g.e('componentAdded', 'logs-app.inventory@custom'); g.e('ilmPolicyAdded', 'logs-inventory'); },
        () => g.e('ilmPolicyUpdated', 'logs'),
        () => g.e('settingUpdated', 'cluster.routing.allocation.disk.watermark.low', '85%', '88%'),
        () => g.e('breaker', 'parent', '<http_request>', 4089446400 + g.int(1, 9e6), '3.8gb', 4080218931, '3.7gb', 4089446400 + g.int(1, 9e6), 0, '0b', 'fielddata=2164/2.1kb, request=0/0b, inflight_requests=1104/1kb, model_inference=0/0b, eql_sequence=0/0b'),
        () => {
          const n = nodes[3];
          g.e('nodeLeftFollower', nodeDesc(n), 3, 0, term, nextVer(), nodeDesc(n));
          g.e('healthGreenYellow', `{${n[0]}}{${n[1]}} reason: followers check retry count exceeded [timeouts=3, failures=0]`);
          g.e('delayedReroute', '59.6s', g.int(3, 30));
          g.e('failedConnect', nodeDesc(n), 1);
          g.advance(50000);
          g.e('nodeJoin', nodeDesc(n), term, nextVer(), nodeDesc(n));
          g.e('healthYellowGreen', `shards started [[${anyIndex()}][0]]`);
        },
        () => {
          const n = nodes[4];
          g.e('nodeLeft', nodeDesc(n), term, nextVer(), nodeDesc(n));
          const idx = anyIndex();
          g.e('recoveryInterrupted', idx, 0, n[0], '5s', `[${n[0]}][${n[2]}:9300][internal:index/shard/recovery/start_recovery] disconnected`);
          g.e('failingShard', idx, 1, n[1], 'failed to perform indices:data/write/bulk[s] on replica');
          g.advance(30000);
          g.e('nodeJoin', nodeDesc(n), term, nextVer(), nodeDesc(n));
        },
        () => g.e('timedOutResponse', '12.7s', '12791ms', '2.7s', '2791ms', 'cluster:monitor/nodes/stats[n]', nodes[2][1], g.int(1e6, 9e7)),
        () => g.e('slowClusterTask', '11.4s', '10s', `put-mapping [${anyIndex()}/${g.b64id(22)}][_doc]`),
        () => {
          const snap = `nightly-snap-${g.ymd()}-${g.alnum(22).toLowerCase()}`;
          const su = g.b64id(22);
          g.e('slmIssue', 'nightly-snapshots', snap);
          g.e('snapStarted', 's3-backups', snap, su);
          g.e('slmOk', 'nightly-snapshots', snap);
          g.advance(600000);
          g.e('snapCompleted', 's3-backups', snap, su);
        },
        () => {
          const snap = `hourly-snap-${g.ymd()}-${g.alnum(22).toLowerCase()}`;
          const su = g.b64id(22);
          g.e('slmIssue', 'hourly-snapshots', snap);
          g.e('snapStarted', 's3-backups', snap, su);
          g.e('slmOk', 'hourly-snapshots', snap);
          g.advance(120000);
          g.e('snapPartial', 's3-backups', snap, su);
        },
        () => {
          g.e('slmRetention');
          const olds = [1, 2].map(() => `nightly-snap-${g.ymd(g.t - g.int(30, 40) * 86400e3)}-${g.alnum(22).toLowerCase()}`);
          g.e('slmDeleting', olds.join(', '), 's3-backups');
          g.e('slmDeleted', olds.join(', '));
          g.e('slmRetentionDone');
        },
        () => { g.e('mlMaintenance'); g.e('mlExpired'); g.e('mlDone'); g.e('mlSuccess', 'triggerDeleteExpiredDataTask'); },
        () => {
          g.e('stopping'); g.e('stopped'); g.e('closing'); g.e('nativeStopped'); g.e('closed');
          g.advance(40000);
          boot();
        },
        () => { const idx = `.ds-logs-app.checkout-prod-${g.ymd(g.t - 35 * 86400e3)}-000001`; g.e('deletingIndex', idx, uuidOf(idx)); },
      ],
    });
  },
});

// ============================================================== HAProxy ====
// HAProxy 2.8 in master-worker mode in a container: its own messages on
// stderr plus the traffic log sent to stdout (log stdout format raw local0).
// Raw lines: "[WARNING]  (8) : <message>"  and  "haproxy[8]: <traffic log>"
// -> Content is <message> / <traffic log> (level/pid resp. program[pid] split off).
const HAPROXY_TIMERS5 = '<*>/<*>/<*>/<*>/<*>';
const haHttp = (srv, flags, req = '"<*> <*> <*>"') =>
  `<*>:<*> [<*>] <*> ${srv} ${HAPROXY_TIMERS5} <*> <*> - - ${flags} ${HAPROXY_TIMERS5} <*>/<*> ${req}`;
const haTcp = (srv, flags) => `<*>:<*> [<*>] <*> ${srv} <*>/<*>/<*> <*> ${flags} ${HAPROXY_TIMERS5} <*>/<*>`;
const haLeft = '<*> active and <*> backup servers left. <*> sessions active, <*> requeued, <*> remaining in queue.';
SYSTEMS.push({
  name: 'HAProxy',
  templates: {
    // traffic log, HTTP frontends (option httplog); termination state is part of the event
    httpOk: haHttp('<*>/<*>', '----'),
    httpCD: haHttp('<*>/<*>', 'CD--'),
    httpcD: haHttp('<*>/<*>', 'cD--'),
    httpSH: haHttp('<*>/<*>', 'SH--'),
    httpsH: haHttp('<*>/<*>', 'sH--'),
    httpSC: haHttp('<*>/<*>', 'SC--'),
    httpNoSrv: haHttp('<*>/<NOSRV>', 'SC--'),
    httpPR: haHttp('<*>/<NOSRV>', 'PR--'),
    httpLR: haHttp('<*>/<NOSRV>', 'LR--'),
    httpBadReq: haHttp('<*>/<NOSRV>', 'CR--', '"<BADREQ>"'),
    httpcR: haHttp('<*>/<NOSRV>', 'cR--', '"<BADREQ>"'),
    // traffic log, TCP frontends (option tcplog)
    tcpOk: haTcp('<*>/<*>', '--'),
    tcpcD: haTcp('<*>/<*>', 'cD'),
    tcpsD: haTcp('<*>/<*>', 'sD'),
    tcpSC: haTcp('<*>/<*>', 'SC'),
    tcpCD: haTcp('<*>/<*>', 'CD'),
    sslFail: '<*>:<*> [<*>] <*>/<*>: SSL handshake failure',
    sslClosed: '<*>:<*> [<*>] <*>/<*>: Connection closed during SSL handshake',
    sslTimeout: '<*>:<*> [<*>] <*>/<*>: Timeout during SSL handshake',
    connectFrom: 'Connect from <*>:<*> to <*>:<*> (<*>/HTTP)',
    // process messages
    version: 'haproxy version is <*>',
    exePath: 'path to executable is <*>',
    newWorker: 'New worker (<*>) forked',
    loadingSuccess: 'Loading success.',
    reloading: 'Reloading HAProxy',
    reexec: 'Reexecuting Master process',
    formerWorkerExit: 'Former worker (<*>) exited with code <*> (<*>)',
    proxyStarted: 'Proxy <*> started.',
    proxyStopped: 'Proxy <*> stopped (cumulated conns: FE: <*>, BE: <*>).',
    stoppingFrontend: 'Stopping frontend <*> in <*> ms.',
    stoppingBackend: 'Stopping backend <*> in <*> ms.',
    cfgTimeouts: "config : missing timeouts for backend '<*>'.",
    cfgHttplog: "config : parsing [<*>:<*>] : 'option httplog' not usable with frontend '<*>' (needs 'mode http'). Falling back to 'option tcplog'.",
    dhParam: 'Setting tune.ssl.default-dh-param to 1024 by default, if your workload permits it you should set it to at least 2048. Please set a value >= 1024 to make this warning disappear.',
    // health checks
    downL4Conn: `Server <*>/<*> is DOWN, reason: Layer4 connection problem, info: "<*>", check duration: <*>. ${haLeft}`,
    downL4Timeout: `Server <*>/<*> is DOWN, reason: Layer4 timeout, check duration: <*>. ${haLeft}`,
    downL6: `Server <*>/<*> is DOWN, reason: Layer6 invalid response, info: "<*>", check duration: <*>. ${haLeft}`,
    downL7Status: `Server <*>/<*> is DOWN, reason: Layer7 wrong status, code: <*>, info: "<*>", check duration: <*>. ${haLeft}`,
    downL7Timeout: `Server <*>/<*> is DOWN, reason: Layer7 timeout, check duration: <*>. ${haLeft}`,
    upL7: 'Server <*>/<*> is UP, reason: Layer7 check passed, code: <*>, check duration: <*>. <*> active and <*> backup servers online. <*> sessions requeued, <*> total in queue.',
    upL4: 'Server <*>/<*> is UP, reason: Layer4 check passed, check duration: <*>. <*> active and <*> backup servers online. <*> sessions requeued, <*> total in queue.',
    hcFailL4: 'Health check for server <*>/<*> failed, reason: Layer4 connection problem, info: "<*>", check duration: <*>, status: <*>/<*> UP.',
    hcFailL4Timeout: 'Health check for server <*>/<*> failed, reason: Layer4 timeout, check duration: <*>, status: <*>/<*> UP.',
    hcFailL7: 'Health check for server <*>/<*> failed, reason: Layer7 wrong status, code: <*>, info: "<*>", check duration: <*>, status: <*>/<*> UP.',
    hcOkL7: 'Health check for server <*>/<*> succeeded, reason: Layer7 check passed, code: <*>, check duration: <*>, status: <*>/<*> DOWN.',
    hcOkL4: 'Health check for server <*>/<*> succeeded, reason: Layer4 check passed, check duration: <*>, status: <*>/<*> DOWN.',
    noServer: 'backend <*> has no server available!',
    maint: `Server <*>/<*> is going DOWN for maintenance. ${haLeft}`,
    readyMaint: 'Server <*>/<*> is UP/READY (leaving forced maintenance).',
    ipChanged: 'Server <*>/<*> changed its IP from <*> to <*> by DNS cache.',
    dnsNx: `Server <*>/<*> is going DOWN for maintenance (DNS NX status). ${haLeft}`,
    dnsReady: 'Server <*>/<*> administratively READY thanks to valid DNS answer.',
    fdLimit: "Proxy <*> reached process FD limit (maxsock=<*>). Please check 'ulimit-n' and restart.",
    loggerFail: 'sendmsg()/writev() failed in logger #<*>: <*> (errno=<*>)',
    noFreePorts: 'Connect() failed for backend <*>: no free ports.',
  },
  scenario(g) {
    const backends = {
      be_api: ['api1', 'api2', 'api3', 'api4'],
      be_web: ['web1', 'web2', 'web3'],
      be_static: ['static1', 'static2'],
      be_mysql: ['db1', 'db2'],
      be_redis: ['cache1'],
    };
    const srvIp = {};
    for (const [b, ss] of Object.entries(backends)) for (const s of ss) srvIp[`${b}/${s}`] = g.ip('10.42');
    const down = new Set();
    const clients = Array.from({ length: 40 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2', '10.42'])));
    let workerPid = 8;
    const apiPaths = ['/api/v1/cart', '/api/v1/products?page=2', '/api/v1/orders/', '/api/v1/session', '/api/v2/search?q=shoes', '/api/v1/users/me', '/healthz'];
    const webPaths = ['/', '/checkout', '/product/', '/static/app.9f3c2.js', '/favicon.ico', '/login'];
    const fe = () => g.wpick([[6, 'fe_https~'], [2, 'fe_http']]);
    const timers = (ok = true) => { const tq = g.int(0, 3), tw = 0, tc = g.int(0, 2), tr = g.int(1, 400); return ok ? [tq, tw, tc, tr, tq + tw + tc + tr + g.int(0, 5)] : [tq, -1, -1, -1, g.int(0, 3)]; };
    const counters = () => { const ac = g.int(20, 400); return [ac, ac - g.int(0, 10), g.int(1, 60), g.int(0, 20), 0]; };
    const pickUp = (b) => { const up = backends[b].filter((s) => !down.has(`${b}/${s}`)); return up.length ? g.pick(up) : null; };
    const client = () => [g.zipf(clients, 0.7), g.eport(), g.clf()];
    const req = () => {
      const api = g.chance(0.65);
      const path = api ? g.zipf(apiPaths, 0.9) : g.zipf(webPaths, 0.9);
      const full = path.endsWith('/') && path.length > 1 ? path + g.int(1000, 99999) : path;
      const method = api ? g.wpick([[7, 'GET'], [2, 'POST'], [0.6, 'PUT'], [0.3, 'DELETE']]) : 'GET';
      return [api ? (full.startsWith('/static') ? 'be_static' : 'be_api') : 'be_web', method, full, g.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0'])];
    };
    const http = (kind = 'ok') => {
      let [be, method, uri, proto] = req();
      if (uri.startsWith('/static')) be = 'be_static';
      const srv = pickUp(be);
      if (!srv && kind === 'ok') kind = 'nosrv';
      const [ip, port, date] = client();
      const f = kind === 'lr' ? 'fe_http' : fe();
      const t = timers(true), c = counters();
      switch (kind) {
        case 'ok': g.e('httpOk', ip, port, date, f, be, srv, ...t, g.wpick([[30, 200], [3, 304], [2, 201], [2, 404], [1, 302], [0.5, 500], [0.3, 401]]), g.int(200, 90000), ...c, 0, 0, method, uri, proto); break;
        case 'CD': g.e('httpCD', ip, port, date, f, be, srv || 'api1', t[0], 0, t[2], t[3], t[4] + g.int(1000, 30000), 200, g.int(1000, 400000), ...c, 0, 0, method, uri, proto); break;
        case 'cD': g.e('httpcD', ip, port, date, f, be, srv || 'api1', t[0], 0, t[2], t[3], 50000 + g.int(0, 20), 200, g.int(1000, 400000), ...c, 0, 0, method, uri, proto); break;
        case 'SH': g.e('httpSH', ip, port, date, f, be, srv || 'api2', t[0], 0, t[2], -1, t[3], 502, 209, ...c, 0, 0, method, uri, proto); break;
        case 'sH': g.e('httpsH', ip, port, date, f, be, srv || 'api2', t[0], 0, t[2], -1, 30000 + t[3], 504, 198, ...c, 0, 0, method, uri, proto); break;
        case 'SC': g.e('httpSC', ip, port, date, f, be, srv || 'api3', t[0], 0, -1, -1, g.int(3000, 3010), 503, 217, ...c, 0, 0, method, uri, proto); break;
        case 'nosrv': g.e('httpNoSrv', ip, port, date, f, be, t[0], -1, -1, -1, t[0] + g.int(0, 2), 503, 217, ...c, 0, 0, method, uri, proto); break;
        case 'pr': g.e('httpPR', ip, port, date, f, f.replace('~', ''), t[0], -1, -1, -1, t[0], 403, 192, ...c, 0, 0, method, g.pick(['/.env', '/wp-login.php', '/admin/config.php', '/.git/config', '/cgi-bin/luci']), proto); break;
        case 'lr': g.e('httpLR', ip, port, date, f, f, t[0], -1, -1, -1, t[0], 301, 96, ...c, 0, 0, method, uri, 'HTTP/1.1'); break;
        case 'badreq': g.e('httpBadReq', ip, port, date, f, f.replace('~', ''), -1, -1, -1, -1, g.int(0, 3), 400, 0, ...c, 0, 0); break;
        case 'cR': g.e('httpcR', ip, port, date, f, f.replace('~', ''), -1, -1, -1, -1, 5000 + g.int(0, 3), 408, 0, ...c, 0, 0); break;
      }
    };
    const tcp = (kind = 'ok') => {
      const [ip, port, date] = [g.ip('10.42'), g.eport(), g.clf()];
      const be = g.chance(0.7) ? 'be_mysql' : 'be_redis', fe = be === 'be_mysql' ? 'fe_mysql' : 'fe_redis';
      const srv = pickUp(be) || backends[be][0];
      const c = counters();
      const tw = 0, tc = g.int(0, 3);
      const key = { ok: 'tcpOk', cD: 'tcpcD', sD: 'tcpsD', SC: 'tcpSC', CD: 'tcpCD' }[kind];
      const tt = kind === 'cD' || kind === 'sD' ? 3600000 + g.int(0, 99) : g.int(5, 900000);
      g.e(key, ip, port, date, fe, be, srv, tw, kind === 'SC' ? -1 : tc, tt, kind === 'SC' ? 0 : g.int(100, 5000000), ...c, 0, 0);
    };
    const left = (b) => { const up = backends[b].filter((s) => !down.has(`${b}/${s}`)).length; return [up, 0, g.int(0, 12), 0, 0]; };
    const flap = () => {
      const b = g.wpick([[5, 'be_api'], [3, 'be_web'], [1, 'be_static'], [1, 'be_mysql']]);
      const downs = backends[b].filter((x) => down.has(`${b}/${x}`));
      // a fully-down backend gets one of its servers back first
      const s = downs.length === backends[b].length || (downs.length && g.chance(0.5)) ? g.pick(downs) : g.pick(backends[b]);
      const key = `${b}/${s}`;
      if (down.has(key)) {
        const l7 = b !== 'be_mysql';
        g.e(l7 ? 'hcOkL7' : 'hcOkL4', b, s, ...(l7 ? [200] : []), `${g.int(1, 9)}ms`, 1, 2);
        down.delete(key);
        const up = backends[b].filter((x) => !down.has(`${b}/${x}`)).length;
        if (l7) g.e('upL7', b, s, 200, `${g.int(1, 9)}ms`, up, 0, 0, 0);
        else g.e('upL4', b, s, `${g.int(0, 3)}ms`, up, 0, 0, 0);
        return;
      }
      const why = g.wpick([[4, 'conn'], [2, 'l7'], [1, 'timeout']]);
      if (why === 'conn') g.e('hcFailL4', b, s, 'Connection refused', '0ms', 1, 3);
      else if (why === 'l7') g.e('hcFailL7', b, s, 503, 'Service Unavailable', `${g.int(1, 30)}ms`, 1, 3);
      else g.e('hcFailL4Timeout', b, s, '2001ms', 1, 3);
      const lastUp = backends[b].filter((x) => !down.has(`${b}/${x}`)).length === 1;
      if (g.chance(lastUp ? 0.15 : 0.55)) {
        down.add(key);
        if (why === 'conn') g.e('downL4Conn', b, s, 'Connection refused', '0ms', ...left(b));
        else if (why === 'l7') g.e('downL7Status', b, s, 503, 'Service Unavailable', `${g.int(1, 30)}ms`, ...left(b));
        else g.e('downL4Timeout', b, s, '2001ms', ...left(b));
        if (backends[b].every((x) => down.has(`${b}/${x}`))) g.e('noServer', b);
      }
    };
    const dnsChange = () => {
      const b = g.pick(['be_api', 'be_web', 'be_static']);
      const s = g.pick(backends[b]);
      const key = `${b}/${s}`;
      if (down.has(key)) return flap();
      if (g.chance(0.6)) { const nu = g.ip('10.42'); g.e('ipChanged', b, s, srvIp[key], nu); srvIp[key] = nu; return; }
      down.add(key);
      g.e('dnsNx', b, s, ...left(b));
      g.advance(g.int(20000, 90000));
      down.delete(key);
      const nu = g.ip('10.42');
      g.e('ipChanged', b, s, srvIp[key], nu); srvIp[key] = nu;
      g.e('dnsReady', b, s);
    };
    const proxies = ['fe_http', 'fe_https', 'fe_mysql', 'fe_redis', 'be_api', 'be_web', 'be_static', 'be_mysql', 'be_redis', 'stats'];
    const startup = () => {
      g.e('version', '2.8.5-aaba8d0');
      g.e('exePath', '/usr/local/sbin/haproxy');
      g.e('cfgTimeouts', 'be_redis');
      g.e('cfgHttplog', '/usr/local/etc/haproxy/haproxy.cfg', 58, 'fe_mysql');
      g.e('cfgHttplog', '/usr/local/etc/haproxy/haproxy.cfg', 66, 'fe_redis');
      g.e('dhParam');
      for (const p of proxies) g.e('proxyStarted', p);
      g.e('newWorker', workerPid);
      g.e('loadingSuccess');
    };

    drive(g, {
      gapMs: 1500,
      startup,
      steady: [
        [30, () => http('ok')],
        [2.5, () => http('lr')],
        [1.6, () => http('CD')],
        [1.2, () => http('cD')],
        [0.6, () => { const k = g.int(1, 5); for (let i = 0; i < k; i++) http('pr'); }],
        [0.7, () => http('badreq')],
        [0.4, () => http('cR')],
        [0.5, () => { const k = g.int(1, 4); for (let i = 0; i < k; i++) http('sH'); }],
        [0.3, () => http('SH')],
        [0.25, () => { const k = g.int(1, 3); for (let i = 0; i < k; i++) http('SC'); }],
        [6, () => tcp('ok')],
        [0.7, () => tcp('cD')],
        [0.35, () => tcp('sD')],
        [0.3, () => tcp('CD')],
        [2.5, () => { const ip = g.zipf(clients, 0.7); const k = g.int(1, 4); for (let i = 0; i < k; i++) g.e(g.wpick([[6, 'sslFail'], [3, 'sslClosed'], [1, 'sslTimeout']]), ip, g.eport(), g.clf(), 'fe_https', 1); }],
        [6, flap],
        [1.2, dnsChange],
        [0.5, () => g.e('connectFrom', g.ip('10.42'), g.eport(), '10.42.0.5', 8404, 'stats')],
      ],
      rare: [
        () => { const b = 'be_redis', s = 'cache1'; g.e('hcFailL4', b, s, 'Connection refused', '0ms', 1, 3); down.add(`${b}/${s}`); g.e('downL4Conn', b, s, 'Connection refused', '0ms', 0, 0, g.int(0, 9), 0, 0); g.e('noServer', b); tcp('SC'); tcp('SC'); g.advance(20000); g.e('hcOkL4', b, s, '0ms', 1, 2); down.delete(`${b}/${s}`); g.e('upL4', b, s, '0ms', 1, 0, 0, 0); },
        () => { const b = 'be_static', s = 'static2'; g.e('downL6', b, s, 'SSL handshake failure', '4ms', ...left(b)); down.add(`${b}/${s}`); },
        () => { const b = 'be_web', s = 'web3'; g.e('downL7Timeout', b, s, '2001ms', ...left(b)); down.add(`${b}/${s}`); },
        () => { const b = 'be_api', s = 'api4'; down.add(`${b}/${s}`); g.e('maint', b, s, ...left(b)); g.advance(300000); down.delete(`${b}/${s}`); g.e('readyMaint', b, s); },
        () => { const b = 'be_web', s = 'web2'; const old = srvIp[`${b}/${s}`], nu = g.ip('10.42'); g.e('ipChanged', b, s, old, nu); srvIp[`${b}/${s}`] = nu; },
        () => { const b = 'be_api', s = 'api3'; down.add(`${b}/${s}`); g.e('dnsNx', b, s, ...left(b)); g.advance(40000); down.delete(`${b}/${s}`); g.e('dnsReady', b, s); },
        () => g.e('fdLimit', 'fe_https', 4096),
        () => { g.e('loggerFail', 1, 'Resource temporarily unavailable', 11); g.e('loggerFail', 1, 'Resource temporarily unavailable', 11); },
        () => g.e('noFreePorts', 'be_api'),
        () => { http('SC'); http('SH'); },
        () => tcp('SC'),
        () => {
          g.e('reloading');
          g.e('reexec');
          for (const p of proxies.slice(0, 5)) g.e('stoppingFrontend', p, 0);
          for (const p of proxies.slice(5, 8)) g.e('stoppingBackend', p, 0);
          const old = workerPid; workerPid = old + g.int(10, 60);
          g.e('cfgTimeouts', 'be_redis');
          g.e('newWorker', workerPid);
          g.e('loadingSuccess');
          for (const p of proxies.slice(0, 3)) g.e('proxyStopped', p, g.int(1000, 90000), 0);
          g.advance(30000);
          g.e('formerWorkerExit', old, 0, 'Exit');
        },
      ],
    });
  },
});

// ================================================================= Etcd ====
// etcd 3.4 member (3-member cluster backing a Kubernetes control plane),
// default capnslog text logger on stderr.
// Raw line: "2024-03-12 10:00:00.123456 W | etcdserver: <message>"
// -> Content is <message> (timestamp, level letter and package split off).
SYSTEMS.push({
  name: 'Etcd',
  templates: {
    version: 'etcd Version: <*>',
    gitSha: 'Git SHA: <*>',
    goVer: 'Go Version: <*>',
    goOs: 'Go OS/Arch: <*>',
    cpus: 'setting maximum number of CPUs to <*>, total number of available CPUs is <*>',
    alreadyInit: 'the server is already initialized as member before, starting as etcd member...',
    peerTls: 'peerTLS: cert = <*>, key = <*>, trusted-ca = <*>, client-cert-auth = <*>',
    listenPeers: 'listening for peers on <*>',
    listenClients: 'listening for client requests on <*>',
    nameEq: 'name = <*>',
    dataDir: 'data dir = <*>',
    memberDir: 'member dir = <*>',
    heartbeat: 'heartbeat = <*>',
    election: 'election = <*>',
    snapCount: 'snapshot count = <*>',
    advClient: 'advertise client URLs = <*>',
    recoveredSnap: 'recovered store from snapshot at index <*>',
    restarting: 'restarting member <*> in cluster <*> at commit index <*>',
    becameFollower: '<*> became follower at term <*>',
    newRaft: 'newRaft <*> [peers: [<*>], term: <*>, commit: <*>, applied: <*>, lastindex: <*>, lastterm: <*>]',
    simpleToken: 'simple token is not cryptographically signed',
    startingServer: 'starting server... [version: <*>, cluster version: to_be_decided]',
    addedMember: 'added member <*> [<*>] to cluster <*>',
    startingPeer: 'starting peer <*>...',
    startedPipelining: 'started HTTP pipelining with peer <*>',
    startedStreamWriter: 'started streaming with peer <*> (writer)',
    startedStreamReaderApp: 'started streaming with peer <*> (stream MsgApp v2 reader)',
    startedStreamReaderMsg: 'started streaming with peer <*> (stream Message reader)',
    startedPeer: 'started peer <*>',
    addedPeer: 'added peer <*>',
    peerActive: 'peer <*> became active',
    estWriterMsg: 'established a TCP streaming connection with peer <*> (stream Message writer)',
    estWriterApp: 'established a TCP streaming connection with peer <*> (stream MsgApp v2 writer)',
    estReaderMsg: 'established a TCP streaming connection with peer <*> (stream Message reader)',
    estReaderApp: 'established a TCP streaming connection with peer <*> (stream MsgApp v2 reader)',
    setClusterVersion: 'set the initial cluster version to <*>',
    enabledCap: 'enabled capabilities for version <*>',
    published: 'published {Name:<*> ClientURLs:[<*>]} to cluster <*>',
    readyServe: 'ready to serve client requests',
    servingClient: 'serving client requests on <*>',
    // raft elections
    startElection: '<*> is starting a new election at term <*>',
    becamePreCandidate: '<*> became pre-candidate at term <*>',
    becameCandidate: '<*> became candidate at term <*>',
    sentPreVote: '<*> [logterm: <*>, index: <*>] sent MsgPreVote request to <*> at term <*>',
    sentVote: '<*> [logterm: <*>, index: <*>] sent MsgVote request to <*> at term <*>',
    preVoteResp: '<*> received MsgPreVoteResp from <*> at term <*>',
    voteResp: '<*> received MsgVoteResp from <*> at term <*>',
    quorum: '<*> [quorum:<*>] has received <*> MsgVoteResp votes and <*> vote rejections',
    becameLeader: '<*> became leader at term <*>',
    electedLeader: 'raft.node: <*> elected leader <*> at term <*>',
    lostLeader: 'raft.node: <*> lost leader <*> at term <*>',
    changedLeader: 'raft.node: <*> changed leader from <*> to <*> at term <*>',
    higherTerm: '<*> [term: <*>] received a MsgVote message with higher term from <*> [term: <*>]',
    castVote: '<*> [logterm: <*>, index: <*>, vote: <*>] cast MsgVote for <*> [logterm: <*>, index: <*>] at term <*>',
    rejectVote: '<*> [logterm: <*>, index: <*>, vote: <*>] rejected MsgVote from <*> [logterm: <*>, index: <*>] at term <*>',
    ignoredLower: '<*> [term: <*>] ignored a MsgAppResp message with lower term from <*> [term: <*>]',
    transferStart: '<*> [term <*>] starts to transfer leadership to <*>',
    timeoutNow: '<*> sends MsgTimeoutNow to <*> immediately as <*> already has up-to-date log',
    // steady state
    rangeSlow: 'read-only range request "<*>" with result "<*>" took too long (<*>) to execute',
    txnSlow: 'request "<*>" with result "<*>" took too long (<*>) to execute',
    applySlow: 'apply entries took too long [<*> for <*> entries]',
    avoidLarge: 'avoid queries with large range/delete range!',
    hbLate: 'failed to send out heartbeat on time (exceeded the <*> timeout for <*>, to <*>)',
    overloaded: 'server is likely overloaded',
    syncSlow: 'sync duration of <*>, expected less than <*>',
    startSnap: 'start to snapshot (applied: <*>, lastsnap: <*>)',
    savedSnap: 'saved snapshot at index <*>',
    compactedLog: 'compacted raft log at <*>',
    purgedFile: 'purged file <*> successfully',
    autoCompactStart: 'Starting auto-compaction at revision <*> (retention: <*>)',
    autoCompactDone: 'Finished auto-compaction at revision <*>',
    storeCompact: 'store.index: compact <*>',
    finishedCompact: 'finished scheduled compaction at <*> (took <*>)',
    // peer trouble
    lostReaderApp: 'lost the TCP streaming connection with peer <*> (stream MsgApp v2 reader)',
    lostReaderMsg: 'lost the TCP streaming connection with peer <*> (stream Message reader)',
    lostWriterMsg: 'lost the TCP streaming connection with peer <*> (stream Message writer)',
    failedReadApp: 'failed to read <*> on stream MsgApp v2 (<*>)',
    failedReadMsg: 'failed to read <*> on stream Message (<*>)',
    peerInactive: 'peer <*> became inactive (message send to peer failed)',
    failedDialApp: 'failed to dial <*> on stream MsgApp v2 (<*>)',
    failedDialMsg: 'failed to dial <*> on stream Message (<*>)',
    healthCheck: 'health check for peer <*> could not connect: <*>',
    clockDiff: 'the clock difference against peer <*> is too high [<*> > <*>]',
    dropped: 'dropped internal raft message to <*> since sending buffer is full (bad/overloaded network)',
    readIndexTimeout: 'timed out waiting for read index response (local node might have slow network)',
    rejectedConn: 'rejected connection from "<*>" (error "<*>", ServerName "")',
    authFailed: 'authentication failed, invalid user ID or password',
    defragStart: 'starting to defragment the storage backend...',
    defragDone: 'finished defragmenting the storage backend',
    alarmNospace: 'alarm NOSPACE raised by peer <*>',
    // shutdown
    sigterm: 'received terminated signal, shutting down...',
    stoppingPeer: 'stopping peer <*>...',
    closedWriterApp: 'closed the TCP streaming connection with peer <*> (stream MsgApp v2 writer)',
    closedWriterMsg: 'closed the TCP streaming connection with peer <*> (stream Message writer)',
    stoppedStreamWriter: 'stopped streaming with peer <*> (writer)',
    stoppedPipelining: 'stopped HTTP pipelining with peer <*>',
    stoppedReaderApp: 'stopped streaming with peer <*> (stream MsgApp v2 reader)',
    stoppedReaderMsg: 'stopped streaming with peer <*> (stream Message reader)',
    stoppedPeer: 'stopped peer <*>',
  },
  scenario(g) {
    const names = ['etcd-0', 'etcd-1', 'etcd-2'];
    const ids = names.map(() => g.hex(16));
    const [me, p1, p2] = ids;
    const peers = [p1, p2];
    const ipOf = { [me]: '10.0.12.10', [p1]: '10.0.12.11', [p2]: '10.0.12.12' };
    const cluster = g.hex(16);
    let term = g.int(8, 30), index = g.int(40_000_000, 90_000_000), rev = g.int(300_000_000, 700_000_000);
    let leader = p1;
    let lastSnap = index - g.int(1000, 9000);
    const nodes = ['master-0', 'master-1', 'master-2', 'worker-1', 'worker-2', 'worker-3', 'worker-4', 'worker-5'];
    const ns = ['kube-system', 'default', 'monitoring', 'payments', 'ingress-nginx'];
    const podName = () => `${g.pick(['api', 'worker', 'web', 'coredns', 'prometheus', 'fluent-bit'])}-${g.alnum(10)}-${g.alnum(5)}`;
    const q = (s) => s.replace(/"/g, '\\"');
    const rangeReq = () => g.wpick([
      [6, () => `key:${q(`"/registry/leases/kube-node-lease/${g.zipf(nodes, 0.6)}"`)}`],
      [4, () => `key:${q(`"/registry/leases/kube-system/${g.pick(['kube-controller-manager', 'kube-scheduler'])}"`)}`],
      [3, () => { const n = g.pick(ns); return `key:${q(`"/registry/pods/${n}/"`)} range_end:${q(`"/registry/pods/${n}0"`)} limit:500`; }],
      [2, () => `key:${q('"/registry/health"')}`],
      [2, () => `key:${q('"/registry/events/"')} range_end:${q('"/registry/events0"')} count_only:true`],
      [1, () => { const n = g.pick(ns); return `key:${q(`"/registry/secrets/${n}/"`)} range_end:${q(`"/registry/secrets/${n}0"`)}`; }],
    ])();
    const dur = (lo, hi) => { const ms = lo + g.r() * (hi - lo); return ms >= 1000 ? `${(ms / 1000).toFixed(g.int(6, 9))}s` : `${ms.toFixed(g.int(3, 6))}ms`; };
    const url = (id, port) => `https://${ipOf[id]}:${port}`;
    const boot = () => {
      g.e('version', '3.4.27');
      g.e('gitSha', 'c92fb80f3');
      g.e('goVer', 'go1.19.10');
      g.e('goOs', 'linux/amd64');
      g.e('cpus', 4, 4);
      g.e('alreadyInit');
      g.e('peerTls', '/etc/kubernetes/pki/etcd/peer.crt', '/etc/kubernetes/pki/etcd/peer.key', '/etc/kubernetes/pki/etcd/ca.crt', 'true');
      g.e('listenPeers', url(me, 2380));
      g.e('listenClients', '127.0.0.1:2379');
      g.e('listenClients', `${ipOf[me]}:2379`);
      g.e('nameEq', names[0]);
      g.e('dataDir', '/var/lib/etcd');
      g.e('memberDir', '/var/lib/etcd/member');
      g.e('heartbeat', '100ms');
      g.e('election', '1000ms');
      g.e('snapCount', 10000);
      g.e('advClient', url(me, 2379));
      g.e('recoveredSnap', lastSnap);
      g.e('restarting', me, cluster, index);
      g.e('becameFollower', me, term);
      g.e('newRaft', me, ids.join(' '), term, index, lastSnap, index, term);
      g.e('simpleToken');
      g.e('startingServer', '3.4.27');
      for (let i = 0; i < 3; i++) g.e('addedMember', ids[i], url(ids[i], 2380), cluster);
      for (const p of peers) {
        g.e('startingPeer', p);
        g.e('startedPipelining', p);
        g.e('startedStreamWriter', p);
        g.e('startedStreamWriter', p);
        g.e('startedPeer', p);
        g.e('startedStreamReaderApp', p);
        g.e('startedStreamReaderMsg', p);
        g.e('addedPeer', p);
      }
      g.e('setClusterVersion', '3.4');
      g.e('enabledCap', '3.4');
      for (const p of peers) {
        g.e('peerActive', p);
        g.e('estReaderMsg', p); g.e('estReaderApp', p); g.e('estWriterMsg', p); g.e('estWriterApp', p);
      }
      g.e('higherTerm', me, term, leader, term + 1);
      term++;
      g.e('becameFollower', me, term);
      g.e('electedLeader', me, leader, term);
      g.e('published', names[0], url(me, 2379), cluster);
      g.e('readyServe');
      g.e('readyServe');
      g.e('servingClient', '127.0.0.1:2379');
      g.e('servingClient', `${ipOf[me]}:2379`);
    };
    const rangeBurst = () => {
      const k = g.wpick([[6, 1], [3, 2], [2, 3], [1, 6]]);
      for (let i = 0; i < k; i++) {
        const rq = rangeReq();
        const many = rq.includes('range_end');
        const res = rq.includes('count_only') ? `range_response_count:0 size:${g.int(8, 12)}` : many ? `range_response_count:${g.int(20, 500)} size:${g.int(40000, 2000000)}` : `range_response_count:1 size:${g.int(300, 900)}`;
        g.e('rangeSlow', rq, res, dur(100, many ? 1500 : 400));
      }
    };
    const txn = () => {
      const key = g.pick([`/registry/leases/kube-node-lease/${g.zipf(nodes, 0.6)}`, `/registry/pods/${g.pick(ns)}/${podName()}`, `/registry/events/${g.pick(ns)}/${podName()}.${g.hex(16)}`]);
      const rq = `compare:<target:MOD key:${q(`"${key}"`)} mod_revision:${rev} > success:<request_put:<key:${q(`"${key}"`)} value_size:${g.int(200, 9000)} >> failure:<request_range:<key:${q(`"${key}"`)} > >`;
      rev += g.int(10, 900);
      g.e('txnSlow', rq, `size:${g.int(18, 22)}`, dur(100, 700));
    };
    const hbBurst = () => {
      if (leader !== me) return txn(); // only the leader sends heartbeats
      const k = g.int(1, 5);
      for (let i = 0; i < k; i++) {
        g.e('hbLate', '100ms', dur(20, 900), g.pick(peers));
        g.e('overloaded');
      }
    };
    const compaction = () => {
      g.e('autoCompactStart', rev, '5m0s');
      g.e('storeCompact', rev);
      g.advance(g.int(50, 400));
      g.e('finishedCompact', rev, dur(40, 900));
      g.e('autoCompactDone', rev);
      rev += g.int(20000, 90000);
    };
    const snapshot = () => {
      index = lastSnap + 10001 + g.int(0, 40);
      g.e('startSnap', index, lastSnap);
      g.e('savedSnap', index);
      g.e('compactedLog', index - 5000);
      lastSnap = index;
      if (g.chance(0.7)) g.e('purgedFile', `/var/lib/etcd/member/snap/${pad(term.toString(16), 16)}-${pad(((index - 50000) >>> 0).toString(16), 16)}.snap`);
      if (g.chance(0.3)) g.e('purgedFile', `/var/lib/etcd/member/wal/${pad(g.int(100, 999).toString(16), 16)}-${pad(((index - 60000) >>> 0).toString(16), 16)}.wal`);
    };
    const peerFlap = () => {
      const p = g.pick(peers);
      g.e('lostReaderApp', p);
      g.e('failedReadApp', p, 'unexpected EOF');
      g.e('lostReaderMsg', p);
      g.e('failedReadMsg', p, 'unexpected EOF');
      g.e('peerInactive', p);
      if (g.chance(0.5)) g.e('lostWriterMsg', p);
      const k = g.int(1, 4);
      for (let i = 0; i < k; i++) {
        g.e('failedDialApp', p, `dial tcp ${ipOf[p]}:2380: connect: connection refused`);
        g.e('failedDialMsg', p, `dial tcp ${ipOf[p]}:2380: connect: connection refused`);
        if (i % 2 === 0) g.e('healthCheck', p, `Get "${url(p, 2380)}/version": dial tcp ${ipOf[p]}:2380: connect: connection refused`);
        g.advance(g.int(2000, 6000));
      }
      g.e('peerActive', p);
      g.e('estReaderMsg', p); g.e('estReaderApp', p);
      if (g.chance(0.7)) { g.e('estWriterMsg', p); g.e('estWriterApp', p); }
    };
    const electionLost = () => {
      if (leader === me) return electionFollow();
      // leader went away: this member campaigns and may win
      g.e('startElection', me, term);
      g.e('becamePreCandidate', me, term);
      for (const p of peers) g.e('sentPreVote', me, term, index, p, term);
      g.e('lostLeader', me, leader, term);
      const other = peers.find((p) => p !== leader);
      g.e('preVoteResp', me, me, term);
      g.e('preVoteResp', me, other, term);
      term++;
      g.e('becameCandidate', me, term);
      g.e('voteResp', me, me, term);
      for (const p of peers) g.e('sentVote', me, term - 1, index, p, term);
      g.e('voteResp', me, other, term);
      g.e('quorum', me, 2, 2, 0);
      g.e('becameLeader', me, term);
      g.e('electedLeader', me, me, term);
      leader = me;
    };
    const electionFollow = () => {
      const cand = peers.find((p) => p !== leader) || p1;
      g.e('higherTerm', me, term, cand, term + 1);
      term++;
      g.e('becameFollower', me, term);
      g.e('castVote', me, term - 1, index, 0, cand, term - 1, index + g.int(0, 3), term);
      if (leader !== me) g.e('lostLeader', me, leader, term); else g.e('changedLeader', me, me, cand, term);
      g.e('electedLeader', me, cand, term);
      leader = cand;
    };

    drive(g, {
      gapMs: 12000,
      startup: () => {
        boot();
        for (let i = 0; i < 12; i++) { g.advance(g.exp(12000)); g.chance(0.85) ? rangeBurst() : compaction(); }
        // the leader's node is drained: this member campaigns and wins
        const old = leader;
        g.e('lostReaderApp', old); g.e('failedReadApp', old, 'unexpected EOF');
        g.e('lostReaderMsg', old); g.e('failedReadMsg', old, 'unexpected EOF');
        g.e('peerInactive', old);
        g.advance(1200);
        electionLost();
        for (let i = 0; i < 3; i++) { g.e('failedDialApp', old, `dial tcp ${ipOf[old]}:2380: i/o timeout`); g.e('failedDialMsg', old, `dial tcp ${ipOf[old]}:2380: i/o timeout`); g.advance(5000); }
        g.e('healthCheck', old, `Get "${url(old, 2380)}/version": dial tcp ${ipOf[old]}:2380: i/o timeout`);
        g.advance(60000);
        g.e('peerActive', old);
        g.e('estReaderMsg', old); g.e('estReaderApp', old); g.e('estWriterMsg', old); g.e('estWriterApp', old);
      },
      steady: [
        [24, rangeBurst],
        [8, txn],
        [4, () => { g.e('applySlow', dur(100, 900), g.int(1, 3)); if (g.chance(0.8)) g.e('avoidLarge'); }],
        [4, hbBurst],
        [2.5, () => g.e('syncSlow', dur(1000, 3000), '1s')],
        [3.5, compaction],
        [2, snapshot],
        [0.9, peerFlap],
        [0.5, () => g.e('dropped', g.pick(peers))],
      ],
      rare: [
        electionLost,
        electionFollow,
        () => { g.e('rejectVote', me, term, index + 5, leader === me ? me : leader, g.pick(peers), term, index - g.int(10, 90), term + 1); },
        () => { g.e('ignoredLower', me, term, g.pick(peers), term - 1); g.e('ignoredLower', me, term, g.pick(peers), term - 1); },
        () => g.e('clockDiff', g.pick(peers), dur(1000, 1500), '1s'),
        () => { g.e('readIndexTimeout'); g.e('readIndexTimeout'); },
        () => g.e('rejectedConn', `${g.ip('10.0.12')}:${g.eport()}`, 'remote error: tls: bad certificate'),
        () => g.e('rejectedConn', `${g.ip('10.0.12')}:${g.eport()}`, 'tls: first record does not look like a TLS handshake'),
        () => { g.e('authFailed'); g.e('authFailed'); g.e('authFailed'); },
        () => { g.e('defragStart'); g.advance(9000); g.e('defragDone'); },
        () => g.e('alarmNospace', me),
        () => {
          const to = g.pick(peers);
          if (leader !== me) electionLost();
          g.e('transferStart', me, term, to);
          g.e('timeoutNow', me, to, to);
          g.e('higherTerm', me, term, to, term + 1);
          term++;
          g.e('becameFollower', me, term);
          g.e('changedLeader', me, me, to, term);
          leader = to;
        },
        () => {
          g.e('sigterm');
          for (const p of peers) {
            g.e('stoppingPeer', p);
            g.e('closedWriterMsg', p); g.e('closedWriterApp', p);
            g.e('stoppedStreamWriter', p); g.e('stoppedStreamWriter', p);
            g.e('stoppedPipelining', p);
            g.e('stoppedReaderApp', p); g.e('stoppedReaderMsg', p);
            g.e('stoppedPeer', p);
          }
          g.advance(20000);
          boot();
        },
      ],
    });
  },
});

// ================================================================ Envoy ====
// Envoy 1.29 edge proxy fed by an xDS control plane, application log plus
// the default-format access log, both on stdout.
// Raw lines: "[2024-03-12 10:00:00.123][1][info][upstream] [source/common/upstream/cds_api_helper.cc:32] <message>"
//       and  "[2024-03-12T10:00:00.123Z] <access log record>"
// -> Content is <message> (timestamp, thread, level, logger and source
//    location split off) resp. the access log record after its START_TIME.
const envAcc = (flag, ust, host) => `"<*> <*> <*>" <*> ${flag} <*> <*> <*> ${ust} "<*>" "<*>" "<*>" "<*>" ${host}`;
SYSTEMS.push({
  name: 'Envoy',
  templates: {
    // access log; the response flag is part of the event
    accOk: envAcc('-', '<*>', '"<*>:<*>"'),
    accUF: envAcc('UF', '-', '"<*>:<*>"'),
    accUH: envAcc('UH', '-', '"-"'),
    accNR: envAcc('NR', '-', '"-"'),
    accUT: envAcc('UT', '-', '"<*>:<*>"'),
    accDC: envAcc('DC', '-', '"<*>:<*>"'),
    accURX: envAcc('URX', '<*>', '"<*>:<*>"'),
    accUO: envAcc('UO', '-', '"-"'),
    accRL: envAcc('RL', '-', '"-"'),
    accUC: envAcc('UC', '-', '"<*>:<*>"'),
    accTcp: '"- - -" <*> - <*> <*> <*> - "-" "-" "-" "-" "<*>:<*>"',
    // startup
    initEpoch: 'initializing epoch <*> (base id=<*>, hot restart version=<*>)',
    adminAddr: 'admin address: <*>:<*>',
    loadingTracing: 'loading tracing configuration',
    loadingSecrets: 'loading <*> static secret(s)',
    loadingClusters: 'loading <*> cluster(s)',
    loadingListeners: 'loading <*> listener(s)',
    loadingStats: 'loading stats configuration',
    cmInitCds: 'cm init: initializing cds',
    cmInitAll: 'cm init: all clusters initialized',
    allClustersInit: 'all clusters initialized. initializing init manager',
    allDepsInit: 'all dependencies initialized. starting workers',
    startingMain: 'starting main dispatch loop',
    deprecated: "Deprecated field: type <*> Using deprecated option '<*>' from file <*>. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details.",
    // xDS
    ldsAdd: "lds: add/update listener '<*>'",
    ldsRemove: "lds: remove listener '<*>'",
    cdsSummary: 'cds: added/updated <*> cluster(s), skipped <*> unmodified cluster(s)',
    cdsAddRemove: 'cds: add <*> cluster(s), remove <*> cluster(s)',
    cdsWarming: 'add/update cluster <*> starting warming',
    cdsWarmed: 'warming cluster <*> complete',
    rdsLoad: 'rds: loading new configuration: config_name=<*> hash=<*>',
    initialFetchTimeout: 'gRPC config: initial fetch timed out for <*>',
    xdsClosedSinceErr: 'StreamAggregatedResources gRPC config stream to <*> closed since <*> ago: <*>, <*>',
    xdsClosedSince: 'StreamAggregatedResources gRPC config stream to <*> closed since <*> ago: <*>,',
    xdsClosed: 'StreamAggregatedResources gRPC config stream to <*> closed: <*>, <*>',
    xdsRejected: 'gRPC config for <*> rejected: <*>',
    // runtime
    luaLog: 'script log: <*>',
    hcFailed: 'health check failed for host <*>:<*> in cluster <*>: <*>',
    hcRecovered: 'host <*>:<*> in cluster <*> is healthy again after <*> consecutive successful checks',
    overloadOn: 'Overload action <*> became active',
    overloadOff: 'Overload action <*> became inactive',
    sdsUpdated: "secret '<*>' updated from SDS, <*> certificate(s) reloaded",
    tlsErr: '[C<*>] TLS error: <*>',
    // shutdown / hot restart
    sigterm: 'caught ENVOY_SIGTERM',
    shutdownServer: 'shutting down server instance',
    closingListeners: 'closing and draining listeners',
    mainExit: 'main dispatch loop exited',
    exiting: 'exiting',
    drainParent: 'shutting down parent after drain',
  },
  scenario(g) {
    const xffs = Array.from({ length: 30 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2'])));
    const uas = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
      'okhttp/4.12.0', 'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/2.0', 'kube-probe/1.29'];
    const hosts = { 'shop.example.com': ['storefront', 'cart', 'catalog'], 'api.example.com': ['orders', 'payments', 'users', 'search'], 'static.example.com': ['assets'] };
    const eps = {};
    for (const cs of Object.values(hosts)) for (const c of cs) eps[c] = Array.from({ length: g.int(2, 4) }, () => g.ip('10.42'));
    const paths = {
      storefront: ['/', '/product/', '/category/shoes', '/checkout'], cart: ['/cart', '/cart/items'], catalog: ['/catalog/v2/items?page=', '/catalog/v2/items/'],
      orders: ['/v1/orders', '/v1/orders/'], payments: ['/v1/payments/intent', '/v1/payments/'], users: ['/v1/users/me', '/v1/users/me/addresses'], search: ['/v1/search?q='],
      assets: ['/js/main.7e1c0.js', '/css/site.3a9f1.css', '/img/logo.svg', '/fonts/inter.woff2'],
    };
    const hostList = Object.keys(hosts);
    const reqFor = () => {
      const host = g.wpick([[5, 'shop.example.com'], [4, 'api.example.com'], [3, 'static.example.com']]);
      const cl = g.zipf(hosts[host], 0.8);
      let p = g.pick(paths[cl]);
      if (p.endsWith('/') && p.length > 1) p += g.int(1000, 999999);
      else if (p.endsWith('=')) p += g.pick(['2', '3', 'red+shoes', 'sneakers', '17']);
      const m = host === 'api.example.com' ? g.wpick([[6, 'GET'], [3, 'POST'], [1, 'PUT'], [0.5, 'DELETE']]) : 'GET';
      return { host, cl, p, m, proto: g.wpick([[6, 'HTTP/2'], [3, 'HTTP/1.1']]) };
    };
    const common = (r) => [g.zipf(xffs, 0.8), r.cl === 'assets' ? uas[g.int(0, 1)] : g.zipf(uas, 0.9), g.uuid(), r.host];
    const acc = (kind = 'ok') => {
      const r = reqFor();
      const ep = g.pick(eps[r.cl]);
      const [xff, ua, rid, host] = common(r);
      const rx = r.m === 'GET' ? 0 : g.int(40, 4000);
      switch (kind) {
        case 'ok': { const up = g.int(1, 300); g.e('accOk', r.m, r.p, r.proto, g.wpick([[30, 200], [3, 304], [2, 201], [2, 404], [1, 302], [0.4, 500]]), rx, g.int(100, 200000), up + g.int(0, 3), up, xff, ua, rid, host, ep, 8080); break; }
        case 'UF': g.e('accUF', r.m, r.p, r.proto, 503, rx, 91, g.int(1, 30), xff, ua, rid, host, ep, 8080); break;
        case 'UH': g.e('accUH', r.m, r.p, r.proto, 503, rx, 19, 0, xff, ua, rid, host); break;
        case 'NR': g.e('accNR', r.m, g.pick(['/wp-admin/setup-config.php', '/.env', '/actuator/health', '/phpmyadmin/', '/server-status']), r.proto, 404, 0, 0, 0, xff, g.pick(['Mozilla/5.0 zgrab/0.x', 'curl/7.68.0']), rid, g.pick(hostList)); break;
        case 'UT': g.e('accUT', r.m, r.p, r.proto, 504, rx, 24, 15000 + g.int(0, 3), xff, ua, rid, host, ep, 8080); break;
        case 'DC': g.e('accDC', r.m, r.p, r.proto, 0, rx, 0, g.int(100, 9000), xff, ua, rid, host, ep, 8080); break;
        case 'URX': { const up = g.int(100, 900); g.e('accURX', r.m, r.p, r.proto, 503, rx, 95, up + g.int(5, 200), up, xff, ua, rid, host, ep, 8080); break; }
        case 'UO': g.e('accUO', r.m, r.p, r.proto, 503, rx, 81, 0, xff, ua, rid, host); break;
        case 'RL': g.e('accRL', r.m, r.p, r.proto, 429, rx, 18, 0, xff, ua, rid, host); break;
        case 'UC': g.e('accUC', r.m, r.p, r.proto, 503, rx, 95, g.int(1, 3000), xff, ua, rid, host, ep, 8080); break;
      }
    };
    const clusters = Object.keys(eps).map((c) => `outbound|8080||${c}.prod.svc.cluster.local`);
    const boot = (epoch) => {
      g.e('initEpoch', epoch, 0, '11.104');
      g.e('adminAddr', '0.0.0.0', 9901);
      g.e('loadingTracing');
      g.e('loadingSecrets', 0);
      g.e('loadingClusters', 2);
      g.e('loadingListeners', 0);
      g.e('loadingStats');
      g.e('deprecated', 'envoy.config.route.v3.RouteAction', 'envoy.config.route.v3.RouteAction.max_grpc_timeout', '/etc/envoy/envoy.yaml');
      g.e('cmInitCds');
      g.e('startingMain');
      g.e('cdsAddRemove', clusters.length, 0);
      for (const c of clusters) g.e('cdsWarming', c);
      for (const c of clusters) g.e('cdsWarmed', c);
      g.e('cdsSummary', clusters.length, 0);
      g.e('cmInitAll');
      g.e('allClustersInit');
      g.e('ldsAdd', 'listener_https');
      g.e('ldsAdd', 'listener_http');
      g.e('ldsAdd', 'listener_postgres');
      g.e('rdsLoad', 'https_routes', `${g.int(1e8, 9e8)}${g.int(1e9, 9e9)}`);
      g.e('rdsLoad', 'http_redirect', `${g.int(1e8, 9e8)}${g.int(1e9, 9e9)}`);
      g.e('allDepsInit');
    };
    const configPush = () => {
      const kind = g.wpick([[4, 'rds'], [3, 'cds'], [1, 'lds']]);
      if (kind === 'rds') g.e('rdsLoad', 'https_routes', `${g.int(1e8, 9e8)}${g.int(1e9, 9e9)}`);
      else if (kind === 'cds') {
        const changed = g.pick(clusters);
        g.e('cdsAddRemove', clusters.length, 0);
        g.e('cdsWarming', changed);
        g.e('cdsWarmed', changed);
        g.e('cdsSummary', 1, clusters.length - 1);
      } else { g.e('ldsAdd', 'listener_https'); g.e('rdsLoad', 'https_routes', `${g.int(1e8, 9e8)}${g.int(1e9, 9e9)}`); }
    };

    drive(g, {
      gapMs: 2500,
      startup: () => boot(0),
      steady: [
        [42, () => acc('ok')],
        [0.4, () => { const k = g.int(2, 8); for (let i = 0; i < k; i++) acc('UO'); }],
        [0.9, () => { const k = g.int(1, 6); for (let i = 0; i < k; i++) acc('UF'); }],
        [0.6, () => { const k = g.int(1, 5); for (let i = 0; i < k; i++) acc('UH'); }],
        [1.8, () => acc('NR')],
        [0.6, () => acc('UT')],
        [2.2, () => acc('DC')],
        [0.4, () => acc('URX')],
        [0.7, () => { const k = g.int(2, 6); for (let i = 0; i < k; i++) acc('RL'); }],
        [0.3, () => acc('UC')],
        [6, () => g.e('accTcp', 0, g.int(100, 90000), g.int(100, 900000), g.int(10, 3600000), g.ip('10.42.9'), 5432)],
        [4, configPush],
        [2.2, () => g.e('xdsClosedSince', 'xds-grpc', `${g.int(1500, 1900)}s`, 0)],
        [0.6, () => { const why = 'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111'; g.e('xdsClosedSinceErr', 'xds-grpc', `${g.int(60, 1900)}s`, 14, why); const k = g.int(1, 5); for (let i = 0; i < k; i++) g.e('xdsClosed', 'xds-grpc', 14, 'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111'); }],
        [2.5, () => g.e('luaLog', g.pick([`rate limit bucket exceeded for api key ${g.hex(8)}`, `legacy header x-client-version=${g.int(1, 3)}.${g.int(0, 9)} seen from ${g.zipf(xffs)}`, `geo block: country ${g.pick(['XX', 'ZZ'])} denied`]))],
        [1.4, () => { const c = g.pick(Object.keys(eps)); const ip = g.pick(eps[c]); g.e('hcFailed', ip, 8080, `outbound|8080||${c}.prod.svc.cluster.local`, g.pick(['connection refused', 'timeout', 'non-200 status 503'])); if (g.chance(0.6)) { g.advance(15000); g.e('hcRecovered', ip, 8080, `outbound|8080||${c}.prod.svc.cluster.local`, 2); } }],
        [0.6, () => g.e('tlsErr', g.int(10000, 999999), g.pick(['268435612:SSL routines:OPENSSL_internal:HTTP_REQUEST', '268436502:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_UNKNOWN', '268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER']))],
      ],
      rare: [
        () => g.e('ldsRemove', 'listener_postgres'),
        () => g.e('initialFetchTimeout', 'type.googleapis.com/envoy.config.cluster.v3.Cluster'),
        () => { g.e('xdsRejected', 'type.googleapis.com/envoy.config.route.v3.RouteConfiguration', "Proto constraint validation failed (RouteConfigurationValidationError.VirtualHosts[0]: embedded message failed validation | caused by VirtualHostValidationError.Domains[1]: value length must be at least 1 characters): name: \"https_routes\""); },
        () => { g.e('overloadOn', 'envoy.overload_actions.shrink_heap'); g.advance(40000); g.e('overloadOff', 'envoy.overload_actions.shrink_heap'); },
        () => g.e('sdsUpdated', 'wildcard-example-com', 1),
        () => g.e('sdsUpdated', 'api-example-com', 1),
        () => {
          // hot restart: the new epoch logs its start, the parent is drained
          g.e('sigterm');
          g.e('shutdownServer');
          g.e('closingListeners');
          g.e('mainExit');
          g.e('exiting');
          g.advance(3000);
          boot(1);
          g.e('drainParent');
        },
      ],
    });
  },
});

// ================================================================ MySQL ====
// MySQL 8.0 Community server error log (replica of a primary, InnoDB).
// Raw line: "2024-03-12T10:00:00.123456Z 42 [Warning] [MY-010055] [Server] <message>"
// -> Content is <message> (timestamp, thread id, priority, error code and
//    subsystem split off).
SYSTEMS.push({
  name: 'MySQL',
  templates: {
    starting: '<*> (mysqld <*>) starting as process <*>',
    innoInitStart: 'InnoDB initialization has started.',
    innoInitEnd: 'InnoDB initialization has ended.',
    caSelfSigned: 'CA certificate <*> is self signed.',
    tlsChannel: 'Channel <*> configured to support TLS. Encrypted connections are now supported for this channel.',
    insecurePath: "Insecure configuration for <*>: Location '<*>' in the path is accessible to all OS users. Consider choosing a different directory.",
    xplugin: "X Plugin ready for connections. Bind-address: '<*>' port: <*>, socket: <*>",
    ready: "<*>: ready for connections. Version: '<*>'  socket: '<*>'  port: <*>  MySQL Community Server - GPL.",
    deprecatedSyntax: "The syntax '<*>' is deprecated and will be removed in a future release. Please use <*> instead.",
    charsetAlias: "<*>: '<*>' is currently an alias for the character set <*>, but will be an alias for <*> in a future release. Please consider using <*> in order to be unambiguous.",
    changedLimits: 'Changed limits: <*>: <*> (requested <*>)',
    maxOpenFiles: 'Could not increase number of max_open_files to more than <*> (request: <*>)',
    bufferLoadFrom: 'Loading buffer pool(s) from <*>',
    bufferLoadDone: 'Buffer pool(s) load completed at <*>',
    bufferDumpTo: 'Dumping buffer pool(s) to <*>',
    bufferDumpDone: 'Buffer pool(s) dump completed at <*>',
    eventSched: 'Event Scheduler: Loaded <*> events',
    tlsDeprecated: 'A deprecated TLS version <*> is enabled for channel <*>',
    // replication (this server is a replica)
    replCreds: "Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA Syntax' in the MySQL Manual for more information.",
    replIoConnected: "Replica I/O thread for channel '': connected to source '<*>@<*>:<*>',replication started in log '<*>' at position <*>",
    replSqlInit: "Replica SQL thread for channel '' initialized, starting replication in log '<*>' at position <*>, relay log '<*>' position: <*>",
    replIoReconnectErr: "Replica I/O for channel '': error reconnecting to source '<*>@<*>:<*>' - retry-time: <*> retries: <*> message: <*>",
    replReadFailed: "Replica I/O thread for channel '': Failed reading log event, reconnecting to retry, log '<*>' at position <*>",
    replIoExit: "Replica I/O thread exiting for channel '', read up to log '<*>', position <*>",
    replSqlExit: "Replica SQL thread for channel '' exiting, replication stopped in log '<*>' at position <*>",
    replWorkerFail: "Replica SQL for channel '': Worker <*> failed executing transaction '<*>' at source log <*>, end_log_pos <*>; <*>, Error_code: <*>",
    // client connections
    abortedRead: "Aborted connection <*> to db: '<*>' user: '<*>' host: '<*>' (Got an error reading communication packets).",
    abortedTimeout: "Aborted connection <*> to db: '<*>' user: '<*>' host: '<*>' (Got timeout reading communication packets).",
    abortedWrite: "Aborted connection <*> to db: '<*>' user: '<*>' host: '<*>' (Got an error writing communication packets).",
    abortedInactive: "Aborted connection <*> to db: '<*>' user: '<*>' host: '<*>' (The client was disconnected by the server because of inactivity. See wait_timeout and interactive_timeout for configuring this behavior.).",
    abortedUnauth: "Aborted connection <*> to db: 'unconnected' user: 'unauthenticated' host: '<*>' (Got an error reading communication packets).",
    accessDeniedYes: "Access denied for user '<*>'@'<*>' (using password: YES)",
    accessDeniedNo: "Access denied for user '<*>'@'<*>' (using password: NO)",
    hostBlocked: "Host '<*>' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'",
    ipNotResolved: "IP address '<*>' could not be resolved: <*>",
    hostnameMismatch: "Hostname '<*>' does not resolve to '<*>'.",
    // storage engine
    pageCleaner: 'page_cleaner: <*> intended loop took <*>. The settings might not be optimal. (flushed=<*> and evicted=<*>, during the time.)',
    tableFull: "The table '<*>' is full",
    diskFull: "Disk is full writing '<*>' (OS errno <*> - <*>). Waiting for someone to free space... Retry in <*> secs. Message reprinted in <*> secs.",
    dlDetected: 'Transactions deadlock detected, dumping detailed information.',
    dlTrx: '*** (<*>) TRANSACTION:',
    dlTrxIndexRead: 'TRANSACTION <*>, ACTIVE <*> sec starting index read',
    dlTrxInserting: 'TRANSACTION <*>, ACTIVE <*> sec inserting',
    dlTables: 'mysql tables in use <*>, locked <*>',
    dlLockWait: 'LOCK WAIT <*> lock struct(s), heap size <*>, <*> row lock(s)',
    dlLocks: '<*> lock struct(s), heap size <*>, <*> row lock(s), undo log entries <*>',
    dlThreadUpdating: 'MySQL thread id <*>, OS thread handle <*>, query id <*> <*> <*> updating',
    dlThreadUpdate: 'MySQL thread id <*>, OS thread handle <*>, query id <*> <*> <*> update',
    dlHolds: '*** (<*>) HOLDS THE LOCK(S):',
    dlWaiting: '*** (<*>) WAITING FOR THIS LOCK TO BE GRANTED:',
    dlRecNoGap: 'RECORD LOCKS space id <*> page no <*> n bits <*> index <*> of table <*> trx id <*> lock_mode X locks rec but not gap',
    dlRecNoGapWaiting: 'RECORD LOCKS space id <*> page no <*> n bits <*> index <*> of table <*> trx id <*> lock_mode X locks rec but not gap waiting',
    dlRecInsertWaiting: 'RECORD LOCKS space id <*> page no <*> n bits <*> index <*> of table <*> trx id <*> lock_mode X locks gap before rec insert intention waiting',
    dlRollback: '*** WE ROLL BACK TRANSACTION (<*>)',
    // misc
    unsafeStmt: 'Unsafe statement written to the binary log using statement format since BINLOG_FORMAT = STATEMENT. <*> Statement: <*>',
    incorrectDef: "Incorrect definition of table <*>: expected column '<*>' at position <*> to have type <*>, found type <*>.",
    gotErrorReading: "Got error <*> when reading table '<*>'",
    sslErr: 'Failed to set up SSL because of the following SSL library error: <*>',
    // shutdown
    receivedShutdown: 'Received SHUTDOWN from user <*>. Shutting down mysqld (Version: <*>).',
    giving: 'Giving <*> client threads a chance to die gracefully',
    shutReplicas: 'Shutting down replica threads',
    forcefully: 'Forcefully disconnecting <*> remaining clients',
    eventPurge: 'Event Scheduler: Purging the queue. <*> events',
    innoStartShutdown: 'Starting shutdown...',
    lsnShutdown: 'Shutdown completed; log sequence number <*>',
    shutdownComplete: '<*>: Shutdown complete (mysqld <*>)  MySQL Community Server - GPL.',
  },
  scenario(g) {
    const ver = '8.0.36';
    const src = ['repl', 'mysql-primary-0.mysql-primary.db.svc.cluster.local', 3306];
    let binlog = g.int(120, 400), pos = g.int(157, 90_000_000), relay = g.int(2, 40);
    const binName = () => `mysql-bin.${pad(binlog, 6)}`;
    const advancePos = () => { pos += g.int(1000, 900000); if (pos > 1_073_000_000) { binlog++; pos = g.int(157, 5000); } return pos; };
    let connId = g.int(10000, 90000);
    const nextConn = () => (connId += g.int(1, 60));
    const apps = [['shop', 'shop_app'], ['shop', 'shop_ro'], ['billing', 'billing_svc'], ['analytics', 'etl'], ['shop', 'cron']];
    const appIps = Array.from({ length: 14 }, () => g.ip('10.42'));
    const badIps = Array.from({ length: 6 }, () => g.ip(g.pick(['10.42', '172.16.4'])));
    const tables = ['shop.orders', 'shop.order_items', 'shop.inventory', 'billing.invoices', 'shop.carts'];
    const hms = (t = g.t) => { const d = new Date(t); return `${String(d.getUTCFullYear()).slice(2)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; };
    let lsn = g.int(50_000_000_000, 90_000_000_000);

    const boot = (first) => {
      g.e('starting', '/usr/sbin/mysqld', ver, 1);
      if (first) g.e('charsetAlias', '--character-set-server', 'utf8', 'UTF8MB3', 'UTF8MB4', 'UTF8MB4');
      g.e('deprecatedSyntax', '--skip-host-cache', "SET GLOBAL host_cache_size=0");
      if (first) { g.e('maxOpenFiles', 1048576, 1048576 + 8161); g.e('changedLimits', 'max_open_files', 1048576, 1056737); }
      g.e('changedLimits', 'table_open_cache', 65491, 100000);
      g.e('innoInitStart');
      g.e('innoInitEnd');
      g.e('bufferLoadFrom', '/var/lib/mysql/ib_buffer_pool');
      g.e('caSelfSigned', 'ca.pem');
      g.e('tlsChannel', 'mysql_main');
      g.e('tlsDeprecated', 'TLSv1.1', 'mysql_main');
      g.e('insecurePath', '--pid-file', '/var/run/mysqld');
      g.e('replCreds');
      g.e('replSqlInit', binName(), pos, `/var/lib/mysql/relay-bin.${pad(relay, 6)}`, g.int(4, 9000));
      g.e('eventSched', g.int(0, 6));
      g.e('xplugin', '::', 33060, '/var/run/mysqld/mysqlx.sock');
      g.e('ready', '/usr/sbin/mysqld', ver, '/var/run/mysqld/mysqld.sock', 3306);
      g.e('replIoConnected', ...src, binName(), pos);
      g.advance(g.int(4000, 30000));
      g.e('bufferLoadDone', hms());
    };
    const aborted = () => {
      const [db, user] = g.zipf(apps, 0.9);
      const ip = g.zipf(appIps, 0.8);
      const k = g.wpick([[14, 'read'], [6, 'timeout'], [9, 'inactive'], [1.2, 'write']]);
      const key = { read: 'abortedRead', timeout: 'abortedTimeout', inactive: 'abortedInactive', write: 'abortedWrite' }[k];
      g.e(key, nextConn(), db, user, ip);
    };
    const bruteForce = () => {
      const ip = g.pick(badIps);
      const n = g.int(2, 12);
      const user = g.pick(['root', 'admin', 'mysql', 'test', 'shop_app', 'backup']);
      for (let i = 0; i < n; i++) {
        if (g.chance(0.85)) g.e('accessDeniedYes', user, ip); else g.e('accessDeniedNo', user, ip);
        if (g.chance(0.25)) g.e('abortedUnauth', nextConn(), ip);
      }
    };
    const deadlock = () => {
      const tbl = g.pick(['`shop`.`inventory`', '`shop`.`orders`', '`billing`.`invoices`']);
      const space = g.int(20, 400), page = g.int(4, 90000);
      const t1 = g.int(100_000_000, 900_000_000), t2 = t1 + g.int(1, 900);
      const [_, user] = g.pick(apps);
      const ins = g.chance(0.3);
      g.e('dlDetected');
      g.e('dlTrx', 1);
      g.e(ins ? 'dlTrxInserting' : 'dlTrxIndexRead', t1, g.int(0, 3));
      g.e('dlTables', 1, 1);
      g.e('dlLockWait', g.int(2, 9), 1128, g.int(1, 6));
      g.e(ins ? 'dlThreadUpdate' : 'dlThreadUpdating', nextConn(), g.int(1e14, 9e14), g.int(1e6, 9e7), g.pick(appIps), user);
      g.e('dlHolds', 1);
      g.e('dlRecNoGap', space, page, g.int(72, 400), 'PRIMARY', tbl, t1);
      g.e('dlWaiting', 1);
      g.e(ins ? 'dlRecInsertWaiting' : 'dlRecNoGapWaiting', space, page, g.int(72, 400), ins ? 'idx_sku' : 'PRIMARY', tbl, t1);
      g.e('dlTrx', 2);
      g.e('dlTrxIndexRead', t2, g.int(0, 3));
      g.e('dlTables', 1, 1);
      g.e('dlLocks', g.int(3, 9), 1128, g.int(2, 8), g.int(1, 4));
      g.e('dlThreadUpdating', nextConn(), g.int(1e14, 9e14), g.int(1e6, 9e7), g.pick(appIps), user);
      g.e('dlHolds', 2);
      g.e('dlRecNoGap', space, page, g.int(72, 400), 'PRIMARY', tbl, t2);
      g.e('dlWaiting', 2);
      g.e('dlRecNoGapWaiting', space, page + g.int(0, 2), g.int(72, 400), 'PRIMARY', tbl, t2);
      g.e('dlRollback', 2);
    };

    drive(g, {
      gapMs: 30000,
      startup: () => boot(true),
      steady: [
        [30, aborted],
        [2.2, bruteForce],
        [6, () => { const k = g.int(1, 3); for (let i = 0; i < k; i++) { const ms = g.int(4000, 30000); g.e('pageCleaner', '1000ms', `${ms}ms`, g.int(100, 2000), 0); g.advance(ms); } }],
        [1.1, deadlock],
        [1.2, () => { const ip = g.pick(badIps.concat(appIps)); g.e('ipNotResolved', ip, g.pick(['Name or service not known', 'Temporary failure in name resolution'])); }],
        [0.5, () => { const k = g.int(2, 6); const t = g.pick(['/tmp/#sql1_1c_2', '/tmp/#sql1_1c_5']); for (let i = 0; i < k; i++) g.e('tableFull', t); }],
      ],
      rare: [
        () => { bruteForce(); g.e('hostBlocked', badIps[0]); },
        () => g.e('hostnameMismatch', 'build-runner-7.ci.internal', '10.42.18.7'),
        () => {
          g.e('replReadFailed', binName(), advancePos());
          g.e('replIoReconnectErr', ...src, 60, 1, "Can't connect to MySQL server on 'mysql-primary-0.mysql-primary.db.svc.cluster.local:3306' (111)");
          g.advance(60000);
          g.e('replIoReconnectErr', ...src, 60, 2, "Can't connect to MySQL server on 'mysql-primary-0.mysql-primary.db.svc.cluster.local:3306' (111)");
          g.advance(60000);
          g.e('replIoConnected', ...src, binName(), advancePos());
        },
        () => { const p = advancePos(); g.e('replWorkerFail', 1, `${g.uuid()}:${g.int(1e6, 9e6)}`, binName(), p, `Could not execute Write_rows event on table shop.carts; Duplicate entry '88231' for key 'carts.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log ${binName()}, end_log_pos ${p}`, 'MY-001062'); },
        () => { const f = './mysql-bin.index'; g.e('diskFull', f, 28, 'No space left on device', 60, 600); g.advance(60000); g.e('diskFull', f, 28, 'No space left on device', 60, 600); },
        () => g.e('unsafeStmt', 'The statement is unsafe because it uses a LIMIT clause. This is unsafe because the set of rows included cannot be predicted.', 'DELETE FROM shop.sessions WHERE expires_at < NOW() LIMIT 1000'),
        () => g.e('incorrectDef', 'performance_schema.replication_connection_status', 'SOURCE_UUID', 1, 'char(36)', 'char(36)'),
        () => g.e('gotErrorReading', 'HA_ERR_CRASHED', './shop/sessions'),
        () => g.e('sslErr', 'SSL_CTX_set_default_verify_paths failed'),
        () => {
          g.e('receivedShutdown', 'root', ver);
          g.e('giving', g.int(1, 40));
          g.e('shutReplicas');
          g.e('replIoExit', binName(), advancePos());
          g.e('replSqlExit', binName(), pos);
          g.e('forcefully', g.int(0, 12));
          g.e('eventPurge', g.int(0, 6));
          g.e('bufferDumpTo', '/var/lib/mysql/ib_buffer_pool');
          g.e('bufferDumpDone', hms());
          g.e('innoStartShutdown');
          lsn += g.int(1e6, 9e8);
          g.e('lsnShutdown', lsn);
          g.e('shutdownComplete', '/usr/sbin/mysqld', ver);
          g.advance(20000);
          relay++;
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
