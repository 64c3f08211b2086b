#!/usr/bin/env node
// Deterministic generator for the blind-logs4 log template mining benchmark.
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
const SEED = 0x5eed2026;
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

// ============================================================= CoreDNS ====
// CoreDNS 1.11 as the cluster DNS of a Kubernetes cluster (kube-system/coredns),
// Corefile with errors, health { lameduck 5s }, ready, kubernetes, prometheus,
// forward . /etc/resolv.conf, cache 30, loop, reload, loadbalance and the log
// plugin with its default format, plus a small file-backed zone.
// Raw line: "[INFO] 10.244.1.5:53412 - 41234 \"A IN api.example.com. udp 33 false 512\" NOERROR qr,rd,ra 91 0.000123s"
// -> Content is everything after the "[LEVEL] " prefix. The plugin name
// ("plugin/errors: ") is written by the plugin into the message and stays.
const DNS_Q = '<*>:<*> - <*> "<*>"';
SYSTEMS.push({
  name: 'CoreDNS',
  templates: {
    // startup
    noImport: 'No files matching import glob pattern: <*>',
    runningCfg: 'plugin/reload: Running configuration SHA512 = <*>',
    banner: 'CoreDNS-<*>',
    platform: 'linux/<*>, <*>, <*>',
    waitApi: 'plugin/kubernetes: waiting for Kubernetes API before starting server',
    unsynced: 'plugin/kubernetes: starting server with unsynced Kubernetes API',
    stillWaiting: 'plugin/ready: Still waiting on: "<*>"',
    // query log (log plugin), one template per response code
    qNoerror: DNS_Q + ' NOERROR <*> <*> <*>',
    qNxdomain: DNS_Q + ' NXDOMAIN <*> <*> <*>',
    qServfail: DNS_Q + ' SERVFAIL <*> <*> <*>',
    qRefused: DNS_Q + ' REFUSED <*> <*> <*>',
    qNotimp: DNS_Q + ' NOTIMP <*> <*> <*>',
    qFormerr: DNS_Q + ' FORMERR <*> <*> <*>',
    // errors plugin
    errTimeout: 'plugin/errors: <*> <*> <*>: read udp <*>:<*>-><*>:<*>: i/o timeout',
    errRefused: 'plugin/errors: <*> <*> <*>: read udp <*>:<*>-><*>:<*>: read: connection refused',
    errNoHealthy: 'plugin/errors: <*> <*> <*>: no healthy proxies',
    errOverflow: 'plugin/errors: <*> <*> <*>: dns: overflowing header size',
    errTcpTimeout: 'plugin/errors: <*> <*> <*>: dial tcp <*>:<*>: i/o timeout',
    errConsolidated: "plugin/errors: <*> errors like '<*>' occurred in last <*>",
    // forward health checking
    fwdHcFail: 'plugin/forward: health check for upstream <*>:<*> failed: <*>',
    fwdHcDown: 'plugin/forward: upstream <*>:<*> marked unhealthy after <*> failed health checks',
    fwdHcUp: 'plugin/forward: upstream <*>:<*> is healthy again',
    // health plugin
    healthSlow: 'plugin/health: Local health request to "<*>" took more than 1s: <*>',
    healthFail: 'plugin/health: Local health request to "<*>" failed: <*>',
    lameduck: 'plugin/health: Going into lameduck mode for <*>',
    // kubernetes plugin, client-go reflector and traces
    apiFailure: 'plugin/kubernetes: Kubernetes API connection failure: Get "<*>": dial tcp <*>:<*>: i/o timeout',
    listTimeout: 'plugin/kubernetes: <*>: failed to list <*>: Get "<*>": dial tcp <*>:<*>: i/o timeout',
    watchTimeout: 'plugin/kubernetes: <*>: Failed to watch <*>: failed to list <*>: Get "<*>": dial tcp <*>:<*>: i/o timeout',
    listRefused: 'plugin/kubernetes: <*>: failed to list <*>: Get "<*>": dial tcp <*>:<*>: connect: connection refused',
    watchRefused: 'plugin/kubernetes: <*>: Failed to watch <*>: failed to list <*>: Get "<*>": dial tcp <*>:<*>: connect: connection refused',
    watchEnded: 'plugin/kubernetes: <*>: watch of <*> ended with: <*>',
    traceStart: 'plugin/kubernetes: Trace[<*>]: "Reflector ListAndWatch" name:<*> (<*>) (total time: <*>):',
    traceListed: 'plugin/kubernetes: Trace[<*>]: ---"Objects listed" error:<*> <*> (<*>)',
    traceEnd: 'plugin/kubernetes: Trace[<*>]: [<*>] [<*>] END',
    // reload plugin, signals
    reloading: 'Reloading',
    reloadDone: 'Reloading complete',
    restartFailed: 'Restart failed: <*>',
    sigterm: 'SIGTERM: Shutting down servers then terminating',
    sigusr1: 'SIGUSR1: Reloading',
    // file plugin
    zoneReloaded: 'plugin/file: Successfully reloaded zone "<*>" in "<*>" with <*> SOA serial',
    zoneNotify: 'plugin/file: Sent NOTIFY for zone "<*>" to "<*>:<*>"',
    zoneParse: 'plugin/file: Failed to parse zone "<*>": <*>',
    // loop plugin (fatal)
    loopDetected: 'plugin/loop: Loop (<*>:<*> -> :<*>) detected for zone "<*>", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO <*>"',
    // cache / misc
    cacheAdded: 'plugin/cache: Cache capacity for <*> set to <*> entries (<*> shards)',
    dnssecKeys: 'plugin/dnssec: Loaded <*> keys for zone "<*>"',
    acl: 'plugin/acl: Blocked query <*> <*> from <*> (rule <*>)',
  },
  scenario(g) {
    const apiIp = '10.96.0.1';
    const myIp = '10.244.2.14';
    const upstreams = ['10.0.0.2', '10.0.0.3'];
    const namespaces = ['shop', 'default', 'monitoring', 'payments', 'kube-system', 'search', 'ingress-nginx'];
    const services = {
      shop: ['cart', 'catalog', 'checkout', 'redis-master', 'postgres', 'frontend'],
      default: ['kubernetes'],
      monitoring: ['prometheus-operated', 'alertmanager', 'grafana', 'loki-gateway'],
      payments: ['payments-api', 'ledger', 'kafka-bootstrap'],
      'kube-system': ['metrics-server', 'kube-dns'],
      search: ['opensearch', 'opensearch-headless'],
      'ingress-nginx': ['ingress-nginx-controller'],
    };
    const external = ['api.stripe-sandbox.example.', 'hooks.slack.example.', 'registry.example.com.', 'objects.s3.example.', 'auth.example.com.',
      'smtp.mail.example.', 'cdn.example.net.', 'api.geo.example.org.', 'ntp.example.org.', 'updates.example.io.', 'telemetry.example.net.'];
    const clients = Array.from({ length: 30 }, () => g.ip('10.244'));
    const clientNs = new Map(clients.map((c) => [c, g.zipf(namespaces, 1.0)]));
    const dur = (lo = 0.00003, hi = 0.002) => `${(lo + g.exp((hi - lo) / 3)).toFixed(g.pick([6, 6, 9]))}s`;
    const query = (type, name, proto = 'udp', dnssec = 'false', buf = null) =>
      `${type} IN ${name} ${proto} ${g.int(28, 90)} ${dnssec} ${buf || g.pick(['512', '512', '1232', '4096'])}`;
    const q = (key, client, type, name, flags, rsize, d) => g.e(key, client, g.eport(), g.int(0, 65535), query(type, name), flags, rsize, d);
    const sha = () => g.hex(128);
    const reflectorSrc = 'pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231';
    const kinds = [['*v1.EndpointSlice', '/apis/discovery.k8s.io/v1/endpointslices'], ['*v1.Service', '/api/v1/services'], ['*v1.Namespace', '/api/v1/namespaces']];
    let cfg = sha();

    const banner = () => {
      g.e('noImport', 'custom/*.override');
      g.e('noImport', 'custom/*.server');
      g.e('runningCfg', cfg);
      g.e('banner', '1.11.1');
      g.e('platform', 'amd64', 'go1.20.7', 'ae2bbc2');
      q('qNxdomain', '127.0.0.1', 'HINFO', `${g.int(1e9, 9e9)}${g.int(1e8, 9e8)}.${g.int(1e9, 9e9)}${g.int(1e8, 9e8)}.`, 'qr,rd,ra', g.int(100, 140), dur(0.001, 0.03));
    };
    const boot = (slowApi) => {
      if (slowApi) {
        g.e('waitApi');
        for (let i = 0; i < 3; i++) { g.e('stillWaiting', 'kubernetes'); g.advance(10000); }
        g.e('unsynced');
      }
      banner();
    };

    const lookup = () => {
      const client = g.zipf(clients, 0.9);
      const ns = clientNs.get(client);
      const r = g.r();
      if (r < 0.55) {
        // in-cluster service name, often with the search path
        const tns = g.chance(0.7) ? ns : g.zipf(namespaces, 1.0);
        const svc = g.zipf(services[tns], 1.1);
        const fq = `${svc}.${tns}.svc.cluster.local.`;
        const type = g.wpick([[7, 'A'], [3, 'AAAA'], [0.3, 'SRV']]);
        if (tns !== ns && g.chance(0.6)) q('qNxdomain', client, type, `${svc}.${tns}.${ns}.svc.cluster.local.`, 'qr,aa,rd', g.int(140, 190), dur());
        if (type === 'AAAA') q('qNoerror', client, type, fq, 'qr,aa,rd', g.int(140, 180), dur());
        else q('qNoerror', client, type, fq, 'qr,aa,rd', g.int(90, 260), dur());
      } else {
        // external name, expanded through the search path (ndots:5)
        const name = g.zipf(external, 1.0);
        const types = g.chance(0.6) ? ['A', 'AAAA'] : ['A'];
        for (const type of types) {
          if (g.chance(0.35)) {
            for (const sfx of [`${ns}.svc.cluster.local.`, 'svc.cluster.local.', 'cluster.local.']) {
              q('qNxdomain', client, type, `${name}${sfx}`, 'qr,aa,rd', g.int(140, 190), dur());
            }
          }
          q('qNoerror', client, type, name, g.chance(0.7) ? 'qr,rd,ra' : 'qr,aa,rd,ra', g.int(60, 300), dur(0.0002, 0.04));
        }
      }
    };
    const timeoutBurst = () => {
      const up = g.pick(upstreams);
      const n = g.int(1, 6);
      for (let i = 0; i < n; i++) {
        const name = g.zipf(external, 0.8);
        const type = g.pick(['A', 'AAAA']);
        const client = g.zipf(clients, 0.9);
        g.e('errTimeout', 2, name, type, myIp, g.eport(), up, 53);
        q('qServfail', client, type, name, 'qr,rd', g.int(28, 60), `${g.float(2.0, 5.1, 9)}s`);
        g.advance(g.int(50, 3000));
      }
    };

    drive(g, {
      gapMs: 1400,
      startup: () => boot(false),
      steady: [
        [80, lookup],
        [5, timeoutBurst],
        [0.6, () => { const name = g.zipf(external, 0.8); g.e('errRefused', 2, name, 'A', myIp, g.eport(), g.pick(upstreams), 53); q('qServfail', g.zipf(clients, 0.9), 'A', name, 'qr,rd', 60, dur(0.001, 0.01)); }],
        [0.5, () => q('qRefused', g.ip('10.0.4'), g.pick(['ANY', 'AXFR', 'A']), g.pick(['example.org.', 'corp.example.', 'version.bind.']), 'qr,rd', g.int(28, 60), dur())],
        [1.5, () => g.e('healthSlow', 'http://:8080/health', `${g.float(1.0, 3.2, 6)}s`)],
        [0.3, () => q('qNotimp', g.zipf(clients, 0.9), g.pick(['IXFR', 'NULL']), g.zipf(external, 0.8), 'qr,rd', g.int(28, 60), dur())],
        [1.2, () => { const up = g.pick(upstreams); g.e('fwdHcFail', up, 53, g.pick(['read udp ' + myIp + ':' + g.eport() + '->' + up + ':53: i/o timeout', 'dial udp ' + up + ':53: connect: network is unreachable'])); }],
        [0.6, () => g.e('errConsolidated', g.int(2, 40), '^read udp .* i/o timeout$', '30s')],
      ],
      rare: [
        () => { // API server outage during control-plane upgrade
          for (const [kind, p] of kinds) g.e('listTimeout', reflectorSrc, kind, `https://${apiIp}:443${p}?limit=500&resourceVersion=0`, apiIp, 443);
          for (const [kind, p] of kinds) g.e('watchTimeout', reflectorSrc, kind, kind, `https://${apiIp}:443${p}?limit=500&resourceVersion=0`, apiIp, 443);
          const tr = g.int(100000000, 999999999);
          const when = `${new Date(g.t).toUTCString().slice(5, 16).replace(/ /g, '-')} ${g.iso().slice(11, 23)}`;
          g.e('traceStart', tr, reflectorSrc, when, '30001ms');
          g.e('traceListed', tr, `Get "https://${apiIp}:443/api/v1/namespaces?limit=500&resourceVersion=0": dial tcp ${apiIp}:443: i/o timeout`, '30001ms', g.iso().slice(11, 23));
          g.e('traceEnd', tr, '30.001186473s', '30.001186473s');
          g.e('apiFailure', `https://${apiIp}:443/version`, apiIp, 443);
          lookup();
          for (const [kind, p] of kinds.slice(0, 2)) g.e('listRefused', reflectorSrc, kind, `https://${apiIp}:443${p}?limit=500&resourceVersion=0`, apiIp, 443);
          g.e('watchRefused', reflectorSrc, kinds[0][0], kinds[0][0], `https://${apiIp}:443${kinds[0][1]}?limit=500&resourceVersion=0`, apiIp, 443);
        },
        () => { for (const [kind] of kinds) g.e('watchEnded', reflectorSrc, kind, 'an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding'); },
        () => { // Corefile change picked up by the reload plugin
          g.e('reloading'); cfg = sha(); g.e('runningCfg', cfg); g.e('reloadDone');
        },
        () => { g.e('reloading'); g.e('restartFailed', 'plugin/forward: not an IP address or file: "10.0.0.300"'); },
        () => { g.e('sigusr1'); g.e('runningCfg', cfg); g.e('reloadDone'); },
        () => { g.e('zoneReloaded', 'corp.example.', '/etc/coredns/zones/db.corp.example', 2024041602); g.e('zoneNotify', 'corp.example.', '10.0.4.53', 53); },
        () => g.e('zoneParse', 'lab.example.', 'dns: bad A A: "10.0.5.x" at line: 14:21'),
        () => { for (let i = 0; i < 3; i++) { const name = g.zipf(external, 0.8); g.e('errNoHealthy', 2, name, 'A'); q('qServfail', g.zipf(clients, 0.9), 'A', name, 'qr,rd', 60, dur()); } },
        () => { g.e('errOverflow', 2, 'txt.telemetry.example.net.', 'TXT'); q('qFormerr', g.ip('10.0.4'), 'TXT', 'txt.telemetry.example.net.', 'qr,rd', 12, dur()); },
        () => q('qNotimp', g.zipf(clients, 0.9), 'IXFR', 'cluster.local.', 'qr,aa', g.int(28, 60), dur()),
        () => g.e('errTcpTimeout', 2, 'big.updates.example.io.', 'TXT', upstreams[1], 53),
        () => { const up = upstreams[1]; g.e('fwdHcDown', up, 53, 2); timeoutBurst(); g.advance(20000); g.e('fwdHcUp', up, 53); },
        () => g.e('healthFail', 'http://:8080/health', 'Get "http://:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'),
        () => g.e('acl', 'ANY', 'corp.example.', g.ip('10.0.4'), 'block-any'),
        () => { // a node's resolv.conf points back at CoreDNS: loop plugin kills the process, kubelet restarts it
          g.e('loopDetected', '127.0.0.1', g.eport(), 53, '.', `${g.int(1e9, 9e9)}${g.int(1e8, 9e8)}.${g.int(1e9, 9e9)}${g.int(1e8, 9e8)}.`);
          g.advance(20000);
          boot(true);
          g.e('cacheAdded', 'success', 9984, 256); g.e('cacheAdded', 'denial', 9984, 256);
          g.e('dnssecKeys', 2, 'corp.example.');
        },
        () => { // rolling update: graceful shutdown of this replica is seen, new replica starts
          g.e('sigterm'); g.e('lameduck', '5s'); lookup(); g.advance(6000); boot(true);
        },
      ],
    });
  },
});

