#!/usr/bin/env node
// Blind log-template-mining benchmark: corpus generator.
//
// Writes data/<System>/<System>_2k.log_structured.csv for 8 synthetic but
// realistic systems. Every line is generated from a known template, so the
// ground-truth labels (EventId / EventTemplate) are exact by construction.
// Written without looking at the miner under test; see README.md.
//
// Plain Node.js ESM, no dependencies, fully deterministic (seeded PRNG).
// Usage: node generate.mjs            (writes ./data)
//        node generate.mjs --check    (generate + verify, write nothing)

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'data');
const LINES = 2000;
const SEED = 0x5eed2026;

// ---------------------------------------------------------------- PRNG
function hashStr(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
class Rng {
  constructor(seed) { this.s = seed >>> 0; }
  f() { // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  // skewed pick: item i has weight 1/(i+1)^s
  zipf(a, s = 1) {
    let tot = 0;
    for (let i = 0; i < a.length; i++) tot += 1 / Math.pow(i + 1, s);
    let x = this.f() * tot;
    for (let i = 0; i < a.length; i++) { x -= 1 / Math.pow(i + 1, s); if (x <= 0) return a[i]; }
    return a[a.length - 1];
  }
  // weighted pick from [[value, weight], ...]
  w(pairs) {
    let tot = 0;
    for (const p of pairs) tot += p[1];
    let x = this.f() * tot;
    for (const p of pairs) { x -= p[1]; if (x <= 0) return p[0]; }
    return pairs[pairs.length - 1][0];
  }
  normal() { const u = 1 - this.f(), v = this.f(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
  logn(median, sigma) { return median * Math.exp(sigma * this.normal()); }
  exp(mean) { return -Math.log(1 - this.f()) * mean; }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)]; return s; }
  HEX(n) { return this.hex(n).toUpperCase(); }
  alnum(n, cs = 'abcdefghijklmnopqrstuvwxyz0123456789') { let s = ''; for (let i = 0; i < n; i++) s += cs[this.int(0, cs.length - 1)]; return s; }
  b64(n) { return this.alnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`; }
  pubip() {
    const a = this.pick([5, 23, 31, 37, 45, 46, 61, 77, 80, 89, 91, 92, 103, 104, 109, 112, 117, 118, 121, 128, 141, 146, 159, 162, 165, 167, 170, 175, 178, 180, 183, 185, 188, 190, 193, 194, 195, 197, 200, 206, 209, 212, 218, 222]);
    return `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  privip(prefix = '10') {
    const dots = prefix.split('.').length;
    const rest = [];
    for (let i = dots; i < 4; i++) rest.push(i === 3 ? this.int(2, 254) : this.int(0, 255));
    return [prefix, ...rest].join('.');
  }
  mac(sep = ':') { return Array.from({ length: 6 }, () => this.hex(2)).join(sep); }
  fixed(x, d) { return x.toFixed(d); }
}
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// ---------------------------------------------------------------- time formats
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = n => String(n).padStart(2, '0');
const p3 = n => String(n).padStart(3, '0');
const p6 = n => String(n).padStart(6, '0');
function tp(t) {
  const d = new Date(Math.floor(t));
  return {
    Y: d.getUTCFullYear(), M: d.getUTCMonth() + 1, D: d.getUTCDate(), h: d.getUTCHours(), m: d.getUTCMinutes(),
    s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), w: d.getUTCDay(), us: Math.floor((t % 1000) * 1000) % 1000000,
  };
}
const hms = p => `${p2(p.h)}:${p2(p.m)}:${p2(p.s)}`;
const ymd = (p, sep = '-') => `${p.Y}${sep}${p2(p.M)}${sep}${p2(p.D)}`;
const fmt = {
  iso: t => { const p = tp(t); return `${ymd(p)}T${hms(p)}.${p3(p.ms)}Z`; },
  isoSec: t => { const p = tp(t); return `${ymd(p)}T${hms(p)}`; },
  syslog: t => { const p = tp(t); return `${MON[p.M - 1]} ${String(p.D).padStart(2, ' ')} ${hms(p)}`; },
  clf: t => { const p = tp(t); return `${p2(p.D)}/${MON[p.M - 1]}/${p.Y}:${hms(p)} +0000`; },
  goLog: t => { const p = tp(t); return `${ymd(p, '/')} ${hms(p)}`; },
  klog: t => { const p = tp(t); return `${p2(p.M)}${p2(p.D)} ${hms(p)}.${p6(p.us)}`; },
  epoch: t => String(Math.floor(t / 1000)),
  k8s: t => { const p = tp(t); return `${ymd(p)} ${hms(p)} +0000 UTC`; },
  k8sFrac: t => { const p = tp(t); return `${ymd(p)} ${hms(p)}.${p6(p.us)}${String(p.us % 997).padStart(3, '0')} +0000 UTC`; },
  pg: t => { const p = tp(t); return `${ymd(p)} ${hms(p)} UTC`; },
  http: t => { const p = tp(t); return `${DOW[p.w]}, ${p2(p.D)} ${MON[p.M - 1]} ${p.Y} ${hms(p)} GMT`; },
  win: t => { const p = tp(t); return `${ymd(p)}T${hms(p)}.${p3(p.ms)}${p6(p.us)}Z`; },
};

// ---------------------------------------------------------------- templates
// Template text: literal text with {name} placeholders; {{ and }} are literal braces.
// Placeholder values come from the emit() call, else from a generator of that
// name (system-local first, then global; a trailing number is ignored: {ip2} -> ip).
// Names beginning with "ts" and not given are rendered from the line's time.
const VAR_RE = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function parseTpl(text) {
  const parts = [];
  let lit = '', last = 0, m;
  VAR_RE.lastIndex = 0;
  while ((m = VAR_RE.exec(text))) {
    lit += text.slice(last, m.index);
    if (m[0] === '{{') lit += '{';
    else if (m[0] === '}}') lit += '}';
    else { if (lit) parts.push({ lit }); lit = ''; parts.push({ v: m[1] }); }
    last = m.index + m[0].length;
  }
  lit += text.slice(last);
  if (lit) parts.push({ lit });
  return parts;
}

const G = { // global generators
  ip: r => (r.chance(0.5) ? r.pubip() : r.privip('10')),
  pubip: r => r.pubip(),
  port: r => r.int(1024, 65535),
  pid: r => r.int(1000, 65000),
  uuid: r => r.uuid(),
  hex8: r => r.hex(8),
};

class Sys {
  constructor(name, o) {
    this.name = name; this.o = o;
    this.tpls = []; this.scen = []; this.rare = []; this.gens = {};
    const h = hashStr(name);
    this.r = new Rng(h ^ SEED);
    this.P = new Rng(Math.imul(h, 31) ^ SEED ^ 0x9e3779b9);
  }
  tpl(text) {
    const parts = parseTpl(text);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.v && parts[i + 1] && parts[i + 1].v) throw new Error(`${this.name}: adjacent placeholders in: ${text}`);
      const okSep = parts[i + 1] && parts[i + 1].lit === 'x' && parts[i + 2] && parts[i + 2].v; // "{w}x{h}"
      if (p.v && parts[i + 1] && /^[A-Za-z0-9%]/.test(parts[i + 1].lit) && !okSep)
        throw new Error(`${this.name}: unit/word glued after placeholder {${p.v}} in: ${text}`);
    }
    const str = parts.map(p => (p.v ? '<*>' : p.lit)).join('');
    this.tpls.push({ text, parts, str });
    return this.tpls.length - 1;
  }
  t(text, w, vals) { const id = this.tpl(text); this.sc(w, (e, r) => e(id, typeof vals === 'function' ? vals(r) : vals)); return id; }
  sc(w, fn) { if (typeof w === 'number') this.scen.push({ w, fn }); else this.rare.push({ ...w, fn }); }
  g(name, fn) { this.gens[name] = fn; }
  gen(name) {
    let f = this.gens[name] || G[name];
    if (!f) { const b = name.replace(/\d+$/, ''); f = this.gens[b] || G[b]; }
    return f;
  }
}

const TS = Symbol('ts');
function makeLine(S, r, id, vals) {
  const tpl = S.tpls[id];
  if (!tpl) throw new Error(`${S.name}: bad template id ${id}`);
  const cache = new Map();
  const values = [];
  for (const p of tpl.parts) {
    if (!p.v) continue;
    let v;
    if (cache.has(p.v)) v = cache.get(p.v);
    else {
      if (vals && Object.prototype.hasOwnProperty.call(vals, p.v) && vals[p.v] !== undefined) v = vals[p.v];
      else if (p.v.startsWith('ts') && !(S.gens[p.v])) v = TS;
      else {
        const f = S.gen(p.v);
        if (!f) throw new Error(`${S.name}: no generator for {${p.v}} in ${tpl.text}`);
        v = f(r);
      }
      if (typeof v === 'number') v = String(v);
      cache.set(p.v, v);
    }
    values.push(v);
  }
  return { id, values, burst: false };
}

function generate(S) {
  const r = S.r;
  const mk = () => {
    const buf = [];
    const e = (id, vals, delay = 0) => { buf.push({ line: makeLine(S, r, id, vals), delay }); };
    return { buf, e };
  };
  // rare blocks (exact counts), generated first
  const startBlocks = [], rareBlocks = [];
  for (const rb of S.rare) {
    for (let i = 0; i < rb.n; i++) {
      const { buf, e } = mk();
      rb.fn(e, r, i);
      const blk = buf.map((b, k) => ({ ...b.line, burst: k > 0 }));
      if (!blk.length) continue;
      (rb.at === 'start' ? startBlocks : rareBlocks).push(blk);
    }
  }
  const rareCount = [...startBlocks, ...rareBlocks].reduce((a, b) => a + b.length, 0);
  const target = LINES - rareCount;
  const totW = S.scen.reduce((a, s) => a + s.w, 0);
  const lines = [];
  const pending = [];
  let seqNo = 0;
  while (lines.length < target) {
    let di = -1;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i];
      if (p.due <= lines.length && (di < 0 || p.due < pending[di].due || (p.due === pending[di].due && p.seq < pending[di].seq))) di = i;
    }
    if (di >= 0) { const p = pending.splice(di, 1)[0]; p.line.burst = p.burst; lines.push(p.line); continue; }
    let x = r.f() * totW, sc = S.scen[S.scen.length - 1];
    for (const s of S.scen) { x -= s.w; if (x <= 0) { sc = s; break; } }
    const { buf, e } = mk();
    sc.fn(e, r);
    let k = 0;
    for (const b of buf) if (b.delay <= 0) { b.line.burst = k++ > 0; lines.push(b.line); }
    const groups = new Map();
    for (const b of buf) if (b.delay > 0) {
      const g = groups.get(b.delay) || 0; groups.set(b.delay, g + 1);
      pending.push({ due: lines.length + b.delay, line: b.line, burst: g > 0, seq: seqNo++ });
    }
  }
  lines.length = target;
  for (const blk of rareBlocks) {
    const pos = r.int(0, lines.length);
    lines.splice(pos, 0, ...blk);
  }
  lines.unshift(...startBlocks.flat());
  // time
  let t = S.o.start + r.f() * 1000;
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const L = lines[i];
    if (i > 0) t += L.burst ? S.o.burst(r) : S.o.gap(r);
    const tpl = S.tpls[L.id];
    let vi = 0;
    const rendered = [];
    let content = '';
    for (const p of tpl.parts) {
      if (!p.v) { content += p.lit; continue; }
      let v = L.values[vi++];
      if (v === TS) {
        const f = S.o.ts && S.o.ts[p.v];
        if (!f) throw new Error(`${S.name}: no time format for {${p.v}}`);
        v = f(t);
      } else if (typeof v === 'function') v = v(t);
      v = String(v);
      rendered.push(v);
      content += v;
    }
    out.push({ id: L.id, content, rendered });
  }
  return out;
}

// ---------------------------------------------------------------- labelling pass
// The convention: a span is a variable only if it varies between occurrences of
// the same event. Every template is written with its fields as placeholders;
// after generation, a field that took the same value in every occurrence of a
// template seen at least FOLD_MIN (5) times is folded back into the constant
// text. Templates seen fewer times keep the annotator's judgement (ids,
// numbers, names stay <*>). Timestamps are always <*>.
const FOLD_MIN = 5;
function finalize(S, out) {
  const count = new Array(S.tpls.length).fill(0);
  const slotVals = S.tpls.map(t => t.parts.filter(p => p.v).map(() => new Set()));
  for (const o of out) { count[o.id]++; o.rendered.forEach((v, k) => slotVals[o.id][k].add(v)); }
  let folded = 0;
  S.tpls.forEach((t, i) => {
    let k = 0;
    const parts = [];
    for (const p of t.parts) {
      let q = p;
      if (p.v) {
        const set = slotVals[i][k++];
        const isTime = S.o.ts && S.o.ts[p.v];
        if (count[i] >= FOLD_MIN && set.size === 1 && !isTime) { q = { lit: [...set][0] }; folded++; }
      }
      if (q.lit !== undefined && parts.length && parts[parts.length - 1].lit !== undefined) parts[parts.length - 1] = { lit: parts[parts.length - 1].lit + q.lit };
      else parts.push(q);
    }
    t.final = parts;
    t.str = parts.map(p => (p.v ? '<*>' : p.lit)).join('');
  });
  return folded;
}

// ---------------------------------------------------------------- checks + CSV
const escRe = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function verify(S, out) {
  const problems = [], warnings = [];
  const seen = new Map();
  S.tpls.forEach((t, i) => {
    if (!t.final) return;
    if (seen.has(t.str)) problems.push(`duplicate template text: ${t.str}`);
    seen.set(t.str, i);
  });
  const count = new Array(S.tpls.length).fill(0);
  for (const o of out) {
    count[o.id]++;
    if (o.content !== o.content.trim()) problems.push(`leading/trailing space: ${JSON.stringify(o.content)}`);
    if (/[\r\n]/.test(o.content)) problems.push(`newline in content: ${o.content}`);
    if (o.rendered.some(v => v === '')) problems.push(`empty value in: ${o.content}`);
    const t = S.tpls[o.id];
    if (!t.re) t.re = new RegExp('^' + t.final.map(p => (p.v ? '(.+?)' : escRe(p.lit))).join('') + '$', 's');
    if (!t.re.test(o.content)) problems.push(`content does not match template: ${o.content}`);
  }
  S.tpls.forEach((t, i) => {
    if (!count[i]) problems.push(`template never emitted: ${t.str}`);
    if (/<\*><\*>/.test(t.str)) problems.push(`adjacent <*> after folding: ${t.str}`);
  });
  if (out.length !== LINES) problems.push(`line count ${out.length}`);
  const n = S.tpls.length;
  if (n < 25 || n > 90) problems.push(`template count ${n} outside 25..90`);
  return { problems, warnings, count };
}

