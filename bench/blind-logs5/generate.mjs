#!/usr/bin/env node
// Deterministic generator for the blind-logs5 log template mining benchmark.
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
const SEED = 0x5eed2705;
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

// Go time.Duration.String() for a number of seconds: 2m0s, 1.5s, 45.25ms, 812.5µs, 180ns.
function goDur(sec) {
  const trim = (s) => s.replace(/\.?0+$/, '');
  if (sec >= 3600) { const h = Math.floor(sec / 3600); const m = Math.floor((sec - h * 3600) / 60); return `${h}h${m}m${trim((sec - h * 3600 - m * 60).toFixed(9))}s`; }
  if (sec >= 60) { const m = Math.floor(sec / 60); return `${m}m${trim((sec - m * 60).toFixed(9))}s`; }
  if (sec >= 1) return trim(sec.toFixed(9)) + 's';
  if (sec >= 1e-3) return trim((sec * 1e3).toFixed(6)) + 'ms';
  if (sec >= 1e-6) return trim((sec * 1e6).toFixed(3)) + '\u00b5s';
  return Math.max(1, Math.round(sec * 1e9)) + 'ns';
}

// ========================================================== Prometheus ====
// Prometheus 2.51 (go-kit logfmt logger, --log.level=info) running in a
// Kubernetes cluster: Kubernetes service discovery for pods, service
// endpoints, nodes and cAdvisor, two Alertmanagers, recording and alerting
// rules, and remote write to a long-term store.
// Raw line: 'ts=2024-04-16T10:00:00.123Z caller=scrape.go:1729 level=warn component="scrape manager" scrape_pool=kubernetes-pods target=http://10.42.3.17:8080/metrics msg="Error on ingesting out-of-order samples" num_dropped=3'
// -> Content is everything after the header fields ts=, caller=, level= and
// (when present) component=: the logger's other context keys (scrape_pool=,
// target=, remote_name=, url=, file=, group= ...), msg= and the keys after it.
// Go-quoted strings keep their backslashes (\" and the literal \n in rules).
SYSTEMS.push({
  name: 'Prometheus',
  templates: {
    // startup
    starting: 'msg="Starting Prometheus Server" mode=<*> version="(version=<*>, branch=<*>, revision=<*>)"',
    opInfo: 'msg="operational information" build_context="(go=<*>, platform=<*>, user=<*>, date=<*>, tags=<*>)" host_details="(<*>)" fd_limits="(soft=<*>, hard=<*>)" vm_limits="(soft=<*>, hard=<*>)"',
    gomaxprocs: 'msg="Updating GOMAXPROCS=<*>: determined from CPU quota"',
    retention: 'msg="No time or size retention was set so using the default time retention" duration=<*>',
    listen: 'msg="Start listening for connections" address=<*>:<*>',
    startingTsdb: 'msg="Starting TSDB ..."',
    listeningOn: 'msg="Listening on" address=[<*>]:<*>',
    tlsDisabled: 'msg="TLS is disabled." http2=<*> address=[<*>]:<*>',
    lockfile: 'msg="A lockfile from a previous execution already existed. It was replaced" file=<*>',
    foundBlock: 'msg="Found healthy block" mint=<*> maxt=<*> ulid=<*>',
    mmapReplay: 'msg="Replaying on-disk memory mappable chunks if any"',
    mmapDone: 'msg="On-disk memory mappable chunks replay completed" duration=<*>',
    walReplay: 'msg="Replaying WAL, this may take a while"',
    checkpointLoaded: 'msg="WAL checkpoint loaded"',
    segmentLoaded: 'msg="WAL segment loaded" segment=<*> maxSegment=<*>',
    replayDone: 'msg="WAL replay completed" checkpoint_replay_duration=<*> wal_replay_duration=<*> wbl_replay_duration=<*> chunk_snapshot_load_duration=<*> mmap_chunk_replay_duration=<*> total_replay_duration=<*>',
    walReadError: 'msg="Encountered WAL read error, attempting repair" err="<*>"',
    repairStart: 'msg="Starting corruption repair" segment=<*> offset=<*>',
    repairDeleteNewer: 'msg="Deleting all segments newer than corrupted segment" segment=<*>',
    repairRewrite: 'msg="Rewrite corrupted segment" segment=<*>',
    fsInfo: 'msg="filesystem information" fs_type=<*>',
    tsdbStarted: 'msg="TSDB started"',
    loadingCfg: 'msg="Loading configuration file" filename=<*>',
    k8sInCluster: 'discovery=<*> config=<*> msg="Using pod service account via in-cluster config"',
    cfgLoaded: 'msg="Completed loading of configuration file" filename=<*> totalDuration=<*> db_storage=<*> remote_storage=<*> web_handler=<*> query_engine=<*> scrape=<*> scrape_sd=<*> notify=<*> notify_sd=<*> rules=<*> tracing=<*>',
    reloadErr: 'msg="Error reloading config" err="<*>"',
    ready: 'msg="Server is ready to receive web requests."',
    ruleMgrStart: 'msg="Starting rule manager..."',
    // remote write
    rwWalWatcher: 'remote_name=<*> url=<*> msg="Starting WAL watcher" queue=<*>',
    rwMetaWatcher: 'remote_name=<*> url=<*> msg="Starting scraped metadata watcher"',
    rwReplay: 'remote_name=<*> url=<*> msg="Replaying WAL" queue=<*>',
    rwReplayDone: 'remote_name=<*> url=<*> msg="Done replaying WAL" duration=<*>',
    rwReshard: 'remote_name=<*> url=<*> msg="Remote storage resharding" from=<*> to=<*>',
    rwReshardBusy: 'remote_name=<*> url=<*> msg="Currently resharding, skipping."',
    rwSkipReshard: 'remote_name=<*> url=<*> msg="Skipping resharding, last successful send was beyond threshold" lastSendTimestamp=<*> minSendTimestamp=<*>',
    rwRetry: 'remote_name=<*> url=<*> msg="Failed to send batch, retrying" err="<*>"',
    rwNonRecoverable: 'remote_name=<*> url=<*> msg="non-recoverable error" count=<*> exemplarCount=<*> err="<*>"',
    rwWatcherStop: 'remote_name=<*> url=<*> msg="Stopping WAL watcher" queue=<*>',
    rwStopping: 'msg="Stopping remote storage..."',
    rwStopped: 'msg="Remote storage stopped."',
    // TSDB head compaction, checkpoints, block compaction
    writeBlock: 'msg="write block" mint=<*> maxt=<*> ulid=<*> duration=<*>',
    headGc: 'msg="Head GC completed" caller=<*> duration=<*>',
    createCheckpoint: 'msg="Creating checkpoint" from_segment=<*> to_segment=<*> mint=<*>',
    checkpointDone: 'msg="WAL checkpoint complete" first=<*> last=<*> duration=<*>',
    compactBlocks: 'msg="compact blocks" count=<*> mint=<*> maxt=<*> ulid=<*> sources="[<*>]" duration=<*>',
    deleteObsolete: 'msg="Deleting obsolete block" block=<*>',
    compactionFailed: 'msg="compaction failed" err="<*>"',
    // scrape loops
    appendFailed: 'scrape_pool=<*> target=<*> msg="Append failed" err="<*>"',
    ooo: 'scrape_pool=<*> target=<*> msg="Error on ingesting out-of-order samples" num_dropped=<*>',
    tooOld: 'scrape_pool=<*> target=<*> msg="Error on ingesting samples that are too old or are too far into the future" num_dropped=<*>',
    dupTs: 'scrape_pool=<*> target=<*> msg="Error on ingesting samples with different value but same timestamp" num_dropped=<*>',
    oooExemplar: 'scrape_pool=<*> target=<*> msg="Error on ingesting out-of-order exemplars" num_dropped=<*>',
    commitFailed: 'scrape_pool=<*> target=<*> msg="Scrape commit failed" err="<*>"',
    // rules
    ruleFailed: 'file=<*> group=<*> name=<*> index=<*> msg="Evaluating rule failed" rule="<*>" err="<*>"',
    ruleDiscarded: 'file=<*> group=<*> name=<*> index=<*> msg="Rule evaluation result discarded" err="<*>" sample="<*>"',
    ruleDupTs: 'file=<*> group=<*> msg="Error on ingesting results from rule evaluation with different value but same timestamp" num_dropped=<*>',
    // notifier
    alertSendErr: 'alertmanager=<*> count=<*> msg="Error sending alert" err="<*>"',
    alertQueueFull: 'msg="Alert notification queue full, dropping alerts" num_dropped=<*>',
    // kubernetes client (klog adapter)
    k8sListFail: 'func=<*> msg="<*>: failed to list <*>: Get \\"<*>\\": dial tcp <*>:<*>: connect: connection refused"',
    k8sWatchFail: 'func=<*> msg="<*>: Failed to watch <*>: failed to list <*>: Get \\"<*>\\": dial tcp <*>:<*>: connect: connection refused"',
    k8sWatchEnded: 'func=<*> msg="<*>: watch of <*> ended with: <*>"',
    // web
    webWriteErr: 'msg="error writing response" bytesWritten=<*> err="<*>"',
    // shutdown
    sigterm: 'msg="Received SIGTERM, exiting gracefully..."',
    stopScrapeDisc: 'msg="Stopping scrape discovery manager..."',
    stopNotifyDisc: 'msg="Stopping notify discovery manager..."',
    stopRuleMgr: 'msg="Stopping rule manager..."',
    stopScrapeMgr: 'msg="Stopping scrape manager..."',
    scrapeDiscStopped: 'msg="Scrape discovery manager stopped"',
    notifyDiscStopped: 'msg="Notify discovery manager stopped"',
    ruleMgrStopped: 'msg="Rule manager stopped"',
    scrapeMgrStopped: 'msg="Scrape manager stopped"',
    stopNotifier: 'msg="Stopping notification manager..."',
    notifierStopped: 'msg="Notification manager stopped"',
    bye: 'msg="See you next time!"',
  },
  scenario(g) {
    const VER = '2.51.2', REV = 'b4c0ab52c3e9b940ab803581ddae9b3d9a452337';
    const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const ulid = (t) => { let s = ''; let x = Math.floor(t); for (let i = 0; i < 10; i++) { s = CROCK[x % 32] + s; x = Math.floor(x / 32); } return s + g.alnum(16, CROCK); };
    const H2 = 2 * 3600e3;
    const CFG = '/etc/prometheus/config_out/prometheus.env.yaml';
    const rwName = g.hex(6), rwUrl = 'https://metrics-lts.example.com/api/v1/push';
    const apiIp = '10.96.0.1';
    let shards = 4;
    const sec = (lo, hi) => lo + g.exp((hi - lo) / 4);
    const d = (lo, hi) => goDur(Math.min(hi * 3, sec(lo, hi)));

    // TSDB state: persisted blocks, head range, WAL segments
    const blocks = [];
    let headMint = Math.floor(g.t / H2) * H2 - H2;
    let segment = g.int(1400, 1900);
    let firstSeg = segment - g.int(4, 9);
    let nextSegAt = g.t + g.int(300e3, 900e3);
    {
      let t = headMint - 360 * 3600e3;
      for (const [n, h] of [[5, 54], [4, 18], [2, 6], [3, 2]]) {
        for (let i = 0; i < n; i++) { blocks.push({ mint: t, maxt: t + h * 3600e3, ulid: ulid(t + h * 3600e3 + g.int(3600e3, 3 * 3600e3)) }); t += h * 3600e3; }
      }
    }

    // scrape targets
    const podIps = Array.from({ length: 40 }, () => g.ip('10.42'));
    const nodeIps = Array.from({ length: 9 }, (_, i) => `10.0.1.${11 + i}`);
    const pools = [
      ['kubernetes-pods', () => `http://${g.zipf(podIps, 0.8)}:${g.pick(['8080', '9102', '8081', '9121', '9187'])}/metrics`],
      ['kubernetes-service-endpoints', () => `http://${g.zipf(podIps, 0.8)}:${g.pick(['9100', '8080', '9113'])}/metrics`],
      ['node-exporter', () => `http://${g.pick(nodeIps)}:9100/metrics`],
      ['kubernetes-cadvisor', () => `https://${g.pick(nodeIps)}:10250/metrics/cadvisor`],
      ['blackbox-http', () => `http://blackbox-exporter.monitoring.svc:9115/probe?module=http_2xx&target=https%3A%2F%2F${g.pick(['www', 'api', 'status'])}.example.com`],
    ];
    const bad = []; // misbehaving targets: {pool, target, kind}
    const newBad = () => {
      const [pool, mk] = g.zipf(pools, 1.0);
      const kind = g.wpick([[5, 'ooo'], [3, 'tooOld'], [2, 'dupTs'], [2, 'append'], [0.7, 'oooExemplar']]);
      const b = { pool, target: mk(), kind, err: g.pick(['out of bounds', 'sample limit exceeded', 'label_limit exceeded (metric: http_server_requests_seconds_bucket, number of labels: 33, limit: 30)']) };
      bad.push(b);
      return b;
    };
    const scrapeTrouble = () => {
      if (bad.length < 2 || g.chance(0.04)) newBad();
      if (bad.length > 6 && g.chance(0.3)) bad.shift();
      const b = g.zipf(bad, 0.9);
      if (b.kind === 'append') g.e('appendFailed', b.pool, b.target, b.err);
      else g.e(b.kind, b.pool, b.target, g.wpick([[6, 1], [3, g.int(2, 9)], [1, g.int(10, 400)]]));
    };

    // rules
    const RULES = '/etc/prometheus/rules/prometheus-k8s-rulefiles-0';
    const brokenRules = [
      [`${RULES}/shop-slo.yaml`, 'shop-slo', 'ShopErrorBudgetBurn', 2, 'alert: ShopErrorBudgetBurn\\nexpr: sum by (service) (rate(http_requests_total{code=~\\"5..\\"}[5m])) / on (service) group_left (team) service_owner > 0.02\\nfor: 5m\\nlabels:\\n  severity: page\\n', 'found duplicate series for the match group {service=\\"checkout\\"} on the right hand-side of the operation: [{__name__=\\"service_owner\\", service=\\"checkout\\", team=\\"payments\\"}, {__name__=\\"service_owner\\", service=\\"checkout\\", team=\\"shop\\"}];many-to-many matching not allowed: matching labels must be unique on one side'],
      [`${RULES}/capacity.yaml`, 'capacity.rules', 'namespace:container_memory_working_set_bytes:sum', 0, 'record: namespace:container_memory_working_set_bytes:sum\\nexpr: sum by (namespace) (container_memory_working_set_bytes{container!=\\"\\",image!=\\"\\"})\\n', 'query timed out in expression evaluation'],
      [`${RULES}/node.yaml`, 'node-exporter', 'NodeFilesystemAlmostFull', 4, 'alert: NodeFilesystemAlmostFull\\nexpr: node_filesystem_avail_bytes / node_filesystem_size_bytes * 100 < 10\\nfor: 30m\\nlabels:\\n  severity: warning\\n', 'vector contains metrics with the same labelset after applying alert labels'],
    ];
    const alertmanagers = ['http://10.42.7.21:9093/api/v2/alerts', 'http://10.42.5.30:9093/api/v2/alerts'];
    const reflector = 'pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229';
    const kinds = [['*v1.Pod', '/api/v1/pods'], ['*v1.Endpoints', '/api/v1/endpoints'], ['*v1.Service', '/api/v1/services'], ['*v1.Node', '/api/v1/nodes']];
    const rwErrs = [
      `Post \\"${rwUrl}\\": context deadline exceeded`,
      'server returned HTTP status 503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      'server returned HTTP status 429 Too Many Requests: ingestion rate limit (20000) exceeded while adding 5000 samples and 0 metadata',
    ];

    const loadCfg = () => {
      g.e('loadingCfg', CFG);
      const ms = () => goDur(sec(0.0000005, 0.00003));
      g.e('cfgLoaded', CFG, d(0.01, 0.06), ms(), ms(), ms(), ms(), d(0.0002, 0.002), d(0.0001, 0.001), ms(), ms(), d(0.002, 0.02), ms());
    };
    const boot = (crashed) => {
      g.e('starting', 'server', VER, 'HEAD', REV);
      g.e('opInfo', 'go1.22.2', 'linux/amd64', 'root@6a1f0c2b7d44', '20240416-09:12:33', 'netgo,builtinassets,stringlabels', 'Linux 5.15.0-105-generic #115-Ubuntu SMP Mon Apr 15 09:52:04 UTC 2024 x86_64 prometheus-k8s-0 (none)', 1048576, 1048576, 'unlimited', 'unlimited');
      g.e('gomaxprocs', 4);
      g.e('retention', '15d');
      g.e('listen', '0.0.0.0', 9090);
      g.e('startingTsdb');
      g.e('listeningOn', '::', 9090);
      g.e('tlsDisabled', 'false', '::', 9090);
      if (crashed) g.e('lockfile', '/prometheus/lock');
      for (const b of blocks) g.e('foundBlock', b.mint, b.maxt, b.ulid);
      g.e('mmapReplay');
      g.e('mmapDone', d(0.001, 0.02));
      g.e('walReplay');
      g.e('checkpointLoaded');
      if (crashed) {
        const off = g.int(1000000, 120000000);
        g.e('walReadError', `read records: corruption in segment /prometheus/wal/${pad(segment, 8)} at ${off}: unexpected checksum ${g.hex(8)}, expected ${g.hex(8)}`);
        g.e('repairStart', segment, off);
        g.e('repairDeleteNewer', segment);
        g.e('repairRewrite', segment);
      }
      for (let s = firstSeg; s <= segment; s++) g.e('segmentLoaded', s, segment);
      const ck = sec(0.02, 0.3), wal = sec(2, 9) * (segment - firstSeg + 1) / 6, mm = sec(0.001, 0.02);
      g.e('replayDone', goDur(ck), goDur(wal), goDur(sec(0.0000001, 0.000001)), '0s', goDur(mm), goDur(ck + wal + mm + sec(0.001, 0.01)));
      g.e('fsInfo', 'EXT4_SUPER_MAGIC');
      g.e('tsdbStarted');
      g.e('loadingCfg', CFG);
      for (const c of ['kubernetes-pods', 'kubernetes-service-endpoints', 'kubernetes-cadvisor', 'node-exporter']) g.e('k8sInCluster', 'kubernetes', c);
      g.e('k8sInCluster', 'kubernetes', 'config-0');
      g.e('rwWalWatcher', rwName, rwUrl, rwName);
      g.e('rwMetaWatcher', rwName, rwUrl);
      g.e('rwReplay', rwName, rwUrl, rwName);
      const ms = () => goDur(sec(0.0000005, 0.00003));
      g.e('cfgLoaded', CFG, d(0.01, 0.06), ms(), ms(), ms(), ms(), d(0.0002, 0.002), d(0.0001, 0.001), ms(), ms(), d(0.002, 0.02), ms());
      g.e('ready');
      g.e('ruleMgrStart');
      g.advance(g.int(4000, 12000));
      g.e('rwReplayDone', rwName, rwUrl, d(3, 12));
      nextSegAt = g.t + g.int(300e3, 900e3);
    };
    const shutdown = () => {
      g.e('sigterm');
      g.e('stopScrapeDisc'); g.e('stopNotifyDisc'); g.e('stopRuleMgr'); g.e('stopScrapeMgr');
      g.e('notifyDiscStopped'); g.e('scrapeDiscStopped'); g.e('scrapeMgrStopped'); g.e('ruleMgrStopped');
      g.e('stopNotifier'); g.e('rwStopping'); g.e('rwWatcherStop', rwName, rwUrl, rwName); g.e('rwStopped');
      g.e('notifierStopped');
      g.e('bye');
    };

    // head compaction every 2h (when the head spans 3h), checkpoint, level compaction
    const tsdbTick = () => {
      while (g.t > nextSegAt) { segment++; nextSegAt += g.int(300e3, 900e3); }
      if (g.t < headMint + 1.5 * H2 + 60e3) return false;
      const mint = headMint, maxt = headMint + H2;
      const u = ulid(g.t);
      g.e('writeBlock', mint, maxt, u, d(0.6, 4));
      blocks.push({ mint, maxt, ulid: u });
      headMint = maxt;
      g.e('headGc', 'truncateMemory', d(0.02, 0.3));
      const to = firstSeg + Math.max(1, Math.floor((segment - firstSeg) * 2 / 3));
      g.e('createCheckpoint', firstSeg, to, headMint);
      g.e('checkpointDone', firstSeg, to, d(0.5, 3));
      firstSeg = to + 1;
      for (const [lo, hi] of [[2, 6], [6, 18], [18, 54]]) {
        const n = blocks.length;
        if (n < 4) break;
        const l3 = blocks.slice(n - 4, n - 1); // the newest block is never compacted right away
        if (l3.every((b) => b.maxt - b.mint === lo * 3600e3) && l3[0].mint % (hi * 3600e3) === 0 && l3[2].maxt - l3[0].mint === hi * 3600e3) {
          const nu = ulid(g.t);
          g.e('compactBlocks', 3, l3[0].mint, l3[2].maxt, nu, l3.map((b) => b.ulid).join(' '), d(1, 8 * lo / 2));
          blocks.splice(n - 4, 3, { mint: l3[0].mint, maxt: l3[2].maxt, ulid: nu });
          for (const b of l3) g.e('deleteObsolete', b.ulid);
        }
      }
      while (blocks[0].maxt < g.t - 360 * 3600e3) g.e('deleteObsolete', blocks.shift().ulid);
      return true;
    };
    const reshard = () => {
      const to = Math.max(1, shards + g.pick([-3, -2, -1, 1, 2, 3, 5]));
      g.e('rwReshard', rwName, rwUrl, shards, to);
      shards = to;
      if (g.chance(0.15)) g.e('rwReshardBusy', rwName, rwUrl);
    };
    const rwTrouble = (n = g.int(1, 4)) => {
      const err = g.wpick([[5, rwErrs[0]], [3, rwErrs[1]], [2, rwErrs[2]]]);
      for (let i = 0; i < n; i++) { g.e('rwRetry', rwName, rwUrl, err); g.advance(g.int(1000, 30000)); }
    };
    const ruleFail = () => {
      const [f, grp, name, idx, rule, err] = g.zipf(brokenRules, 1.2);
      g.e('ruleFailed', f, grp, name, idx, rule, err);
    };
    const alertErr = (am = g.pick(alertmanagers)) => g.e('alertSendErr', am, g.int(1, 12), g.pick([`Post \\"${am}\\": context deadline exceeded`, `Post \\"${am}\\": dial tcp ${am.slice(7).replace(/\/.*/, '')}: connect: connection refused`]));

    drive(g, {
      gapMs: 70000,
      startup: () => boot(false),
      steady: [
        [10, () => { if (!tsdbTick()) scrapeTrouble(); }],
        [34, scrapeTrouble],
        [12, reshard],
        [5, () => rwTrouble()],
        [8, ruleFail],
        [2.5, () => alertErr()],
        [1.5, () => g.e('webWriteErr', 0, `write tcp 10.42.0.15:9090->${g.ip('10.42')}:${g.eport()}: write: broken pipe`)],
        [1.2, () => { const [k] = g.pick(kinds); g.e('k8sWatchEnded', 'WarningDepth', reflector, k, 'very short watch: pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Unexpected watch close - watch lasted less than a second and no items received'); }],
      ],
      rare: [
        loadCfg,
        loadCfg,
        () => { g.e('loadingCfg', CFG); g.e('reloadErr', `couldn't load configuration (--config.file=\\"${CFG}\\"): parsing YAML file ${CFG}: yaml: unmarshal errors:\\n  line 214: field scrape_timout not found in type config.ScrapeConfig`); },
        () => { // Alertmanager rolling restart
          for (let i = 0; i < g.int(3, 6); i++) { alertErr(alertmanagers[0]); g.advance(10000); }
          g.e('alertQueueFull', g.int(10, 300));
        },
        () => { // API server outage during a control-plane upgrade
          for (const [k, p] of kinds) g.e('k8sListFail', 'ErrorDepth', reflector, k, `https://${apiIp}:443${p}?limit=500&resourceVersion=0`, apiIp, 443);
          for (const [k, p] of kinds.slice(0, 2)) g.e('k8sWatchFail', 'ErrorDepth', reflector, k, k, `https://${apiIp}:443${p}?limit=500&resourceVersion=0`, apiIp, 443);
          scrapeTrouble();
          for (const [k, p] of kinds.slice(0, 3)) g.e('k8sWatchFail', 'ErrorDepth', reflector, k, k, `https://${apiIp}:443${p}?resourceVersion=${g.int(1e7, 9e7)}&timeout=${g.int(5, 9)}m${g.int(0, 59)}s&timeoutSeconds=${g.int(300, 599)}&watch=true`, apiIp, 443);
        },
        () => { // remote store outage
          rwTrouble(g.int(6, 10));
          g.e('rwSkipReshard', rwName, rwUrl, Math.floor(g.t / 1000) - g.int(130, 400), Math.floor(g.t / 1000) - 120);
          g.e('rwReshardBusy', rwName, rwUrl);
          rwTrouble(3);
        },
        () => g.e('rwNonRecoverable', rwName, rwUrl, 2000, 0, 'server returned HTTP status 400 Bad Request: out of order sample for series {__name__=\\"up\\", instance=\\"10.42.3.17:8080\\", job=\\"kubernetes-pods\\"}'),
        () => g.e('compactionFailed', `compact head: persist head block: populate block: write chunks: preallocate: no space left on device`),
        () => { const b = bad.length ? bad[0] : newBad(); g.e('commitFailed', b.pool, b.target, 'write to WAL: log samples: write /prometheus/wal/' + pad(segment, 8) + ': no space left on device'); },
        () => { const [f, grp, name, idx] = brokenRules[1]; const ts = Math.floor(g.t / 60000) * 60000; g.e('ruleDiscarded', f, grp, name, idx, 'duplicate sample for timestamp', `{__name__=\\"namespace:container_memory_working_set_bytes:sum\\", namespace=\\"shop\\"} => ${g.int(1e9, 9e9)} @[${ts}]`); g.e('ruleDupTs', f, grp, 1); },
        () => { shutdown(); g.advance(g.int(20000, 60000)); boot(false); },
        () => { g.advance(g.int(20000, 60000)); boot(true); }, // OOM-killed: no shutdown lines, WAL repair on start
      ],
    });
  },
});