// ========================================================== containerd ====
// containerd 1.7 with the CRI plugin on a Kubernetes worker node (journald
// output of containerd.service, logrus text format).
// Raw line: 'time="2024-04-16T10:00:00.123456789Z" level=info msg="StartContainer for \"3f2a...\"" <fields>'
// -> Content is everything after "level=<level> ": the msg field and the
// structured fields that follow it. Go-quoted strings keep their backslashes.
const CT_SB_META = '&PodSandboxMetadata{Name:<*>,Uid:<*>,Namespace:<*>,Attempt:<*>,}';
const CT_C_META = '&ContainerMetadata{Name:<*>,Attempt:<*>,}';
SYSTEMS.push({
  name: 'containerd',
  templates: {
    // startup
    starting: 'msg="starting containerd" revision=<*> version=<*>',
    loadPlugin: 'msg="loading plugin \\"<*>\\"..." type=<*>',
    skipPlugin: 'msg="skip loading plugin \\"<*>\\"..." error="<*>" type=<*>',
    failedPlugin: 'msg="failed to load plugin <*>" error="<*>"',
    snapshotterUnused: 'msg="could not use snapshotter <*> in metadata plugin" error="<*>"',
    contentPolicy: 'msg="metadata content store policy set" policy=<*>',
    nri: 'msg="NRI interface is disabled by configuration."',
    criConfig: 'msg="Start cri plugin with config {<*>}"',
    connectSvc: 'msg="Connect containerd service"',
    imageFsPath: 'msg="Get image filesystem path \\"<*>\\""',
    cniInitFail: 'msg="failed to load cni during init, please check CRI plugin status before setting up network for pods" error="<*>"',
    subscribe: 'msg="Start subscribing containerd event"',
    recovering: 'msg="Start recovering state"',
    eventMonitor: 'msg="Start event monitor"',
    snapSyncer: 'msg="Start snapshots syncer"',
    cniSyncer: 'msg="Start cni network conf syncer for <*>"',
    streaming: 'msg="Start streaming server"',
    serving: 'msg=serving... address=<*>',
    booted: 'msg="containerd successfully booted in <*>"',
    noCniTemplate: 'msg="No cni config template is specified, wait for other system components to drop the config."',
    // sandbox lifecycle
    runSandbox: `msg="RunPodSandbox for ${CT_SB_META}"`,
    runSandboxOk: `msg="RunPodSandbox for ${CT_SB_META} returns sandbox id \\"<*>\\""`,
    runSandboxFail: `msg="RunPodSandbox for ${CT_SB_META} failed, error" error="<*>"`,
    shimPlugin: 'msg="loading plugin \\"<*>\\"..." runtime=<*> type=<*>',
    stopSandbox: 'msg="StopPodSandbox for \\"<*>\\""',
    teardown: 'msg="TearDown network for sandbox \\"<*>\\" successfully"',
    stopSandboxOk: 'msg="StopPodSandbox for \\"<*>\\" returns successfully"',
    destroyNetFail: 'msg="Failed to destroy network for sandbox \\"<*>\\"" error="<*>"',
    forceStopSandbox: 'msg="Forcibly stopping sandbox \\"<*>\\""',
    stopExited: 'msg="Container to stop \\"<*>\\" must be in running or unknown state, current state \\"CONTAINER_EXITED\\""',
    ensureCleanup: 'msg="Ensure that sandbox <*> in task-service has been cleanup successfully"',
    removeSandbox: 'msg="RemovePodSandbox for \\"<*>\\""',
    removeSandboxOk: 'msg="RemovePodSandbox \\"<*>\\" returns successfully"',
    // container lifecycle
    createCtr: `msg="CreateContainer within sandbox \\"<*>\\" for container ${CT_C_META}"`,
    createCtrOk: `msg="CreateContainer within sandbox \\"<*>\\" for ${CT_C_META} returns container id \\"<*>\\""`,
    startCtr: 'msg="StartContainer for \\"<*>\\""',
    startCtrOk: 'msg="StartContainer for \\"<*>\\" returns successfully"',
    startCtrFail: 'msg="StartContainer for \\"<*>\\" failed" error="<*>"',
    stopCtr: 'msg="StopContainer for \\"<*>\\" with timeout <*> (s)"',
    stopSignal: 'msg="Stop container \\"<*>\\" with signal terminated"',
    stopCtrOk: 'msg="StopContainer for \\"<*>\\" returns successfully"',
    killTimeout: 'msg="Kill container \\"<*>\\""',
    removeCtr: 'msg="RemoveContainer for \\"<*>\\""',
    removeCtrOk: 'msg="RemoveContainer for \\"<*>\\" returns successfully"',
    statusNotFound: 'msg="ContainerStatus for \\"<*>\\" failed" error="rpc error: code = NotFound desc = an error occurred when try to find container \\"<*>\\": not found"',
    taskExit: 'msg="TaskExit event container_id:\\"<*>\\" id:\\"<*>\\" pid:<*> exit_status:<*> exited_at:{seconds:<*> nanos:<*>}"',
    taskExitSb: 'msg="TaskExit event in podsandbox handler container_id:\\"<*>\\" id:\\"<*>\\" pid:<*> exit_status:<*> exited_at:{seconds:<*> nanos:<*>}"',
    taskOom: 'msg="TaskOOM event container_id:\\"<*>\\""',
    shimDisconnected: 'msg="shim disconnected" id=<*> namespace=<*>',
    shimCleanup: 'msg="cleaning up after shim disconnected" id=<*> namespace=<*>',
    deadShim: 'msg="cleaning up dead shim" namespace=<*>',
    cleanupWarnings: 'msg="cleanup warnings time=\\"<*>\\" level=info msg=\\"starting signal loop\\" namespace=<*> pid=<*> runtime=<*>\\n"',
    metricsCgroup: 'msg="collecting metrics for <*>" error="cgroups: cgroup deleted: unknown"',
    // images
    pullImage: 'msg="PullImage \\"<*>\\""',
    imageCreate: 'msg="ImageCreate event name:\\"<*>\\" labels:{key:\\"<*>\\" value:\\"<*>\\"}"',
    imageUpdate: 'msg="ImageUpdate event name:\\"<*>\\" labels:{key:\\"<*>\\" value:\\"<*>\\"}"',
    imageDelete: 'msg="ImageDelete event name:\\"<*>\\""',
    pulled: 'msg="Pulled image \\"<*>\\" with image id \\"<*>\\", repo tag \\"<*>\\", repo digest \\"<*>\\", size \\"<*>\\" in <*>"',
    pullOk: 'msg="PullImage \\"<*>\\" returns image reference \\"<*>\\""',
    pullFail: 'msg="PullImage \\"<*>\\" failed" error="<*>"',
    stopPulling: 'msg="stop pulling image <*>: active requests=<*>, bytes read=<*>"',
    nextHost: 'msg="trying next host" error="<*>" host=<*>',
    nextHost404: 'msg="trying next host - response was http.StatusNotFound" host=<*>',
    fetch429: 'msg="fetch failed after status: 429 Too Many Requests" host=<*>',
    fetch401: 'msg="fetch failed after status: 401 Unauthorized" host=<*>',
    removeImage: 'msg="RemoveImage \\"<*>\\""',
    removeImageOk: 'msg="RemoveImage \\"<*>\\" returns successfully"',
    // shutdown
    signal: 'msg="received signal" signal=<*>',
    stopCri: 'msg="Stop CRI service"',
    monitorStopped: 'msg="Event monitor stopped"',
    streamStopped: 'msg="Stream server stopped"',
  },
  scenario(g) {
    const apps = [
      ['shop', 'cart', 'registry.example.com/shop/cart', ['cart']],
      ['shop', 'catalog', 'registry.example.com/shop/catalog', ['catalog', 'istio-proxy']],
      ['monitoring', 'node-exporter', 'quay.io/prometheus/node-exporter', ['node-exporter']],
      ['batch', 'report-cron', 'registry.example.com/batch/report', ['report']],
      ['shop', 'checkout', 'registry.example.com/shop/checkout', ['checkout', 'istio-proxy']],
      ['logging', 'fluent-bit', 'docker.io/fluent/fluent-bit', ['fluent-bit']],
      ['payments', 'ledger', 'registry.example.com/payments/ledger', ['ledger', 'migrate']],
      ['ci', 'runner', 'registry.example.com/ci/runner', ['runner', 'dind']],
    ];
    const k8s = 'k8s.io';
    const sandboxes = []; // live pods on this node
    const sha = () => 'sha256:' + g.hex(64);
    const podName = (a) => a[0] === 'batch' ? `${a[1]}-${g.int(28560000, 28569999)}-${g.alnum(5)}` : `${a[1]}-${g.alnum(10, 'bcdfghjklmnpqrstvwxz2456789')}-${g.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
    const ver = {};
    for (const a of apps) ver[a[1]] = `${g.int(1, 3)}.${g.int(0, 20)}.${g.int(0, 9)}`;
    const images = new Map(); // ref -> id
    const epoch = () => Math.floor(g.t / 1000);

    const plugins = [
      ['io.containerd.snapshotter.v1.aufs', 'io.containerd.snapshotter.v1', 'aufs is not supported (modprobe aufs failed: exit status 1 "modprobe: FATAL: Module aufs not found in directory /lib/modules/5.15.0-105-generic\\n"): skip plugin'],
      ['io.containerd.snapshotter.v1.btrfs', 'io.containerd.snapshotter.v1', 'path /var/lib/containerd/io.containerd.snapshotter.v1.btrfs (ext4) must be a btrfs filesystem to be used with the btrfs snapshotter: skip plugin'],
      ['io.containerd.content.v1.content', 'io.containerd.content.v1'],
      ['io.containerd.snapshotter.v1.native', 'io.containerd.snapshotter.v1'],
      ['io.containerd.snapshotter.v1.overlayfs', 'io.containerd.snapshotter.v1'],
      ['io.containerd.snapshotter.v1.devmapper', 'io.containerd.snapshotter.v1', null, 'devmapper not configured'],
      ['io.containerd.snapshotter.v1.zfs', 'io.containerd.snapshotter.v1', 'path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the zfs snapshotter: skip plugin'],
      ['io.containerd.metadata.v1.bolt', 'io.containerd.metadata.v1'],
      ['io.containerd.differ.v1.walking', 'io.containerd.differ.v1'],
      ['io.containerd.lease.v1.manager', 'io.containerd.lease.v1'],
      ['io.containerd.service.v1.containers-service', 'io.containerd.service.v1'],
      ['io.containerd.service.v1.content-service', 'io.containerd.service.v1'],
      ['io.containerd.service.v1.diff-service', 'io.containerd.service.v1'],
      ['io.containerd.gc.v1.scheduler', 'io.containerd.gc.v1'],
      ['io.containerd.service.v1.images-service', 'io.containerd.service.v1'],
      ['io.containerd.service.v1.namespaces-service', 'io.containerd.service.v1'],
      ['io.containerd.service.v1.snapshots-service', 'io.containerd.service.v1'],
      ['io.containerd.runtime.v1.linux', 'io.containerd.runtime.v1'],
      ['io.containerd.runtime.v2.task', 'io.containerd.runtime.v2'],
      ['io.containerd.runtime.v2.shim', 'io.containerd.runtime.v2'],
      ['io.containerd.sandbox.store.v1.local', 'io.containerd.sandbox.store.v1'],
      ['io.containerd.sandbox.controller.v1.local', 'io.containerd.sandbox.controller.v1'],
      ['io.containerd.streaming.v1.manager', 'io.containerd.streaming.v1'],
      ['io.containerd.service.v1.introspection-service', 'io.containerd.service.v1'],
      ['io.containerd.service.v1.tasks-service', 'io.containerd.service.v1'],
      ['io.containerd.grpc.v1.containers', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.content', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.events', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.images', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.leases', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.namespaces', 'io.containerd.grpc.v1'],
      ['io.containerd.internal.v1.opt', 'io.containerd.internal.v1'],
      ['io.containerd.grpc.v1.snapshots', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.tasks', 'io.containerd.grpc.v1'],
      ['io.containerd.grpc.v1.version', 'io.containerd.grpc.v1'],
      ['io.containerd.tracing.processor.v1.otlp', 'io.containerd.tracing.processor.v1', 'no OpenTelemetry endpoint: skip plugin'],
      ['io.containerd.internal.v1.tracing', 'io.containerd.internal.v1'],
      ['io.containerd.grpc.v1.healthcheck', 'io.containerd.grpc.v1'],
      ['io.containerd.nri.v1.nri', 'io.containerd.nri.v1'],
      ['io.containerd.grpc.v1.cri', 'io.containerd.grpc.v1'],
    ];
    const criCfg = 'PluginConfig:{ContainerdConfig:{Snapshotter:overlayfs DefaultRuntimeName:runc DefaultRuntime:{Type: Path: Engine: PodAnnotations:[] ContainerAnnotations:[] Root: Options:map[] PrivilegedWithoutHostDevices:false PrivilegedWithoutHostDevicesAllDevicesAllowed:false BaseRuntimeSpec: NetworkPluginConfDir: NetworkPluginMaxConfNum:0 Snapshotter: SandboxMode:} UntrustedWorkloadRuntime:{Type: Path: Engine: PodAnnotations:[] ContainerAnnotations:[] Root: Options:map[] PrivilegedWithoutHostDevices:false PrivilegedWithoutHostDevicesAllDevicesAllowed:false BaseRuntimeSpec: NetworkPluginConfDir: NetworkPluginMaxConfNum:0 Snapshotter: SandboxMode:} Runtimes:map[runc:{Type:io.containerd.runc.v2 Path: Engine: PodAnnotations:[] ContainerAnnotations:[] Root: Options:map[SystemdCgroup:true] PrivilegedWithoutHostDevices:false PrivilegedWithoutHostDevicesAllDevicesAllowed:false BaseRuntimeSpec: NetworkPluginConfDir: NetworkPluginMaxConfNum:0 Snapshotter: SandboxMode:podsandbox}] NoPivot:false DisableSnapshotAnnotations:true DiscardUnpackedLayers:false IgnoreBlockIONotEnabledErrors:false IgnoreRdtNotEnabledErrors:false} CniConfig:{NetworkPluginBinDir:/opt/cni/bin NetworkPluginConfDir:/etc/cni/net.d NetworkPluginMaxConfNum:1 NetworkPluginSetupSerially:false NetworkPluginConfTemplate: IPPreference:} Registry:{ConfigPath:/etc/containerd/certs.d Mirrors:map[] Configs:map[] Auths:map[] Headers:map[]} ImageDecryption:{KeyModel:node} DisableTCPService:true StreamServerAddress:127.0.0.1 StreamServerPort:0 StreamIdleTimeout:4h0m0s EnableSelinux:false SelinuxCategoryRange:1024 SandboxImage:registry.k8s.io/pause:3.9 StatsCollectPeriod:10 SystemdCgroup:false EnableTLSStreaming:false X509KeyPairStreaming:{TLSCertFile: TLSKeyFile:} MaxContainerLogLineSize:16384 DisableCgroup:false DisableApparmor:false RestrictOOMScoreAdj:false MaxConcurrentDownloads:3 DisableProcMount:false UnsetSeccompProfile: TolerateMissingHugetlbController:true DisableHugetlbController:true DeviceOwnershipFromSecurityContext:false IgnoreImageDefinedVolumes:false NetNSMountsUnderStateDir:false EnableUnprivilegedPorts:false EnableUnprivilegedICMP:false EnableCDI:false CDISpecDirs:[/etc/cdi /var/run/cdi] ImagePullProgressTimeout:5m0s DrainExecSyncIOTimeout:0s} ContainerdRootDir:/var/lib/containerd ContainerdEndpoint:/run/containerd/containerd.sock RootDir:/var/lib/containerd/io.containerd.grpc.v1.cri StateDir:/run/containerd/io.containerd.grpc.v1.cri';

    const boot = (first) => {
      g.e('starting', '64b8a811b07ba6288238eefc14d898ee0b5b99ba', 'v1.7.13');
      for (const [name, type, skip, fail] of plugins) {
        if (skip) g.e('skipPlugin', name, skip, type);
        else {
          g.e('loadPlugin', name, type);
          if (fail) { g.e('failedPlugin', name, fail); g.e('snapshotterUnused', 'devmapper', fail); }
        }
        if (name.endsWith('bolt')) g.e('contentPolicy', 'shared');
      }
      g.e('nri');
      g.e('criConfig', criCfg);
      g.e('connectSvc');
      g.e('imageFsPath', '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs');
      if (first) g.e('cniInitFail', 'cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config');
      g.e('subscribe');
      g.e('recovering');
      g.e('serving', '/run/containerd/containerd.sock.ttrpc');
      g.e('serving', '/run/containerd/containerd.sock');
      g.e('booted', `${g.float(0.03, 0.09, 6)}s`);
      g.e('eventMonitor');
      g.e('snapSyncer');
      g.e('cniSyncer', 'default');
      g.e('streaming');
      if (first) g.e('noCniTemplate');
    };

    const ensureImage = (ref) => {
      if (images.has(ref) && g.chance(0.9)) return images.get(ref);
      const short = ref;
      const full = ref.startsWith('registry.') || ref.startsWith('docker.io') || ref.startsWith('quay.io') ? ref : 'docker.io/library/' + ref;
      const id = images.get(ref) || sha();
      g.e('pullImage', short);
      g.advance(g.int(500, 20000));
      const existed = images.has(ref);
      g.e(existed ? 'imageUpdate' : 'imageCreate', id, 'io.cri-containerd.image', 'managed');
      g.e(existed ? 'imageUpdate' : 'imageCreate', full, 'io.cri-containerd.image', 'managed');
      const digest = full.replace(/:[^:/]+$/, '') + '@' + sha();
      g.e(existed ? 'imageUpdate' : 'imageCreate', digest, 'io.cri-containerd.image', 'managed');
      g.e('pulled', short, id, full, digest, g.int(4000000, 400000000), `${g.float(0.4, 40, 9)}s`);
      g.e('pullOk', short, id);
      images.set(ref, id);
      return id;
    };
    const shimStart = () => {
      for (const [p, t] of [['io.containerd.event.v1.publisher', 'io.containerd.event.v1'], ['io.containerd.internal.v1.shutdown', 'io.containerd.internal.v1'], ['io.containerd.ttrpc.v1.task', 'io.containerd.ttrpc.v1'], ['io.containerd.ttrpc.v1.pause', 'io.containerd.ttrpc.v1']]) {
        g.e('shimPlugin', p, 'io.containerd.runc.v2', t);
      }
    };
    const startPod = (forced = null) => {
      const a = forced || g.zipf(apps, 0.9);
      const pod = { app: a, name: podName(a), uid: g.uuid(), sb: g.hex(64), ctrs: [] };
      const meta = [pod.name, pod.uid, a[0], 0];
      g.e('runSandbox', ...meta);
      shimStart();
      g.e('runSandboxOk', ...meta, pod.sb);
      for (const c of a[3]) {
        const ref = c === 'istio-proxy' ? 'docker.io/istio/proxyv2:1.21.1' : c === 'migrate' ? `${a[2]}-migrate:${ver[a[1]]}` : c === 'dind' ? 'docker.io/library/docker:25-dind' : `${a[2]}:${ver[a[1]]}`;
        ensureImage(ref);
        const cid = g.hex(64);
        g.e('createCtr', pod.sb, c, 0);
        g.e('createCtrOk', pod.sb, c, 0, cid);
        g.e('startCtr', cid);
        shimStart();
        g.e('startCtrOk', cid);
        pod.ctrs.push({ name: c, id: cid, pid: g.int(3000, 400000) });
      }
      sandboxes.push(pod);
      return pod;
    };
    const exitCtr = (pod, c, status) => {
      g.e('taskExit', c.id, c.id, c.pid, status, epoch(), g.int(0, 999999999));
      g.e('shimDisconnected', c.id, k8s);
      g.e('shimCleanup', c.id, k8s);
      g.e('deadShim', k8s);
      if (g.chance(0.7)) g.e('cleanupWarnings', g.iso(), k8s, g.int(3000, 400000), 'io.containerd.runc.v2');
    };
    const stopPod = (pod, graceful = true) => {
      const i = sandboxes.indexOf(pod); if (i >= 0) sandboxes.splice(i, 1);
      for (const c of pod.ctrs) {
        g.e('stopCtr', c.id, 30);
        g.e('stopSignal', c.id);
        if (!graceful) { g.advance(30000); g.e('killTimeout', c.id); }
        exitCtr(pod, c, graceful ? 0 : 137);
        g.e('stopCtrOk', c.id);
      }
      g.e('stopSandbox', pod.sb);
      g.e('taskExitSb', pod.sb, pod.sb, g.int(3000, 400000), 137, epoch(), g.int(0, 999999999));
      g.e('shimDisconnected', pod.sb, k8s);
      g.e('shimCleanup', pod.sb, k8s);
      g.e('deadShim', k8s);
      g.e('teardown', pod.sb);
      g.e('stopSandboxOk', pod.sb);
      if (g.chance(0.35)) { for (const c of pod.ctrs) { g.e('removeCtr', c.id); g.e('removeCtrOk', c.id); } }
      if (g.chance(0.5)) {
        g.e('stopSandbox', pod.sb);
        g.e('stopExited', pod.ctrs[0].id);
        g.e('teardown', pod.sb);
        g.e('stopSandboxOk', pod.sb);
      }
      if (g.chance(0.4)) {
        g.e('stopSandbox', pod.sb);
        g.e('teardown', pod.sb);
        g.e('stopSandboxOk', pod.sb);
        g.e('removeSandbox', pod.sb);
        g.e('forceStopSandbox', pod.sb);
        g.e('teardown', pod.sb);
        g.e('ensureCleanup', pod.sb);
        g.e('removeSandboxOk', pod.sb);
      }
      if (g.chance(0.2)) g.e('statusNotFound', pod.ctrs[0].id, pod.ctrs[0].id);
    };
    const cronRun = () => {
      const pod = startPod(apps[3]);
      g.advance(g.int(5000, 90000));
      const c = pod.ctrs[0];
      exitCtr(pod, c, g.chance(0.9) ? 0 : 1);
      stopPod(pod, true);
    };
    const restartCtr = () => {
      const pod = sandboxes.length ? g.pick(sandboxes) : startPod();
      const c = g.pick(pod.ctrs);
      const attempt = g.int(1, 6);
      if (g.chance(0.3)) g.e('taskOom', c.id);
      exitCtr(pod, c, g.chance(0.3) ? 137 : g.pick([1, 2, 255]));
      g.e('removeCtr', c.id); g.e('removeCtrOk', c.id);
      c.id = g.hex(64); c.pid = g.int(3000, 400000);
      g.e('createCtr', pod.sb, c.name, attempt);
      g.e('createCtrOk', pod.sb, c.name, attempt, c.id);
      g.e('startCtr', c.id);
      shimStart();
      g.e('startCtrOk', c.id);
    };
    const registryTrouble = (forced = null) => {
      const host = g.pick(['registry.example.com', 'registry-1.docker.io']);
      const ref = host === 'registry.example.com' ? `registry.example.com/shop/cart:${g.int(1, 3)}.${g.int(0, 30)}.${g.int(0, 9)}` : 'docker.io/library/redis:7.2.4';
      const r = forced === null ? g.int(0, 3) : forced;
      g.e('pullImage', ref);
      if (r === 0) {
        g.e('nextHost', `failed to do request: Head "https://${host}/v2/${ref.split('/').slice(1).join('/').replace(/:.*/, '')}/manifests/${ref.replace(/.*:/, '')}": dial tcp ${g.ip('203.0.113')}:443: i/o timeout`, host);
        g.e('pullFail', ref, `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": failed to do request: Head "https://${host}/v2/...": dial tcp: i/o timeout`);
      } else if (r === 1) {
        g.e('nextHost404', host);
        g.e('pullFail', ref, `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`);
      } else if (r === 2) {
        g.e('fetch429', host);
        g.e('pullFail', ref, `failed to pull and unpack image "${ref}": failed to copy: httpReadSeeker: failed open: unexpected status code https://${host}/v2/library/redis/manifests/sha256:${g.hex(64)}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.`);
      } else {
        g.e('fetch401', host);
        g.e('pullFail', ref, `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`);
      }
    };

    drive(g, {
      gapMs: 25000,
      startup: () => { boot(true); for (let i = 0; i < 5; i++) startPod(apps[i]); },
      steady: [
        [14, () => startPod()],
        [10, () => { if (sandboxes.length > 3) stopPod(g.pick(sandboxes), g.chance(0.85)); else startPod(); }],
        [9, cronRun],
        [7, restartCtr],
        [3, () => registryTrouble()],
        [1.5, () => { const p = sandboxes.length ? g.pick(sandboxes) : null; g.e('metricsCgroup', p ? p.ctrs[0].id : g.hex(64)); }],
      ],
      rare: [
        () => { const a = apps[6]; g.e('runSandboxFail', podName(a), g.uuid(), a[0], 0, `failed to reserve sandbox name "${a[1]}_${a[0]}_${g.uuid()}_0": name "${a[1]}_${a[0]}_${g.uuid()}_0" is reserved for "${g.hex(64)}"`); },
        () => { const pod = sandboxes.length ? g.pick(sandboxes) : startPod(); g.e('destroyNetFail', pod.sb, 'plugin type="calico" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized'); },
        () => { const pod = startPod(apps[7]); const c = pod.ctrs[1]; exitCtr(pod, c, 1); c.id = g.hex(64); g.e('createCtr', pod.sb, c.name, 1); g.e('createCtrOk', pod.sb, c.name, 1, c.id); g.e('startCtr', c.id); g.e('startCtrFail', c.id, 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/' + pod.uid + '/volumes/kubernetes.io~empty-dir/docker-graph" to rootfs at "/var/lib/docker": mount /proc/self/fd/7:/var/lib/docker (via /proc/self/fd/8), flags: 0x5000: permission denied: unknown'); },
        () => { const pod = sandboxes.length ? g.pick(sandboxes) : startPod(); stopPod(pod, false); },
        () => { const host = 'registry-1.docker.io'; const ref = 'docker.io/library/redis:7.2.4'; g.e('pullImage', ref); g.e('fetch429', host); g.e('pullFail', ref, `failed to pull and unpack image "${ref}": failed to copy: httpReadSeeker: failed open: unexpected status code https://${host}/v2/library/redis/manifests/sha256:${g.hex(64)}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.`); },
        () => { for (let i = 0; i < 2; i++) { const p = sandboxes.length ? g.pick(sandboxes) : startPod(); g.e('metricsCgroup', p.ctrs[0].id); } },
        () => registryTrouble(0),
        () => registryTrouble(1),
        () => registryTrouble(3),
        () => { // image garbage collection by the kubelet
          for (let i = 0, n = g.int(2, 4); i < n; i++) { const id = sha(); g.e('removeImage', id); g.e('imageDelete', id); g.e('removeImageOk', id); }
        },
        () => { const ref = 'registry.example.com/ci/runner:2.14.0'; g.e('pullImage', ref); g.advance(300000); g.e('stopPulling', ref, 0, g.int(100000000, 900000000)); g.e('pullFail', ref, 'rpc error: code = Canceled desc = failed to pull and unpack image "' + ref + '": failed to copy: httpReadSeeker: failed open: context canceled'); },
        () => { // containerd upgrade restart
          g.e('signal', 'terminated');
          g.e('stopCri');
          g.e('monitorStopped');
          g.e('streamStopped');
          g.advance(4000);
          boot(false);
        },
      ],
    });
  },
});

