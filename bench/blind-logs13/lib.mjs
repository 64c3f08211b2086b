// Generator core of the blind-logs13 benchmark: PRNG, virtual clock, value
// helpers and the scenario driver, copied from blind-logs10's lib.mjs (which
// took them from blind-logs8 and earlier); only the corpus seed and the
// start date of the virtual clock differ. Imported by generate.mjs and by
// the per-system modules in systems/.

export const N = 2000;
export const SEED = 0x5eed7b1d;

// ---------------------------------------------------------------- PRNG ----
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const pad = (n, w = 2) => String(n).padStart(w, '0');

// ----------------------------------------------------------- generator ----
export class Gen {
  constructor(system, templates) {
    this.system = system;
    this.T = templates;
    this.rand = mulberry32((hashStr(system) ^ SEED) >>> 0);
    this.rows = [];
    // virtual clock, UTC milliseconds
    this.t = Date.UTC(2025, 5, 17, 6, 0, 0) + Math.floor(this.rand() * 3 * 3600e3);
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
export function drive(g, { startup, steady, rare, gapMs }) {
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

// ------------------------------------------------------ shared helpers ----
export const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// human-readable binary size: "12.34 MiB", "512.00 B"
export function rsize(b) {
  const u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0; let v = b;
  while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(2)} ${u[i]}`;
}
export const SAFE = 'bcdfghjklmnpqrstvwxz2456789';