function csvField(s) { s = String(s); return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

function writeCsv(S, out) {
  const order = new Map(); // EventId by first appearance
  for (const o of out) if (!order.has(o.id)) order.set(o.id, `E${order.size + 1}`);
  const rows = ['LineId,Content,EventId,EventTemplate'];
  out.forEach((o, i) => rows.push([i + 1, csvField(o.content), order.get(o.id), csvField(S.tpls[o.id].str)].join(',')));
  const dir = join(OUT, S.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${S.name}_2k.log_structured.csv`), rows.join('\n') + '\n');
}

const SYSTEMS = [];
function system(name, opts, build) { SYSTEMS.push({ name, opts, build }); }

// ================================================================= SYSTEMS
// (definitions follow)

// ----------------------------------------------------------------- 1. AuthLog
system('AuthLog', {
  title: 'OpenSSH / PAM / sudo / cron / su authentication log (Debian-style /var/log/auth.log from two bastion hosts)',
  timestamps: 'syslog "Mar  9 17:31:04" (no year, space-padded day)',
  start: Date.UTC(2026, 2, 9, 17, 31, 4), gap: r => r.exp(86000), burst: r => r.int(0, 1400),
  ts: { ts: fmt.syslog },
}, (S, P) => {
  const hostOf = r => r.w([['bastion-01', 7], ['bastion-02', 3]]);
  const logind = { 'bastion-01': 811, 'bastion-02': 796 };
  const uidOf = { root: 0, deploy: 1001, ubuntu: 1000, alice: 1002, mwilson: 1003, jchen: 1004, kpatel: 1005, ansible: 1006, backup: 34, git: 1007, 'www-data': 33, postgres: 114 };
  const humans = ['alice', 'mwilson', 'jchen', 'deploy', 'kpatel', 'ubuntu'];
  const fp = {}, ktype = {};
  for (const u of Object.keys(uidOf)) { fp[u] = P.b64(43); ktype[u] = P.pick(['RSA', 'ED25519', 'ED25519', 'ECDSA']); }
  const bad = ['admin', 'test', 'user', 'oracle', 'guest', 'ftpuser', 'support', 'pi', 'ubnt', 'hadoop', 'nagios', 'minecraft', 'steam', 'ts3', 'es', 'sammy', 'teamspeak', 'deployer', 'dev', 'www', 'mysql', 'tomcat', 'user1', 'test1', 'administrator', 'ftp', 'student', 'vagrant', 'odoo', 'jenkins', 'gitlab-runner', 'elastic', 'kafka', 'solana', 'sol', 'validator', 'debian', 'centos', 'zabbix', 'redis', 'hive', 'pgsql', 'demo', 'testuser', 'webmaster', 'mother', 'sysadmin', 'git1', 'app', 'server'];
  const attackers = Array.from({ length: 90 }, () => P.pubip());
  const office = Array.from({ length: 9 }, () => P.privip('10.20'));
  const ci = [P.pubip(), P.pubip()];
  const sess = { 'bastion-01': 14021, 'bastion-02': 3880 };
  const master = { 'bastion-01': 1187, 'bastion-02': 1203 };
  S.g('pid', r => r.int(104000, 3990000));
  S.g('tty', r => r.zipf(range(0, 7), 1.2));
  S.g('garbage', r => r.pick(['GET / HTTP/1.1', '\\x16\\x03\\x01\\x02', 'MGLNDD_' + r.pubip() + '_22', 'SSH-2.0-Go', 'HELP', '\\x00\\x00\\x00\\x01']));
  S.g('kexoffer', r => r.pick(['diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1', 'diffie-hellman-group1-sha1,diffie-hellman-group14-sha1', 'diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1,kex-strict-c-v00@openssh.com']));
  S.g('hkoffer', r => r.pick(['ssh-rsa,ssh-dss', 'ssh-dss', 'ssh-rsa']));
  const cmds = ['/usr/bin/systemctl restart nginx', '/usr/bin/apt-get update', '/usr/bin/journalctl -u app.service --since -1h', '/bin/bash', '/usr/bin/tail -n 200 /var/log/syslog', '/usr/bin/docker ps -a', '/usr/sbin/ufw status verbose', '/usr/bin/systemctl status postgresql@16-main', '/usr/bin/less /var/log/nginx/error.log', '/usr/bin/apt-get -y upgrade', '/usr/bin/vim /etc/ssh/sshd_config'];
  S.g('cmd', r => r.zipf(cmds, 0.9));

  const H = '{ts} {host} sshd[{pid}]: ';
  // brute force
  const tInv = S.tpl(H + 'Invalid user {user} from {ip} port {port}');
  const tChk = S.tpl(H + 'pam_unix(sshd:auth): check pass; user unknown');
  const tAF = S.tpl(H + 'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}');
  const tAFU = S.tpl(H + 'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={user}');
  const tFailInv = S.tpl(H + 'Failed password for invalid user {user} from {ip} port {port} ssh2');
  const tFail = S.tpl(H + 'Failed password for {user} from {ip} port {port} ssh2');
  const tRep = S.tpl(H + 'message repeated {rep} times: [ Failed password for {user} from {ip} port {port} ssh2]');
  const tBye = S.tpl(H + 'Received disconnect from {ip} port {port}:11: Bye Bye [preauth]');
  const tByeEmpty = S.tpl(H + 'Received disconnect from {ip} port {port}:11:  [preauth]');
  const tDiscInv = S.tpl(H + 'Disconnected from invalid user {user} {ip} port {port} [preauth]');
  const tClosedInv = S.tpl(H + 'Connection closed by invalid user {user} {ip} port {port} [preauth]');
  const tResetInv = S.tpl(H + 'Connection reset by invalid user {user} {ip} port {port} [preauth]');
  const tDiscAuth = S.tpl(H + 'Disconnected from authenticating user {user} {ip} port {port} [preauth]');
  const tClosedAuth = S.tpl(H + 'Connection closed by authenticating user {user} {ip} port {port} [preauth]');
  const tMax = S.tpl(H + 'error: maximum authentication attempts exceeded for {user} from {ip} port {port} ssh2 [preauth]');
  const tTooMany = S.tpl(H + 'Disconnecting authenticating user {user} {ip} port {port}: Too many authentication failures [preauth]');
  const tPamMore = S.tpl(H + 'PAM {more} more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={user}');
  S.sc(46, (e, r) => {
    const v = { host: hostOf(r), ip: r.zipf(attackers, 0.8), port: r.int(1024, 65535), pid: r.int(104000, 3990000) };
    if (r.chance(0.66)) {
      v.user = r.zipf(bad, 0.7);
      e(tInv, v);
      if (r.chance(0.2)) { e(r.chance(0.75) ? tClosedInv : tResetInv, v); return; }
      e(tChk, v); e(tAF, v); e(tFailInv, v);
      const x = r.f();
      if (x < 0.6) { e(r.chance(0.985) ? tBye : tByeEmpty, v); e(tDiscInv, v); }
      else if (x < 0.9) e(tClosedInv, v); else e(tResetInv, v);
    } else {
      v.user = r.chance(0.86) ? 'root' : r.pick(['ubuntu', 'git', 'deploy', 'backup']);
      e(tAFU, v);
      const k = r.w([[1, 6], [2, 2], [3, 1.2], [6, 1.2]]);
      e(tFail, v);
      if (k === 2) e(tFail, v);
      if (k >= 3) e(tRep, { ...v, rep: k - 1 });
      if (k === 6) { e(tMax, v); e(tTooMany, v); e(tPamMore, { ...v, more: 5 }); return; }
      if (k >= 2) e(tPamMore, { ...v, more: k - 1 });
      if (r.chance(0.65)) { e(tBye, v); e(tDiscAuth, v); } else e(tClosedAuth, v);
    }
  });
  // scanners / noise
  const tClosedPre = S.tpl(H + 'Connection closed by {ip} port {port} [preauth]');
  const tClosed = S.tpl(H + 'Connection closed by {ip} port {port}');
  const tReset = S.tpl(H + 'Connection reset by {ip} port {port}');
  const tResetPre = S.tpl(H + 'Connection reset by {ip} port {port} [preauth]');
  const tNoId = S.tpl(H + 'Did not receive identification string from {ip} port {port}');
  const tKexClosed = S.tpl(H + 'kex_exchange_identification: Connection closed by remote host');
  const tKexReset = S.tpl(H + 'kex_exchange_identification: read: Connection reset by peer');
  const tKexBanner = S.tpl(H + 'error: kex_exchange_identification: banner line contains invalid characters');
  const tBanner = S.tpl(H + 'banner exchange: Connection from {ip} port {port}: invalid format');
  const tNegKex = S.tpl(H + 'Unable to negotiate with {ip} port {port}: no matching key exchange method found. Their offer: {kexoffer} [preauth]');
  const tNegHk = S.tpl(H + 'Unable to negotiate with {ip} port {port}: no matching host key type found. Their offer: {hkoffer} [preauth]');
  const tTimeout = S.tpl(H + 'fatal: Timeout before authentication for {ip} port {port}');
  const tBadProto = S.tpl(H + "Bad protocol version identification '{garbage}' from {ip} port {port}");
  const tProto = S.tpl(H + 'Protocol major versions differ for {ip} port {port}: SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10 vs. SSH-1.5-Nmap-SSH1-Hostkey');
  S.sc(19, (e, r) => {
    const v = { host: hostOf(r), ip: r.chance(0.7) ? r.zipf(attackers, 0.6) : r.pubip(), port: r.int(1024, 65535), pid: r.int(104000, 3990000) };
    const k = r.w([['closedPre', 7], ['kexClosed', 4], ['kexReset', 1.6], ['noId', 2.2], ['neg', 1.4], ['negHk', 0.7], ['banner', 0.5], ['timeout', 0.7], ['badProto', 0.5], ['resetPre', 1.0], ['proto', 0.12]]);
    switch (k) {
      case 'closedPre': e(tClosedPre, v); break;
      case 'resetPre': e(tResetPre, v); break;
      case 'kexClosed': e(tKexClosed, v); e(tClosed, v); break;
      case 'kexReset': e(tKexReset, v); e(tReset, v); break;
      case 'noId': e(tNoId, v); break;
      case 'neg': e(tNegKex, v); break;
      case 'negHk': e(tNegHk, v); break;
      case 'banner': e(tKexBanner, v); e(tBanner, v); break;
      case 'timeout': e(tTimeout, v); break;
      case 'badProto': e(tBadProto, v); break;
      case 'proto': e(tProto, v); break;
    }
  });
  // interactive / automated logins
  const tAccKey = S.tpl(H + 'Accepted publickey for {user} from {ip} port {port} ssh2: {ktype} SHA256:{fp}');
  const tAccPw = S.tpl(H + 'Accepted password for {user} from {ip} port {port} ssh2');
  const tOpen = S.tpl(H + 'pam_unix(sshd:session): session opened for user {user}(uid={uid}) by (uid=0)');
  const tNew = S.tpl('{ts} {host} systemd-logind[{lpid}]: New session {sess} of user {user}.');
  const tSysd = S.tpl('{ts} {host} systemd[{spid}]: pam_unix(systemd-user:session): session opened for user {user}(uid={uid}) by (uid=0)');
  const tShell = S.tpl(H + 'Starting session: shell on pts/{tty} for {user} from {ip} port {port} id 0');
  const tCmd = S.tpl(H + 'Starting session: command for {user} from {ip} port {port} id 0');
  const tSftpReq = S.tpl(H + 'subsystem request for sftp by user {user}');
  const tSftp = S.tpl(H + "Starting session: subsystem 'sftp' for {user} from {ip} port {port} id 0");
  const tChild = S.tpl(H + 'User child is on pid {cpid}');
  const tDiscUser = S.tpl(H + 'Received disconnect from {ip} port {port}:11: disconnected by user');
  const tDisconnected = S.tpl(H + 'Disconnected from user {user} {ip} port {port}');
  const tTimeoutCl = S.tpl(H + 'Timeout, client not responding from user {user} {ip} port {port}');
  const tClose = S.tpl(H + 'pam_unix(sshd:session): session closed for user {user}');
  const tLoggedOut = S.tpl('{ts} {host} systemd-logind[{lpid}]: Session {sess} logged out. Waiting for processes to exit.');
  const tRemoved = S.tpl('{ts} {host} systemd-logind[{lpid}]: Removed session {sess}.');
  const tSudo = S.tpl('{ts} {host} sudo:    {user} : TTY=pts/{tty} ; PWD={pwd} ; USER=root ; COMMAND={cmd}');
  const tSudoNoTty = S.tpl('{ts} {host} sudo:    {user} : PWD={pwd} ; USER=root ; COMMAND={cmd}');
  const tSudoOpen = S.tpl('{ts} {host} sudo: pam_unix(sudo:session): session opened for user root(uid=0) by {user}(uid={uid})');
  const tSudoOpenNoUid = S.tpl('{ts} {host} sudo: pam_unix(sudo:session): session opened for user root(uid=0) by (uid={uid})');
  const tSudoClose = S.tpl('{ts} {host} sudo: pam_unix(sudo:session): session closed for user root');
  S.sc(8.5, (e, r) => {
    const host = hostOf(r);
    const auto = r.chance(0.3);
    const user = auto ? r.pick(['ansible', 'ansible', 'deploy', 'backup', 'git']) : r.zipf(humans, 0.8);
    const v = { host, user, uid: uidOf[user], ip: auto ? r.pick(ci) : r.pick(office), port: r.int(40000, 65000), pid: r.int(104000, 3990000), lpid: logind[host], ktype: ktype[user], fp: fp[user], tty: r.zipf(range(0, 5), 1.3) };
    v.sess = sess[host]++;
    if (auto || r.chance(0.88)) e(tAccKey, v); else e(tAccPw, v);
    e(tOpen, v);
    e(tNew, v);
    if (r.chance(0.22)) e(tSysd, { ...v, spid: r.int(104000, 3990000) });
    if (r.chance(0.5)) e(tChild, { ...v, cpid: v.pid + r.int(1, 40) });
    let d = r.int(3, 18);
    if (auto) {
      if (user === 'backup' || (user === 'git' && r.chance(0.5))) { e(tSftpReq, v); e(tSftp, v); }
      else {
        e(tCmd, v);
        if (user === 'ansible' || user === 'deploy') {
          const n = r.int(1, 3);
          for (let i = 0; i < n; i++) {
            const cmd = `/bin/sh -c echo BECOME-SUCCESS-${r.alnum(32, 'abcdefghijklmnopqrstuvwxyz')} ; /usr/bin/python3 /home/${user}/.ansible/tmp/ansible-tmp-${1773080000 + r.int(0, 400000)}.${r.int(100, 9999)}-${r.int(1000, 99999)}-${r.int(1e13, 9e13)}/AnsiballZ_${r.pick(['setup', 'apt', 'copy', 'systemd', 'file', 'command', 'stat'])}.py`;
            e(tSudoNoTty, { ...v, pwd: `/home/${user}`, cmd }, i + 1);
            e(tSudoOpen, v, i + 1);
            e(tSudoClose, v, i + 1);
          }
        }
      }
      d = r.int(2, 10);
    } else {
      e(tShell, v);
      if (r.chance(0.45)) {
        const sd = r.int(2, 25);
        const cmd = r.zipf(cmds, 0.9);
        e(tSudo, { ...v, pwd: r.chance(0.8) ? `/home/${user}` : r.pick(['/etc/nginx', '/var/log', '/opt/app', '/srv/releases/current']), cmd }, sd);
        e(tSudoOpen, v, sd);
        e(tSudoClose, v, sd + r.int(0, 30));
      }
      d = r.int(20, 220);
    }
    if (!auto && r.chance(0.1)) e(tTimeoutCl, v, d);
    else { e(tDiscUser, v, d); e(tDisconnected, v, d); }
    e(tClose, v, d); e(tLoggedOut, v, d); e(tRemoved, v, d);
  });
  // cron
  const cronJobs = { root: ['   cd / && run-parts --report /etc/cron.hourly', 'command -v debian-sa1 > /dev/null && debian-sa1 1 1', '[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi', '/usr/local/bin/rotate-audit.sh >/dev/null 2>&1'], 'www-data': ['php /var/www/app/artisan schedule:run >> /dev/null 2>&1'], backup: ['/usr/local/bin/pg-backup --incremental --target s3://backups/bastion'] };
  const tCronOpen = S.tpl('{ts} {host} CRON[{pid}]: pam_unix(cron:session): session opened for user {cuser}(uid={cuid}) by (uid=0)');
  const tCronCmd = S.tpl('{ts} {host} CRON[{pid2}]: ({cuser}) CMD ({job})');
  const tCronClose = S.tpl('{ts} {host} CRON[{pid}]: pam_unix(cron:session): session closed for user {cuser}');
  S.sc(14, (e, r) => {
    const cuser = r.w([['root', 6], ['www-data', 2.5], ['backup', 0.8]]);
    const pid = r.int(104000, 3990000);
    const v = { host: hostOf(r), cuser, cuid: uidOf[cuser], pid, pid2: pid + 1, job: r.zipf(cronJobs[cuser], 0.6) };
    e(tCronOpen, v); e(tCronCmd, v); e(tCronClose, v, r.int(1, 4));
  });
  // su
  const tSu = S.tpl('{ts} {host} su[{pid}]: (to {tuser}) {user} on pts/{tty}');
  const tSuOpen = S.tpl('{ts} {host} su[{pid}]: pam_unix(su-l:session): session opened for user {tuser}(uid={tuid}) by {user}(uid={uid})');
  const tSuClose = S.tpl('{ts} {host} su[{pid}]: pam_unix(su-l:session): session closed for user {tuser}');
  S.sc(0.45, (e, r) => {
    const user = r.pick(['alice', 'mwilson', 'jchen']), tuser = r.pick(['root', 'postgres', 'www-data']);
    const v = { host: hostOf(r), user, uid: uidOf[user], tuser, tuid: uidOf[tuser], pid: r.int(104000, 3990000) };
    e(tSu, v); e(tSuOpen, v); e(tSuClose, v, r.int(5, 60));
  });
  // rare: sudo failures, daemon restarts
  const tSudo3 = S.tpl('{ts} {host} sudo:    {user} : 3 incorrect password attempts ; TTY=pts/{tty} ; PWD={pwd} ; USER=root ; COMMAND={cmd}');
  const tSudoAuth = S.tpl('{ts} {host} sudo: pam_unix(sudo:auth): authentication failure; logname={user} uid={uid} euid=0 tty=/dev/pts/{tty} ruser={user} rhost=  user={user}');
  const tSudoNot = S.tpl('{ts} {host} sudo:    {user} : user NOT in sudoers ; TTY=pts/{tty} ; PWD={pwd} ; USER=root ; COMMAND={cmd}');
  S.sc({ n: 2 }, (e, r, i) => {
    const user = i ? 'kpatel' : 'jchen';
    const v = { host: hostOf(r), user, uid: uidOf[user], tty: r.int(0, 3), pwd: `/home/${user}` };
    e(tSudoAuth, v); e(tSudo3, v);
  });
  S.sc({ n: 2 }, (e, r, i) => { const v = { host: 'bastion-01', user: 'deploy', uid: 1001, pwd: '/srv/releases/current', cmd: i ? '/usr/bin/systemctl reload php8.2-fpm' : '/usr/bin/systemctl restart app.service' }; e(tSudoNoTty, v); e(tSudoOpenNoUid, v); e(tSudoClose, v); });
  S.sc({ n: 1 }, (e, r) => e(tSudoNot, { host: 'bastion-02', user: 'mwilson', tty: 1, pwd: '/var/www' }));
  const tSighup = S.tpl(H + 'Received SIGHUP; restarting.');
  const tSig15 = S.tpl(H + 'Received signal 15; terminating.');
  const tL4 = S.tpl(H + 'Server listening on 0.0.0.0 port 22.');
  const tL6 = S.tpl(H + 'Server listening on :: port 22.');
  const tBind = S.tpl(H + 'error: Bind to port 22 on 0.0.0.0 failed: Address already in use.');
  S.sc({ n: 1 }, (e, r) => { const v = { host: 'bastion-01', pid: master['bastion-01'] }; e(tSighup, v); e(tL4, v); e(tL6, v); });
  S.sc({ n: 1 }, (e, r) => { const h = 'bastion-02'; e(tSig15, { host: h, pid: master[h] }); const v = { host: h, pid: 2245117 }; e(tBind, v); e(tL4, v); e(tL6, v); });
});

// ----------------------------------------------------------------- 2. OrderSvc
system('OrderSvc', {
  title: 'Java 17 / Spring Boot 3 order service (logback default console pattern: ISO time, level, PID, thread, logger, message)',
  timestamps: 'ISO 8601 "2026-03-03T14:02:11.123Z"',
  start: Date.UTC(2026, 2, 3, 13, 40, 0), gap: r => r.exp(2600), burst: r => r.exp(35),
  ts: { ts: fmt.iso },
}, (S, P) => {
  const thr = n => (n.length > 15 ? n.slice(-15) : n.padStart(15));
  const J = (lvl, thread, logger, msg) => `{ts} ${lvl.padStart(5)} 1 --- [${thread.startsWith('{') ? thread : thr(thread)}] ${logger.padEnd(40)} : ${msg}`;
  const L = {
    ctl: 'c.acme.orders.web.OrderController', svc: 'c.acme.orders.service.OrderService', pay: 'c.acme.orders.payment.PaymentClient',
    inv: 'c.acme.orders.inventory.InventoryClient', lsn: 'c.a.orders.messaging.OrderEventListener', outbox: 'c.acme.orders.outbox.OutboxRelay',
    sweep: 'c.acme.orders.jobs.StaleOrderSweeper', jwt: 'c.acme.orders.security.JwtAuthFilter', cache: 'c.acme.orders.cache.ProductCache',
    hik: 'com.zaxxer.hikari.pool.HikariPool', hds: 'com.zaxxer.hikari.HikariDataSource', coord: 'o.a.k.c.c.internals.ConsumerCoordinator',
    net: 'org.apache.kafka.clients.NetworkClient', sql: 'o.h.engine.jdbc.spi.SqlExceptionHelper', disp: 'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
    resolver: '.m.m.a.ExceptionHandlerExceptionResolver', cb: 'c.acme.orders.config.ResilienceConfig', tomcat: 'o.s.b.w.embedded.tomcat.TomcatWebServer',
    app: 'c.acme.orders.OrderServiceApplication', ds: 'o.s.web.servlet.DispatcherServlet', ctx: 'w.s.c.ServletWebServerApplicationContext',
    shut: 'o.s.b.w.e.tomcat.GracefulShutdown', rt: 'c.acme.orders.web.RequestTimingFilter', prod: 'o.a.k.c.p.internals.Sender',
  };
  S.g('http', r => thr(`http-nio-8080-exec-${r.zipf(range(1, 60), 0.6)}`));
  S.g('kthr', r => thr(`org.springframework.kafka.KafkaListenerEndpointContainer#0-${r.int(0, 2)}-C-1`));
  S.g('task', r => `task-${r.int(1, 8)}`);
  S.g('oid', r => `ORD-${r.int(2026000000, 2026999999)}`);
  S.g('cust', r => r.int(100000, 4999999));
  S.g('sku', r => `SKU-${r.int(10000, 99999)}`);
  S.g('wh', r => r.zipf(['FRA1', 'AMS2', 'DUB1', 'WAW1', 'MAD3'], 1));
  S.g('dms', r => `${Math.max(1, Math.round(r.logn(140, 0.8)))}ms`);
  S.g('amt', r => r.logn(60, 0.9).toFixed(2));
  S.g('cur', r => r.w([['EUR', 6], ['USD', 2], ['GBP', 1], ['PLN', 0.6]]));
  S.g('prov', r => r.w([['stripe', 5], ['adyen', 3], ['paypal', 1.5]]));
  S.g('method', r => r.w([['GET', 6], ['POST', 2.5], ['PUT', 0.7], ['DELETE', 0.4], ['PATCH', 0.3]]));
  S.g('uri', r => r.pick(['/api/v1/orders', `/api/v1/orders/ORD-${r.int(2026000000, 2026999999)}`, `/api/v1/customers/${r.int(100000, 4999999)}/orders`, '/api/v1/orders/search', `/api/v1/orders/ORD-${r.int(2026000000, 2026999999)}/cancel`, '/api/v1/carts/current']));
  S.g('sub', r => r.pick(['cust-' + r.int(100000, 4999999), 'svc-checkout', 'svc-backoffice', 'admin:' + r.pick(['mwilson', 'jchen', 'kpatel'])]));
  S.g('hexid', r => r.hex(8));
  S.g('p', r => r.int(0, 11));
  const offsets = range(0, 11).map(() => P.int(1200000, 2400000));
  S.g('off', r => String(offsets[r.int(0, 11)] += r.int(1, 40)));

  const tRecv = S.tpl(J('INFO', '{http}', L.ctl, 'Received order request customerId={cust} items={items} channel={channel}'));
  const tReserve = S.tpl(J('DEBUG', '{http}', L.inv, 'Reserving {qty} units of SKU {sku} in warehouse {wh}'));
  const tResOk = S.tpl(J('DEBUG', '{http}', L.inv, 'Reservation {uuid} confirmed for SKU {sku}'));
  const tRetry = S.tpl(J('WARN', '{http}', L.inv, 'Retrying call to inventory-service (attempt {att}/3) after {backoff}: {ioerr}'));
  const tShort = S.tpl(J('WARN', '{http}', L.inv, "Inventory call short-circuited for order {oid}: CircuitBreaker 'inventory' is OPEN and does not permit further calls"));
  const tPayOk = S.tpl(J('INFO', '{http}', L.pay, 'Payment authorized for order {oid} (provider={prov}, authCode={code}) in {dms}'));
  const tPayDecl = S.tpl(J('WARN', '{http}', L.pay, 'Payment declined for order {oid}: {reason}'));
  const tPayTo = S.tpl(J('ERROR', '{http}', L.pay, 'Payment provider {prov} timed out for order {oid} after {dms}'));
  const tCreated = S.tpl(J('INFO', '{http}', L.svc, 'Created order {oid} for customer {cust}: total={amt} {cur}, {items} line(s)'));
  const tRejected = S.tpl(J('INFO', '{http}', L.svc, 'Order {oid} rejected: payment not authorized'));
  S.sc(26, (e, r) => {
    const items = r.w([[1, 5], [2, 3], [3, 1.5], [4, 0.8], [6, 0.3]]);
    const v = { http: S.gens.http(r), cust: r.int(100000, 4999999), items, channel: r.w([['web', 5], ['ios', 2.5], ['android', 2.5], ['pos', 0.3]]), oid: S.gens.oid(r) };
    e(tRecv, v);
    for (let i = 0; i < Math.min(items, 3); i++) {
      const sku = S.gens.sku(r);
      e(tReserve, { ...v, sku, qty: r.w([[1, 6], [2, 2], [3, 0.6], [10, 0.1]]) });
      if (r.chance(0.06)) e(tRetry, { ...v, att: 1, backoff: '200ms', ioerr: r.pick(['Read timed out', 'Connection reset', 'I/O error on GET request for "http://inventory-service:8080/api/v2/stock/reserve": Connection refused', '503 Service Unavailable: [no body]']) });
      if (r.chance(0.5)) e(tResOk, { ...v, sku });
    }
    const x = r.f();
    if (x < 0.9) { e(tPayOk, { ...v, code: r.HEX(6) }); e(tCreated, v); }
    else if (x < 0.975) { e(tPayDecl, { ...v, reason: r.pick(['insufficient funds', 'card expired', 'do not honor', 'suspected fraud', '3-D Secure authentication failed']) }); e(tRejected, v); }
    else { e(tPayTo, { ...v, dms: `${r.int(5000, 5030)}ms` }); e(tRejected, v); }
  });
  S.sc(0.5, (e, r) => e(tShort, { http: S.gens.http(r) }));
  S.sc(0.4, (e, r) => e(tRetry, { att: 2, backoff: '400ms', ioerr: r.pick(['Read timed out', 'Connection reset']) }));
  // reads, cache
  const tMiss = S.tpl(J('DEBUG', '{http}', L.cache, 'Cache miss for key product:{sku}, loading from database'));
  const tRatio = S.tpl(J('INFO', 'scheduling-1', L.cache, 'Cache hit ratio over last 60s: {pct} ({hits}/{total})'));
  S.sc(13, (e, r) => e(tMiss));
  S.sc(2.2, (e, r) => { const total = r.int(2000, 9000), hits = Math.round(total * (0.8 + r.f() * 0.19)); e(tRatio, { total, hits, pct: `${(100 * hits / total).toFixed(1)}%` }); });
  // hikari
  const tStats = S.tpl(J('DEBUG', 'HikariPool-1 housekeeper', L.hik, 'HikariPool-1 - Pool stats (total={tot}, active={act}, idle={idle}, waiting={wait})'));
  const tFill = S.tpl(J('DEBUG', 'HikariPool-1 housekeeper', L.hik, 'HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueDepth=0).'));
  const tValidate = S.tpl(J('WARN', '{http}', L.hik, 'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{hexid} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.'));
  const tNotAvail = S.tpl(J('ERROR', '{http}', L.hik, 'HikariPool-1 - Connection is not available, request timed out after {dms}.'));
  const tStarve = S.tpl(J('WARN', 'HikariPool-1 housekeeper', L.hik, 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={delta}).'));
  S.sc(9, (e, r) => { const tot = 10, act = r.zipf(range(0, 10), 0.9), wait = act === 10 ? r.int(1, 14) : 0; e(tStats, { tot, act, idle: tot - act, wait }); e(tFill, {}); });
  S.sc(0.8, (e, r) => e(tValidate));
  S.sc(0.35, (e, r) => e(tNotAvail, { dms: `${r.int(30000, 30012)}ms` }));
  S.sc({ n: 2 }, (e, r) => e(tStarve, { delta: `${r.int(1, 3)}m${r.int(1, 59)}s${r.int(1, 999)}ms` }));
  // kafka consumer
  const tConsumed = S.tpl(J('INFO', '{kthr}', L.lsn, 'Consumed event {evt} key={oid} partition={p} offset={off}'));
  const tShipped = S.tpl(J('INFO', '{kthr}', L.svc, 'Order {oid} marked as SHIPPED (carrier={carrier}, tracking={trk})'));
  const tCancelled = S.tpl(J('INFO', '{kthr}', L.svc, 'Order {oid} cancelled by customer, releasing {n} reservation(s)'));
  const tRefund = S.tpl(J('INFO', '{kthr}', L.svc, 'Refund {rid} recorded for order {oid}: {amt} {cur}'));
  const tDupEvt = S.tpl(J('WARN', '{kthr}', L.lsn, 'Skipping duplicate event {uuid} for order {oid} (already processed at offset {off})'));
  S.sc(14, (e, r) => {
    const evt = r.w([['OrderShipped', 5], ['OrderCancelled', 1.5], ['PaymentRefunded', 1], ['OrderDelivered', 3]]);
    const v = { kthr: S.gens.kthr(r), oid: S.gens.oid(r), evt, p: r.int(0, 11) };
    v.off = String(offsets[v.p] += r.int(1, 40));
    e(tConsumed, v);
    if (evt === 'OrderShipped') e(tShipped, { ...v, carrier: r.pick(['DHL', 'UPS', 'DPD', 'GLS', 'InPost']), trk: r.HEX(2) + r.int(100000000, 999999999) + r.HEX(2) });
    if (evt === 'OrderCancelled') e(tCancelled, { ...v, n: r.int(1, 4) });
    if (evt === 'PaymentRefunded') e(tRefund, { ...v, rid: `re_${r.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}` });
  });
  S.sc(0.5, (e, r) => e(tDupEvt, { off: String(r.int(1200000, 2400000)) }));
  const CG = '[Consumer clientId=consumer-orders-1, groupId=orders] ';
  const tNode = S.tpl(J('INFO', '{kthr}', L.net, CG + 'Node {node} disconnected.'));
  const tRejoin = S.tpl(J('INFO', '{kthr}', L.coord, CG + 'Request joining group due to: {why}'));
  const tJoined = S.tpl(J('INFO', '{kthr}', L.coord, CG + "Successfully joined group with generation Generation{{generationId={gen}, memberId='consumer-orders-1-{uuid}', protocol='range'}}"));
  const tAssigned = S.tpl(J('INFO', '{kthr}', L.coord, CG + 'Adding newly assigned partitions: {parts}'));
  const tSetOff = S.tpl(J('INFO', '{kthr}', L.coord, CG + 'Setting offset for partition order-events-{p} to the committed offset FetchPosition{{offset={off}, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{k}.kafka:9092 (id: {k} rack: null)], epoch={ep}}}}}'));
  const tProdErr = S.tpl(J('WARN', 'kafka-producer-network-thread | producer-1', L.prod, '[Producer clientId=producer-1] Got error produce response with correlation id {corr} on topic-partition order-events-{p}, retrying ({left} attempts left). Error: NOT_LEADER_OR_FOLLOWER'));
  S.sc(1.2, (e, r) => e(tNode, { node: r.pick(['-1', '0', '1', '2', '2147483646', '2147483647']) }));
  S.sc({ n: 3 }, (e, r, i) => {
    const kthr = thr(`org.springframework.kafka.KafkaListenerEndpointContainer#0-${i % 3}-C-1`);
    const gen = 41 + i;
    e(tRejoin, { kthr, why: ['group is already rebalancing', "need to re-join with the given member-id: consumer-orders-1-" + r.uuid(), 'rebalance failed due to \'The group is rebalancing, so a rejoin is needed.\' (RebalanceInProgressException)'][i] });
    e(tJoined, { kthr, gen });
    const ps = [i % 3 * 4, i % 3 * 4 + 1, i % 3 * 4 + 2, i % 3 * 4 + 3];
    e(tAssigned, { kthr, parts: ps.map(p => 'order-events-' + p).join(', ') });
    for (const p of ps) { const k = r.int(0, 2); e(tSetOff, { kthr, p, off: String(offsets[p]), k, ep: r.int(10, 19) }); }
  });
  S.sc({ n: 3 }, (e, r) => e(tProdErr, { corr: r.int(100000, 900000), p: r.int(0, 11), left: r.int(2147483640, 2147483646) }));
  // scheduled jobs
  const tOutbox = S.tpl(J('INFO', 'scheduling-1', L.outbox, 'Outbox relay published {n} events (lag {lag} ms)'));
  const tOutboxNone = S.tpl(J('DEBUG', 'scheduling-1', L.outbox, 'Outbox relay: nothing to publish'));
  const tSweep = S.tpl(J('INFO', 'scheduling-1', L.sweep, 'Swept {n} stale orders older than PT30M in {dms}'));
  S.sc(8, (e, r) => e(tOutbox, { n: r.int(1, 40), lag: r.int(3, 900) }));
  S.sc(6, (e, r) => e(tOutboxNone));
  S.sc(1.4, (e, r) => e(tSweep, { n: r.zipf(range(0, 30), 1) }));
  // security / request timing
  const tAuthOk = S.tpl(J('DEBUG', '{http}', L.jwt, 'Authenticated subject {sub} with roles {roles}'));
  const tJwtBad = S.tpl(J('WARN', '{http}', L.jwt, 'Invalid JWT for request {method} {uri}: {jwterr}'));
  const tDenied = S.tpl(J('WARN', '{http}', L.jwt, 'Access denied for user {sub} to {method} {uri}'));
  const tSlow = S.tpl(J('WARN', '{http}', L.rt, 'Slow request: {method} {uri} took {ms} ms (threshold 500 ms)'));
  S.sc(11, (e, r) => e(tAuthOk, { roles: r.w([['[ROLE_USER]', 6], ['[ROLE_SERVICE]', 3], ['[ROLE_USER, ROLE_ADMIN]', 1], ['[ROLE_SERVICE, ROLE_REFUNDS]', 0.6]]) }));
  S.sc(3.5, (e, r) => e(tJwtBad, { jwterr: r.w([[`JWT expired at ${fmt.iso(Date.UTC(2026, 2, 3, 13, r.int(0, 59), r.int(0, 59))).slice(0, 19)}Z. Current time: 2026-03-03T14:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z, a difference of ${r.int(1000, 3600000)} milliseconds.  Allowed clock skew: 0 milliseconds.`, 5], ['JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.', 1], ['Malformed protected header JSON: Unable to deserialize: Unexpected end-of-input', 0.5], ['JWT strings must contain exactly 2 period characters. Found: 0', 0.6]]) }));
  S.sc(0.9, (e, r) => e(tDenied));
  S.sc(3, (e, r) => e(tSlow, { ms: r.int(501, 4200) }));
  // errors
  const tSqlWarn = S.tpl(J('WARN', '{http}', L.sql, 'SQL Error: 0, SQLState: {state}'));
  const tPgDup = S.tpl(J('ERROR', '{http}', L.sql, 'ERROR: duplicate key value violates unique constraint "{cons}"'));
  const tPgTimeout = S.tpl(J('ERROR', '{http}', L.sql, 'ERROR: canceling statement due to statement timeout'));
  const tPgSer = S.tpl(J('ERROR', '{http}', L.sql, 'ERROR: could not serialize access due to concurrent update'));
  const tServlet = S.tpl(J('ERROR', '{http}', L.disp, 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: {exc}] with root cause'));
  const tResolved = S.tpl(J('WARN', '{http}', L.resolver, 'Resolved [{rexc}]'));
  S.sc(2.4, (e, r) => {
    const v = { http: S.gens.http(r) };
    const k = r.w([['dup', 3], ['to', 1.5], ['ser', 1]]);
    if (k === 'dup') { e(tSqlWarn, { ...v, state: '23505' }); e(tPgDup, { ...v, cons: r.pick(['uk_orders_idempotency_key', 'order_items_pkey', 'uk_outbox_event_id']) }); if (r.chance(0.4)) e(tServlet, { ...v, exc: 'org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "uk_orders_idempotency_key"]' }); }
    if (k === 'to') { e(tSqlWarn, { ...v, state: '57014' }); e(tPgTimeout, v); e(tServlet, { ...v, exc: 'org.springframework.dao.QueryTimeoutException: JDBC exception executing SQL [select o1_0.id from orders o1_0 where o1_0.customer_id=?]' }); }
    if (k === 'ser') { e(tSqlWarn, { ...v, state: '40001' }); e(tPgSer, v); }
  });
  S.sc(1.3, (e, r) => e(tServlet, { exc: r.pick([`java.lang.IllegalStateException: Order ORD-${r.int(2026000000, 2026999999)} is already cancelled`, 'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because "price" is null', `org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://inventory-service:8080/api/v2/stock/reserve": Read timed out`]) }));
  S.sc(4, (e, r) => e(tResolved, { rexc: r.w([[`org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.acme.orders.web.OrderResponse> com.acme.orders.web.OrderController.create(com.acme.orders.web.CreateOrderRequest): [Field error in object 'createOrderRequest' on field '${r.pick(['items', 'customerId', 'currency'])}': rejected value [${r.pick(['[]', 'null', 'XBT'])}]; codes [NotEmpty.createOrderRequest.items,NotEmpty.items,NotEmpty]; default message [must not be empty]] `.trim(), 3], ["org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Unexpected character ('}' (code 125)): was expecting double-quote to start field name", 1.2], [`org.springframework.web.HttpRequestMethodNotSupportedException: Request method '${r.pick(['PUT', 'DELETE', 'PATCH'])}' is not supported`, 0.8], [`org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: Method parameter 'id': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'; For input string: "${r.pick(['undefined', 'null', 'abc', '12a'])}"`, 0.7]]) }));
  // circuit breaker transitions (separate templates: the state words change what happened)
  const cbT = (a, b) => S.tpl(J(b === 'OPEN' ? 'WARN' : 'INFO', '{http}', L.cb, `Circuit breaker 'inventory' changed state from ${a} to ${b}`));
  const cb1 = cbT('CLOSED', 'OPEN'), cb2 = cbT('OPEN', 'HALF_OPEN'), cb3 = cbT('HALF_OPEN', 'CLOSED'), cb4 = cbT('HALF_OPEN', 'OPEN');
  S.sc({ n: 2 }, (e, r) => e(cb1));
  S.sc({ n: 2 }, (e, r) => e(cb2));
  S.sc({ n: 1 }, (e, r) => e(cb3));
  S.sc({ n: 1 }, (e, r) => e(cb4));
  // one restart in the middle of the window
  const tShut1 = S.tpl(J('INFO', 'SpringApplicationShutdownHook', L.shut, 'Commencing graceful shutdown. Waiting for active requests to complete'));
  const tShut2 = S.tpl(J('INFO', 'tomcat-shutdown', L.shut, 'Graceful shutdown complete'));
  const tHShut1 = S.tpl(J('INFO', 'SpringApplicationShutdownHook', L.hds, 'HikariPool-1 - Shutdown initiated...'));
  const tHShut2 = S.tpl(J('INFO', 'SpringApplicationShutdownHook', L.hds, 'HikariPool-1 - Shutdown completed.'));
  const tStart = S.tpl(J('INFO', 'main', L.app, 'Starting OrderServiceApplication v{ver} using Java {jver} with PID 1 (/app/app.jar started by app in /app)'));
  const tProfiles = S.tpl(J('INFO', 'main', L.app, 'The following 2 profiles are active: "prod", "kafka"'));
  const tTomInit = S.tpl(J('INFO', 'main', L.tomcat, 'Tomcat initialized with port 8080 (http)'));
  const tCtx = S.tpl(J('INFO', 'main', L.ctx, 'Root WebApplicationContext: initialization completed in {n} ms'));
  const tHStart = S.tpl(J('INFO', 'main', L.hds, 'HikariPool-1 - Starting...'));
  const tHAdded = S.tpl(J('INFO', 'main', L.hik, 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{hexid}'));
  const tHDone = S.tpl(J('INFO', 'main', L.hds, 'HikariPool-1 - Start completed.'));
  const tTomStarted = S.tpl(J('INFO', 'main', L.tomcat, "Tomcat started on port 8080 (http) with context path ''"));
  const tStarted = S.tpl(J('INFO', 'main', L.app, 'Started OrderServiceApplication in {sec} seconds (process running for {sec2})'));
  const tDsInit = S.tpl(J('INFO', '{http}', L.ds, "Initializing Servlet 'dispatcherServlet'"));
  const tDsDone = S.tpl(J('INFO', '{http}', L.ds, 'Completed initialization in {n} ms'));
  S.sc({ n: 1 }, (e, r) => {
    e(tShut1); e(tShut2); e(tHShut1); e(tHShut2);
    e(tStart, { ver: '2.14.3', jver: '17.0.10' }); e(tProfiles); e(tTomInit); e(tCtx, { n: 2417 }); e(tHStart); e(tHAdded); e(tHDone);
    e(tTomStarted); e(tStarted, { sec: '9.842', sec2: '10.611' }); e(tDsInit); e(tDsDone, { n: 2 });
  });
});

// ----------------------------------------------------------------- 3. Postgres
system('Postgres', {
  title: "PostgreSQL 16 server log, log_line_prefix = '[%p] %q%u@%d ' (timestamp stripped), with log_connections, log_disconnections, log_min_duration_statement, log_lock_waits, log_temp_files",
  timestamps: 'none in the line prefix (some messages carry a date inside the message text)',
  start: Date.UTC(2026, 2, 3, 5, 58, 40), gap: r => r.exp(6500), burst: r => r.exp(4),
  ts: { tspg: t => fmt.pg(t - 47000) },
}, (S, P) => {
  const B = pid => `[${pid}] `;          // background processes: %q hides user@db
  const SESS = '[{pid}] {user}@{db} ';
  const PRE = '[{pid}] [unknown]@[unknown] ';
  const POST = 1, STARTUP = 26, CKPT = 27;
  const pooled = Array.from({ length: 24 }, () => P.int(1000, 64000));
  const pooledRep = Array.from({ length: 4 }, () => P.int(1000, 64000));
  const tables = ['orders', 'order_items', 'inventory', 'outbox_events', 'customers', 'payments', 'shipments', 'products'];
  S.g('pid', r => r.int(1000, 64000));
  S.g('ip', r => r.pick(['10.40.1.12', '10.40.1.13', '10.40.1.14', '10.40.2.31', '10.40.3.7', '10.40.3.8', '172.18.0.5']));
  S.g('port', r => r.int(32768, 60999));
  S.g('ms', r => r.logn(900, 1.0).toFixed(3));
  S.g('stmt', r => (r.chance(0.35) ? '<unnamed>' : `S_${r.zipf(range(1, 40), 0.8)}`));
  S.g('xid', r => r.int(48100000, 48999999));
  S.g('qtable', r => `${r.pick(['orders', 'orders', 'analytics'])}.public.${r.zipf(tables, 0.7)}`);
  S.g('table', r => r.zipf(tables, 0.7));
  S.g('sec', r => r.logn(0.2, 1.5).toFixed(2));
  const sqlX = [
    () => 'select o1_0.id,o1_0.created_at,o1_0.customer_id,o1_0.status,o1_0.total from orders o1_0 where o1_0.customer_id=$1 order by o1_0.created_at desc fetch first $2 rows only',
    () => 'update inventory set reserved=reserved+$1,version=$2 where sku=$3 and version=$4',
    () => 'insert into order_items (order_id,price,qty,sku,id) values ($1,$2,$3,$4,$5)',
    () => 'insert into outbox_events (aggregate_id,created_at,payload,type,id) values ($1,$2,$3,$4,$5)',
    () => 'select p1_0.sku,p1_0.name,p1_0.price from products p1_0 where p1_0.sku=any($1)',
    () => 'select o1_0.id from orders o1_0 where o1_0.status=$1 and o1_0.updated_at<$2 for update skip locked',
    () => 'update orders set status=$1,updated_at=$2,version=$3 where id=$4 and version=$5',
    () => 'delete from outbox_events where id=any($1)',
  ];
  const sqlS = [
    r => `SELECT date_trunc('day', created_at) AS day, count(*), sum(total) FROM orders WHERE created_at >= '2026-02-${p2(r.int(1, 28))}' GROUP BY 1 ORDER BY 1`,
    r => `SELECT c.id, c.email, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.created_at > now() - interval '${r.pick([7, 30, 90])} days' GROUP BY c.id, c.email`,
    r => `COPY public.${r.pick(tables)} TO stdout;`,
    r => `SELECT * FROM payments WHERE provider_ref = 'pi_${r.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}'`,
    r => 'REFRESH MATERIALIZED VIEW CONCURRENTLY analytics.daily_sales',
    r => `UPDATE inventory SET qty = qty - ${r.int(1, 5)} WHERE sku = 'SKU-${r.int(10000, 99999)}'`,
    r => `select count(*) from "public"."${r.pick(tables)}"`,
  ];
  S.g('sqlx', r => r.zipf(sqlX, 0.8)());
  S.g('sqls', r => r.zipf(sqlS, 0.7)(r));
  const appOf = { app: 'PostgreSQL JDBC Driver', reporting: 'Metabase v0.48.6', etl: 'airflow_etl', postgres: 'psql' };

  // startup at the very beginning of the file
  const tS1 = S.tpl(B(POST) + 'LOG:  starting PostgreSQL 16.2 (Debian 16.2-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit');
  const tS2 = S.tpl(B(POST) + 'LOG:  listening on IPv4 address "0.0.0.0", port 5432');
  const tS3 = S.tpl(B(POST) + 'LOG:  listening on IPv6 address "::", port 5432');
  const tS4 = S.tpl(B(POST) + 'LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  const tS5 = S.tpl(B(STARTUP) + 'LOG:  database system was shut down at {tspg}');
  const tS6 = S.tpl(B(POST) + 'LOG:  database system is ready to accept connections');
  S.sc({ n: 1, at: 'start' }, (e, r) => { e(tS1); e(tS2); e(tS3); e(tS4); e(tS5); e(tS6); });

  // sessions
  const tRecv = S.tpl(PRE + 'LOG:  connection received: host={ip} port={port}');
  const tAuthd = S.tpl(SESS + 'LOG:  connection authenticated: identity="{user}" method=scram-sha-256 (/etc/postgresql/16/main/pg_hba.conf:{hbaline})');
  const tAuthz = S.tpl(SESS + 'LOG:  connection authorized: user={user} database={db} application_name={appname}');
  const tAuthzNoApp = S.tpl(SESS + 'LOG:  connection authorized: user={user} database={db}');
  const tAuthzSsl = S.tpl(SESS + 'LOG:  connection authorized: user={user} database={db} application_name={appname} SSL enabled (protocol={proto}, cipher={cipher}, bits={bits})');
  const tDisc = S.tpl(SESS + 'LOG:  disconnection: session time: {stime} user={user} database={db} host={ip} port={port}');
  const tEof = S.tpl(SESS + 'LOG:  unexpected EOF on client connection with an open transaction');
  const tReset = S.tpl(SESS + 'LOG:  could not receive data from client: Connection reset by peer');
  const tDurSt = S.tpl(SESS + 'LOG:  duration: {ms} ms  statement: {sql}');
  const tDurEx = S.tpl(SESS + 'LOG:  duration: {ms} ms  execute {stmt}: {sql}');
  const tDurBind = S.tpl(SESS + 'LOG:  duration: {ms} ms  bind {stmt}: {sql}');
  const tDurParse = S.tpl(SESS + 'LOG:  duration: {ms} ms  parse {stmt}: {sql}');
  const tParams = S.tpl(SESS + 'DETAIL:  Parameters: {params}');
  const tStatement = S.tpl(SESS + 'STATEMENT:  {sql}');
  const sessTime = r => { const s = r.logn(40, 2.2); return `${Math.floor(s / 3600)}:${p2(Math.floor(s / 60) % 60)}:${p2(Math.floor(s) % 60)}.${p3(Math.floor((s % 1) * 1000))}`; };
  S.sc(11, (e, r) => {
    const user = r.w([['app', 4], ['reporting', 2], ['etl', 1.5], ['postgres', 0.6]]);
    const db = user === 'reporting' || user === 'etl' ? r.pick(['analytics', 'orders']) : user === 'postgres' ? r.pick(['postgres', 'orders']) : 'orders';
    const v = { pid: r.int(1000, 64000), user, db, ip: S.gens.ip(r), port: r.int(32768, 60999), appname: appOf[user], hbaline: r.pick([118, 121]) };
    e(tRecv, v); e(tAuthd, v);
    const x = r.f();
    if (user === 'app' && x < 0.7) e(tAuthzSsl, { ...v, proto: 'TLSv1.3', cipher: r.pick(['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256']), bits: 256 });
    else if (user === 'etl' && x < 0.5) e(tAuthzNoApp, v);
    else e(tAuthz, v);
    const q = user === 'app' ? 0 : r.int(0, 3);
    for (let i = 0; i < q; i++) e(tDurSt, { ...v, sql: S.gens.sqls(r) }, r.int(1, 40) + i);
    const d = r.int(2, 160);
    if (r.chance(0.03)) e(tEof, v, d); else if (r.chance(0.03)) e(tReset, v, d);
    e(tDisc, { ...v, stime: sessTime(r) }, d);
  });
  // slow statements on pooled connections
  const pooledV = r => ({ pid: r.zipf(pooled, 0.5), user: 'app', db: 'orders' });
  S.sc(30, (e, r) => {
    const v = pooledV(r);
    const k = r.w([['ex', 20], ['bind', 1.6], ['parse', 0.7]]);
    const sql = S.gens.sqlx(r);
    const t = k === 'ex' ? tDurEx : k === 'bind' ? tDurBind : tDurParse;
    e(t, { ...v, sql });
    if (k === 'ex' && r.chance(0.45)) {
      const n = (sql.match(/\$\d+/g) || []).length || 1;
      e(tParams, { ...v, params: range(1, n).map(i => `$${i} = '${r.pick([String(r.int(1, 5000)), 'SKU-' + r.int(10000, 99999), 'PAID', 'SHIPPED', '2026-03-03 0' + r.int(0, 9) + ':' + p2(r.int(0, 59)) + ':00+00', r.uuid()])}'`).join(', ') });
    }
  });
  S.sc(5, (e, r) => { const user = r.pick(['reporting', 'etl']); e(tDurSt, { pid: r.zipf(pooledRep), user, db: 'analytics', sql: S.gens.sqls(r) }); });
  // errors
  const tDup = S.tpl(SESS + 'ERROR:  duplicate key value violates unique constraint "{cons}"');
  const tDupD = S.tpl(SESS + 'DETAIL:  Key ({col})=({val}) already exists.');
  const tRel = S.tpl(SESS + 'ERROR:  relation "{rel}" does not exist at character {chr}');
  const tCol = S.tpl(SESS + 'ERROR:  column "{col}" does not exist at character {chr}');
  const tColHint = S.tpl(SESS + 'HINT:  Perhaps you meant to reference the column "{hcol}".');
  const tTimeout = S.tpl(SESS + 'ERROR:  canceling statement due to statement timeout');
  const tCancel = S.tpl(SESS + 'ERROR:  canceling statement due to user request');
  const tSer = S.tpl(SESS + 'ERROR:  could not serialize access due to concurrent update');
  const tSyntax = S.tpl(SESS + 'ERROR:  syntax error at or near "{tok}" at character {chr}');
  const tNull = S.tpl(SESS + 'ERROR:  null value in column "{col}" of relation "{table}" violates not-null constraint');
  const tNullD = S.tpl(SESS + 'DETAIL:  Failing row contains ({row}).');
  const tFk = S.tpl(SESS + 'ERROR:  insert or update on table "{table}" violates foreign key constraint "{fk}"');
  const tFkD = S.tpl(SESS + 'DETAIL:  Key ({col})=({val}) is not present in table "{table2}".');
  const tPerm = S.tpl(SESS + 'ERROR:  permission denied for table {table}');
  const tNoTx = S.tpl(SESS + 'WARNING:  there is no transaction in progress');
  const tInTx = S.tpl(SESS + 'WARNING:  there is already a transaction in progress');
  S.sc(6, (e, r) => {
    const v = pooledV(r);
    const k = r.w([['dup', 5], ['to', 2.5], ['ser', 2], ['null', 0.7], ['fk', 0.8], ['notx', 0.9]]);
    if (k === 'dup') {
      const [cons, col, val] = r.pick([['uk_orders_idempotency_key', 'idempotency_key', r.uuid()], ['order_items_pkey', 'id', String(r.int(9000000, 9999999))], ['uk_outbox_event_id', 'event_id', r.uuid()]]);
      e(tDup, { ...v, cons }); e(tDupD, { ...v, col, val }); e(tStatement, { ...v, sql: r.pick([sqlX[2](), sqlX[3](), 'insert into orders (channel,created_at,customer_id,idempotency_key,status,total,updated_at,version,id) values ($1,$2,$3,$4,$5,$6,$7,$8,$9)']) });
    }
    if (k === 'to') { e(tTimeout, v); e(tStatement, { ...v, sql: sqlX[r.pick([0, 5])]() }); }
    if (k === 'ser') { e(tSer, v); e(tStatement, { ...v, sql: sqlX[r.pick([1, 6])]() }); }
    if (k === 'null') { e(tNull, { ...v, col: 'customer_id', table: 'orders' }); e(tNullD, { ...v, row: `${r.int(9000000, 9999999)}, web, 2026-03-03 ${p2(r.int(6, 12))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.int(100000, 999999)}+00, null, ${r.uuid()}, NEW, ${r.logn(60, 0.9).toFixed(2)}, 0` }); e(tStatement, { ...v, sql: 'insert into orders (channel,created_at,customer_id,idempotency_key,status,total,updated_at,version,id) values ($1,$2,$3,$4,$5,$6,$7,$8,$9)' }); }
    if (k === 'fk') { e(tFk, { ...v, table: 'order_items', fk: 'fk_order_items_product' }); e(tFkD, { ...v, col: 'sku', val: 'SKU-' + r.int(10000, 99999), table2: 'products' }); }
    if (k === 'notx') e(r.chance(0.75) ? tNoTx : tInTx, v);
  });
  S.sc(1.6, (e, r) => {
    const v = { pid: r.zipf(pooledRep), user: r.pick(['reporting', 'postgres']), db: 'analytics' };
    const k = r.w([['rel', 2], ['col', 1.5], ['syn', 1.5], ['perm', 0.6], ['cancel', 1]]);
    if (k === 'rel') { const rel = r.pick(['order_item', 'public.customer', 'daily_sale', 'analytics.weekly_sales']); e(tRel, { ...v, rel, chr: r.int(15, 90) }); e(tStatement, { ...v, sql: `SELECT * FROM ${rel} LIMIT ${r.pick([10, 100, 1000])}` }); }
    if (k === 'col') { const [col, hcol] = r.pick([['total_amount', 'orders.total'], ['customerid', 'o.customer_id'], ['create_at', 'orders.created_at']]); e(tCol, { ...v, col, chr: r.int(8, 60) }); if (r.chance(0.6)) e(tColHint, { ...v, hcol }); e(tStatement, { ...v, sql: `SELECT ${col} FROM orders o WHERE o.status = 'PAID'` }); }
    if (k === 'syn') { const tok = r.pick(['FROM', 'WHERE', ')', 'ORDER', 'limit']); e(tSyntax, { ...v, tok, chr: r.int(10, 120) }); e(tStatement, { ...v, sql: r.pick(['SELECT id, FROM orders', 'SELECT * FROM orders WHERE AND status = \'NEW\'', 'select count(*) from orders where (status = \'PAID\'']) }); }
    if (k === 'cancel') { e(tCancel, v); e(tStatement, { ...v, sql: S.gens.sqls(r) }); }
  });
  S.sc({ n: 2 }, (e, r, i) => { const v = { pid: r.zipf(pooledRep), user: 'reporting', db: 'analytics', table: i ? 'customers' : 'payments' }; e(tPerm, v); e(tStatement, { ...v, sql: `SELECT * FROM ${v.table} ORDER BY created_at DESC LIMIT 100` }); });
  // lock waits / deadlocks
  const tWait = S.tpl(SESS + 'LOG:  process {pid} still waiting for ShareLock on transaction {xid} after {wms} ms');
  const tWaitD = S.tpl(SESS + 'DETAIL:  Process holding the lock: {holder}. Wait queue: {pid}.');
  const tCtxTuple = S.tpl(SESS + 'CONTEXT:  while updating tuple ({blk},{lp}) in relation "{table}"');
  const tAcq = S.tpl(SESS + 'LOG:  process {pid} acquired ShareLock on transaction {xid} after {wms} ms');
  S.sc(1.8, (e, r) => {
    const v = { ...pooledV(r), xid: S.gens.xid(r), holder: r.pick(pooled), table: r.pick(['inventory', 'orders']), blk: r.int(0, 9000), lp: r.int(1, 120) };
    e(tWait, { ...v, wms: (1000 + r.f() * 5).toFixed(3) }); e(tWaitD, v); e(tCtxTuple, v); e(tStatement, { ...v, sql: sqlX[v.table === 'inventory' ? 1 : 6]() });
    if (r.chance(0.85)) e(tAcq, { ...v, wms: (1000 + r.logn(800, 1)).toFixed(3) }, r.int(1, 12));
  });
  const tDead = S.tpl(SESS + 'ERROR:  deadlock detected');
  const tDeadD = S.tpl(SESS + 'DETAIL:  Process {pid} waits for ShareLock on transaction {xid}; blocked by process {pid2}. Process {pid2} waits for ShareLock on transaction {xid2}; blocked by process {pid}.');
  const tDeadH = S.tpl(SESS + 'HINT:  See server log for query details.');
  S.sc({ n: 2 }, (e, r) => {
    const v = { ...pooledV(r), pid2: r.pick(pooled), table: 'inventory', blk: r.int(0, 9000), lp: r.int(1, 120) };
    e(tDead, v); e(tDeadD, v); e(tDeadH, v); e(tCtxTuple, v); e(tStatement, { ...v, sql: sqlX[1]() });
  });
  // auth failures
  const tPwFail = S.tpl(SESS + 'FATAL:  password authentication failed for user "{user}"');
  const tPwFailD = S.tpl(SESS + 'DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line {hbaline}: "{rule}"');
  const tNoHba = S.tpl(SESS + 'FATAL:  no pg_hba.conf entry for host "{ip}", user "{user}", database "{db}", no encryption');
  const tNoHbaSsl = S.tpl(SESS + 'FATAL:  no pg_hba.conf entry for host "{ip}", user "{user}", database "{db}", SSL encryption');
  const tNoDb = S.tpl(SESS + 'FATAL:  database "{db}" does not exist');
  const tNoRole = S.tpl(SESS + 'FATAL:  role "{user}" does not exist');
  const rules = { 118: 'host    all             all             10.40.0.0/16            scram-sha-256', 121: 'hostssl orders          app             10.40.0.0/16            scram-sha-256' };
  S.sc(2.6, (e, r) => {
    const k = r.w([['pw', 5], ['hba', 1], ['db', 0.7], ['role', 0.8]]);
    const v = { pid: r.int(1000, 64000), ip: k === 'hba' ? r.pick(['172.18.0.9', '192.168.7.23', '10.50.1.4']) : S.gens.ip(r), port: r.int(32768, 60999) };
    e(tRecv, v);
    if (k === 'pw') { const hbaline = r.pick([118, 121]); const x = { ...v, user: r.pick(['app', 'reporting', 'metabase', 'postgres', 'etl']), db: r.pick(['orders', 'analytics']), hbaline, rule: rules[hbaline] }; e(tPwFail, x); e(tPwFailD, x); }
    if (k === 'hba') e(r.chance(0.8) ? tNoHba : tNoHbaSsl, { ...v, user: r.pick(['postgres', 'app', 'grafana']), db: r.pick(['postgres', 'orders']) });
    if (k === 'db') e(tNoDb, { ...v, user: r.pick(['app', 'reporting']), db: r.pick(['order', 'orders_test', 'analytic', 'metabase']) });
    if (k === 'role') { const u = r.pick(['root', 'admin', 'grafana', 'readonly']); e(tNoRole, { ...v, user: u, db: r.pick(['postgres', 'orders', u]) }); }
  });
  // background: checkpoints, autovacuum, temp files
  const tCkS = S.tpl(B(CKPT) + 'LOG:  checkpoint starting: time');
  const tCkSw = S.tpl(B(CKPT) + 'LOG:  checkpoint starting: wal');
  const tCkC = S.tpl(B(CKPT) + 'LOG:  checkpoint complete: wrote {buf} buffers ({pct}); {added} WAL file(s) added, {removed} removed, {recycled} recycled; write={w} s, sync={s} s, total={tot} s; sync files={files}, longest={lg} s, average={avg} s; distance={dist} kB, estimate={est} kB; lsn={lsn}, redo lsn={rlsn}');
  const tCkFreq = S.tpl(B(CKPT) + 'LOG:  checkpoints are occurring too frequently ({n} seconds apart)');
  const tCkHint = S.tpl(B(CKPT) + 'HINT:  Consider increasing the configuration parameter "max_wal_size".');
  let lsnHi = 0x3A, lsnLo = 0x1000000;
  const lsn = r => { lsnLo += r.int(0x100000, 0x4000000); if (lsnLo > 0xffffffff) { lsnHi++; lsnLo -= 0xffffffff; } return `${lsnHi.toString(16).toUpperCase()}/${lsnLo.toString(16).toUpperCase()}`; };
  const ckComplete = (r) => { const buf = r.int(40, 30000); const w = (buf / 1200 + r.f() * 3).toFixed(3); const s = (r.f() * 0.2).toFixed(3); const rl = lsn(r); return { buf, pct: `${(buf / 1310.72).toFixed(1)}%`, added: r.w([[0, 8], [1, 1], [2, 0.4]]), removed: r.int(0, 6), recycled: r.int(0, 4), w, s, tot: (+w + +s + r.f() * 0.1).toFixed(3), files: r.int(3, 90), lg: (r.f() * 0.05).toFixed(3), avg: (r.f() * 0.005).toFixed(3), dist: r.int(500, 400000), est: r.int(300000, 420000), rlsn: rl, lsn: lsn(r) }; };
  S.sc(4, (e, r) => { e(tCkS); e(tCkC, ckComplete(r), r.int(3, 30)); });
  S.sc({ n: 2 }, (e, r) => { e(tCkFreq, { n: r.int(8, 25) }); e(tCkHint); e(tCkSw); e(tCkC, ckComplete(r)); });
  const tVac = S.tpl('[{pid}] LOG:  automatic vacuum of table "{qtable}": index scans: {n}');
  const tAna = S.tpl('[{pid}] LOG:  automatic analyze of table "{qtable}" system usage: CPU: user: {u} s, system: {sy} s, elapsed: {el} s');
  const tSkipVac = S.tpl('[{pid}] LOG:  skipping vacuum of "{table}" --- lock not available');
  S.sc(3.2, (e, r) => { const v = { pid: r.int(1000, 64000) }; if (r.chance(0.55)) e(tVac, { ...v, n: r.w([[0, 3], [1, 5], [2, 0.4]]) }); e(tAna, { ...v, u: (r.f() * 0.3).toFixed(2), sy: (r.f() * 0.05).toFixed(2), el: r.logn(0.4, 1).toFixed(2) }); });
  S.sc({ n: 2 }, (e, r) => e(tSkipVac, { table: r.pick(['inventory', 'outbox_events']) }));
  const tTemp = S.tpl(SESS + 'LOG:  temporary file: path "{tmp}", size {size}');
  S.sc(2.2, (e, r) => {
    const v = { pid: r.zipf(pooledRep), user: 'reporting', db: 'analytics' };
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) e(tTemp, { ...v, tmp: `base/pgsql_tmp/pgsql_tmp${v.pid}.${i + r.int(0, 40)}`, size: r.int(8192, 900000000) });
    e(tStatement, { ...v, sql: S.gens.sqls(r) });
  });
  // admin actions, reloads, replication
  const tTerm = S.tpl(SESS + 'FATAL:  terminating connection due to administrator command');
  S.sc({ n: 3 }, (e, r) => e(tTerm, pooledV(r)));
  const tHup = S.tpl(B(POST) + 'LOG:  received SIGHUP, reloading configuration files');
  const tParam = S.tpl(B(POST) + 'LOG:  parameter "{param}" changed to "{pval}"');
  S.sc({ n: 2 }, (e, r, i) => {
    e(tHup);
    if (i === 0) { e(tParam, { param: 'log_min_duration_statement', pval: '250ms' }); e(tParam, { param: 'work_mem', pval: '64MB' }); }
    else e(tParam, { param: 'statement_timeout', pval: '30s' });
  });
  const tRepl = S.tpl('[{pid}] replicator@[unknown] LOG:  replication connection authorized: user=replicator application_name={standby} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)');
  S.sc({ n: 1 }, (e, r) => { const v = { pid: r.int(1000, 64000), ip: '10.40.2.50', standby: 'pg-replica-1' }; e(tRecv, v); e(tRepl, v); });
  const tBroken = S.tpl(SESS + 'LOG:  could not send data to client: Broken pipe');
  const tLost = S.tpl(SESS + 'FATAL:  connection to client lost');
  S.sc({ n: 2 }, (e, r) => { const v = { pid: r.zipf(pooledRep), user: 'reporting', db: 'analytics' }; e(tBroken, v); e(tStatement, { ...v, sql: S.gens.sqls(r) }); e(tLost, v); });
});

// ----------------------------------------------------------------- 4. NginxMix
system('NginxMix', {
  title: 'nginx 1.24 reverse proxy in a container: combined access log and error log interleaved on one stream',
  timestamps: 'two layouts: access "[03/Mar/2026:14:02:11 +0000]", error "2026/03/03 14:02:11"',
  start: Date.UTC(2026, 2, 3, 14, 0, 3), gap: r => r.exp(2300), burst: r => r.exp(60),
  ts: { ts: fmt.clf, tse: fmt.goLog },
}, (S, P) => {
  const clients = Array.from({ length: 160 }, () => (P.chance(0.85) ? P.pubip() : P.privip('10.1')));
  const scanners = Array.from({ length: 12 }, () => P.pubip());
  const workers = [29, 30, 31, 32];
  const uas = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0',
    'ShopApp/4.12.0 (iOS 17.3.1; iPhone14,5)', 'okhttp/4.12.0',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  ];
  const scanUas = ['Mozilla/5.0 zgrab/0.x', 'python-requests/2.31.0', 'curl/8.4.0', 'Go-http-client/1.1', 'Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)', '-'];
  const hosts = ['shop.example.com', 'shop.example.com', 'api.example.com', 'static.example.com'];
  S.g('ruser', r => (r.chance(0.97) ? '-' : r.pick(['ops', 'grafana', 'mwilson'])));
  S.g('proto', r => r.w([['HTTP/1.1', 6], ['HTTP/2.0', 3.5], ['HTTP/1.0', 0.15]]));
  S.g('w', r => r.pick(workers));
  S.g('cid', r => r.int(10000, 9999999));
  S.g('server', r => r.pick(['shop.example.com', 'api.example.com', 'shop.example.com']));
  S.g('vhost', r => r.pick(hosts.slice(0, 3)));
  S.g('upurl', r => `http://10.1.${r.int(2, 4)}.${r.int(10, 40)}:8080${r.pick(['/api/v1/orders', '/api/v1/products?page=' + r.int(1, 30), '/api/v1/cart/' + r.uuid() + '/items', '/checkout/confirm', '/api/v1/search?q=' + r.pick(['shoes', 'red+dress', 'usb-c', 'lamp'])])}`);
  S.g('ref', r => r.w([['-', 5], ['https://shop.example.com/', 2], ['https://www.google.com/', 1], [`https://shop.example.com/p/${r.int(1000, 99999)}`, 1.5]]));
  const pages = r => r.w([['/', 2], [`/p/${r.int(1000, 99999)}`, 5], [`/c/${r.pick(['shoes', 'women', 'men', 'sale', 'home-garden', 'electronics'])}?page=${r.int(1, 8)}`, 2.5], ['/cart', 1], ['/checkout', 0.6], [`/search?q=${r.pick(['shoes', 'red+dress', 'usb-c+cable', 'lamp', 'gift'])}`, 1]]);
  const assets = r => r.pick(['/static/js/main.3f2a1c9b.js', '/static/css/main.8e11d0a4.css', '/static/js/vendor.77c0a2e1.js', `/img/p/${r.int(1000, 99999)}_${r.pick(['400', '800'])}.webp`, '/favicon.ico', '/static/fonts/inter-var.woff2']);
  const apis = r => r.w([[['GET', `/api/v1/products?page=${r.int(1, 30)}&size=20`], 4], [['GET', `/api/v1/products/${r.int(1000, 99999)}`], 4], [['POST', `/api/v1/cart/${r.uuid()}/items`], 2], [['GET', '/api/v1/cart/current'], 2], [['POST', '/api/v1/orders'], 1], [['PUT', `/api/v1/cart/${r.uuid()}/items/${r.int(1, 9)}`], 0.5], [['DELETE', `/api/v1/cart/${r.uuid()}/items/${r.int(1, 9)}`], 0.4], [['OPTIONS', '/api/v1/orders'], 0.4]]);
  const tA = S.tpl('{ip} - {ruser} [{ts}] "{method} {uri} {proto}" {status} {bytes} "{ref}" "{ua}"');
  const tEmpty = S.tpl('{ip} - - [{ts}] "" 400 0 "-" "-"');
  const tBin = S.tpl('{ip} - - [{ts}] "{bin}" 400 {bytes} "-" "-"');
  S.sc(9, (e, r) => { // page view with assets
    const ip = r.zipf(clients, 0.5), ua = r.zipf(uas, 0.9), proto = r.chance(0.7) ? 'HTTP/2.0' : 'HTTP/1.1';
    const page = pages(r);
    e(tA, { ip, ua, proto, method: 'GET', uri: page, status: r.w([[200, 30], [304, 2], [404, 0.5], [301, 0.3]]), bytes: r.int(9000, 140000), ref: S.gens.ref(r) });
    const n = r.w([[0, 3], [1, 2], [2, 2], [3, 1.5], [5, 1]]);
    for (let i = 0; i < n; i++) e(tA, { ip, ua, proto, method: 'GET', uri: assets(r), status: r.w([[200, 5], [304, 4]]), bytes: r.int(0, 300000), ref: 'https://shop.example.com' + page });
  });
  S.sc(12, (e, r) => { const [method, uri] = apis(r); e(tA, { ip: r.zipf(clients, 0.5), ua: r.zipf(uas.slice(3), 0.7), method, uri, status: r.w([[200, 20], [201, method === 'POST' ? 6 : 0], [204, method === 'DELETE' || method === 'OPTIONS' ? 5 : 0], [400, 0.6], [401, 0.7], [404, 0.6], [429, 0.5], [499, 0.3], [502, 0.3], [504, 0.3]]), bytes: r.int(0, 40000), ref: '-' }); });
  S.sc(4, (e, r) => e(tA, { ip: '10.1.0.1', ruser: '-', method: 'GET', uri: r.pick(['/healthz', '/readyz']), proto: 'HTTP/1.1', status: 200, bytes: 2, ref: '-', ua: 'kube-probe/1.29' }));
  S.sc(3.5, (e, r) => e(tA, { ip: r.pick(scanners), ruser: '-', method: r.w([['GET', 8], ['POST', 1], ['HEAD', 0.6]]), uri: r.pick(['/wp-login.php', '/.env', '/.git/config', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/cgi-bin/luci/;stok=/locale', '/actuator/health', '/admin/config.php', '/boaform/admin/formLogin', '/phpmyadmin/index.php', '/server-status', '/owa/auth/logon.aspx', '/?XDEBUG_SESSION_START=phpstorm']), proto: r.pick(['HTTP/1.1', 'HTTP/1.0']), status: r.w([[404, 8], [403, 1], [400, 0.5]]), bytes: r.int(150, 560), ref: '-', ua: r.pick(scanUas) }));
  S.sc(1.2, (e, r) => e(tEmpty, { ip: r.pick(scanners) }));
  S.sc(0.8, (e, r) => e(tBin, { ip: r.pick(scanners), bytes: r.pick([150, 157, 166, 173]), bin: r.pick(['\\x16\\x03\\x01\\x00\\xCA\\x01\\x00\\x00\\xC6\\x03\\x03', '\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03\\x8B', 'SSH-2.0-Go', '\\x03\\x00\\x00/*\\xE0\\x00\\x00\\x00\\x00\\x00Cookie: mstshash=Administr']) }));

  // error log
  const E = lvl => `{tse} [${lvl}] {w}#{w}: *{cid} `;
  const CSR = ', client: {ip}, server: {server}, request: "{method} {uri} {proto}"';
  const UP = ', upstream: "{upurl}"', HOST = ', host: "{vhost}"', REF = ', referrer: "{refurl}"';
  const errApi = r => { const [method, uri] = apis(r); return { ip: r.zipf(clients, 0.5), method, uri, proto: r.chance(0.6) ? 'HTTP/2.0' : 'HTTP/1.1', server: 'api.example.com', vhost: 'api.example.com', refurl: `https://shop.example.com/p/${r.int(1000, 99999)}` }; };
  const ups = [
    ['upstream timed out (110: Connection timed out) while reading response header from upstream', 4, 1.5],
    ['connect() failed (111: Connection refused) while connecting to upstream', 2.2, 0],
    ['upstream prematurely closed connection while reading response header from upstream', 1.5, 0],
    ['recv() failed (104: Connection reset by peer) while reading response header from upstream', 1, 0],
    ['upstream sent too big header while reading response header from upstream', 0.35, 0],
  ];
  for (const [msg, w, wref] of ups) {
    const t = S.tpl(E('error') + msg + CSR + UP + HOST);
    S.sc(w, (e, r) => e(t, errApi(r)));
    if (wref) { const t2 = S.tpl(E('error') + msg + CSR + UP + HOST + REF); S.sc(wref, (e, r) => e(t2, errApi(r))); }
  }
  const tDisabled = S.tpl(E('warn') + 'upstream server temporarily disabled while connecting to upstream' + CSR + UP + HOST);
  const tNoLive = S.tpl(E('error') + 'no live upstreams while connecting to upstream' + CSR + ', upstream: "http://api_backend{uri}"' + HOST);
  S.sc(0.7, (e, r) => e(tDisabled, errApi(r)));
  S.sc({ n: 3 }, (e, r) => e(tNoLive, errApi(r)));
  const staticErr = r => ({ ip: r.chance(0.5) ? r.pick(scanners) : r.zipf(clients, 0.5), method: r.w([['GET', 9], ['HEAD', 1]]), proto: 'HTTP/1.1', server: 'shop.example.com', vhost: r.pick(['shop.example.com', 'static.example.com']) });
  const tOpen = S.tpl(E('error') + 'open() "{path}" failed (2: No such file or directory)' + CSR + HOST);
  const tOpenRef = S.tpl(E('error') + 'open() "{path}" failed (2: No such file or directory)' + CSR + HOST + REF);
  const missing = r => r.pick(['/favicon.png', '/apple-touch-icon.png', '/apple-touch-icon-precomposed.png', '/robots.txt.bak', `/img/p/${r.int(1000, 99999)}_800.webp`, '/static/js/main.1a2b3c4d.js.map', '/.well-known/security.txt', '/ads.txt', '/wp-includes/wlwmanifest.xml', '/old site/banner 2023.jpg']);
  S.sc(5.5, (e, r) => { const uri = missing(r); e(tOpen, { ...staticErr(r), uri: encodeURI(uri), path: '/usr/share/nginx/html' + uri }); });
  S.sc(1.6, (e, r) => { const uri = missing(r); e(tOpenRef, { ...staticErr(r), uri: encodeURI(uri), path: '/usr/share/nginx/html' + uri, refurl: 'https://shop.example.com/' + r.pick(['', 'cart', 'p/' + r.int(1000, 99999)]) }); });
  const tIdx = S.tpl(E('error') + '"{path}" is not found (2: No such file or directory)' + CSR + HOST);
  const tDirIdx = S.tpl(E('error') + 'directory index of "{path}" is forbidden' + CSR + HOST);
  const tForbid = S.tpl(E('error') + 'access forbidden by rule' + CSR + HOST);
  S.sc(0.9, (e, r) => { const d = r.pick(['/admin/', '/backup/', '/wp/', '/old/']); e(tIdx, { ...staticErr(r), uri: d, path: `/usr/share/nginx/html${d}index.html` }); });
  S.sc(0.5, (e, r) => { const d = r.pick(['/static/', '/img/', '/static/js/']); e(tDirIdx, { ...staticErr(r), uri: d, path: `/usr/share/nginx/html${d}` }); });
  S.sc(1.1, (e, r) => e(tForbid, { ...staticErr(r), uri: r.pick(['/.git/config', '/.env', '/.htaccess', '/.DS_Store', '/nginx_status']) }));
  const tBody = S.tpl(E('error') + 'client intended to send too large body: {size} bytes' + CSR + HOST);
  const tBuf = S.tpl(E('warn') + 'a client request body is buffered to a temporary file /var/cache/nginx/client_temp/{tmp}' + CSR + HOST);
  const tUpBuf = S.tpl(E('warn') + 'an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{ptmp} while reading upstream' + CSR + UP + HOST);
  S.sc(0.5, (e, r) => e(tBody, { ...errApi(r), method: 'POST', uri: '/api/v1/uploads/avatar', size: r.int(10485761, 60000000) }));
  S.sc(1, (e, r) => e(tBuf, { ...errApi(r), method: 'POST', uri: r.pick(['/api/v1/uploads/avatar', '/api/v1/returns/attachments']), tmp: String(r.int(1, 99)).padStart(10, '0') }));
  S.sc(0.9, (e, r) => e(tUpBuf, { ...errApi(r), method: 'GET', uri: '/api/v1/exports/orders.csv', ptmp: `${r.int(0, 9)}/${p2(r.int(0, 99))}/${String(r.int(1, 9999)).padStart(10, '0')}` }));
  const tLimit = S.tpl(E('error') + 'limiting requests, excess: {excess} by zone "api_limit"' + CSR + HOST);
  const tDelay = S.tpl(E('warn') + 'delaying request, excess: {excess} by zone "api_limit"' + CSR + HOST);
  S.sc(2.2, (e, r) => { const v = { ...errApi(r), ip: r.pick(clients.slice(0, 4)) }; if (r.chance(0.4)) e(tDelay, { ...v, excess: (r.f() * 10).toFixed(3) }); e(tLimit, { ...v, excess: (10 + r.f() * 30).toFixed(3) }); });
  const tSsl = S.tpl('{tse} [crit] {w}#{w}: *{cid} SSL_do_handshake() failed (SSL: {sslerr}) while SSL handshaking, client: {ip}, server: 0.0.0.0:443');
  S.sc(1.5, (e, r) => e(tSsl, { ip: r.chance(0.7) ? r.pick(scanners) : r.pubip(), sslerr: r.pick(['error:0A00006C:SSL routines::bad key share', 'error:0A000102:SSL routines::unsupported protocol', 'error:0A0000C1:SSL routines::no shared cipher', 'error:0A00010B:SSL routines::wrong version number']) }));
  const tHtU = S.tpl(E('error') + 'user "{huser}" was not found in "/etc/nginx/.htpasswd"' + CSR + HOST);
  const tHtP = S.tpl(E('error') + 'user "{huser}": password mismatch' + CSR + HOST);
  const admin = r => ({ ip: r.pick(scanners.concat(clients.slice(0, 2))), method: 'GET', uri: r.pick(['/grafana/', '/admin/', '/admin/login']), proto: 'HTTP/1.1', server: 'shop.example.com', vhost: 'shop.example.com' });
  S.sc(0.6, (e, r) => e(tHtU, { ...admin(r), huser: r.pick(['admin', 'root', 'test', 'user', 'guest']) }));
  S.sc({ n: 3 }, (e, r) => e(tHtP, { ...admin(r), huser: r.pick(['ops', 'grafana']) }));
  const tFcgi = S.tpl(E('error') + 'FastCGI sent in stderr: "{phpmsg}" while reading response header from upstream' + CSR + ', upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"' + HOST);
  const tFcgiConn = S.tpl(E('error') + 'connect() to unix:/run/php/php8.2-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream' + CSR + ', upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"' + HOST);
  const legacy = r => ({ ip: r.zipf(clients, 0.5), method: 'GET', uri: r.pick(['/legacy/index.php?id=' + r.int(1, 900), '/legacy/feed.php', '/legacy/track.php?o=ORD-' + r.int(2026000000, 2026999999)]), proto: 'HTTP/1.1', server: 'shop.example.com', vhost: 'shop.example.com' });
  S.sc(0.9, (e, r) => e(tFcgi, { ...legacy(r), phpmsg: r.pick(['PHP message: PHP Warning:  Undefined array key "id" in /var/www/legacy/index.php on line 42', 'PHP message: PHP Deprecated:  strftime(): Function strftime() is deprecated in /var/www/legacy/lib/date.php on line 17', 'PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/legacy/db.php:12']) }));
  S.sc({ n: 2 }, (e, r) => e(tFcgiConn, legacy(r)));
  const tWc = S.tpl(E('alert') + '1024 worker_connections are not enough while connecting to upstream' + CSR + UP + HOST);
  S.sc({ n: 2 }, (e, r) => e(tWc, errApi(r)));
  const tMore = S.tpl(E('warn') + 'upstream sent more data than specified in "Content-Length" header while reading upstream' + CSR + UP + HOST);
  S.sc({ n: 2 }, (e, r) => e(tMore, errApi(r)));
  const tOcsp = S.tpl('{tse} [error] {w}#{w}: OCSP responder timed out (110: Connection timed out) while requesting certificate status, responder: {resp}, peer: {peer}:80, certificate: "/etc/letsencrypt/live/{domain}/fullchain.pem"');
  S.sc({ n: 3 }, (e, r) => e(tOcsp, { resp: 'r11.o.lencr.org', peer: r.pick(['23.215.0.136', '23.215.0.138', '2.16.186.41']), domain: r.pick(['shop.example.com', 'api.example.com']) }));
  // reload (SIGHUP) sequence: the only place master/worker lifecycle shows up
  const N = (pid, msg) => `{tse} [notice] ${pid}#${pid}: ${msg}`;
  const tSigProc = S.tpl(N('{spid}', 'signal process started'));
  const tHup = S.tpl(N(1, 'signal 1 (SIGHUP) received from {spid}, reconfiguring'));
  const tReconf = S.tpl(N(1, 'reconfiguring'));
  const tEpoll = S.tpl(N(1, 'using the "epoll" event method'));
  const tStartW = S.tpl(N(1, 'start worker processes'));
  const tStartWp = S.tpl(N(1, 'start worker process {wp}'));
  const tGrace = S.tpl(N('{ow}', 'gracefully shutting down'));
  const tExiting = S.tpl(N('{ow}', 'exiting'));
  const tExit = S.tpl(N('{ow}', 'exit'));
  const tChld = S.tpl(N(1, 'signal 17 (SIGCHLD) received from {ow}'));
  const tWexit = S.tpl(N(1, 'worker process {ow} exited with code 0'));
  const tSigIo = S.tpl(N(1, 'signal 29 (SIGIO) received'));
  S.sc({ n: 2 }, (e, r, i) => {
    const spid = 812 + i * 1031, old = i ? [833, 834, 835, 836] : workers, nw = i ? [1850, 1851, 1852, 1853] : [833, 834, 835, 836];
    e(tSigProc, { spid }); e(tHup, { spid }); e(tReconf); e(tEpoll); e(tStartW);
    for (const wp of nw) e(tStartWp, { wp });
    for (const ow of old) e(tGrace, { ow });
    for (const ow of old) { e(tExiting, { ow }); e(tExit, { ow }); }
    for (const ow of old) { e(tChld, { ow }); e(tWexit, { ow }); }
    e(tSigIo);
  });
});

// ----------------------------------------------------------------- 5. Kubelet
system('Kubelet', {
  title: 'Kubernetes 1.29 kubelet on node worker-3 (klog header: severity+MMDD, time, pid, file:line], mostly structured "msg" key=value)',
  timestamps: 'klog "I0303 14:02:11.123456" (severity letter glued to the date)',
  start: Date.UTC(2026, 2, 3, 11, 12, 0), gap: r => r.exp(4200), burst: r => r.exp(6),
  ts: { ts: fmt.klog, tsk: fmt.k8s },
}, (S, P) => {
  const K = (lvl, file, msg) => `${lvl}{ts}    2871 ${file}] ${msg}`;
  const Q = s => s; // readability marker for templates containing \" escapes
  const rs = () => P.alnum(P.int(9, 10), 'bcdfghjklmnpqrstvwxz2456789');
  const sfx = () => P.alnum(5, 'bcdfghjklmnpqrstvwxz2456789');
  const deploys = [['default', 'web', ['web', 'istio-proxy']], ['default', 'checkout', ['checkout']], ['payments', 'payments-api', ['api']], ['payments', 'ledger-worker', ['worker']], ['monitoring', 'node-exporter', ['node-exporter']], ['monitoring', 'prometheus-adapter', ['prometheus-adapter']], ['kube-system', 'coredns', ['coredns']], ['kube-system', 'kube-proxy', ['kube-proxy']], ['kube-system', 'calico-node', ['calico-node']], ['batch', 'report-builder', ['builder']], ['default', 'search-indexer', ['indexer']]];
  const newPod = (r, d) => {
    const [ns, app, containers] = d || r.pick(deploys);
    const name = `${app}-${rs()}-${sfx()}`;
    return { ns, podname: name, podref: `${ns}/${name}`, uid: r.uuid(), containers, podip: `10.244.3.${r.int(2, 254)}`, vols: [`kube-api-access-${sfx()}`].concat(r.chance(0.5) ? [`${app}-config`] : []).concat(r.chance(0.3) ? [`${app}-tls`] : []) };
  };
  const pods = Array.from({ length: 22 }, () => newPod(P));
  const crashers = [newPod(P, deploys[3]), newPod(P, deploys[9])];
  pods.push(...crashers);
  const cid = r => r.hex(64);
  const plugin = v => (v.startsWith('kube-api-access') ? 'kubernetes.io/projected' : v.endsWith('-tls') ? 'kubernetes.io/secret' : 'kubernetes.io/configmap');
  const uniq = (p, v) => `${plugin(v)}/${p.uid}-${v}`;
  const pv = (p, extra) => ({ ns: p.ns, podname: p.podname, podref: p.podref, uid: p.uid, ...extra });
  S.g('podref', r => r.pick(pods).podref);
  S.g('cname', r => r.pick(pods).containers[0]);

  // background noise
  const tDns = S.tpl(K('E', 'dns.go:153', '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.96.0.10 10.0.0.2 10.0.0.3"'));
  S.sc(9, (e, r) => e(tDns));
  const tProbe = S.tpl(K('I', 'kubelet.go:2528', '"SyncLoop (probe)" probe="{probe}" status="{st}" pod="{podref}"'));
  const tProbeEmpty = S.tpl(K('I', 'kubelet.go:2528', '"SyncLoop (probe)" probe="readiness" status="" pod="{podref}"'));
  const tProbeFail = S.tpl(K('I', 'prober.go:107', '"Probe failed" probeType="{ptype}" pod="{podref}" podUID="{uid}" containerName="{cname}" probeResult="failure" output="{out}"'));
  S.sc(12, (e, r) => {
    const p = r.zipf(pods, 0.6);
    const ptype = r.w([['Readiness', 5], ['Liveness', 1.5], ['Startup', 0.4]]);
    const x = pv(p, { cname: p.containers[0], ptype, out: r.pick([String.raw`Get \"http://${p.podip}:8080/ready\": dial tcp ${p.podip}:8080: connect: connection refused`, String.raw`Get \"http://${p.podip}:8080/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, 'HTTP probe failed with statuscode: 503', String.raw`dial tcp ${p.podip}:5432: i/o timeout`]) });
    e(tProbeFail, x);
    if (ptype === 'Readiness' && r.chance(0.6)) e(tProbeEmpty, x);
    if (ptype !== 'Readiness' && r.chance(0.4)) e(tProbe, { ...x, probe: ptype.toLowerCase(), st: 'unhealthy' });
  });
  S.sc(6, (e, r) => { const p = r.pick(pods); e(tProbe, pv(p, { probe: r.w([['readiness', 5], ['startup', 1]]), st: r.w([['ready', 5], ['started', 1]]) })); });
  const tSys = S.tpl(K('E', 'summary_sys_containers.go:51', Q(String.raw`"Failed to get system container stats" err="failed to get cgroup stats for \"{cg}\": failed to get container info for \"{cg}\": unknown container \"{cg}\"" containerName="{cg}"`)));
  S.sc(3, (e, r) => e(tSys, { cg: r.w([['/system.slice/containerd.service', 3], ['/system.slice/kubelet.service', 2]]) }));
  const tHk = S.tpl(K('W', 'kubelet.go:2442', '"Housekeeping took longer than expected" err="housekeeping took too long" expected="1s" actual="{actual}"'));
  S.sc(1.6, (e, r) => e(tHk, { actual: `${(1 + r.logn(0.3, 0.8)).toFixed(3)}s` }));
  const tWatch = S.tpl(K('W', 'manager.go:1169', 'Failed to process watch event {{EventType:0 Name:{cgpath} WatchSource:0}}: task {cid} not found: not found'));
  const tLogStats = S.tpl(K('E', 'cadvisor_stats_provider.go:444', '"Unable to fetch pod log stats" err="open /var/log/pods/{ns}_{podname}_{uid}: no such file or directory" pod="{podref}"'));
  S.sc(1.5, (e, r) => { const p = r.pick(pods), c = cid(r); e(tWatch, { cid: c, cgpath: `/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod${p.uid.replace(/-/g, '_')}.slice/cri-containerd-${c}.scope` }); });
  S.sc(1.2, (e, r) => { const p = newPod(r); e(tLogStats, pv(p)); });
  const tUpd = S.tpl(K('I', 'kubelet.go:2441', '"SyncLoop UPDATE" source="api" pods=["{podref}"]'));
  const tRec = S.tpl(K('I', 'kubelet.go:2474', '"SyncLoop RECONCILE" source="api" pods=["{podref}"]'));
  S.sc(3.5, (e, r) => e(tUpd));
  S.sc(0.6, (e, r) => e(tRec));
  // pod lifecycle
  const tAdd = S.tpl(K('I', 'kubelet.go:2425', '"SyncLoop ADD" source="api" pods=["{podref}"]'));
  const tTopo = S.tpl(K('I', 'topology_manager.go:215', '"Topology Admit Handler" podUID="{uid}" podNamespace="{ns}" podName="{podname}"'));
  const VOLP = String.raw` for volume \"{vol}\" (UniqueName: \"{uniq}\") pod \"{podname}\" (UID: \"{uid}\") " pod="{podref}"`;
  const tVerify = S.tpl(K('I', 'reconciler_common.go:258', '"operationExecutor.VerifyControllerAttachedVolume started' + VOLP));
  const tMount = S.tpl(K('I', 'reconciler_common.go:231', '"operationExecutor.MountVolume started' + VOLP));
  const tSetUp = S.tpl(K('I', 'operation_generator.go:721', '"MountVolume.SetUp succeeded' + VOLP));
  const tNoSandbox = S.tpl(K('I', 'util.go:30', '"No sandbox for pod can be found. Need to start a new one" pod="{podref}"'));
  const tHosts = S.tpl(K('I', 'kubelet_pods.go:176', '"Creating hosts mount for container" pod="{podref}" containerName="{cname}" podIPs=["{podip}"] path=true'));
  const tStarted = S.tpl(K('I', 'kubelet.go:2457', '"SyncLoop (PLEG): event for pod" pod="{podref}" event={{"ID":"{uid}","Type":"ContainerStarted","Data":"{cid}"}}'));
  const tDied = S.tpl(K('I', 'kubelet.go:2457', '"SyncLoop (PLEG): event for pod" pod="{podref}" event={{"ID":"{uid}","Type":"ContainerDied","Data":"{cid}"}}'));
  const tLatency = S.tpl(K('I', 'pod_startup_latency_tracker.go:102', '"Observed pod startup duration" pod="{podref}" podStartSLOduration={slo} podStartE2EDuration="{e2e}" podCreationTimestamp="{created}" firstStartedPulling="{pull1}" lastFinishedPulling="{pull2}" observedRunningTime="{running}" watchObservedRunningTime="{watch}"'));
  const tDel = S.tpl(K('I', 'kubelet.go:2431', '"SyncLoop DELETE" source="api" pods=["{podref}"]'));
  const tKill = S.tpl(K('I', 'kuberuntime_container.go:770', '"Killing container with a grace period" pod="{podref}" podUID="{uid}" containerName="{cname}" containerID="containerd://{cid}" gracePeriod={grace}'));
  const tRemove = S.tpl(K('I', 'kubelet.go:2447', '"SyncLoop REMOVE" source="api" pods=["{podref}"]'));
  const tUnmount = S.tpl(K('I', 'reconciler_common.go:159', String.raw`"operationExecutor.UnmountVolume started for volume \"{vol}\" (UniqueName: \"{uniq}\") pod \"{uid}\" (UID: \"{uid}\") "`));
  const tTear = S.tpl(K('I', 'operation_generator.go:887', String.raw`"UnmountVolume.TearDown succeeded for volume \"{uniq}\" (OuterVolumeSpecName: \"{vol}\") pod \"{uid}\" (UID: \"{uid}\"). InnerVolumeSpecName \"{vol}\". PluginName \"{plugin}\", VolumeGidValue \"\""`));
  const tDetached = S.tpl(K('I', 'reconciler_common.go:300', String.raw`"Volume detached for volume \"{vol}\" (UniqueName: \"{uniq}\") on node \"worker-3\" DevicePath \"\""`));
  const tOrphan = S.tpl(K('I', 'kubelet_volumes.go:163', '"Cleaned up orphaned pod volumes dir" podUID="{uid}" path="/var/lib/kubelet/pods/{uid}/volumes"'));
  const tRmC = S.tpl(K('I', 'scope.go:117', '"RemoveContainer" containerID="{cid}"'));
  const tCpu = S.tpl(K('I', 'cpu_manager.go:395', '"RemoveStaleState: removing container" podUID="{uid}" containerName="{cname}"'));
  const tCpuSet = S.tpl(K('I', 'state_mem.go:107', '"Deleted CPUSet assignment" podUID="{uid}" containerName="{cname}"'));
  const tMem = S.tpl(K('I', 'memory_manager.go:354', '"RemoveStaleState removing state" podUID="{uid}" containerName="{cname}"'));
  S.sc(3.6, (e, r) => {
    const p = newPod(r);
    const v = pv(p);
    e(tAdd, v); e(tTopo, v);
    for (const vol of p.vols) e(tVerify, { ...v, vol, uniq: uniq(p, vol) });
    for (const vol of p.vols) { e(tMount, { ...v, vol, uniq: uniq(p, vol) }); e(tSetUp, { ...v, vol, uniq: uniq(p, vol) }); }
    e(tNoSandbox, v);
    const d1 = r.int(2, 12);
    const cids = p.containers.map(() => cid(r));
    e(tStarted, { ...v, cid: cid(r) }, d1);
    p.containers.forEach((c, i) => { if (r.chance(0.5)) e(tHosts, { ...v, cname: c, podip: p.podip }, d1); e(tStarted, { ...v, cid: cids[i] }, d1); });
    const pulled = r.chance(0.35);
    const zero = '0001-01-01 00:00:00 +0000 UTC';
    const secs = r.logn(3, 0.8);
    e(tLatency, { ...v, slo: secs.toFixed(9).replace(/0+$/, ''), e2e: `${secs.toFixed(9).replace(/0+$/, '')}s`, created: t => fmt.k8s(t - secs * 1000 - 1000), pull1: pulled ? t => fmt.k8sFrac(t - secs * 800) : zero, pull2: pulled ? t => fmt.k8sFrac(t - secs * 200) : zero, running: t => fmt.k8s(t - 400), watch: t => fmt.k8sFrac(t) }, d1 + r.int(1, 8));
    if (r.chance(0.55)) { // later deleted (rollout / scale-down / job done)
      const d = r.int(60, 600);
      e(tDel, v, d);
      p.containers.forEach((c, i) => e(tKill, { ...v, cname: c, cid: cids[i], grace: p.ns === 'batch' ? 30 : r.pick([30, 30, 60, 10]) }, d));
      const d2 = d + r.int(1, 5);
      for (const cc of cids) e(tDied, { ...v, cid: cc }, d2);
      e(tRemove, v, d2);
      for (const vol of p.vols) e(tUnmount, { ...v, vol, uniq: uniq(p, vol) }, d2);
      for (const vol of p.vols) e(tTear, { ...v, vol, uniq: uniq(p, vol), plugin: plugin(vol) }, d2);
      for (const vol of p.vols) e(tDetached, { ...v, vol, uniq: uniq(p, vol) }, d2);
      for (const cc of cids) e(tRmC, { cid: cc }, d2 + 1);
      const d3 = d2 + r.int(2, 40);
      e(tOrphan, v, d3);
      p.containers.forEach(c => { e(tCpu, { ...v, cname: c }, d3 + 1); e(tCpuSet, { ...v, cname: c }, d3 + 1); e(tMem, { ...v, cname: c }, d3 + 1); });
    }
  });
  // crash loops
  const tErrSync = S.tpl(K('E', 'pod_workers.go:1298', '"Error syncing pod, skipping" err="{err}" pod="{podref}" podUID="{uid}"'));
  const tCSNotFound = S.tpl(K('E', 'remote_runtime.go:432', String.raw`"ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \"{cid}\": not found" containerID="{cid}"`));
  const tDelErr = S.tpl(K('I', 'pod_container_deletor.go:53', String.raw`"DeleteContainer returned error" containerID={{"Type":"containerd","ID":"{cid}"}} err="failed to get container status \"{cid}\": rpc error: code = NotFound desc = an error occurred when try to find container \"{cid}\": not found"`));
  const tPull = S.tpl(K('E', 'remote_image.go:180', String.raw`"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \"{image}\": failed to resolve reference \"{image}\": {image}: not found" image="{image}"`));
  const backoff = { n: 0 };
  S.sc(5, (e, r) => {
    const p = r.pick(crashers), c = p.containers[0], bo = r.w([['5m0s', 6], ['2m40s', 1], ['1m20s', 0.6], ['40s', 0.3]]);
    const v = pv(p);
    const old = cid(r);
    if (r.chance(0.35)) { e(tStarted, { ...v, cid: cid(r) }); e(tDied, { ...v, cid: cid(r) }, r.int(1, 6)); }
    e(tErrSync, { ...v, err: String.raw`failed to \"StartContainer\" for \"${c}\" with CrashLoopBackOff: \"back-off ${bo} restarting failed container=${c} pod=${p.podname}_${p.ns}(${p.uid})\"` });
    if (r.chance(0.3)) { e(tRmC, { cid: old }); if (r.chance(0.5)) { e(tCSNotFound, { cid: old }); e(tDelErr, { cid: old }); } }
    backoff.n++;
  });
  S.sc(0.9, (e, r) => {
    const p = newPod(r, deploys[1]); const image = `registry.example.com/shop/checkout:1.${r.int(40, 44)}.${r.int(0, 9)}-rc${r.int(1, 3)}`;
    const v = pv(p, { image });
    e(tPull, v);
    e(tErrSync, { ...v, err: String.raw`failed to \"StartContainer\" for \"checkout\" with ErrImagePull: \"rpc error: code = NotFound desc = failed to pull and unpack image \\\"${image}\\\": failed to resolve reference \\\"${image}\\\": ${image}: not found\"` });
    e(tErrSync, { ...v, err: String.raw`failed to \"StartContainer\" for \"checkout\" with ImagePullBackOff: \"Back-off pulling image \\\"${image}\\\"\"` }, r.int(1, 20));
  });
  // RBAC-restricted reflector (node authorizer) noise
  for (const [kind, res] of [['ConfigMap', 'configmaps'], ['Secret', 'secrets']]) {
    const body = `${res} "{obj}" is forbidden: User "system:node:worker-3" cannot list resource "${res}" in API group "" in the namespace "{ns}": no relationship found between node 'worker-3' and this object`;
    const tw = S.tpl(K('W', 'reflector.go:539', `object-"{ns}"/"{obj}": failed to list *v1.${kind}: ${body}`));
    const te = S.tpl(K('E', 'reflector.go:147', `object-"{ns}"/"{obj}": Failed to watch *v1.${kind}: failed to list *v1.${kind}: ${body}`));
    S.sc(kind === 'Secret' ? 0.5 : 0.9, (e, r) => { const p = r.pick(pods); const v = { ns: p.ns, obj: kind === 'Secret' ? `${p.podname.split('-')[0]}-tls` : `${p.podname.split('-')[0]}-config` }; e(tw, v); e(te, v); });
  }
  // API server outage (once)
  const API = 'https://10.0.0.10:6443';
  const tStatusErr = S.tpl(K('E', 'kubelet_node_status.go:549', '"Error updating node status, will retry" err="{err}"'));
  const tStatusGiveUp = S.tpl(K('E', 'kubelet_node_status.go:536', '"Unable to update node status" err="update node status exceeds retry count"'));
  const tLease = S.tpl(K('E', 'controller.go:145', `"Failed to ensure lease exists, will retry" err="Get \\"${API}/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/worker-3?timeout=10s\\": {neterr}" interval="{interval}"`));
  const tPodStatus = S.tpl(K('I', 'status_manager.go:853', `"Failed to get status for pod" podUID="{uid}" pod="{podref}" err="Get \\"${API}/api/v1/namespaces/{ns}/pods/{podname}\\": dial tcp 10.0.0.10:6443: connect: connection refused"`));
  S.sc({ n: 1 }, (e, r) => {
    for (let i = 0; i < 5; i++) e(tStatusErr, { err: String.raw`error getting node \"worker-3\": Get \"${API}/api/v1/nodes/worker-3?resourceVersion=0&timeout=10s\": ` + (i < 2 ? 'net/http: request canceled (Client.Timeout exceeded while awaiting headers)' : 'dial tcp 10.0.0.10:6443: connect: connection refused') });
    e(tStatusGiveUp);
    ['200ms', '400ms', '800ms', '1.6s', '3.2s'].forEach((interval, i) => e(tLease, { interval, neterr: i < 1 ? 'context deadline exceeded' : 'dial tcp 10.0.0.10:6443: connect: connection refused' }));
    for (let i = 0; i < 4; i++) e(tPodStatus, pv(r.pick(pods)));
  });
  // disk pressure / image GC (once) and image GC (twice)
  const tGcHigh = S.tpl(K('I', 'image_gc_manager.go:391', '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage={usage} highThreshold=85 amountToFree={free} lowThreshold=80'));
  const tRmImg = S.tpl(K('I', 'image_gc_manager.go:447', '"Removing image to free bytes" imageID="sha256:{sha}" size={size} runtimeHandler=""'));
  const tEvReclaim = S.tpl(K('W', 'eviction_manager.go:366', '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'));
  const tEvGc = S.tpl(K('I', 'container_gc.go:88', '"Attempting to delete unused containers"'));
  const tEvMust = S.tpl(K('I', 'eviction_manager.go:377', '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"'));
  const tEvRank = S.tpl(K('I', 'eviction_manager.go:395', '"Eviction manager: pods ranked for eviction" pods=[{ranked}]'));
  const tEvOk = S.tpl(K('I', 'eviction_manager.go:616', '"Eviction manager: pod is evicted successfully" pod="{podref}"'));
  const tEvWait = S.tpl(K('I', 'eviction_manager.go:205', '"Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["{podref}"]'));
  const gc = (e, r) => { e(tGcHigh, { usage: r.int(86, 93), free: r.int(2e9, 9e9) }); for (let i = 0, n = r.int(2, 4); i < n; i++) e(tRmImg, { sha: r.hex(64), size: r.int(2e7, 9e8) }); };
  S.sc({ n: 2 }, (e, r) => gc(e, r));
  S.sc({ n: 1 }, (e, r) => {
    e(tEvReclaim); e(tEvGc); gc(e, r); e(tEvMust);
    const rk = [r.pick(pods), r.pick(pods), r.pick(pods)];
    e(tEvRank, { ranked: rk.map(p => `"${p.podref}"`).join(',') }); e(tEvOk, { podref: rk[0].podref }); e(tEvWait, { podref: rk[0].podref });
  });
  // certificates (rare)
  const tCertExp = S.tpl(K('I', 'certificate_manager.go:356', 'kubernetes.io/kube-apiserver-client-kubelet: Certificate expiration is {exp}, rotation deadline is {dl}'));
  const tCertRot = S.tpl(K('I', 'transport.go:147', '"Certificate rotation detected, shutting down client connections to start using new credentials"'));
  S.sc({ n: 2 }, (e, r, i) => e(tCertExp, { exp: i ? '2027-03-03 11:52:09 +0000 UTC' : '2026-03-03 15:47:09 +0000 UTC', dl: i ? '2026-12-14 02:31:55.270013467 +0000 UTC' : '2026-03-03 12:58:40.101331062 +0000 UTC' }));
  S.sc({ n: 1 }, (e, r) => e(tCertRot));
});

// ----------------------------------------------------------------- 6. Logcat
system('Logcat', {
  title: 'Android 14 phone logcat, threadtime format with the date/time columns removed: "PID  TID L Tag: message"',
  timestamps: 'none (the MM-DD HH:MM:SS.mmm columns were stripped)',
  start: Date.UTC(2026, 2, 3, 8, 15, 0), gap: r => r.exp(1500), burst: r => r.exp(20),
  ts: { tshttp: fmt.http },
}, (S, P) => {
  // pids/tids are 4 digits (or fixed literals) so the %5d padding is stable
  const pad5 = x => (typeof x === 'number' ? String(x).padStart(5) : ' ' + x);
  const L = (pid, tid, lvl, tag, msg) => `${pid} ${pad5(tid)} ${lvl} ${tag}: ${msg}`;
  const SS = 1021, SYSUI = 1480, WPA = 812, HEALTHD = 431, ZYG = 688, LMKD = 503, NETSTACK = 1790, AUDIO = 742, SF = 602;
  const sysTids = [1045, 1046, 1062, 1063, 1098, 1102, 1187, 1190, 1243, 1311, 2230, 2876, 3120];
  S.g('tid', r => r.zipf(sysTids, 0.8));
  const apps = [
    ['com.whatsapp', 'com.whatsapp/.home.ui.HomeActivity'], ['com.google.android.youtube', 'com.google.android.youtube/com.google.android.apps.youtube.app.watchwhile.MainActivity'],
    ['com.spotify.music', 'com.spotify.music/.MainActivity'], ['org.telegram.messenger', 'org.telegram.messenger/org.telegram.ui.LaunchActivity'],
    ['com.android.chrome', 'com.android.chrome/com.google.android.apps.chrome.Main'], ['com.google.android.gm', 'com.google.android.gm/.ConversationListActivityGmail'],
    ['com.instagram.android', 'com.instagram.android/.activity.MainTabActivity'], ['com.example.shop', 'com.example.shop/.ui.MainActivity'],
    ['com.google.android.apps.maps', 'com.google.android.apps.maps/com.google.android.maps.MapsActivity'], ['com.android.settings', 'com.android.settings/.Settings'],
    ['com.google.android.apps.photos', 'com.google.android.apps.photos/.home.HomeActivity'], ['com.strava', 'com.strava/.view.main.MainActivity'],
    ['de.bahn.dbnavigator', 'de.bahn.dbnavigator/.ui.StartActivity'], ['com.google.android.gms.persistent', null], ['com.google.android.apps.messaging', 'com.google.android.apps.messaging/.ui.ConversationListActivity'],
  ];
  const uidOf = {}; for (const [pkg] of apps) uidOf[pkg] = P.int(110, 380);
  let nextPid = 3100;
  const running = [];
  const launch = (r, pkg) => { nextPid += r.int(3, 60); if (nextPid > 9800) nextPid = 3100; const pr = { pkg, pid: nextPid, n: uidOf[pkg] }; running.push(pr); return pr; };
  for (let i = 0; i < 8; i++) launch(P, apps[i][0]);
  const anyProc = r => r.zipf(running, 0.5);
  const appTid = (r, pr) => (r.chance(0.5) ? pr.pid : pr.pid + r.int(10, 180));
  const compOf = pkg => (apps.find(a => a[0] === pkg) || [])[1] || `${pkg}/.MainActivity`;
  const ustr = pr => `u0a${pr.n}`;
  const pv = (r, pr) => ({ apid: pr.pid, atid: appTid(r, pr), pkg: pr.pkg, ustr: ustr(pr), auid: 10000 + pr.n, comp: compOf(pr.pkg) });

  const tChatty = S.tpl(L(SS, '{tid}', 'I', 'chatty  ', 'uid=1000(system) {cthr} expire {n} lines'));
  const tChattyApp = S.tpl(L('{apid}', '{atid}', 'I', 'chatty  ', 'uid={auid}({ustr}) {athr} identical {n} lines'));
  S.sc(5, (e, r) => e(tChatty, { cthr: r.pick(['Binder:1021_3', 'Binder:1021_B', 'android.bg', 'ActivityManager', 'PowerManagerSer', 'NetworkStats', 'android.display']), n: r.zipf(range(1, 60), 0.8) }));
  S.sc(2, (e, r) => { const pr = anyProc(r); e(tChattyApp, { ...pv(r, pr), ustr: `u0_a${pr.n}`, athr: r.pick(['RenderThread', 'OkHttp Dispatch', 'main', 'Firebase-Messaging-Network-Io', 'pool-3-thread-1']), n: r.zipf(range(1, 40), 0.9) }); });
  // ART GC
  const GC = ' GC freed {objs}({objkb}) AllocSpace objects, {los}({loskb}) LOS objects, {pct} free, {used}/{total}, paused {paused} total {gctotal}';
  const tGc = S.tpl(L('{apid}', '{atid}', 'I', '{pkg}', 'Background concurrent copying' + GC));
  const tGcY = S.tpl(L('{apid}', '{atid}', 'I', '{pkg}', 'Background young concurrent copying' + GC));
  const tGcX = S.tpl(L('{apid}', '{atid}', 'I', '{pkg}', 'Explicit concurrent copying' + GC));
  const gcv = r => { const total = r.int(6, 96); const used = Math.floor(total * (0.35 + r.f() * 0.3)); return { objs: r.int(2000, 900000), objkb: `${r.int(64, 60000)}KB`, los: r.int(0, 60), loskb: `${r.int(0, 20000)}KB`, pct: `${r.int(30, 75)}%`, used: `${used}MB`, total: `${total}MB`, paused: `${r.int(20, 900)}us`, gctotal: `${(r.logn(60, 0.8)).toFixed(3)}ms` }; };
  S.sc(9, (e, r) => { const pr = anyProc(r); e(tGc, { ...pv(r, pr), ...gcv(r) }); });
  S.sc(5, (e, r) => { const pr = anyProc(r); e(tGcY, { ...pv(r, pr), ...gcv(r) }); });
  S.sc({ n: 3 }, (e, r) => { const pr = anyProc(r); e(tGcX, { ...pv(r, pr), ...gcv(r) }); });
  const tGcHist = S.tpl(L('{apid}', '{atid}', 'W', '{pkg}', 'Reducing the number of considered missed Gc histogram windows from {n} to 100'));
  S.sc(0.5, (e, r) => { const pr = anyProc(r); e(tGcHist, { ...pv(r, pr), n: r.int(101, 190) }); });
  const tSkip = S.tpl(L('{apid}', '{apid}', 'I', 'Choreographer', 'Skipped {n} frames!  The application may be doing too much work on its main thread.'));
  S.sc(3, (e, r) => e(tSkip, { apid: anyProc(r).pid, n: r.zipf(range(30, 400), 0.6) }));
  // app launch
  const tStartLauncher = S.tpl(L(SS, '{tid}', 'I', 'ActivityTaskManager', 'START u0 {{act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp={comp} bnds=[{bnds}]}} from uid 10087'));
  const tStartOther = S.tpl(L(SS, '{tid}', 'I', 'ActivityTaskManager', 'START u0 {{act={act} flg={flg} cmp={comp}}} from uid {cuid}'));
  const tStartProc = S.tpl(L(SS, '{tid}', 'I', 'ActivityManager', 'Start proc {apid}:{pkg}/{ustr} for {reason} {{{comp}}}'));
  const tDisplayed = S.tpl(L(SS, '{tid}', 'I', 'ActivityTaskManager', 'Displayed {comp}: +{disp}'));
  const tNsc = S.tpl(L('{apid}', '{apid}', 'D', 'NetworkSecurityConfig', 'No Network Security Config specified, using platform default'));
  const tJdwp = S.tpl(L('{apid}', '{apid}', 'E', '{pkg}', 'Not starting debugger since process cannot load the jdwp agent.'));
  const tHidden = S.tpl(L('{apid}', '{apid}', 'W', '{pkg}', 'Accessing hidden method {member} ({list}, {how}, allowed)'));
  const tHiddenF = S.tpl(L('{apid}', '{apid}', 'W', '{pkg}', 'Accessing hidden field {member} ({list}, {how}, allowed)'));
  const tFocus = S.tpl(L(SS, '{tid}', 'I', 'WindowManager', 'Changing focus from Window{{{w1} u0 {from}}} to Window{{{w2} u0 {comp}}} displayId=0'));
  const tFocusNull = S.tpl(L(SS, '{tid}', 'I', 'WindowManager', 'Changing focus from null to Window{{{w2} u0 {comp}}} displayId=0'));
  S.sc(3.2, (e, r) => {
    const [pkg, comp] = r.zipf(apps.filter(a => a[1]), 0.7);
    let pr = running.find(x => x.pkg === pkg);
    const cold = !pr;
    if (cold) pr = launch(r, pkg);
    const v = { ...pv(r, pr), tid: r.pick(sysTids), comp };
    if (r.chance(0.7)) e(tStartLauncher, { ...v, bnds: `${r.int(0, 800)},${r.int(200, 2000)}][${r.int(100, 1080)},${r.int(300, 2400)}` });
    else e(tStartOther, { ...v, act: r.pick(['android.intent.action.VIEW', 'android.intent.action.SEND', 'android.intent.action.MAIN']), flg: r.pick(['0x14000000', '0x10000000', '0x10008000', '0x3000000']), cuid: r.pick([10087, 1000, 10000 + r.pick(Object.values(uidOf))]) });
    if (cold) {
      e(tStartProc, { ...v, reason: 'top-activity' });
      if (r.chance(0.55)) e(tNsc, v, 1);
      if (r.chance(0.3)) e(tJdwp, v, 1);
      if (r.chance(0.25)) e(tHidden, { ...v, member: r.pick(['Landroid/view/View;->computeFitSystemWindows(Landroid/graphics/Rect;Landroid/graphics/Rect;)Z', 'Landroid/view/ViewGroup;->makeOptionalFitsSystemWindows()V', 'Landroid/app/ActivityThread;->currentActivityThread()Landroid/app/ActivityThread;']), list: r.pick(['unsupported', 'max-target-p', 'sdk']), how: r.pick(['reflection', 'linking', 'JNI']) }, 2);
      if (r.chance(0.12)) e(tHiddenF, { ...v, member: r.pick(['Landroid/os/Message;->next:Landroid/os/Message;', 'Landroid/view/View;->mAccessibilityDelegate:Landroid/view/View$AccessibilityDelegate;']), list: 'unsupported', how: 'reflection' }, 2);
    }
    if (r.chance(0.75)) e(tFocus, { ...v, w1: r.hex(7), w2: r.hex(7), from: r.pick(['com.google.android.apps.nexuslauncher/com.google.android.apps.nexuslauncher.NexusLauncherActivity', 'NotificationShade', compOf(r.pick(running).pkg)]) }, 2);
    else e(tFocusNull, { ...v, w2: r.hex(7) }, 2);
    e(tDisplayed, { ...v, disp: cold ? `${r.int(1, 2)}s${r.int(0, 999)}ms` : `${r.int(120, 900)}ms` }, r.int(2, 6));
  });
  const tStartSvc = S.tpl(L(SS, '{tid}', 'I', 'ActivityManager', 'Start proc {apid}:{pkg}/{ustr} for {reason} {{{svc}}}'));
  S.sc(1.6, (e, r) => {
    const [pkg] = r.pick(apps); const pr = launch(r, pkg);
    const reason = r.w([['service', 3], ['broadcast', 2], ['content provider', 0.8], ['bind-service', 0.6]]);
    e(tStartSvc, { ...pv(r, pr), reason, svc: reason === 'content provider' ? `${pkg}/androidx.startup.InitializationProvider` : `${pkg}/${r.pick(['.sync.SyncService', 'com.google.firebase.messaging.FirebaseMessagingService', 'androidx.work.impl.background.systemjob.SystemJobService', '.receivers.BootReceiver'])}` });
  });
  // kill / death
  const tKilling = S.tpl(L(SS, '{tid}', 'I', 'ActivityManager', 'Killing {apid}:{pkg}/{ustr} (adj {adj}): {why}'));
  const tDied = S.tpl(L(SS, '{tid}', 'I', 'ActivityManager', 'Process {pkg} (pid {apid}) has died: {pstate}'));
  const tZyg = S.tpl(L(ZYG, ZYG, 'I', 'Zygote', 'Process {apid} exited due to signal 9 (Killed)'));
  const tCg = S.tpl(L(SS, '{tid}', 'I', 'libprocessgroup', 'Successfully killed process cgroup uid {auid} pid {apid} in {kms}'));
  const tLmk = S.tpl(L(LMKD, LMKD, 'I', 'lowmemorykiller', "Kill '{pkg}' ({apid}), uid {auid}, oom_score_adj {adj} to free {rss} rss, {swap} swap; reason: {lmkr}"));
  const tFreeze = S.tpl(L(SS, '{tid}', 'D', 'ActivityManager', 'freezing {apid} {pkg}'));
  const tUnfreeze = S.tpl(L(SS, '{tid}', 'D', 'ActivityManager', 'unfreezing {apid} {pkg}'));
  S.sc(2.6, (e, r) => {
    if (running.length < 5) return;
    const i = r.int(2, running.length - 1); const pr = running.splice(i, 1)[0];
    const v = { ...pv(r, pr), adj: r.int(900, 999), pstate: r.pick(['cch+5 CEM', 'cch+15 CEM', 'cch+25 CRE', 'svcb SVC', 'prev LAST']) };
    if (r.chance(0.7)) e(tKilling, { ...v, why: r.pick([`empty #${r.int(17, 33)}`, `cached #${r.int(20, 40)}`, 'remove task', `excessive cpu ${r.int(10000, 90000)} during ${r.int(300000, 300200)} dur=${r.int(1000000, 3000000)} limit=2`, 'stop ' + pr.pkg + ' due to from pid ' + r.int(3000, 9000)]) });
    else e(tLmk, { ...v, rss: `${r.int(20000, 400000)}kB`, swap: `${r.int(0, 90000)}kB`, lmkr: r.pick(['low watermark is breached and swap is low (0kB < 314572kB)', 'device is low on swap (0kB < 314572kB) and thrashing (31%)', 'min2 watermark is breached even after kill']) });
    e(tZyg, v, 1); e(tCg, { ...v, kms: `${r.zipf(range(0, 40), 1)}ms` }, 1); e(tDied, v, 1);
  });
  S.sc(2, (e, r) => { const pr = anyProc(r); e(tFreeze, pv(r, pr)); });
  S.sc(1, (e, r) => { const pr = anyProc(r); e(tUnfreeze, pv(r, pr)); });
  // Wi-Fi
  const WL = 'wlan0: ';
  const tSig = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'CTRL-EVENT-SIGNAL-CHANGE above={above} signal={dbm} noise={noise} txrate={txr}'));
  const tScanS = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'CTRL-EVENT-SCAN-STARTED'));
  const tScanR = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'CTRL-EVENT-SCAN-RESULTS'));
  S.sc(7, (e, r) => { const dbm = -r.int(45, 85); e(tSig, { above: dbm > -70 ? 1 : 0, dbm, noise: -r.int(88, 97), txr: r.pick([433300, 866700, 400000, 286800, 144400, 65000]) }); });
  S.sc(2.4, (e, r) => { e(tScanS); e(tScanR, {}, 1); });
  const tDisc = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'CTRL-EVENT-DISCONNECTED bssid={bssid} reason={rc} locally_generated=1'));
  const tDiscR = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'CTRL-EVENT-DISCONNECTED bssid={bssid} reason={rc}'));
  const tTry = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + "Trying to associate with SSID '{ssid}'"));
  const tKey = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'WPA: Key negotiation completed with {bssid} [PTK=CCMP GTK=CCMP]'));
  const tConn = S.tpl(L(WPA, WPA, 'I', 'wpa_supplicant', WL + 'CTRL-EVENT-CONNECTED - Connection to {bssid} completed [id={nid} id_str=]'));
  const tCsDown = S.tpl(L(SS, '{tid}', 'D', 'ConnectivityService', 'NetworkAgentInfo [WIFI () - {netid}] EVENT_NETWORK_INFO_CHANGED, going from CONNECTED to DISCONNECTED'));
  const tCsUp = S.tpl(L(SS, '{tid}', 'D', 'ConnectivityService', 'NetworkAgentInfo [WIFI () - {netid}] EVENT_NETWORK_INFO_CHANGED, going from CONNECTING to CONNECTED'));
  const tDhcp = S.tpl(L(NETSTACK, '{ntid}', 'D', 'DhcpClient', 'Received packet: {mac} ACK: your new IP /{ip}, netmask /255.255.255.0, gateway /{gw} DNS servers: /{gw} , lease time {lease}'));
  const tDns = S.tpl(L(NETSTACK, '{ntid}', 'D', 'NetworkMonitor/{netid}', 'PROBE_DNS connectivitycheck.gstatic.com {dms} OK {addrs}'));
  const tHttps = S.tpl(L(NETSTACK, '{ntid}', 'D', 'NetworkMonitor/{netid}', 'PROBE_HTTPS https://www.google.com/generate_204 time={dms} ret=204 request={{User-Agent=[Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.32 Safari/537.36]}} headers={{null=[HTTP/1.1 204 No Content], Content-Length=[0], Date=[{tshttp}], Alt-Svc=[h3=":443"; ma=2592000,h3-29=":443"; ma=2592000]}}'));
  const tHttp = S.tpl(L(NETSTACK, '{ntid}', 'D', 'NetworkMonitor/{netid}', 'PROBE_HTTP http://connectivitycheck.gstatic.com/generate_204 time={dms} ret=204 request={{User-Agent=[Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.32 Safari/537.36]}} headers={{null=[HTTP/1.1 204 No Content], Content-Length=[0], Date=[{tshttp}]}}'));
  const nets = [['Home WiFi 5G', P.mac(), '192.168.178'], ['eduroam', P.mac(), '10.172.40'], ['FRITZ!Box 7590 XQ', P.mac(), '192.168.188'], ['Cafe Central Guest', P.mac(), '172.20.10']];
  let netid = 100;
  S.g('ntid', r => r.pick([1822, 1823, 1840, 1913]));
  S.g('dms', r => `${Math.max(1, Math.round(r.logn(35, 0.8)))}ms`);
  S.sc(0.9, (e, r) => {
    const [ssid, bssid, pfx] = r.zipf(nets, 0.8);
    e(r.chance(0.7) ? tDisc : tDiscR, { bssid: r.mac(), rc: r.pick([3, 8, 15, 34]) });
    e(tCsDown, { netid }, 0);
    netid++;
    const v = { ssid, bssid, nid: nets.findIndex(n => n[0] === ssid), netid, gw: `${pfx}.1`, ip: `${pfx}.${r.int(20, 200)}`, mac: r.mac() };
    e(tScanS, {}, 2); e(tScanR, {}, 2);
    e(tTry, v, 3); e(tKey, v, 3); e(tConn, v, 3);
    e(tDhcp, { ...v, lease: r.pick([3600, 43200, 86400, 864000]) }, 4); e(tCsUp, v, 4);
    e(tDns, { ...v, addrs: r.pick(['142.250.185.99', '142.250.186.163,2a00:1450:4001:82b::2003', '172.217.16.195']) }, 5);
    e(tHttps, v, 5); e(tHttp, v, 5);
  });
  S.sc(0.7, (e, r) => e(tDns, { netid, addrs: r.pick(['142.250.185.99', '172.217.16.195']) }));
  // battery / power / display
  let lvl = 78;
  const tBatt = S.tpl(L(HEALTHD, HEALTHD, 'I', 'healthd', 'battery l={l} v={mv} t={temp} h=2 st=3 c={cur} fc=4412000 cc=231 chg='));
  const tBattChg = S.tpl(L(HEALTHD, HEALTHD, 'I', 'healthd', 'battery l={l} v={mv} t={temp} h=2 st={st} c={cur} fc=4412000 cc=231 chg={chg}'));
  S.sc(3, (e, r) => {
    const charging = r.chance(0.3);
    lvl = Math.max(8, Math.min(100, lvl + (charging ? r.int(0, 2) : -r.int(0, 1))));
    const v = { l: lvl, mv: 3600 + lvl * 6 + r.int(-20, 20), temp: (26 + r.f() * 12).toFixed(1), cur: charging ? r.int(500000, 2900000) : -r.int(80000, 900000) };
    if (charging) e(tBattChg, { ...v, st: lvl >= 100 ? 5 : 2, chg: r.w([['u', 1], ['a', 3], ['w', 0.5]]) }); else e(tBatt, v);
  });
  const tSleep = S.tpl(L(SS, '{tid}', 'I', 'PowerManagerService', 'Going to sleep due to {why} (uid {suid})...'));
  const tWake = S.tpl(L(SS, '{tid}', 'I', 'PowerManagerService', 'Waking up from {state} (uid={wuid}, reason={wreason}, details={details})...'));
  const tBlock = S.tpl(L(SS, '{tid}', 'I', 'DisplayPowerController[0]', 'Blocking screen on until initial contents have been drawn.'));
  const tUnblock = S.tpl(L(SS, '{tid}', 'I', 'DisplayPowerController[0]', 'Unblocked screen on after {n} ms'));
  const tKg = S.tpl(L(SYSUI, '{stid}', 'D', 'KeyguardUpdateMonitor', 'handleBatteryUpdate'));
  S.g('stid', r => r.pick([1480, 1502, 1533, 1560]));
  S.sc(1.2, (e, r) => {
    e(tSleep, { why: r.w([['timeout', 2], ['power_button', 1]]), suid: 1000 });
    const d = r.int(3, 80);
    e(tWake, { state: r.pick(['Asleep', 'Dozing']), wuid: r.pick([1000, 10087]), wreason: r.pick(['WAKE_REASON_POWER_BUTTON', 'WAKE_REASON_GESTURE', 'WAKE_REASON_LIFT', 'WAKE_REASON_PLUGGED_IN']), details: r.pick(['android.policy:POWER', 'android.policy:GESTURE', 'android.server.power:PLUGGED:true']) }, d);
    e(tBlock, {}, d); e(tUnblock, { n: r.int(40, 400) }, d);
  });
  S.sc(2.2, (e, r) => e(tKg));
  // misc system_server
  const tBg = S.tpl(L(SS, '{tid}', 'W', 'BroadcastQueue', 'Background execution not allowed: receiving Intent {{ act={action} flg=0x10 }} to {rcv}'));
  const tBgX = S.tpl(L(SS, '{tid}', 'W', 'BroadcastQueue', 'Background execution not allowed: receiving Intent {{ act={action} flg=0x10 (has extras) }} to {rcv}'));
  const actions = ['android.intent.action.PACKAGE_ADDED', 'android.intent.action.SCREEN_ON', 'com.google.android.c2dm.intent.RECEIVE', 'android.net.conn.CONNECTIVITY_CHANGE', 'android.intent.action.ACTION_POWER_CONNECTED', 'android.intent.action.PACKAGE_REPLACED'];
  const rcv = r => `${r.pick(apps)[0]}/${r.pick(['.receivers.PackageReceiver', 'com.google.android.gms.measurement.AppMeasurementReceiver', '.sync.NetworkChangeReceiver', 'androidx.work.impl.background.systemalarm.ConstraintProxy$NetworkStateProxy'])}`;
  S.sc(1.4, (e, r) => e(tBg, { action: r.pick(actions), rcv: rcv(r) }));
  S.sc(0.9, (e, r) => e(tBgX, { action: r.pick(actions), rcv: rcv(r) }));
  const tNoSvc = S.tpl(L(SS, '{tid}', 'W', 'ActivityManager', 'Unable to start service Intent {{ act={action} pkg={pkg} }} U=0: not found'));
  S.sc(0.4, (e, r) => e(tNoSvc, { action: r.pick(['com.google.android.gms.analytics.service.START', 'com.android.vending.billing.InAppBillingService.BIND']), pkg: r.pick(['com.google.android.gms', 'com.android.vending']) }));
  const tBgStart = S.tpl(L(SS, '{tid}', 'W', 'ActivityManager', 'Background start not allowed: service Intent {{ cmp={svc} }} to {svc} from pid={apid} uid={auid} pkg={pkg} startFg?=false'));
  S.sc(0.5, (e, r) => { const pr = anyProc(r); e(tBgStart, { ...pv(r, pr), svc: `${pr.pkg}/.sync.SyncService` }); });
  const tSlowD = S.tpl(L(SS, '{tid}', 'W', 'Looper', 'Slow dispatch took {dms} main h=com.android.server.am.ActivityManagerService$MainHandler c=null m={m}'));
  const tSlowV = S.tpl(L(SS, '{tid}', 'W', 'Looper', 'Slow delivery took {dms} main h=android.app.ActivityThread$H c=android.app.LoadedApk$ServiceDispatcher$RunConnection@{hex} m=0'));
  S.sc(0.8, (e, r) => e(tSlowD, { dms: `${r.int(100, 900)}ms`, m: r.int(12, 80) }));
  S.sc(0.5, (e, r) => e(tSlowV, { dms: `${r.int(300, 3000)}ms`, hex: r.hex(7) }));
  const tEnergy = S.tpl(L(SS, '{tid}', 'E', 'BatteryExternalStatsWorker', 'no controller energy info supplied for {ctrl}'));
  S.sc(1, (e, r) => e(tEnergy, { ctrl: r.pick(['bluetooth', 'wifi', 'modem']) }));
  const tUsage = S.tpl(L(SS, '{tid}', 'I', 'UsageStatsService', 'User[0] Flushing usage stats to disk'));
  S.sc(0.5, (e, r) => e(tUsage));
  const tInputW = S.tpl(L(SS, '{tid}', 'W', 'InputDispatcher', "channel '{chan}' ~ Consumer closed input channel or an error occurred.  events=0x9"));
  const tInputE = S.tpl(L(SS, '{tid}', 'E', 'InputDispatcher', "channel '{chan}' ~ Channel is unrecoverably broken and will be disposed!"));
  S.sc(0.5, (e, r) => { const pr = anyProc(r); const v = { chan: `${r.hex(7)} ${compOf(pr.pkg)}` }; e(tInputW, v); e(tInputE, v); });
  // app-side
  const tReq = S.tpl(L('{apid}', '{atid}', 'I', 'okhttp.OkHttpClient', '--> {method} {url}'));
  const tReqEnd = S.tpl(L('{apid}', '{atid}', 'I', 'okhttp.OkHttpClient', '--> END {method}'));
  const tResp = S.tpl(L('{apid}', '{atid}', 'I', 'okhttp.OkHttpClient', '<-- {status} {url} ({dms})'));
  const tRespEnd = S.tpl(L('{apid}', '{atid}', 'I', 'okhttp.OkHttpClient', '<-- END HTTP ({n}-byte body)'));
  S.sc(3.2, (e, r) => {
    let pr = running.find(x => x.pkg === 'com.example.shop'); if (!pr) pr = launch(r, 'com.example.shop');
    const v = { ...pv(r, pr), atid: pr.pid + r.int(20, 60) };
    const method = r.w([['GET', 5], ['POST', 1.5], ['PUT', 0.3]]);
    const url = r.pick([`https://api.example.com/api/v1/products?page=${r.int(1, 20)}&size=20`, `https://api.example.com/api/v1/products/${r.int(1000, 99999)}`, 'https://api.example.com/api/v1/cart/current', 'https://api.example.com/api/v1/orders', `https://cdn.example.com/img/p/${r.int(1000, 99999)}_400.webp`]);
    e(tReq, { ...v, method, url }); if (r.chance(0.6)) e(tReqEnd, { ...v, method });
    const d = r.int(1, 6);
    e(tResp, { ...v, url, status: r.w([[200, 20], [201, method === 'POST' ? 5 : 0], [304, 1], [401, 0.4], [404, 0.3], [500, 0.2]]), dms: `${Math.round(r.logn(180, 0.7))}ms` }, d);
    if (r.chance(0.6)) e(tRespEnd, { ...v, n: r.int(0, 60000) }, d);
  });
  const tGlide = S.tpl(L('{apid}', '{atid}', 'W', 'Glide', 'Load failed for {url} with size [{w}x{h}]'));
  S.sc(0.8, (e, r) => { const pr = running.find(x => x.pkg === 'com.example.shop') || anyProc(r); e(tGlide, { ...pv(r, pr), url: `https://cdn.example.com/img/p/${r.int(1000, 99999)}_800.webp`, w: r.pick([1080, 540, 360]), h: r.pick([608, 1080, 720, 360]) }); });
  const tSql = S.tpl(L('{apid}', '{atid}', 'E', 'SQLiteLog', '(284) automatic index on {idx}'));
  S.sc(0.5, (e, r) => { const pr = anyProc(r); e(tSql, { ...pv(r, pr), idx: r.pick(['messages(chat_row_id)', 'media(message_row_id)', 'jobs(state)', 'WorkSpec(id)']) }); });
  const tFa = S.tpl(L('{apid}', '{atid}', 'I', 'FA', 'Tag Manager is not found and thus will not be used'));
  const tFb = S.tpl(L('{apid}', '{apid}', 'I', 'FirebaseInitProvider', 'FirebaseApp initialization successful'));
  S.sc(0.7, (e, r) => { const pr = anyProc(r); e(tFb, pv(r, pr)); if (r.chance(0.6)) e(tFa, pv(r, pr)); });
  const tBle = S.tpl(L('{apid}', '{atid}', 'D', 'BluetoothAdapter', 'isLeEnabled(): ON'));
  const tBleScan = S.tpl(L('{apid}', '{atid}', 'D', 'BluetoothLeScanner', 'onScannerRegistered() - status=0 scannerId={n} mScannerId=0'));
  S.sc(1, (e, r) => { const pr = running.find(x => x.pkg === 'com.strava') || anyProc(r); e(tBle, pv(r, pr)); if (r.chance(0.4)) e(tBleScan, { ...pv(r, pr), n: r.int(3, 14) }); });
  const tMixer = S.tpl(L(AUDIO, '{autid}', 'D', 'AudioFlinger', 'mixer({hex}) throttle end: throttle time({n})'));
  S.g('autid', r => r.pick([2214, 2215, 3390]));
  S.sc(1, (e, r) => e(tMixer, { hex: '0x' + r.pick(['7a3c01e040', '7a3c22d040']), n: r.int(8, 60) }));
  const tAfReady = S.tpl(L(AUDIO, '{autid}', 'I', 'AudioFlinger', "AudioFlinger's thread {hex} tid={n} ready to run"));
  S.sc({ n: 3 }, (e, r) => e(tAfReady, { hex: '0x' + r.hex(10), n: r.int(2200, 9800) }));
  const tDupLayer = S.tpl(L(SF, '{sftid}', 'W', 'SurfaceFlinger', 'duplicate layer name: changing {layer} to {layer}#1'));
  S.g('sftid', r => r.pick([602, 651, 680]));
  S.sc(0.4, (e, r) => { const pr = anyProc(r); e(tDupLayer, { layer: compOf(pr.pkg) }); });
  // crash + ANR (rare)
  const tFatal = S.tpl(L('{apid}', '{apid}', 'E', 'AndroidRuntime', 'FATAL EXCEPTION: main'));
  const tFatalP = S.tpl(L('{apid}', '{apid}', 'E', 'AndroidRuntime', 'Process: {pkg}, PID: {apid}'));
  const tFatalX = S.tpl(L('{apid}', '{apid}', 'E', 'AndroidRuntime', '{exc}'));
  const tForce = S.tpl(L(SS, '{tid}', 'W', 'ActivityTaskManager', '  Force finishing activity {comp}'));
  const tDialog = S.tpl(L(SS, '{tid}', 'I', 'ActivityManager', 'Showing crash dialog for package {pkg} u0'));
  S.sc({ n: 2 }, (e, r, i) => {
    const pr = { pkg: i ? 'com.strava' : 'com.example.shop', pid: 4000 + r.int(0, 4000), n: uidOf[i ? 'com.strava' : 'com.example.shop'] };
    const v = { ...pv(r, pr), tid: r.pick(sysTids) };
    e(tFatal, v); e(tFatalP, v);
    e(tFatalX, { ...v, exc: i ? 'java.lang.IllegalStateException: Fragment RecordFragment{5c1a7e2} (0f3b9e8c-1c1d-4b65-9a43-2f1f8b0c77de) not attached to a context.' : "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference" });
    e(tForce, v); e(tDialog, v); e(tZyg, v); e(tDied, { ...v, pstate: 'fg  TOP' });
  });
  const tAnr = S.tpl(L(SS, '{tid}', 'E', 'ActivityManager', 'ANR in {pkg} ({comp})'));
  const tAnrPid = S.tpl(L(SS, '{tid}', 'E', 'ActivityManager', 'PID: {apid}'));
  const tAnrR = S.tpl(L(SS, '{tid}', 'E', 'ActivityManager', 'Reason: Input dispatching timed out ({detail})'));
  const tAnrL = S.tpl(L(SS, '{tid}', 'E', 'ActivityManager', 'Load: {l1} / {l5} / {l15}'));
  S.sc({ n: 1 }, (e, r) => {
    const pr = running[0]; const v = { ...pv(r, pr), tid: 1187 };
    e(tAnr, v); e(tAnrPid, v); e(tAnrR, { ...v, detail: `${r.hex(7)} ${compOf(pr.pkg)} (server) is not responding. Waited 5001ms for MotionEvent` }); e(tAnrL, { ...v, l1: '12.31', l5: '9.87', l15: '8.02' });
  });
  // app update (rare)
  const tUpdPkg = S.tpl(L(SS, '{tid}', 'I', 'PackageManager', 'Update package {pkg} code path from {oldp} to {newp}; Retain data and using new'));
  const tDex = S.tpl(L(SS, '{tid}', 'I', 'PackageManager.DexOptimizer', 'Running dexopt (dexoptNeeded=1) on: {apk} pkg={pkg} isa=arm64 dexoptFlags=boot_complete,profile_guided,public,enable_hidden_api_checks targetFilter=speed-profile oatDir={oat} classLoaderContext=PCL[]{{}}'));
  const tForceStop = S.tpl(L(SS, '{tid}', 'I', 'ActivityManager', 'Force stopping {pkg} appid={auid} user=-1: pkg removed'));
  S.sc({ n: 2 }, (e, r, i) => {
    const pkg = i ? 'com.whatsapp' : 'com.spotify.music';
    const d1 = `/data/app/~~${r.b64(22).replace(/\//g, '_')}==/${pkg}-${r.b64(22).replace(/\//g, '-')}==`, d2 = `/data/app/~~${r.b64(22).replace(/\//g, '_')}==/${pkg}-${r.b64(22).replace(/\//g, '-')}==`;
    const v = { pkg, auid: 10000 + uidOf[pkg], tid: r.pick(sysTids) };
    e(tUpdPkg, { ...v, oldp: d1, newp: d2 }); e(tDex, { ...v, apk: `${d2}/base.apk`, oat: `${d2}/oat` }); e(tForceStop, v);
  });
});

