// =========================================================== Memcached ====
// memcached 1.6 started with -vv (verbose: every command and reply is
// echoed to stderr) in a container, in front of a PHP web shop: sessions,
// page fragments, product records, a rate limiter, feature flags; a second
// client uses the meta protocol (mg/ms/md); a monitoring probe asks for
// the version; a port scanner speaks HTTP to it.
// Raw line: '<31 get sess:7f3a9c0e21b4'  or  '>31 sending key sess:7f3a9c0e21b4'
// -> memcached -vv writes no header at all (no time, no level, no pid):
// the whole line is Content, the '<fd' / '>fd' direction-and-descriptor
// prefix included (the descriptor is a parameter, the arrow is constant).
// The slab-class table printed at start keeps its printf padding inside
// the values ('slab class   1: chunk size        96 perslab   10922').
import { drive } from '../lib.mjs';

const VER = '1.6.29';

export default {
  name: 'Memcached',
  templates: {
    slabClass: 'slab class <*>: chunk size <*> perslab <*>',
    listenTcp: '<<*> server listening (auto-negotiate)',
    listenUdp: '<<*> server listening (udp)',
    newConn: '<<*> new auto-negotiating client connection',
    ascii: '<*>: Client using the ascii protocol',
    binary: '<*>: Client using the binary protocol',
    closed: '<<*> connection closed.',
    get: '<<*> get <*>',
    gets: '<<*> gets <*>',
    sending: '><*> sending key <*>',
    end: '><*> END',
    set: '<<*> set <*> <*> <*> <*>',
    add: '<<*> add <*> <*> <*> <*>',
    replace: '<<*> replace <*> <*> <*> <*>',
    cas: '<<*> cas <*> <*> <*> <*> <*>',
    stored: '><*> STORED',
    notStored: '><*> NOT_STORED',
    exists: '><*> EXISTS',
    del: '<<*> delete <*>',
    deleted: '><*> DELETED',
    notFound: '><*> NOT_FOUND',
    touch: '<<*> touch <*> <*>',
    touched: '><*> TOUCHED',
    mg: '<<*> mg <*> <*>',
    va: '><*> VA <*> <*>',
    en: '><*> EN',
    ms: '<<*> ms <*> <*> <*>',
    md: '<<*> md <*>',
    hd: '><*> HD',
    nf: '><*> NF',
    version: '<<*> version',
    versionReply: '><*> VERSION <*>',
    flushAll: '<<*> flush_all',
    ok: '><*> OK',
    httpProbe: '<<*> GET / HTTP/1.1',
    error: '><*> ERROR',
    clientBadChunk: '><*> CLIENT_ERROR bad data chunk',
    clientLineTooLong: '><*> CLIENT_ERROR line too long',
    serverTooLarge: '><*> SERVER_ERROR object too large for cache',
    serverOom: '><*> SERVER_ERROR out of memory storing object',
    tooManyConns: '><*> ERROR Too many open connections',
    accept4: 'accept4(): <*>',
    failedWrite: 'Failed to write, and not due to blocking: <*>',
    signal: 'Signal handled: <*>.',
    slabReassign: 'slab reassign: moved page from class <*> to class <*>',
  },
  scenario(g) {
    const hex = (n) => g.hex(n);
    // entities with fixed keys and sizes
    const sessions = Array.from({ length: 40 }, () => ({ k: 'sess:' + hex(26), bytes: g.int(180, 1400), live: g.chance(0.7) }));
    const pages = ['/', '/shop', '/shop/lamps', '/shop/lamps/desk-lamp-arc', '/blog', '/blog/2025/05/spring-sale', '/shop/chairs', '/about', '/shop/rugs/wool-rug-kilim', '/help/shipping']
      .map((p) => ({ k: 'page:' + p + ':de', bytes: p === '/help/shipping' ? 1318420 : g.int(4000, 90000), live: p !== '/help/shipping' && g.chance(0.6) }));
    const products = Array.from({ length: 30 }, (_, i) => ({ k: `product:${10400 + i * 7}`, bytes: g.int(600, 3000), live: g.chance(0.8) }));
    const users = Array.from({ length: 20 }, (_, i) => ({ k: `user:${2100 + i * 13}:cart`, bytes: g.int(60, 900), live: g.chance(0.5), cas: g.int(100000, 900000) }));
    const flags = [{ k: 'cfg:feature_flags', bytes: 412, live: true }, { k: 'cfg:currency_rates', bytes: 1890, live: true }, { k: 'tpl:header:de', bytes: 7420, live: true }];
    const metaKeys = Array.from({ length: 15 }, (_, i) => ({ k: `search:q:${hex(12)}`, bytes: g.int(900, 24000), live: g.chance(0.5), ttl: 600 }));
    const pools = [[sessions, 1.0], [pages, 1.1], [products, 1.0], [flags, 1.0]];
    const open = []; let metaFd = 0;
    const newFd = () => { let fd = 31; while (open.includes(fd) || fd === metaFd) fd++; return fd; };
    const conn = () => {
      if (open.length && g.chance(0.85)) return g.pick(open);
      const fd = newFd();
      g.e('newConn', fd); g.e('ascii', fd); open.push(fd);
      return fd;
    };
    const close = () => { if (open.length < 4) return false; const i = g.int(0, open.length - 1); g.e('closed', open[i]); open.splice(i, 1); return true; };
    const reply = (fd, items) => { for (const it of items) if (it.live) g.e('sending', fd, it.k); g.e('end', fd); };
    const getOne = () => {
      const fd = conn();
      const pl = g.wpick([[5, pools[0]], [3, pools[1]], [3, pools[2]], [1, pools[3]]]);
      const it = g.zipf(pl[0], pl[1]);
      g.e('get', fd, it.k); reply(fd, [it]);
      if (!it.live && pl[0] !== flags) { // miss: the application rebuilds and stores the value
        const ttl = pl[0] === sessions ? 1440 : pl[0] === pages ? 300 : 3600;
        g.e('set', fd, it.k, pl[0] === pages ? 1 : 0, ttl, it.bytes);
        if (it.bytes > 1048576) { g.e('serverTooLarge', fd); return; }
        g.e('stored', fd); it.live = true;
      } else if (pl[0] === sessions && g.chance(0.4)) { g.e('touch', fd, it.k, 1440); g.e('touched', fd); }
    };
    const multiGet = () => {
      const fd = conn();
      const n = g.int(2, 6); const its = new Set();
      while (its.size < n) its.add(g.zipf(products, 0.9));
      const arr = [...its];
      g.e('get', fd, arr.map((x) => x.k).join(' ')); reply(fd, arr);
    };
    const cart = () => {
      const fd = conn(); const u = g.zipf(users, 1);
      g.e('gets', fd, u.k);
      if (!u.live) { g.e('end', fd); g.e('add', fd, u.k, 0, 86400, u.bytes); if (g.chance(0.1)) g.e('notStored', fd); else { g.e('stored', fd); u.live = true; } return; }
      g.e('sending', fd, u.k); g.e('end', fd);
      u.bytes = Math.max(40, u.bytes + g.int(-120, 260));
      g.e('cas', fd, u.k, 0, 86400, u.bytes, u.cas);
      if (g.chance(0.12)) { g.e('exists', fd); return; }
      g.e('stored', fd); u.cas += g.int(1, 40);
    };
    const logout = () => {
      const fd = conn(); const s = g.zipf(sessions, 0.8);
      g.e('del', fd, s.k);
      if (s.live) { g.e('deleted', fd); s.live = false; } else g.e('notFound', fd);
    };
    const invalidate = () => {
      const fd = conn(); const p = g.zipf(products, 1);
      if (g.chance(0.5)) { g.e('replace', fd, p.k, 0, 3600, p.bytes); if (p.live) g.e('stored', fd); else g.e('notStored', fd); }
      else { g.e('del', fd, p.k); if (p.live) { g.e('deleted', fd); p.live = false; } else g.e('notFound', fd); }
    };
    const meta = () => {
      if (!metaFd) { metaFd = newFd(); g.e('newConn', metaFd); g.e('ascii', metaFd); }
      const m = g.zipf(metaKeys, 1);
      const r = g.r();
      if (r < 0.75) {
        g.e('mg', metaFd, m.k, g.pick(['v t f', 'v t', 's v t f']));
        if (m.live) { m.ttl = Math.max(1, m.ttl - g.int(5, 90)); g.e('va', metaFd, m.bytes, `t${m.ttl} f0`); }
        else { g.e('en', metaFd); g.e('ms', metaFd, m.k, m.bytes, 'T600'); g.e('hd', metaFd); m.live = true; m.ttl = 600; }
      } else { g.e('md', metaFd, m.k); if (m.live) { g.e('hd', metaFd); m.live = false; } else g.e('nf', metaFd); }
    };
    const probe = () => { const fd = newFd(); g.e('newConn', fd); g.e('ascii', fd); g.e('version', fd); g.e('versionReply', fd, VER); g.e('closed', fd); };
    const boot = () => {
      let size = 96;
      for (let c = 1; c <= 39; c++) {
        const ps = Math.floor(1048576 / size);
        g.e('slabClass', String(c).padStart(3, ' '), String(size).padStart(9, ' '), String(ps).padStart(7, ' '));
        size = Math.ceil(size * 1.25 / 8) * 8;
        if (size > 524288) break;
      }
      g.e('listenTcp', 26);
      for (let k = 27; k <= 30; k++) g.e('listenUdp', k);
      open.length = 0; metaFd = 0;
    };
    drive(g, {
      gapMs: 900,
      startup: boot,
      steady: [
        [34, getOne], [6, multiGet], [7, cart], [4, logout], [3, invalidate], [7, meta],
        [3, () => { if (!close()) getOne(); }], [1.2, probe],
      ],
      rare: [
        () => { const fd = conn(); g.e('set', fd, 'tpl:footer:de', 0, 0, 6120); g.e('clientBadChunk', fd); g.e('error', fd); },
        () => { const fd = conn(); g.e('set', fd, 'tpl:footer:de', 0, 0, 6140); g.e('clientBadChunk', fd); g.e('error', fd); },
        () => { const fd = newFd(); g.e('newConn', fd); g.e('ascii', fd); g.e('httpProbe', fd); g.e('error', fd); g.e('clientLineTooLong', fd); g.e('closed', fd); },
        () => { const fd = newFd(); g.e('newConn', fd); g.e('ascii', fd); g.e('httpProbe', fd); g.e('error', fd); g.e('closed', fd); },
        () => { for (let k = 0; k < 3; k++) { const fd = conn(); const it = g.zipf(pages, 1); g.e('set', fd, it.k, 1, 300, it.bytes); g.e('serverOom', fd); } },
        () => { g.e('accept4', 'Too many open files'); g.e('accept4', 'Too many open files'); const fd = newFd(); g.e('newConn', fd); g.e('tooManyConns', fd); g.e('closed', fd); },
        () => { g.e('failedWrite', 'Connection reset by peer'); },
        () => { g.e('failedWrite', 'Broken pipe'); },
        () => { g.e('slabReassign', 12, 5); g.advance(30000); g.e('slabReassign', 13, 5); },
        () => { const fd = newFd(); g.e('newConn', fd); g.e('binary', fd); g.e('closed', fd); },
        () => { // deploy: the shop flushes its cache
          const fd = conn(); g.e('flushAll', fd); g.e('ok', fd);
          for (const pl of [sessions, pages, products, users, metaKeys]) for (const it of pl) it.live = false;
          for (const f of flags) f.live = false;
          for (const f of flags) { g.e('get', fd, f.k); g.e('end', fd); g.e('set', fd, f.k, 0, 0, f.bytes); g.e('stored', fd); f.live = true; }
        },
        () => { // container restart
          for (const fd of open.slice()) g.e('closed', fd);
          g.e('signal', 'Terminated'); g.advance(3000);
          for (const pl of [sessions, pages, products, users, metaKeys, flags]) for (const it of pl) it.live = false;
          boot();
          for (const f of flags) { const fd = conn(); g.e('get', fd, f.k); g.e('end', fd); g.e('set', fd, f.k, 0, 0, f.bytes); g.e('stored', fd); f.live = true; }
        },
      ],
    });
  },
};