// ============================================================ Keycloak ====
// Keycloak 24 (Quarkus distribution), one node of a two-node cluster with the
// embedded Infinispan cache, PostgreSQL, an LDAP user federation, and the
// event logger at DEBUG so that user and admin events are logged.
// Raw line: "2024-04-16 10:00:00,123 DEBUG [org.keycloak.events] (executor-thread-12) type=\"LOGIN\", ..."
// -> Content is the message (timestamp, level, category and thread split off).
const KC_LOGIN = 'type="LOGIN", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", auth_method="openid-connect", auth_type="code", response_type="code", redirect_uri="<*>", consent="no_consent_required", code_id="<*>", username="<*>", response_mode="<*>", authSessionParentId="<*>", authSessionTabId="<*>"';
const kcLoginError = (err) => `type="LOGIN_ERROR", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", error="${err}", auth_method="openid-connect", auth_type="code", redirect_uri="<*>", code_id="<*>", username="<*>", authSessionParentId="<*>", authSessionTabId="<*>"`;
const KC_LOGIN_ERR_NOUSER = 'type="LOGIN_ERROR", realmId="<*>", clientId="<*>", userId="null", sessionId="<*>", ipAddress="<*>", error="user_not_found", auth_method="openid-connect", auth_type="code", redirect_uri="<*>", code_id="<*>", username="<*>", authSessionParentId="<*>", authSessionTabId="<*>"';
SYSTEMS.push({
  name: 'Keycloak',
  templates: {
    // startup
    features: 'Installed features: [<*>]',
    profile: 'Profile <*> activated.',
    hostnameSettings: 'Hostname settings: Base URL: <unset>, Hostname: <*>, Strict HTTPS: <*>, Path: <request>, Strict BackChannel: <*>, Admin URL: <unset>, Admin: <request>, Port: <*>, Proxied: <*>',
    nodeName: 'Node name: <*>, Site name: null',
    ispnMarshaller: "ISPN000556: Starting user marshaller '<*>'",
    jgroupsStart: 'ISPN000078: Starting JGroups channel `<*>` with stack `<*>`',
    jgroupsAddr: 'ISPN000079: Channel `<*>` local address is `<*>`, physical addresses are `[<*>:<*>]`',
    clusterView: 'ISPN000094: Received new cluster view for channel <*>: [<*>|<*>] (<*>) [<*>]',
    mergedView: 'ISPN000093: Received new, MERGED cluster view for channel <*>: MergeView::[<*>|<*>] (<*>) [<*>], <*> subgroups: [<*>|<*>] (<*>) [<*>], [<*>|<*>] (<*>) [<*>]',
    persistedState: 'ISPN000390: Persisted state, version=<*> timestamp=<*>',
    started: 'Keycloak <*> on JVM (powered by Quarkus <*>) started in <*>. Listening on: <*>',
    previewFeatures: 'Preview features enabled: <*>',
    // cluster
    nodeJoined: 'ISPN100000: Node <*> joined the cluster',
    nodeLeft: 'ISPN100001: Node <*> left the cluster',
    rebalanceStart: 'ISPN100002: Starting rebalance with members [<*>], phase <*>, topology id <*>',
    rebalanceDone: 'ISPN100010: Finished rebalance with members [<*>], topology id <*>',
    membersUpdate: 'ISPN100008: Updating cache members list [<*>], topology id <*>',
    ispnTimeout: 'ISPN000476: Timed out waiting for responses for request <*> from <*> after <*> seconds',
    ispnCmdError: "ISPN000136: Error executing command <*> on Cache '<*>', writing keys [<*>]",
    jgrpNoAddr: 'JGRP000032: <*>: no physical address for <*>, dropping message',
    jgrpNonMember: 'JGRP000011: <*>: dropped message <*> from non-member <*> (view=[<*>|<*>] (<*>) [<*>])',
    // user events
    login: KC_LOGIN,
    codeToToken: 'type="CODE_TO_TOKEN", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", token_id="<*>", grant_type="authorization_code", refresh_token_type="Refresh", scope="<*>", refresh_token_id="<*>", code_id="<*>", client_auth_method="<*>"',
    refresh: 'type="REFRESH_TOKEN", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", token_id="<*>", grant_type="refresh_token", refresh_token_type="Refresh", scope="<*>", refresh_token_id="<*>", updated_refresh_token_id="<*>", client_auth_method="<*>"',
    refreshError: 'type="REFRESH_TOKEN_ERROR", realmId="<*>", clientId="<*>", userId="null", sessionId="null", ipAddress="<*>", error="invalid_token", reason="Token is not active", grant_type="refresh_token", client_auth_method="<*>"',
    refreshSessionError: 'type="REFRESH_TOKEN_ERROR", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", error="invalid_token", reason="Session not active", grant_type="refresh_token", client_auth_method="<*>"',
    clientLogin: 'type="CLIENT_LOGIN", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", token_id="<*>", grant_type="client_credentials", scope="<*>", client_auth_method="<*>", username="<*>"',
    clientLoginError: 'type="CLIENT_LOGIN_ERROR", realmId="<*>", clientId="<*>", userId="null", sessionId="null", ipAddress="<*>", error="invalid_client_credentials", grant_type="client_credentials"',
    introspect: 'type="INTROSPECT_TOKEN", realmId="<*>", clientId="<*>", userId="null", sessionId="null", ipAddress="<*>", client_auth_method="<*>"',
    userInfo: 'type="USER_INFO_REQUEST", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", auth_method="validate_access_token", username="<*>"',
    logout: 'type="LOGOUT", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", redirect_uri="<*>"',
    loginBadCreds: kcLoginError('invalid_user_credentials'),
    loginDisabled: kcLoginError('user_temporarily_disabled'),
    loginNoUser: KC_LOGIN_ERR_NOUSER,
    loginExpired: 'type="LOGIN_ERROR", realmId="<*>", clientId="<*>", userId="null", sessionId="null", ipAddress="<*>", error="expired_code", restart_after_timeout="true"',
    loginCookie: 'type="LOGIN_ERROR", realmId="<*>", clientId="null", userId="null", sessionId="null", ipAddress="<*>", error="cookie_not_found"',
    codeError: 'type="CODE_TO_TOKEN_ERROR", realmId="<*>", clientId="<*>", userId="null", sessionId="null", ipAddress="<*>", error="invalid_code", grant_type="authorization_code", code_id="<*>", client_auth_method="<*>"',
    register: 'type="REGISTER", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", auth_method="openid-connect", auth_type="code", register_method="form", last_name="<*>", redirect_uri="<*>", first_name="<*>", code_id="<*>", email="<*>", username="<*>", authSessionParentId="<*>", authSessionTabId="<*>"',
    sendReset: 'type="SEND_RESET_PASSWORD", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", auth_method="openid-connect", auth_type="code", redirect_uri="<*>", code_id="<*>", email="<*>", username="<*>", authSessionParentId="<*>", authSessionTabId="<*>"',
    updatePassword: 'type="UPDATE_PASSWORD", realmId="<*>", clientId="<*>", userId="<*>", sessionId="<*>", ipAddress="<*>", auth_method="openid-connect", auth_type="code", redirect_uri="<*>", code_id="<*>", username="<*>"',
    // admin events
    adminCreate: 'operationType="CREATE", realmId="<*>", clientId="<*>", userId="<*>", ipAddress="<*>", resourceType="<*>", resourcePath="<*>"',
    adminUpdate: 'operationType="UPDATE", realmId="<*>", clientId="<*>", userId="<*>", ipAddress="<*>", resourceType="<*>", resourcePath="<*>"',
    adminDelete: 'operationType="DELETE", realmId="<*>", clientId="<*>", userId="<*>", ipAddress="<*>", resourceType="<*>", resourcePath="<*>"',
    adminAction: 'operationType="ACTION", realmId="<*>", clientId="<*>", userId="<*>", ipAddress="<*>", resourceType="<*>", resourcePath="<*>"',
    // warnings and errors
    noOpenidScope: "Request is missing scope 'openid' so it's not treated as OIDC, but just pure OAuth2 request.",
    pkce: 'PKCE enforced Client without code challenge method.',
    failedAuth: 'KC-SERVICES0013: Failed authentication: <*>',
    uncaught: 'Uncaught server error: <*>',
    httpFailed: 'HTTP Request to <*> failed, error id: <*>',
    mailFailed: 'Failed to send email: <*>',
    sqlError: 'SQL Error: <*>, SQLState: <*>',
    ioBackend: 'An I/O error occurred while sending to the backend.',
    dsRefused: "Datasource '<<*>>': Connection to <*>:<*> refused",
    acquireTimeout: 'Unable to acquire JDBC Connection: Acquisition timeout while waiting for new connection',
    reaperCheck: 'ARJUNA012117: TransactionReaper::check timeout for TX <*> in state  RUN',
    reaperCancel: 'ARJUNA012121: TransactionReaper::doCancellations worker Thread[<*>,<*>,<*>] successfully canceled TX <*>',
    abortThreads: 'ARJUNA012095: Abort of action id <*> invoked while multiple threads active within it.',
    checkedAction: 'ARJUNA012108: CheckedAction::check - atomic action <*> aborting with <*> threads active!',
    // LDAP federation
    syncChanged: 'Sync changed users from LDAP to local store: realm: <*>, federation provider: <*>, last sync time: <*>',
    syncAll: 'Sync all users from LDAP to local store: realm: <*>, federation provider: <*>',
    syncResult: 'Sync finished: <*> imported users, <*> updated users, <*> removed users',
    ldapFail: 'LDAP Query failed: <*>',
    // shutdown
    disconnecting: 'ISPN000080: Disconnecting JGroups channel `<*>`',
    stopped: 'Keycloak stopped in <*>',
  },
  scenario(g) {
    const realms = ['shop', 'staff', 'partners', 'master'];
    const clientsOf = {
      shop: [['web-shop', 'https://www.example.com/auth/callback', 'client-secret'], ['mobile-app', 'com.example.shop:/oauth2redirect', 'none'], ['checkout', 'https://checkout.example.com/callback', 'client-secret']],
      staff: [['grafana', 'https://grafana.example.com/login/generic_oauth', 'client-secret'], ['argocd', 'https://argocd.example.com/auth/callback', 'client-secret'], ['jenkins', 'https://ci.example.com/securityRealm/finishLogin', 'client-secret']],
      partners: [['partner-portal', 'https://partners.example.com/sso/callback', 'client-secret']],
      master: [['security-admin-console', 'https://auth.example.com/admin/master/console/', 'none']],
    };
    const services = [['shop', 'orders-service'], ['shop', 'inventory-service'], ['shop', 'api-gateway'], ['staff', 'backup-bot'], ['partners', 'partner-sync']];
    const realmId = {}; for (const r of realms) realmId[r] = r === 'master' ? g.uuid() : g.uuid();
    const users = Array.from({ length: 60 }, (_, i) => ({
      name: g.pick(['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter']) + (i < 19 ? '' : String(g.int(1, 99))) + g.pick(['', '@example.com', '@example.org']),
      id: g.uuid(), ip: g.chance(0.6) ? g.ip('198.51.100') : g.ip('203.0.113'),
    }));
    const sessions = [];
    const me = 'kc-0-' + g.int(10000, 65535), peer = 'kc-1-' + g.int(10000, 65535);
    let viewId = g.int(2, 9);
    const scopes = ['openid profile email', 'openid email', 'openid profile email offline_access', 'profile email'];

    const auth = (realm) => ({ parent: g.uuid(), tab: g.b64id(11) });
    const login = () => {
      const realm = g.zipf(['shop', 'staff', 'partners'], 1.2);
      const [cid, redirect, cam] = g.zipf(clientsOf[realm], 1.0);
      const u = g.zipf(users, 0.8);
      const a = auth(realm);
      const code = g.uuid();
      const r = g.r();
      if (r < 0.12) { g.e('loginBadCreds', realmId[realm], cid, u.id, code, u.ip, redirect, code, u.name, a.parent, a.tab); return; }
      if (r < 0.16) { g.e('loginNoUser', realmId[realm], cid, code, g.ip('203.0.113'), redirect, code, g.pick(['admin', 'test', 'root', 'info@example.com', 'sales']), a.parent, a.tab); return; }
      if (r < 0.175) { g.e('loginExpired', realmId[realm], cid, u.ip); return; }
      if (r < 0.185) { g.e('loginCookie', realmId[realm], u.ip); return; }
      if (realm === 'shop' && r < 0.2) {
        const nu = { name: g.pick(['lena', 'marco', 'yuki', 'omar', 'sofia', 'tomas']) + g.int(1, 999) + '@example.net', id: g.uuid(), ip: g.ip('198.51.100') };
        g.e('register', realmId[realm], cid, nu.id, code, nu.ip, g.pick(['Smith', 'Garcia', 'Tanaka', 'Haddad']), redirect, nu.name.split(/\d/)[0].replace(/^./, (c) => c.toUpperCase()), code, nu.name, nu.name, a.parent, a.tab);
        return;
      }
      g.e('login', realmId[realm], cid, u.id, code, u.ip, redirect, code, u.name, g.pick(['query', 'query', 'fragment']), a.parent, a.tab);
      if (g.chance(0.08)) g.e('noOpenidScope');
      if (cam === 'none' && g.chance(0.05)) g.e('pkce');
      if (g.chance(0.96)) g.e('codeToToken', realmId[realm], cid, u.id, code, u.ip, g.uuid(), g.zipf(scopes, 1.0), g.uuid(), code, cam);
      else g.e('codeError', realmId[realm], cid, u.ip, code, cam);
      sessions.push({ realm, cid, cam, u, sid: code, redirect });
      if (sessions.length > 80) sessions.shift();
    };
    const refresh = () => {
      if (!sessions.length) return login();
      const s = g.pick(sessions);
      if (g.chance(0.05)) { g.e('refreshError', realmId[s.realm], s.cid, s.u.ip, s.cam); return; }
      if (g.chance(0.02)) { g.e('refreshSessionError', realmId[s.realm], s.cid, s.u.id, s.sid, s.u.ip, s.cam); return; }
      g.e('refresh', realmId[s.realm], s.cid, s.u.id, s.sid, s.u.ip, g.uuid(), g.zipf(scopes, 1.0), g.uuid(), g.uuid(), s.cam);
    };
    const svcToken = () => {
      const [realm, cid] = g.zipf(services, 1.0);
      const ip = '10.42.' + g.int(1, 6) + '.' + g.int(2, 250);
      if (g.chance(0.03)) { g.e('clientLoginError', realmId[realm], cid, ip); return; }
      g.e('clientLogin', realmId[realm], cid, g.uuid(), g.uuid(), ip, g.uuid(), 'profile email', 'client-secret', `service-account-${cid}`);
    };
    const introspect = () => { const [realm, cid] = g.zipf(services.slice(0, 3), 1.0); g.e('introspect', realmId[realm], cid, '10.42.' + g.int(1, 6) + '.' + g.int(2, 250), 'client-secret'); };
    const userinfo = () => { if (!sessions.length) return login(); const s = g.pick(sessions); g.e('userInfo', realmId[s.realm], s.cid, s.u.id, s.sid, s.u.ip, s.u.name); };
    const logout = () => {
      if (!sessions.length) return login();
      const i = g.int(0, sessions.length - 1); const s = sessions.splice(i, 1)[0];
      g.e('logout', realmId[s.realm], s.cid, s.u.id, s.sid, s.u.ip, s.redirect.replace(/\/[^/]*$/, '/'));
    };
    const adminEvent = () => {
      const admin = users[0];
      const realm = g.pick(['shop', 'staff', 'partners']);
      const r = g.r();
      const uid = g.uuid();
      const ip = g.ip('10.42.9');
      if (r < 0.4) g.e('adminUpdate', realmId.master, 'security-admin-console', admin.id, ip, g.pick(['USER', 'USER', 'CLIENT', 'REALM', 'GROUP_MEMBERSHIP']), g.pick([`users/${uid}`, `clients/${g.uuid()}`, `users/${uid}/groups/${g.uuid()}`]));
      else if (r < 0.7) g.e('adminCreate', realmId.master, 'security-admin-console', admin.id, ip, g.pick(['USER', 'REALM_ROLE_MAPPING', 'CLIENT_ROLE_MAPPING', 'GROUP_MEMBERSHIP']), g.pick([`users/${uid}`, `users/${uid}/role-mappings/realm`, `users/${uid}/groups/${g.uuid()}`]));
      else if (r < 0.85) g.e('adminAction', realmId.master, 'security-admin-console', admin.id, ip, 'USER', `users/${uid}/reset-password`);
      else g.e('adminDelete', realmId.master, 'security-admin-console', admin.id, ip, g.pick(['USER', 'USER_SESSION', 'CLIENT_SCOPE_MAPPING']), g.pick([`users/${uid}`, `sessions/${g.uuid()}`]));
    };
    const reset = () => {
      const u = g.zipf(users, 0.8); const [cid, redirect] = clientsOf.shop[0]; const code = g.uuid(); const a = auth('shop');
      const email = u.name.includes('@') ? u.name : u.name + '@example.com';
      g.e('sendReset', realmId.shop, cid, u.id, code, u.ip, redirect, code, email, u.name, a.parent, a.tab);
      if (g.chance(0.1)) { g.e('mailFailed', 'org.keycloak.email.EmailException: Error when attempting to send the email to the server. More information is available in the server log.'); return; }
      if (g.chance(0.7)) g.e('updatePassword', realmId.shop, cid, u.id, code, u.ip, redirect, code, u.name);
    };
    const ldapSync = () => g.e('syncChanged', 'staff', 'corp-ldap', `${g.ymdhms(g.t - 900000)}`.replace(' ', 'T') + 'Z');
    const view = (n) => { viewId++; const m = n === 2 ? `${me}, ${peer}` : me; g.e('clusterView', 'ISPN', me, viewId, n, m); };
    const boot = (first) => {
      g.e('features', 'agroal, cdi, hibernate-orm, jdbc-h2, jdbc-mariadb, jdbc-mssql, jdbc-mysql, jdbc-oracle, jdbc-postgresql, keycloak, logging-gelf, micrometer, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx');
      g.e('profile', 'prod');
      g.e('hostnameSettings', 'auth.example.com', 'false', 'false', -1, 'true');
      g.e('nodeName', me);
      g.e('ispnMarshaller', 'org.keycloak.marshalling.KeycloakIndexSchemaUtil$ProtoStreamMarshaller');
      g.e('jgroupsStart', 'ISPN', 'kubernetes');
      g.e('jgroupsAddr', 'ISPN', me, g.ip('10.42.3'), 7800);
      view(first ? 2 : 1);
      g.e('persistedState', '14.0.27.Final', g.iso());
      if (first) g.e('previewFeatures', 'token-exchange:v1, admin-fine-grained-authz:v1');
      g.e('started', '24.0.4', '3.8.4', `${g.float(6, 25, 3)}s`, 'http://0.0.0.0:8080');
    };
    const rebalance = (members) => {
      const topo = g.int(10, 90);
      for (const cache of ['sessions', 'authenticationSessions', 'offlineSessions', 'loginFailures'].slice(0, g.int(2, 4))) {
        void cache;
        g.e('rebalanceStart', members, 'READ_OLD_WRITE_ALL', topo);
        g.e('rebalanceDone', members, topo + 3);
      }
    };
    const dbTrouble = () => {
      g.e('sqlError', 0, '08006');
      g.e('ioBackend');
      g.e('httpFailed', `/realms/shop/protocol/openid-connect/token`, `${g.uuid()}-${g.int(1, 40)}`);
      g.e('dsRefused', 'default', 'postgres-primary.db.svc', 5432);
      g.e('acquireTimeout');
      g.e('uncaught', 'org.keycloak.models.ModelException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection');
    };

    drive(g, {
      gapMs: 4000,
      startup: () => boot(true),
      steady: [
        [30, login],
        [28, refresh],
        [16, svcToken],
        [7, introspect],
        [5, userinfo],
        [5, logout],
        [1.2, adminEvent],
        [0.8, reset],
        [0.5, ldapSync],
        [0.5, () => { g.e('uncaught', g.pick(['java.lang.NullPointerException: Cannot invoke "org.keycloak.models.UserModel.getId()" because "user" is null', 'java.lang.IllegalStateException: Cannot get session from a closed transaction', 'jakarta.ws.rs.NotFoundException: HTTP 404 Not Found'])); }],
        [0.3, () => g.e('failedAuth', g.pick(['org.keycloak.authentication.AuthenticationFlowException', 'org.keycloak.authentication.AuthenticationFlowException: Invalid user credentials']))],
        [0.3, () => g.e('httpFailed', g.pick(['/realms/partners/protocol/saml', '/admin/realms/shop/users', '/realms/shop/login-actions/authenticate']), `${g.uuid()}-${g.int(1, 40)}`)],
      ],
      rare: [
        () => { g.e('syncAll', 'staff', 'corp-ldap'); g.advance(40000); g.e('syncResult', g.int(0, 20), g.int(100, 900), 0); },
        () => { // password guessing against one account until brute-force detection locks it
          const u = users[g.int(0, 5)]; const [cid, redirect] = clientsOf.shop[0]; const ip = g.ip('192.0.2');
          for (let i = 0; i < 5; i++) { const code = g.uuid(); const a = auth('shop'); g.e('loginBadCreds', realmId.shop, cid, u.id, code, ip, redirect, code, u.name, a.parent, a.tab); g.advance(g.int(500, 4000)); }
          for (let i = 0; i < 3; i++) { const code = g.uuid(); const a = auth('shop'); g.e('loginDisabled', realmId.shop, cid, u.id, code, ip, redirect, code, u.name, a.parent, a.tab); g.advance(g.int(500, 4000)); }
        },
        () => g.e('ldapFail', 'javax.naming.CommunicationException: ldap.corp.example:636 [Root exception is java.net.SocketTimeoutException: connect timed out]'),
        dbTrouble,
        () => { const tx = `0:ffff0a2a03${g.hex(2)}:${g.hex(4)}:${g.hex(8)}:${g.int(10, 999)}`; g.e('reaperCheck', tx); g.e('abortThreads', tx); g.e('checkedAction', tx, 1); g.e('reaperCancel', 'Transaction Reaper Worker 0', 5, 'main', tx); },
        () => { // peer restarted by a rolling update
          g.e('nodeLeft', peer); view(1); rebalance(me);
          for (let i = 0; i < 6; i++) { login(); refresh(); }
          g.e('jgrpNoAddr', me, peer);
          g.e('nodeJoined', peer); view(2); rebalance(`${me}, ${peer}`);
          g.e('membersUpdate', `${me}, ${peer}`, g.int(90, 120));
        },
        () => { g.e('ispnTimeout', g.int(1000, 99999), peer, 15); g.e('ispnCmdError', 'PutKeyValueCommand', 'sessions', g.uuid()); },
        () => { g.e('jgrpNonMember', me, g.int(2, 40), 'kc-2-' + g.int(10000, 65535), me, viewId, 2, `${me}, ${peer}`); },
        () => { const old = 'kc-2-' + g.int(10000, 65535); g.e('mergedView', 'ISPN', me, viewId + 1, 2, `${me}, ${peer}`, 2, me, viewId, 1, me, peer, viewId, 1, peer); viewId++; void old; },
        () => { // rolling update of this node
          g.e('disconnecting', 'ISPN');
          g.e('stopped', `${g.float(0.2, 1.5, 3)}s`);
          g.advance(30000);
          boot(false);
        },
      ],
    });
  },
});

