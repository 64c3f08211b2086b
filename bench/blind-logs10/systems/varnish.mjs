// ============================================================= Varnish ====
// Varnish Cache 7.5 in front of a news site's two application servers and
// an image service, behind a TLS terminator (X-Forwarded-For set), 1 GB
// malloc storage, health probes every 5 s, a purge ACL for the CMS.
// The log is varnishlog's shared-memory record stream in raw grouping
// (`varnishlog -g raw`), one record per line, not varnishncsa.
// Raw line: '     32771 ReqURL         c /news/2025/05/city-council-budget'
// -> the right-aligned vxid column and the one-letter transaction type
// ('c' client, 'b' backend, '-' none) are the header; Content is the tag
// column (padded to 15 characters, as varnishlog prints it) and the record
// payload. The tag is constant; a header name inside a ReqHeader /
// RespHeader / BereqHeader / BerespHeader record is constant (a field name),
// its value is a parameter. VCL method and return names are constants
// (they say what happened); HTTP method, protocol, status and reason are
// record values and parameters. Records of one transaction are written
// together, as varnishlog usually flushes them.
import { drive } from '../lib.mjs';

const T = (tag, rest) => tag.padEnd(15, ' ') + rest;

export default {
  name: 'Varnish',
  templates: {
    cliRd: T('CLI', 'Rd ping'),
    cliWr: T('CLI', 'Wr <*> <*> PONG <*> <*>'),
    cliRdCmd: T('CLI', 'Rd <*>'),
    cliWrText: T('CLI', 'Wr <*> <*> <*>'),
    cliWrEmpty: T('CLI', 'Wr <*> <*>'),
    healthOk: T('Backend_health', '- <*> Still healthy <*> <*> <*> <*> <*> <*> <*>'),
    healthSick: T('Backend_health', '- <*> Went sick <*> <*> <*> <*> <*> <*>'),
    healthStillSick: T('Backend_health', '- <*> Still sick <*> <*> <*> <*> <*> <*>'),
    healthBack: T('Backend_health', '- <*> Back healthy <*> <*> <*> <*> <*> <*> <*>'),
    beginSess: T('Begin', 'sess <*> <*>'),
    sessOpen: T('SessOpen', '<*> <*> <*> <*> <*> <*> <*>'),
    linkReq: T('Link', 'req <*> rxreq'),
    sessCloseRem: T('SessClose', 'REM_CLOSE <*>'),
    sessCloseRx: T('SessClose', 'RX_TIMEOUT <*>'),
    sessCloseJunk: T('SessClose', 'RX_JUNK <*>'),
    beginReq: T('Begin', 'req <*> rxreq'),
    tsStart: T('Timestamp', 'Start: <*> <*> <*>'),
    tsReq: T('Timestamp', 'Req: <*> <*> <*>'),
    tsFetch: T('Timestamp', 'Fetch: <*> <*> <*>'),
    tsProcess: T('Timestamp', 'Process: <*> <*> <*>'),
    tsResp: T('Timestamp', 'Resp: <*> <*> <*>'),
    tsBereq: T('Timestamp', 'Bereq: <*> <*> <*>'),
    tsBeresp: T('Timestamp', 'Beresp: <*> <*> <*>'),
    tsBerespBody: T('Timestamp', 'BerespBody: <*> <*> <*>'),
    tsError: T('Timestamp', 'Error: <*> <*> <*>'),
    reqStart: T('ReqStart', '<*> <*> <*>'),
    reqMethod: T('ReqMethod', '<*>'),
    reqUrl: T('ReqURL', '<*>'),
    reqProto: T('ReqProtocol', '<*>'),
    rhHost: T('ReqHeader', 'Host: <*>'),
    rhUa: T('ReqHeader', 'User-Agent: <*>'),
    rhXff: T('ReqHeader', 'X-Forwarded-For: <*>'),
    rhAe: T('ReqHeader', 'Accept-Encoding: <*>'),
    rhCookie: T('ReqHeader', 'Cookie: <*>'),
    ruAe: T('ReqUnset', 'Accept-Encoding: <*>'),
    ruCookie: T('ReqUnset', 'Cookie: <*>'),
    callRecv: T('VCL_call', 'RECV'),
    callHash: T('VCL_call', 'HASH'),
    callHit: T('VCL_call', 'HIT'),
    callMiss: T('VCL_call', 'MISS'),
    callPass: T('VCL_call', 'PASS'),
    callPurge: T('VCL_call', 'PURGE'),
    callSynth: T('VCL_call', 'SYNTH'),
    callDeliver: T('VCL_call', 'DELIVER'),
    callBFetch: T('VCL_call', 'BACKEND_FETCH'),
    callBResp: T('VCL_call', 'BACKEND_RESPONSE'),
    callBError: T('VCL_call', 'BACKEND_ERROR'),
    retHash: T('VCL_return', 'hash'),
    retLookup: T('VCL_return', 'lookup'),
    retDeliver: T('VCL_return', 'deliver'),
    retFetch: T('VCL_return', 'fetch'),
    retPass: T('VCL_return', 'pass'),
    retPurge: T('VCL_return', 'purge'),
    retSynth: T('VCL_return', 'synth'),
    aclMatch: T('VCL_acl', 'MATCH purgers <*>'),
    aclNoMatch: T('VCL_acl', 'NO_MATCH purgers'),
    vclLog: T('VCL_Log', 'bypass: <*>'),
    hit: T('Hit', '<*> <*> <*> <*>'),
    hitMiss: T('HitMiss', '<*> <*>'),
    linkFetch: T('Link', 'bereq <*> fetch'),
    linkPass: T('Link', 'bereq <*> pass'),
    respProto: T('RespProtocol', '<*>'),
    respStatus: T('RespStatus', '<*>'),
    respReason: T('RespReason', '<*>'),
    rsCt: T('RespHeader', 'Content-Type: <*>'),
    rsXv: T('RespHeader', 'X-Varnish: <*>'),
    rsAge: T('RespHeader', 'Age: <*>'),
    rsVia: T('RespHeader', 'Via: <*>'),
    rsRetry: T('RespHeader', 'Retry-After: <*>'),
    reqAcct: T('ReqAcct', '<*> <*> <*> <*> <*> <*>'),
    end: 'End',
    beginBereq: T('Begin', 'bereq <*> <*>'),
    bereqMethod: T('BereqMethod', '<*>'),
    bereqUrl: T('BereqURL', '<*>'),
    bereqProto: T('BereqProtocol', '<*>'),
    bhXv: T('BereqHeader', 'X-Varnish: <*>'),
    backendOpen: T('BackendOpen', '<*> <*> <*> <*> <*> <*> connect'),
    backendReuse: T('BackendOpen', '<*> <*> <*> <*> <*> <*> reuse'),
    backendClose: T('BackendClose', '<*> <*> recycle'),
    backendCloseErr: T('BackendClose', '<*> <*> close'),
    berespProto: T('BerespProtocol', '<*>'),
    berespStatus: T('BerespStatus', '<*>'),
    berespReason: T('BerespReason', '<*>'),
    bsCc: T('BerespHeader', 'Cache-Control: <*>'),
    bsCt: T('BerespHeader', 'Content-Type: <*>'),
    ttlRfc: T('TTL', 'RFC <*> <*> <*> <*> <*> <*> <*> <*> cacheable'),
    ttlRfcUn: T('TTL', 'RFC <*> <*> <*> <*> <*> <*> <*> <*> uncacheable'),
    ttlVcl: T('TTL', 'VCL <*> <*> <*> <*> cacheable'),
    storage: T('Storage', '<*> <*>'),
    fetchBody: T('Fetch_Body', '<*> <*> stream'),
    fetchError: T('FetchError', '<*>'),
    bereqAcct: T('BereqAcct', '<*> <*> <*> <*> <*> <*>'),
    length: T('Length', '<*>'),
    expKill: T('ExpKill', 'EXP_Expired x=<*> t=<*> h=<*>'),
    vclError: T('VCL_Error', '<*>'),
  },
  scenario(g) {
    const backends = [
      { name: 'boot.app1', ip: '10.0.5.11', port: 8080, ok: true, bits: 0, fd: 30, hist: [1, 1, 1, 1, 1] },
      { name: 'boot.app2', ip: '10.0.5.12', port: 8080, ok: true, bits: 0, fd: 31, hist: [1, 1, 1, 1, 1] },
      { name: 'boot.images', ip: '10.0.5.20', port: 9000, ok: true, bits: 0, fd: 32, hist: [1, 1, 1, 1, 1] },
    ];
    const pages = ['/', '/news', '/news/2025/05/city-council-budget', '/news/2025/05/river-festival-dates', '/sport/local-league-results', '/weather', '/news/2025/05/new-tram-line-opens', '/opinion/letters', '/culture/exhibition-review-harbour-gallery', '/news/2025/05/school-holidays?utm_source=newsletter'];
    const assets = ['/static/css/site.3f9a2c.css', '/static/js/app.81bd07.js', '/static/fonts/serif-regular.woff2', '/favicon.ico'];
    const images = ['/img/2025/05/council-chamber-1200.webp', '/img/2025/05/festival-stage-800.webp', '/img/2025/05/tram-test-run-1200.webp', '/img/logo.svg', '/img/2025/05/league-table-600.png'];
    const apis = ['/api/comments?article=48211', '/api/live-ticker?since=1747130000', '/api/search?q=tram', '/user/account'];
    const uas = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'Mozilla/5.0 (compatible; ExampleBot/2.1; +https://bot.example.com/)', 'curl/8.5.0'];
    const clients = Array.from({ length: 14 }, () => g.ip(g.pick(['198.51.100', '203.0.113'])));
    let forceTimeout = false;
    let vxid = 32768 + g.int(0, 1000) * 2;
    const objs = new Map(); // url -> {vxid, born, ttl, bytes, ct}
    const now = () => (g.t / 1000).toFixed(3) + String(g.int(0, 999)).padStart(3, '0');
    const el = (t0) => Math.max(0.000011, g.t / 1000 - t0 + g.r() / 1000).toFixed(6);
    const d = (a, b) => g.float(a, b, 6);
    const ctOf = (u) => u.startsWith('/img') ? (u.endsWith('.png') ? 'image/png' : u.endsWith('.svg') ? 'image/svg+xml' : 'image/webp') : u.endsWith('.css') ? 'text/css' : u.endsWith('.js') ? 'application/javascript' : u.endsWith('.woff2') ? 'font/woff2' : u.endsWith('.ico') ? 'image/x-icon' : u.startsWith('/api') ? 'application/json' : 'text/html; charset=utf-8';
    const ttlOf = (u) => u.startsWith('/static') || u.startsWith('/img') ? 86400 : u.startsWith('/api') ? 5 : 120;
    const cliPing = () => { g.e('cliRd'); g.e('cliWr', 200, 19, Math.floor(g.t / 1000), '1.0'); };
    const probe = () => {
      const b = g.zipf(backends, 0.5);
      const resp = b.name === 'boot.images' ? 'HTTP/1.1 200 OK' : 'HTTP/1.1 200 OK';
      if (b.ok) g.e('healthOk', b.name, '4---X-RH', 5, 3, 5, d(0.0008, 0.004), d(0.001, 0.003), resp);
      else g.e('healthStillSick', b.name, '4---X---', 0, 3, 5, '0.000000', d(0.001, 0.003));
    };
    // Emit a bereq transaction; returns { bv, status, bytes } or null on error
    const bereq = (req, url, pass, method) => {
      const bv = ++vxid;
      const b = url.startsWith('/img') ? backends[2] : (!backends[0].ok ? backends[1] : !backends[1].ok ? backends[0] : g.pick([backends[0], backends[1]]));
      const t0s = now(); const t0 = Number(t0s);
      g.e('beginBereq', req, pass ? 'pass' : 'fetch');
      g.e('tsStart', t0s, '0.000000', '0.000000');
      g.e('bereqMethod', method); g.e('bereqUrl', url); g.e('bereqProto', 'HTTP/1.1');
      g.e('bhXv', bv);
      g.e('callBFetch'); g.e('retFetch');
      if (!b.ok) {
        g.e('fetchError', `backend ${b.name.slice(5)}: unhealthy`);
        g.e('tsBereq', now(), '0.000021', '0.000021');
        g.e('tsError', now(), '0.000040', '0.000019');
        g.e('berespProto', 'HTTP/1.1'); g.e('berespStatus', 503); g.e('berespReason', 'Service Unavailable');
        g.e('callBError'); g.e('retDeliver');
        g.e('length', 278); g.e('bereqAcct', 0, 0, 0, 0, 0, 0); g.e('end');
        return { bv, status: 503 };
      }
      if (g.chance(0.75)) g.e('backendReuse', b.fd, b.name, b.ip, b.port, '10.0.5.2', g.eport());
      else { b.fd = g.int(25, 60); g.e('backendOpen', b.fd, b.name, b.ip, b.port, '10.0.5.2', g.eport()); }
      g.e('tsBereq', now(), el(t0), d(0.0001, 0.001));
      g.advance(g.int(5, 400));
      if (b.name !== 'boot.images' && (forceTimeout || g.chance(0.02))) {
        forceTimeout = false;
        g.e('fetchError', 'first byte timeout'); g.e('backendCloseErr', b.fd, b.name);
        g.e('tsError', now(), d(60, 61), d(60, 61));
        g.e('berespProto', 'HTTP/1.1'); g.e('berespStatus', 503); g.e('berespReason', 'Backend fetch failed');
        g.e('callBError'); g.e('retDeliver'); g.e('length', 282); g.e('bereqAcct', g.int(300, 600), 0, g.int(300, 600), 0, 0, 0); g.e('end');
        return { bv, status: 503 };
      }
      const status = url === '/user/account' ? 302 : url.includes('letters') && g.chance(0.3) ? 404 : 200;
      const reason = { 200: 'OK', 302: 'Found', 404: 'Not Found' }[status];
      g.e('tsBeresp', now(), el(t0), d(0.005, 0.4));
      g.e('berespProto', 'HTTP/1.1'); g.e('berespStatus', status); g.e('berespReason', reason);
      const ttl = ttlOf(url);
      g.e('bsCt', ctOf(url));
      const cc = pass || status === 302 ? 'private, no-cache' : `public, max-age=${ttl}`;
      g.e('bsCc', cc);
      const ts = Math.floor(g.t / 1000);
      if (pass || status !== 200) g.e('ttlRfcUn', -1, 10, 0, ts, ts, ts, 0, 0);
      else g.e('ttlRfc', ttl, 10, 0, ts, ts, ts, 0, ttl);
      g.e('callBResp'); g.e('retDeliver');
      if (!pass && status === 200 && url.startsWith('/api')) g.e('ttlVcl', 5, 10, 0, ts);
      g.e('storage', 'malloc', pass || status !== 200 ? 'Transient' : 's0');
      const bytes = url.startsWith('/img') ? g.int(40000, 400000) : url.startsWith('/static') ? g.int(8000, 120000) : g.int(2000, 90000);
      g.e('fetchBody', g.pick([2, 3]), g.pick(['length', 'chunked']));
      g.advance(g.int(1, 300)); g.e('tsBerespBody', now(), el(t0), d(0.0001, 0.05));
      g.e('length', bytes);
      g.e('bereqAcct', g.int(300, 700), 0, g.int(300, 700), g.int(250, 450), bytes, bytes + g.int(250, 450));
      g.e('backendClose', b.fd, b.name);
      g.e('end');
      return { bv, status, bytes, ttl, ct: ctOf(url), born: g.t };
    };
    const request = (kind, forcedUrl) => {
      const sess = ++vxid; const req = ++vxid;
      const cl = g.zipf(clients, 0.8); const port = g.eport();
      const url = forcedUrl || (kind === 'asset' ? g.zipf(assets, 1) : kind === 'image' ? g.zipf(images, 1) : kind === 'api' ? g.zipf(apis, 1) : g.zipf(pages, 1.1));
      const method = kind === 'api' && url.startsWith('/api/comments') && g.chance(0.3) ? 'POST' : 'GET';
      const ua = g.zipf(uas, 1); const ae = g.pick(['gzip, deflate, br', 'gzip, deflate, br, zstd', 'gzip']);
      const t0s = now(); const t0 = Number(t0s);
      g.e('beginReq', sess);
      g.e('tsStart', t0s, '0.000000', '0.000000');
      g.e('tsReq', t0s, '0.000000', '0.000000');
      g.e('reqStart', '10.0.5.1', port, 'a0');
      g.e('reqMethod', method); g.e('reqUrl', url); g.e('reqProto', 'HTTP/1.1');
      g.e('rhHost', 'www.example.com'); g.e('rhUa', ua); g.e('rhXff', cl); g.e('rhAe', ae);
      const cookie = url === '/user/account' || url.startsWith('/api/comments') ? `session=${g.b64id(24)}; consent=1` : g.chance(0.3) ? `consent=1; _pk_id.1=${g.hex(16)}` : null;
      if (cookie) g.e('rhCookie', cookie);
      g.e('callRecv');
      if (ae !== 'gzip') { g.e('ruAe', ae); g.e('rhAe', 'gzip'); }
      let status, bytes, hitObj = null, xv, age = 0, reason;
      const passIt = method === 'POST' || url === '/user/account' || url.startsWith('/api/comments');
      if (passIt) {
        g.e('vclLog', method === 'POST' ? 'non-idempotent method' : 'session cookie present');
        g.e('retPass'); g.e('callHash'); g.e('retLookup'); g.e('callPass'); g.e('retFetch');
        const r = bereq(req, url, true, method);
        g.e('linkPass', r.bv); status = r.status; bytes = r.bytes || 278; xv = String(req);
      } else {
        if (cookie) g.e('ruCookie', cookie);
        g.e('retHash'); g.e('callHash'); g.e('retLookup');
        const o = objs.get(url);
        if (o && (g.t - o.born) / 1000 < o.ttl) {
          age = Math.floor((g.t - o.born) / 1000);
          g.e('hit', o.vxid, (o.ttl - age).toFixed(6), '10.000000', '0.000000');
          g.e('callHit'); g.e('retDeliver'); status = 200; bytes = o.bytes; xv = `${req} ${o.vxid}`;
        } else {
          if (o) g.e('hitMiss', o.vxid, (o.ttl - (g.t - o.born) / 1000).toFixed(6));
          g.e('callMiss'); g.e('retFetch');
          const r = bereq(req, url, false, method);
          g.e('linkFetch', r.bv);
          g.e('tsFetch', now(), el(t0), d(0.0001, 0.002));
          status = r.status; bytes = r.bytes || 278; xv = String(req);
          if (status === 200) objs.set(url, { vxid: r.bv, born: g.t, ttl: r.ttl, bytes });
        }
      }
      reason = { 200: 'OK', 302: 'Found', 404: 'Not Found', 503: 'Service Unavailable' }[status];
      g.e('respProto', 'HTTP/1.1'); g.e('respStatus', status); g.e('respReason', reason);
      g.e('rsCt', ctOf(url)); g.e('rsXv', xv); g.e('rsAge', age); g.e('rsVia', '1.1 varnish (Varnish/7.5)');
      if (status === 503) g.e('rsRetry', 5);
      g.e('callDeliver'); g.e('retDeliver');
      g.e('tsProcess', now(), el(t0), d(0.00001, 0.0001));
      g.e('tsResp', now(), el(t0), d(0.00001, 0.002));
      g.e('reqAcct', g.int(350, 900), 0, g.int(350, 900), g.int(280, 460), bytes, bytes + g.int(280, 460));
      g.e('end');
      // the TLS terminator keeps connections open; sessions are logged only when a new one starts
      if (g.chance(0.2)) {
        g.e('beginSess', 0, 'HTTP/1'); g.e('sessOpen', '10.0.5.1', port, 'a0', '10.0.5.2', 80, t0s, g.int(20, 40));
        g.e('linkReq', req); g.e(g.chance(0.7) ? 'sessCloseRem' : 'sessCloseRx', d(0.001, 5)); g.e('end');
      }
    };
    const purge = (allowed) => {
      const sess = ++vxid, req = ++vxid; const url = g.zipf(pages, 1);
      const t0 = now();
      g.e('beginReq', sess); g.e('tsStart', t0, '0.000000', '0.000000'); g.e('tsReq', t0, '0.000000', '0.000000');
      g.e('reqStart', allowed ? '10.0.5.30' : '10.0.5.1', g.eport(), 'a0'); g.e('reqMethod', 'PURGE'); g.e('reqUrl', url); g.e('reqProto', 'HTTP/1.1');
      g.e('rhHost', 'www.example.com'); g.e('rhUa', allowed ? 'cms-purger/1.4' : 'curl/8.5.0');
      if (!allowed) g.e('rhXff', g.ip('203.0.113'));
      g.e('callRecv');
      if (allowed) {
        g.e('aclMatch', '"10.0.5.30"'); g.e('retPurge'); g.e('callHash'); g.e('retLookup'); g.e('callPurge'); g.e('retSynth');
        const o = objs.get(url); if (o) { objs.delete(url); g.e('expKill', o.vxid, '-2', '0'); }
        g.e('respProto', 'HTTP/1.1'); g.e('respStatus', 200); g.e('respReason', 'Purged');
      } else {
        g.e('aclNoMatch'); g.e('retSynth');
        g.e('respProto', 'HTTP/1.1'); g.e('respStatus', 405); g.e('respReason', 'Method Not Allowed');
      }
      g.e('callSynth'); g.e('retDeliver');
      g.e('tsProcess', now(), d(0.00002, 0.0002), d(0.00001, 0.0001)); g.e('tsResp', now(), d(0.00003, 0.0003), d(0.00001, 0.0001));
      g.e('reqAcct', g.int(150, 300), 0, g.int(150, 300), g.int(200, 260), 240, g.int(440, 500)); g.e('end');
    };
    const expire = () => { const ks = [...objs.keys()]; if (!ks.length) return cliPing(); const u = g.pick(ks); const o = objs.get(u); objs.delete(u); g.e('expKill', o.vxid, (-g.float(0, 2, 6)).toFixed(6), g.int(1, 40)); };
    const sickEpisode = (b) => () => {
      b.ok = false; g.e('healthSick', b.name, '4---X---', 2, 3, 5, '0.000000', d(0.001, 0.003));
      for (let k = 0; k < g.int(2, 4); k++) { g.advance(5000); request('page'); g.e('healthStillSick', b.name, '4---X---', 1, 3, 5, '0.000000', d(0.001, 0.003)); }
      request('page'); request('page');
      g.advance(15000); g.e('healthBack', b.name, '4---X-RH', 3, 3, 5, d(0.0008, 0.004), d(0.001, 0.003), 'HTTP/1.1 200 OK'); b.ok = true;
    };
    drive(g, {
      gapMs: 1500,
      startup: () => { cliPing(); for (let i = 0; i < 3; i++) probe(); cliPing(); },
      steady: [
        [3.2, () => request('page')], [1.2, () => request('asset')], [1.6, () => request('image')], [1.2, () => request('api')],
        [4, cliPing], [6, probe], [0.5, expire], [0.25, () => purge(true)],
      ],
      rare: [
        () => { ++vxid; g.e('beginSess', 0, 'HTTP/1'); g.e('sessOpen', '10.0.5.1', g.eport(), 'a0', '10.0.5.2', 80, now(), g.int(20, 40)); g.e('sessCloseJunk', d(0.0001, 0.01)); g.e('end'); },
        sickEpisode(backends[1]),
        () => { ++vxid; g.e('beginSess', 0, 'HTTP/1'); g.e('sessOpen', '10.0.5.1', g.eport(), 'a0', '10.0.5.2', 80, now(), g.int(20, 40)); g.e('sessCloseRx', d(5, 5.01)); g.e('end'); },
        () => { forceTimeout = true; request('api', '/api/live-ticker?since=' + Math.floor(g.t / 1000 - 30)); },
        () => purge(false),
        () => { g.e('cliRdCmd', 'vcl.load reload_20250513_101502 /etc/varnish/default.vcl'); g.e('cliWrText', 200, 13, 'VCL compiled.'); g.e('cliRdCmd', 'vcl.use reload_20250513_101502'); g.e('cliWrText', 200, 39, "VCL 'reload_20250513_101502' now active"); },
        () => { g.e('cliRdCmd', 'ban req.url ~ ^/news/2025/05/'); g.e('cliWrEmpty', 200, 0); },
        () => { g.e('vclError', 'Backend fetch failed for /api/live-ticker: no backend connection'); g.e('vclError', 'Backend fetch failed for /api/live-ticker: no backend connection'); },
      ],
    });
  },
};
