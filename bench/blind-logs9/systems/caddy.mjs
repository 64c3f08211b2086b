// =============================================================== Caddy ====
// Caddy 2.7 as the edge reverse proxy of a small company: a Caddyfile with
// five sites (a web shop and its API on two upstreams each, a status page,
// a static docs site, a Grafana), automatic HTTPS through an ACME CA,
// active health checks on the API upstreams, HTTP/3 on, access logging for
// every site with a log filter that deletes the request and response
// headers and the TLS block, `log { format console }` for everything.
// Raw line (console encoder, tab-separated):
// '2025/05/13 10:04:05.123\tINFO\thttp.log.access.log0\thandled request\t{"request": {"remote_ip": "203.0.113.7", ...}, "bytes_read": 0, "user_id": "", "duration": 0.0123, "size": 5123, "status": 200}'
// -> Content is the message, one space, and the fields object exactly as
// the console encoder prints it (when there are fields): the timestamp,
// the level and the logger name (http.log.access.log0, tls.obtain,
// http.handlers.reverse_proxy, ...) are the header.
import { drive } from '../lib.mjs';

const REQ = '{"remote_ip": "<*>", "remote_port": "<*>", "client_ip": "<*>", "proto": "<*>", "method": "<*>", "host": "<*>", "uri": "<*>"}';
const CA = 'https://acme-v02.api.letsencrypt.org/directory';