// ----------------------------------------------------------------- 7. WinEvent
system('WinEvent', {
  title: 'Windows 10/11 workstation event logs (System, Application, Security) exported one event per line as "Level | EventID | Provider | Message", multi-line messages flattened',
  timestamps: 'none in the line prefix (several messages embed ISO-8601 system times)',
  start: Date.UTC(2026, 2, 2, 7, 40, 0), gap: r => r.exp(40000), burst: r => r.exp(300),
  ts: { tsiso: fmt.win },
}, (S, P) => {
  const W = (lvl, id, src, msg) => `${lvl} | ${id} | ${src} | ${msg}`;
  const HOST = 'DESKTOP-7K2M9QX';
  const svcs = ['Windows Update', 'Background Intelligent Transfer Service', 'WinHTTP Web Proxy Auto-Discovery Service', 'Microsoft Defender Antivirus Service', 'Windows Modules Installer', 'Delivery Optimization', 'Google Update Service (gupdate)', 'Microsoft Store Install Service', 'Software Protection', 'Device Setup Manager', 'Windows Error Reporting Service', 'Print Spooler', 'Connected Devices Platform User Service_4f3a2', 'Update Orchestrator Service', 'Volume Shadow Copy', 'Microsoft Edge Update Service (edgeupdate)', 'Windows Biometric Service', 'Diagnostic System Host'];
  S.g('svc', r => r.zipf(svcs, 0.8));
  S.g('guid', r => r.uuid().toUpperCase());
  const SCM = 'Service Control Manager';
  const tRun = S.tpl(W('Information', 7036, SCM, 'The {svc} service entered the running state.'));
  const tStop = S.tpl(W('Information', 7036, SCM, 'The {svc} service entered the stopped state.'));
  S.sc(30, (e, r) => { const svc = S.gens.svc(r); e(tRun, { svc }); if (r.chance(0.85)) e(tStop, { svc }, r.int(1, 25)); });
  const tAuto = S.tpl(W('Information', 7040, SCM, 'The start type of the {svc} service was changed from demand start to auto start.'));
  const tDemand = S.tpl(W('Information', 7040, SCM, 'The start type of the {svc} service was changed from auto start to demand start.'));
  S.sc(3.5, (e, r) => { const svc = r.pick(['Background Intelligent Transfer Service', 'Windows Update', 'Update Orchestrator Service']); e(tAuto, { svc }); e(tDemand, { svc }, r.int(2, 30)); });
  const tTerm = S.tpl(W('Error', 7031, SCM, 'The {svc} service terminated unexpectedly.  It has done this {n} time(s).  The following corrective action will be taken in {ms} milliseconds: Restart the service.'));
  const tFailStart = S.tpl(W('Error', 7000, SCM, 'The {svc} service failed to start due to the following error: {err}'));
  const tTimeout = S.tpl(W('Error', 7009, SCM, 'A timeout was reached ({ms} milliseconds) while waiting for the {svc} service to connect.'));
  const tInstalled = S.tpl(W('Information', 7045, SCM, 'A service was installed in the system.  Service Name:  {name} Service File Name:  {file} Service Type:  user mode service Service Start Type:  {stype} Service Account:  LocalSystem'));
  S.sc(1.4, (e, r) => e(tTerm, { svc: r.pick(['Connected Devices Platform User Service_4f3a2', 'Print Spooler', 'Intel(R) Dynamic Application Loader Host Interface Service', 'Realtek Audio Universal Service']), n: r.int(1, 3), ms: r.pick([100, 60000, 120000]) }));
  S.sc(1, (e, r) => { const x = r.pick([['Intel(R) Management and Security Application Local Management Service', 'The system cannot find the file specified.'], ['Bonjour Service', 'The service did not respond to the start or control request in a timely fashion.'], ['Citrix Workspace Updater Service', 'Access is denied.']]); e(tFailStart, { svc: x[0], err: x[1] }); });
  S.sc(0.8, (e, r) => { const svc = r.pick(['Bonjour Service', 'Windows Search', 'Citrix Workspace Updater Service']); e(tTimeout, { svc, ms: 30000 }); if (svc === 'Bonjour Service') e(tFailStart, { svc, err: 'The service did not respond to the start or control request in a timely fashion.' }); });
  S.sc({ n: 2 }, (e, r, i) => e(tInstalled, i ? { name: 'Google Updater Internal Service (GoogleUpdaterInternalService125.0.6371.0)', file: '"C:\\Program Files (x86)\\Google\\GoogleUpdater\\125.0.6371.0\\updater.exe" --system --windows-service --service=update-internal', stype: 'auto start' } : { name: 'MpKsl' + r.hex(8), file: `C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\{${r.uuid().toUpperCase()}}\\MpKsl${r.hex(8)}.sys`, stype: 'demand start' }));
  // DCOM (very common noise)
  const tDcom = S.tpl(W('Warning', 10016, 'Microsoft-Windows-DistributedCOM', 'The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID {{{clsid}}} and APPID {{{appid}}} to the user {acct} SID ({sid}) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool.'));
  const dcom = [['2593F8B9-4EAF-457C-B68A-50F6B8EA6B54', '15C20B67-12E7-4BB6-92BB-7AFF07997402'], ['C2F03A33-21F5-47FA-B4BB-156362A2F239', '316CDED5-E4AE-4B15-9113-7055D84DCC97'], ['6B3B8D23-FA8D-40B9-8DBD-B950333E2C52', '4839DDB7-58C2-48F5-8283-E1D1807D0D7D']];
  const accts = [['NT AUTHORITY\\LOCAL SERVICE', 'S-1-5-19'], ['NT AUTHORITY\\SYSTEM', 'S-1-5-18'], [`${HOST}\\alice`, 'S-1-5-21-3623811015-3361044348-30300820-1001']];
  S.sc(12, (e, r) => { const [clsid, appid] = r.zipf(dcom, 1); const [acct, sid] = r.zipf(accts, 0.8); e(tDcom, { clsid, appid, acct, sid }); });
  const tDcomReg = S.tpl(W('Error', 10010, 'Microsoft-Windows-DistributedCOM', 'The server {{{guid}}} did not register with DCOM within the required timeout.'));
  S.sc(2, (e, r) => e(tDcomReg, { guid: r.pick(['1B1F472E-3221-4826-97DB-2C2324D389AE', 'AAC1009F-AB33-48F9-9A21-7F5B88426A2E', '9BA05972-F6A8-11CF-A442-00A0C90A8F39']) }));
  // Software protection
  const tSpp = S.tpl(W('Information', 16384, 'Microsoft-Windows-Security-SPP', 'Successfully scheduled Software Protection service for re-start at {when}. Reason: RulesEngine.'));
  const tSppStart = S.tpl(W('Information', 1003, 'Microsoft-Windows-Security-SPP', 'The Software Protection service has completed licensing status check. Application Id={appid} Licensing Status= {status}'));
  S.sc(5, (e, r) => { const off = r.int(3600, 86400 * 40) * 1000; e(tSpp, { when: t => fmt.win(t + off) }); });
  S.sc(1.5, (e, r) => e(tSppStart, { appid: '55c92734-d682-4d71-983e-d6ec3f16059f', status: r.pick(['1: 3f4c0546-36c6-46a8-a37f-be13cdd0cf25 (1 [(0 [0xC004E003, 0, 0], [( 1 0xC004F074 2 0 )( 1 0x00000000 0 0 )])( 1 0x00000000 4 0 )])', '1: 04f7b7b2-0e39-4c4f-9b0e-5f6d0e8e1a43 (1 [(0 [0x00000000, 1, 0], [( 9 0xC004FC07 90 0 )( 1 0x00000000 )( 2 0x00000000 0 0 msft:rm/algorithm/hwid/4.0 0x00000000 0 )])( 1 0x00000000 4 0 )])']) }));
  // power / boot
  const tSleep = S.tpl(W('Information', 42, 'Microsoft-Windows-Kernel-Power', 'The system is entering sleep.  Sleep Reason: {why}'));
  const tWake = S.tpl(W('Information', 1, 'Microsoft-Windows-Power-Troubleshooter', 'The system has returned from a low power state.  Sleep Time: {slept} Wake Time: {tsiso}  Wake Source: {src}'));
  const tUptime = S.tpl(W('Information', 6013, 'EventLog', 'The system uptime is {n} seconds.'));
  const tTimeChg = S.tpl(W('Information', 1, 'Microsoft-Windows-Kernel-General', 'The system time has changed to {tsiso} from {old}.  Change Reason: System time synchronized with the hardware clock.'));
  let uptime = 212345;
  S.sc(1.5, (e, r) => {
    const d = r.int(1, 8);
    e(tSleep, { why: r.w([['Application API', 3], ['System Idle', 2], ['Button or Lid', 1.5]]) });
    const slept = r.int(600, 40000) * 1000;
    e(tTimeChg, { old: t => fmt.win(t - 1400 + r.int(0, 999)) }, d);
    e(tWake, { slept: t => fmt.win(t - slept), src: r.w([['Device -HID-compliant mouse', 2], ['Power Button', 1.5], ["Timer - Windows will execute 'NT TASK\\Microsoft\\Windows\\UpdateOrchestrator\\Universal Orchestrator Start' scheduled task that requested waking the computer.", 1], ['Device -Intel(R) Ethernet Connection (16) I219-LM', 0.6], ['Unknown', 0.7]]) }, d);
  });
  S.sc(1.2, (e, r) => { uptime += r.int(40000, 90000); e(tUptime, { n: uptime }); });
  const tBoot12 = S.tpl(W('Information', 12, 'Microsoft-Windows-Kernel-General', 'The operating system started at system time {tsiso}.'));
  const tBoot13 = S.tpl(W('Information', 13, 'Microsoft-Windows-Kernel-General', 'The operating system is shutting down at system time {tsiso}.'));
  const tEvStart = S.tpl(W('Information', 6005, 'EventLog', 'The Event log service was started.'));
  const tEvStop = S.tpl(W('Information', 6006, 'EventLog', 'The Event log service was stopped.'));
  const tVer = S.tpl(W('Information', 6009, 'EventLog', 'Microsoft (R) Windows (R) 10.00. 22631  Multiprocessor Free.'));
  const tKp41 = S.tpl(W('Critical', 41, 'Microsoft-Windows-Kernel-Power', 'The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.'));
  const tUps = S.tpl(W('Information', 1531, 'Microsoft-Windows-User Profiles Service', 'The User Profile Service has started successfully.'));
  const tUpsStop = S.tpl(W('Information', 1532, 'Microsoft-Windows-User Profiles Service', 'The User Profile Service has stopped.'));
  S.sc({ n: 1 }, (e, r) => { e(tUpsStop); e(tEvStop); e(tBoot13); e(tBoot12); e(tVer); e(tEvStart); e(tUptime, { n: 9 }); e(tUps); });
  S.sc({ n: 1 }, (e, r) => { e(tBoot12); e(tKp41); e(tVer); e(tEvStart); e(tUptime, { n: 8 }); e(tUps); });
  // registry hives / profiles
  const tHive = S.tpl(W('Information', 16, 'Microsoft-Windows-Kernel-General', 'The access history in hive {hive} was cleared updating {keys} keys and creating {pages} modified pages.'));
  S.sc(3, (e, r) => e(tHive, { hive: r.pick(['\\??\\C:\\Users\\alice\\ntuser.dat', '\\??\\C:\\Users\\alice\\AppData\\Local\\Microsoft\\Windows\\UsrClass.dat', '\\SystemRoot\\System32\\Config\\SOFTWARE', '\\??\\C:\\ProgramData\\Microsoft\\Windows\\AppRepository\\Packages\\Microsoft.Windows.ShellExperienceHost_10.0.22621.3235_neutral_neutral_cw5n1h2txyewy\\ActivationStore.dat', '\\??\\C:\\Users\\Default\\NTUSER.DAT']), keys: r.zipf(range(0, 3000), 0.5), pages: r.zipf(range(0, 500), 0.6) }));
  const tLeak = S.tpl(W('Warning', 1530, 'Microsoft-Windows-User Profiles Service', 'Windows detected your registry file is still in use by other applications or services. The file will be unloaded now. The applications or services that hold your registry file may not function properly afterwards.   DETAIL -  {n} user registry handles leaked from \\Registry\\User\\{sid}: Process {pid} (\\Device\\HarddiskVolume3\\Windows\\System32\\{exe}) has opened key \\REGISTRY\\USER\\{sid}\\{key}'));
  S.sc(1.1, (e, r) => e(tLeak, { n: r.int(1, 9), sid: r.pick(['S-1-5-21-3623811015-3361044348-30300820-1001', 'S-1-5-21-3623811015-3361044348-30300820-1001_Classes', 'S-1-5-18']), pid: r.int(800, 14000), exe: r.pick(['svchost.exe', 'explorer.exe', 'SearchIndexer.exe', 'RuntimeBroker.exe']), key: r.pick(['Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders', 'Control Panel\\International', 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows', 'Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Lockdown_Zones']) }));
  // updates / defender
  const kbs = r => r.w([[`Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.405.${r.int(100, 900)}.0) - Current Channel (Broad)`, 6], ['2026-02 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5034765)', 1], ['9NBLGGH4R32N-Microsoft.Windows.Photos', 1.5], ['9WZDNCRFJ3TJ-Microsoft.GetHelp', 1], ['Windows Malicious Software Removal Tool x64 - v5.121 (KB890830)', 0.7], ['Update for Windows Security platform - KB5007651 (Version 1.0.2402.27001)', 0.5]]);
  const tWuStart = S.tpl(W('Information', 43, 'Microsoft-Windows-WindowsUpdateClient', 'Installation Started: Windows has started installing the following update: {kb}'));
  const tWuOk = S.tpl(W('Information', 19, 'Microsoft-Windows-WindowsUpdateClient', 'Installation Successful: Windows successfully installed the following update: {kb}'));
  const tWuFail = S.tpl(W('Error', 20, 'Microsoft-Windows-WindowsUpdateClient', 'Installation Failure: Windows failed to install the following update with error {hr}: {kb}.'));
  const tWuDl = S.tpl(W('Information', 44, 'Microsoft-Windows-WindowsUpdateClient', 'Windows Update started downloading an update.'));
  S.sc(5, (e, r) => { const kb = kbs(r); if (r.chance(0.5)) e(tWuDl); e(tWuStart, { kb }, r.int(1, 4)); if (r.chance(0.93)) e(tWuOk, { kb }, r.int(5, 9)); else e(tWuFail, { kb, hr: r.pick(['0x80073D02', '0x800F0922', '0x80070643']) }, r.int(5, 9)); });
  const tDef = S.tpl(W('Information', 2000, 'Microsoft-Windows-Windows Defender', 'Microsoft Defender Antivirus security intelligence version updated.  Current security intelligence Version: {cur} Previous security intelligence Version: {prev} Security intelligence Type: {typ} Update Type: {ut} User: NT AUTHORITY\\SYSTEM Current Engine Version: 1.1.24010.10 Previous Engine Version: 1.1.24010.10'));
  let sig = 405100;
  S.sc(2.5, (e, r) => { const prev = `1.${Math.floor(sig / 1000)}.${sig % 1000}.0`; sig += r.int(1, 3); const cur = `1.${Math.floor(sig / 1000)}.${sig % 1000}.0`; for (const typ of ['AntiVirus', 'AntiSpyware']) e(tDef, { cur, prev, typ, ut: r.w([['Delta', 5], ['Full', 0.5]]) }); });
  const tThreat = S.tpl(W('Warning', 1116, 'Microsoft-Windows-Windows Defender', 'Microsoft Defender Antivirus has detected malware or other potentially unwanted software.  Name: {threat} ID: {tid} Severity: {sev} Category: {cat} Path: {path} Detection Origin: {origin} Detection Type: Concrete Detection Source: {dsrc} User: {acct} Process Name: {proc} Security intelligence Version: 1.405.{n}.0 Engine Version: 1.1.24010.10'));
  const tThreatAct = S.tpl(W('Information', 1117, 'Microsoft-Windows-Windows Defender', 'Microsoft Defender Antivirus has taken action to protect this machine from malware or other potentially unwanted software.  Name: {threat} ID: {tid} Severity: {sev} Category: {cat} Path: {path} Action: {action} Action Status:  No additional actions required'));
  S.sc({ n: 2 }, (e, r, i) => {
    const v = i ? { threat: 'PUA:Win32/Softcnapp', tid: 2147735505, sev: 'Low', cat: 'Potentially Unwanted Software', path: 'file:_C:\\Users\\alice\\Downloads\\pdf-converter-setup (1).exe', origin: 'Internet', dsrc: 'Real-Time Protection', acct: `${HOST}\\alice`, proc: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', action: 'Quarantine' }
      : { threat: 'Trojan:Script/Wacatac.B!ml', tid: 2147735503, sev: 'Severe', cat: 'Trojan', path: 'containerfile:_C:\\Users\\alice\\Downloads\\invoice_03-2026.zip; file:_C:\\Users\\alice\\Downloads\\invoice_03-2026.zip->invoice.js', origin: 'Local machine', dsrc: 'Downloads and attachments', acct: `${HOST}\\alice`, proc: 'C:\\Windows\\explorer.exe', action: 'Remove' };
    e(tThreat, { ...v, n: 405 + r.int(100, 900) }); e(tThreatAct, v);
  });
  // app crashes
  const tApp = S.tpl(W('Error', 1000, 'Application Error', 'Faulting application name: {exe}, version: {ver}, time stamp: {ts1} Faulting module name: {mod}, version: {mver}, time stamp: {ts2} Exception code: {code} Fault offset: {off} Faulting process id: {fpid} Faulting application start time: {fstart} Faulting application path: {apath} Faulting module path: {mpath} Report Id: {rid} Faulting package full name:  Faulting package-relative application ID:'));
  const tWer = S.tpl(W('Information', 1001, 'Windows Error Reporting', 'Fault bucket {bucket}, type {btype} Event Name: {ev} Response: Not available Cab Id: 0'));
  const tWerEmpty = S.tpl(W('Information', 1001, 'Windows Error Reporting', 'Fault bucket , type 0 Event Name: {ev} Response: Not available Cab Id: 0'));
  S.sc(1.6, (e, r) => {
    const [exe, ver, apath] = r.pick([['Teams.exe', '24004.1403.2634.2418', 'C:\\Program Files\\WindowsApps\\MSTeams_24004.1403.2634.2418_x64__8wekyb3d8bbwe\\ms-teams.exe'], ['OUTLOOK.EXE', '16.0.17328.20142', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE'], ['explorer.exe', '10.0.22621.3235', 'C:\\Windows\\explorer.exe'], ['Zoom.exe', '5.17.11.34827', 'C:\\Users\\alice\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe']]);
    const [mod, mver, mpath] = r.pick([['ntdll.dll', '10.0.22621.3235', 'C:\\Windows\\SYSTEM32\\ntdll.dll'], ['KERNELBASE.dll', '10.0.22621.3235', 'C:\\Windows\\System32\\KERNELBASE.dll'], ['ucrtbase.dll', '10.0.22621.3235', 'C:\\Windows\\System32\\ucrtbase.dll'], ['unknown', '0.0.0.0', 'unknown']]);
    e(tApp, { exe, ver, apath, mod, mver, mpath, ts1: '0x' + r.hex(8), ts2: '0x' + r.hex(8), code: r.pick(['0xc0000005', '0xc0000409', '0xe0434352', '0x80000003']), off: '0x' + r.hex(16), fpid: '0x' + r.HEX(4), fstart: '0x' + r.hex(16), rid: r.uuid() });
    e(r.chance(0.4) ? tWerEmpty : tWer, { bucket: r.int(1e9, 2.1e9), btype: r.pick([1, 4, 5]), ev: r.pick(['APPCRASH', 'BEX64', 'MoAppCrash']) }, 1);
  });
  S.sc(1.2, (e, r) => e(tWerEmpty, { ev: r.pick(['StoreAgentScanForUpdatesFailure0', 'WindowsWcpOtherFailure3', 'ScheduledDiagnostic', 'LiveKernelEvent']) }));
  // security log
  const SA = 'Microsoft-Windows-Security-Auditing';
  const tLogon = S.tpl(W('Information', 4624, SA, 'An account was successfully logged on.  Subject: Security ID: {ssid} Account Name: {sname} Account Domain: {sdom} Logon ID: {slid}  Logon Information: Logon Type: {lt} Restricted Admin Mode: - Virtual Account: {virt} Elevated Token: {elev}  Impersonation Level: Impersonation  New Logon: Security ID: {sid} Account Name: {acct} Account Domain: {dom} Logon ID: {lid} Linked Logon ID: 0x0 Network Account Name: - Network Account Domain: - Logon GUID: {{{lguid}}}  Process Information: Process ID: {ppid} Process Name: {proc}  Network Information: Workstation Name: {ws} Source Network Address: {src} Source Port: {sport}  Detailed Authentication Information: Logon Process: {lproc} Authentication Package: {apkg} Transited Services: - Package Name (NTLM only): - Key Length: 0'));
  const tSpecial = S.tpl(W('Information', 4672, SA, 'Special privileges assigned to new logon.  Subject: Security ID: {sid} Account Name: {acct} Account Domain: {dom} Logon ID: {lid}  Privileges: {privs}'));
  const tLogoff = S.tpl(W('Information', 4634, SA, 'An account was logged off.  Subject: Security ID: {sid} Account Name: {acct} Account Domain: {dom} Logon ID: {lid}  Logon Type: {lt}  This event is generated when a logon session is destroyed. It may be positively correlated with a logon event using the Logon ID value. Logon IDs are only unique between reboots on the same computer.'));
  const tFailLogon = S.tpl(W('Information', 4625, SA, 'An account failed to log on.  Subject: Security ID: S-1-0-0 Account Name: - Account Domain: - Logon ID: 0x0  Logon Type: 3  Account For Which Logon Failed: Security ID: S-1-0-0 Account Name: {acct} Account Domain: {dom}  Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: {sub}  Process Information: Caller Process ID: 0x0 Caller Process Name: -  Network Information: Workstation Name: {ws} Source Network Address: {src} Source Port: 0  Detailed Authentication Information: Logon Process: NtLmSsp  Authentication Package: NTLM Transited Services: - Package Name (NTLM only): - Key Length: 0'));
  const tCred = S.tpl(W('Information', 5379, SA, 'Credential Manager credentials were read.  Subject: Security ID: {sid} Account Name: alice Account Domain: {host} Logon ID: {lid} Read Operation: Enumerate Credentials  This event occurs when a user performs a read operation on stored credentials in Credential Manager.'));
  const tGroupEnum = S.tpl(W('Information', 4798, SA, "A user's local group membership was enumerated.  Subject: Security ID: {sid} Account Name: {acct} Account Domain: {dom} Logon ID: {lid}  User: Security ID: {usid} Account Name: {uname} Account Domain: {host}  Process Information: Process ID: {ppid} Process Name: {proc}"));
  const sysV = { ssid: 'S-1-5-18', sname: `${HOST}$`, sdom: 'WORKGROUP', slid: '0x3E7' };
  const privsSys = 'SeAssignPrimaryTokenPrivilege SeTcbPrivilege SeSecurityPrivilege SeTakeOwnershipPrivilege SeLoadDriverPrivilege SeBackupPrivilege SeRestorePrivilege SeDebugPrivilege SeAuditPrivilege SeSystemEnvironmentPrivilege SeImpersonatePrivilege SeDelegateSessionUserImpersonatePrivilege';
  const lid = r => '0x' + r.HEX(r.int(5, 8)).replace(/^0+/, '');
  S.sc(9, (e, r) => {
    const k = r.w([['svc', 5], ['user', 1], ['unlock', 0.7]]);
    let v;
    if (k === 'svc') { const [acct, sid] = r.pick([['SYSTEM', 'S-1-5-18'], ['LOCAL SERVICE', 'S-1-5-19'], ['NETWORK SERVICE', 'S-1-5-20'], ['DWM-1', 'S-1-5-90-0-1'], ['UMFD-0', 'S-1-5-96-0-0']]); v = { ...sysV, sid, acct, dom: acct.startsWith('DWM') ? 'Window Manager' : acct.startsWith('UMFD') ? 'Font Driver Host' : 'NT AUTHORITY', lt: acct.match(/DWM|UMFD/) ? 2 : 5, virt: acct.match(/DWM|UMFD/) ? 'Yes' : 'No', elev: 'Yes', lguid: '00000000-0000-0000-0000-000000000000', ppid: '0x' + r.pick(['3a4', '2f0', 'captured'].slice(0, 2)), proc: r.pick(['C:\\Windows\\System32\\services.exe', 'C:\\Windows\\System32\\winlogon.exe']), ws: '-', src: '-', sport: '-', lproc: 'Advapi', apkg: 'Negotiate' }; }
    else { v = { ...sysV, sid: 'S-1-5-21-3623811015-3361044348-30300820-1001', acct: 'alice', dom: HOST, lt: k === 'unlock' ? 7 : 2, virt: 'No', elev: r.pick(['Yes', 'No']), lguid: r.uuid().toUpperCase(), ppid: '0x' + r.hex(3), proc: 'C:\\Windows\\System32\\svchost.exe', ws: HOST, src: '127.0.0.1', sport: 0, lproc: 'User32', apkg: 'Negotiate' }; }
    v.lid = lid(r);
    e(tLogon, v);
    if (k === 'svc' && v.acct !== 'UMFD-0') e(tSpecial, { ...v, privs: v.acct === 'SYSTEM' ? privsSys : 'SeAssignPrimaryTokenPrivilege SeAuditPrivilege SeImpersonatePrivilege' });
    if (r.chance(0.5)) e(tLogoff, v, r.int(1, 40));
  });
  S.sc(1.2, (e, r) => e(tFailLogon, { acct: r.pick(['administrator', 'admin', 'user', 'ADMINISTRATOR', 'test', 'scanner']), dom: r.pick(['', 'WORKGROUP', HOST]) || '-', sub: r.pick(['0xC0000064', '0xC000006A']), ws: r.pick(['-', 'WIN-' + r.HEX(11), 'kali']), src: r.pubip() }));
  S.sc(2.5, (e, r) => e(tCred, { sid: 'S-1-5-21-3623811015-3361044348-30300820-1001', host: HOST, lid: lid(r) }));
  S.sc(1.5, (e, r) => e(tGroupEnum, { sid: 'S-1-5-21-3623811015-3361044348-30300820-1001', acct: 'alice', dom: HOST, lid: lid(r), usid: r.pick(['S-1-5-21-3623811015-3361044348-30300820-1001', 'S-1-5-21-3623811015-3361044348-30300820-500', 'S-1-5-21-3623811015-3361044348-30300820-501']), uname: r.pick(['alice', 'Administrator', 'Guest']), host: HOST, ppid: '0x' + r.hex(4), proc: r.pick(['C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\explorer.exe', 'C:\\Windows\\System32\\SearchProtocolHost.exe']) }));
  // networking, time, dns
  const tDns = S.tpl(W('Warning', 1014, 'Microsoft-Windows-DNS Client Events', 'Name resolution for the name {fqdn} timed out after none of the configured DNS servers responded.'));
  S.sc(3, (e, r) => e(tDns, { fqdn: r.pick(['wpad', 'login.microsoftonline.com', 'settings-win.data.microsoft.com', 'ctldl.windowsupdate.com', 'fileserver.corp.example.com', 'teams.events.data.microsoft.com']) }));
  const tWlanOk = S.tpl(W('Information', 8001, 'Microsoft-Windows-WLAN-AutoConfig', 'WLAN AutoConfig service has successfully connected to a wireless network.  Network Adapter: Intel(R) Wi-Fi 6E AX211 160MHz Interface GUID: {{5a1c7c5e-3d3b-4f40-9c4d-0b1e6c2f9a7e}} Connection Mode: {mode} Profile Name: {ssid} SSID: {ssid} SSID Length: {len} BSS Type: Infrastructure PHY Type: {phy} Authentication: {auth} Encryption: AES-CCMP 802.1x Enabled: {dotx}'));
  const tWlanOff = S.tpl(W('Information', 8003, 'Microsoft-Windows-WLAN-AutoConfig', 'WLAN AutoConfig service has successfully disconnected from a wireless network.  Network Adapter: Intel(R) Wi-Fi 6E AX211 160MHz Interface GUID: {{5a1c7c5e-3d3b-4f40-9c4d-0b1e6c2f9a7e}} Connection Mode: {mode} Profile Name: {ssid} SSID: {ssid} SSID Length: {len} Reason: {reason}'));
  S.sc(1.4, (e, r) => {
    const [ssid, auth, dotx] = r.pick([['Home WiFi 5G', 'WPA2-Personal', 'No'], ['CORP-SECURE', 'WPA2-Enterprise', 'Yes'], ['Airport Free WiFi', 'WPA3-Personal', 'No']]);
    const v = { ssid, auth, dotx, len: ssid.length, mode: r.w([['Automatic connection with a profile', 4], ['Manual connection with a profile', 1]]), phy: r.pick(['802.11ax', '802.11ac']) };
    e(tWlanOk, v);
    if (r.chance(0.8)) e(tWlanOff, { ...v, reason: r.pick(['The network is disconnected by the user.', 'The network is disconnected because the machine is going to sleep.', 'The connection was lost because the adapter was removed or the driver failed.']) }, r.int(5, 80));
  });
  const tNtp = S.tpl(W('Information', 37, 'Microsoft-Windows-Time-Service', 'The time provider NtpClient is currently receiving valid time data from {peer}.'));
  const tNtpWarn = S.tpl(W('Warning', 129, 'Microsoft-Windows-Time-Service', 'NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in {n} minutes and double the reattempt interval thereafter. The error was: The entry is not found. (0x800706E1)'));
  S.sc(1.2, (e, r) => e(tNtp, { peer: r.pick(['time.windows.com,0x9 (ntp.m|0x9|0.0.0.0:123->168.61.215.74:123)', 'time.windows.com,0x9 (ntp.m|0x9|0.0.0.0:123->20.101.57.9:123)']) }));
  S.sc({ n: 3 }, (e, r, i) => e(tNtpWarn, { n: [15, 30, 60][i] }));
  const tConflict = S.tpl(W('Error', 4199, 'Tcpip', 'The system detected an address conflict for IP address {ip} with the system having network hardware address {mac}. Network operations on this system may be disrupted as a result.'));
  S.sc({ n: 1 }, (e, r) => e(tConflict, { ip: '192.168.1.57', mac: r.mac('-').toUpperCase() }));
  // disk / ntfs / esent / vss
  const tDisk = S.tpl(W('Warning', 153, 'disk', 'The IO operation at logical block address {lba} for Disk {n} (PDO name: \\Device\\{pdo}) was retried.'));
  S.sc(1.3, (e, r) => { const n = r.w([[1, 4], [2, 1]]); e(tDisk, { lba: '0x' + r.hex(r.int(6, 9)).replace(/^0+/, ''), n, pdo: n === 1 ? '0000004e' : '00000051' }); });
  const tNtfs = S.tpl(W('Information', 98, 'Microsoft-Windows-Ntfs', 'Volume {vol} ({dev}) is healthy.  No action is needed.'));
  S.sc(1.4, (e, r) => { const [vol, dev] = r.pick([['C:', '\\Device\\HarddiskVolume3'], ['D:', '\\Device\\HarddiskVolume7'], ['\\\\?\\Volume{' + '1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5}', '\\Device\\HarddiskVolume1'], ['E:', '\\Device\\HarddiskVolume12']]); e(tNtfs, { vol, dev }); });
  const tEse = S.tpl(W('Information', 916, 'ESENT', 'svchost ({pid},G,0) The beta feature EseDiskFlushConsistency is enabled in ESENT due to the beta site mode settings 0x800000.'));
  const tEseAttach = S.tpl(W('Information', 326, 'ESENT', '{proc} ({pid},D,0) {inst}: The database engine attached a database ({n}, {db}). (Time={sec} seconds)'));
  S.sc(4, (e, r) => e(tEse, { pid: r.int(800, 20000) }));
  S.sc(1, (e, r) => { const [proc, inst, db] = r.pick([['SearchIndexer', 'Windows', 'C:\\ProgramData\\Microsoft\\Search\\Data\\Applications\\Windows\\Windows.edb'], ['svchost', 'TILEREPOSITORYS-1-5-18', 'C:\\WINDOWS\\system32\\config\\systemprofile\\AppData\\Local\\TileDataLayer\\Database\\vedatamodel.edb'], ['DataExchangeHost', '', 'C:\\Users\\alice\\AppData\\Local\\Microsoft\\Windows\\Clipboard\\Clipboard.edb']]); e(tEseAttach, { proc, inst: inst || 'DataExchange', db, pid: r.int(800, 20000), n: r.int(1, 3), sec: 0 }); });
  const tVss = S.tpl(W('Information', 8224, 'VSS', 'The VSS service is shutting down due to idle timeout.'));
  S.sc(2.6, (e, r) => e(tVss));
  // winlogon, perflib, schannel, msi
  const tWl = S.tpl(W('Information', 7001, 'Microsoft-Windows-Winlogon', 'User Logon Notification for Customer Experience Improvement Program'));
  const tWlSub = S.tpl(W('Warning', 6000, 'Microsoft-Windows-Winlogon', 'The winlogon notification subscriber <{sub}> was unavailable to handle a notification event.'));
  const tWlSubC = S.tpl(W('Warning', 6003, 'Microsoft-Windows-Winlogon', 'The winlogon notification subscriber <{sub}> was unavailable to handle a critical notification event.'));
  S.sc(1.2, (e, r) => e(tWl));
  S.sc(1.2, (e, r) => e(tWlSub, { sub: r.pick(['SessionEnv', 'TrustedInstaller', 'Profiles', 'GPClient']) }));
  S.sc({ n: 2 }, (e, r) => e(tWlSubC, { sub: r.pick(['SessionEnv', 'GPClient']) }));
  const tPerf = S.tpl(W('Error', 1008, 'Microsoft-Windows-Perflib', 'The Open Procedure for service "{svc}" in DLL "{dll}" failed with error code {code}. Performance data for this service will not be available.'));
  S.sc(1, (e, r) => { const [svc, dll] = r.pick([['BITS', 'C:\\Windows\\System32\\bitsperf.dll'], ['Lsa', 'C:\\Windows\\System32\\Secur32.dll'], ['ESENT', 'C:\\Windows\\system32\\esentprf.dll']]); e(tPerf, { svc, dll, code: r.pick(['The system cannot find the file specified.', 'Access is denied.', 'The device is not ready.']) }); });
  const tSch = S.tpl(W('Error', 36871, 'Schannel', 'A fatal error occurred while creating a TLS client credential. The internal error state is 10013.'));
  const tSchSrv = S.tpl(W('Error', 36874, 'Schannel', 'An {tls} connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.'));
  S.sc(3.2, (e, r) => e(tSch));
  S.sc(0.6, (e, r) => e(tSchSrv, { tls: r.pick(['TLS 1.2', 'TLS 1.0', 'SSL 3.0']) }));
  const tMsiOk = S.tpl(W('Information', 11707, 'MsiInstaller', 'Product: {product} -- Installation completed successfully.'));
  const tMsi = S.tpl(W('Information', 1033, 'MsiInstaller', 'Windows Installer installed the product. Product Name: {product}. Product Version: {ver}. Product Language: {lang}. Manufacturer: {mfr}. Installation success or error status: 0.'));
  S.sc({ n: 2 }, (e, r, i) => { const v = i ? { product: 'Microsoft Edge WebView2 Runtime', ver: '122.0.2365.80', lang: 1033, mfr: 'Microsoft Corporation' } : { product: 'Zoom Workplace (64-bit)', ver: '5.17.11.34827', lang: 1033, mfr: 'Zoom Video Communications, Inc.' }; e(tMsi, v); e(tMsiOk, v); });
  const tGp = S.tpl(W('Error', 1129, 'Microsoft-Windows-GroupPolicy', 'The processing of Group Policy failed because of lack of network connectivity to a domain controller. This may be a transient condition. A success message would be generated once the machine gets connected to the domain controller and Group Policy has successfully processed. If you do not see a success message for several hours, then contact your administrator.'));
  S.sc(0.8, (e, r) => e(tGp));
});

// ----------------------------------------------------------------- 8. ClusterNode
system('ClusterNode', {
  title: 'HPC cluster syslog aggregated on the log host: compute/GPU/storage nodes (kernel: Lustre, LNet, EDAC, OOM, NVRM; slurmd, smartd, mdadm, chronyd) and the Slurm controller',
  timestamps: 'epoch seconds "1772503200" (forwarder template)',
  start: Date.UTC(2026, 2, 3, 2, 0, 0), gap: r => r.exp(10500), burst: r => r.exp(150),
  ts: { ts: fmt.epoch, tsiso: fmt.isoSec, tsep: fmt.epoch },
}, (S, P) => {
  const compute = Array.from({ length: 70 }, () => `cn${String(P.int(1, 512)).padStart(4, '0')}`);
  const gpu = Array.from({ length: 16 }, (_, i) => `gn${p2(i + 1)}`);
  const oss = Array.from({ length: 8 }, (_, i) => `oss${p2(i + 1)}`);
  const N = (proc) => `{ts} {node} ${proc}: `;
  const KN = N('kernel');
  const CTL = '{ts} slurm-ctl01 slurmctld[2210]: ';
  S.g('node', r => r.zipf(compute, 0.6));
  S.g('nid', r => `10.148.${r.int(0, 3)}.${r.int(1, 40)}@o2ib`);
  S.g('osc', r => `scratch-OST${r.HEX(4).replace(/^./, '0')}-osc-ffff${r.hex(12)}`);
  S.g('jobid', r => r.int(4810000, 4899999));
  S.g('uid', r => r.pick([21034, 21077, 21102, 21311, 22005, 22417, 23001, 23980]));
  S.g('part', r => r.w([['compute', 6], ['gpu', 2], ['debug', 1], ['bigmem', 0.7]]));
  S.g('pci', r => r.pick(['0000:3b:00.0', '0000:5e:00.0', '0000:86:00.0', '0000:af:00.0']));
  S.g('sdx', r => `sd${r.pick('bcdefghijklmnop'.split(''))}`);
  const nodelist = r => { const a = r.int(1, 500); const n = r.w([[1, 4], [2, 2], [4, 2], [16, 0.6]]); return n === 1 ? `cn${String(a).padStart(4, '0')}` : `cn[${String(a).padStart(4, '0')}-${String(a + n - 1).padStart(4, '0')}]`; };

  // Lustre / LNet client noise
  const tOstFail = S.tpl(KN + 'LustreError: 11-0: {osc}: operation {op} to node {nid} failed: rc = {rc}');
  const tLost = S.tpl(KN + 'Lustre: {osc}: Connection to {target} (at {nid}) was lost; in progress operations using this service will wait for recovery to complete');
  const tRestored = S.tpl(KN + 'Lustre: {osc}: Connection restored to {target} (at {nid})');
  const tSlow = S.tpl(KN + "Lustre: {lpid}:0:(client.c:2338:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent {tsa}/real {tsa}]  req@{req} x{xid}/t0(0) o{opc}->{osc}@{nid}:28/4 lens 488/448 e 0 to 1 dl {tsb} ref 2 fl Rpc:XQr/0/ffffffff rc 0/-1 job:'{job}'");
  const tTxTo = S.tpl(KN + 'LNetError: {lpid}:0:(o2iblnd_cb.c:3373:kiblnd_check_txs_locked()) Timed out tx: tx_queue, {n} seconds');
  const tRdma = S.tpl(KN + 'LNetError: {lpid}:0:(o2iblnd_cb.c:3448:kiblnd_check_conns()) Timed out RDMA with {nid} ({n}): c: {c}, oc: {oc}, rc: {rc}');
  S.sc(9, (e, r) => {
    const node = S.gens.node(r), osc = S.gens.osc(r), nid = S.gens.nid(r), target = osc.replace(/-osc-.*/, '_UUID');
    const v = { node, osc, nid, target };
    const k = r.w([['fail', 3], ['lost', 2], ['slow', 2], ['tx', 1], ['rdma', 0.8]]);
    if (k === 'fail') e(tOstFail, { ...v, op: r.w([['ost_write', 3], ['ost_read', 2], ['obd_ping', 2], ['ost_connect', 1]]), rc: r.pick([-107, -110, -19, -11]) });
    if (k === 'lost') { e(tLost, v); if (r.chance(0.85)) e(tRestored, v, r.int(1, 40)); }
    if (k === 'slow') { const sent = r.int(20, 120) * 1000; e(tSlow, { ...v, lpid: r.int(2000, 290000), tsa: t => fmt.epoch(t - sent), tsb: t => fmt.epoch(t - sent + r.int(10, 60) * 1000), req: `ffff${r.hex(12)}`, xid: r.int(1790000000000000, 1799999999999999), opc: r.pick([3, 4, 101, 400]), job: r.pick([`${r.int(4810000, 4899999)}`, 'lfs.0', 'rsync.21034', 'python3.22417']) }); }
    if (k === 'tx') e(tTxTo, { ...v, lpid: 0, n: r.int(50, 200) });
    if (k === 'rdma') e(tRdma, { ...v, lpid: 0, n: r.int(120, 300), c: r.int(0, 8), oc: r.int(0, 3), rc: r.int(0, 8) });
  });
  // memory / machine check / oom / segfault
  const tEdac = S.tpl(KN + 'EDAC MC{mc}: {cnt} CE memory read error on {dimm} (channel:{ch} slot:{slot} page:{page} offset:0x0 grain:32 syndrome:0x0 - err_code:0x0101:0x0091 socket:{sock} ha:0 channel_mask:{mask} rank:{rank})');
  const tMce = S.tpl(KN + 'mce: [Hardware Error]: Machine check events logged');
  S.sc(3.5, (e, r) => {
    const node = r.pick(compute.slice(0, 5)); const mc = r.int(0, 1), ch = r.int(0, 3), slot = r.int(0, 1);
    if (r.chance(0.5)) e(tMce, { node });
    e(tEdac, { node, mc, cnt: r.w([[1, 8], [2, 1], [5, 0.3]]), dimm: `CPU_SrcID#${mc}_Ha#0_Chan#${ch}_DIMM#${slot}`, ch, slot, page: '0x' + r.hex(6).replace(/^0+/, ''), sock: mc, mask: 1 << ch, rank: r.int(0, 1) });
  });
  const tOomInv = S.tpl(KN + '{proc} invoked oom-killer: gfp_mask={gfp}, order=0, oom_score_adj=0');
  const tOomKill = S.tpl(KN + 'Out of memory: Killed process {pid} ({proc}) total-vm:{vm}, anon-rss:{anon}, file-rss:{file}, shmem-rss:{shmem}, UID:{uid} pgtables:{pgt} oom_score_adj:0');
  const tOomCg = S.tpl(KN + 'Memory cgroup out of memory: Killed process {pid} ({proc}) total-vm:{vm}, anon-rss:{anon}, file-rss:{file}, shmem-rss:{shmem}, UID:{uid} pgtables:{pgt} oom_score_adj:0');
  const procs = ['python3', 'vasp_std', 'lmp_mpi', 'gmx_mpi', 'R', 'julia', 'cp2k.psmp', 'orca_scf_mpi'];
  const oomStep = S.tpl(N('slurmstepd[{spid}]') + 'error: Detected {n} oom_kill event in StepId={jobid}.{step}. Some of the step tasks have been OOM Killed.');
  S.sc(2.4, (e, r) => {
    const proc = r.zipf(procs, 0.7), node = S.gens.node(r), uid = S.gens.uid(r), pid = r.int(10000, 900000), jobid = S.gens.jobid(r);
    const vm = r.int(2e6, 2e8), anon = Math.floor(vm * (0.3 + r.f() * 0.6));
    const v = { node, proc, uid, pid, vm: `${vm}kB`, anon: `${anon}kB`, file: `${r.int(0, 90000)}kB`, shmem: `${r.int(0, 9000)}kB`, pgt: `${Math.floor(anon / 480)}kB` };
    if (r.chance(0.75)) { e(tOomInv, { ...v, gfp: r.pick(['0xcc0(GFP_KERNEL)', '0x140dca(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO)']) }); e(tOomCg, v); e(oomStep, { ...v, spid: pid - r.int(5, 60), n: r.w([[1, 4], [2, 1], [4, 0.4]]), jobid, step: r.pick(['batch', '0', '1']) }, r.int(0, 2)); }
    else { e(tOomInv, { ...v, gfp: '0x140dca(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO)' }); e(tOomKill, v); }
  });
  const tSegv = S.tpl(KN + '{proc}[{pid}]: segfault at {addr} ip {ip} sp {sp} error {err} in {lib}[{map}]');
  S.sc(1.5, (e, r) => e(tSegv, { proc: r.zipf(procs, 0.7), pid: r.int(10000, 900000), addr: r.pick(['0', '8', '18', r.hex(12)]), ip: r.hex(16).replace(/^./, '00007f'.slice(0, 1)), sp: '00007ff' + r.hex(9), err: r.pick([4, 6, 14]), lib: r.pick(['libc.so.6', 'libmpi.so.40.30.5', 'libucp.so.0.0.0', 'libcuda.so.535.154.05']), map: `7f${r.hex(7)}000+${r.hex(5)}000` }));
  // NFS home
  const tNfsDown = S.tpl(KN + 'nfs: server {srv} not responding, still trying');
  const tNfsOk = S.tpl(KN + 'nfs: server {srv} OK');
  const tNfsTo = S.tpl(KN + 'nfs: server {srv} not responding, timed out');
  S.sc(2, (e, r) => { const v = { node: S.gens.node(r), srv: r.w([['home-nfs01', 3], ['apps-nfs', 1]]) }; e(tNfsDown, v); if (r.chance(0.15)) e(tNfsTo, v, r.int(1, 10)); else e(tNfsOk, v, r.int(1, 30)); });
  // GPU nodes
  const tXid79 = S.tpl(KN + "NVRM: Xid (PCI:{pci}): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus.");
  const tXid13 = S.tpl(KN + 'NVRM: Xid (PCI:{pci}): 13, pid={pid}, name={proc}, Graphics SM Warp Exception on (GPC {gpc}, TPC {tpc}, SM {sm}): Out Of Range Address');
  const tXid31 = S.tpl(KN + 'NVRM: Xid (PCI:{pci}): 31, pid={pid}, name={proc}, Ch {ch}, intr 00000000. MMU Fault: ENGINE GRAPHICS GPCCLIENT_T1_{t1} faulted @ 0x{hi}_{lo}. Fault is of type FAULT_PDE ACCESS_TYPE_VIRT_READ');
  const tGpuSn = S.tpl(KN + 'NVRM: GPU at PCI:{pci}: GPU-{uuid}');
  const tGpuSer = S.tpl(KN + 'NVRM: GPU Board Serial Number: {serial}');
  const gpuPci = r => r.pick(['0000:1b:00', '0000:3d:00', '0000:89:00', '0000:b2:00']);
  S.sc(1.6, (e, r) => { const v = { node: r.pick(gpu), pci: gpuPci(r), pid: r.int(10000, 900000), proc: r.pick(['python3', 'python', 'pt_main_thread']) }; if (r.chance(0.6)) e(tXid13, { ...v, gpc: r.int(0, 7), tpc: r.int(0, 8), sm: r.int(0, 1) }); else e(tXid31, { ...v, ch: '000000' + r.hex(2), t1: r.int(0, 15), hi: r.hex(4), lo: r.hex(8) }); });
  S.sc({ n: 1 }, (e, r) => { const v = { node: 'gn07', pci: '0000:89:00' }; e(tXid79, v); e(tGpuSn, { ...v, uuid: r.uuid() }); e(tGpuSer, { ...v, serial: '1654' + r.int(100000000, 999999999) }); });
  S.sc({ n: 1 }, (e, r) => e(tXid79, { node: 'gn12', pci: '0000:1b:00' }));
  const tMlx = S.tpl(KN + 'mlx5_core {pci}: Port module event: module {mod}, Cable unplugged');
  const tMlxIn = S.tpl(KN + 'mlx5_core {pci}: Port module event: module {mod}, Cable plugged');
  S.sc({ n: 2 }, (e, r) => { const v = { node: S.gens.node(r), mod: r.int(0, 1) }; e(tMlx, v); e(tMlxIn, v, 3); });
  // storage servers: smartd, md, scsi
  const SM = N('smartd[{spid}]') + 'Device: /dev/{sdx} [SAT], ';
  const tSmartU = S.tpl(SM + 'SMART Usage Attribute: {attr} changed from {a} to {b}');
  const tSmartP = S.tpl(SM + 'SMART Prefailure Attribute: {attr} changed from {a} to {b}');
  const tPend = S.tpl(SM + '{n} Currently unreadable (pending) sectors');
  const tOffl = S.tpl(SM + '{n} Offline uncorrectable sectors');
  const tAtaErr = S.tpl(SM + 'ATA error count increased from {a} to {b}');
  const smartdPid = {}; for (const o of oss) smartdPid[o] = P.int(1500, 4000);
  S.sc(4.5, (e, r) => {
    const node = r.pick(oss), v = { node, spid: smartdPid[node], sdx: S.gens.sdx(r) };
    const k = r.w([['u', 5], ['p', 1.4], ['pend', 0.8], ['off', 0.4], ['ata', 0.3]]);
    const a = r.int(28, 44);
    if (k === 'u') e(tSmartU, { ...v, attr: r.w([['194 Temperature_Celsius', 5], ['190 Airflow_Temperature_Cel', 3]]), a, b: a + r.pick([-2, -1, 1, 2]) });
    if (k === 'p') { const b = r.int(60, 120); e(tSmartP, { ...v, attr: r.pick(['1 Raw_Read_Error_Rate', '7 Seek_Error_Rate', '3 Spin_Up_Time']), a: b + r.pick([-1, 1, 2]), b }); }
    if (k === 'pend') e(tPend, { ...v, n: r.pick([8, 16, 24, 40]) });
    if (k === 'off') e(tOffl, { ...v, n: r.pick([8, 16]) });
    if (k === 'ata') { const a2 = r.int(0, 30); e(tAtaErr, { ...v, a: a2, b: a2 + r.int(1, 3) }); }
  });
  const tSdFail = S.tpl(KN + 'sd {hctl}: [{sdx}] tag#{tag} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age={age}');
  const tSdSense = S.tpl(KN + 'sd {hctl}: [{sdx}] tag#{tag} Sense Key : Medium Error [current]');
  const tBlkR = S.tpl(KN + 'blk_update_request: critical medium error, dev {sdx}, sector {sector} op 0x0:(READ) flags 0x0 phys_seg {seg} prio class 0');
  const tBlkW = S.tpl(KN + 'blk_update_request: I/O error, dev {sdx}, sector {sector} op 0x1:(WRITE) flags 0x800 phys_seg {seg} prio class 0');
  S.sc(1.5, (e, r) => { const v = { node: r.pick(oss.slice(2, 5)), sdx: r.pick(['sdf', 'sdk']), hctl: `${r.int(0, 1)}:0:${r.int(4, 20)}:0`, tag: r.int(0, 900) }; e(tSdFail, { ...v, age: `${r.int(0, 3)}s` }); e(tSdSense, v); e(r.chance(0.85) ? tBlkR : tBlkW, { ...v, sector: r.int(1e6, 1.5e10), seg: r.pick([1, 2, 8, 16]) }); });
  const MD = N('mdadm[{mpid}]');
  const tMdFail = S.tpl(MD + 'Fail event detected on md device /dev/md/{md}, component device /dev/{part}');
  const tMdDeg = S.tpl(MD + 'DegradedArray event detected on md device /dev/md/{md}');
  const tMdSpare = S.tpl(MD + 'SpareActive event detected on md device /dev/md/{md}, component device /dev/{part}');
  const tMdStart = S.tpl(MD + 'RebuildStarted event detected on md device /dev/md/{md}');
  const tMdPct = S.tpl(MD + 'Rebuild{pct} event detected on md device /dev/md/{md}');
  const tMdDone = S.tpl(MD + 'RebuildFinished event detected on md device /dev/md/{md}, component device  mismatches found: 0');
  const tKmdFail = S.tpl(KN + 'md/raid:{mdk}: Disk failure on {part}, disabling device.');
  const tKmdCont = S.tpl(KN + 'md/raid:{mdk}: Operation continuing on {n} devices.');
  const tKmdRec = S.tpl(KN + 'md: recovery of RAID array {mdk}');
  const tKmdDone = S.tpl(KN + 'md: {mdk}: recovery done.');
  S.sc({ n: 2 }, (e, r, i) => {
    const node = i ? 'oss06' : 'oss03', md = i ? 'ost2' : 'ost0', mdk = i ? 'md127' : 'md126', part = i ? 'sdk1' : 'sdf1', spare = i ? 'sdp1' : 'sdo1';
    const v = { node, md, mdk, mpid: 2012 + i * 37 };
    e(tKmdFail, { ...v, part }); e(tKmdCont, { ...v, n: 9 }); e(tMdFail, { ...v, part }); e(tMdDeg, v);
    e(tKmdRec, v, 2); e(tMdStart, v, 2); e(tMdSpare, { ...v, part: spare }, 2);
    [20, 40, 60, 80].forEach((pct, j) => e(tMdPct, { ...v, pct }, 60 + j * 90));
    e(tKmdDone, v, 440); e(tMdDone, v, 440);
  });
  // slurm: compute side
  const SD = N('slurmd[{sdpid}]');
  const STEPD = N('slurmstepd[{spid}]');
  const tLaunchB = S.tpl(SD + 'Launching batch job {jobid} for UID {uid}');
  const tLaunchT = S.tpl(SD + 'launch task StepId={jobid}.{step} request from UID:{uid} GID:{uid} HOST:{ip} PORT:{port}');
  const tMaskIn = S.tpl(SD + 'task/affinity: batch_bind: job {jobid} CPU input mask for node: {mask}');
  const tMaskHw = S.tpl(SD + 'task/affinity: batch_bind: job {jobid} CPU final HW mask for node: {mask}');
  const tDone = S.tpl(STEPD + 'done with job');
  const tDoneStep = S.tpl(STEPD + '[{jobid}.{step}] done with job');
  const tCancelTL = S.tpl(STEPD + 'error: *** JOB {jobid} ON {node} CANCELLED AT {tsiso} DUE TO TIME LIMIT ***');
  const tCancel = S.tpl(STEPD + 'error: *** JOB {jobid} ON {node} CANCELLED AT {tsiso} ***');
  const tCancelStep = S.tpl(STEPD + 'error: *** STEP {jobid}.{step} ON {node} CANCELLED AT {tsiso} ***');
  const tFreq = S.tpl(SD + 'CPU frequency setting not configured for this node');
  const sdPid = {}; const sdp = n => (sdPid[n] ||= 3000 + (hashStr(n) % 5000));
  // slurm: controller
  const tSubmit = S.tpl(CTL + '_slurm_rpc_submit_batch_job: JobId={jobid} InitPrio={prio} usec={usec}');
  const tAlloc = S.tpl(CTL + 'sched: Allocate JobId={jobid} NodeList={nodes} #CPUs={cpus} Partition={part}');
  const tBfStart = S.tpl(CTL + 'sched/backfill: _start_job: Started JobId={jobid} in {part} on {nodes}');
  const tComplete = S.tpl(CTL + '_job_complete: JobId={jobid} WEXITSTATUS {rc}');
  const tCompleteDone = S.tpl(CTL + '_job_complete: JobId={jobid} done');
  const tCompleteSig = S.tpl(CTL + '_job_complete: JobId={jobid} WTERMSIG {sig}');
  const tKill = S.tpl(CTL + '_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId={jobid} uid {uid}');
  const tTimeLimit = S.tpl(CTL + 'Time limit exhausted for JobId={jobid}');
  S.sc(13, (e, r) => {
    const jobid = S.gens.jobid(r), uid = S.gens.uid(r), part = S.gens.part(r);
    const nodes = part === 'gpu' ? r.pick(gpu) : nodelist(r);
    const head = nodes.startsWith('cn[') ? `cn${nodes.slice(3, 7)}` : nodes;
    const v = { jobid, uid, part, nodes, node: head, sdpid: sdp(head), spid: r.int(100000, 900000) };
    e(tSubmit, { ...v, prio: r.int(1000, 90000), usec: r.int(200, 9000) });
    const d0 = r.int(0, 80);
    e(r.chance(0.6) ? tAlloc : tBfStart, { ...v, cpus: r.pick([1, 4, 16, 32, 64, 128, 256]) }, d0);
    const d1 = d0 + r.int(1, 3);
    e(tLaunchB, v, d1);
    if (r.chance(0.45)) { const mask = '0x' + r.HEX(r.pick([4, 8, 16])); e(tMaskIn, { ...v, mask }, d1); e(tMaskHw, { ...v, mask }, d1); }
    if (r.chance(0.12)) e(tFreq, v, d1);
    const steps = r.w([[0, 3], [1, 2], [2, 1]]);
    for (let s = 0; s < steps; s++) e(tLaunchT, { ...v, step: s, ip: '10.150.' + r.int(0, 3) + '.' + r.int(1, 250), port: r.int(40000, 60000) }, d1 + s + 1);
    const d2 = d1 + r.int(30, 700);
    const end = r.w([['ok', 7], ['fail', 1.5], ['tl', 1], ['cancel', 0.8], ['sig', 0.3]]);
    if (end === 'tl') { e(tTimeLimit, v, d2); e(tCancelTL, v, d2); }
    if (end === 'cancel') { e(tKill, v, d2); e(tCancel, v, d2); if (steps) e(tCancelStep, { ...v, step: 0 }, d2); }
    for (let s = 0; s < steps; s++) e(tDoneStep, { ...v, step: s }, d2);
    e(tDone, v, d2);
    if (end === 'ok') e(tComplete, { ...v, rc: 0 }, d2); if (end === 'fail') e(tComplete, { ...v, rc: r.pick([1, 2, 127, 137, 139]) }, d2);
    if (end === 'sig') e(tCompleteSig, { ...v, sig: r.pick([9, 11]) }, d2);
    e(tCompleteDone, v, d2);
  });
  const tNotResp = S.tpl(CTL + 'error: Nodes {nodes} not responding');
  const tNowResp = S.tpl(CTL + 'Node {node} now responding');
  const tReason = S.tpl(CTL + 'update_node: node {node} reason set to: {why}');
  const tDrain = S.tpl(CTL + 'update_node: node {node} state set to DRAINED');
  const tDraining = S.tpl(CTL + 'update_node: node {node} state set to DRAINING');
  const tZero = S.tpl(CTL + 'error: slurm_receive_msg [{ip}:{port}]: Zero Bytes were transmitted or received');
  const tBf = S.tpl(CTL + 'sched/backfill: _attempt_backfill: beginning with {n} jobs');
  const tBfDone = S.tpl(CTL + 'sched/backfill: _attempt_backfill: completed testing {n}(of {m}) jobs, usec={usec}');
  S.sc(1.3, (e, r) => { const node = S.gens.node(r); e(tNotResp, { nodes: r.chance(0.7) ? node : `cn[${node.slice(2)},${String(r.int(1, 512)).padStart(4, '0')}]` }); if (r.chance(0.7)) e(tNowResp, { node }, r.int(2, 30)); });
  S.sc(1, (e, r) => { const node = S.gens.node(r); e(tReason, { node, why: r.w([['Kill task failed', 2], ['Not responding', 1.5], ['bad DIMM CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 - ticket 4471', 0.5], ['NHC: check_fs_mount: /scratch not mounted', 1], ['batch job complete failure', 0.8]]) }); e(r.chance(0.6) ? tDraining : tDrain, { node }, 1); });
  S.sc(1, (e, r) => e(tZero, { ip: '10.150.' + r.int(0, 3) + '.' + r.int(1, 250), port: r.int(40000, 60000) }));
  S.sc(4, (e, r) => { const m = r.int(5, 400); e(tBf, { n: m }); e(tBfDone, { n: Math.min(m, r.int(1, 100)), m, usec: r.int(1000, 900000) }, r.int(0, 2)); });
  // sessions + time + IPMI
  const tSess = S.tpl('{ts} {node} systemd[1]: Started Session {sid} of User {user}.');
  const tScope = S.tpl('{ts} {node} systemd[1]: session-{sid}.scope: Deactivated successfully.');
  S.sc(2.2, (e, r) => { const v = { node: r.pick(['login01', 'login02']), sid: r.int(9000, 19999), user: r.pick(['u21034', 'u21077', 'u22005', 'u23980', 'hpcadmin']) }; e(tSess, v); e(tScope, v, r.int(10, 200)); });
  const tChrony = S.tpl(N('chronyd[{cpid}]') + 'System clock wrong by {sec} seconds, adjustment started');
  const tChronySel = S.tpl(N('chronyd[{cpid}]') + 'Selected source {ntp}');
  const tChronyLost = S.tpl(N('chronyd[{cpid}]') + "Can't synchronise: no selectable sources");
  S.sc(1.4, (e, r) => { const node = S.gens.node(r), cpid = 1000 + (hashStr(node) % 900); e(tChrony, { node, cpid, sec: (r.f() * (r.chance(0.5) ? 1 : -1) * 2).toFixed(6) }); });
  S.sc(0.6, (e, r) => { const node = S.gens.node(r), cpid = 1000 + (hashStr(node) % 900); e(tChronyLost, { node, cpid }); e(tChronySel, { node, cpid, ntp: r.pick(['10.148.0.1', '10.148.0.2']) }, r.int(2, 40)); });
  const tIpmi = S.tpl(N('ipmiseld[{ipid}]') + 'System Event: {rec}, {sensor} Temperature, Upper Critical - going high ; Sensor Reading = {val} C ; Threshold = 90.00 C');
  S.sc({ n: 3 }, (e, r) => e(tIpmi, { node: r.pick(gpu), ipid: r.int(1000, 3000), rec: '0x' + r.HEX(4), sensor: r.pick(['GPU1', 'GPU3', 'CPU2']), val: (90 + r.f() * 6).toFixed(2) }));
  const tXfs = S.tpl(KN + 'XFS ({dev}): Metadata corruption detected at xfs_dir3_block_read_verify+0x9e/0xc0 [xfs], xfs_dir3_block block 0x{blk}');
  S.sc({ n: 1 }, (e, r) => e(tXfs, { node: 'oss04', dev: 'md125', blk: r.hex(8) }));
});

// ================================================================= main
const args = new Set(process.argv.slice(2));
const summary = [];
let failed = false;
for (const def of SYSTEMS) {
  const S = new Sys(def.name, def.opts);
  def.build(S, S.P);
  const out = generate(S);
  const folded = finalize(S, out);
  if (args.has('--verbose')) S.tpls.forEach(t => { const a = t.parts.filter(p => p.v).length, b = t.final.filter(p => p.v).length; if (a !== b) console.error(`fold ${S.name}: ${a - b} slot(s): ${t.str}`); });
  const { problems, warnings, count } = verify(S, out);
  for (const w of warnings) if (args.has('--verbose')) console.error(`warn ${S.name}: ${w}`);
  if (warnings.length && !args.has('--verbose')) console.error(`${S.name}: ${warnings.length} warning(s) (use --verbose)`);
  if (problems.length) { failed = true; for (const p of problems.slice(0, 20)) console.error(`FAIL ${S.name}: ${p}`); }
  const sorted = [...count].sort((a, b) => b - a);
  summary.push({ system: S.name, templates: S.tpls.length, top3: ((sorted[0] + sorted[1] + sorted[2]) / out.length * 100).toFixed(1) + '%', rare_le3: count.filter(c => c > 0 && c <= 3).length, folded, timestamps: S.o.ts && (S.o.ts.ts) ? 'yes' : 'no' });
  if (args.has('--verbose')) console.error(`${S.name} top counts: ${sorted.slice(0, 8).join(' ')} | singletons ${count.filter(c => c === 1).length}`);
  if (!args.has('--check') && !problems.length) writeCsv(S, out);
}
console.table(summary);
if (failed) process.exit(1);