// =============================================================== Vault ====
// HashiCorp Vault 1.15 (open source), node vault-0 of a three-node cluster
// with integrated (raft) storage and auto-unseal, in Kubernetes: kv, pki,
// database and transit secrets engines, Kubernetes, AppRole, userpass and
// OIDC auth methods, a file audit device.
// Raw line: "2024-04-16T10:00:00.123Z [INFO]  storage.raft: entering leader state: leader=\"Node at vault-0.vault-internal:8201 [Leader]\""
// -> Content is the message (timestamp, [LEVEL] and the hclog logger name
// "storage.raft: " split off). The startup banner, printed without a header,
// keeps its text without the indentation.
SYSTEMS.push({
  name: 'Vault',
  templates: {
    // banner
    bnConfig: '==> Vault server configuration:',
    bnApiAddr: 'Api Address: <*>',
    bnCgo: 'Cgo: <*>',
    bnClusterAddr: 'Cluster Address: <*>',
    bnEnv: 'Environment Variables: <*>',
    bnGo: 'Go Version: <*>',
    bnListener: 'Listener <*>: <*> (addr: "<*>:<*>", cluster address: "<*>:<*>", max_request_duration: "<*>", max_request_size: "<*>", tls: "<*>")',
    bnLogLevel: 'Log Level: <*>',
    bnMlock: 'Mlock: supported: <*>, enabled: <*>',
    bnRecovery: 'Recovery Mode: <*>',
    bnStorage: 'Storage: <*> (HA available)',
    bnVersion: 'Version: Vault v<*>, built <*>',
    bnVersionSha: 'Version Sha: <*>',
    bnStarted: '==> Vault server started! Log data will stream in below:',
    bnShutdown: '==> Vault shutdown triggered',
    // unseal, cluster listener, raft start
    sealFetch: 'stored unseal keys supported, attempting fetch',
    clusterListen: 'starting listener: listener_address=<*>:<*>',
    clusterServing: 'serving cluster requests: cluster_listen_address=[<*>]:<*>',
    raftCreating: 'creating Raft: config="<*>"',
    raftInitialCfg: 'initial configuration: index=<*> servers="[<*>]"',
    unsealed: 'vault is unsealed',
    raftFollowerNoLeader: 'entering follower state: follower="Node at <*>:<*> [Follower]" leader-address= leader-id=',
    raftFollower: 'entering follower state: follower="Node at <*>:<*> [Follower]" leader-address=<*>:<*> leader-id=<*>',
    standby: 'entering standby mode',
    hbTimeoutNoLeader: 'heartbeat timeout reached, starting election: last-leader-addr= last-leader-id=',
    hbTimeout: 'heartbeat timeout reached, starting election: last-leader-addr=<*>:<*> last-leader-id=<*>',
    candidate: 'entering candidate state: node="Node at <*>:<*> [Candidate]" term=<*>',
    electionWon: 'election won: term=<*> tally=<*>',
    leader: 'entering leader state: leader="Node at <*>:<*> [Leader]"',
    addedPeer: 'added peer, starting replication: peer=<*>',
    pipelining: 'pipelining replication: peer="{Voter <*> <*>:<*>}"',
    // post-unseal (active node)
    acquiredLock: 'acquired lock, enabling active operation',
    postUnsealStart: 'post-unseal setup starting',
    wrappingKey: 'loaded wrapping token key',
    runtimeCatalog: 'successfully setup plugin runtime catalog',
    pluginCatalog: 'successfully setup plugin catalog: plugin-directory=""',
    mounted: 'successfully mounted: type=<*> version="<*>" path=<*> namespace="ID: <*>. Path: "',
    credMounted: 'successfully enabled credential backend: type=<*> version="<*>" path=<*> namespace="ID: <*>. Path: "',
    kvCollecting: 'collecting keys to upgrade',
    kvCollected: 'done collecting keys: num_keys=<*>',
    kvUpgraded: 'upgrading keys finished',
    rollbackWorkers: 'Starting the rollback manager with <*> workers',
    rollbackStart: 'starting rollback manager',
    restoringLeases: 'restoring leases',
    versionCache: 'Initializing version history cache for core',
    entitiesRestored: 'entities restored',
    groupsRestored: 'groups restored',
    raftActive: 'starting raft active node',
    recordedVersion: 'Recorded vault version: vault version=<*> upgrade time="<*>" build date=<*>',
    autopilotStart: 'starting autopilot: config="<*>" reconcile_interval=<*>',
    usageGauge: 'usage gauge collection is disabled',
    postUnsealDone: 'post-unseal setup complete',
    leasesRestored: 'lease restore complete',
    // steady state
    revokedLease: 'revoked lease: lease_id=<*>',
    revokeFailed: 'failed to revoke lease: lease_id=<*> error="<*>"',
    leaseThreshold: 'lease count exceeds warning lease threshold: have=<*> threshold=<*>',
    tlsHandshake: 'TLS handshake error from <*>:<*>: <*>',
    snapStart: 'starting snapshot up to: index=<*>',
    snapCreate: 'creating new snapshot: path=<*>',
    compacting: 'compacting logs: from=<*> to=<*>',
    snapDone: 'snapshot complete up to: index=<*>',
    // raft peers
    hbFail: 'failed to heartbeat to: peer=<*>:<*> backoff time=<*> error="<*>"',
    appendFail: 'failed to appendEntries to: peer="{Voter <*> <*>:<*>}" error="<*>"',
    abortPipeline: 'aborting pipeline replication: peer="{Voter <*> <*>:<*>}"',
    contactFail: 'failed to contact: server-id=<*> time=<*>',
    updatingCfg: 'updating configuration: command=<*> server-id=<*> server-addr=<*>:<*> servers="[<*>]"',
    removedPeer: 'removed peer, stopping replication: peer=<*> last-index=<*>',
    promoting: 'Promoting server: id=<*> address=<*>:<*> name=<*>',
    // administration
    successfulMount: 'successful mount: namespace="" path=<*> type=<*> version=""',
    enabledCred: 'enabled credential backend: path=<*> type=<*> version=""',
    tuneLeases: 'mount tuning of leases successful: path=<*>',
    enabledAudit: 'enabled audit backend: path=<*> type=<*>',
    auditBackendFailed: 'backend failed to log response: backend=<*> error="<*>"',
    auditRespFailed: 'failed to audit response: request_path=<*> error="<*>"',
    auditReqFailed: 'failed to audit request: path=<*> error="<*>"',
    tidyStart: 'beginning tidy operation on leases',
    tidyScanned: 'number of leases scanned: count=<*>',
    tidyEmpty: 'number of leases which had empty tokens: count=<*>',
    tidyInvalid: 'number of leases which had invalid tokens: count=<*>',
    tidyRevoked: 'number of leases successfully revoked: count=<*>',
    tidyDone: 'finished tidy operation on leases',
    // step-down, standby, seal
    leadershipLost: 'leadership lost, stopping active operation',
    preSealStart: 'pre-seal teardown starting',
    raftActiveStop: 'stopping raft active node',
    rollbackStop: 'stopping rollback manager',
    preSealDone: 'pre-seal teardown complete',
    fwdEcho: 'forwarding: error sending echo request to active node: error="<*>"',
    alpn: 'no TLS config found for ALPN: ALPN=[<*>]',
    rpcFwdErr: 'error during forwarded RPC request: error="<*>"',
    markedSealed: 'marked as sealed',
    stoppingListeners: 'stopping cluster listeners',
    fwdStopped: 'forwarding rpc listeners stopped',
    rpcDown: 'rpc listeners successfully shut down',
    listenersDown: 'cluster listeners successfully shut down',
    sealed: 'vault is sealed',
  },
  scenario(g) {
    const VER = '1.15.6';
    const SHA = '615cf6f1dce9aa91bc2035ce33b9f689952218f0';
    const me = 'vault-0', peers = ['vault-1', 'vault-2'];
    const addr = (n) => `${n}.vault-internal`;
    const podIp = { 'vault-1': g.ip('10.42'), 'vault-2': g.ip('10.42'), 'vault-3': g.ip('10.42') };
    const servers = (ids) => ids.map((n) => `{Suffrage:Voter ID:${n} Address:${addr(n)}:8201}`).join(' ');
    let members = [me, ...peers];
    let term = g.int(40, 90);
    let index = g.int(3000000, 5000000);
    let leaderIsMe = true;
    const ns = 'root';
    const mounts = [['kv', 'v0.16.1+builtin', 'secret/'], ['pki', `v${VER}+builtin.vault`, 'pki/'], ['pki', `v${VER}+builtin.vault`, 'pki_int/'], ['database', `v${VER}+builtin.vault`, 'database/'], ['transit', `v${VER}+builtin.vault`, 'transit/']];
    const creds = [['kubernetes', `v0.17.1+builtin`, 'kubernetes/'], ['approle', `v${VER}+builtin.vault`, 'approle/'], ['userpass', `v${VER}+builtin.vault`, 'userpass/'], ['oidc', `v0.16.0+builtin`, 'oidc/']];
    const leasePrefixes = ['auth/kubernetes/login/', 'database/creds/orders-rw/', 'database/creds/orders-ro/', 'auth/approle/login/', 'database/creds/analytics-ro/', 'auth/oidc/oidc/callback/', 'pki_int/issue/svc-mesh/', 'auth/userpass/login/alice/'];
    const lease = () => g.zipf(leasePrefixes, 1.0) + g.b64id(24).replace(/[-_]/g, 'x');
    const lbIps = ['10.42.0.1', '10.42.1.1', '10.42.2.1'];
    const upgradeTime = `2024-03-0${g.int(1, 9)} 0${g.int(1, 9)}:${pad(g.int(0, 59))}:${pad(g.int(0, 59))}.${g.int(100000000, 999999999)} +0000 UTC`;
    const raftCfg = '&raft.Config{ProtocolVersion:3, HeartbeatTimeout:15000000000, ElectionTimeout:15000000000, CommitTimeout:50000000, MaxAppendEntries:64, BatchApplyCh:true, ShutdownOnRemove:true, TrailingLogs:0x2800, SnapshotInterval:120000000000, SnapshotThreshold:0x2000, LeaderLeaseTimeout:2500000000, LocalID:"vault-0", NotifyCh:(chan<- bool)(0xc0031e8a10), LogOutput:io.Writer(nil), LogLevel:"DEBUG", Logger:(*hclog.interceptLogger)(0xc002f41b90), NoSnapshotRestoreOnStart:true, skipStartup:false}';

    const banner = () => {
      g.e('bnConfig');
      g.e('bnApiAddr', 'https://vault.example.com');
      g.e('bnCgo', 'disabled');
      g.e('bnClusterAddr', `https://${addr(me)}:8201`);
      g.e('bnEnv', 'GODEBUG, HOME, HOSTNAME, HOST_IP, KUBERNETES_PORT, KUBERNETES_PORT_443_TCP, KUBERNETES_SERVICE_HOST, KUBERNETES_SERVICE_PORT, NAME, PATH, POD_IP, PWD, SHLVL, SKIP_CHOWN, SKIP_SETCAP, VAULT_ADDR, VAULT_API_ADDR, VAULT_CLUSTER_ADDR, VAULT_K8S_NAMESPACE, VAULT_K8S_POD_NAME, VERSION');
      g.e('bnGo', 'go1.21.7');
      g.e('bnListener', 1, 'tcp', '[::]', 8200, '[::]', 8201, '1m30s', 33554432, 'enabled');
      g.e('bnLogLevel', 'info');
      g.e('bnMlock', 'true', 'false');
      g.e('bnRecovery', 'false');
      g.e('bnStorage', 'raft');
      g.e('bnVersion', VER, '2024-02-28T17:07:34Z');
      g.e('bnVersionSha', SHA);
      g.e('bnStarted');
    };
    const postUnseal = () => {
      g.e('acquiredLock');
      g.e('postUnsealStart');
      g.e('wrappingKey');
      g.e('runtimeCatalog');
      g.e('pluginCatalog');
      for (const [t, v, p] of [['system', `v${VER}+builtin.vault`, 'sys/'], ['identity', `v${VER}+builtin.vault`, 'identity/'], ['cubbyhole', `v${VER}+builtin.vault`, 'cubbyhole/'], ...mounts]) {
        g.e('mounted', t, v, p, ns);
        if (t === 'kv') { g.e('kvCollecting'); g.e('kvCollected', g.int(1, 3)); g.e('kvUpgraded'); }
      }
      g.e('mounted', 'token', `v${VER}+builtin.vault`, 'token/', ns);
      for (const [t, v, p] of creds) g.e('credMounted', t, v, p, ns);
      g.e('rollbackWorkers', 256);
      g.e('rollbackStart');
      g.e('restoringLeases');
      g.e('versionCache');
      g.e('entitiesRestored');
      g.e('groupsRestored');
      g.e('raftActive');
      g.e('recordedVersion', VER, upgradeTime, '2024-02-28T17:07:34Z');
      g.e('autopilotStart', '&{false 0 10s 24h0m0s 1000 3 10s false redundancy_zone false false false}', '0s');
      g.e('usageGauge');
      g.e('postUnsealDone');
      g.advance(g.int(500, 4000));
      g.e('leasesRestored');
    };
    const winElection = (lastLeader) => {
      if (lastLeader) g.e('hbTimeout', addr(lastLeader), 8201, lastLeader); else g.e('hbTimeoutNoLeader');
      term++;
      g.e('candidate', addr(me), 8201, term);
      g.e('electionWon', term, 2);
      g.e('leader', addr(me), 8201);
      for (const p of members.filter((m) => m !== me)) { g.e('addedPeer', p); g.e('pipelining', p, addr(p), 8201); }
      leaderIsMe = true;
      postUnseal();
    };
    const boot = (asFollower) => {
      banner();
      g.e('sealFetch');
      g.e('clusterListen', '[::]', 8201);
      g.e('clusterServing', '::', 8201);
      g.e('raftCreating', raftCfg);
      g.e('raftInitialCfg', index, servers(members));
      g.e('unsealed');
      g.e('raftFollowerNoLeader', addr(me), 8201);
      g.e('standby');
      if (asFollower) {
        const l = peers[0];
        g.e('raftFollower', addr(me), 8201, addr(l), 8201, l);
        leaderIsMe = false;
      } else {
        g.advance(g.int(2000, 9000));
        winElection(null);
      }
    };
    const snapshot = () => {
      index += g.int(8192, 12000);
      g.e('snapStart', index);
      g.e('snapCreate', `/vault/data/raft/snapshots/${term}-${index}-${g.t}.tmp`);
      g.e('compacting', index - 10240 - g.int(8000, 12000), index - 10240);
      g.e('snapDone', index);
    };
    const peerTrouble = (p, n) => {
      g.e('hbFail', addr(p), 8201, `${g.int(10, 50)}ms`, `dial tcp ${podIp[p]}:8201: connect: connection refused`);
      g.e('appendFail', p, addr(p), 8201, `dial tcp ${podIp[p]}:8201: connect: connection refused`);
      g.e('abortPipeline', p, addr(p), 8201);
      for (let i = 0; i < n; i++) { g.advance(g.int(2000, 6000)); g.e('contactFail', p, goDur(2.5 + i * 3 + g.r())); if (g.chance(0.5)) g.e('hbFail', addr(p), 8201, g.pick(['80ms', '160ms', '320ms', '640ms', '1.28s', '2.56s']), `dial tcp ${podIp[p]}:8201: i/o timeout`); }
      g.e('pipelining', p, addr(p), 8201);
    };

    drive(g, {
      gapMs: 9000,
      startup: () => boot(false),
      steady: [
        [14, () => { const n = g.wpick([[6, 1], [3, 2], [1, g.int(3, 6)]]); for (let i = 0; i < n; i++) g.e('revokedLease', lease()); }],
        [14, () => g.e('tlsHandshake', g.chance(0.8) ? g.pick(lbIps) : g.ip('10.42'), g.eport(), g.wpick([[8, 'EOF'], [2, 'remote error: tls: bad certificate'], [1, 'tls: client offered only unsupported versions: [301]'], [1, 'read tcp 10.42.0.17:8200->10.42.3.9:' + g.eport() + ': read: connection reset by peer']]))],
        [4, () => { if (leaderIsMe) snapshot(); else g.e('revokedLease', lease()); }],
        [1.5, () => g.e('revokeFailed', g.pick(leasePrefixes.slice(1, 3)) + g.b64id(24).replace(/[-_]/g, 'x'), `failed to revoke entry: resp: (*logical.Response)(nil) err: 1 error occurred:\\n\\t* failed to connect to database: dial tcp 10.0.5.10:5432: connect: connection refused\\n\\n`)],
        [1, () => g.e('leaseThreshold', g.int(256001, 262000), 256000)],
      ],
      rare: [
        () => peerTrouble(peers[1], g.int(2, 4)),
        () => peerTrouble(peers[0], 1),
        () => { // a fourth node joins as non-voter and is promoted by autopilot, later removed again
          const n = 'vault-3';
          g.e('updatingCfg', 'AddNonvoter', n, addr(n), 8201, servers(members) + ` {Suffrage:Nonvoter ID:${n} Address:${addr(n)}:8201}`);
          g.e('addedPeer', n); g.e('pipelining', n, addr(n), 8201);
          g.advance(10000);
          g.e('promoting', n, addr(n), 8201, n);
          members = [...members, n];
          g.e('updatingCfg', 'AddVoter', n, addr(n), 8201, servers(members));
          g.advance(60000);
          members = members.filter((m) => m !== n);
          g.e('updatingCfg', 'RemoveServer', n, addr(n), 8201, servers(members));
          g.e('removedPeer', n, index + g.int(10, 900));
        },
        () => { g.e('successfulMount', 'kv-teams/', 'kv'); g.e('tuneLeases', 'database/'); },
        () => { g.e('enabledCred', 'jwt-ci/', 'jwt'); },
        () => { // audit disk full: requests fail until space is freed
          g.e('enabledAudit', 'file-stdout/', 'file');
          for (let i = 0; i < g.int(2, 4); i++) {
            g.e('auditBackendFailed', 'file/', 'write /vault/audit/audit.log: no space left on device');
            g.e('auditRespFailed', g.pick(['secret/data/shop/payments', 'auth/kubernetes/login', 'database/creds/orders-rw', 'sys/leases/renew']), '1 error occurred:\\n\\t* no audit backend succeeded in logging the response\\n\\n');
          }
          g.e('auditReqFailed', 'auth/kubernetes/login', '1 error occurred:\\n\\t* no audit backend succeeded in logging the request\\n\\n');
        },
        () => { g.e('tidyStart'); const n = g.int(20000, 90000); g.advance(g.int(20000, 90000)); g.e('tidyScanned', n); g.e('tidyEmpty', g.int(0, 20)); g.e('tidyInvalid', g.int(0, 400)); g.e('tidyRevoked', g.int(0, 400)); g.e('tidyDone'); },
        () => { // step-down (operator step-down during maintenance), standby for a while, leadership regained
          if (!leaderIsMe) return;
          const l = peers[0];
          g.e('leadershipLost'); g.e('preSealStart'); g.e('raftActiveStop'); g.e('rollbackStop'); g.e('preSealDone');
          g.e('raftFollower', addr(me), 8201, addr(l), 8201, l);
          g.e('standby');
          leaderIsMe = false;
          g.e('alpn', '"req_fw_sb-act_v1"');
          for (let i = 0; i < 6; i++) { g.advance(g.int(2000, 20000)); g.e('tlsHandshake', g.pick(lbIps), g.eport(), 'EOF'); }
          g.e('fwdEcho', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ' + g.ip('10.42') + ':8201: connect: connection refused"');
          g.e('rpcFwdErr', 'rpc error: code = Canceled desc = context canceled');
          g.advance(20000);
          winElection(l);
        },
        () => { // pod restart (StatefulSet rolling update): seal, shutdown, come back as a follower, become leader later
          g.e('bnShutdown');
          if (leaderIsMe) { g.e('leadershipLost'); g.e('preSealStart'); g.e('raftActiveStop'); g.e('rollbackStop'); g.e('preSealDone'); }
          g.e('markedSealed'); g.e('stoppingListeners'); g.e('fwdStopped'); g.e('rpcDown'); g.e('listenersDown'); g.e('sealed');
          g.advance(g.int(20000, 60000));
          boot(true);
          for (let i = 0; i < 4; i++) { g.advance(g.int(2000, 20000)); g.e('tlsHandshake', g.pick(lbIps), g.eport(), 'EOF'); }
          g.e('fwdEcho', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded');
          g.advance(30000);
          winElection(peers[0]);
        },
      ],
    });
  },
});

// ================================================================ Ceph ====
// Ceph 18.2 (Reef) storage cluster of three hosts with four OSDs each (RBD
// and RGW pools); the daemon logs of host stor-01 merged by time: the leader
// monitor mon.stor-01, the active manager mgr.stor-01 and osd.0 .. osd.3.
// Raw line: "2024-04-16T10:00:00.123+0000 7f3a2b1c4700  0 log_channel(cluster) log [DBG] : pgmap v123456: ..."
// or "2024-04-16T10:00:00.123+0000 7f3a2b1c4700  1 mon.stor-01@0(leader).osd e4211 _set_new_cache_sizes ..."
// -> Content is everything after timestamp, thread id and debug level. The
// message keeps what the daemon writes into it: the dout prefix
// ("mon.stor-01@0(leader).osd e4211 ", "osd.2 4211 ", "bluestore(<path>) "),
// the "log_channel(cluster) log [WRN] : " prefix of cluster and audit log
// entries, and the "rocksdb: " prefix with RocksDB's source location.
const CL = (lvl) => `log_channel(cluster) log [${lvl}] : `;
const MONP = 'mon.<*>@<*>(<*>)';
SYSTEMS.push({
  name: 'Ceph',
  templates: {
    // daemon start and stop
    version: 'ceph version <*> (<*>) <*> (<*>), process <*>, pid <*>',
    pidfile: 'pidfile_write: ignore empty --pid-file',
    bdevOpen: 'bdev(<*> <*>) open path <*>',
    bdevSize: 'bdev(<*> <*>) open size <*> (<*>, <*>) block_size <*> (<*>) rotational device, discard not supported',
    bsMount: 'bluestore(<*>) _mount path <*>',
    openAlloc: 'bluestore(<*>) _open_alloc loaded <*> in <*> extents, allocator type <*>, capacity <*>, block size <*>, free <*>, fragmentation <*>',
    loadPgs: 'osd.<*> <*> load_pgs opened <*> pgs',
    initDone: 'osd.<*> <*> done with init, starting boot process',
    startBoot: 'osd.<*> <*> start_boot',
    bootActive: 'osd.<*> <*> state: booting -> active',
    gotSignal: 'osd.<*> <*> *** Got signal Terminated ***',
    fastShutdown: 'osd.<*> <*> *** Immediate shutdown (osd_fast_shutdown=true) ***',
    hup: 'received  signal: Hangup from <*> (PID: <*>) UID: <*>',
    // manager
    pgmap: CL('DBG') + 'pgmap v<*>: <*> pgs: <*>; <*> data, <*> used, <*> / <*> avail; <*> rd, <*> wr, <*> op/s',
    pgmapDegraded: CL('DBG') + 'pgmap v<*>: <*> pgs: <*>; <*> data, <*> used, <*> / <*> avail; <*> rd, <*> wr, <*> op/s; <*>/<*> objects degraded (<*>)',
    pgmapRecovering: CL('DBG') + 'pgmap v<*>: <*> pgs: <*>; <*> data, <*> used, <*> / <*> avail; <*> rd, <*> wr, <*> op/s; <*>/<*> objects degraded (<*>); <*>, <*> objects/s recovering',
    pgmapMisplaced: CL('DBG') + 'pgmap v<*>: <*> pgs: <*>; <*> data, <*> used, <*> / <*> avail; <*> rd, <*> wr, <*> op/s; <*>/<*> objects misplaced (<*>); <*>, <*> objects/s recovering',
    // monitor: dout lines
    cacheSizes: MONP + '.osd e<*> _set_new_cache_sizes cache_size:<*> inc_alloc: <*> full_alloc: <*> kv_alloc: <*>',
    handleCommand: MONP + ' e<*> handle_command mon_command(<*> v <*>) v<*>',
    prepareFailure: MONP + '.osd e<*> prepare_failure osd.<*> [<*>] from osd.<*> is reporting failure:<*>',
    enoughReporters: MONP + '.osd e<*> we have enough reporters to mark osd.<*> down',
    // monitor: audit channel
    auditDbg: "log_channel(audit) log [DBG] : from='<*> <*>:<*>/<*>' entity='<*>' cmd=[<*>]: dispatch",
    auditInf: "log_channel(audit) log [INF] : from='<*> <*>:<*>/<*>' entity='<*>' cmd=[<*>]: dispatch",
    auditFinished: "log_channel(audit) log [INF] : from='<*> ' entity='<*>' cmd='[<*>]': finished",
    // monitor: cluster channel
    osdmap: CL('DBG') + 'osdmap e<*>: <*> total, <*> up, <*> in',
    monmap: CL('DBG') + 'monmap e<*>: <*> mons at {<*>}',
    mgrmap: CL('DBG') + 'mgrmap e<*>: <*>(active, since <*>), standbys: <*>',
    osdFailed: CL('INF') + 'osd.<*> failed (<*>) (<*> reporters from different host after <*> >= grace <*>)',
    markedSelfDown: CL('INF') + 'osd.<*> marked itself down and dead',
    osdBoot: CL('INF') + 'osd.<*> [<*>] boot',
    markingOut: CL('INF') + 'Marking osd.<*> out (has been down for <*> seconds)',
    callingElection: CL('INF') + 'mon.<*> calling monitor election',
    newLeader: CL('INF') + 'mon.<*> is new leader, mons <*> in quorum (ranks <*>)',
    overallOk: CL('INF') + 'overall HEALTH_OK',
    overallWarn: CL('WRN') + 'overall HEALTH_WARN <*>',
    healthy: CL('INF') + 'Cluster is now healthy',
    hfOsdDown: CL('WRN') + 'Health check failed: <*> osds down (OSD_DOWN)',
    huOsdDown: CL('WRN') + 'Health check update: <*> osds down (OSD_DOWN)',
    hcOsdDown: CL('INF') + 'Health check cleared: OSD_DOWN (was: <*> osds down)',
    hfAvail: CL('WRN') + 'Health check failed: Reduced data availability: <*> pgs peering (PG_AVAILABILITY)',
    hcAvail: CL('INF') + 'Health check cleared: PG_AVAILABILITY (was: Reduced data availability: <*> pgs peering)',
    hfDegraded: CL('WRN') + 'Health check failed: Degraded data redundancy: <*>/<*> objects degraded (<*>), <*> pgs degraded (PG_DEGRADED)',
    huDegraded: CL('WRN') + 'Health check update: Degraded data redundancy: <*>/<*> objects degraded (<*>), <*> pgs degraded, <*> pgs undersized (PG_DEGRADED)',
    hcDegraded: CL('INF') + 'Health check cleared: PG_DEGRADED (was: Degraded data redundancy: <*>/<*> objects degraded (<*>), <*> pgs degraded)',
    hfSlow: CL('WRN') + 'Health check failed: <*> slow ops, oldest one blocked for <*> sec, osd.<*> has slow ops (SLOW_OPS)',
    huSlow: CL('WRN') + 'Health check update: <*> slow ops, oldest one blocked for <*> sec, osd.<*> has slow ops (SLOW_OPS)',
    hcSlow: CL('INF') + 'Health check cleared: SLOW_OPS (was: <*> slow ops, oldest one blocked for <*> sec, osd.<*> has slow ops)',
    hfNoout: CL('WRN') + 'Health check failed: <*> flag(s) set (OSDMAP_FLAGS)',
    hcNoout: CL('INF') + 'Health check cleared: OSDMAP_FLAGS (was: <*> flag(s) set)',
    hfHostDown: CL('WRN') + 'Health check failed: <*> host (<*> osds) down (OSD_HOST_DOWN)',
    hcHostDown: CL('INF') + 'Health check cleared: OSD_HOST_DOWN (was: <*> host (<*> osds) down)',
    hfMonDown: CL('WRN') + 'Health check failed: <*>/<*> mons down, quorum <*> (MON_DOWN)',
    hcMonDown: CL('INF') + 'Health check cleared: MON_DOWN (was: <*>/<*> mons down, quorum <*>)',
    hfNearfull: CL('WRN') + 'Health check failed: <*> nearfull osd(s) (OSD_NEARFULL)',
    hcNearfull: CL('INF') + 'Health check cleared: OSD_NEARFULL (was: <*> nearfull osd(s))',
    hfNotDeep: CL('WRN') + 'Health check failed: <*> pgs not deep-scrubbed in time (PG_NOT_DEEP_SCRUBBED)',
    hfScrubErr: CL('ERR') + 'Health check failed: <*> scrub errors (OSD_SCRUB_ERRORS)',
    hfDamaged: CL('ERR') + 'Health check failed: Possible data damage: <*> pg inconsistent (PG_DAMAGED)',
    hcScrubErr: CL('INF') + 'Health check cleared: OSD_SCRUB_ERRORS (was: <*> scrub errors)',
    hcDamaged: CL('INF') + 'Health check cleared: PG_DAMAGED (was: Possible data damage: <*> pg inconsistent)',
    // monitor: rocksdb
    rdbFlush: 'rocksdb: [db/flush_job.cc:856] [<*>] [JOB <*>] Flushing memtable with next log file: <*>',
    rdbEvent: 'rocksdb: EVENT_LOG_v1 {<*>}',
    rdbL0Start: 'rocksdb: [db/flush_job.cc:885] [<*>] [JOB <*>] Level-0 flush table #<*>: started',
    rdbL0Ok: 'rocksdb: [db/flush_job.cc:953] [<*>] [JOB <*>] Level-0 flush table #<*>: <*> bytes OK',
    rdbCompacting: 'rocksdb: [db/compaction/compaction_job.cc:1598] [<*>] [JOB <*>] Compacting <*>@<*> + <*>@<*> files to L<*>, score <*>',
    rdbGenerated: 'rocksdb: [db/compaction/compaction_job.cc:1338] [<*>] [JOB <*>] Generated table #<*>: <*> keys, <*> bytes',
    // OSD
    hbCheck: 'osd.<*> <*> heartbeat_check: no reply from <*>:<*> osd.<*> since back <*> front <*> (oldest deadline <*>)',
    hbCheckEver: 'osd.<*> <*> heartbeat_check: no reply from <*>:<*> osd.<*> ever on either front or back, first ping sent <*> (oldest deadline <*>)',
    slowOps: 'osd.<*> <*> get_health_metrics reporting <*> slow ops, oldest is <*>',
    slowRequest: CL('WRN') + 'slow request <*> initiated <*> currently <*>',
    slowSummary: CL('WRN') + '<*> slow requests (by type [ <*> ] most affected pool [ <*> ])',
    hbMapTimeout: "heartbeat_map is_healthy '<*>' had timed out after <*>",
    peering: 'osd.<*> pg_epoch: <*> pg[<*>] start_peering_interval up [<*>] -> [<*>], acting [<*>] -> [<*>], acting_primary <*> -> <*>, up_primary <*> -> <*>, role <*> -> <*>, features acting <*> upacting <*>',
    toPrimary: 'osd.<*> pg_epoch: <*> pg[<*>] state<Start>: transitioning to Primary',
    toStray: 'osd.<*> pg_epoch: <*> pg[<*>] state<Start>: transitioning to Stray',
    activated: 'osd.<*> pg_epoch: <*> pg[<*>] state<Started/Primary/Active>: react AllReplicasActivated Activating complete',
    wronglyDown: CL('WRN') + 'Monitor daemon marked osd.<*> down, but it is still running',
    wronglyMap: CL('DBG') + 'map e<*> wrongly marked me down at e<*>',
    scrubStart: CL('DBG') + '<*> scrub starts',
    scrubOk: CL('DBG') + '<*> scrub ok',
    deepStart: CL('DBG') + '<*> deep-scrub starts',
    deepOk: CL('DBG') + '<*> deep-scrub ok',
    readErr: CL('ERR') + '<*> shard <*> soid <*> : candidate had a read error',
    deepInconsistent: CL('ERR') + '<*> deep-scrub <*> missing, <*> inconsistent objects',
    deepErrors: CL('ERR') + '<*> deep-scrub <*> errors',
    repairStart: CL('DBG') + '<*> repair starts',
    repairInconsistent: CL('ERR') + '<*> repair <*> missing, <*> inconsistent objects',
    repairFixed: CL('ERR') + '<*> repair <*> errors, <*> fixed',
    resizeShards: 'bluestore.MempoolThread(<*>) _resize_shards cache_size: <*> kv_alloc: <*> kv_used: <*> kv_onode_alloc: <*> kv_onode_used: <*> meta_alloc: <*> meta_used: <*> data_alloc: <*> data_used: <*>',
    logLatency: 'bluestore(<*>) log_latency slow operation observed for <*>, latency = <*>',
    logLatencyFn: 'bluestore(<*>) log_latency_fn slow operation observed for <*>, latency = <*>, txc = <*>',
  },
  scenario(g) {
    const VER = '18.2.2', SHA = '531c0d11a1c5d39fbfe6aa8a521f023abf3bf3e2';
    const hosts = ['stor-01', 'stor-02', 'stor-03'];
    const hostIp = (h) => `10.0.1.${10 + Number(h.slice(-1))}`;
    const osds = Array.from({ length: 12 }, (_, i) => ({ id: i, host: hosts[Math.floor(i / 4)], nonce: g.int(1000, 9999999), up: true, in: true }));
    const mine = osds.slice(0, 4);
    const osdAddr = (o) => `v2:${hostIp(o.host)}:${6800 + (o.id % 4) * 2}/${o.nonce},v1:${hostIp(o.host)}:${6801 + (o.id % 4) * 2}/${o.nonce}`;
    const pools = [[2, 512], [2, 512], [2, 512], [4, 256], [4, 256], [3, 128], [5, 32], [1, 1]];
    const TOTAL_PGS = 929;
    const pgid = () => { const [p, n] = g.pick(pools); return `${p}.${g.int(0, n - 1).toString(16)}`; };
    let epoch = g.int(4100, 4400);
    let pgv = g.int(400000, 900000);
    let monRole = 'leader';
    let quorum = [...hosts];
    const objects = g.int(3100000, 3400000) * 3;
    let degraded = 0, misplaced = 0, degradedPgs = 0, peeringPgs = 0;
    const monId = 'stor-01';
    const mon = (key, ...v) => g.e(key, monId, 0, monRole, ...v);
    const ts = (t = g.t) => new Date(t).toISOString().replace('Z', '') + pad(g.int(0, 999), 3) + '+0000';
    const ptr = () => '0x55' + g.hex(9) + g.pick(['0', '8']);
    const size = (lo, hi, u) => `${(lo + g.r() * (hi - lo)).toFixed(1).replace(/\.0$/, '')} ${u}`;
    const rate = () => g.chance(0.8) ? `${g.int(1, 90)} MiB/s` : `${g.int(100, 999)} KiB/s`;
    const ops = () => g.chance(0.6) ? `${(1 + g.r() * 3).toFixed(2)}k` : String(g.int(120, 999));
    let jobId = g.int(9000, 20000), tableNo = g.int(60000, 90000), logFile = tableNo - 2;
    const monAddrs = () => hosts.map((h, i) => `${h}=[v2:${hostIp(h)}:3300/0,v1:${hostIp(h)}:6789/0]`).join(',');
    let monmapE = 7, mgrmapE = g.int(60, 90);
    const osdPath = (o) => `/var/lib/ceph/osd/ceph-${o.id}`;
    const bsPtr = mine.map(() => ptr()), mpPtr = mine.map(() => ptr());

    const pgStates = () => {
      const parts = [];
      let rest = TOTAL_PGS;
      const add = (n, s) => { if (n > 0) { parts.push(`${n} ${s}`); rest -= n; } };
      add(peeringPgs, 'peering');
      add(degradedPgs, 'active+undersized+degraded');
      if (misplaced) add(g.int(20, 60), 'active+remapped+backfilling');
      const scrubbing = g.chance(0.5) ? g.int(1, 4) : 0;
      const deep = g.chance(0.4) ? g.int(1, 3) : 0;
      const clean = rest - scrubbing - deep;
      return [`${clean} active+clean`, ...parts, ...(scrubbing ? [`${scrubbing} active+clean+scrubbing`] : []), ...(deep ? [`${deep} active+clean+scrubbing+deep`] : [])].join(', ');
    };
    const pgmapLine = () => {
      pgv += g.int(1, 3);
      const base = [pgv, TOTAL_PGS, pgStates(), '12 TiB', size(36, 37, 'TiB'), size(50, 51.5, 'TiB'), '87 TiB', rate(), rate(), ops()];
      const pct = (n) => `${(100 * n / objects).toFixed(3)}%`;
      if (misplaced) { g.e('pgmapMisplaced', ...base, misplaced, objects, pct(misplaced), `${g.int(40, 400)} MiB/s`, g.int(10, 120)); misplaced = Math.max(0, misplaced - g.int(20000, 90000)); }
      else if (degraded && peeringPgs) g.e('pgmapDegraded', ...base, degraded, objects, pct(degraded));
      else if (degraded) g.e('pgmapRecovering', ...base, degraded, objects, pct(degraded), `${g.int(20, 300)} MiB/s`, g.int(5, 90));
      else g.e('pgmap', ...base);
    };
    const cacheSizes = () => { const c = g.int(1015000000, 1025000000); const inc = g.int(330000000, 350000000); mon('cacheSizes', epoch, c, inc, inc + g.int(1000000, 9000000), g.int(310000000, 330000000)); };
    const readCmds = ['{"prefix": "osd pool stats", "format": "json"}', '{"prefix": "df", "format": "json"}', '{"prefix": "status", "format": "json-pretty"}', '{"prefix": "osd dump", "format": "json"}', '{"prefix": "health", "detail": "detail", "format": "json"}', '{"prefix": "osd blocklist ls", "format": "json"}', '{"prefix": "mon dump", "format": "json"}', '{"prefix": "osd perf", "format": "json"}'];
    const clients = [['mgr.24517', hostIp('stor-01'), 'mgr.stor-01'], ['client.?', '10.0.2.21', 'client.admin'], ['client.?', '10.0.2.22', 'client.csi-rbd-provisioner'], ['client.?', hostIp('stor-02'), 'client.admin']];
    const command = () => {
      const [who, ip, ent] = g.zipf(clients, 1.0);
      const cmd = g.zipf(readCmds, 0.9);
      mon('handleCommand', monmapE, cmd, 0, 1);
      g.e('auditDbg', who, ip, 0, g.int(1000000, 4000000000), ent, cmd);
    };
    const configKeySet = () => {
      const cmd = `{"prefix":"config-key set","key":"mgr/${g.pick(['telemetry/last_upload', 'progress/completed', 'devicehealth/last_scrape', 'pg_autoscaler/last_run'])}","val":"${Math.floor(g.t / 1000)}"}`;
      g.e('auditInf', 'mgr.24517', hostIp('stor-01'), 0, g.int(1000, 9999), 'mgr.stor-01', cmd);
      g.e('auditFinished', 'mgr.24517', 'mgr.stor-01', cmd);
    };
    const scrub = () => {
      const o = g.pick(mine); void o;
      const pg = pgid();
      if (g.chance(0.75)) { g.e('scrubStart', pg); g.advance(g.int(500, 20000)); g.e('scrubOk', pg); }
      else { g.e('deepStart', pg); g.advance(g.int(20000, 200000)); g.e('deepOk', pg); }
    };
    const resize = () => {
      const i = g.int(0, 3);
      const kv = 1207959552, onode = 234881024, meta = 1140850688, data = 218103808;
      g.e('resizeShards', mpPtr[i], 2845415832, kv, g.int(100000, 9000000), onode, g.int(1000, 900000), meta, g.int(100000000, 900000000), data, g.int(10000000, 200000000));
    };
    const rocksFlush = () => {
      jobId++; logFile += 2; tableNo += 2;
      mon('cacheSizes', epoch, g.int(1015000000, 1025000000), 340000000, 346000000, 320000000);
      g.e('rdbFlush', 'default', jobId, logFile);
      g.e('rdbEvent', `"time_micros": ${g.t}${g.int(100, 999)}, "job": ${jobId}, "event": "flush_started", "num_memtables": 1, "num_entries": ${g.int(300, 3000)}, "num_deletes": ${g.int(0, 300)}, "total_data_size": ${g.int(1000000, 9000000)}, "memory_usage": ${g.int(1000000, 9000000)}, "flush_reason": "Write Buffer Full"`);
      g.e('rdbL0Start', 'default', jobId, tableNo);
      g.e('rdbEvent', `"time_micros": ${g.t}${g.int(100, 999)}, "cf_name": "default", "job": ${jobId}, "event": "table_file_creation", "file_number": ${tableNo}, "file_size": ${g.int(1000000, 9000000)}, "file_checksum": "", "file_checksum_func_name": "Unknown"`);
      g.e('rdbL0Ok', 'default', jobId, tableNo, g.int(1000000, 9000000));
      if (g.chance(0.35)) {
        jobId++;
        g.e('rdbCompacting', 'default', jobId, g.int(1, 4), 0, 1, 6, 6, '-1.00');
        g.e('rdbGenerated', 'default', jobId, tableNo + 1, g.int(3000, 90000), g.int(20000000, 90000000));
        g.e('rdbEvent', `"time_micros": ${g.t}${g.int(100, 999)}, "job": ${jobId}, "event": "compaction_finished", "compaction_time_micros": ${g.int(100000, 900000)}, "output_level": 6, "num_output_files": 1, "total_output_size": ${g.int(20000000, 90000000)}, "lsm_state": [0, 0, 0, 0, 0, 0, 1]`);
        tableNo++;
      }
    };
    const opDesc = (o) => `osd_op(client.${g.int(80000, 99999)}.0:${g.int(100000, 9999999)} ${pgid()} ${g.int(2, 5)}:${g.hex(8)}:::rbd_data.${g.hex(12)}.${pad(g.int(0, 9999).toString(16), 16)}:head [write ${g.int(0, 4000) * 4096}~${g.pick([4096, 8192, 65536, 1048576])} in=${g.pick([4096, 8192, 65536])}b] snapc 0=[] ondisk+write+known_if_redirected+supports_pool_eio e${epoch})`;
    const slowOps = () => {
      const o = g.pick(mine);
      let n = g.int(1, 6), age = g.int(31, 40);
      g.e('logLatencyFn', osdPath(o), '_txc_committed_kv', goDur(5 + g.r() * 20), ptr());
      g.e('slowOps', o.id, epoch, n, opDesc(o));
      g.e('slowRequest', opDesc(o), ts(g.t - age * 1000), g.pick(['waiting for sub ops', 'delayed', 'queued for pg', 'started']));
      g.e('slowSummary', n, `'waiting for sub ops' : ${n}`, `'rbd' : ${n}`);
      g.e('hfSlow', n, age, o.id);
      for (let i = 0; i < g.int(0, 3); i++) { g.advance(5000); n += g.int(0, 4); age += 5; g.e('slowOps', o.id, epoch, n, opDesc(o)); g.e('huSlow', n, age, o.id); }
      if (g.chance(0.4)) g.e('logLatency', osdPath(o), g.pick(['submit_transact', 'kv_final', 'kv_commit']), goDur(5 + g.r() * 30));
      g.advance(g.int(3000, 20000));
      g.e('hcSlow', n, age, o.id);
    };
    const hbBurst = (peer, n = g.int(1, 3)) => {
      const last = g.t - g.int(20, 30) * 1000;
      for (let i = 0; i < n; i++) {
        const o = g.pick(mine);
        g.e('hbCheck', o.id, epoch, hostIp(peer.host), 6802 + (peer.id % 4) * 2, peer.id, ts(last), ts(last), ts(last + 20000));
        g.advance(g.int(500, 3000));
      }
    };
    const peerPgs = (down, up) => {
      const n = g.int(2, 5);
      for (let i = 0; i < n; i++) {
        const o = g.pick(mine);
        const others = osds.filter((x) => x.host !== o.host && x !== down);
        const actingOld = [o.id, down.id, g.pick(others).id];
        const actingNew = up ? actingOld : actingOld.filter((x) => x !== down.id);
        const before = up ? actingNew.filter((x) => x !== down.id) : actingOld;
        const primary = g.chance(0.6);
        const [A, B] = primary ? [before, actingNew] : [before.slice(1).concat(before[0]), actingNew.slice(1).concat(actingNew[0])];
        const pg = pgid();
        const v = g.int(100000, 900000), ev = epoch - g.int(1, 40), les = epoch - g.int(40, 300);
        const ev0 = ev - g.int(1, 30), nobj = g.int(1000, 9000), ec = g.int(40, 90);
        const desc = (st) => `${pg}( v ${ev}'${v} (${ev0}'${v - 3000},${ev}'${v}] local-lis/les=${les}/${les + 1} n=${nobj} ec=${ec}/${ec} lis/c=${les}/${les} les/c/f=${les + 1}/${les + 1}/0 sis=${epoch}) [${B.join(',')}] r=${primary ? 0 : -1} lpr=${epoch} pi=[${les},${epoch})/1 crt=${ev}'${v} lcod ${ev}'${v - 1} mlcod 0'0 ${st} mbc={}`;
        const feat = '4540138322906710015';
        g.e('peering', o.id, epoch, desc('unknown'), A.join(','), B.join(','), A.join(','), B.join(','), A[0], B[0], A[0], B[0], primary ? 0 : 1, primary ? 0 : 1, feat, feat);
        if (primary) { g.e('toPrimary', o.id, epoch, desc('peering')); g.e('activated', o.id, epoch, desc(up ? 'active' : 'active+undersized+degraded')); }
        else g.e('toStray', o.id, epoch, desc('unknown NOTIFY'));
      }
    };
    const osdDown = (o, how, reporters = 2) => {
      if (how === 'self') g.e('markedSelfDown', o.id);
      else {
        for (const r of [mine[0], mine[2], osds[g.int(8, 11)]].slice(0, reporters + 1)) mon('prepareFailure', epoch, o.id, osdAddr(o), r.id, 1);
        mon('enoughReporters', epoch, o.id);
        g.e('osdFailed', o.id, `root=default,host=${o.host}`, reporters, g.float(20.0, 23.9, 6), '20.000000');
      }
      o.up = false;
      epoch++;
      const up = osds.filter((x) => x.up).length, inn = osds.filter((x) => x.in).length;
      g.e('osdmap', epoch, 12, up, inn);
      const down = 12 - up;
      if (down === 1) g.e('hfOsdDown', 1); else g.e('huOsdDown', down);
    };
    const osdUp = (o) => {
      o.up = true; o.nonce = g.int(1000, 9999999);
      g.e('osdBoot', o.id, osdAddr(o));
      epoch++;
      g.e('osdmap', epoch, 12, osds.filter((x) => x.up).length, osds.filter((x) => x.in).length);
      const down = osds.filter((x) => !x.up).length;
      if (down === 0) g.e('hcOsdDown', 1); else g.e('huOsdDown', down);
    };
    const degrade = (o) => {
      peeringPgs = g.int(20, 90);
      g.e('hfAvail', peeringPgs);
      if (o.host !== 'stor-01') peerPgs(o, false);
      pgmapLine();
      degradedPgs = g.int(60, 110); degraded = g.int(180000, 300000);
      const pct = `${(100 * degraded / objects).toFixed(3)}%`;
      g.e('hfDegraded', degraded, objects, pct, degradedPgs);
      pgmapLine();
      peeringPgs = 0;
      g.e('hcAvail', g.int(20, 90));
      pgmapLine();
      g.e('huDegraded', degraded, objects, pct, degradedPgs, degradedPgs);
    };
    const recover = (o) => {
      if (o.host !== 'stor-01') peerPgs(o, true);
      for (let i = 0; i < g.int(3, 6); i++) { g.advance(2000); degraded = Math.max(g.int(40, 900), degraded - g.int(30000, 90000)); pgmapLine(); }
      g.e('hcDegraded', degraded, objects, `${(100 * degraded / objects).toFixed(3)}%`, degradedPgs);
      degraded = 0; degradedPgs = 0;
      pgmapLine();
      g.e('healthy');
    };
    const osdStart = (o) => {
      const p = osdPath(o), i = mine.indexOf(o);
      g.e('version', VER, SHA, 'reef', 'stable', 'ceph-osd', g.int(2000, 9000));
      g.e('pidfile');
      g.e('bdevOpen', bsPtr[i], `${p}/block`, `${p}/block`);
      g.e('bdevSize', bsPtr[i], `${p}/block`, '8001563222016', '0x746f5c00000', '7.3 TiB', 4096, '4 KiB');
      g.e('bsMount', p, p);
      g.e('openAlloc', p, `${(4 + g.r()).toFixed(1)} TiB`, g.int(90000, 900000), 'hybrid', '0x746f5c00000', '0x1000', '0x' + g.hex(11), `0.0${g.int(10, 99)}${g.int(1000, 9999)}`);
      g.e('loadPgs', o.id, 0, g.int(180, 260));
      g.e('initDone', o.id, 0);
      g.e('startBoot', o.id, epoch);
    };
    const hup = () => {
      for (let k = 0; k < 6; k++) g.e('hup', 'killall -q -1 ceph-mon ceph-mgr ceph-mds ceph-osd ceph-fuse radosgw rbd-mirror cephfs-mirror', g.int(100000, 999999), 0);
    };

    drive(g, {
      gapMs: 1800,
      startup: () => {
        g.e('overallOk');
        g.e('osdmap', epoch, 12, 12, 12);
        g.e('mgrmap', mgrmapE, 'stor-01', '3d', 'stor-02, stor-03');
        for (let i = 0; i < 3; i++) { pgmapLine(); cacheSizes(); }
      },
      steady: [
        [36, pgmapLine],
        [16, cacheSizes],
        [10, command],
        [3, configKeySet],
        [7, scrub],
        [5, resize],
        [2.5, rocksFlush],
        [1.2, slowOps],
        [0.8, () => hbBurst(osds[g.int(4, 11)], 1)],
        [0.5, () => g.e('overallOk')],
      ],
      rare: [
        () => { // osd.6 crashes and systemd restarts it
          const o = osds[6];
          hbBurst(o, 2);
          osdDown(o, 'failed');
          degrade(o);
          for (let i = 0; i < 4; i++) { pgmapLine(); cacheSizes(); }
          g.advance(40000);
          osdUp(o);
          recover(o);
        },
        () => { // osd.9: disk failure, marked out after 600 s, backfill
          const o = osds[9];
          hbBurst(o, 2);
          g.e('hbCheckEver', mine[1].id, epoch, hostIp(o.host), 6804, o.id, ts(g.t - 21000), ts(g.t - 1000));
          osdDown(o, 'failed');
          degrade(o);
          g.e('overallWarn', `1 osds down; Degraded data redundancy: ${degraded}/${objects} objects degraded (${(100 * degraded / objects).toFixed(3)}%), ${degradedPgs} pgs degraded, ${degradedPgs} pgs undersized`);
          for (let i = 0; i < 5; i++) { pgmapLine(); cacheSizes(); }
          g.advance(600000);
          g.e('markingOut', o.id, 600);
          o.in = false; epoch++;
          g.e('osdmap', epoch, 12, 11, 11);
          misplaced = g.int(150000, 250000);
          g.e('hcDegraded', degraded, objects, `${(100 * degraded / objects).toFixed(3)}%`, degradedPgs);
          degraded = 0; degradedPgs = 0;
          for (let i = 0; i < 4; i++) { pgmapLine(); g.advance(3000); }
          // the disk is replaced, the OSD recreated with the same id and marked in again
          g.advance(g.int(1800000, 3600000));
          g.e('auditInf', 'client.?', '10.0.2.21', 0, g.int(1000000, 4000000000), 'client.admin', `{"prefix": "osd in", "ids": ["${o.id}"]}`);
          g.e('auditFinished', 'client.?', 'client.admin', `{"prefix": "osd in", "ids": ["${o.id}"]}`);
          o.in = true;
          osdUp(o);
          misplaced = g.int(150000, 250000);
          for (let i = 0; i < 3; i++) { pgmapLine(); g.advance(3000); }
        },
        () => { // osd.2 (this host) wrongly marked down during a network blip
          const o = mine[2];
          osdDown(o, 'failed', 2);
          g.e('wronglyDown', o.id);
          g.e('wronglyMap', epoch, epoch);
          g.e('startBoot', o.id, epoch);
          osdUp(o);
          g.e('bootActive', o.id, epoch);
          pgmapLine();
        },
        () => { // osd.3 (this host) restarted for maintenance
          const o = mine[3];
          g.e('gotSignal', o.id, epoch);
          g.e('fastShutdown', o.id, epoch);
          osdDown(o, 'self');
          degrade(o);
          g.advance(20000);
          osdStart(o);
          osdUp(o);
          g.e('bootActive', o.id, epoch);
          recover(o);
        },
        () => { // mon.stor-03 reboots
          monRole = 'electing';
          g.e('callingElection', monId);
          cacheSizes();
          monRole = 'leader';
          quorum = ['stor-01', 'stor-02'];
          g.e('newLeader', monId, quorum.join(','), '0,1');
          g.e('monmap', monmapE, 3, monAddrs());
          g.e('osdmap', epoch, 12, osds.filter((x) => x.up).length, osds.filter((x) => x.in).length);
          g.e('mgrmap', mgrmapE, 'stor-01', '3d', 'stor-02');
          g.e('hfMonDown', 1, 3, quorum.join(','));
          g.e('overallWarn', `1/3 mons down, quorum ${quorum.join(',')}`);
          for (let i = 0; i < 6; i++) { pgmapLine(); cacheSizes(); }
          g.advance(90000);
          monRole = 'electing';
          g.e('callingElection', monId);
          monRole = 'leader';
          quorum = [...hosts];
          g.e('newLeader', monId, quorum.join(','), '0,1,2');
          g.e('monmap', monmapE, 3, monAddrs());
          mgrmapE++;
          g.e('mgrmap', mgrmapE, 'stor-01', '3d', 'stor-02, stor-03');
          g.e('hcMonDown', 1, 3, 'stor-01,stor-02');
          g.e('healthy');
        },
        hup,
        () => { // stor-02 rebooted for a kernel update, with noout set
          const audit = (cmd) => { g.e('auditInf', 'client.?', '10.0.2.21', 0, g.int(1000000, 4000000000), 'client.admin', cmd); g.e('auditFinished', 'client.?', 'client.admin', cmd); };
          audit('{"prefix": "osd set", "key": "noout"}');
          epoch++; g.e('osdmap', epoch, 12, 12, 12);
          g.e('hfNoout', 'noout');
          const host = osds.filter((o) => o.host === 'stor-02');
          for (const o of host) osdDown(o, 'self');
          g.e('hfHostDown', 1, 4);
          degrade(host[0]);
          g.e('overallWarn', `noout flag(s) set; 4 osds down; 1 host (4 osds) down; Degraded data redundancy: ${degraded}/${objects} objects degraded (${(100 * degraded / objects).toFixed(3)}%), ${degradedPgs} pgs degraded, ${degradedPgs} pgs undersized`);
          for (let i = 0; i < 8; i++) { pgmapLine(); if (g.chance(0.5)) cacheSizes(); g.advance(4000); }
          g.advance(240000);
          for (const o of host) { osdUp(o); if (o === host[0]) g.e('hcHostDown', 1, 4); }
          recover(host[1]);
          audit('{"prefix": "osd unset", "key": "noout"}');
          epoch++; g.e('osdmap', epoch, 12, 12, 12);
          g.e('hcNoout', 'noout');
        },
        () => { // read error found by deep scrub, repaired
          const pg = '2.1a7', o = mine[1];
          const soid = `2:e5a1${g.hex(4)}:::rbd_data.${g.hex(12)}.${pad(g.int(0, 9999).toString(16), 16)}:head`;
          g.e('deepStart', pg);
          g.e('readErr', pg, o.id, soid);
          g.e('deepInconsistent', pg, 0, 1);
          g.e('deepErrors', pg, 1);
          g.e('hfScrubErr', 1);
          g.e('hfDamaged', 1);
          for (let i = 0; i < 3; i++) { pgmapLine(); cacheSizes(); }
          g.e('auditInf', 'client.?', '10.0.2.21', 0, g.int(1000000, 4000000000), 'client.admin', `{"prefix": "pg repair", "pgid": "${pg}"}`);
          g.e('auditFinished', 'client.?', 'client.admin', `{"prefix": "pg repair", "pgid": "${pg}"}`);
          g.e('repairStart', pg);
          g.e('repairInconsistent', pg, 0, 1);
          g.e('repairFixed', pg, 1, 1);
          g.e('hcScrubErr', 1);
          g.e('hcDamaged', 1);
          g.e('healthy');
        },
        () => { g.e('hfNearfull', 1); for (let i = 0; i < 5; i++) { pgmapLine(); cacheSizes(); } g.e('hcNearfull', 1); },
        () => g.e('hfNotDeep', g.int(1, 12)),
        () => { const o = g.pick(mine); g.e('hbMapTimeout', `OSD::osd_op_tp thread 0x7f${g.hex(10)}`, '15.000000954s'); slowOps(); void o; },
      ],
    });
  },
});

// ================================================================ BIND ====
// BIND 9.18 named on ns1 of a small company: an "internal" view (recursive
// resolver for 10.0.0.0/8, primary for corp.example, the DHCP-updated
// lab.example and its reverse zone, secondary for partner.example) and an
// "external" view (authoritative only, example.com signed with a
// dnssec-policy, response rate limiting). Query logging is on.
// Raw line: "16-Apr-2024 10:00:00.123 queries: info: client @0x7f2a1c0e2168 10.0.4.17#53211 (www.example.net): view internal: query: www.example.net IN A +E(0)K (10.0.4.53)"
// -> Content is the message (timestamp, category and severity of the
// logging channel, print-time/print-category/print-severity, split off).
const BC = 'client @<*> <*>#<*> (<*>): view <*>: ';
const BU = 'client @<*> <*>#<*>/key <*> (<*>): view <*>: ';
const ZV = 'zone <*>/<*>/<*>';
const XF = "transfer of '<*>/<*>/<*>' from <*>#<*>: ";
SYSTEMS.push({
  name: 'BIND',
  templates: {
    // startup
    starting: 'starting BIND <*> (Extended Support Version) <id:<*>>',
    runningOn: 'running on <*>',
    builtWith: 'built with <*>',
    runningAs: 'running as: <*>',
    compiledBy: 'compiled by <*>',
    compiledOpenssl: 'compiled with OpenSSL version: <*>',
    linkedOpenssl: 'linked to OpenSSL version: <*>',
    compiledLibuv: 'compiled with libuv version: <*>',
    linkedLibuv: 'linked to libuv version: <*>',
    compiledZlib: 'compiled with zlib version: <*>',
    threads: 'threads support is enabled',
    dnssecAlgs: 'DNSSEC algorithms: <*>',
    dsAlgs: 'DS algorithms: <*>',
    hmacAlgs: 'HMAC algorithms: <*>',
    tkeyDh: 'TKEY mode 2 support (Diffie-Hellman): <*>',
    tkeyGss: 'TKEY mode 3 support (GSS-API): <*>',
    separator: '----------------------------------------------------',
    isc1: 'BIND 9 is maintained by Internet Systems Consortium,',
    isc2: 'Inc. (ISC), a non-profit 501(c)(3) public-benefit',
    isc3: 'corporation.  Support and training for BIND 9 are',
    isc4: 'available at https://www.isc.org/support',
    cpus: 'found <*> CPUs, using <*> worker threads',
    udpListeners: 'using <*> UDP listeners per interface',
    loadingConfig: "loading configuration from '<*>'",
    trustAnchors: "reading built-in trust anchors from file '<*>'",
    portRange4: 'using default UDP/IPv4 port range: [<*>, <*>]',
    portRange6: 'using default UDP/IPv6 port range: [<*>, <*>]',
    listen4: 'listening on IPv4 interface <*>, <*>#<*>',
    listen6: 'listening on IPv6 interface <*>, <*>#<*>',
    sessionKey: 'generating session key for dynamic DNS',
    sizing: 'sizing zone task pool based on <*> zones',
    maxCache: "none:<*>: 'max-cache-size <*>' - setting to <*> (out of <*>)",
    managedKeysSetup: "set up managed keys zone for view <*>, file '<*>'",
    emptyZone: 'automatic empty zone: view <*>: <*>',
    cmdChannelCfg: "configuring command channel from '<*>'",
    cmdChannelListen: 'command channel listening on <*>#<*>',
    mkLoaded: 'managed-keys-zone/<*>: loaded serial <*>',
    loaded: ZV + ': loaded serial <*>',
    loadedSigned: ZV + ' (signed): loaded serial <*>',
    allLoaded: 'all zones loaded',
    running: 'running',
    priming: 'resolver priming query complete: success',
    // query log
    query: BC + 'query: <*> <*> <*> <*> (<*>)',
    deniedCache: BC + "query (cache) '<*>/<*>/<*>' denied",
    queryFailed: BC + 'query failed (SERVFAIL) for <*>/<*>/<*> at query.c:7725',
    rrlDrop: BC + 'rate limit drop response to <*>/<*> for <*> <*> <*> (<*>)',
    rrlSlip: BC + 'rate limit slip response to <*>/<*> for <*> <*> <*> (<*>)',
    recursiveLimit: BC + 'recursive-clients soft limit exceeded (<*>/<*>/<*>), aborting oldest query',
    cpqIncreased: 'clients-per-query increased to <*>',
    // zone transfers out, notifies
    axfrStarted: BC + "transfer of '<*>/<*>': AXFR started (serial <*>)",
    axfrEnded: BC + "transfer of '<*>/<*>': AXFR ended: <*> messages, <*> records, <*> bytes, <*> secs (<*> bytes/sec) (serial <*>)",
    ixfrStarted: BC + "transfer of '<*>/<*>': IXFR started (serial <*>)",
    ixfrEnded: BC + "transfer of '<*>/<*>': IXFR ended: <*> messages, <*> records, <*> bytes, <*> secs (<*> bytes/sec) (serial <*>)",
    xferDenied: BC + "zone transfer '<*>/<*>/<*>' denied",
    notifies: ZV + ': sending notifies (serial <*>)',
    notifiesSigned: ZV + ' (signed): sending notifies (serial <*>)',
    // secondary zone (transfers in)
    notifyReceived: "client @<*> <*>#<*>: view <*>: received notify for zone '<*>'",
    notifyFrom: ZV + ': notify from <*>#<*>: serial <*>',
    xferStarted: ZV + ': Transfer started.',
    xferConnected: XF + 'connected using <*>#<*>',
    xferSerial: ZV + ': transferred serial <*>',
    xferOk: XF + 'Transfer status: success',
    xferTimedOut: XF + 'Transfer status: timed out',
    xferCompleted: XF + 'Transfer completed: <*> messages, <*> records, <*> bytes, <*> secs (<*> bytes/sec) (serial <*>)',
    xferConnectFail: XF + 'failed to connect: timed out',
    refreshFail: ZV + ': refresh: failure trying primary <*>#<*> (source <*>#<*>): operation canceled',
    refreshRetry: ZV + ': refresh: retry limit for primary <*>#<*> exceeded (source <*>#<*>)',
    // dynamic updates
    updSigner: BU + 'signer "<*>" approved',
    updAdd: BU + "updating zone '<*>/<*>': adding an RR at '<*>' <*> <*>",
    updDelete: BU + "updating zone '<*>/<*>': deleting rrset at '<*>' <*>",
    updDenied: BC + "update '<*>/<*>' denied",
    serialUnchanged: ZV + ': zone serial (<*>) unchanged. zone may fail to transfer to secondaries.',
    dumpFailed: 'dumping master file: <*>: open: permission denied',
    // resolver errors (lame-servers)
    lameTimeout: "timed out resolving '<*>/<*>/<*>': <*>#<*>",
    lameRefused: "connection refused resolving '<*>/<*>/<*>': <*>#<*>",
    lameNetUnreach: "network unreachable resolving '<*>/<*>/<*>': <*>#<*>",
    lameHostUnreach: "host unreachable resolving '<*>/<*>/<*>': <*>#<*>",
    lameRcodeRefused: "REFUSED unexpected RCODE resolving '<*>/<*>/<*>': <*>#<*>",
    lameRcodeServfail: "SERVFAIL unexpected RCODE resolving '<*>/<*>/<*>': <*>#<*>",
    lameFormerr: "FORMERR resolving '<*>/<*>/<*>': <*>#<*>",
    lameServer: "lame server resolving '<*>' (in '<*>'?): <*>#<*>",
    brokenTrust: "broken trust chain resolving '<*>/<*>/<*>': <*>#<*>",
    noValidRrsig: "no valid RRSIG resolving '<*>/<*>/<*>': <*>#<*>",
    // DNSSEC validation and key management
    valNoSig: 'validating <*>/<*>: no valid signature found',
    valExpired: 'validating <*>/<*>: verify failed due to bad signature (keyid=<*>): RRSIG has expired',
    valInsecure: 'validating <*>/<*>: got insecure response; parent indicates it should be secure',
    keyCreated: 'keymgr: DNSKEY <*>/<*>/<*> (<*>) created for policy <*>',
    keyFetching: 'Fetching <*>/<*>/<*> (<*>) from key repository.',
    keyPublished: 'DNSKEY <*>/<*>/<*> (<*>) is now published',
    keyActive: 'DNSKEY <*>/<*>/<*> (<*>) is now active',
    keyInactive: 'DNSKEY <*>/<*>/<*> (<*>) is now inactive',
    keyDeleted: 'DNSKEY <*>/<*>/<*> (<*>) is now deleted',
    reconfigKeys: ZV + ' (signed): reconfiguring zone keys',
    nextKeyEvent: ZV + ' (signed): next key event: <*>',
    secureSerial: ZV + ' (signed): receive_secure_serial: unchanged',
    // control channel, reload, shutdown
    rndc: "received control channel command '<*>'",
    reloadCfgOk: 'reloading configuration succeeded',
    reloadZonesOk: 'reloading zones succeeded',
    scheduledLoading: 'scheduled loading new zones',
    newZonesLoaded: 'any newly configured zones are now loaded',
    flushOk: 'flushing caches in all views succeeded',
    shuttingDown: 'shutting down: flushing changes',
    stoppingCmd: 'stopping command channel on <*>#<*>',
    noLongerListening: 'no longer listening on <*>#<*>',
    exiting: 'exiting',
  },
  scenario(g) {
    const VER = '9.18.24-1-Debian';
    const INT = '10.0.4.53', EXT = '192.0.2.53', NS2 = '10.0.4.54', EXTSEC = ['198.51.100.54', '203.0.113.54'];
    const dhcp = '10.0.4.10';
    const keyTag = () => g.int(1000, 65535);
    const ALG = 'ECDSAP256SHA256';
    const zones = {
      'corp.example': { view: 'internal', serial: 2024041201 },
      'lab.example': { view: 'internal', serial: 8812 },
      '4.0.10.in-addr.arpa': { view: 'internal', serial: 5340 },
      'example.com': { view: 'external', serial: 2024041501, signed: true },
      'partner.example': { view: 'internal', serial: 2024040902, secondary: '198.51.100.70' },
    };
    let ksk = keyTag(), zsk = keyTag();
    const ptr = () => '0x7f' + g.hex(9) + g.pick(['0', '8']);
    const intClients = Array.from({ length: 45 }, () => `10.0.${g.pick([4, 4, 5, 6])}.${g.int(10, 250)}`);
    const extClients = Array.from({ length: 25 }, () => g.chance(0.5) ? g.ip('198.51.100') : g.ip('203.0.113'));
    const intNames = ['intranet.corp.example', 'git.corp.example', 'ldap.corp.example', 'mail.corp.example', 'wiki.corp.example', 'vpn.corp.example', 'print01.corp.example', 'files.corp.example'];
    const extNames = ['www.example.net', 'api.example.org', 'cdn.example.io', 'login.example.net', 'updates.example.org', 'time.example.net', 'mail.example.org', 'static.example.io', 'chat.example.net', 'repo.example.org', 'telemetry.example.io', 'maps.example.net', 'video.example.org'];
    const authNames = [['www.example.com', 'A'], ['example.com', 'MX'], ['www.example.com', 'AAAA'], ['mail.example.com', 'A'], ['example.com', 'TXT'], ['_dmarc.example.com', 'TXT'], ['example.com', 'DNSKEY'], ['api.example.com', 'A'], ['example.com', 'SOA'], ['example.com', 'NS'], ['www.example.com', 'HTTPS']];
    const upstreamNs = ['198.51.100.7', '198.51.100.9', '203.0.113.44', '203.0.113.80', '2001:db8:53::7', '2001:db8:1f::53'];
    const leases = [];
    const flagsInt = () => g.wpick([[6, '+E(0)K'], [3, '+E(0)'], [1, '+'], [0.6, '+ET(0)K'], [0.5, '+E(0)DK']]);
    const flagsExt = () => g.wpick([[6, '-E(0)DC'], [3, '-E(0)D'], [2, '-E(0)'], [0.5, '-ET(0)DC'], [0.5, '-E(0)K']]);
    const q = (client, name, type, view, flags) => g.e('query', ptr(), client, g.eport(), name, view, name, 'IN', type, flags, view === 'internal' ? INT : EXT);
    const zv = (z) => [z, 'IN', zones[z].view];

    const boot = () => {
      g.e('starting', VER, 'f4c2b5a');
      g.e('runningOn', 'Linux x86_64 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)');
      g.e('builtWith', "'--build=x86_64-linux-gnu' '--prefix=/usr' '--sysconfdir=/etc/bind' '--localstatedir=/' '--enable-largefile' '--with-libtool' '--enable-shared' '--with-gost=no' '--with-openssl=/usr' '--with-gssapi=yes' '--with-libidn2' '--with-json-c' '--with-lmdb=/usr' '--with-gnu-ld' '--with-maxminddb' '--with-atf=no' '--enable-ipv6' '--enable-rrl' '--enable-filter-aaaa' '--disable-native-pkcs11' 'build_alias=x86_64-linux-gnu'");
      g.e('runningAs', 'named -f -u bind');
      g.e('compiledBy', 'GCC 12.2.0');
      g.e('compiledOpenssl', 'OpenSSL 3.0.11 19 Sep 2023');
      g.e('linkedOpenssl', 'OpenSSL 3.0.11 19 Sep 2023');
      g.e('compiledLibuv', '1.44.2');
      g.e('linkedLibuv', '1.44.2');
      g.e('compiledZlib', '1.2.13');
      g.e('threads');
      g.e('dnssecAlgs', 'RSASHA1 NSEC3RSASHA1 RSASHA256 RSASHA512 ECDSAP256SHA256 ECDSAP384SHA384 ED25519 ED448');
      g.e('dsAlgs', 'SHA-1 SHA-256 SHA-384');
      g.e('hmacAlgs', 'HMAC-MD5 HMAC-SHA1 HMAC-SHA224 HMAC-SHA256 HMAC-SHA384 HMAC-SHA512');
      g.e('tkeyDh', 'yes');
      g.e('tkeyGss', 'yes');
      g.e('separator'); g.e('isc1'); g.e('isc2'); g.e('isc3'); g.e('isc4'); g.e('separator');
      g.e('cpus', 4, 4);
      g.e('udpListeners', 4);
      g.e('loadingConfig', '/etc/bind/named.conf');
      g.e('trustAnchors', '/etc/bind/bind.keys');
      g.e('portRange4', 32768, 60999);
      g.e('portRange6', 32768, 60999);
      g.e('listen4', 'lo', '127.0.0.1', 53);
      g.e('listen4', 'ens18', INT, 53);
      g.e('listen4', 'ens19', EXT, 53);
      g.e('listen6', 'lo', '::1', 53);
      g.e('sessionKey');
      g.e('sizing', 7);
      g.e('maxCache', 99, '90%', '7373MB', '8192MB');
      g.e('managedKeysSetup', 'internal', 'managed-keys.bind');
      for (const z of ['10.IN-ADDR.ARPA', '16.172.IN-ADDR.ARPA', '168.192.IN-ADDR.ARPA', '0.IN-ADDR.ARPA', '127.IN-ADDR.ARPA', '254.169.IN-ADDR.ARPA', '2.0.192.IN-ADDR.ARPA', '100.51.198.IN-ADDR.ARPA', '113.0.203.IN-ADDR.ARPA', 'D.F.IP6.ARPA', '8.B.D.0.1.0.0.2.IP6.ARPA', 'EMPTY.AS112.ARPA', 'HOME.ARPA']) g.e('emptyZone', 'internal', z);
      g.e('cmdChannelCfg', '/etc/bind/rndc.key');
      g.e('cmdChannelListen', '127.0.0.1', 953);
      g.e('mkLoaded', 'internal', g.int(10, 40));
      for (const [z, zz] of Object.entries(zones)) { if (zz.secondary) continue; if (zz.signed) { g.e('loaded', z, 'IN', zz.view, zz.serial); g.e('loadedSigned', z, 'IN', zz.view, zz.serial + 3); } else g.e('loaded', z, 'IN', zz.view, zz.serial); }
      g.e('allLoaded');
      g.e('running');
      for (const z of ['corp.example', 'lab.example', '4.0.10.in-addr.arpa']) g.e('notifies', ...zv(z), zones[z].serial);
      g.e('notifiesSigned', ...zv('example.com'), zones['example.com'].serial + 3);
      g.e('reconfigKeys', ...zv('example.com'));
      g.e('nextKeyEvent', ...zv('example.com'), g.clf(g.t + 3600e3).replace(/:(\d\d:\d\d:\d\d)/, ' $1').replace(/\//g, '-'));
      g.e('priming');
    };
    const intLookup = () => {
      const c = g.zipf(intClients, 0.9);
      const r = g.r();
      if (r < 0.28) { const n = g.zipf(intNames, 1.0); q(c, n, 'A', 'internal', flagsInt()); if (g.chance(0.4)) q(c, n, 'AAAA', 'internal', flagsInt()); }
      else if (r < 0.9) {
        const n = g.zipf(extNames, 0.9);
        q(c, n, 'A', 'internal', flagsInt());
        if (g.chance(0.6)) q(c, n, 'AAAA', 'internal', flagsInt());
        if (g.chance(0.3)) q(c, n, 'HTTPS', 'internal', flagsInt());
      } else if (r < 0.97) {
        const ip = g.zipf(intClients, 0.8);
        q(c, ip.split('.').reverse().join('.') + '.in-addr.arpa', 'PTR', 'internal', flagsInt());
      } else q(c, g.pick(['_ldap._tcp.corp.example', '_kerberos._udp.corp.example', '_sip._tls.example.net']), 'SRV', 'internal', flagsInt());
    };
    const extLookup = () => {
      const c = g.zipf(extClients, 0.8);
      const [n, t] = g.zipf(authNames, 1.0);
      q(c, n, t, 'external', flagsExt());
    };
    const lame = () => {
      const n = g.zipf(extNames.slice(4), 0.7);
      const ns = g.pick(upstreamNs);
      const t = g.pick(['A', 'AAAA', 'NS', 'DS']);
      const k = ns.includes(':') ? 'lameNetUnreach' : g.wpick([[5, 'lameTimeout'], [2, 'lameRcodeRefused'], [1, 'lameRefused'], [1, 'lameRcodeServfail'], [0.6, 'lameHostUnreach'], [0.4, 'lameFormerr']]);
      g.e(k, n, t, 'IN', ns, 53);
    };
    const dhcpUpdate = () => {
      const add = leases.length < 6 || g.chance(0.55);
      const client = ptr(), c2 = ptr(), p1 = g.eport(), p2 = g.eport();
      if (add) {
        const h = `${g.pick(['pc', 'nb', 'phone', 'tab'])}-${g.int(10, 299)}.lab.example`;
        const ip = `10.0.4.${g.int(100, 230)}`;
        leases.push([h, ip]);
        g.e('updSigner', client, dhcp, p1, 'dhcp-update', 'lab.example', 'internal', 'dhcp-update');
        g.e('updAdd', client, dhcp, p1, 'dhcp-update', 'lab.example', 'internal', 'lab.example', 'IN', h, 'A', ip);
        g.e('updAdd', client, dhcp, p1, 'dhcp-update', 'lab.example', 'internal', 'lab.example', 'IN', h, 'TXT', `"31${g.hex(32)}"`);
        g.e('updSigner', c2, dhcp, p2, 'dhcp-update', '4.0.10.in-addr.arpa', 'internal', 'dhcp-update');
        g.e('updAdd', c2, dhcp, p2, 'dhcp-update', '4.0.10.in-addr.arpa', 'internal', '4.0.10.in-addr.arpa', 'IN', ip.split('.').reverse().join('.') + '.in-addr.arpa', 'PTR', h + '.');
      } else {
        const [h, ip] = leases.splice(g.int(0, leases.length - 1), 1)[0];
        g.e('updSigner', client, dhcp, p1, 'dhcp-update', 'lab.example', 'internal', 'dhcp-update');
        g.e('updDelete', client, dhcp, p1, 'dhcp-update', 'lab.example', 'internal', 'lab.example', 'IN', h, 'A');
        g.e('updDelete', client, dhcp, p1, 'dhcp-update', 'lab.example', 'internal', 'lab.example', 'IN', h, 'TXT');
        g.e('updSigner', c2, dhcp, p2, 'dhcp-update', '4.0.10.in-addr.arpa', 'internal', 'dhcp-update');
        g.e('updDelete', c2, dhcp, p2, 'dhcp-update', '4.0.10.in-addr.arpa', 'internal', '4.0.10.in-addr.arpa', 'IN', ip.split('.').reverse().join('.') + '.in-addr.arpa', 'PTR');
      }
      for (const z of ['lab.example', '4.0.10.in-addr.arpa']) {
        zones[z].serial++;
        g.advance(g.int(500, 5000));
        g.e('notifies', ...zv(z), zones[z].serial);
        if (g.chance(0.8)) {
          const p = ptr(), port = g.eport();
          g.e('ixfrStarted', p, NS2, port, z, 'internal', z, 'IN', zones[z].serial);
          const rec = g.int(4, 9), bytes = g.int(180, 600), secs = (g.int(1, 4) / 1000).toFixed(3);
          g.e('ixfrEnded', p, NS2, port, z, 'internal', z, 'IN', 1, rec, bytes, secs, Math.round(bytes / Number(secs)), zones[z].serial);
        }
      }
    };
    const axfrOut = () => {
      const z = 'example.com', sec = g.pick(EXTSEC), p = ptr(), port = g.eport();
      const s = zones[z].serial + 3;
      g.e('axfrStarted', p, sec, port, z, 'external', z, 'IN', s);
      const msgs = g.int(2, 6), rec = g.int(120, 260), bytes = g.int(20000, 60000), secs = (g.int(3, 40) / 1000).toFixed(3);
      g.e('axfrEnded', p, sec, port, z, 'external', z, 'IN', msgs, rec, bytes, secs, Math.round(bytes / Number(secs)), s);
    };
    const secondaryXfer = (ok = true) => {
      const z = 'partner.example', zz = zones[z], prim = zz.secondary;
      const p = ptr();
      zz.serial++;
      g.e('notifyReceived', p, prim, g.eport(), 'internal', z);
      g.e('notifyFrom', ...zv(z), prim, g.eport(), zz.serial);
      g.e('xferStarted', ...zv(z));
      if (!ok) {
        g.advance(120000);
        g.e('xferConnectFail', ...zv(z), prim, 53);
        g.e('xferTimedOut', ...zv(z), prim, 53);
        g.advance(600000);
        g.e('refreshFail', ...zv(z), prim, 53, '0.0.0.0', 0);
        g.e('refreshRetry', ...zv(z), prim, 53, '0.0.0.0', 0);
        zz.serial--;
        return;
      }
      g.e('xferConnected', ...zv(z), prim, 53, INT, g.eport());
      g.e('xferSerial', ...zv(z), zz.serial);
      g.e('xferOk', ...zv(z), prim, 53);
      const rec = g.int(30, 60), bytes = g.int(1500, 4000), secs = (g.int(2, 30) / 1000).toFixed(3);
      g.e('xferCompleted', ...zv(z), prim, 53, 1, rec, bytes, secs, Math.round(bytes / Number(secs)), zz.serial);
    };
    const rrlBurst = () => {
      const net = g.pick(['203.0.113.0', '198.51.100.0']);
      const victim = `${net.slice(0, -1)}${g.int(2, 250)}`;
      const h = g.hex(8);
      for (let i = 0; i < g.int(2, 6); i++) {
        q(victim, 'example.com', 'ANY', 'external', '-E(0)');
        if (g.chance(0.5)) g.e('rrlSlip', ptr(), victim, g.eport(), 'example.com', 'external', net, 24, 'example.com', 'IN', 'ANY', h);
        else g.e('rrlDrop', ptr(), victim, g.eport(), 'example.com', 'external', net, 24, 'example.com', 'IN', 'ANY', h);
      }
    };
    const dnssecFail = () => {
      const n = g.pick(['broken-dnssec.example.org', 'sec.example.net', 'shop.example.io']);
      const r = g.r();
      const ns = g.pick(upstreamNs.slice(0, 4));
      if (r < 0.4) { g.e('valExpired', n, 'DNSKEY', keyTag()); g.e('noValidRrsig', n, 'DNSKEY', 'IN', ns, 53); }
      else if (r < 0.7) { g.e('valNoSig', n, 'A'); g.e('brokenTrust', n, 'A', 'IN', ns, 53); }
      else g.e('valInsecure', n, 'SOA');
      const c = g.zipf(intClients, 0.9), p = ptr();
      q(c, n, 'A', 'internal', flagsInt());
      g.e('queryFailed', p, c, g.eport(), n, 'internal', n, 'IN', 'A');
    };

    drive(g, {
      gapMs: 2500,
      startup: boot,
      steady: [
        [40, intLookup],
        [16, extLookup],
        [7, lame],
        [4, dhcpUpdate],
        [1.5, rrlBurst],
        [1.2, () => { const c = g.pick(extClients.slice(10)); const n = g.pick(extNames); q(c, n, 'A', 'external', '+E(0)'); g.e('deniedCache', ptr(), c, g.eport(), n, 'external', n, 'A', 'IN'); }],
        [1, dnssecFail],
        [0.8, axfrOut],
        [0.6, () => { const [n, t] = g.pick(authNames.slice(0, 4)); g.e('lameServer', n.replace('example.com', 'example.net'), 'example.net', g.pick(upstreamNs.slice(0, 4)), 53); void t; }],
      ],
      rare: [
        () => secondaryXfer(true),
        () => secondaryXfer(true),
        () => secondaryXfer(false),
        () => { const c = g.ip('203.0.113'); g.e('xferDenied', ptr(), c, g.eport(), 'example.com', 'external', 'example.com', 'AXFR', 'IN'); },
        () => { const c = g.ip('198.51.100'); g.e('updDenied', ptr(), c, g.eport(), 'example.com', 'external', 'example.com', 'IN'); },
        () => { // corp.example edited by hand and reloaded
          g.e('rndc', 'reload corp.example');
          zones['corp.example'].serial++;
          g.e('loaded', ...zv('corp.example'), zones['corp.example'].serial);
          g.e('notifies', ...zv('corp.example'), zones['corp.example'].serial);
          const p = ptr(), port = g.eport();
          g.e('ixfrStarted', p, NS2, port, 'corp.example', 'internal', 'corp.example', 'IN', zones['corp.example'].serial);
          g.e('ixfrEnded', p, NS2, port, 'corp.example', 'internal', 'corp.example', 'IN', 1, 4, 251, '0.001', 251000, zones['corp.example'].serial);
        },
        () => { g.e('rndc', 'reload corp.example'); g.e('serialUnchanged', ...zv('corp.example'), zones['corp.example'].serial); },
        () => { g.e('rndc', 'reload'); g.e('loadingConfig', '/etc/bind/named.conf'); g.e('reloadCfgOk'); g.e('reloadZonesOk'); g.e('scheduledLoading'); g.e('newZonesLoaded'); },
        () => { g.e('rndc', 'flush'); g.e('flushOk'); },
        () => { g.e('rndc', 'status'); },
        () => { // ZSK rollover of example.com by the dnssec-policy
          const z = 'example.com', nz = keyTag();
          g.e('keyCreated', z, ALG, nz, 'ZSK', 'standard');
          g.e('keyFetching', z, ALG, ksk, 'KSK');
          g.e('keyFetching', z, ALG, zsk, 'ZSK');
          g.e('keyPublished', z, ALG, nz, 'ZSK');
          g.e('reconfigKeys', ...zv(z));
          zones[z].serial++;
          g.e('notifiesSigned', ...zv(z), zones[z].serial + 3);
          g.e('nextKeyEvent', ...zv(z), g.clf(g.t + 3 * 3600e3).replace(/:(\d\d:\d\d:\d\d)/, ' $1').replace(/\//g, '-'));
          g.advance(3 * 3600e3);
          g.e('keyActive', z, ALG, nz, 'ZSK');
          g.e('keyInactive', z, ALG, zsk, 'ZSK');
          g.e('reconfigKeys', ...zv(z));
          g.e('secureSerial', ...zv(z));
          g.e('keyDeleted', z, ALG, keyTag(), 'ZSK');
          zsk = nz; void ksk;
        },
        () => { for (const n of ['ns1.hosting.example', 'ns2.hosting.example']) g.e('lameFormerr', n, 'A', 'IN', g.pick(upstreamNs.slice(0, 4)), 53); },
        () => { g.e('cpqIncreased', 15); g.e('cpqIncreased', 20); },
        () => { const c = g.zipf(intClients, 0.9); g.e('recursiveLimit', ptr(), c, g.eport(), g.pick(extNames), 'internal', 901, 900, 1000); },
        () => g.e('dumpFailed', `/var/cache/bind/tmp-${g.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`),
        () => { // package upgrade: stop and start
          g.e('rndc', 'stop');
          g.e('shuttingDown');
          g.e('stoppingCmd', '127.0.0.1', 953);
          for (const a of ['127.0.0.1', INT, EXT, '::1']) g.e('noLongerListening', a, 53);
          g.e('exiting');
          g.advance(g.int(3000, 20000));
          boot();
        },
      ],
    });
  },
});

// ============================================================= Dovecot ====
// Dovecot 2.3 IMAP/POP3 server with LMTP delivery from Postfix, Pigeonhole
// Sieve, Maildir storage with quota, an SQL (MySQL) passdb/userdb and
// auth_verbose=yes; a webmail on the internal network (trusted, "secured").
// Raw line: "Apr 16 10:00:00 imap-login: Info: Login: user=<alice@example.com>, method=PLAIN, rip=198.51.100.7, lip=192.0.2.25, mpid=12345, TLS, session=<2jC8pDIWQtzAqAEC>"
// or "Apr 16 10:00:00 imap(alice@example.com)<12345><2jC8pDIWQtzAqAEC>: Info: Logged out in=..."
// -> Content is the message (timestamp, the log prefix "service(user)<pid><session>:"
// and the "Info:" / "Warning:" / "Error:" level split off). The prefix that
// the auth process writes into the message ("sql(user,rip,<session>): ")
// and Pigeonhole's "sieve: " stay.
const DV_IMAP_STATS = 'in=<*> out=<*> deleted=<*> expunged=<*> trashed=<*> hdr_count=<*> hdr_bytes=<*> body_count=<*> body_bytes=<*>';
SYSTEMS.push({
  name: 'Dovecot',
  templates: {
    // master
    startup: 'Dovecot v<*> (<*>) starting up for <*> (core dumps disabled)',
    sighup: 'SIGHUP received - reloading configuration',
    killed: 'Killed with signal 15 (by pid=<*> uid=<*> code=<*>)',
    processLimit: 'service(<*>): process_limit (<*>) reached, client connections are being dropped',
    childKilled: 'service(<*>): child <*> killed with signal 9 (core dumps disabled - https://dovecot.org/bugreport.html#coredumps)',
    throttling: 'service(<*>): command startup failed, throttling for <*> secs',
    clientLimit: 'service <*> { client_limit=<*> } is lower than required under max. load (<*>)',
    // login processes
    login: 'Login: user=<<*>>, method=<*>, rip=<*>, lip=<*>, mpid=<*>, TLS, session=<<*>>',
    loginSecured: 'Login: user=<<*>>, method=<*>, rip=<*>, lip=<*>, mpid=<*>, secured, session=<<*>>',
    inactivityNoAuth: 'Disconnected: Inactivity (no auth attempts in <*> secs): user=<>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    noAuth: 'Disconnected (no auth attempts in <*> secs): user=<>, rip=<*>, lip=<*>, session=<<*>>',
    noAuthTls: 'Disconnected (no auth attempts in <*> secs): user=<>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    tlsHandshaking: 'Disconnected (no auth attempts in <*> secs): user=<>, rip=<*>, lip=<*>, TLS handshaking: <*>, session=<<*>>',
    authFailed: 'Disconnected (auth failed, <*> attempts in <*> secs): user=<<*>>, method=<*>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    authFailedClosed: 'Disconnected: Connection closed (auth failed, <*> attempts in <*> secs): user=<<*>>, method=<*>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    beforeAuthReady: 'Disconnected (disconnected before auth was ready, waited <*> secs): user=<>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    authTempFail: 'Disconnected (auth service reported temporary failure, <*> attempts in <*> secs): user=<<*>>, method=<*>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    plaintext: 'Aborted login (tried to use disallowed plaintext auth): user=<>, rip=<*>, lip=<*>, session=<<*>>',
    maxUserIp: 'Maximum number of connections from user+IP exceeded (mail_max_userip_connections=<*>): user=<<*>>, method=<*>, rip=<*>, lip=<*>, TLS, session=<<*>>',
    // imap / pop3 sessions
    imapLoggedOut: 'Logged out ' + DV_IMAP_STATS,
    imapIdleClosed: 'Disconnected: Connection closed (IDLE running for <*> + waiting input for <*> secs, <*> B in + <*> B out, state=<*>) ' + DV_IMAP_STATS,
    imapCmdClosed: 'Disconnected: Connection closed (<*> finished <*> secs ago) ' + DV_IMAP_STATS,
    imapInactivity: 'Disconnected for inactivity ' + DV_IMAP_STATS,
    imapShutdown: 'Disconnected: Server shutting down. ' + DV_IMAP_STATS,
    pop3LoggedOut: 'Disconnected: Logged out top=<*>/<*>, retr=<*>/<*>, del=<*>/<*>, size=<*>',
    pop3Closed: 'Disconnected: Connection closed top=<*>/<*>, retr=<*>/<*>, del=<*>/<*>, size=<*>',
    // lmtp and sieve
    lmtpConnect: 'Connect from <*>',
    lmtpDisconnect: 'Disconnect from <*>: Client has quit the connection (state=<*>)',
    saved: 'msgid=<<*>>: saved mail to <*>',
    savedQuota: 'msgid=<<*>>: save failed to <*>: Quota exceeded (mailbox for user is full)',
    sieveStored: "sieve: msgid=<<*>>: stored mail into mailbox '<*>'",
    sieveStoredNoId: "sieve: msgid=unspecified: stored mail into mailbox '<*>'",
    sieveForward: 'sieve: msgid=<<*>>: forwarded to <<*>>',
    sieveVacation: 'sieve: msgid=<<*>>: sent vacation response to <<*>>',
    sieveDiscard: 'sieve: msgid=<<*>>: marked message to be discarded if not explicitly delivered (discard action)',
    sieveQuota: "sieve: msgid=<<*>>: failed to store into mailbox '<*>': Quota exceeded (mailbox for user is full)",
    // auth
    unknownUser: 'sql(<*>,<*>,<<*>>): unknown user',
    pwMismatch: 'sql(<*>,<*>,<<*>>): Password mismatch',
    queryFailed: 'sql(<*>,<*>,<<*>>): Password query failed: <*>',
    mysqlConnectFail: 'mysql(<*>): Connect failed to database (<*>): <*> - waiting for <*> seconds before retry',
    mysqlConnected: 'mysql(<*>): Connected to database <*>',
    workerAborted: 'auth worker: Aborted PASSV request for <*>: Worker process died unexpectedly',
    authClientGone: 'auth client <*> disconnected with <*> pending requests: <*>',
    // mailbox storage
    logLocked: 'Transaction log file <*> was locked for <*> seconds (<*>)',
    fixedIndex: 'Fixed index file <*>: <*>',
    corruptedCache: 'Corrupted index cache file <*>: <*>',
    maildirSlow: 'Maildir <*>: Synchronization took <*> seconds (<*> new msgs, <*> flag change attempts, <*> expunge attempts)',
    reappeared: 'Maildir <*>: Expunged message reappeared, giving a new UID (old uid=<*>, file=<*>)',
  },
  scenario(g) {
    const VER = '2.3.21', REV = '47349e2482';
    const LIP = '192.0.2.25', LIP_INT = '10.0.4.25', WEBMAIL = '10.0.4.31';
    const first = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'ken', 'lena', 'mia', 'noah', 'olga', 'paul', 'rita', 'sam', 'tina', 'uwe', 'vera', 'will', 'yara', 'zoe'];
    const users = Array.from({ length: 70 }, (_, i) => {
      const name = (i < first.length ? first[i] : g.pick(first) + '.' + g.pick(['berg', 'costa', 'novak', 'ito', 'kaya', 'lund', 'moreau', 'nagy', 'park', 'ruiz'])) + '@' + g.pick(['example.com', 'example.com', 'example.org']);
      return { name, ip: g.chance(0.4) ? g.ip('198.51.100') : g.chance(0.5) ? g.ip('203.0.113') : `10.0.${g.pick([5, 6])}.${g.int(10, 250)}`, pop3: g.chance(0.12), webmail: g.chance(0.3), full: false, sieve: g.chance(0.5), vacation: false };
    });
    const attackers = Array.from({ length: 8 }, () => g.ip('203.0.113'));
    const guesses = ['admin', 'info', 'test', 'support@example.com', 'sales@example.com', 'webmaster', 'postmaster@example.com', 'office@example.com', 'user'];
    const sess = () => g.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    let pid = g.int(20000, 40000);
    const nextPid = () => (pid += g.int(1, 40));
    const open = []; // open IMAP/POP3 sessions
    const msgid = () => `${g.pick([g.hex(16), g.uuid(), `${g.int(1e9, 9e9)}.${g.int(1000, 99999)}`])}@${g.pick(['mail.example.net', 'example.org', 'notify.example.io', 'mx.example.com', 'newsletter.example.net', 'calendar.example.org'])}`;
    const lipFor = (u) => (u.ip.startsWith('10.') ? LIP_INT : LIP);
    const maildir = (u) => `/var/vmail/${u.name.split('@')[1]}/${u.name.split('@')[0]}/Maildir`;
    const imapStats = (heavy) => {
      const hc = heavy ? g.int(0, 400) : g.int(0, 3), bc = heavy ? g.int(0, 40) : g.int(0, 2);
      return [g.int(60, heavy ? 90000 : 3000), g.int(300, heavy ? 9000000 : 40000), g.int(0, 3), g.int(0, 3), g.int(0, 2), hc, hc * g.int(300, 900), bc, bc * g.int(3000, 90000)];
    };

    const loginOk = () => {
      const u = g.zipf(users, 0.9);
      const s = sess(), mp = nextPid();
      if (u.webmail && g.chance(0.6)) g.e('loginSecured', u.name, 'PLAIN', WEBMAIL, LIP_INT, mp, s);
      else g.e('login', u.name, g.pick(['PLAIN', 'PLAIN', 'LOGIN']), u.ip, lipFor(u), mp, s);
      open.push({ u, pop3: u.pop3, web: u.webmail });
      if (open.length > 60) logout();
    };
    const logout = () => {
      if (!open.length) return loginOk();
      const o = open.splice(g.int(0, open.length - 1), 1)[0];
      if (o.pop3) {
        const n = g.int(0, 6);
        g.e(g.chance(0.9) ? 'pop3LoggedOut' : 'pop3Closed', 0, 0, n, n * g.int(3000, 90000), n, g.int(n, n + 40), g.int(100000, 90000000));
        return;
      }
      const r = g.r();
      if (o.web || r < 0.45) g.e('imapLoggedOut', ...imapStats(false));
      else if (r < 0.75) g.e('imapIdleClosed', `${g.int(0, 9)}.${g.int(1, 999)}`, `${g.int(1, 1800)}.${g.int(1, 999)}`, g.int(2, 60), g.int(10, 900), g.pick(['wait-input', 'wait-input', 'active', 'wait-output']), ...imapStats(true));
      else if (r < 0.9) g.e('imapCmdClosed', g.pick(['UID FETCH', 'IDLE', 'UID SEARCH', 'NOOP', 'STATUS', 'UID STORE']), `${g.int(0, 300)}.${g.int(1, 999)}`, ...imapStats(true));
      else g.e('imapInactivity', ...imapStats(false));
    };
    const deliver = () => {
      g.e('lmtpConnect', 'local');
      const n = g.wpick([[8, 1], [2, 2], [1, g.int(3, 6)]]);
      const id = msgid();
      for (let i = 0; i < n; i++) {
        const u = g.zipf(users, 0.8);
        if (u.full) { g.e(u.sieve ? 'sieveQuota' : 'savedQuota', id, 'INBOX'); continue; }
        if (!u.sieve) { g.e('saved', id, 'INBOX'); continue; }
        const r = g.r();
        if (r < 0.04) g.e('sieveStoredNoId', 'INBOX');
        else if (r < 0.14) g.e('sieveStored', id, g.pick(['Junk', 'Newsletters', 'Lists/devel', 'Receipts']));
        else if (r < 0.16) g.e('sieveDiscard', id);
        else if (r < 0.18) g.e('sieveForward', id, g.pick(['alice.private@example.net', 'bob@example.org', 'oncall@example.net']));
        else g.e('sieveStored', id, 'INBOX');
        if (u.vacation && g.chance(0.7)) g.e('sieveVacation', id, `${g.pick(['news', 'j.doe', 'billing', 'm.ross'])}@${g.pick(['example.net', 'example.org'])}`);
      }
      g.e('lmtpDisconnect', 'local', 'READY');
    };
    const bruteForce = () => {
      const ip = g.pick(attackers);
      for (let i = 0, n = g.int(2, 6); i < n; i++) {
        const s = sess();
        const known = g.chance(0.35);
        const user = known ? g.zipf(users, 1.0).name : g.pick(guesses);
        const tries = g.int(1, 3);
        for (let k = 0; k < tries; k++) g.e(known ? 'pwMismatch' : 'unknownUser', user, ip, s);
        g.e(g.chance(0.7) ? 'authFailed' : 'authFailedClosed', tries, g.int(2, 20), user, g.pick(['PLAIN', 'LOGIN']), ip, LIP, s);
        g.advance(g.int(1000, 20000));
      }
    };
    const scanner = () => {
      const ip = g.chance(0.7) ? g.pick(attackers) : g.ip('198.51.100');
      const r = g.r();
      if (r < 0.35) g.e('noAuth', 0, ip, LIP, sess());
      else if (r < 0.55) g.e('noAuthTls', g.int(0, 3), ip, LIP, sess());
      else if (r < 0.75) g.e('tlsHandshaking', 0, ip, LIP, g.pick(['SSL_accept() failed: error:0A000102:SSL routines::unsupported protocol', 'SSL_accept() failed: error:0A00006C:SSL routines::bad key share', 'SSL_accept() failed: error:0A0000C1:SSL routines::no shared cipher', 'Connection closed']), sess());
      else if (r < 0.9) g.e('plaintext', ip, LIP, sess());
      else g.e('inactivityNoAuth', 180, ip, LIP, sess());
    };
    const boot = () => {
      g.e('startup', VER, REV, 'imap, pop3, lmtp, sieve');
    };
    const shutdown = () => {
      g.e('killed', 1, 0, 'kill');
      const n = Math.min(open.length, g.int(3, 8));
      for (let i = 0; i < n; i++) { const o = open.splice(0, 1)[0]; if (o.pop3) g.e('pop3Closed', 0, 0, 0, 0, 0, g.int(0, 40), g.int(100000, 90000000)); else g.e('imapShutdown', ...imapStats(true)); }
      open.length = 0;
    };

    drive(g, {
      gapMs: 6000,
      startup: () => { boot(); g.e('clientLimit', 'auth', 1000, 1103); for (let i = 0; i < 6; i++) loginOk(); },
      steady: [
        [30, loginOk],
        [27, logout],
        [22, deliver],
        [4, bruteForce],
        [7, scanner],
        [1.5, () => { const ip = g.pick(attackers); g.e('beforeAuthReady', g.int(0, 2), ip, LIP, sess()); }],
        [1, () => { const u = g.zipf(users, 1.0); g.e('maxUserIp', 10, u.name, 'PLAIN', u.ip, lipFor(u), sess()); }],
      ],
      rare: [
        () => { // a user's mailbox fills up; deliveries fail until the quota is raised
          const u = users[g.int(2, 9)]; u.full = true;
          for (let i = 0; i < 3; i++) { g.e('lmtpConnect', 'local'); g.e(u.sieve ? 'sieveQuota' : 'savedQuota', msgid(), 'INBOX'); g.e('lmtpDisconnect', 'local', 'READY'); g.advance(g.int(30000, 300000)); }
          u.full = !u.sieve; // the sieve user's quota is raised, the other one stays full for a while
          g.e('lmtpConnect', 'local'); g.e(u.sieve ? 'sieveStored' : 'savedQuota', msgid(), 'INBOX'); g.e('lmtpDisconnect', 'local', 'READY');
        },
        () => { const u = users[g.int(10, 20)]; u.full = true; u.sieve = false; },
        () => { const u = users[g.int(0, 6)]; u.sieve = true; u.vacation = true; },
        () => { const u = users[g.int(0, 6)]; u.sieve = true; const id = msgid(); g.e('lmtpConnect', 'local'); g.e('sieveStored', id, 'INBOX'); g.e('sieveVacation', id, 'partner@example.net'); g.e('lmtpDisconnect', 'local', 'READY'); },
        () => { // MySQL failover: auth workers lose the database
          g.e('mysqlConnectFail', '10.0.5.10', 'mailserver', "Can't connect to MySQL server on '10.0.5.10' (111)", 25);
          const u = g.zipf(users, 1.0), s = sess();
          g.e('queryFailed', u.name, u.ip, s, 'Not connected to database');
          g.e('authTempFail', 1, 0, u.name, 'PLAIN', u.ip, lipFor(u), s);
          g.e('workerAborted', u.name);
          g.e('authClientGone', g.int(20000, 40000), 1, 'EOF');
          for (let i = 0; i < 2; i++) { const v = g.zipf(users, 1.0), t = sess(); g.e('queryFailed', v.name, v.ip, t, 'Not connected to database'); g.e('authTempFail', 1, g.int(0, 2), v.name, 'PLAIN', v.ip, lipFor(v), t); }
          g.e('mysqlConnectFail', '10.0.5.10', 'mailserver', "Can't connect to MySQL server on '10.0.5.10' (111)", 25);
          g.advance(25000);
          g.e('mysqlConnected', '10.0.5.10', 'mailserver');
        },
        () => g.e('processLimit', 'imap-login', 100),
        () => { g.e('childKilled', 'imap', nextPid()); },
        () => g.e('throttling', 'imap', 2),
        () => { const u = g.zipf(users, 1.0); g.e('logLocked', `${maildir(u)}/dovecot.index.log`, g.int(31, 120), 'mailbox was synced'); },
        () => { const u = g.zipf(users, 1.0); g.e('fixedIndex', `${maildir(u)}/.Sent/dovecot.index`, `messages_count ${g.int(100, 900)} -> ${g.int(100, 900)}`); },
        () => { const u = g.zipf(users, 1.0); g.e('corruptedCache', `${maildir(u)}/dovecot.index.cache`, `record points outside file (offset ${g.int(100000, 900000)} > size ${g.int(1000, 90000)})`); },
        () => { const u = users[0]; g.e('maildirSlow', maildir(u), g.int(31, 90), g.int(0, 40), 0, 0); },
        () => { const u = g.zipf(users, 1.0); g.e('reappeared', maildir(u), g.int(100, 9000), `${Math.floor(g.t / 1000) - g.int(1e5, 1e7)}.M${g.int(100000, 999999)}P${g.int(1000, 99999)}.mail01,S=${g.int(2000, 90000)},W=${g.int(2000, 90000)}:2,S`); },
        () => g.e('sighup'),
        () => { shutdown(); g.advance(g.int(3000, 15000)); boot(); },
      ],
    });
  },
});

// ============================================================ Gunicorn ====
// Gunicorn 21.2 (gthread workers) serving a Django 4.2 shop application
// behind a reverse proxy, one container's output: the gunicorn error log,
// the access log (default access_log_format) and the application's loggers,
// which use gunicorn's header format plus the logger name.
// Raw lines: "[2024-04-16 10:00:00 +0000] [7] [INFO] Booting worker with pid: 12"
//            "[2024-04-16 10:00:00 +0000] [12] [WARNING] [django.request] Not Found: /wp-login.php"
//            '10.0.3.7 - - [16/Apr/2024:10:00:00 +0000] "GET /api/products/?page=2 HTTP/1.1" 200 5123 "-" "okhttp/4.12.0"'
//            "Traceback (most recent call last):"
// -> Content is the message (timestamp, pid, level and, for application
// loggers, the logger name split off). Access-log lines have no header and
// are kept whole. Of a Python traceback, the "Traceback (most recent call
// last):" line and the final exception line are kept (no frames).
const GA = (status, size = '<*>', ref = '<*>') => `<*> - - [<*>] "<*>" ${status} ${size} "${ref}" "<*>"`;
SYSTEMS.push({
  name: 'Gunicorn',
  templates: {
    // arbiter
    starting: 'Starting gunicorn <*>',
    listening: 'Listening at: http://<*>:<*> (<*>)',
    usingWorker: 'Using worker: <*>',
    booting: 'Booting worker with pid: <*>',
    sigHup: 'Handling signal: hup',
    sigTerm: 'Handling signal: term',
    sigTtin: 'Handling signal: ttin',
    sigTtou: 'Handling signal: ttou',
    hangUp: 'Hang up: Master',
    workerExiting: 'Worker exiting (pid: <*>)',
    shuttingDown: 'Shutting down: Master',
    reasonBoot: 'Reason: Worker failed to boot.',
    workerTimeout: 'WORKER TIMEOUT (pid:<*>)',
    sentSigkill: 'Worker (pid:<*>) was sent SIGKILL! Perhaps out of memory?',
    sentSigterm: 'Worker (pid:<*>) was sent SIGTERM!',
    exitedCode: 'Worker (pid:<*>) exited with code <*>',
    autorestart: 'Autorestarting worker after current request.',
    errHandling: 'Error handling request <*>',
    errHandlingNoUri: 'Error handling request (no URI read)',
    socketError: 'Socket error processing request.',
    exceptionInWorker: 'Exception in worker process',
    connInUse: "Connection in use: ('<*>', <*>)",
    retrying: 'Retrying in 1 second.',
    // access log
    a200: GA(200, '<*>', '-'),
    a200ref: GA(200),
    a201: GA(201, '<*>', '-'),
    a204: GA(204, '<*>', '-'),
    a301: GA(301, '<*>', '-'),
    a302: GA(302),
    a304: GA(304),
    a400: GA(400, '<*>', '-'),
    a401: GA(401, '<*>', '-'),
    a403: GA(403),
    a404: GA(404, '<*>', '-'),
    a405: GA(405, '<*>', '-'),
    a429: GA(429, '<*>', '-'),
    a500: GA(500, '<*>', '-'),
    // django.request / django.security
    internalError: 'Internal Server Error: <*>',
    notFound: 'Not Found: <*>',
    badRequest: 'Bad Request: <*>',
    unauthorized: 'Unauthorized: <*>',
    forbiddenReason: 'Forbidden (<*>): <*>',
    methodNotAllowed: 'Method Not Allowed (<*>): <*>',
    tooMany: 'Too Many Requests: <*>',
    hostHeaderPort: "Invalid HTTP_HOST header: '<*>:<*>'. You may need to add '<*>' to ALLOWED_HOSTS.",
    hostHeader: "Invalid HTTP_HOST header: '<*>'. You may need to add '<*>' to ALLOWED_HOSTS.",
    // tracebacks (first line and exception line)
    traceback: 'Traceback (most recent call last):',
    exSystemExit: 'SystemExit: <*>',
    exDbRefused: 'django.db.utils.OperationalError: connection to server at "<*>", port <*> failed: Connection refused',
    exDbTimeout: 'django.db.utils.OperationalError: connection to server at "<*>", port <*> failed: timeout expired',
    exRedis: 'redis.exceptions.ConnectionError: Error 111 connecting to <*>:<*>. Connection refused.',
    exReadTimeout: "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='<*>', port=<*>): Read timed out. (read timeout=<*>)",
    exKeyError: 'KeyError: <*>',
    exAttr: "AttributeError: '<*>' object has no attribute '<*>'",
    exIntegrity: 'django.db.utils.IntegrityError: duplicate key value violates unique constraint "<*>"',
    exModule: "ModuleNotFoundError: No module named '<*>'",
    // application loggers
    appFlags: 'Loaded <*> feature flags from <*>',
    appOrder: 'Order <*> created for customer <*> (<*> items, total <*> <*>)',
    appPaid: 'Payment <*> confirmed for order <*>',
    appPayRetry: 'Payment provider timed out after <*> for order <*>, retrying (attempt <*>/<*>)',
    appPayFailed: 'Payment <*> for order <*> failed: <*>',
    appStock: 'Stock reservation failed for SKU <*>: requested <*>, available <*>',
    appLogin: 'User <*> logged in from <*>',
    appLoginFailed: "Failed login for '<*>' from <*>",
    appLogout: 'User <*> logged out',
    appPwReset: 'Password reset email sent to user <*>',
    appWebhook: 'Webhook <*> received: event=<*>',
    appWebhookSig: 'Webhook signature verification failed for <*>: <*>',
    appCacheRebuild: 'Cache miss for <*>, rebuilt in <*> (<*> entries)',
    appExport: 'CSV export <*> started by user <*> (<*> rows)',
    appHealthDb: 'Health check failed: database unavailable',
  },
  scenario(g) {
    const VER = '21.2.0';
    let workers = [];
    let masterPid = 1;
    let nextPid = 7;
    const spawn = () => { const p = nextPid; nextPid += g.int(1, 3); workers.push(p); g.e('booting', p); g.e('appFlags', g.int(18, 26), 'redis://redis-cache:6379/2'); return p; };
    const W = () => g.pick(workers);
    const proxies = ['10.0.3.7', '10.0.3.8'];
    const ua = () => g.wpick([
      [5, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36'],
      [3, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'],
      [4, 'okhttp/4.12.0'],
      [2, 'ShopApp/3.8.1 (iOS 17.4; iPhone15,2)'],
      [1, 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0'],
      [1, 'python-requests/2.31.0'],
    ]);
    const ref = (p = '/') => `https://shop.example.com${p}`;
    const acc = (key, method, path, size, r = null, agent = null) => {
      const args = [g.pick(proxies), g.clf().replace(/\.\d{3}$/, '') + ' +0000', `${method} ${path} HTTP/1.1`, size];
      if (r !== null) args.push(r);
      args.push(agent || ua());
      g.e(key, ...args);
    };
    const products = () => g.int(1000, 1999);
    const customers = Array.from({ length: 60 }, () => ({ id: g.int(10000, 99999), email: `${g.pick(['anna', 'ben', 'chloe', 'dan', 'eva', 'finn', 'gia', 'hugo', 'isla', 'jon'])}${g.int(1, 99)}@example.${g.pick(['com', 'net', 'org'])}`, ip: g.chance(0.6) ? g.ip('198.51.100') : g.ip('203.0.113'), in: false }));
    let order = g.int(200000, 260000);

    const browse = () => {
      const r = g.r();
      if (r < 0.35) acc('a200', 'GET', `/api/products/?page=${g.int(1, 12)}&category=${g.pick(['shoes', 'bags', 'outdoor', 'kids', 'sale'])}`, g.int(2000, 40000));
      else if (r < 0.55) acc('a200', 'GET', `/api/products/${products()}/`, g.int(900, 6000));
      else if (r < 0.68) acc('a200ref', 'GET', g.pick(['/', '/products/', '/cart/', '/checkout/']), g.int(9000, 60000), ref(g.pick(['/', '/products/', '/cart/'])));
      else if (r < 0.78) acc('a304', 'GET', `/static/${g.pick(['css/app.3f2a1b.css', 'js/app.9c1d4e.js', 'img/logo.svg'])}`, 0, ref('/'), g.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36', 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0']));
      else if (r < 0.86) acc('a200', 'GET', '/health/', 2, null, 'kube-probe/1.29');
      else if (r < 0.91) acc('a301', 'GET', g.pick(['/products', '/cart', '/account']), 0);
      else if (r < 0.95) { acc('a204', 'DELETE', `/api/cart/items/${g.int(1, 99999)}/`, 0); }
      else if (r < 0.98) { if (g.chance(0.8)) g.e('appCacheRebuild', `catalog:page:${g.int(1, 12)}`, goDur(g.float(0.05, 0.9, 3) * 1), g.int(20, 48)); acc('a200', 'GET', `/api/products/?page=${g.int(1, 12)}`, g.int(2000, 40000)); }
      else acc('a200', 'POST', '/api/cart/items/', g.int(200, 900));
    };
    const login = () => {
      const c = g.zipf(customers, 0.9);
      if (g.chance(0.1)) { g.e('appLoginFailed', c.email, c.ip); acc('a200ref', 'POST', '/accounts/login/', g.int(8000, 9000), ref('/accounts/login/')); return; }
      g.e('appLogin', c.id, c.ip);
      c.in = true;
      acc('a302', 'POST', '/accounts/login/', 0, ref('/accounts/login/?next=/checkout/'));
    };
    const logoutC = () => { const c = customers.find((x) => x.in); if (!c) return login(); c.in = false; g.e('appLogout', c.id); acc('a302', 'POST', '/accounts/logout/', 0, ref('/account/')); };
    const checkout = () => {
      const c = g.zipf(customers, 0.9);
      order++;
      const items = g.int(1, 6);
      if (g.chance(0.04)) { g.e('appStock', `${g.pick(['SH', 'BG', 'OD'])}-${g.int(1000, 9999)}`, g.int(2, 5), g.int(0, 1)); acc('a400', 'POST', '/api/orders/', g.int(80, 200)); g.e('badRequest', '/api/orders/'); return; }
      g.e('appOrder', order, c.id, items, g.float(9, 400, 2), 'EUR');
      acc('a201', 'POST', '/api/orders/', g.int(400, 1400));
      const pay = 'pi_' + g.b64id(24).replace(/[-_]/g, 'Q');
      if (g.chance(0.06)) {
        const n = g.int(1, 2);
        for (let i = 1; i <= n; i++) g.e('appPayRetry', '10s', order, i, 3);
        if (g.chance(0.4)) {
          const w = W();
          g.e('internalError', `/api/orders/${order}/pay/`);
          g.e('traceback');
          g.e('exReadTimeout', 'api.payments.example', 443, 10);
          acc('a500', 'POST', `/api/orders/${order}/pay/`, 145);
          void w;
          return;
        }
      }
      if (g.chance(0.05)) { g.e('appPayFailed', pay, order, g.pick(['card_declined', 'insufficient_funds', 'expired_card', 'authentication_required'])); acc('a200', 'POST', `/api/orders/${order}/pay/`, g.int(150, 300)); return; }
      g.e('appPaid', pay, order);
      acc('a200', 'POST', `/api/orders/${order}/pay/`, g.int(150, 300));
      if (g.chance(0.5)) { g.e('appWebhook', `evt_${g.b64id(24).replace(/[-_]/g, 'Z')}`, 'payment_intent.succeeded'); acc('a200', 'POST', '/webhooks/payments/', 2, null, 'Payments-Webhook/1.0'); }
    };
    const scanner = () => {
      const ip = g.ip('203.0.113');
      const r = g.r();
      if (r < 0.55) { const p = g.pick(['/wp-login.php', '/.env', '/admin/.git/config', '/phpmyadmin/', '/xmlrpc.php', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/api/v1/../../etc/passwd', '/.aws/credentials']); g.e('notFound', p); acc('a404', g.pick(['GET', 'GET', 'POST']), p, g.int(170, 200), null, g.pick(['Mozilla/5.0 zgrab/0.x', 'curl/8.4.0', 'Go-http-client/1.1', 'python-requests/2.28.2'])); }
      else if (r < 0.8) { if (g.chance(0.6)) g.e('hostHeaderPort', ip, 8000, ip); else g.e('hostHeader', ip, ip); acc('a400', 'GET', '/', 143, null, 'Go-http-client/1.1'); }
      else { const m = g.pick(['PUT', 'PATCH', 'TRACE']); g.e('methodNotAllowed', m, '/api/products/'); acc('a405', m, '/api/products/', 41, null, 'python-requests/2.28.2'); }
    };
    const boot = () => {
      g.e('starting', VER);
      g.e('listening', '0.0.0.0', 8000, masterPid);
      g.e('usingWorker', 'gthread');
      for (let i = 0; i < 4; i++) spawn();
    };
    const internal = (kind) => {
      const path = g.pick([`/api/orders/${order - g.int(0, 40)}/`, '/api/cart/', `/api/products/${products()}/reviews/`, '/account/addresses/']);
      g.e('internalError', path);
      g.e('traceback');
      if (kind === 'key') g.e('exKeyError', "'sku'");
      else if (kind === 'attr') g.e('exAttr', 'NoneType', g.pick(['email', 'shipping_address', 'price']));
      else g.e('exIntegrity', 'shop_orderitem_order_id_product_id_uniq');
      acc('a500', g.pick(['GET', 'POST']), path, 145);
    };

    drive(g, {
      gapMs: 1600,
      startup: boot,
      steady: [
        [52, browse],
        [7, login],
        [4, logoutC],
        [10, checkout],
        [5, scanner],
        [1.5, () => { acc('a401', 'GET', '/api/account/', 58); g.e('unauthorized', '/api/account/'); }],
        [1, () => { const p = g.pick(['/accounts/login/', '/api/cart/items/', '/checkout/']); g.e('forbiddenReason', g.pick(['CSRF token missing.', 'CSRF cookie not set.', 'Origin checking failed - https://shop.example.net does not match any trusted origins.']), p); acc('a403', 'POST', p, 2870, ref(p)); }],
        [0.8, () => { const c = g.zipf(customers, 0.9); g.e('appPwReset', c.id); acc('a302', 'POST', '/accounts/password/reset/', 0, ref('/accounts/password/reset/')); }],
        [0.6, () => internal(g.pick(['key', 'attr', 'integrity']))],
        [0.5, () => { const ip = g.pick(customers).ip; for (let i = 0; i < g.int(2, 4); i++) { g.e('tooMany', '/accounts/login/'); acc('a429', 'POST', '/accounts/login/', 66); } void ip; }],
        [0.3, () => { g.e('autorestart'); const p = W(); g.e('workerExiting', p); workers = workers.filter((x) => x !== p); spawn(); }],
      ],
      rare: [
        () => { // report export runs past the worker timeout
          const p = W(), u = g.pick(customers).id;
          g.e('appExport', `exp-${g.int(1000, 9999)}`, u, g.int(200000, 900000));
          g.advance(30000);
          g.e('workerTimeout', p);
          g.e('errHandling', '/admin/reports/export/');
          g.e('traceback');
          g.e('exSystemExit', 1);
          g.e('workerExiting', p);
          workers = workers.filter((x) => x !== p); spawn();
        },
        () => { const p = W(); g.e('workerTimeout', p); g.e('sentSigkill', p); workers = workers.filter((x) => x !== p); spawn(); },
        () => { const p = W(); g.e('sentSigterm', p); workers = workers.filter((x) => x !== p); spawn(); },
        () => { // database failover
          for (let i = 0; i < g.int(3, 5); i++) {
            const path = g.pick(['/api/products/?page=1', '/api/cart/', '/checkout/', '/api/orders/']);
            g.e('internalError', path.replace(/\?.*/, ''));
            g.e('traceback');
            g.e(i < 2 ? 'exDbRefused' : 'exDbTimeout', '10.0.5.10', 5432);
            acc('a500', 'GET', path, 145);
          }
          g.e('appHealthDb'); acc('a500', 'GET', '/health/', 145, null, 'kube-probe/1.29');
        },
        () => { const path = '/api/cart/'; g.e('internalError', path); g.e('traceback'); g.e('exRedis', 'redis-cache', 6379); acc('a500', 'GET', path, 145); },
        () => { g.e('appWebhookSig', `evt_${g.b64id(24).replace(/[-_]/g, 'Z')}`, 'No signatures found matching the expected signature for payload'); acc('a400', 'POST', '/webhooks/payments/', 39, null, 'Payments-Webhook/1.0'); g.e('badRequest', '/webhooks/payments/'); },
        () => g.e('errHandlingNoUri'),
        () => g.e('socketError'),
        () => { g.e('sigTtin'); spawn(); },
        () => { g.e('sigTtou'); const p = workers.pop(); g.e('workerExiting', p); },
        () => { // deploy by HUP: new workers, old ones exit
          g.e('sigHup'); g.e('hangUp');
          const old = workers; workers = [];
          for (let i = 0; i < 4; i++) spawn();
          for (const p of old) g.e('workerExiting', p);
        },
        () => { // broken image rolled out, then rolled back
          g.e('sigTerm'); for (const p of workers) g.e('workerExiting', p); g.e('shuttingDown'); workers = [];
          masterPid = 1; nextPid = 7;
          g.advance(20000);
          g.e('starting', VER); g.e('listening', '0.0.0.0', 8000, masterPid); g.e('usingWorker', 'gthread');
          const p = nextPid; nextPid += 1;
          g.e('booting', p);
          g.e('exceptionInWorker'); g.e('traceback'); g.e('exModule', 'shop.settings.production');
          g.e('workerExiting', p);
          g.e('exitedCode', p, 3);
          g.e('shuttingDown'); g.e('reasonBoot');
          g.advance(30000);
          nextPid = 7;
          boot();
        },
        () => { // restart by the process supervisor: the old master still holds the port for a moment
          g.e('sigTerm'); for (const p of workers) g.e('workerExiting', p); g.e('shuttingDown'); workers = [];
          nextPid = 7;
          g.e('starting', VER);
          g.e('connInUse', '0.0.0.0', 8000); g.e('retrying');
          g.e('listening', '0.0.0.0', 8000, masterPid); g.e('usingWorker', 'gthread');
          for (let i = 0; i < 4; i++) spawn();
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