// ============================================================== Celery ====
// Celery 5.3 worker (prefork, autoscale 2..8) with an embedded beat scheduler
// (-B), Redis broker and result backend, for a Django shop application; the
// application's tasks log through get_task_logger.
// Raw line: "[2024-04-16 10:00:00,123: INFO/MainProcess] Task shop.tasks.send_order_email[<uuid>] received"
// and, with the task log format, "[2024-04-16 10:00:00,123: INFO/ForkPoolWorker-3] shop.tasks.x[<uuid>]: <message>"
// -> Content is the message (timestamp, level/process and, for task loggers,
// the task name[id] prefix are header fields). The startup banner, printed
// without a header, keeps its text without the indentation.
SYSTEMS.push({
  name: 'Celery',
  templates: {
    // banner
    bnVersion: '-------------- celery@<*> v<*> (<*>)',
    bnPlatform: '-- ******* ---- <*> <*>',
    bnApp: '- ** ---------- .> app:         <*>',
    bnTransport: '- ** ---------- .> transport:   <*>',
    bnResults: '- ** ---------- .> results:     <*>',
    bnConcurrency: '- *** --- * --- .> concurrency: <*> (<*>)',
    bnEvents: '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
    bnQueue: '.> <*> exchange=<*>(<*>) key=<*>',
    superuser: "<*>:<*>: SecurityWarning: You're running the worker with superuser privileges: this is",
    retryDeprecation: '<*>:<*>: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine',
    // worker lifecycle
    connected: 'Connected to <*>',
    mingleSearch: 'mingle: searching for neighbors',
    mingleAlone: 'mingle: all alone',
    mingleSync: 'mingle: sync with <*> nodes',
    mingleDone: 'mingle: sync complete',
    ready: 'celery@<*> ready.',
    beatStart: 'beat: Starting...',
    eventsEnabled: 'Events of group {<*>} enabled by remote.',
    eventsDisabled: 'Events of group {<*>} disabled by remote.',
    // tasks
    received: 'Task <*>[<*>] received',
    succeeded: 'Task <*>[<*>] succeeded in <*>: <*>',
    retry: 'Task <*>[<*>] retry: Retry in <*>: <*>',
    raisedUnexpected: 'Task <*>[<*>] raised unexpected: <*>',
    raisedExpected: 'Task <*>[<*>] raised expected: <*>',
    softLimit: 'Soft time limit (<*>) exceeded for <*>[<*>]',
    hardLimit: 'Hard time limit (<*>) exceeded for <*>[<*>]',
    workerLost: "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: <*>.')",
    procKilled: "Process '<*>' pid:<*> exited with 'signal 9 (SIGKILL)'",
    procExitcode: "Process '<*>' pid:<*> exited with 'exitcode <*>'",
    discardRevoked: 'Discarding revoked task: <*>[<*>]',
    terminating: 'Terminating <*> (Signals.SIGTERM)',
    flaggedRevoked: 'Tasks flagged as revoked: <*>',
    unregistered: "Received unregistered task of type '<*>'.",
    unknownMsg: 'Received and deleted unknown message.  Wrong destination?!?',
    chordRaised: "Chord '<*>' raised: <*>",
    couldntAck: "Couldn't ack <*>, reason:<*>",
    timeoutUp: 'Timed out waiting for UP message from <Process(<*>, started daemon)>',
    // autoscale
    scaleUp: 'Scaling up <*> processes.',
    scaleDown: 'Scaling down <*> processes.',
    // beat
    sendingDue: 'Scheduler: Sending due task <*> (<*>)',
    // broker / backend trouble
    brokerLost: 'consumer: Connection to broker lost. Trying to re-establish the connection...',
    cannotConnect: 'consumer: Cannot connect to <*>: Error 111 connecting to <*>:<*>. Connection refused..',
    tryingAgain: 'Trying again in <*> seconds... (<*>/<*>)',
    redisRetryNow: 'Connection to Redis lost: Retry (<*>/<*>) now.',
    redisRetryIn: 'Connection to Redis lost: Retry (<*>/<*>) in <*> second.',
    // gossip
    missedHeartbeat: 'missed heartbeat from celery@<*>',
    drift: 'Substantial drift from celery@<*> may mean clocks are out of sync.  Current drift is <*> seconds.  [orig: <*> recv: <*>]',
    // shutdown
    warmShutdown: 'worker: Warm shutdown (MainProcess)',
    coldShutdown: 'worker: Cold shutdown (MainProcess)',
    restoring: 'Restoring <*> unacknowledged message(s)',
    // application task loggers
    appEmail: 'Sending <*> email for order <*> to <*>',
    appEmailBounce: 'SMTP server rejected recipient <*>: <*>',
    appInvoice: 'Generated invoice <*> for order <*> (<*> pages, <*> bytes)',
    appThumb: 'Created <*> thumbnails for product <*> in <*>',
    appSync: 'Synced <*> products from supplier <*> (<*> created, <*> updated, <*> skipped)',
    appSyncFail: 'Supplier <*> feed returned HTTP <*>, will retry',
    appPayment: 'Capturing payment <*> for order <*>: <*> <*>',
    appPaymentDeclined: 'Payment <*> declined by provider: <*>',
    appCleanup: 'Deleted <*> expired sessions',
    appReport: 'Report <*> written to <*> (<*> rows)',
    appSearchIndex: 'Reindexed <*> documents into <*> in <*>',
  },
  scenario(g) {
    const hosts = ['worker-7f9c4d6b8-2xkqp', 'worker-7f9c4d6b8-h5t9w', 'worker-7f9c4d6b8-zq4mn'];
    const me = hosts[0];
    const tasks = [
      'shop.tasks.send_order_email', 'shop.tasks.generate_thumbnails', 'shop.tasks.capture_payment', 'shop.tasks.update_search_index',
      'shop.tasks.generate_invoice', 'shop.tasks.sync_supplier_feed', 'shop.tasks.cleanup_sessions', 'shop.tasks.build_sales_report',
      'celery.backend_cleanup', 'celery.chord_unlock',
    ];
    const workers = Array.from({ length: 8 }, (_, i) => ({ name: `ForkPoolWorker-${i + 1}`, pid: g.int(20, 400) }));
    let nextWorker = 9;
    const running = [];
    const orders = () => g.int(100000, 140000);
    const emails = () => g.pick(['a.lee', 'bo.chen', 'c.martin', 'dana', 'eli.k', 'f.rossi', 'g.singh']) + g.int(1, 99) + '@example.' + g.pick(['com', 'org', 'net']);
    const dur = (lo, hi) => `${(lo + g.exp((hi - lo) / 4)).toFixed(g.pick([3, 6, 9, 9]))}s`;
    const pyTs = (t = g.t) => `${g.ymdhms(t)}.${pad(g.int(0, 999999), 6)}`;
    const body = {
      'shop.tasks.send_order_email': () => { const o = orders(); const to = emails(); g.e('appEmail', g.pick(['order confirmation', 'order confirmation', 'shipping notification', 'refund']), o, to); if (g.chance(0.02)) { g.e('appEmailBounce', to, '550 5.1.1 <' + to + '>: Recipient address rejected: User unknown in virtual mailbox table'); return 'False'; } return 'None'; },
      'shop.tasks.generate_thumbnails': () => { g.e('appThumb', g.pick([3, 4, 6]), g.int(1000, 9999), `${g.float(0.1, 4, 2)}s`); return `['thumb_160.webp', 'thumb_480.webp', 'thumb_960.webp']`; },
      'shop.tasks.capture_payment': () => { const p = 'pi_' + g.b64id(24); const o = orders(); g.e('appPayment', p, o, g.float(5, 400, 2), g.pick(['EUR', 'EUR', 'USD', 'GBP'])); if (g.chance(0.04)) { g.e('appPaymentDeclined', p, g.pick(['card_declined', 'insufficient_funds', 'expired_card'])); return "{'status': 'declined'}"; } return `{'status': 'captured', 'order': ${o}}`; },
      'shop.tasks.update_search_index': () => { g.e('appSearchIndex', g.int(1, 400), 'products_v7', `${g.float(0.05, 3, 3)}s`); return 'None'; },
      'shop.tasks.generate_invoice': () => { const o = orders(); g.e('appInvoice', `INV-2024-${pad(g.int(1, 99999), 6)}`, o, g.int(1, 4), g.int(20000, 400000)); return `'s3://invoices/2024/04/${o}.pdf'`; },
      'shop.tasks.sync_supplier_feed': () => { const s = g.pick(['acme-wholesale', 'nordic-goods', 'globex']); if (g.chance(0.1)) { g.e('appSyncFail', s, g.pick([502, 503, 504])); return null; } const c = g.int(0, 40), u = g.int(0, 900), k = g.int(0, 3000); g.e('appSync', c + u + k, s, c, u, k); return `{'created': ${c}, 'updated': ${u}}`; },
      'shop.tasks.cleanup_sessions': () => { g.e('appCleanup', g.int(0, 9000)); return 'None'; },
      'shop.tasks.build_sales_report': () => { const d = g.ymd(g.t - 86400000, '-'); g.e('appReport', `sales-daily-${d}`, `s3://reports/sales/${d}.csv`, g.int(1000, 90000)); return 'True'; },
      'celery.backend_cleanup': () => 'None',
      'celery.chord_unlock': () => 'None',
    };
    const worker = () => g.pick(workers);
    const runTask = (name = null) => {
      const t = name || g.zipf(tasks.slice(0, 8), 1.0);
      const id = g.uuid();
      g.e('received', t, id);
      running.push([t, id]);
      const r = g.r();
      if (r < 0.03 && t !== 'shop.tasks.cleanup_sessions') {
        const exc = g.pick(["OperationalError('could not translate host name \"pgbouncer\" to address: Temporary failure in name resolution\\n')", "ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='api.supplier.example', port=443): Max retries exceeded with url: /v2/feed.json (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3b2c4d5e60>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))", "SMTPServerDisconnected('Connection unexpectedly closed')"]);
        g.e('retry', t, id, g.pick(['60s', '120s', '10s', '300s']), exc);
      } else if (r < 0.045) {
        g.e('raisedUnexpected', t, id, g.pick(["KeyError('sku')", "ValueError(\"invalid literal for int() with base 10: 'N/A'\")", "IntegrityError('duplicate key value violates unique constraint \"shop_invoice_order_id_key\"\\nDETAIL:  Key (order_id)=(" + orders() + ') already exists.\\n\')', "AttributeError(\"'NoneType' object has no attribute 'email'\")"]));
      } else if (r < 0.05) {
        g.e('raisedExpected', t, id, g.pick(["Reject('order already fulfilled', False)", "Ignore()"]));
      } else {
        const res = body[t]();
        if (res !== null) g.e('succeeded', t, id, t === 'shop.tasks.build_sales_report' ? dur(8, 120) : dur(0.002, 1.5), res);
        else g.e('retry', t, id, '300s', "Retry(message='supplier feed unavailable')");
      }
      running.pop();
    };
    const beat = (name, task) => { g.e('sendingDue', name, task); runTask(task); };
    const boot = (first) => {
      g.e('bnVersion', me, '5.3.6', 'emerald-rush');
      g.e('bnPlatform', 'Linux-5.15.0-105-generic-x86_64-with-glibc2.36', g.ymdhms());
      g.e('bnApp', 'shop:0x7f3c2a1b4d10');
      g.e('bnTransport', 'redis://redis-broker:6379/0');
      g.e('bnResults', 'redis://redis-broker:6379/1');
      g.e('bnConcurrency', '{min=2, max=8}', 'prefork');
      g.e('bnEvents');
      for (const q of ['celery', 'emails', 'media', 'payments', 'reports']) g.e('bnQueue', q, q, 'direct', q);
      if (first) g.e('superuser', '/usr/local/lib/python3.11/site-packages/celery/platforms.py', 829);
      g.e('retryDeprecation', '/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py', 507);
      g.e('connected', 'redis://redis-broker:6379/0');
      g.e('mingleSearch');
      g.advance(1000);
      if (first) g.e('mingleSync', 2); else g.e('mingleAlone');
      if (first) g.e('mingleDone');
      g.e('beatStart');
      g.e('ready', me);
      if (first) g.e('eventsEnabled', 'task');
    };

    drive(g, {
      gapMs: 2500,
      startup: () => boot(true),
      steady: [
        [70, () => runTask()],
        [3, () => beat('cleanup-expired-sessions', 'shop.tasks.cleanup_sessions')],
        [2, () => beat('sync-supplier-feeds', 'shop.tasks.sync_supplier_feed')],
        [1.2, () => g.e(g.chance(0.5) ? 'scaleUp' : 'scaleDown', g.int(1, 3))],
        [0.6, () => g.e('missedHeartbeat', g.pick(hosts.slice(1)))],
        [0.4, () => { const t = 'shop.tasks.build_sales_report'; const id = g.uuid(); g.e('received', t, id); g.advance(240000); g.e('softLimit', '240s', t, id); g.e('raisedUnexpected', t, id, 'SoftTimeLimitExceeded()'); }],
      ],
      rare: [
        () => beat('celery.backend_cleanup', 'celery.backend_cleanup'),
        () => beat('daily-sales-report', 'shop.tasks.build_sales_report'),
        () => { // a runaway thumbnail job is killed by the hard limit
          const t = 'shop.tasks.generate_thumbnails'; const id = g.uuid(); const w = worker();
          g.e('received', t, id); g.advance(300000);
          g.e('softLimit', '240s', t, id); g.e('hardLimit', '300s', t, id);
          g.e('procKilled', w.name, w.pid);
          w.name = `ForkPoolWorker-${nextWorker++}`; w.pid = g.int(400, 900);
        },
        () => { // the OOM killer takes a worker process
          const w = worker();
          g.e('procKilled', w.name, w.pid);
          g.e('workerLost', g.int(1, 9000));
          w.name = `ForkPoolWorker-${nextWorker++}`; w.pid = g.int(400, 900);
        },
        () => { const w = worker(); g.e('procExitcode', w.name, w.pid, 1); w.name = `ForkPoolWorker-${nextWorker++}`; },
        () => { const ids = [g.uuid(), g.uuid()]; g.e('flaggedRevoked', ids.join(', ')); g.e('discardRevoked', 'shop.tasks.generate_invoice', ids[0]); },
        () => { const id = g.uuid(); g.e('terminating', `shop.tasks.build_sales_report[${id}]`); g.e('flaggedRevoked', id); },
        () => { g.e('unregistered', 'shop.tasks.send_newsletter'); g.e('unregistered', 'shop.tasks.send_newsletter'); },
        () => g.e('unknownMsg'),
        () => g.e('chordRaised', g.uuid(), "ChordError('Dependency " + g.uuid() + " raised KeyError(\\'sku\\')')"),
        () => g.e('couldntAck', g.int(1, 90000), "'ConnectionError(\"Connection closed by server.\")'"),
        () => g.e('timeoutUp', `ForkPoolWorker-${nextWorker++}`),
        () => g.e('eventsDisabled', 'task'),
        () => { const h = hosts[2]; const d = g.int(61, 140); g.e('drift', h, d, pyTs(g.t - d * 1000), pyTs()); },
        () => { // Redis failover: broker connection lost and re-established
          g.e('brokerLost');
          for (let i = 1; i <= 3; i++) { g.e('cannotConnect', 'redis://redis-broker:6379/0', 'redis-broker', 6379); g.e('tryingAgain', (2 * i).toFixed(2), i, 100); g.advance(2000 * i); }
          g.e('redisRetryNow', 0, 20); g.e('redisRetryIn', 1, 20, '1.00');
          g.e('connected', 'redis://redis-broker:6379/0');
          g.e('mingleSearch'); g.e('mingleSync', 2); g.e('mingleDone');
        },
        () => { // deployment: warm shutdown and start of the new worker
          g.e('warmShutdown'); g.e('restoring', g.int(1, 12)); g.advance(20000); boot(false);
        },
        () => { g.e('warmShutdown'); g.e('coldShutdown'); g.e('restoring', g.int(3, 40)); g.advance(15000); boot(false); },
      ],
    });
  },
});

