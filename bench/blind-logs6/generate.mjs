#!/usr/bin/env node
// Deterministic generator for the blind-logs6 log template mining benchmark.
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
const SEED = 0x5eed2806;
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
// ============================================================= Traefik ====
// Traefik 3.0 (zerolog console format, level DEBUG on some lines) in front of
// Docker containers and a file provider, with Let's Encrypt (TLS-ALPN-01).
// Raw line: '2024-04-16T10:00:00Z ERR github.com/traefik/traefik/v3/pkg/provider/docker/pdocker.go:134 > Provider error, retrying in 1.23s error="..." providerName=docker'
// -> Content is the message and the fields after it: timestamp, level and
// the caller "file.go:line >" are the header. legolog's "[INFO] [domain]"
// prefix is part of the message text and stays.
const TR_CTX = 'entryPointName=<*> routerName=<*>';
SYSTEMS.push({
  name: 'Traefik',
  templates: {
    version: 'Traefik version <*> built on <*> version=<*>',
    stats: 'Stats collection is enabled.',
    thanks: "Many thanks for contributing to Traefik's improvement by allowing us to receive anonymous information from your configuration.",
    helpUs: 'Help us improve Traefik by leaving this feature on :)',
    moreDetails: 'More details on: <*>',
    startAggregator: 'Starting provider aggregator <*>',
    startProvider: 'Starting provider <*>',
    startTcp: 'Starting TCP Server entryPointName=<*>',
    noDefaultCert: 'No default certificate, fallback to the internal generated certificate tlsStoreName=<*>',
    acmeBuild: 'Building ACME client... providerName=<*>',
    acmeRegister: 'Register... providerName=<*>',
    acmeTesting: 'Testing certificate renew... acmeCA=<*> providerName=<*>',
    confReceived: 'Configuration received config={<*>} providerName=<*>',
    confSkipped: 'Skipping unchanged configuration providerName=<*>',
    filteringDisabled: 'Filtering disabled container container=<*> providerName=<*>',
    filteringUnhealthy: 'Filtering unhealthy or starting container container=<*> providerName=<*>',
    portMissing: 'service "<*>" error: port is missing container=<*> providerName=<*>',
    noIp: 'service "<*>" error: unable to find the IP address for the container "/<*>": the server is ignored container=<*> providerName=<*>',
    addingRoute: 'Adding route for <*> with TLS options <*> ' + TR_CTX,
    creatingMw: 'Creating middleware ' + TR_CTX.replace(' ', ' middlewareName=<*> middlewareType=<*> '),
    mwMissing: 'middleware "<*>" does not exist ' + TR_CTX,
    svcMissing: 'the service "<*>" does not exist ' + TR_CTX,
    serversEmpty: 'Cannot create service error="servers are empty" ' + TR_CTX + ' serviceName=<*>',
    hcFailed: 'Health check failed. error="<*>" targetURL=http://<*>:<*>',
    hcUp: 'Health check up: returning to server list. Backend: "<*>" URL: "http://<*>:<*>" Weight: <*>',
    hcDown: 'Health check failed, removing from server list. Backend: "<*>" URL: "http://<*>:<*>" Weight: <*>',
    s499: "'499 Client Closed Request' caused by: context canceled",
    s502: "'502 Bad Gateway' caused by: dial tcp <*>:<*>: connect: connection refused",
    s502eof: "'502 Bad Gateway' caused by: EOF",
    s504: "'504 Gateway Timeout' caused by: net/http: timeout awaiting response headers",
    s500: "'500 Internal Server Error' caused by: <*>",
    tlsHandshake: 'http: TLS handshake error from <*>:<*>: <*>',
    peekError: 'Error while peeking first byte: read tcp <*>:<*>-><*>:<*>: read: connection reset by peer',
    addingCert: 'Adding certificate for domain(s) <*>',
    skippingCert: 'Skipping addition of certificate for domain(s) "<*>", to TLS Store <*>, as it already exists for this store.',
    renewing: 'Renewing certificate from LE : {Main:<*> SANs:[]}',
    acmeFail: 'Unable to obtain ACME certificate for domains "<*>" error="<*>" acmeCA=<*> providerName=<*>',
    legoObtain: 'legolog: [INFO] [<*>] acme: Obtaining bundled SAN certificate',
    legoAuthz: 'legolog: [INFO] [<*>] AuthURL: <*>',
    legoSolver: 'legolog: [INFO] [<*>] acme: use tls-alpn-01 solver',
    legoTrying: 'legolog: [INFO] [<*>] acme: Trying to solve TLS-ALPN-01',
    legoValidated: 'legolog: [INFO] [<*>] The server validated our request',
    legoOk: 'legolog: [INFO] [<*>] acme: Validations succeeded; requesting certificates',
    legoCert: 'legolog: [INFO] [<*>] Server responded with a certificate.',
    legoRenewal: 'legolog: [INFO] [<*>] acme: Trying renewal with <*> hours remaining',
    providerError: 'Provider error, retrying in <*> error="<*>" providerName=<*>',
    providerConn: 'Provider connection error error="<*>" providerName=<*>',
    haveToGo: 'I have to go...',
    stopping: 'Stopping server gracefully',
    waiting: 'Waiting <*> seconds before killing connections entryPointName=<*>',
    epClosed: 'Entry point closed entryPointName=<*>',
    serverStopped: 'Server stopped',
    shuttingDown: 'Shutting down',
    acceptClosed: 'Error while starting server: accept tcp [::]:<*>: use of closed network connection entryPointName=<*>',
    fileWatch: 'Error while building configuration (for the first time) error="<*>" providerName=<*>',
    fileReload: 'Provider event received {Name:<*> Op:WRITE} providerName=<*>',
  },
  scenario(g) {
    const VER = '3.0.0', EPS = ['web', 'websecure', 'traefik'];
    const domains = ['app.example.com', 'api.example.com', 'grafana.example.com', 'git.example.com', 'status.example.com', 'docs.example.com', 'shop.example.org', 'auth.example.com', 'files.example.net'];
    const svcs = domains.map((d, i) => ({ name: d.split('.')[0], domain: d, ip: `10.7.0.${10 + i * 3}`, port: g.pick([80, 8080, 3000, 8000, 9000]), up: true }));
    const clients = Array.from({ length: 30 }, () => g.chance(0.5) ? g.ip('198.51.100') : g.chance(0.5) ? g.ip('203.0.113') : g.ip('10.7.1'));
    const cname = (s) => `${s.name}-${g.pick(['1', '1', '2'])}`;
    const prov = (s) => `${s.name}@docker`;
    let cfgN = 0;
    const confReceived = () => { cfgN++; const s = g.zipf(svcs, 1); g.e('confReceived', `"http":{"routers":{"${s.name}":{"service":"${s.name}","rule":"Host(\`${s.domain}\`)"}}}`, g.pick(['docker', 'docker', 'file'])); };
    const boot = () => {
      g.e('version', VER, g.pick(['2024-04-29T14:25:59Z']), VER);
      g.e('stats'); g.e('thanks'); g.e('helpUs'); g.e('moreDetails', 'https://doc.traefik.io/traefik/contributing/data-collection/');
      g.e('startAggregator', 'aggregator.ProviderAggregator');
      for (const p of ['*file.Provider', '*traefik.Provider', '*docker.Provider', '*acme.ChallengeTLSALPN', '*acme.Provider']) g.e('startProvider', p);
      g.e('acmeTesting', 'https://acme-v02.api.letsencrypt.org/directory', 'letsencrypt.acme');
      g.e('acmeBuild', 'letsencrypt.acme'); g.e('acmeRegister', 'letsencrypt.acme');
      for (const ep of EPS) g.e('startTcp', ep);
      g.e('noDefaultCert', 'default');
      for (const s of svcs.slice(0, 4)) { g.e('addingRoute', s.domain, 'default', 'websecure', prov(s)); }
      g.e('creatingMw', 'websecure', 'secure-headers@file', 'Headers', prov(svcs[0]));
      g.e('creatingMw', 'websecure', 'ratelimit@file', 'RateLimiter', prov(svcs[1]));
      confReceived();
    };
    const errs502 = () => { const s = g.zipf(svcs, 0.8); if (!s.up || g.chance(0.3)) g.e('s502', s.ip, s.port); else g.e(g.pick(['s499', 's499', 's502eof', 's504']), ...[]); };
    const tls = () => g.e('tlsHandshake', g.zipf(clients, 1), g.eport(), g.pick(['EOF', 'remote error: tls: unknown certificate', 'tls: client offered only unsupported versions: [302 301]', 'read tcp 10.7.0.2:443->' + g.zipf(clients, 1) + ':' + g.eport() + ': read: connection reset by peer', 'tls: first record does not look like a TLS handshake']));
    drive(g, {
      gapMs: 20000,
      startup: boot,
      steady: [
        [20, errs502],
        [14, tls],
        [8, () => g.e('peekError', '10.7.0.2', 443, g.zipf(clients, 1), g.eport())],
        [10, () => { const s = g.zipf(svcs, 1); if (g.chance(0.5)) confReceived(); else g.e('confSkipped', 'docker'); }],
        [5, () => { const s = g.zipf(svcs.slice(3), 1); g.e('filteringUnhealthy', cname(s), 'docker'); }],
        [3, () => g.e('filteringDisabled', g.pick(['watchtower', 'postgres-1', 'redis-1', 'backup-cron']), 'docker')],
        [6, () => { const s = g.zipf(svcs, 1.3); if (s.up && g.chance(0.2)) { s.up = false; g.e('hcDown', s.name + '@docker', s.ip, s.port, 1); } else if (!s.up) { if (g.chance(0.5)) { g.e('hcFailed', `HTTP request failed: Get \\"http://${s.ip}:${s.port}/health\\": dial tcp ${s.ip}:${s.port}: connect: connection refused`, s.ip, s.port); } else { s.up = true; g.e('hcUp', s.name + '@docker', s.ip, s.port, 1); } } else g.e('hcFailed', `received error status code: ${g.pick([500, 503])}`, s.ip, s.port); }],
        [3, () => { const s = g.zipf(svcs, 1); g.e('mwMissing', 'auth@file', 'websecure', prov(s)); }],
        [2, () => g.e('s500', g.pick(['net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x00\\x00\\x12"', 'http: server closed idle connection']))],
      ],
      rare: [
        () => { const s = svcs[5]; g.e('svcMissing', s.name + '@docker', 'websecure', prov(s)); g.e('serversEmpty', 'websecure', prov(s), s.name + '@docker'); },
        () => { const s = svcs[6]; g.e('portMissing', s.name, cname(s), 'docker'); },
        () => { const s = svcs[7]; g.e('noIp', s.name, cname(s), cname(s), 'docker'); },
        () => { const d = svcs[8].domain; g.e('legoObtain', d); g.e('legoAuthz', d, `https://acme-v02.api.letsencrypt.org/acme/authz-v3/${g.int(3e11, 4e11)}`); g.e('legoSolver', d); g.e('legoTrying', d); g.e('legoValidated', d); g.e('legoOk', d); g.e('legoCert', d); g.e('addingCert', d); },
        () => { const d = svcs[1].domain; g.e('renewing', d); g.e('legoRenewal', d, g.int(600, 720)); g.e('legoObtain', d); g.e('legoSolver', d); g.e('legoTrying', d); g.e('legoValidated', d); g.e('legoOk', d); g.e('legoCert', d); g.e('skippingCert', d, 'default'); },
        () => { const d = 'old.example.org'; g.e('acmeFail', d, `unable to generate a certificate for the domains [${d}]: error: one or more domains had a problem:\\n[${d}] acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up A for ${d}`, 'https://acme-v02.api.letsencrypt.org/directory', 'letsencrypt.acme'); },
        () => { // docker daemon restart
          for (let i = 0; i < 3; i++) { g.e(i ? 'providerError' : 'providerConn', ...(i ? [goDur(g.float(0.5, 4, 3) * 1), 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', 'docker'] : ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', 'docker'])); g.advance(3000); }
          confReceived();
        },
        () => { g.e('fileReload', '/etc/traefik/dynamic/middlewares.yml', 'file'); g.e('fileWatch', 'yaml: line 14: did not find expected key', 'file'); g.advance(60000); g.e('fileReload', '/etc/traefik/dynamic/middlewares.yml', 'file'); g.e('confReceived', '"http":{"middlewares":{"ratelimit":{"rateLimit":{"average":100}}}}', 'file'); },
        () => { g.e('haveToGo'); g.e('stopping'); for (const ep of EPS) g.e('waiting', 10, ep); for (const ep of EPS) { g.e('acceptClosed', ep === 'web' ? 80 : ep === 'websecure' ? 443 : 8080, ep); g.e('epClosed', ep); } g.e('serverStopped'); g.e('shuttingDown'); g.advance(4000); boot(); },
      ],
    });
  },
});