export default {
  name: 'Caddy',
  templates: {
    usingConfig: 'using provided configuration {"config_file": "<*>", "config_adapter": "<*>"}',
    notFormatted: 'Caddyfile input is not formatted; run \'caddy fmt --overwrite\' to fix inconsistencies {"adapter": "<*>", "file": "<*>", "line": <*>}',
    adminStarted: 'admin endpoint started {"address": "<*>", "enforce_origin": <*>, "origins": [<*>]}',
    httpsOnly: 'server is listening only on the HTTPS port but has no TLS connection policies; adding one to enable TLS {"server_name": "<*>", "https_port": <*>}',
    redirects: 'enabling automatic HTTP->HTTPS redirects {"server_name": "<*>"}',
    maintenance: 'started background certificate maintenance {"cache": "<*>"}',
    bufSize: 'failed to sufficiently increase receive buffer size (was: <*> kiB, wanted: <*> kiB, got: <*> kiB). See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes for details.',
    h3Listener: 'enabling HTTP/3 listener {"addr": "<*>"}',
    h2Skipped: 'HTTP/2 skipped because it requires TLS {"network": "<*>", "addr": "<*>"}',
    h3Skipped: 'HTTP/3 skipped because it requires TLS {"network": "<*>", "addr": "<*>"}',
    serverRunning: 'server running {"name": "<*>", "protocols": [<*>]}',
    autoTls: 'enabling automatic TLS certificate management {"domains": [<*>]}',
    autosaved: 'autosaved config (load with --resume flag) {"file": "<*>"}',
    serving: 'serving initial configuration',
    cleaning: 'cleaning storage unit {"storage": "<*>"}',
    cleaned: 'finished cleaning storage units',
    cleanSkip: 'storage cleaning happened too recently; skipping for now {"storage": "<*>", "try_again": "<*>", "try_again_in": <*>}',
    access: `handled request {"request": ${REQ}, "bytes_read": <*>, "user_id": "", "duration": <*>, "size": <*>, "status": <*>}`,
    accessUser: `handled request {"request": ${REQ}, "bytes_read": <*>, "user_id": "<*>", "duration": <*>, "size": <*>, "status": <*>}`,
    errDial: `dial tcp <*>:<*>: connect: connection refused {"request": ${REQ}, "duration": <*>, "status": <*>, "err_id": "<*>", "err_trace": "<*>"}`,
    errNoUp: `no upstreams available {"request": ${REQ}, "duration": <*>, "status": <*>, "err_id": "<*>", "err_trace": "<*>"}`,
    errTimeout: `net/http: timeout awaiting response headers {"request": ${REQ}, "duration": <*>, "status": <*>, "err_id": "<*>", "err_trace": "<*>"}`,
    aborting: `aborting with incomplete response {"upstream": "<*>:<*>", "duration": <*>, "request": ${REQ}, "error": "<*>"}`,
    tlsHandshake: 'http: TLS handshake error from <*>:<*>: <*>',
    hcFailed: 'HTTP request failed {"host": "<*>:<*>", "error": "<*>"}',
    hcStatus: 'unexpected status code {"status_code": <*>, "host": "<*>:<*>"}',
    hostDown: 'host is down {"host": "<*>:<*>"}',
    hostUp: 'host is up {"host": "<*>:<*>"}',
    obtaining: 'obtaining certificate {"identifier": "<*>"}',
    waitLimiter: 'waiting on internal rate limiter {"identifiers": [<*>], "ca": "<*>", "account": "<*>"}',
    doneLimiter: 'done waiting on internal rate limiter {"identifiers": [<*>], "ca": "<*>", "account": "<*>"}',
    acmeAccount: 'using ACME account {"account_id": "<*>", "account_contact": [<*>]}',
    trySolve: 'trying to solve challenge {"identifier": "<*>", "challenge_type": "<*>", "ca": "<*>"}',
    servedKey: 'served key authentication {"identifier": "<*>", "challenge": "<*>", "remote": "<*>", "distributed": <*>}',
    authzFinal: 'authorization finalized {"identifier": "<*>", "authz_status": "<*>"}',
    finalizing: 'validations succeeded; finalizing order {"order": "<*>"}',
    chains: 'successfully downloaded available certificate chains {"count": <*>, "first_url": "<*>"}',
    obtained: 'certificate obtained successfully {"identifier": "<*>", "issuer": "<*>"}',
    releasing: 'releasing lock {"identifier": "<*>"}',
    challengeFailed: 'challenge failed {"identifier": "<*>", "challenge_type": "<*>", "problem": {"type": "<*>", "title": "", "detail": "<*>", "instance": "", "subproblems": []}}',
    issuerFail: 'could not get certificate from issuer {"identifier": "<*>", "issuer": "<*>", "error": "<*>"}',
    willRetry: 'will retry {"error": "<*>", "attempt": <*>, "retrying_in": <*>, "elapsed": <*>, "max_duration": <*>}',
    renewQueue: 'certificate expires soon; queuing for renewal {"identifiers": [<*>], "remaining": <*>}',
    renewing: 'renewing certificate {"identifier": "<*>", "remaining": <*>}',
    renewed: 'certificate renewed successfully {"identifier": "<*>"}',
    ocsp: 'stapling OCSP {"error": "<*>", "identifiers": [<*>]}',
    received: 'received request {"method": "<*>", "host": "<*>", "uri": "<*>", "remote_ip": "<*>", "remote_port": "<*>", "headers": {<*>}}',
    stoppedPrev: 'stopped previous server {"address": "<*>"}',
    loadComplete: 'load complete',
    autosaveFail: 'unable to autosave config {"file": "<*>", "error": "<*>"}',
    shuttingDown: 'shutting down apps, then terminating {"signal": "<*>"}',
    eternalGrace: 'servers shutting down with eternal grace period',
    shutdownDone: 'shutdown complete {"signal": "<*>", "exit_code": <*>}',
  },
  scenario(g) {
    const sites = [
      ['shop.example.com', 9], ['api.example.com', 7], ['docs.example.com', 2], ['status.example.com', 1], ['grafana.example.com', 1.6],
    ];
    const allDomains = sites.map((s) => `"${s[0]}"`).join(', ');
    const up = { 'shop.example.com': ['10.0.6.11', '10.0.6.12'], 'api.example.com': ['10.0.6.21', '10.0.6.22'], 'grafana.example.com': ['10.0.6.40'], 'status.example.com': ['10.0.6.50'] };
    const upPort = { 'shop.example.com': 3000, 'api.example.com': 8080, 'grafana.example.com': 3000, 'status.example.com': 3001 };
    const clients = ['203.0.113.7', '198.51.100.23', '203.0.113.45', '198.51.100.180', '203.0.113.99', '192.0.2.61', '198.51.100.4', '203.0.113.150', '2001:db8:4a::1c', '2001:db8:7f2::9', '192.0.2.200', '203.0.113.12'];
    const dur = (a, b) => (a + g.r() * (b - a)).toFixed(g.int(7, 9)).replace(/0+$/, '').replace(/\.$/, '.0');
    const req = (ip, host, method, uri, proto) => [ip, String(g.int(1025, 65535)), ip, proto || g.zipf(['HTTP/2.0', 'HTTP/1.1', 'HTTP/3.0'], 1.3), method, host, uri];
    const shopUris = ['/', '/products/linen-shirt', '/products/wool-socks', '/cart', '/checkout', '/static/app.3f9c2e.js', '/static/app.3f9c2e.css', '/images/hero-spring.webp', '/search?q=jacket', '/products?page=2&sort=price', '/favicon.ico', '/account/orders'];
    const apiUris = [['GET', '/v1/products?limit=24'], ['GET', '/v1/cart'], ['POST', '/v1/cart/items'], ['GET', '/v1/session'], ['POST', '/v1/checkout'], ['GET', '/v1/orders/58213'], ['DELETE', '/v1/cart/items/771'], ['GET', '/healthz']];
    const docsUris = ['/', '/getting-started/', '/api/reference/', '/assets/main.css', '/search/search_index.json', '/changelog/'];
    const users = ['ops', 'mira', 'jonas'];
    const errId = () => g.alnum(9, 'abcdefghijklmnopqrstuvwxyz0123456789');
    let downApi = null; // an API upstream that is down
    const access = () => {
      const host = g.wpick(sites.map(([s, w]) => [w, s]));
      const ip = g.zipf(clients, 0.9);
      if (host === 'shop.example.com') {
        const uri = g.zipf(shopUris, 1.0), st = /static|images|favicon/.test(uri) ? g.wpick([[7, 200], [3, 304]]) : g.wpick([[20, 200], [1, 302], [1, 404]]);
        g.e('access', ...req(ip, host, 'GET', uri), 0, dur(0.0004, 0.09), st === 304 ? 0 : g.int(600, 240000), st);
      } else if (host === 'api.example.com') {
        const [m, uri] = g.zipf(apiUris, 1.0), st = m === 'POST' ? g.wpick([[8, 201], [2, 200], [1, 422], [1, 401]]) : g.wpick([[20, 200], [1, 404], [1, 401]]);
        g.e('access', ...req(ip, host, m, uri), m === 'POST' ? g.int(40, 2400) : 0, dur(0.002, 0.4), g.int(2, 18000), st);
      } else if (host === 'docs.example.com') {
        const st = g.wpick([[6, 200], [2, 304]]);
        g.e('access', ...req(ip, host, 'GET', g.zipf(docsUris, 1)), 0, dur(0.0001, 0.004), st === 304 ? 0 : g.int(900, 90000), st);
      } else if (host === 'status.example.com') {
        g.e('access', ...req(g.pick(['192.0.2.10', '192.0.2.11']), host, 'GET', '/api/status', 'HTTP/1.1'), 0, dur(0.001, 0.02), g.int(300, 900), 200);
      } else {
        const u = g.zipf(users, 1);
        g.e('accessUser', ...req('10.0.9.' + g.pick([14, 27, 33]), host, g.pick(['GET', 'POST']), g.pick(['/api/ds/query', '/api/dashboards/uid/node-exp', '/api/search?query=', '/public/build/runtime.js', '/api/live/ws']), 'HTTP/2.0'), g.int(0, 3000), u, dur(0.003, 0.8), g.int(100, 80000), 200);
      }
    };
    const tlsScan = () => {
      const ip = g.pick(['198.51.100.' + g.int(2, 250), '203.0.113.' + g.int(2, 250), '192.0.2.' + g.int(2, 250)]);
      g.e('tlsHandshake', ip, g.int(1025, 65535), g.wpick([
        [5, 'EOF'], [3, `no certificate available for '${g.pick(['10.0.6.2', '203.0.113.80', 'localhost'])}'`],
        [2, 'tls: client offered only unsupported versions: [302 301]'], [2, 'read tcp 203.0.113.80:443->' + ip + ':' + g.int(1025, 65535) + ': read: connection reset by peer'],
        [1, 'tls: no cipher suite supported by both client and server'], [1, 'acme/autocert: missing server name'],
      ]));
    };
    const proxyErr = () => {
      const host = 'api.example.com', ip = g.zipf(clients, 0.9), [m, uri] = g.zipf(apiUris, 1);
      if (downApi) { g.e('errDial', downApi, 8080, ...req(ip, host, m, uri), dur(0.0003, 0.003), 502, errId(), 'reverseproxy.statusError (reverseproxy.go:1267)'); return; }
      if (g.chance(0.5)) g.e('errTimeout', ...req(ip, host, m, '/v1/checkout'), dur(30, 30.1), 504, errId(), 'reverseproxy.statusError (reverseproxy.go:1267)');
      else g.e('aborting', g.pick(up[host]), 8080, dur(0.5, 40), ...req(ip, host, 'GET', '/v1/orders/export?format=csv'), g.pick(['writing: write tcp 203.0.113.80:443->' + ip + ':' + g.int(1025, 65535) + ': write: broken pipe', 'reading: context canceled', 'writing: http2: stream closed']));
    };
    const obtain = (dom, fail) => {
      const acct = 'https://acme-v02.api.letsencrypt.org/acme/acct/' + g.int(1000000000, 1999999999);
      g.e('obtaining', dom);
      g.e('waitLimiter', `"${dom}"`, CA, 'ops@example.com');
      g.e('doneLimiter', `"${dom}"`, CA, 'ops@example.com');
      g.e('acmeAccount', acct.split('/').pop(), '"mailto:ops@example.com"');
      const ct = g.pick(['tls-alpn-01', 'http-01']);
      g.e('trySolve', dom, ct, CA);
      if (fail) {
        g.e('challengeFailed', dom, ct, 'urn:ietf:params:acme:error:connection', `203.0.113.80: Fetching http://${dom}/.well-known/acme-challenge/${g.b64id(43)}: Timeout during connect (likely firewall problem)`);
        g.e('issuerFail', dom, CA, `HTTP 400 urn:ietf:params:acme:error:connection - 203.0.113.80: Timeout during connect (likely firewall problem)`);
        g.e('willRetry', `[${dom}] Obtain: [${dom}] solving challenge: ${dom}: [${dom}] authorization failed: HTTP 400 urn:ietf:params:acme:error:connection - 203.0.113.80: Timeout during connect (likely firewall problem) (ca=${CA})`, 1, 60, (60 + g.r()).toFixed(6), 2592000);
        return;
      }
      g.e('servedKey', dom, ct, g.pick(['23.178.112.' + g.int(100, 120), '3.128.4.' + g.int(10, 90)]) + ':' + g.int(1025, 65535), 'false');
      g.e('authzFinal', dom, 'valid');
      g.e('finalizing', 'https://acme-v02.api.letsencrypt.org/acme/order/' + g.int(1000000000, 1999999999) + '/' + g.int(100000000000, 399999999999));
      g.e('chains', 1, 'https://acme-v02.api.letsencrypt.org/acme/cert/' + g.hex(36));
      g.e('obtained', dom, CA);
      g.e('releasing', dom);
    };
    const boot = (first) => {
      g.e('usingConfig', '/etc/caddy/Caddyfile', 'caddyfile');
      g.e('notFormatted', 'caddyfile', 'Caddyfile', g.pick([14, 27]));
      g.e('adminStarted', 'localhost:2019', 'true', '"//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019"');
      g.e('httpsOnly', 'srv0', 443);
      g.e('redirects', 'srv0');
      g.e('maintenance', '0xc000' + g.hex(6));
      if (first) g.e('bufSize', 208, 7168, 416);
      g.e('h3Listener', ':443');
      g.e('serverRunning', 'srv0', '"h1", "h2", "h3"');
      g.e('h2Skipped', 'tcp', ':80'); g.e('h3Skipped', 'tcp', ':80');
      g.e('serverRunning', 'remaining_auto_https_redirects', '"h1", "h2", "h3"');
      g.e('autoTls', allDomains);
      g.e('autosaved', '/config/caddy/autosave.json');
      g.e('serving');
      if (first) { g.e('cleaning', 'FileStorage:/data/caddy'); g.e('cleaned'); }
      else g.e('cleanSkip', 'FileStorage:/data/caddy', '/data/caddy/last_clean.json', (g.r() * 80000 + 5000).toFixed(6));
    };
    const reload = (fail) => {
      g.e('received', 'POST', 'localhost:2019', '/load', '127.0.0.1', g.int(40000, 60000), '"Accept-Encoding":["gzip"],"Cache-Control":["must-revalidate"],"Content-Length":["' + g.int(3000, 4200) + '"],"Content-Type":["application/json"],"Origin":["http://localhost:2019"],"User-Agent":["Go-http-client/1.1"]');
      g.e('adminStarted', 'localhost:2019', 'true', '"//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019"');
      g.e('httpsOnly', 'srv0', 443);
      g.e('redirects', 'srv0');
      g.e('h3Listener', ':443');
      g.e('serverRunning', 'srv0', '"h1", "h2", "h3"');
      g.e('serverRunning', 'remaining_auto_https_redirects', '"h1", "h2", "h3"');
      g.e('autoTls', allDomains);
      g.e('stoppedPrev', ':443'); g.e('stoppedPrev', ':80');
      if (fail) g.e('autosaveFail', '/config/caddy/autosave.json', 'open /config/caddy/autosave.json: read-only file system');
      else g.e('autosaved', '/config/caddy/autosave.json');
      g.e('loadComplete');
      g.e('cleanSkip', 'FileStorage:/data/caddy', '/data/caddy/last_clean.json', (g.r() * 80000 + 5000).toFixed(6));
    };
    const health = () => {
      if (!downApi) return access();
      g.e('hcFailed', downApi, 8080, `Get "http://${downApi}:8080/healthz": dial tcp ${downApi}:8080: connect: connection refused`);
    };
    drive(g, {
      gapMs: 900,
      startup: () => boot(true),
      steady: [[55, access], [10, tlsScan], [3, proxyErr], [2, health]],
      rare: [
        () => { // an API upstream goes away during a deploy and comes back
          downApi = '10.0.6.22'; g.e('hostDown', downApi, 8080);
          for (let k = 0; k < 3; k++) { g.advance(g.int(2000, 9000)); proxyErr(); health(); }
          g.advance(60000); g.e('hostUp', downApi, 8080); downApi = null;
        },
        () => { // the status page backend answers 503 for a minute
          g.e('hcStatus', 503, '10.0.6.50', 3001);
          g.e('errNoUp', ...req('192.0.2.10', 'status.example.com', 'GET', '/api/status', 'HTTP/1.1'), (g.r() * 0.0005).toFixed(8), 503, errId(), 'reverseproxy.(*Handler).proxyLoopIteration (reverseproxy.go:486)');
          g.e('hcStatus', 503, '10.0.6.50', 3001);
        },
        () => { const rem = 2591000 + g.r() * 900; g.e('renewQueue', '"docs.example.com"', rem.toFixed(6)); g.e('renewing', 'docs.example.com', (rem - 0.4).toFixed(6)); obtain('docs.example.com', false); g.e('renewed', 'docs.example.com'); },
        () => obtain('grafana.example.com', false),
        () => obtain('beta.example.com', true),
        () => g.e('ocsp', 'no OCSP stapling for [shop.example.com]: no OCSP server specified in certificate', '"shop.example.com"'),
        () => reload(false),
        () => reload(true),
        () => { g.e('shuttingDown', 'SIGTERM'); g.e('eternalGrace'); g.e('shutdownDone', 'SIGTERM', 0); g.advance(6000); boot(false); },
      ],
    });
  },
};