// ============================================================= systemd ====
// systemd 252 (Debian 12) as PID 1 on a Kubernetes worker node with
// containerd, kubelet, an nginx, a PostgreSQL backup job and the usual timers;
// only the messages of PID 1 are kept (journalctl _PID=1).
// Raw line: "Apr 16 10:00:00 node-7 systemd[1]: Started session-12.scope - Session 12 of User alice."
// -> Content is the message (timestamp, host and program[pid] split off).
SYSTEMS.push({
  name: 'systemd',
  templates: {
    // boot
    banner: 'systemd <*> running in system mode (<*>)',
    virt: 'Detected virtualization <*>.',
    arch: 'Detected architecture <*>.',
    hostname: 'Hostname set to <<*>>.',
    machineId: 'Initializing machine ID from VM UUID.',
    queued: 'Queued start job for default target <*>.',
    pidfileLegacy: '<*>:<*>: PIDFile= references a path below legacy directory /var/run/, updating <*> \u2192 <*>; please update the unit file accordingly.',
    unknownKey: "<*>:<*>: Unknown key name '<*>' in section '<*>', ignoring.",
    worldReadable: 'Configuration file <*> is marked world-inaccessible. This has no effect as configuration data is accessible via APIs without restrictions. Proceeding anyway.',
    createdSlice: 'Created slice <*> - <*>.',
    removedSlice: 'Removed slice <*> - <*>.',
    listening: 'Listening on <*> - <*>.',
    setUpAutomount: 'Set up automount <*> - <*>.',
    mounting: 'Mounting <*> - <*>...',
    mounted: 'Mounted <*> - <*>.',
    expecting: 'Expecting device <*> - <*>...',
    foundDevice: 'Found device <*> - <*>.',
    activatingSwap: 'Activating swap <*> - <*>...',
    activatedSwap: 'Activated swap <*> - <*>.',
    reachedTarget: 'Reached target <*> - <*>.',
    stoppedTarget: 'Stopped target <*> - <*>.',
    skipped: '<*> - <*> was skipped because of an unmet condition check (<*>).',
    startupFinished: 'Startup finished in <*> (kernel) + <*> (userspace) = <*>.',
    // unit lifecycle (generic)
    starting: 'Starting <*> - <*>...',
    started: 'Started <*> - <*>.',
    finished: 'Finished <*> - <*>.',
    stopping: 'Stopping <*> - <*>...',
    stopped: 'Stopped <*> - <*>.',
    reloadingUnit: 'Reloading <*> - <*>...',
    reloadedUnit: 'Reloaded <*> - <*>.',
    deactivated: '<*>: Deactivated successfully.',
    consumed: '<*>: Consumed <*> CPU time.',
    // failures
    exitedStatus: '<*>: Main process exited, code=exited, status=<*>/<*>',
    killedStatus: '<*>: Main process exited, code=killed, status=<*>/<*>',
    dumpedStatus: '<*>: Main process exited, code=dumped, status=<*>/<*>',
    controlExited: '<*>: Control process exited, code=exited, status=<*>/<*>',
    resultExit: "<*>: Failed with result 'exit-code'.",
    resultSignal: "<*>: Failed with result 'signal'.",
    resultTimeout: "<*>: Failed with result 'timeout'.",
    resultCore: "<*>: Failed with result 'core-dump'.",
    resultOom: "<*>: Failed with result 'oom-kill'.",
    resultWatchdog: "<*>: Failed with result 'watchdog'.",
    failedStart: 'Failed to start <*> - <*>.',
    failedReload: 'Failed to reload <*> - <*>.',
    restartJob: '<*>: Scheduled restart job, restart counter is at <*>.',
    tooQuickly: '<*>: Start request repeated too quickly.',
    stopTimeout: "<*>: State 'stop-sigterm' timed out. Killing.",
    startTimeout: '<*>: start operation timed out. Terminating.',
    killingProc: '<*>: Killing process <*> (<*>) with signal SIGKILL.',
    abortProc: '<*>: Killing process <*> (<*>) with signal SIGABRT.',
    stillAround: '<*>: Processes still around after SIGKILL. Ignoring.',
    oomKilled: '<*>: A process of this unit has been killed by the OOM killer.',
    watchdogTimeout: '<*>: Watchdog timeout (limit <*>)!',
    dependencyFailed: 'Dependency failed for <*> - <*>.',
    jobDependency: "<*>: Job <*>/start failed with result 'dependency'.",
    leftover: '<*>: Found left-over process <*> (<*>) in control group while starting unit. Ignoring.',
    leftoverHint: 'This usually indicates unclean termination of a previous run, or service implementation deficiencies.',
    notifyRefused: '<*>: Got notification message from PID <*>, but reception only permitted for main PID <*>',
    unsetEnv: '<*>: Referenced but unset environment variable evaluates to an empty string: <*>',
    notOurChild: "<*>: Supervising process <*> which is not our child. We'll most likely not notice when it exits.",
    cannotReload: '<*>: Unit cannot be reloaded because it is inactive.',
    // manager
    reloadRequested: "Reloading requested from client PID <*> ('<*>') (unit <*>)...",
    reloadFinished: 'Reloading finished in <*> ms.',
    reexec: 'Reexecuting requested from client PID <*> (\'<*>\') (unit <*>)...',
  },
  scenario(g) {
    const users = [['alice', 1000], ['deploy', 1001], ['bob', 1002], ['ops', 1003]];
    let session = g.int(3, 40);
    const openSessions = [];
    const cid = () => g.hex(64);
    const live = []; // container scopes and mounts
    const services = {
      'kubelet.service': 'kubelet: The Kubernetes Node Agent',
      'containerd.service': 'containerd container runtime',
      'nginx.service': 'A high performance web server and a reverse proxy server',
      'pg-backup.service': 'Nightly PostgreSQL base backup',
      'node-exporter.service': 'Prometheus exporter for machine metrics',
      'chrony.service': 'chrony, an NTP client/server',
      'ssh.service': 'OpenBSD Secure Shell server',
      'cron.service': 'Regular background program processing daemon',
      'rsyslog.service': 'System Logging Service',
      'unattended-upgrades.service': 'Unattended Upgrades Shutdown',
    };
    const timers = [
      ['sysstat-collect.service', 'system activity accounting tool', 0.5],
      ['phpsessionclean.service', 'Clean php session files', 0.1],
      ['logrotate.service', 'Rotate log files', 0.05],
      ['apt-daily.service', 'Daily apt download activities', 0.03],
      ['apt-daily-upgrade.service', 'Daily apt upgrade and clean activities', 0.03],
      ['man-db.service', 'Daily man-db regeneration', 0.03],
      ['e2scrub_all.service', 'Online ext4 Metadata Check for All Filesystems', 0.01],
      ['fstrim.service', 'Discard unused blocks on filesystems from /etc/fstab', 0.01],
      ['dpkg-db-backup.service', 'Daily dpkg database backup service', 0.02],
      ['systemd-tmpfiles-clean.service', 'Cleanup of Temporary Directories', 0.03],
      ['certbot.service', 'Certbot', 0.04],
      ['pg-backup.service', 'Nightly PostgreSQL base backup', 0.01],
    ];
    const cpu = () => g.chance(0.7) ? `${g.int(1, 999)}ms` : `${g.float(1, 90, 3)}s`;
    const oneshot = (unit, desc) => {
      g.e('starting', unit, desc);
      g.advance(g.int(50, 4000));
      g.e('deactivated', unit);
      g.e('finished', unit, desc);
      if (g.chance(0.6)) g.e('consumed', unit, cpu());
    };
    const timer = () => { const [u, d] = g.wpick(timers.map((t) => [t[2], t])); oneshot(u, d); };
    const sessionOpen = () => {
      const [name, uid] = g.zipf(users, 1.0);
      if (!openSessions.some((s) => s.uid === uid)) {
        g.e('createdSlice', `user-${uid}.slice`, `User Slice of UID ${uid}`);
        g.e('starting', `user-runtime-dir@${uid}.service`, `User Runtime Directory /run/user/${uid}`);
        g.e('finished', `user-runtime-dir@${uid}.service`, `User Runtime Directory /run/user/${uid}`);
        g.e('starting', `user@${uid}.service`, `User Manager for UID ${uid}`);
        g.e('started', `user@${uid}.service`, `User Manager for UID ${uid}`);
      }
      session++;
      g.e('started', `session-${session}.scope`, `Session ${session} of User ${name}`);
      openSessions.push({ id: session, name, uid });
    };
    const sessionClose = () => {
      if (!openSessions.length) return sessionOpen();
      const s = openSessions.splice(g.int(0, openSessions.length - 1), 1)[0];
      g.e('deactivated', `session-${s.id}.scope`);
      if (g.chance(0.5)) g.e('consumed', `session-${s.id}.scope`, cpu());
      if (!openSessions.some((o) => o.uid === s.uid)) {
        g.advance(10000);
        g.e('stopping', `user@${s.uid}.service`, `User Manager for UID ${s.uid}`);
        g.e('deactivated', `user@${s.uid}.service`);
        g.e('stopped', `user@${s.uid}.service`, `User Manager for UID ${s.uid}`);
        g.e('stopping', `user-runtime-dir@${s.uid}.service`, `User Runtime Directory /run/user/${s.uid}`);
        g.e('deactivated', `run-user-${s.uid}.mount`);
        g.e('deactivated', `user-runtime-dir@${s.uid}.service`);
        g.e('stopped', `user-runtime-dir@${s.uid}.service`, `User Runtime Directory /run/user/${s.uid}`);
        g.e('removedSlice', `user-${s.uid}.slice`, `User Slice of UID ${s.uid}`);
        if (g.chance(0.5)) g.e('consumed', `user-${s.uid}.slice`, cpu());
      }
    };
    const podUid = () => g.uuid().replace(/-/g, '_');
    const containerStart = () => {
      const id = cid();
      const pod = podUid();
      const scope = `cri-containerd-${id}.scope`;
      g.e('started', scope, 'libcontainer container ' + id);
      live.push({ id, scope, pod });
    };
    const containerStop = () => {
      if (!live.length) return containerStart();
      const c = live.splice(g.int(0, live.length - 1), 1)[0];
      g.e('deactivated', c.scope);
      if (g.chance(0.6)) g.e('consumed', c.scope, cpu());
      g.e('deactivated', `run-containerd-io.containerd.runtime.v2.task-k8s.io-${c.id}-rootfs.mount`);
      if (g.chance(0.5)) {
        g.e('deactivated', `var-lib-kubelet-pods-${c.pod.replace(/_/g, '\\x2d')}-volumes-kubernetes.io\\x7eprojected-kube\\x2dapi\\x2daccess\\x2d${g.alnum(5)}.mount`);
        g.e('deactivated', `run-containerd-io.containerd.grpc.v1.cri-sandboxes-${cid()}-shm.mount`);
        g.e('removedSlice', `kubepods-burstable-pod${c.pod}.slice`, `libcontainer container kubepods-burstable-pod${c.pod}.slice`);
      }
    };
    const podSlice = () => { const p = podUid(); g.e('createdSlice', `kubepods-burstable-pod${p}.slice`, `libcontainer container kubepods-burstable-pod${p}.slice`); containerStart(); containerStart(); };

    const boot = () => {
      g.e('banner', '252.22-1~deb12u1', '+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified');
      g.e('virt', 'kvm');
      g.e('arch', 'x86-64');
      g.e('hostname', 'node-7');
      g.e('machineId');
      g.e('pidfileLegacy', '/lib/systemd/system/nginx.service', 12, '/var/run/nginx.pid', '/run/nginx.pid');
      g.e('unknownKey', '/etc/systemd/system/pg-backup.service', 9, 'RestartSecs', 'Service');
      g.e('worldReadable', '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf');
      g.e('queued', 'graphical.target');
      for (const [u, d] of [['system-getty.slice', 'Slice /system/getty'], ['system-modprobe.slice', 'Slice /system/modprobe'], ['system-serial\\x2dgetty.slice', 'Slice /system/serial-getty'], ['user.slice', 'User and Session Slice']]) g.e('createdSlice', u, d);
      g.e('setUpAutomount', 'proc-sys-fs-binfmt_misc.automount', 'Arbitrary Executable File Formats File System Automount Point');
      g.e('expecting', 'dev-ttyS0.device', '/dev/ttyS0');
      for (const [u, d] of [['cryptsetup.target', 'Local Encrypted Volumes'], ['paths.target', 'Path Units'], ['slices.target', 'Slice Units'], ['swap.target', 'Swaps']]) g.e('reachedTarget', u, d);
      for (const [u, d] of [['syslog.socket', 'Syslog Socket'], ['systemd-journald.socket', 'Journal Socket'], ['systemd-udevd-control.socket', 'udev Control Socket'], ['dbus.socket', 'D-Bus System Message Bus Socket']]) g.e('listening', u, d);
      for (const [u, d] of [['dev-hugepages.mount', 'Huge Pages File System'], ['dev-mqueue.mount', 'POSIX Message Queue File System'], ['sys-kernel-debug.mount', 'Kernel Debug File System']]) { g.e('mounting', u, d); }
      for (const [u, d] of [['dev-hugepages.mount', 'Huge Pages File System'], ['dev-mqueue.mount', 'POSIX Message Queue File System'], ['sys-kernel-debug.mount', 'Kernel Debug File System']]) { g.e('mounted', u, d); }
      g.e('skipped', 'systemd-firstboot.service', 'First Boot Wizard', 'ConditionFirstBoot=yes');
      g.e('skipped', 'systemd-pcrphase-sysinit.service', 'TPM2 PCR Barrier (Initialization)', 'ConditionPathExists=/sys/firmware/efi/efivars/StubPcrKernelImage-4a67b082-0a4c-41cf-b6c7-440b29bb8c4f');
      for (const [u, d] of [['systemd-journald.service', 'Journal Service'], ['systemd-udevd.service', 'Rule-based Manager for Device Events and Files'], ['systemd-timesyncd.service', 'Network Time Synchronization']]) { g.e('starting', u, d); g.e('started', u, d); }
      for (const [u, d] of [['systemd-remount-fs.service', 'Remount Root and Kernel File Systems'], ['systemd-sysctl.service', 'Apply Kernel Variables'], ['systemd-tmpfiles-setup.service', 'Create Volatile Files and Directories']]) { g.e('starting', u, d); g.e('finished', u, d); }
      g.e('foundDevice', 'dev-ttyS0.device', '/dev/ttyS0');
      g.e('foundDevice', 'dev-disk-by\\x2duuid-' + g.uuid().replace(/-/g, '\\x2d') + '.device', 'QEMU_HARDDISK 1');
      g.e('activatingSwap', 'swapfile.swap', '/swapfile');
      g.e('activatedSwap', 'swapfile.swap', '/swapfile');
      for (const [u, d] of [['local-fs.target', 'Local File Systems'], ['sysinit.target', 'System Initialization'], ['timers.target', 'Timer Units'], ['sockets.target', 'Socket Units'], ['basic.target', 'Basic System'], ['network.target', 'Network'], ['network-online.target', 'Network is Online']]) g.e('reachedTarget', u, d);
      for (const u of ['chrony.service', 'rsyslog.service', 'cron.service', 'ssh.service', 'containerd.service', 'nginx.service', 'node-exporter.service', 'kubelet.service']) { g.e('starting', u, services[u]); g.e('started', u, services[u]); }
      g.e('reachedTarget', 'multi-user.target', 'Multi-User System');
      g.e('reachedTarget', 'graphical.target', 'Graphical Interface');
      g.e('startupFinished', `${g.float(1.5, 3, 3)}s`, `${g.float(8, 30, 3)}s`, `${g.float(10, 33, 3)}s`);
      for (let i = 0; i < 4; i++) podSlice();
    };
    const reload = () => {
      g.e('reloadRequested', g.int(2000, 90000), 'systemctl', `session-${session}.scope`);
      g.e('reloadFinished', g.int(150, 600));
    };

    drive(g, {
      gapMs: 20000,
      startup: boot,
      steady: [
        [28, containerStart],
        [26, containerStop],
        [10, timer],
        [6, podSlice],
        [7, sessionOpen],
        [6, sessionClose],
        [1.5, () => { const p = g.int(90000, 400000); g.e('notifyRefused', 'kubelet.service', p, g.int(800, 2000)); }],
        [1, () => g.e('started', `run-r${g.hex(32)}.scope`, `/usr/bin/systemctl start man-db-cache-update`)],
      ],
      rare: [
        reload,
        () => { reload(); reload(); },
        () => { g.e('reloadingUnit', 'nginx.service', services['nginx.service']); g.e('reloadedUnit', 'nginx.service', services['nginx.service']); },
        () => { // nginx reload with a broken config
          g.e('reloadingUnit', 'nginx.service', services['nginx.service']);
          g.e('controlExited', 'nginx.service', 1, 'FAILURE');
          g.e('failedReload', 'nginx.service', services['nginx.service']);
        },
        () => g.e('cannotReload', 'certbot.service'),
        () => { // backup job fails twice then gives up
          const u = 'pg-backup.service', d = services[u];
          g.e('unsetEnv', u, 'PGBACKUP_EXTRA_OPTS');
          for (let i = 1; i <= 3; i++) {
            g.e('starting', u, d); g.advance(g.int(2000, 9000));
            g.e('exitedStatus', u, 2, 'INVALIDARGUMENT');
            g.e('resultExit', u);
            g.e('failedStart', u, d);
            if (i < 3) { g.e('restartJob', u, i); g.e('stopped', u, d); }
          }
          g.e('tooQuickly', u); g.e('resultExit', u); g.e('failedStart', u, d);
        },
        () => { // the node exporter is OOM-killed and restarted
          const u = 'node-exporter.service', d = services[u];
          g.e('oomKilled', u); g.e('killedStatus', u, 9, 'KILL'); g.e('resultOom', u); g.e('consumed', u, cpu());
          g.e('restartJob', u, 1); g.e('stopped', u, d); g.e('starting', u, d); g.e('started', u, d);
        },
        () => { // containerd stop hangs
          const u = 'containerd.service', d = services[u];
          g.e('stopping', u, d); g.advance(90000);
          g.e('stopTimeout', u); g.e('killingProc', u, g.int(700, 900), 'containerd');
          g.e('killedStatus', u, 9, 'KILL'); g.e('resultTimeout', u);
          g.e('stillAround', u);
          g.e('stopped', u, d); g.e('consumed', u, `${g.int(1, 9)}min ${g.float(1, 59, 3)}s`);
          g.e('starting', u, d);
          g.e('leftover', u, g.int(2000, 90000), 'containerd-shim');
          g.e('leftoverHint');
          g.e('notOurChild', u, g.int(2000, 90000));
          g.e('started', u, d);
        },
        () => { const u = 'chrony.service'; g.e('watchdogTimeout', u, '3min'); g.e('abortProc', u, g.int(500, 900), 'chronyd'); g.e('dumpedStatus', u, 6, 'ABRT'); g.e('resultWatchdog', u); g.e('restartJob', u, 1); g.e('stopped', u, services[u]); g.e('starting', u, services[u]); g.e('started', u, services[u]); },
        () => { const u = 'kubelet.service'; g.e('exitedStatus', u, 1, 'FAILURE'); g.e('resultExit', u); g.e('restartJob', u, 1); g.e('stopped', u, services[u]); g.e('started', u, services[u]); },
        () => { const u = 'rsyslog.service'; g.e('killedStatus', u, 11, 'SEGV'); g.e('resultSignal', u); g.e('restartJob', u, 1); g.e('stopped', u, services[u]); g.e('started', u, services[u]); },
        () => { const u = 'nginx.service'; g.e('dumpedStatus', u, 11, 'SEGV'); g.e('resultCore', u); g.e('restartJob', u, 1); g.e('stopped', u, services[u]); g.e('starting', u, services[u]); g.e('started', u, services[u]); },
        () => { // NFS backup mount times out
          g.e('mounting', 'mnt-backup.mount', '/mnt/backup'); g.advance(90000);
          g.e('startTimeout', 'mnt-backup.mount');
          g.e('dependencyFailed', 'pg-backup.service', services['pg-backup.service']);
          g.e('jobDependency', 'pg-backup.service', 'pg-backup.service');
        },
        () => { const [u, d] = ['unattended-upgrades.service', services['unattended-upgrades.service']]; g.e('stopping', u, d); g.e('deactivated', u); g.e('stopped', u, d); g.e('stoppedTarget', 'timers.target', 'Timer Units'); g.e('reachedTarget', 'timers.target', 'Timer Units'); },
        () => { g.e('reexec', g.int(2000, 90000), 'systemctl', `session-${session}.scope`); g.e('banner', '252.22-1~deb12u1', '+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified'); g.e('virt', 'kvm'); g.e('arch', 'x86-64'); },
      ],
    });
  },
});