// ============================================================= Grafana ====
// Grafana 10.4 (logfmt) with a PostgreSQL database, Prometheus and Loki data
// sources, unified alerting and LDAP/OAuth login.
// Raw line: 'logger=context userId=3 orgId=1 uname=alice t=2024-04-16T10:00:00.123456789Z level=info msg="Request Completed" method=GET path=/api/live/ws status=-1 ...'
// -> Content is "msg=..." and the keys after it; logger=, t= and level= are
// the header (Grafana writes logger= first, then its context keys, t= and
// level=; the request-context keys userId=/orgId=/uname= are left out here).
SYSTEMS.push({
  name: 'Grafana',
  templates: {
    starting: 'msg="Starting Grafana" version=<*> commit=<*> branch=<*> compiled=<*>',
    cfgOverride: 'msg="Config overridden from Environment variable" var="<*>"',
    cfgLoaded: 'msg="Config loaded from" file=<*>',
    pathHome: 'msg="Path Home" path=<*>',
    pathData: 'msg="Path Data" path=<*>',
    pathLogs: 'msg="Path Logs" path=<*>',
    pathPlugins: 'msg="Path Plugins" path=<*>',
    appMode: 'msg="App mode <*>"',
    connecting: 'msg="Connecting to DB" dbtype=<*>',
    migStart: 'msg="Starting DB migrations"',
    migDone: 'msg="migrations completed" performed=<*> skipped=<*> duration=<*>',
    lockDb: 'msg="Locking database"',
    unlockDb: 'msg="Unlocking database"',
    pluginReg: 'msg="Plugin registered" pluginId=<*>',
    pluginLoad: 'msg="Plugins loaded" count=<*> duration=<*>',
    httpListen: 'msg="HTTP Server Listen" address=[<*>]:<*> protocol=<*> subUrl= socket=',
    alertStart: 'msg="Starting scheduler" tickInterval=<*> maxAttempts=<*>',
    warmingCache: 'msg="Warming state cache for startup"',
    stateCache: 'msg="State cache has been initialized" states=<*> duration=<*>',
    ticker: 'msg="starting" first_tick=<*>',
    requestCompleted: 'msg="Request Completed" method=<*> path=<*> status=<*> remote_addr=<*> time_ms=<*> duration=<*> size=<*> referer=<*> handler=<*> status_source=<*>',
    requestCompletedNoRef: 'msg="Request Completed" method=<*> path=<*> status=<*> remote_addr=<*> time_ms=<*> duration=<*> size=<*> referer= handler=<*> status_source=<*>',
    loginOk: 'msg="Successful Login" User=<*>',
    loginFailed: 'msg="Invalid username or password" error="<*>" remote_addr=<*>',
    ldapNotFound: 'msg="Could not find user in LDAP" username=<*>',
    oauthFail: 'msg="login.OAuthLogin(NewTransportWithCode)" error="<*>"',
    tokenRotate: 'msg="Rotated user auth token" userId=<*> tokenId=<*>',
    tokenRevoked: 'msg="Failed to look up user based on cookie" error="user token not found"',
    cleanup: 'msg="Completed cleanup jobs" duration=<*>',
    cleanupExpired: 'msg="Expired snapshots deleted" count=<*>',
    usageStats: 'msg="Update check succeeded" duration=<*>',
    updateFailed: 'msg="Update check failed" error="<*>" duration=<*>',
    dsQueryErr: 'msg="Query data error" error="<*>" datasource=<*> refId=<*>',
    dsProxyErr: 'msg="Proxy request failed" error="<*>" datasource=<*>',
    dsHealth: 'msg="Datasource health check failed" error="<*>" uid=<*>',
    ruleEvalFail: 'msg="Failed to evaluate rule" rule_uid=<*> org_id=<*> version=<*> attempt=<*> now=<*> error="<*>"',
    ruleStateChange: 'msg="Sending alerts to local notifier" rule_uid=<*> org_id=<*> version=<*> attempt=<*> now=<*> count=<*>',
    notifyOk: 'msg="Notify success" receiver=<*> integration=<*>',
    notifyFail: 'msg="Notify for alerts failed" receiver=<*> integration=<*> error="<*>"',
    aggregated: 'msg="flushing" groupKey="<*>" alerts=<*>',
    dbLocked: 'msg="Database locked, sleeping then retrying" error="database is locked" retry=<*> code="<*>"',
    dbConnFail: 'msg="Failed to ping database" error="<*>"',
    renderNoPlugin: 'msg="Rendering failed - you must install the Grafana Image Renderer plugin"',
    liveConn: 'msg="Initialized channel handler" channel=<*> address=<*>',
    wsClosed: 'msg="Client disconnected" reason="<*>" client=<*>',
    dashboardSaved: 'msg="Dashboard saved" uid=<*> version=<*> folderUid=<*>',
    provDashboards: 'msg="starting to provision dashboards"',
    provDone: 'msg="finished to provision dashboards"',
    provAlerting: 'msg="starting to provision alerting"',
    provAlertDone: 'msg="finished to provision alerting"',
    shutdown: 'msg="Shutdown started" reason="<*>"',
    stopped: 'msg="stopped" reason="<*>"',
    panicRecover: 'msg="Request error" error="<*>"',
    tooManyLogins: 'msg="Too many consecutive incorrect login attempts for user - login for user temporarily blocked" username=<*>',
  },
  scenario(g) {
    const VER = '10.4.2', COMMIT = '701c851be7', DB = 'postgres';
    const users = ['admin', 'alice', 'bob', 'carol.ops', 'dave', 'erin.sre', 'frank', 'grace', 'heidi.dev', 'ivan', 'judy', 'ken.qa'];
    const uids = users.map((_, i) => i + 1);
    const ds = [['prometheus', 'P1809F7CD0C75ACF3'], ['loki', 'P8E80F9AEF21F6940'], ['postgres-app', 'PA3C5E1B0D2F4A601']];
    const dashes = Array.from({ length: 14 }, () => g.alnum(9, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'));
    const rules = Array.from({ length: 10 }, () => ({ uid: g.alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), v: g.int(1, 12), firing: false }));
    const ips = Array.from({ length: 20 }, () => g.chance(0.7) ? g.ip('10.20') : g.ip('198.51.100'));
    const tokens = new Map();
    const ms = () => g.int(1, 80);
    const req = () => {
      const u = g.zipf(uids, 1), ip = g.zipf(ips, 1), t = g.chance(0.9) ? ms() : g.int(200, 4000);
      const [m, p, h, st] = g.wpick([
        [30, ['POST', '/api/ds/query', '/api/ds/query', 200]],
        [12, ['GET', `/api/dashboards/uid/${g.zipf(dashes, 1)}`, '/api/dashboards/uid/:uid', 200]],
        [8, ['GET', '/api/search', '/api/search/', 200]],
        [6, ['GET', '/api/live/ws', '/api/live/ws', -1]],
        [4, ['POST', '/api/frontend-metrics', '/api/frontend-metrics', 200]],
        [3, ['GET', `/api/dashboards/uid/${g.alnum(9)}`, '/api/dashboards/uid/:uid', 404]],
        [2, ['POST', '/api/ds/query', '/api/ds/query', 400]],
        [2, ['GET', '/api/user/auth-tokens', '/api/user/auth-tokens', 401]],
      ]);
      const size = st === -1 ? 0 : g.int(20, 90000), src = st >= 500 || st === 400 ? 'downstream' : 'server';
      if (g.chance(0.7)) g.e('requestCompleted', m, p, st, ip, t, goDur(t / 1000 + g.int(1, 999) / 1e6), size, `https://grafana.example.com/d/${g.zipf(dashes, 1)}`, h, src);
      else g.e('requestCompletedNoRef', m, p, st, ip, t, goDur(t / 1000 + g.int(1, 999) / 1e6), size, h, src);
    };
    const boot = () => {
      g.e('starting', VER, COMMIT, 'HEAD', g.iso(Date.UTC(2024, 3, 9, 8, 12, 3)));
      g.e('cfgLoaded', '/usr/share/grafana/conf/defaults.ini'); g.e('cfgLoaded', '/etc/grafana/grafana.ini');
      for (const v of ['GF_SECURITY_ADMIN_PASSWORD=*********', 'GF_DATABASE_TYPE=postgres', 'GF_DATABASE_HOST=db-01.corp.example:5432', 'GF_SERVER_ROOT_URL=https://grafana.example.com/']) g.e('cfgOverride', v);
      g.e('pathHome', '/usr/share/grafana'); g.e('pathData', '/var/lib/grafana'); g.e('pathLogs', '/var/log/grafana'); g.e('pathPlugins', '/var/lib/grafana/plugins');
      g.e('appMode', 'production'); g.e('connecting', DB); g.e('lockDb'); g.e('migStart'); g.e('migDone', g.int(0, 3), g.int(560, 590), goDur(g.int(20, 900) / 1000)); g.e('unlockDb');
      for (const p of ['grafana-piechart-panel', 'grafana-clock-panel', 'yesoreyeram-infinity-datasource']) g.e('pluginReg', p);
      g.e('pluginLoad', g.int(40, 60), goDur(g.int(30, 300) / 1000));
      g.e('provDashboards'); g.e('provDone'); g.e('provAlerting'); g.e('provAlertDone');
      g.e('httpListen', '::', 3000, 'http');
      g.e('alertStart', '10s', 1); g.e('warmingCache'); g.e('stateCache', g.int(10, 60), goDur(g.int(2, 90) / 1000)); g.e('ticker', g.iso(g.t + 10000).replace(/\.\d+Z/, 'Z'));
    };
    const evalRule = () => {
      const r = g.zipf(rules, 1.1), now = g.iso().replace(/\.\d+Z/, 'Z');
      if (g.chance(0.35)) g.e('ruleEvalFail', r.uid, 1, r.v, 1, now, g.pick(['[sse.dataQueryError] failed to execute query [A]: Post "http://prometheus.monitoring.svc:9090/api/v1/query_range": dial tcp 10.20.4.9:9090: connect: connection refused', 'failed to execute conditions: [sse.readDataError] [B] got error: input data must be a wide series but got type long (input refid)', 'context deadline exceeded']));
      else { g.e('ruleStateChange', r.uid, 1, r.v, 1, now, g.int(1, 6)); if (g.chance(0.5)) { g.e('aggregated', `{}/{__grafana_autogenerated__="true"}/{__grafana_receiver__="oncall"}:{alertname="${g.pick(['HighErrorRate', 'DiskFilling', 'PodCrashLooping', 'HighLatency'])}"}`, g.int(1, 5)); const rc = g.chance(0.5) ? ['oncall', 'slack[0]'] : ['oncall', 'email[1]']; if (g.chance(0.9)) g.e('notifyOk', ...rc); else g.e('notifyFail', ...rc, rc[1].startsWith('slack') ? 'failed to send Slack message: Post "https://hooks.slack.com/services/T000/B000/XXXX": context deadline exceeded' : 'failed to send notification to email addresses: ops@example.com: dial tcp 10.20.0.25:587: i/o timeout'); } }
    };
    drive(g, {
      gapMs: 4000,
      startup: boot,
      steady: [
        [60, req],
        [10, evalRule],
        [4, () => { const u = g.zipf(users, 1); g.e('loginOk', u); }],
        [2, () => g.e('loginFailed', 'invalid username or password', g.zipf(ips, 1))],
        [4, () => { const u = g.zipf(uids, 1); const tid = (tokens.get(u) || g.int(100, 900)) + g.int(1, 3); tokens.set(u, tid); g.e('tokenRotate', u, tid); }],
        [2, () => g.e('tokenRevoked')],
        [3, () => { const d = g.zipf(ds, 1); g.e('dsQueryErr', g.pick(['context canceled', `Post "http://prometheus.monitoring.svc:9090/api/v1/query_range": net/http: request canceled`, 'bad_data: invalid parameter "query": 1:14: parse error: unexpected identifier "by"']), d[0], g.pick(['A', 'A', 'B'])); }],
        [2, () => g.e('wsClosed', g.pick(['websocket: close 1001 (going away)', 'client timeout', 'websocket: close 1006 (abnormal closure): unexpected EOF']), g.uuid())],
        [1.5, () => g.e('liveConn', `grafana/dashboard/uid/${g.zipf(dashes, 1)}`, g.zipf(ips, 1))],
        [1, () => g.e('dashboardSaved', g.zipf(dashes, 1), g.int(2, 90), g.alnum(9))],
        [1, () => g.e('cleanup', goDur(g.int(3, 90) / 1000))],
      ],
      rare: [
        () => g.e('cleanupExpired', g.int(1, 4)),
        () => g.e('usageStats', goDur(g.int(100, 900) / 1000)),
        () => g.e('updateFailed', 'Get "https://grafana.com/api/grafana/versions/stable": dial tcp: lookup grafana.com on 10.20.0.10:53: server misbehaving', goDur(g.int(100, 900) / 1000)),
        () => { const d = ds[0]; for (let i = 0; i < 3; i++) g.e('dsProxyErr', 'dial tcp 10.20.4.9:9090: connect: connection refused', d[0]); g.e('dsHealth', 'Post "http://prometheus.monitoring.svc:9090/api/v1/query": dial tcp 10.20.4.9:9090: connect: connection refused', d[1]); },
        () => { g.e('notifyFail', 'oncall', 'webhook[2]', 'Post "<redacted>": context deadline exceeded'); },
        () => { g.e('ldapNotFound', 'j.doe'); g.e('ldapNotFound', 'jdoe'); },
        () => g.e('oauthFail', 'oauth2: "invalid_grant" "Code not valid"'),
        () => { const ip = '203.0.113.66'; for (let i = 0; i < 4; i++) g.e('loginFailed', 'invalid username or password', ip); g.e('tooManyLogins', 'admin'); },
        () => { for (let i = 1; i <= 2; i++) g.e('dbLocked', i, 'SQLITE_BUSY'); },
        () => { g.e('dbConnFail', 'dial tcp 10.20.5.11:5432: connect: connection refused'); g.advance(5000); g.e('dbConnFail', 'pq: the database system is starting up'); },
        () => g.e('renderNoPlugin'),
        () => g.e('panicRecover', 'runtime error: invalid memory address or nil pointer dereference'),
        () => { g.e('shutdown', 'System signal: terminated'); g.e('stopped', 'context canceled'); g.advance(8000); boot(); },
      ],
    });
  },
});
// =============================================================== Nomad ====
// HashiCorp Nomad 1.7 agent in client+server mode on node "nomad-01" of a
// three-server cluster, Docker and exec drivers, Consul service registration.
// Raw line: '2024-04-16T10:00:00.123Z [INFO]  client.alloc_runner.task_runner: Task event: alloc_id=0b2c... task=web type=Started msg="Task started by client" failed=false'
// -> Content is the message and its key=value pairs: timestamp, [LEVEL]
// and the hclog logger name ("client.driver_mgr.docker:") are the header.
SYSTEMS.push({
  name: 'Nomad',
  templates: {
    bannerStart: '==> Nomad agent started! Log data will stream in below:',
    bannerCfg: '==> Nomad agent configuration:',
    bannerAdv: 'Advertise Addrs: HTTP: <*>:<*>; RPC: <*>:<*>; Serf: <*>:<*>',
    bannerBind: 'Bind Addrs: HTTP: [<*>:<*>]; RPC: <*>:<*>; Serf: <*>:<*>',
    bannerClient: 'Client: <*>',
    bannerLog: 'Log Level: <*>',
    bannerRegion: 'Region: <*> (DC: <*>)',
    bannerServer: 'Server: <*>',
    bannerVersion: 'Version: <*>',
    loaded: 'loaded configuration from <*>',
    raftStart: 'initial configuration: index=<*> servers="[<*>]"',
    raftFollower: 'entering follower state: follower="Node at <*>:<*> [Follower]" leader-address= leader-id=',
    raftCandidate: 'entering candidate state: node="Node at <*>:<*> [Candidate]" term=<*>',
    raftLeader: 'entering leader state: leader="Node at <*>:<*> [Leader]"',
    election: 'election won: term=<*> tally=<*>',
    heartbeatTimeout: 'heartbeat timeout reached, starting election: last-leader-addr=<*>:<*> last-leader-id=<*>',
    cluster: 'cluster leadership acquired',
    clusterLost: 'cluster leadership lost',
    serfJoin: 'serf: EventMemberJoin: <*> <*>',
    serfFailed: 'serf: EventMemberFailed: <*> <*>',
    serfSuspect: 'memberlist: Suspect <*> has failed, no acks received',
    addingServer: 'adding server: server="<*> (Addr: <*>:<*>) (DC: <*>)"',
    nodeRegistered: 'node registration complete',
    driverHealthy: 'detected drivers: drivers="map[healthy:[<*>]]"',
    fingerprint: 'detected fingerprints: node_attrs=["<*>"]',
    evalAck: 'dequeued evaluation: eval_id=<*> type=<*> namespace=<*> job_id=<*> node_id=<*> triggered_by=<*>',
    planResult: 'reconciled current state with desired state: eval_id=<*> job_id=<*> namespace=<*> worker_id=<*> results="<*>"',
    setStatus: 'setting eval status: eval_id=<*> job_id=<*> namespace=<*> worker_id=<*> status=<*>',
    blocked: 'failed to place all allocations, blocked eval created: eval_id=<*> job_id=<*> namespace=<*> worker_id=<*> blocked_eval_id=<*>',
    taskEvent: 'Task event: alloc_id=<*> task=<*> type=<*> msg="<*>" failed=false',
    taskEventFailed: 'Task event: alloc_id=<*> task=<*> type=<*> msg="<*>" failed=true',
    taskEventEmpty: 'Task event: alloc_id=<*> task=<*> type=<*> msg="" failed=false',
    imagePulled: 'image pull progress: image_name=<*> message="Pulled <*>/<*> (<*>/<*>) layers: <*> waiting/<*> pulling - est <*> remaining"',
    createdContainer: 'created container: driver=docker container_id=<*>',
    startedContainer: 'started container: driver=docker container_id=<*>',
    stoppedContainer: 'stopped container: container_id=<*> driver=docker',
    pullFailed: 'failed pulling container: driver=docker image_ref=<*> error="<*>"',
    restarting: 'restarting task: alloc_id=<*> task=<*> reason="<*>" delay=<*>',
    notRestarting: 'not restarting task: alloc_id=<*> task=<*> reason="<*>"',
    pluginExited: 'plugin process exited: alloc_id=<*> task=<*> path=<*> pid=<*>',
    updateAllocs: 'updated allocations: index=<*> total=<*> pulled=<*> filtered=<*>',
    allocUpdates: 'allocation updates: added=<*> removed=<*> updated=<*> ignored=<*>',
    allocUpdatesApplied: 'allocation updates applied: added=<*> removed=<*> updated=<*> ignored=<*> errors=<*>',
    gcMarked: 'marking allocation for GC: alloc_id=<*>',
    gcDestroyed: 'garbage collecting allocation: alloc_id=<*> reason="<*>"',
    consulSync: 'sync complete: registered_services=<*> deregistered_services=<*> registered_checks=<*> deregistered_checks=<*>',
    consulErr: 'still unable to update services in Consul: failures=<*> error="<*>"',
    rpcErr: 'error performing RPC to server: error="<*>" rpc=<*> server=<*>:<*>',
    heartbeatErr: 'error heartbeating. retrying: error="<*>" period=<*>',
    noLeader: 'error: error="No cluster leader" rpc=<*>',
    missedHb: 'node TTL expired: node_id=<*>',
    snapshotStart: 'starting snapshot up to: index=<*>',
    snapshotDone: 'snapshot complete up to: index=<*>',
    compacting: 'compacting logs: from=<*> to=<*>',
    gcCore: 'eval GC found eligibile objects: evals=<*> allocs=<*>',
    deployPromote: 'deployment promoted: deployment_id=<*> job_id=<*>',
    deployFail: 'deployment failed: deployment_id=<*> job_id=<*> description="<*>"',
    caught: 'caught signal: signal=<*>',
    gracefulLeave: 'requesting graceful leave from cluster',
    shutdown: 'shutting down',
    oom: 'OOM Killed: alloc_id=<*> task=<*>',
  },
  scenario(g) {
    const SELF = '10.30.0.11', peers = ['10.30.0.11', '10.30.0.12', '10.30.0.13'], names = ['nomad-01', 'nomad-02', 'nomad-03'];
    const jobs = ['web', 'api', 'worker', 'redis-cache', 'ingest', 'billing-cron', 'docs', 'metrics-agent', 'search'].map((j, i) => ({ id: j, tasks: [j, ...(i < 3 ? ['envoy-sidecar'] : [])], img: `registry.corp.example/${j}:${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 9)}`, allocs: [] }));
    const nodeId = g.uuid();
    let idx = g.int(80000, 90000), term = g.int(10, 40), lastSnap = idx - 4000, pid = g.int(3000, 9000);
    const wid = [g.uuid(), g.uuid()];
    const mk = (j) => { const a = { id: g.uuid(), task: g.pick(j.tasks), cid: g.hex(64) }; j.allocs.push(a); return a; };
    const bump = (n = 1) => (idx += n * g.int(1, 6));
    const boot = () => {
      g.e('loaded', '/etc/nomad.d/nomad.hcl');
      g.e('bannerCfg');
      g.e('bannerAdv', SELF, 4646, SELF, 4647, SELF, 4648); g.e('bannerBind', '0.0.0.0', 4646, '0.0.0.0', 4647, '0.0.0.0', 4648); g.e('bannerClient', 'true'); g.e('bannerLog', 'INFO'); g.e('bannerRegion', 'global', 'dc1'); g.e('bannerServer', 'true'); g.e('bannerVersion', '1.7.7');
      g.e('bannerStart');
      g.e('raftStart', idx, peers.map((p, i) => `{Suffrage:Voter ID:${g.hex(8)} Address:${p}:4647}`).join(' '));
      g.e('raftFollower', SELF, 4647);
      for (let i = 1; i < 3; i++) { g.e('serfJoin', names[i] + '.global', peers[i]); g.e('addingServer', names[i] + '.global', peers[i], 4647, 'dc1'); }
      g.e('driverHealthy', 'docker exec raw_exec'); g.e('fingerprint', 'unique.platform.aws.hostname');
      g.e('nodeRegistered');
      g.e('consulSync', 1, 0, 1, 0);
    };
    const schedule = () => {
      const j = g.zipf(jobs, 1), ev = g.uuid(), w = g.pick(wid);
      g.e('evalAck', ev, g.pick(['service', 'service', 'batch']), 'default', j.id, nodeId.slice(0, 8) === '' ? 'x' : nodeId, g.pick(['job-register', 'job-register', 'node-update', 'alloc-failure', 'deployment-watcher']));
      const place = g.int(0, 2);
      g.e('planResult', ev, j.id, 'default', w, `Total changes: (place ${place}) (destructive 0) (inplace 0) (stop ${g.int(0, 1)}) (disconnect 0) (reconnect 0)`);
      if (g.chance(0.06)) g.e('blocked', ev, j.id, 'default', w, g.uuid());
      g.e('setStatus', ev, j.id, 'default', w, 'complete');
      bump(3);
      if (place) { g.e('updateAllocs', idx, g.int(5, 20), place, g.int(5, 20)); g.e('allocUpdates', place, 0, 0, g.int(5, 20)); g.e('allocUpdatesApplied', place, 0, 0, g.int(5, 20), 0); for (let i = 0; i < place; i++) start(j); }
    };
    const start = (j) => {
      const a = mk(j);
      g.e('taskEvent', a.id, a.task, 'Received', 'Task received by client');
      g.e('taskEventEmpty', a.id, a.task, 'Task Setup');
      if (g.chance(0.3)) { g.e('taskEvent', a.id, a.task, 'Driver', 'Downloading image'); const n = g.int(3, 9); g.e('imagePulled', j.img, g.int(1, n - 1), n, goDur(g.int(10, 300) / 10), '1.1GiB'.replace('1.1', g.float(0.1, 1.5, 1)), g.int(0, 3), g.int(1, 3), goDur(g.int(1, 30))); }
      g.e('createdContainer', a.cid); g.e('startedContainer', a.cid);
      g.e('taskEvent', a.id, a.task, 'Started', 'Task started by client');
    };
    const stop = () => {
      const j = g.zipf(jobs, 1); if (!j.allocs.length) return schedule();
      const a = j.allocs.shift();
      g.e('taskEvent', a.id, a.task, 'Killing', 'Sent interrupt. Waiting 5s before force killing');
      g.e('stoppedContainer', a.cid);
      g.e('pluginExited', a.id, a.task, '/usr/local/bin/nomad', ++pid);
      g.e('taskEventEmpty', a.id, a.task, 'Killed');
      g.e('gcMarked', a.id);
      if (g.chance(0.5)) g.e('gcDestroyed', a.id, 'new allocations and over max (50)');
    };
    const snapshot = () => { bump(10); g.e('snapshotStart', idx); g.e('snapshotDone', idx); g.e('compacting', lastSnap + 1, idx - 10240 > lastSnap ? idx - 10240 : lastSnap + g.int(500, 900)); lastSnap = idx; };
    const crash = () => {
      const j = g.zipf(jobs.slice(2), 0.9); const a = j.allocs[0] || mk(j);
      g.e('taskEventFailed', a.id, a.task, 'Terminated', `Exit Code: ${g.pick([1, 2, 137])}`);
      if (g.chance(0.7)) { g.e('restarting', a.id, a.task, 'Restart within policy', goDur(g.int(15, 19) + g.int(0, 999) / 1000)); g.e('taskEvent', a.id, a.task, 'Restarting', `Task restarting in ${goDur(g.int(15, 19))}`); g.e('taskEvent', a.id, a.task, 'Started', 'Task started by client'); }
      else { g.e('notRestarting', a.id, a.task, 'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"'); g.e('taskEventFailed', a.id, a.task, 'Not Restarting', 'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"'); }
    };
    drive(g, {
      gapMs: 30000,
      startup: () => { boot(); g.e('heartbeatTimeout', peers[1], 4647, g.hex(8)); g.e('raftCandidate', SELF, 4647, ++term); g.e('election', term, 2); g.e('raftLeader', SELF, 4647); g.e('cluster'); },
      steady: [
        [40, schedule],
        [18, stop],
        [8, crash],
        [5, snapshot],
        [4, () => g.e('consulSync', g.int(0, 3), g.int(0, 2), g.int(0, 3), g.int(0, 2))],
        [3, () => g.e('gcCore', g.int(1, 40), g.int(0, 90))],
      ],
      rare: [
        () => { const j = jobs[0]; g.e('deployPromote', g.uuid(), j.id); },
        () => { const j = jobs[1]; g.e('deployFail', g.uuid(), j.id, 'Failed due to progress deadline'); },
        () => { const a = mk(jobs[3]); g.e('oom', a.id, a.task); g.e('taskEventFailed', a.id, a.task, 'Terminated', 'OOM Killed'); },
        () => { const j = jobs[6]; const a = mk(j); g.e('pullFailed', 'registry.corp.example/docs:9.9.9', 'API error (404): manifest for registry.corp.example/docs:9.9.9 not found: manifest unknown'); g.e('taskEventFailed', a.id, a.task, 'Driver Failure', 'Failed to pull `registry.corp.example/docs:9.9.9`: API error (404)'); },
        () => { for (let i = 1; i <= 3; i++) { g.e('consulErr', i, 'Put "http://127.0.0.1:8500/v1/agent/service/register": dial tcp 127.0.0.1:8500: connect: connection refused'); g.advance(20000); } g.e('consulSync', 3, 0, 3, 0); },
        () => { g.e('serfSuspect', names[2] + '.global'); g.e('serfFailed', names[2] + '.global', peers[2]); g.e('missedHb', g.uuid()); g.advance(60000); g.e('serfJoin', names[2] + '.global', peers[2]); },
        () => { // leadership lost and regained
          g.e('clusterLost'); g.e('raftFollower', SELF, 4647);
          g.e('noLeader', 'Node.UpdateStatus'); g.e('rpcErr', 'rpc error: No cluster leader', 'Node.GetClientAllocs', peers[1], 4647); g.e('heartbeatErr', 'failed to update status: rpc error: No cluster leader', goDur(g.int(10, 20) + g.int(0, 999) / 1000));
          g.e('raftCandidate', SELF, 4647, ++term); g.e('election', term, 2); g.e('raftLeader', SELF, 4647); g.e('cluster');
        },
        () => { g.e('caught', 'interrupt'); g.e('gracefulLeave'); g.e('shutdown'); g.advance(5000); boot(); g.e('raftCandidate', SELF, 4647, ++term); g.e('election', term, 3); g.e('raftLeader', SELF, 4647); g.e('cluster'); },
      ],
    });
  },
});

// ============================================================= OpenVPN ====
// OpenVPN 2.6 server (UDP 1194, tun, TLS with a client CA, username/password
// plugin), as written to its log file.
// Raw line: '2024-04-16 10:00:00 us=123456 alice/198.51.100.7:51234 MULTI: primary virtual IP for alice/198.51.100.7:51234: 10.8.0.6'
// -> Content is the message: the timestamp (and "us=") are the header. The
// instance prefix "common_name/ip:port " (or "ip:port " before the common
// name is known) is written by OpenVPN into the message and stays.
const OV = '<*>/<*>:<*> ';
const OA = '<*>:<*> ';
SYSTEMS.push({
  name: 'OpenVPN',
  templates: {
    version: 'OpenVPN <*> <*> [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO] built on <*>',
    libs: 'library versions: <*>, LZO <*>',
    dco: 'DCO version: <*>',
    dhParams: 'Diffie-Hellman initialized with <*> bit key',
    tlsAuth: 'Outgoing Control Channel Authentication: Using <*> bit message hash \'<*>\' for HMAC authentication',
    tunOpen: 'TUN/TAP device <*> opened',
    ifconfig: 'net_addr_v4_add: <*>/<*> dev <*>',
    mtu: 'net_iface_mtu_set: mtu <*> for <*>',
    udpLink: 'UDPv4 link local (bound): [AF_INET][undef]:<*>',
    udpRemote: 'UDPv4 link remote: [AF_UNSPEC]',
    ifconfigPool: 'IFCONFIG POOL IPv4: base=<*> size=<*>',
    initDone: 'Initialization Sequence Completed',
    reset: OA + 'TLS: Initial packet from [AF_INET]<*>:<*>, sid=<*>',
    verifyOk: OA + 'VERIFY OK: depth=<*>, CN=<*>',
    verifyFail: OA + 'VERIFY ERROR: depth=<*>, error=<*>: CN=<*>',
    tlsError: OA + 'TLS Error: TLS handshake failed',
    tlsKeyNeg: OA + 'TLS Error: TLS key negotiation failed to occur within <*> seconds (check your network connectivity)',
    hmacFail: 'TLS Error: cannot locate HMAC in incoming packet from [AF_INET]<*>:<*>',
    plugAuthOk: OA + 'PLUGIN_CALL: POST <*>/PLUGIN_AUTH_USER_PASS_VERIFY status=0',
    plugAuthFail: OA + 'PLUGIN_CALL: POST <*>/PLUGIN_AUTH_USER_PASS_VERIFY status=1',
    authFailed: OA + 'TLS Auth Error: Auth Username/Password verification failed for peer',
    peerInfo: OA + 'peer info: <*>=<*>',
    ctrlChannel: OA + 'Control Channel: <*>, cipher <*>, peer certificate: <*> bit <*>, signature: <*>',
    peerConnInit: OA + '[<*>] Peer Connection Initiated with [AF_INET]<*>:<*>',
    multiPrimary: OV + 'MULTI: primary virtual IP for <*>/<*>:<*>: <*>',
    multiLearn: OV + 'MULTI: Learn: <*> -> <*>/<*>:<*>',
    multiNew: 'MULTI: new connection by client \'<*>\' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.',
    sentPush: OV + 'SENT CONTROL [<*>]: \'PUSH_REPLY,<*>\' (status=1)',
    pushReq: OV + 'PUSH: Received control message: \'PUSH_REQUEST\'',
    dataCipher: OV + 'Data Channel: cipher \'<*>\', peer-id: <*>',
    timers: OV + 'Timers: ping <*>, ping-restart <*>',
    inactivity: OV + '[<*>] Inactivity timeout (--ping-restart), restarting',
    sigusr1: OV + 'SIGUSR1[soft,ping-restart] received, client-instance restarting',
    sigterm: OV + 'SIGTERM[soft,remote-exit] received, client-instance exiting',
    exitNotify: OV + 'peer sent EXIT_NOTIFY (exit notify)',
    connReset: OV + 'Connection reset, restarting [<*>]',
    renegStart: OV + 'TLS: soft reset sec=<*>/<*> bytes=<*>/<*> pkts=<*>/<*>',
    badSource: OV + 'MULTI: bad source address from client [<*>], packet dropped',
    replay: OV + 'AEAD Decrypt error: bad packet ID (may be a replay): [ #<*> ] -- see the man page entry for --no-replay and --replay-window for more info or silence this warning with --mute-replay-warnings',
    cipherMismatch: OA + 'OPTIONS ERROR: failed to negotiate cipher with server.  Add the server\'s cipher (\'<*>\') to --data-ciphers (currently \'<*>\') if you want to connect to this server.',
    ccdOk: OV + 'OPTIONS IMPORT: reading client specific options from: <*>',
    noCcd: OV + 'MULTI_sva: pool returned IPv4=<*>, IPv6=(Not enabled)',
    sigterm0: 'event_wait : Interrupted system call (fd=<*>,code=<*>)',
    closing: 'Closing TUN/TAP interface',
    exitingSig: 'SIGTERM[hard,] received, process exiting',
    sighup: 'SIGHUP[hard,] received, process restarting',
    statusWrite: 'Failed to write status file <*>: <*>',
  },
  scenario(g) {
    const first = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'ken', 'lena', 'mia', 'noah', 'olga', 'paul', 'rita', 'sam', 'tina', 'uwe'];
    const clients = first.map((n, i) => ({ cn: n + (i % 4 === 3 ? '-laptop' : ''), ip: g.chance(0.5) ? g.ip('198.51.100') : g.ip('203.0.113'), port: g.eport(), vip: `10.8.0.${6 + i * 4}`, on: false, pid: i }));
    const scanners = Array.from({ length: 6 }, () => g.ip('203.0.113'));
    const conn = () => {
      const c = g.zipf(clients, 0.9); if (c.on && g.chance(0.7)) return steady(c);
      if (c.on) g.e('multiNew', c.cn);
      c.port = g.eport(); c.on = true; const a = [c.ip, c.port];
      g.e('reset', ...a, c.ip, c.port, g.hex(8) + ' ' + g.hex(8));
      g.e('verifyOk', ...a, 1, 'Example Corp VPN CA'); g.e('verifyOk', ...a, 0, c.cn);
      g.e('plugAuthOk', ...a, '/usr/lib/openvpn/openvpn-plugin-auth-pam.so');
      for (const [k, v] of [['IV_VER', '2.6.8'], ['IV_PLAT', g.pick(['win', 'mac', 'linux', 'ios', 'android'])], ['IV_PROTO', '990'], ['IV_CIPHERS', 'AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305']]) g.e('peerInfo', ...a, k, v);
      g.e('ctrlChannel', ...a, 'TLSv1.3', 'TLS_AES_256_GCM_SHA384', g.pick([2048, 256]), g.pick(['RSA', 'EC, curve prime256v1']), 'ecdsa-with-SHA256');
      g.e('peerConnInit', ...a, c.cn, c.ip, c.port);
      if (c.pid < 5) g.e('ccdOk', c.cn, c.ip, c.port, '/etc/openvpn/ccd/' + c.cn); else g.e('noCcd', c.cn, c.ip, c.port, c.vip);
      g.e('multiPrimary', c.cn, c.ip, c.port, c.cn, c.ip, c.port, c.vip);
      g.e('multiLearn', c.cn, c.ip, c.port, c.vip, c.cn, c.ip, c.port);
      g.e('dataCipher', c.cn, c.ip, c.port, 'AES-256-GCM', c.pid);
      g.e('timers', c.cn, c.ip, c.port, 10, 120);
      g.e('pushReq', c.cn, c.ip, c.port);
      g.e('sentPush', c.cn, c.ip, c.port, c.cn, `route 10.20.0.0 255.255.0.0,dhcp-option DNS 10.20.0.10,route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 120,ifconfig ${c.vip} 255.255.255.0,peer-id ${c.pid},cipher AES-256-GCM`);
    };
    const steady = (c) => {
      if (g.chance(0.5)) g.e('renegStart', c.cn, c.ip, c.port, 3600, 3600, g.int(1e6, 9e8), g.int(1e6, 9e8), g.int(1e4, 9e5), g.int(1e4, 9e5));
      else if (g.chance(0.6)) { c.on = false; g.e('exitNotify', c.cn, c.ip, c.port); g.e('sigterm', c.cn, c.ip, c.port); }
      else { c.on = false; g.e('inactivity', c.cn, c.ip, c.port, c.cn); g.e('sigusr1', c.cn, c.ip, c.port); }
    };
    const boot = () => {
      g.e('version', '2.6.9', 'x86_64-pc-linux-gnu', 'Feb 13 2024'); g.e('libs', 'OpenSSL 3.0.13 30 Jan 2024', '2.10'); g.e('dco', '1.0.0');
      g.e('dhParams', 2048); g.e('tlsAuth', 512, 'SHA512');
      g.e('tunOpen', 'tun0'); g.e('ifconfig', '10.8.0.1', 24, 'tun0'); g.e('mtu', 1500, 'tun0');
      g.e('udpLink', 1194); g.e('udpRemote'); g.e('ifconfigPool', '10.8.0.2', 252); g.e('initDone');
    };
    drive(g, {
      gapMs: 15000,
      startup: () => { boot(); for (let i = 0; i < 4; i++) conn(); },
      steady: [
        [40, conn],
        [12, () => { const s = g.zipf(scanners, 1); if (g.chance(0.5)) g.e('hmacFail', s, g.eport()); else { const p = g.eport(); g.e('reset', s, p, s, p, g.hex(8) + ' ' + g.hex(8)); g.e('tlsKeyNeg', s, p, 60); g.e('tlsError', s, p); } }],
        [4, () => { const c = g.zipf(clients, 1); const p = g.eport(); g.e('reset', c.ip, p, c.ip, p, g.hex(8) + ' ' + g.hex(8)); g.e('verifyOk', c.ip, p, 1, 'Example Corp VPN CA'); g.e('verifyOk', c.ip, p, 0, c.cn); g.e('plugAuthFail', c.ip, p, '/usr/lib/openvpn/openvpn-plugin-auth-pam.so'); g.e('authFailed', c.ip, p); }],
        [4, () => { const c = g.zipf(clients.filter((x) => x.on).concat(clients[0]), 1); g.e('badSource', c.cn, c.ip, c.port, g.pick(['192.168.1.' + g.int(2, 250), '172.16.0.' + g.int(2, 250), 'fe80::1'])); }],
        [2, () => { const c = g.zipf(clients, 1); g.e('connReset', c.cn, c.ip, c.port, g.pick([0, -1])); c.on = false; }],
      ],
      rare: [
        () => { const c = clients[6]; const p = g.eport(); g.e('reset', c.ip, p, c.ip, p, g.hex(8) + ' ' + g.hex(8)); g.e('verifyFail', c.ip, p, 0, 'certificate revoked', c.cn); g.e('tlsError', c.ip, p); },
        () => { const c = clients[9]; const p = g.eport(); g.e('cipherMismatch', c.ip, p, 'BF-CBC', 'AES-256-GCM:AES-128-GCM'); g.e('tlsError', c.ip, p); },
        () => { const c = clients[2]; g.e('replay', c.cn, c.ip, c.port, `${g.int(1000, 90000)} / time = (${Math.floor(g.t / 1000)}) ${g.ymdhms()} ]`); },
        () => g.e('statusWrite', '/var/log/openvpn/status.log', 'No space left on device (errno=28)'),
        () => { g.e('sighup'); g.e('closing'); boot(); },
        () => { g.e('sigterm0', 3, 4); g.e('closing'); g.e('exitingSig'); for (const c of clients) c.on = false; g.advance(5000); boot(); },
      ],
    });
  },
});
// ============================================================ Asterisk ====
// Asterisk 20 PBX with chan_pjsip (phones registering over UDP/TLS, one SIP
// trunk to a carrier), a small dialplan with queues and voicemail.
// Raw line: '[2024-04-16 10:00:00] VERBOSE[12345][C-0000001a] pbx.c: Executing [200@internal:1] Dial("PJSIP/alice-00000012", "PJSIP/bob,30") in new stack'
// -> Content is the message: timestamp, level, thread id, call id and the
// source file "pbx.c:" are the header. Verbose markers ("-- ", "== ") that
// Asterisk writes into the message stay.
SYSTEMS.push({
  name: 'Asterisk',
  templates: {
    startup: 'Asterisk <*> built by <*> @ <*> on a <*> running Linux on <*>',
    loading: 'Loading module <*> => (<*>)',
    declined: "Module '<*>' was not compiled with support for <*>",
    moduleDeclined: 'Declined to load module <*>',
    ready: 'Asterisk Ready.',
    fullyBooted: 'Asterisk fully booted.',
    transport: 'Transport \'<*>\' bound to \'<*>:<*>\'',
    contactAdded: 'Added contact \'sip:<*>@<*>:<*>;<*>\' to AOR \'<*>\' with expiration of <*> seconds',
    contactRemoved: 'Removed contact \'sip:<*>@<*>:<*>;<*>\' from AOR \'<*>\' due to <*>',
    contactReach: 'Contact <*>/sip:<*>@<*>:<*>;<*> is now Reachable.  RTT: <*> msec',
    contactUnreach: 'Contact <*>/sip:<*>@<*>:<*>;<*> is now Unreachable.  RTT: <*> msec',
    endpointReach: 'Endpoint <*> is now Reachable',
    endpointUnreach: 'Endpoint <*> is now Unreachable',
    regFailed: 'Request \'REGISTER\' from \'<sip:<*>@<*>>\' failed for \'<*>:<*>\' (callid: <*>) - Failed to authenticate',
    noEndpoint: 'Request \'REGISTER\' from \'<sip:<*>@<*>>\' failed for \'<*>:<*>\' (callid: <*>) - No matching endpoint found',
    inviteNoEndpoint: 'Request \'INVITE\' from \'"<*>" <sip:<*>@<*>>\' failed for \'<*>:<*>\' (callid: <*>) - No matching endpoint found',
    executing: '-- Executing [<*>@<*>:<*>] <*>("<*>", "<*>") in new stack',
    executingEmpty: '-- Executing [<*>@<*>:<*>] <*>("<*>", "") in new stack',
    calling: '-- Called <*>',
    ringing: '-- <*> is ringing',
    answered: '-- <*> answered <*>',
    bridgeJoin: '-- Channel <*> joined \'simple_bridge\' basic-bridge <<*>>',
    bridgeLeave: '-- Channel <*> left \'simple_bridge\' basic-bridge <<*>>',
    busy: '-- <*> is busy',
    noAnswer: '-- Nobody picked up in <*> ms',
    hangup: '== Spawn extension (<*>, <*>, <*>) exited non-zero on \'<*>\'',
    autoFallthrough: '-- Auto fallthrough, channel \'<*>\' status is \'<*>\'',
    playback: '-- <*> Playing \'<*>.slin\' (language \'<*>\')',
    vmLeft: '-- Recording the message',
    vmSaved: '-- x=<*>, open writing:  <*> format: <*>, <*>',
    queueStart: '-- Started music on hold, class \'<*>\', on channel \'<*>\'',
    queueStop: '-- Stopped music on hold on <*>',
    queueCall: '-- Called <*> (queue <*>)',
    unknownExt: 'Call from \'<*>\' (<*>:<*>) to extension \'<*>\' rejected because extension not found in context \'<*>\'.',
    noRoute: 'Unable to create channel of type \'<*>\' (cause <*> - <*>)',
    trunkReg: 'Outbound registration to \'sip:<*>\' with client \'sip:<*>@<*>\' succeeded',
    trunkRegFail: 'No response received from \'sip:<*>\' on registration attempt to \'sip:<*>@<*>\', retrying in \'<*>\'',
    trunkRegRejected: 'Fatal response \'<*>\' received from \'sip:<*>\' on registration attempt to \'sip:<*>@<*>\', stopping outbound registration',
    rtpTimeout: 'Disconnecting call \'<*>\' for lack of RTP activity in <*> seconds',
    dtmf: 'DTMF begin \'<*>\' received on <*>',
    codecMismatch: "Couldn't negotiate stream <*>:audio-0:audio:sendrecv (nothing)",
    taskBackup: 'The \'<*>\' task processor queue reached <*> scheduled tasks again.',
    reloadReq: 'Reload requested for module \'<*>\'',
    reloadDone: 'Module \'<*>\' reloaded successfully.',
    shutdown: 'Asterisk is now shutting down',
    shutdownGrace: 'Beginning asterisk shutdown....',
    cdrError: 'Unable to post message to CDR backend \'<*>\': <*>',
    iden: 'Endpoint <*>: Matched endpoint by <*> for request from <*>:<*>',
  },
  scenario(g) {
    const exts = Array.from({ length: 24 }, (_, i) => ({ ext: String(201 + i), name: ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'ken', 'lena'][i % 12] + (i >= 12 ? '2' : ''), ip: `10.40.${g.pick([1, 1, 2])}.${g.int(10, 250)}`, port: g.pick([5060, 5062, g.eport()]), tag: 'rinstance=' + g.hex(16), up: true }));
    const TRUNK = 'sip.carrier.example', DID = ['4930555012', '4930555013', '4930555019'];
    const scanners = Array.from({ length: 8 }, () => g.ip('203.0.113'));
    let chan = g.int(100, 900);
    const ch = (e) => `PJSIP/${e.ext}-${pad((++chan).toString(16), 8)}`;
    const cid = () => `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    const uri = (e) => [e.ext, e.ip, e.port, e.tag];
    const boot = () => {
      g.e('startup', '20.7.0', 'root', 'pbx-01', 'x86_64', '2024-03-12 10:02:11 UTC');
      for (const [m, d] of [['res_pjsip.so', 'Basic SIP resource'], ['chan_pjsip.so', 'PJSIP Channel Driver'], ['app_queue.so', 'True Call Queueing'], ['app_voicemail.so', 'Comedian Mail (Voicemail System)'], ['cdr_csv.so', 'Comma Separated Values CDR Backend']]) g.e('loading', m, d);
      g.e('declined', 'res_pjsip_phoneprov.so', 'this'.replace('this', 'HTTP phone provisioning'));
      g.e('moduleDeclined', 'chan_iax2.so');
      g.e('transport', 'transport-udp', '0.0.0.0', 5060); g.e('transport', 'transport-tls', '0.0.0.0', 5061);
      g.e('ready'); g.e('fullyBooted');
      g.e('trunkReg', TRUNK, DID[0], TRUNK);
    };
    const register = () => {
      const e = g.zipf(exts, 0.8);
      if (!e.up) { e.up = true; g.e('contactAdded', ...uri(e), e.ext, 3600); g.e('contactReach', e.ext, ...uri(e), g.float(1, 40, 3)); g.e('endpointReach', e.ext); return; }
      if (g.chance(0.7)) g.e('contactReach', e.ext, ...uri(e), g.float(1, 40, 3));
      else { g.e('contactRemoved', ...uri(e), e.ext, 'expiration'); g.e('contactAdded', ...uri(e), e.ext, 3600); }
    };
    const call = () => {
      const a = g.zipf(exts, 1), b = g.zipf(exts, 0.8); if (a === b) return register();
      const ca = ch(a), cb = ch(b), bid = g.uuid();
      g.e('iden', a.ext, 'username', a.ip, a.port);
      g.e('executing', b.ext, 'internal', 1, 'Set', ca, `CALLERID(name)=${a.name}`);
      g.e('executing', b.ext, 'internal', 2, 'Dial', ca, `PJSIP/${b.ext},30,tT`);
      g.e('calling', `PJSIP/${b.ext}`);
      g.e('ringing', cb);
      const r = g.r();
      if (r < 0.7) {
        g.e('answered', cb, ca); g.e('bridgeJoin', ca, bid); g.e('bridgeJoin', cb, bid);
        if (g.chance(0.1)) g.e('dtmf', g.pick(['1', '2', '#', '*']), ca);
        g.e('bridgeLeave', cb, bid); g.e('bridgeLeave', ca, bid);
        g.e('hangup', b.ext, 'internal', 2, ca);
      } else if (r < 0.85) { g.e('noAnswer', 30000); g.e('executing', b.ext, 'internal', 3, 'VoiceMail', ca, `${b.ext}@default,u`); g.e('playback', ca, `/var/spool/asterisk/voicemail/default/${b.ext}/unavail`, 'en'); g.e('vmLeft'); g.e('vmSaved', 0, `/var/spool/asterisk/voicemail/default/${b.ext}/tmp/${g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}`, 'wav49', g.chance(0.5) ? '0x' + g.hex(12) : '0x' + g.hex(9)); g.e('hangup', b.ext, 'internal', 3, ca); }
      else { g.e('busy', cb); g.e('executingEmpty', b.ext, 'internal', 3, 'Hangup', ca); g.e('autoFallthrough', ca, 'BUSY'); }
    };
    const inbound = () => {
      const did = g.zipf(DID, 1), c = `PJSIP/carrier-${pad((++chan).toString(16), 8)}`;
      g.e('executing', did, 'from-trunk', 1, 'Answer', c, '500');
      g.e('executing', did, 'from-trunk', 2, 'Queue', c, 'support,tT,,,300');
      g.e('queueStart', 'default', c);
      const e = g.zipf(exts.slice(0, 6), 1); g.e('queueCall', `PJSIP/${e.ext}`, 'support');
      g.e('queueStop', c);
      const cb = ch(e), bid = g.uuid(); g.e('answered', cb, c); g.e('bridgeJoin', c, bid); g.e('bridgeLeave', c, bid);
      g.e('hangup', did, 'from-trunk', 2, c);
    };
    const scan = () => {
      const s = g.zipf(scanners, 1), p = g.pick([5060, 5070, g.eport()]), u = g.pick(['100', '1000', 'admin', '2001', '101', 'test']);
      const w = g.r();
      if (w < 0.5) g.e('noEndpoint', u, '192.0.2.10', s, p, g.hex(32));
      else if (w < 0.8) g.e('inviteNoEndpoint', u, '00' + g.int(1e9, 9e9), '192.0.2.10', s, p, g.hex(32));
      else { const e = g.zipf(exts, 1); g.e('regFailed', e.ext, '192.0.2.10', s, p, g.hex(32)); }
    };
    drive(g, {
      gapMs: 20000,
      startup: () => { boot(); for (let i = 0; i < 8; i++) { const e = exts[i]; g.e('contactAdded', ...uri(e), e.ext, 3600); g.e('endpointReach', e.ext); } },
      steady: [
        [25, register],
        [22, call],
        [8, inbound],
        [12, scan],
        [3, () => { const e = g.zipf(exts.slice(8), 1); if (e.up) { e.up = false; g.e('contactUnreach', e.ext, ...uri(e), g.float(1, 4, 3) === '' ? '0' : '0.000'); g.e('endpointUnreach', e.ext); } else register(); }],
        [2, () => { const a = g.zipf(exts, 1); g.e('unknownExt', `"${a.name}" <sip:${a.ext}@192.0.2.10>`, a.ip, a.port, g.pick(['*98', '9999', '0', '8' + g.int(10, 99)]), 'internal'); }],
      ],
      rare: [
        () => { g.e('trunkRegFail', TRUNK, DID[0], TRUNK, '60'); g.advance(60000); g.e('trunkRegRejected', '403', TRUNK, DID[0], TRUNK); g.advance(300000); g.e('reloadReq', 'res_pjsip_outbound_registration.so'); g.e('reloadDone', 'res_pjsip_outbound_registration.so'); g.e('trunkReg', TRUNK, DID[0], TRUNK); },
        () => { const c = `PJSIP/carrier-${pad((++chan).toString(16), 8)}`; g.e('noRoute', 'PJSIP', 34, 'Circuit/channel congestion'); g.e('rtpTimeout', c, 30); },
        () => { const e = exts[3]; g.e('codecMismatch', ch(e)); },
        () => g.e('taskBackup', 'pjsip/distributor-' + pad(g.hex(8), 8), 500),
        () => g.e('cdrError', 'csv', 'No space left on device'),
        () => { g.e('reloadReq', 'res_pjsip.so'); g.e('reloadDone', 'res_pjsip.so'); },
        () => { g.e('shutdownGrace'); g.e('shutdown'); g.advance(6000); boot(); },
      ],
    });
  },
});

// ====================================================== GitLab Sidekiq ====
// GitLab 16.11 Sidekiq (JSON log, sidekiq.log): job start/done/fail records
// and the messages that workers and Sidekiq itself log.
// Raw line: '{"severity":"INFO","time":"2024-04-16T10:00:00.123Z","retry":3,"queue":"default","class":"PostReceive","jid":"4f2...","correlation_id":"01HV...","message":"PostReceive JID-4f2...: done: 0.512 sec","job_status":"done","duration_s":0.512,...}'
// -> Content is the "message" field; severity, time, pid, correlation_id,
// meta.* and the job fields (class, jid, queue, job_status, duration_s ...)
// are the header. The job class in "<Class> JID-<jid>: done: <t> sec" is a
// variable (it names the entity, like a logger name would).
SYSTEMS.push({
  name: 'GitLabSidekiq',
  templates: {
    booting: 'Booting Sidekiq <*> with Sidekiq::RedisConnection::RedisAdapter options {:url=>"<*>"}',
    running: 'Running in ruby <*>',
    license: 'See LICENSE and the LGPL-3.0 for licensing details.',
    upgrade: 'Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org',
    starting: 'Starting processing, hit Ctrl-C to stop',
    cronLoaded: 'Cron Jobs - added job with name: <*>',
    start: '<*> JID-<*>: start',
    done: '<*> JID-<*>: done: <*> sec',
    fail: '<*> JID-<*>: fail: <*> sec',
    deduplicated: '<*> JID-<*>: deduplicated: <*>',
    dropped: '<*> JID-<*>: dropped: <*> sec',
    retryExhausted: 'Job retries exhausted for <*> JID-<*>',
    heartbeat: 'Heartbeat thread error: <*>',
    redisErr: 'Error fetching job: <*>',
    redisOk: 'Restarting fetching jobs after Redis reconnect',
    shutdownStart: 'Shutting down',
    terminating: 'Terminating quiet threads for <*> capsule',
    pausing: 'Pausing to allow jobs to finish...',
    bye: 'Bye!',
    quiet: 'Got TSTP signal',
    term: 'Got TERM signal',
    leftover: 'Pushed <*> jobs back to Redis',
    memKill: 'A worker terminated, shutting down the cluster',
    rssExceeded: 'Sidekiq worker RSS out of range',
    rssKill: 'sending Sidekiq worker PID-<*> <*> (<*>)',
    projCleanup: 'Deleted <*> stale pipelines for project <*>',
    artifactsExpire: 'Removed <*> expired job artifacts',
    gitalyErr: 'GRPC::Unavailable: 14:failed to connect to all addresses. debug_error_string:{<*>}',
    gitalyDeadline: 'GRPC::DeadlineExceeded: 4:Deadline Exceeded. debug_error_string:{<*>}',
    importStart: 'Import job started',
    importFailed: 'Import failed for <*>: <*>',
    importDone: 'Import finished',
    mirrorUpdate: 'Mirror update for <*> started. Waiting duration: <*>',
    mirrorFailed: 'Mirror update for <*> failed with: <*>',
    mirrorOk: 'Mirror update for <*> successfully finished. Update duration: <*>',
    webhookFail: 'WebHook Error => <*>',
    webhookDisabled: 'Hook <*> has been temporarily disabled after <*> consecutive failures',
    ciDropped: 'Pipeline <*> was dropped: <*>',
    staleRunner: 'Removed <*> stale runners',
    lfsMissing: 'LFS object <*> not found in object storage',
    emailSent: 'Sent <*> email to <*> recipients',
    emailFail: 'Failed to send <*> email: <*>',
    limitedCapacity: 'Limited capacity worker <*> has <*> running jobs and <*> remaining',
    cronSkipped: 'Skipped cron job <*>: previous run still in progress',
    dbLb: 'A replica is not available: <*>',
    dbLbOk: 'Host <*> came back online',
    missingRepo: 'Repository not found for project <*>',
  },
  scenario(g) {
    const WORKERS = [
      ['PostReceive', 'default'], ['ProjectCacheWorker', 'default'], ['Ci::BuildFinishedWorker', 'pipeline'], ['PipelineProcessWorker', 'pipeline'],
      ['MergeRequests::MergeabilityCheckWorker', 'default'], ['Namespaces::ProcessSyncEventsWorker', 'default'], ['WebHookWorker', 'default'],
      ['ActionMailer::MailDeliveryJob', 'mailers'], ['Ci::ArchiveTraceWorker', 'pipeline'], ['ExpireBuildArtifactsWorker', 'cronjob'],
      ['RepositoryUpdateMirrorWorker', 'default'], ['Gitlab::GithubImport::Stage::ImportRepositoryWorker', 'default'], ['UpdateAllMirrorsWorker', 'cronjob'],
      ['Ci::StuckBuildsWorker', 'cronjob'], ['NewIssueWorker', 'default'], ['NewMergeRequestWorker', 'default'],
    ];
    const projects = ['platform/api', 'platform/web', 'infra/terraform', 'data/etl', 'docs/handbook', 'mobile/app', 'tools/cli', 'sec/scanner', 'ml/models', 'ops/runbooks'];
    const jid = () => g.hex(24);
    const dur = (a, b) => (a + g.exp(b)).toFixed(6).replace(/0+$/, '').replace(/\.$/, '.0');
    const running = [];
    const boot = () => {
      g.e('booting', '7.1.6', 'redis://gitlab-redis.corp.example:6379');
      g.e('running', 'ruby 3.1.5p253 (2024-04-23 revision 1945f8dc0e) [x86_64-linux]');
      g.e('license'); g.e('upgrade');
      for (const c of ['update_all_mirrors_worker', 'expire_build_artifacts_worker', 'stuck_ci_jobs_worker', 'pipeline_schedule_worker']) g.e('cronLoaded', c);
      g.e('starting');
    };
    const job = () => {
      const [cls] = g.zipf(WORKERS, 1.0), id = jid();
      g.e('start', cls, id);
      if (cls === 'WebHookWorker' && g.chance(0.25)) g.e('webhookFail', g.pick(['Net::ReadTimeout', 'Failed to open TCP connection to hooks.partner.example:443 (getaddrinfo: Name or service not known)', 'Hook execution failed: 502 Bad Gateway']));
      if (cls === 'ActionMailer::MailDeliveryJob') g.e('emailSent', g.pick(['new_merge_request', 'pipeline_failed', 'note_merge_request', 'reset_password']), g.int(1, 9));
      if (cls === 'ExpireBuildArtifactsWorker') g.e('artifactsExpire', g.int(0, 4000));
      if (cls === 'Ci::StuckBuildsWorker') g.e('staleRunner', g.int(0, 3));
      if (cls === 'RepositoryUpdateMirrorWorker') { const p = g.zipf(projects, 1); g.e('mirrorUpdate', p, goDur(g.int(1, 90) + g.int(0, 999) / 1000)); if (g.chance(0.2)) { g.e('mirrorFailed', p, '13:fetch remote: "fatal: could not read Username for \'https://git.partner.example\': terminal prompts disabled\\n": exit status 128.'); g.e('fail', cls, id, dur(0.5, 3)); return; } g.e('mirrorOk', p, goDur(g.int(1, 20) + g.int(0, 999) / 1000)); }
      if (cls === 'UpdateAllMirrorsWorker' && g.chance(0.3)) { g.e('cronSkipped', 'update_all_mirrors_worker'); }
      if (g.chance(0.02)) { g.e('fail', cls, id, dur(0.1, 2)); return; }
      g.e('done', cls, id, dur(0.005, cls.startsWith('Ci::Archive') ? 4 : 0.4));
    };
    drive(g, {
      gapMs: 1500,
      startup: boot,
      steady: [
        [80, job],
        [4, () => { const [cls] = g.zipf(WORKERS.slice(0, 6), 1); g.e('deduplicated', cls, jid(), g.pick(['until_executing', 'until_executed'])); }],
        [2, () => g.e('limitedCapacity', 'Ci::ArchiveTraceWorker', g.int(1, 10), g.int(0, 9))],
        [1.5, () => { const id = jid(); g.e('start', 'Gitlab::GitalyClient::FetchWorker'.replace('Gitlab::GitalyClient::FetchWorker', 'ProjectCacheWorker'), id); g.e(g.chance(0.5) ? 'gitalyDeadline' : 'gitalyErr', `"created":"@${Math.floor(g.t / 1000)}.${g.int(100000000, 999999999)}","description":"Error received from peer unix:/var/opt/gitlab/gitaly/gitaly.socket","grpc_status":${g.pick([4, 14])}`); g.e('fail', 'ProjectCacheWorker', id, dur(0.1, 5)); }],
        [1, () => g.e('dropped', 'Ci::BuildFinishedWorker', jid(), dur(0, 0.01))],
      ],
      rare: [
        () => { const id = jid(); g.e('start', 'Gitlab::GithubImport::Stage::ImportRepositoryWorker', id); g.e('importStart'); g.e('importFailed', 'ml/models', 'Error importing repository https://github.example/ml/models.git into ml/models - 13:fetch remote: "remote: Repository not found."'); g.e('fail', 'Gitlab::GithubImport::Stage::ImportRepositoryWorker', id, dur(1, 5)); g.e('retryExhausted', 'Gitlab::GithubImport::Stage::ImportRepositoryWorker', id); },
        () => { const id = jid(); g.e('start', 'Gitlab::GithubImport::Stage::ImportRepositoryWorker', id); g.e('importStart'); g.e('importDone'); g.e('done', 'Gitlab::GithubImport::Stage::ImportRepositoryWorker', id, dur(5, 30)); },
        () => g.e('webhookDisabled', g.int(10, 90), 4),
        () => g.e('ciDropped', g.int(1e5, 9e5), 'user_not_verified'),
        () => g.e('projCleanup', g.int(10, 400), g.zipf(projects, 1)),
        () => g.e('lfsMissing', g.hex(64)),
        () => g.e('emailFail', 'pipeline_failed', 'Net::SMTPServerBusy: 451 4.3.0 Mail server temporarily rejected message.'),
        () => g.e('missingRepo', g.int(100, 900)),
        () => { g.e('dbLb', 'gitlab-db-replica-2.corp.example'); g.advance(60000); g.e('dbLbOk', 'gitlab-db-replica-2.corp.example'); },
        () => { for (let i = 0; i < 3; i++) { g.e('redisErr', "Error connecting to Redis on gitlab-redis.corp.example:6379 (Errno::ECONNREFUSED)"); g.advance(2000); } g.e('heartbeat', 'Redis::CannotConnectError: Error connecting to Redis on gitlab-redis.corp.example:6379 (Errno::ECONNREFUSED)'); g.e('redisOk'); },
        () => { g.e('rssExceeded'); g.e('rssKill', g.int(2000, 9000), 'SIGTSTP', 'stop fetching new jobs'); g.e('rssKill', g.int(2000, 9000), 'SIGTERM', 'gracefully shut down'); g.e('quiet'); g.e('term'); g.e('shutdownStart'); g.e('terminating', 'default'); g.e('pausing'); g.e('leftover', g.int(1, 6)); g.e('bye'); g.e('memKill'); g.advance(10000); boot(); },
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
  if (registry.length < 40 || registry.length > 100) err(`${registry.length} templates, expected 40..100`);
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
