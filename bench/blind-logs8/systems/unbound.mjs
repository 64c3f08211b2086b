// ============================================================= Unbound ====
// Unbound 1.19 validating resolver in a container for a home/office LAN:
// two threads, DNS-over-TLS forwarding for one zone, a local blocklist
// (local-zone always_nxdomain), local-data for LAN names, an RPZ threat
// feed, subnetcache and serve-expired. verbosity: 1, log-replies,
// log-local-actions, log-servfail, log-rpz-apply, val-log-level: 2,
// statistics-interval: 1800, log-time-ascii.
// Raw line: 'Apr  8 10:04:05 unbound[1:0] info: reply: 10.0.9.21 www.example.com. A IN NOERROR 0.000000 1 59'
// -> Content is the text after the "<level>: " tag: the timestamp,
// "unbound[pid:thread]" and the level (info, notice, warning, error,
// debug) are the header. The histogram table rows of the statistics
// (three bare numbers per line) are not part of this slice.
import { drive } from '../lib.mjs';

const VER = '1.19.3';

export default {
  name: 'Unbound',
  templates: {
    reply: 'reply: <*> <*> <*> IN <*> <*> <*> <*>',
    localNx: '<*> always_nxdomain <*>@<*> <*> <*> IN',
    localStatic: '<*> static <*>@<*> <*> <*> IN',
    localRefuse: '<*> always_refuse <*>@<*> <*> <*> IN',
    localRedirect: '<*> redirect <*>@<*> <*> <*> IN',
    rpzNx: 'rpz: applied [<*>] <*> rpz-nxdomain <*>@<*> <*> <*> IN',
    rpzPassthru: 'rpz: applied [<*>] <*> rpz-passthru <*>@<*> <*> <*> IN',
    servfail: 'SERVFAIL <<*> <*> IN>: <*>',
    validation: 'validation failure <<*> <*> IN>: <*> from <*> for <*> while building chain of trust',
    validationShort: 'validation failure <<*> <*> IN>: <*> from <*>',
    subnetOpt: 'subnetcache: option registered (<*>)',
    subnetWarn: 'subnetcache: serve-expired is set but not working for data originating from the subnet module cache.',
    initModule: 'init module <*>: <*>',
    startService: 'start of service (unbound <*>).',
    serviceStopped: 'service stopped (unbound <*>).',
    restartOf: 'Restart of unbound <*>.',
    keytag: 'generate keytag query _ta-<*>. NULL IN',
    dropPriv: 'drop user privileges, run as <*>',
    openFiles: 'increased limit(open files) from <*> to <*>',
    rcvbuf: 'so-rcvbuf <*> was not granted. Got <*>. To fix: start with root permissions(linux) or sysctl bigger net.core.rmem_max(linux) or kern.ipc.maxsockbuf(bsd) values.',
    sndbuf: 'so-sndbuf <*> was not granted. Got <*>. To fix: start with root permissions(linux) or sysctl bigger net.core.wmem_max(linux) or kern.ipc.maxsockbuf(bsd) values.',
    autotrustWrite: 'could not open autotrust file for writing, <*>: <*>',
    primeFail: 'failed to prime trust anchor -- could not fetch DNSKEY rrset . DNSKEY IN',
    sendto: 'sendto failed: <*>',
    remote4: 'remote address is ip4 <*> port <*> (len <*>)',
    remote6: 'remote address is ip6 <*> port <*> (len <*>)',
    tcpConnect: 'tcp connect: <*> for <*> port <*> (len <*>)',
    udpConnect: 'udp connect failed: <*> for <*> port <*> (len <*>)',
    sslHandshake: 'ssl handshake failed <*> port <*>',
    sslCrypto: 'ssl handshake failed crypto error:<*>',
    readTcp: 'read (in tcp s): <*> for <*> port <*>',
    ratelimit: 'ratelimit exceeded <*> <*> query <*> <*> IN',
    tooMany: 'Too many queries. dropping incoming query.',
    bindFail: "can't bind socket: <*> for <*> port <*>",
    openPorts: 'could not open ports',
    statsThread: 'server stats for thread <*>: <*> queries, <*> answers from cache, <*> recursions, <*> prefetch, <*> rejected by ip ratelimiting',
    statsReqList: 'server stats for thread <*>: requestlist max <*> avg <*> exceeded <*> jostled <*>',
    avgRecursion: 'average recursion processing time <*> sec',
    histogram: 'histogram of recursion processing times',
    percentiles: '[25%]=<*> median[50%]=<*> [75%]=<*>',
    authZoneUpdated: 'auth zone <*> serial <*> is updated',
    authZoneProbe: 'auth zone <*>: probe to <*> failed',
    authZoneTimeout: 'auth zone <*>: transfer from <*> timed out',
  },
  scenario(g) {
    const clients = ['10.0.9.21', '10.0.9.34', '10.0.9.12', '10.0.9.40', '10.0.9.57', '10.0.9.63', '10.0.9.71', '10.0.9.88', '10.0.9.102', '10.0.9.115', '10.0.10.5', '10.0.10.6'];
    const names = [
      ['connectivity-check.example.com.', ['A', 'AAAA']], ['www.example.com.', ['A', 'AAAA', 'HTTPS']], ['api.example.net.', ['A', 'AAAA', 'HTTPS']],
      ['push.example.net.', ['A', 'AAAA']], ['time.example.org.', ['A']], ['cdn.example.net.', ['A', 'AAAA', 'HTTPS']], ['mail.example.com.', ['A', 'MX']],
      ['updates.example.org.', ['A', 'AAAA']], ['img-cdn.example.com.', ['A', 'AAAA', 'HTTPS']], ['weather.example.org.', ['A']],
      ['_xmpp-client._tcp.example.com.', ['SRV']], ['example.com.', ['TXT', 'MX', 'NS']], ['sync.example.net.', ['A', 'AAAA']],
      ['video-edge-3.example.net.', ['A', 'AAAA']], ['docs.example.org.', ['A', 'HTTPS']], ['status.example.com.', ['A']],
      ['gw.corp.example.com.', ['A']], ['vpn.example.net.', ['A', 'AAAA']],
    ];
    const missing = ['wpad.home.arpa.', 'printer-3.home.arpa.', 'old-nas.home.arpa.', 'www.exmaple.com.', 'api.example.net.home.arpa.', 'isatap.home.arpa.'];
    const lanNames = ['nas.home.arpa.', 'router.home.arpa.', 'printer.home.arpa.', 'hass.home.arpa.', 'cam-door.home.arpa.'];
    const blocked = [['ads.example.net.', 'ads.example.net.'], ['tracker.example.com.', 'pixel.tracker.example.com.'], ['metrics.example.org.', 'metrics.example.org.'],
      ['telemetry.example.net.', 'v10.events.telemetry.example.net.'], ['banner-ads.example.com.', 'banner-ads.example.com.']];
    const threats = ['malware-drop.example.net.', 'phish-login.example.com.', 'c2.badhost.example.org.'];
    const RPZ = 'rpz.threat.example.', UP = ['192.0.2.53', '192.0.2.54'];
    let nextStats = g.t + 1800e3;
    const tstat = [0, 1].map(() => ({ q: 0, c: 0 }));
    const secs = (a, b) => (a + g.r() * (b - a)).toFixed(6);
    const reply = () => {
      const cl = g.zipf(clients, 1.0);
      const r = g.r();
      if (r < 0.05) { g.e('reply', cl, g.pick(missing), g.pick(['A', 'AAAA']), 'NXDOMAIN', secs(0, 0.002), 1, g.int(100, 140)); return; }
      if (r < 0.09) { const o = g.int(2, 250); g.e('reply', cl, `${o}.9.0.10.in-addr.arpa.`, 'PTR', g.chance(0.7) ? 'NOERROR' : 'NXDOMAIN', '0.000000', 1, g.int(80, 120)); return; }
      const [n, types] = g.zipf(names, 1.05);
      const cached = g.chance(0.78);
      const ty = g.zipf(types, 1.3);
      const t = cached ? '0.000000' : secs(0.004, 0.4);
      const t0 = tstat[g.int(0, 1)]; t0.q++; if (cached) t0.c++;
      g.e('reply', cl, n, ty, 'NOERROR', t, cached ? 1 : 0, ty === 'TXT' ? g.int(200, 900) : ty === 'HTTPS' ? g.int(80, 160) : g.int(45, 120));
    };
    const local = () => {
      const cl = g.zipf(clients, 1.0), port = g.int(1024, 65535);
      if (g.chance(0.35)) { const n = g.zipf(lanNames, 1); g.e('localStatic', n, cl, port, n, g.chance(0.8) ? 'A' : 'AAAA'); return; }
      const [zone, q] = g.zipf(blocked, 1);
      g.e('localNx', zone, cl, port, q, g.zipf(['A', 'AAAA', 'HTTPS'], 1.2));
    };
    const rpz = () => {
      const cl = g.zipf(clients, 0.8), port = g.int(1024, 65535);
      if (g.chance(0.25)) { const n = 'allow.partner.example.com.'; g.e('rpzPassthru', RPZ, n, cl, port, n, 'A'); return; }
      const n = g.zipf(threats, 1); g.e('rpzNx', RPZ, n, cl, port, n, g.pick(['A', 'AAAA']));
    };
    const servfail = () => {
      const [n, ty, why] = g.zipf([
        ['dnssec-failed.example.org.', 'A', 'validation failure <dnssec-failed.example.org. A IN>: no keys have a DS with algorithm RSASHA1 from 198.51.100.53 for key dnssec-failed.example.org. while building chain of trust'],
        ['lame.example.net.', 'AAAA', 'all servers for this domain failed, at zone lame.example.net. upstream server timeout'],
        ['broken-ns.example.com.', 'A', 'exceeded the maximum nameserver nxdomains'],
        ['slow.example.org.', 'A', 'request has exceeded the maximum number of query restarts with 11'],
        ['v6only.example.net.', 'A', 'all the configured stub or forward servers failed, at zone corp.example.com. no server to query no addresses for nameservers'],
      ], 1);
      g.e('servfail', n, ty, why);
    };
    const validation = () => {
      const [n, ty, why, from, forw] = g.zipf([
        ['dnssec-failed.example.org.', 'A', 'no keys have a DS with algorithm RSASHA1', '198.51.100.53', 'key dnssec-failed.example.org.'],
        ['expired.example.com.', 'AAAA', 'signature expired', '203.0.113.10', 'DNSKEY expired.example.com.'],
        ['badsig.example.net.', 'A', 'signature crypto failed', '198.51.100.77', 'DS badsig.example.net.'],
      ], 1);
      if (g.chance(0.7)) g.e('validation', n, ty, why, from, forw); else g.e('validationShort', n, ty, `${why}`, from);
    };
    const dot = () => { // the DNS-over-TLS forward for corp.example.com misbehaves
      const up = g.pick(UP);
      const w = g.wpick([[4, 'sslHandshake'], [2, 'tcpConnect'], [1, 'sslCrypto'], [2, 'readTcp']]);
      if (w === 'sslHandshake') g.e(w, up, 853);
      else if (w === 'tcpConnect') g.e(w, g.pick(['Connection refused', 'Connection timed out', 'No route to host']), up, 853, 16);
      else if (w === 'sslCrypto') { g.e(w, '0A000086:SSL routines::certificate verify failed'); g.e('sslHandshake', up, 853); }
      else g.e(w, g.pick(['Connection reset by peer', 'Broken pipe']), g.zipf(clients, 1), g.int(30000, 60999));
    };
    const sendto = () => {
      if (g.chance(0.6)) { g.e('sendto', 'Network is unreachable'); g.e('remote6', `2001:db8:${g.hex(3)}::${g.int(1, 99)}`, 53, 28); }
      else { g.e('sendto', g.pick(['Permission denied', 'Operation not permitted'])); g.e('remote4', g.ip('198.51.100'), 53, 16); }
    };
    const stats = () => {
      for (let th = 0; th < 2; th++) {
        const q = g.int(1800, 4200), c = Math.floor(q * g.float(0.7, 0.85, 3)), rec = q - c;
        g.e('statsThread', th, q, c, rec, g.int(0, 40), 0);
        g.e('statsReqList', th, g.int(8, 40), g.float(0.2, 3.5, 4), 0, 0);
        g.e('avgRecursion', g.float(0.03, 0.09, 6));
        g.e('histogram');
        g.e('percentiles', g.float(0.003, 0.009, 6), g.float(0.012, 0.03, 6), g.float(0.04, 0.09, 6));
      }
    };
    const tick = (f) => () => { if (g.t >= nextStats) { nextStats += 1800e3; stats(); return; } f(); };
    const boot = (restart) => {
      if (restart) g.e('restartOf', VER);
      else {
        g.e('openFiles', 1024, 8266);
        g.e('rcvbuf', 4194304, 425984); g.e('sndbuf', 4194304, 425984);
      }
      g.e('subnetOpt', 8);
      for (const [i, m] of [[0, 'subnetcache'], [1, 'validator'], [2, 'iterator']]) { g.e('initModule', i, m); if (m === 'subnetcache') g.e('subnetWarn'); }
      if (!restart) g.e('dropPriv', 'unbound');
      g.e('startService', VER);
      g.e('keytag', '4f66-9728');
      if (!restart) g.e('authZoneUpdated', RPZ, 2025040801 + g.int(0, 5));
    };
    const reload = () => { g.e('serviceStopped', VER); stats(); boot(true); };
    drive(g, {
      gapMs: 2500,
      startup: () => boot(false),
      steady: [
        [48, reply], [9, local], [2, rpz], [2, servfail], [1.5, validation], [1.3, dot], [0.8, sendto],
        [0.5, () => g.e('ratelimit', 'example.com.', 1000, `${g.alnum(10)}.example.com.`, 'A')],
        [0.4, () => { const cl = g.pick(['10.0.10.5', '10.0.10.6']); g.e('localRedirect', 'corp-intranet.example.com.', cl, g.int(1024, 65535), `wiki.corp-intranet.example.com.`, 'A'); }],
      ].map(([w, f]) => [w, tick(f)]),
      rare: [
        () => { for (let k = 0; k < 3; k++) { g.e('udpConnect', 'Network is unreachable', `2001:db8:${g.hex(3)}::53`, 53, 28); g.advance(g.int(100, 900)); } },
        () => { g.e('autotrustWrite', '/var/lib/unbound/root.key.1-0', 'Permission denied'); },
        () => { g.e('primeFail'); g.advance(30000); g.e('keytag', '4f66-9728'); },
        () => { for (let k = 0; k < 4; k++) { g.e('tooMany'); g.advance(g.int(10, 200)); } },
        () => { // a visitor's laptop still looks for its company's internal names
          const cl = '10.0.9.140';
          for (const n of ['wpad.internal.example.net.', 'vpn-gw.internal.example.net.', 'wpad.internal.example.net.']) { g.e('localRefuse', 'internal.example.net.', cl, g.int(1024, 65535), n, 'A'); g.advance(g.int(100, 5000)); }
        },
        () => { g.e('authZoneProbe', RPZ, '192.0.2.80'); g.advance(60000); g.e('authZoneTimeout', RPZ, '192.0.2.80'); g.advance(300000); g.e('authZoneUpdated', RPZ, 2025040810 + g.int(0, 9)); },
        () => reload(), // blocklist update: SIGHUP
        () => reload(), // second blocklist update
        () => { // container restart; the old instance still holds port 53
          g.e('serviceStopped', VER); stats();
          g.advance(2000);
          g.e('bindFail', 'Address already in use', '0.0.0.0', 53); g.e('openPorts');
          g.advance(5000); boot(false);
        },
      ],
    });
  },
};