// =============================================================== Squid ====
// Squid 6.6 forward proxy (one worker, debug_options ALL,1) for an office
// network: Basic authentication helpers, a parent proxy, an intercepting
// port, a rock-less ufs cache_dir, periodic log rotation and reconfiguration.
// Raw line: "2024/04/16 10:00:00 kid1| WARNING: Closing client connection due to lifetime timeout"
// -> Content is the message (timestamp and "kidN|" split off). Squid writes
// context lines ("    connection: ...", "    current master transaction: ...")
// and statistics blocks as lines of their own; they keep their text without
// the indentation.
SYSTEMS.push({
  name: 'Squid',
  templates: {
    // startup
    starting: 'Starting Squid Cache version <*> for <*>...',
    serviceName: 'Service Name: <*>',
    processId: 'Process ID <*>',
    processRoles: 'Process Roles: <*>',
    fds: 'With <*> file descriptors available',
    ipCache: 'Initializing IP Cache...',
    dns6: 'DNS IPv6 socket created at [<*>], FD <*>',
    dns4: 'DNS IPv4 socket created at <*>, FD <*>',
    nameserver: 'Adding nameserver <*> from <*>',
    domain: 'Adding domain <*> from <*>',
    helperStart: "helperOpenServers: Starting <*>/<*> '<*>' processes",
    logOpen: 'Logfile: opening log <*>',
    logDaemonOpen: 'Logfile Daemon: opening log <*>',
    digest: 'Local cache digest enabled; rebuild/rewrite every <*>/<*> sec',
    storeLogging: 'Store logging disabled',
    swapMax: 'Swap maxSize <*> + <*> KB, estimated <*> objects',
    buckets: 'Target number of buckets: <*>',
    storeBuckets: 'Using <*> Store buckets',
    maxMem: 'Max Mem  size: <*> KB',
    maxSwap: 'Max Swap size: <*> KB',
    rebuildClean: 'Rebuilding storage in <*> (clean log)',
    rebuildDirty: 'Rebuilding storage in <*> (dirty log)',
    leastLoad: 'Using Least Load store dir selection',
    setCwd: 'Set Current Directory to <*>',
    mime: 'Finished loading MIME types and icons.',
    htcp: 'HTCP Disabled.',
    pinger: 'Pinger socket opened on FD <*>',
    modules: 'Squid plugin modules loaded: <*>',
    adaptation: 'Adaptation support is off.',
    acceptHttp: 'Accepting HTTP Socket connections at conn<*> local=[<*>]:<*> remote=[<*>] FD <*> flags=<*>',
    acceptIntercept: 'Accepting NAT intercepted HTTP Socket connections at conn<*> local=<*>:<*> remote=[<*>] FD <*> flags=<*>',
    maxObjWarn: 'WARNING: disk-cache maximum object size is too large for mem-cache: <*> KB > <*> KB',
    doneReading: 'Done reading <*> swaplog (<*> entries)',
    finishedRebuild: 'Finished rebuilding storage from disk.',
    rbScanned: '<*> Entries scanned',
    rbInvalid: '<*> Invalid entries',
    rbFlags: '<*> With invalid flags',
    rbLoaded: '<*> Objects loaded',
    rbExpired: '<*> Objects expired',
    rbCanceled: '<*> Objects canceled',
    rbDuplicate: '<*> Duplicate URLs purged',
    rbClashes: '<*> Swapfile clashes avoided',
    rbTook: 'Took <*> seconds (<*> objects/sec).',
    validationBegin: 'Beginning Validation Procedure',
    validationDone: 'Completed Validation Procedure',
    validated: 'Validated <*> Entries',
    swapSize: 'store_swap_size = <*> KB',
    lateRelease: 'storeLateRelease: released <*> objects',
    // steady state warnings and errors
    lifetimeTimeout: 'WARNING: Closing client connection due to lifetime timeout',
    ctxConnection: 'connection: conn<*> local=<*>:<*> remote=<*>:<*> FD <*> flags=<*>',
    ctxMaster: 'current master transaction: master<*>',
    tlsAccept: 'ERROR: failure while accepting a TLS connection on conn<*> local=<*>:<*> remote=<*>:<*> FD <*> flags=<*>: <*>',
    kickAbandon: 'kick abandoning conn<*> local=<*>:<*> remote=<*>:<*> FD <*> flags=<*>',
    selectSource: "Failed to select source for '<*>'",
    alwaysDirect: 'always_direct = <*>',
    neverDirect: 'never_direct = <*>',
    timedout: 'timedout = <*>',
    tcpPeerFail: 'TCP connection to <*>/<*> failed',
    peerDead: 'Detected DEAD Parent: <*>',
    peerRevived: 'Detected REVIVED Parent: <*>',
    noAddress: "ipcacheParse: No Address records in response to '<*>'",
    invalidNoData: 'WARNING: HTTP: Invalid Response: No object data received for <*> AKA <*>',
    invalidHeader: 'WARNING: HTTP: Invalid Response: Bad header encountered from <*> AKA <*>',
    forgery: 'SECURITY ALERT: Host header forgery detected on conn<*> local=<*>:<*> remote=<*>:<*> FD <*> flags=<*> (local IP does not match any domain IP)',
    forgeryUrl: 'SECURITY ALERT: on URL: <*>',
    urlTooLarge: 'urlParse: URL too large (<*> bytes)',
    helpersBusy: 'WARNING: All <*>/<*> <*> processes are busy.',
    pendingQueued: 'WARNING: <*> pending requests queued',
    considerIncreasing: 'WARNING: Consider increasing the number of <*> processes in your config file.',
    helperExited: 'WARNING: <*> #Hlpr<*> exited',
    tooFewHelpers: 'Too few <*> processes are running (need <*>/<*>)',
    startingHelpers: 'Starting new <*> helpers...',
    aioCongestion: 'squidaio_queue_request: WARNING - Queue congestion (growing to <*>)',
    fdShortage: 'WARNING! Your cache is running out of filedescriptors',
    netdbSaved: 'NETDB state saved; <*> entries, <*> msec',
    // rotation and reconfiguration
    cleanLogsStart: 'storeDirWriteCleanLogs: Starting...',
    cleanLogsWrote: 'Finished.  Wrote <*> entries.',
    cleanLogsTook: 'Took <*> seconds (<*> entries/sec).',
    logRotate: 'Logfile: closing log <*>',
    reconfiguring: 'Reconfiguring Squid Cache (version <*>)...',
    closingPort: 'Closing HTTP(S) port [<*>]:<*>',
    processingFile: 'Processing Configuration File: <*> (depth <*>)',
    processing: 'Processing: <*>',
    writeError: 'logfileHandleWrite: <*>: error writing ((32) Broken pipe)',
    // shutdown and crash
    preparing: 'Preparing for shutdown after <*> requests',
    waitingConns: 'Waiting <*> seconds for active connections to finish',
    shutdownBasic: 'Shutdown: Basic authentication.',
    closingPinger: 'Closing Pinger socket on FD <*>',
    notOkRewrite: 'Not currently OK to rewrite swap log.',
    cleanLogsAborted: 'storeDirWriteCleanLogs: Operation aborted.',
    exiting: 'Squid Cache (Version <*>): Exiting normally.',
    segv: 'FATAL: Received Segment Violation...dying.',
    abnormal: 'Squid Cache (Version <*>): Terminated abnormally.',
    cpuUsage: 'CPU Usage: <*> seconds = <*> user + <*> sys',
    maxRss: 'Maximum Resident Size: <*> KB',
    pageFaults: 'Page faults with physical i/o: <*>',
  },
  scenario(g) {
    const VER = '6.6';
    const me = '10.20.0.5';
    const clients = Array.from({ length: 40 }, () => g.ip('10.20.8'));
    const parent = '10.20.0.9';
    const sites = ['www.example.com', 'cdn.example.net', 'updates.example.org', 'api.example.io', 'news.example', 'intranet.corp.example', 'downloads.example.net', 'mail.example.com', 'video.example', 'static.example.org'];
    let conn = g.int(100, 900);
    let master = g.int(50, 400);
    let requests = 0;
    const fd = () => g.int(14, 900);
    const client = () => g.zipf(clients, 0.9);
    const ctx = () => {
      g.e('ctxConnection', ++conn, me, 3128, client(), g.eport(), fd(), 1);
      g.e('ctxMaster', ++master);
    };
    const rebuildStats = (dirty) => {
      const n = g.int(200000, 600000);
      g.e('rbScanned', n);
      g.e('rbInvalid', dirty ? g.int(1, 40) : 0);
      g.e('rbFlags', 0);
      g.e('rbLoaded', n - g.int(0, 900));
      g.e('rbExpired', 0);
      g.e('rbCanceled', 0);
      g.e('rbDuplicate', dirty ? g.int(1, 900) : 0);
      g.e('rbClashes', 0);
      g.e('rbTook', g.float(0.5, 9, 2), g.float(50000, 300000, 1));
      return n;
    };
    const boot = (dirty) => {
      g.e('starting', VER, 'x86_64-pc-linux-gnu');
      g.e('serviceName', 'squid');
      g.e('processId', g.int(900, 40000));
      g.e('processRoles', 'worker');
      g.e('fds', 65536);
      g.e('ipCache');
      g.e('dns6', '::', 8);
      g.e('dns4', '0.0.0.0', 9);
      g.e('nameserver', '10.20.0.2', '/etc/resolv.conf');
      g.e('nameserver', '10.20.0.3', '/etc/resolv.conf');
      g.e('domain', 'corp.example', '/etc/resolv.conf');
      g.e('helperStart', 5, 20, 'basic_ncsa_auth');
      g.e('logOpen', 'daemon:/var/log/squid/access.log');
      g.e('logDaemonOpen', '/var/log/squid/access.log');
      g.e('digest', 3600, 3600);
      g.e('storeLogging');
      g.e('swapMax', 10240000, 262144, 807876);
      g.e('buckets', 40393);
      g.e('storeBuckets', 65536);
      g.e('maxMem', 262144);
      g.e('maxSwap', 10240000);
      g.e(dirty ? 'rebuildDirty' : 'rebuildClean', '/var/spool/squid');
      g.e('leastLoad');
      g.e('setCwd', '/var/spool/squid');
      g.e('mime');
      g.e('htcp');
      g.e('pinger', 15);
      g.e('modules', 0);
      g.e('adaptation');
      g.e('acceptHttp', ++conn, '::', 3128, '::', 12, 9);
      g.e('acceptIntercept', ++conn, '0.0.0.0', 3129, '::', 13, 41);
      g.e('maxObjWarn', '4194304.00', '512.00');
      g.advance(1500);
      g.e('doneReading', '/var/spool/squid', g.int(200000, 600000));
      g.e('finishedRebuild');
      const n = rebuildStats(dirty);
      g.e('validationBegin');
      g.e('validationDone');
      g.e('validated', n);
      g.e('swapSize', g.int(6000000, 9800000));
      g.e('lateRelease', 0);
    };
    const reconfigure = () => {
      g.e('reconfiguring', VER);
      g.e('closingPort', '::', 3128);
      g.e('logRotate', 'daemon:/var/log/squid/access.log');
      g.e('processingFile', '/etc/squid/squid.conf', 0);
      for (const d of ['acl localnet src 10.0.0.0/8', 'acl SSL_ports port 443', 'acl Safe_ports port 80 21 443 70 210 1025-65535 280 488 591 777', 'auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwd', 'auth_param basic children 20 startup=5 idle=1', 'acl authenticated proxy_auth REQUIRED', 'http_access deny !Safe_ports', 'http_access deny CONNECT !SSL_ports', 'http_access allow localnet authenticated', 'http_access deny all', 'cache_peer 10.20.0.9 parent 3128 0 no-query default', 'http_port 3128', 'http_port 3129 intercept', 'cache_dir ufs /var/spool/squid 10000 16 256', 'client_lifetime 8 hours', 'coredump_dir /var/spool/squid', 'refresh_pattern ^ftp: 1440 20% 10080', 'refresh_pattern . 0 20% 4320']) g.e('processing', d);
      g.e('helperStart', 5, 20, 'basic_ncsa_auth');
      g.e('logOpen', 'daemon:/var/log/squid/access.log');
      g.e('acceptHttp', ++conn, '::', 3128, '::', 12, 9);
      g.e('acceptIntercept', ++conn, '0.0.0.0', 3129, '::', 13, 41);
    };
    const rotate = () => {
      g.e('cleanLogsStart');
      const n = g.int(200000, 600000);
      g.e('cleanLogsWrote', n);
      g.e('cleanLogsTook', g.float(0.1, 2, 2), g.float(100000, 900000, 1));
      g.e('logRotate', 'daemon:/var/log/squid/access.log');
      g.e('logOpen', 'daemon:/var/log/squid/access.log');
      if (g.chance(0.5)) g.e('logDaemonOpen', '/var/log/squid/access.log');
    };
    const helperBurst = () => {
      g.e('helpersBusy', 20, 20, 'basic_ncsa_auth');
      g.e('pendingQueued', g.int(3, 60));
      g.e('considerIncreasing', 'basic_ncsa_auth');
    };
    const selectFail = () => {
      g.e('selectSource', `${g.pick(['http', 'https'])}://${g.zipf(sites, 0.9)}/${g.pick(['', 'index.html', 'assets/app.js', 'v1/status', 'feed.xml'])}`);
      g.e('alwaysDirect', 'DENIED');
      g.e('neverDirect', 'DENIED');
      g.e('timedout', 0);
    };
    const shutdown = () => {
      g.e('preparing', requests + g.int(10000, 90000));
      g.e('waitingConns', 30);
      g.e('closingPort', '::', 3128);
      g.advance(30000);
      g.e('shutdownBasic');
      g.e('closingPinger', 15);
      g.e('notOkRewrite');
      g.e('cleanLogsAborted');
      g.e('logRotate', 'daemon:/var/log/squid/access.log');
      const u = g.float(100, 900, 3), s = g.float(50, 400, 3);
      g.e('cpuUsage', (Number(u) + Number(s)).toFixed(3), u, s);
      g.e('maxRss', g.int(200000, 900000));
      g.e('pageFaults', g.int(0, 20));
      g.e('exiting', VER);
    };

    drive(g, {
      gapMs: 60000,
      startup: () => boot(false),
      steady: [
        [40, () => { g.e('lifetimeTimeout'); ctx(); requests += g.int(100, 2000); }],
        [14, () => { g.e('tlsAccept', ++conn, me, 3128, client(), g.eport(), fd(), 1, g.pick(['SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000417+TLS_IO_ERR=1', 'SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000416+TLS_IO_ERR=1', 'SQUID_TLS_ERR_ACCEPT+TLS_IO_ERR=5+errno=104'])); g.e('ctxMaster', ++master); }],
        [8, () => { g.e('kickAbandon', ++conn, me, 3128, client(), g.eport(), fd(), 1); }],
        [6, () => g.e('netdbSaved', g.int(300, 900), g.int(3, 40))],
        [5, selectFail],
        [4, () => { const s = g.zipf(sites, 0.9); const url = `http://${s}/${g.pick(['favicon.ico', 'health', 'api/v2/ping', 'robots.txt'])}`; g.e('invalidNoData', url, s + url.replace(/^http:\/\/[^/]+/, '')); ctx(); }],
        [3, () => g.e('noAddress', g.pick(['wpad.corp.example', 'tracker.example.invalid', 'printer-3.corp.example', 'old-intranet.corp.example']))],
        [2, helperBurst],
        [1.5, () => { g.e('forgery', ++conn, g.ip('203.0.113'), 443, client(), g.eport(), fd(), 33); g.e('forgeryUrl', `${g.zipf(sites, 0.9)}:443`); g.e('ctxMaster', ++master); }],
        [1, () => { const s = g.zipf(sites, 0.9); const url = `http://${s}/cgi-bin/status`; g.e('invalidHeader', url, s + '/cgi-bin/status'); ctx(); }],
        [1, rotate],
      ],
      rare: [
        () => { g.e('tcpPeerFail', parent, 3128); g.e('tcpPeerFail', parent, 3128); g.e('peerDead', parent); selectFail(); selectFail(); g.advance(60000); g.e('peerRevived', parent); },
        () => g.e('urlTooLarge', g.int(8193, 20000)),
        () => { g.e('helperExited', 'basicauthenticator', g.int(1, 20)); g.e('tooFewHelpers', 'basicauthenticator', 1, 20); g.e('startingHelpers', 'basicauthenticator'); g.e('helperStart', 1, 20, 'basic_ncsa_auth'); },
        () => { g.e('aioCongestion', 128); g.e('aioCongestion', 256); },
        () => g.e('fdShortage'),
        () => g.e('writeError', 'daemon:/var/log/squid/access.log'),
        reconfigure,
        () => { helperBurst(); helperBurst(); helperBurst(); },
        () => { // crash and restart by systemd
          g.e('segv');
          const u = g.float(100, 900, 3), s = g.float(50, 400, 3);
          g.e('cpuUsage', (Number(u) + Number(s)).toFixed(3), u, s);
          g.e('maxRss', g.int(200000, 900000));
          g.e('pageFaults', g.int(0, 20));
          g.e('abnormal', VER);
          g.advance(5000);
          boot(true);
        },
        () => { shutdown(); g.advance(20000); boot(false); },
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
