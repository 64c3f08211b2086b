// ============================================================== PiHole ====
// Pi-hole 5 (pihole-FTL with its embedded dnsmasq) as DNS filter and DHCP
// server of a home network: about twenty devices, a local recursive
// resolver on 127.0.0.1#5335 / ::1#5335 as upstream, DNSSEC on, gravity
// block lists plus an exact and a regex deny list, local DNS records in
// custom.list, DHCP for 10.1.1.100-250 with log-dhcp (Pi-hole turns it on).
// The file is /var/log/pihole/pihole.log.
// Raw line: 'Jun  3 07:14:05 dnsmasq[812]: query[A] api.weather.example.net from 10.1.1.120'
// -> the syslog-style date and time and 'dnsmasq[pid]:' are the header;
// Content is the rest. The answer source word ('reply', 'cached', 'config',
// 'gravity blocked', 'regex blacklisted', 'DHCP', '/etc/pihole/custom.list',
// ...) says where the answer came from and is a constant; so are the
// answer kinds NXDOMAIN, NODATA, NODATA-IPv6, <CNAME> and the blocking
// answers 0.0.0.0 and ::. The query type inside 'query[...]' is a record
// value and a parameter; so is a DNSSEC validation state. With log-dhcp,
// every DHCP line starts with the transaction id. The 'sent' option lines
// keep dnsmasq's '%3d' padding inside their values.
import { drive } from '../lib.mjs';

export default {
  name: 'PiHole',
  templates: {
    query: 'query[<*>] <*> from <*>',
    forwarded: 'forwarded <*> to <*>#<*>',
    reply: 'reply <*> is <*>',
    replyCname: 'reply <*> is <CNAME>',
    replyNx: 'reply <*> is NXDOMAIN',
    replyNodata: 'reply <*> is NODATA',
    replyNodata6: 'reply <*> is NODATA-IPv6',
    cached: 'cached <*> is <*>',
    cachedCname: 'cached <*> is <CNAME>',
    cachedNx: 'cached <*> is NXDOMAIN',
    cachedNodata: 'cached <*> is NODATA',
    cachedNodata6: 'cached <*> is NODATA-IPv6',
    gravity: 'gravity blocked <*> is 0.0.0.0',
    gravity6: 'gravity blocked <*> is ::',
    exactBl: 'exactly blacklisted <*> is 0.0.0.0',
    regexBl: 'regex blacklisted <*> is 0.0.0.0',
    special: 'special domain <*> is NXDOMAIN',
    customList: '/etc/pihole/custom.list <*> is <*>',
    dhcpName: 'DHCP <*> is <*>',
    configNx: 'config <*> is NXDOMAIN',
    piholeHost: 'Pi-hole hostname <*> is <*>',
    dnssecQuery: 'dnssec-query[<*>] <*> to <*>#<*>',
    replyDs: 'reply <*> is DS keytag <*>, algo <*>, digest <*>',
    replyDnskey: 'reply <*> is DNSKEY keytag <*>, algo <*>',
    validation: 'validation <*> is <*>',
    dhcpDiscover: '<*> DHCPDISCOVER(<*>) <*>',
    dhcpOffer: '<*> DHCPOFFER(<*>) <*> <*>',
    dhcpRequest: '<*> DHCPREQUEST(<*>) <*> <*>',
    dhcpAck: '<*> DHCPACK(<*>) <*> <*> <*>',
    dhcpAckNoName: '<*> DHCPACK(<*>) <*> <*>',
    dhcpNak: '<*> DHCPNAK(<*>) <*> <*> wrong network',
    dhcpRelease: '<*> DHCPRELEASE(<*>) <*> <*>',
    dhcpInform: '<*> DHCPINFORM(<*>) <*> <*>',
    availRange: '<*> available DHCP range: <*> -- <*>',
    vendorClass: '<*> vendor class: <*>',
    clientName: '<*> client provided name: <*>',
    tags: '<*> tags: <*>',
    reqOpts: '<*> requested options: <*>',
    sentOpt: '<*> sent size:<*> option:<*> <*>  <*>',
    started: 'started, version <*> cachesize <*>',
    compileOpts: 'compile time options: <*>',
    usingNs: 'using nameserver <*>#<*>',
    usingLocal: 'using only locally-known addresses for domain <*>',
    readFile: 'read <*> - <*> addresses',
    dhcpRangeCfg: 'DHCP, IP range <*> -- <*>, lease time <*>',
    dhcpSockets: 'DHCP, sockets bound exclusively to interface <*>',
    exiting: 'exiting on receipt of SIGTERM',
    maxQueries: 'Maximum number of concurrent DNS queries reached (max: <*>)',
    rebind: 'possible DNS-rebind attack detected: <*>',
    nonLocal: 'ignoring query from non-local network <*>',
    notGivingName: 'not giving name <*> to the DHCP lease of <*> because the name exists in <*> with address <*>',
    reducingSize: 'reducing DNS packet size for nameserver <*>#<*> to <*>',
    rateLimit: 'Rate-limiting <*> for at least <*> seconds',
  },
  scenario(g) {
    const PI = '10.1.1.2';
    const UP = [['127.0.0.1', 5335], ['::1', 5335]];
    const mac = () => Array.from({ length: 6 }, () => g.hex(2)).join(':');
    const devs = [
      ['laptop-anna', 'MSFT 5.0'], ['phone-ben', 'android-dhcp-14'], ['tv-livingroom', 'udhcp 1.36.1'], ['desktop-mia', 'MSFT 5.0'], ['ipad-kids', null],
      ['phone-anna', null], ['echo-kitchen', 'udhcp 1.31.1'], ['xbox', 'MSFT 5.0'], ['printer-hp', 'HP LaserJet'], ['laptop-ben', null],
      ['thermostat', 'udhcp 1.33.2'], ['doorbell', null], ['phone-mia', 'android-dhcp-13'], ['raspberrypi', 'dhcpcd-9.4.1:Linux-6.1.21-v8+:aarch64:BCM2835'],
    ].map(([n, v], i) => ({ name: n, vendor: v, ip: `10.1.1.${101 + i * 3 + g.int(0, 2)}`, mac: mac(), hostname: !['doorbell', 'thermostat'].includes(n) }));
    const normal = [
      'api.weather.example.net', 'www.example.com', 'connectivity-check.example.com', 'push.messenger.example.net', 'cdn.streaming.example.net', 'time.example.org',
      'mail.example.org', 'sync.notes.example.com', 'static.news.example.org', 'img.shop.example.com', 'updates.os-vendor.example', 'video.example.com',
      'accounts.example.net', 'maps.example.com', 'github-like.example.dev', 'fonts.example.net', 'chat.example.org', 'api.bank.example', 'www.wikipedia.example',
      'storage.cloud.example', 'music.example.net', 'ntp.example.org', 'smart-home.example.com', 'firmware.tv-vendor.example',
    ];
    const cnames = { 'www.example.com': 'www.example.com.cdn.example.net', 'cdn.streaming.example.net': 'edge-7.streaming.example.net', 'video.example.com': 'video.l.example.net', 'img.shop.example.com': 'shop.cdn.example.net', 'static.news.example.org': 'news.edgekey.example.net' };
    const blocked = ['ads.tracker.example.net', 'telemetry.tv-vendor.example', 'pixel.adnetwork.example', 'metrics.app.example.com', 'analytics.example.org', 'beacons.example.net', 'log.smart-speaker.example', 'ssp.adnetwork.example', 'events.telemetry.example.com'];
    const regexed = ['ads3.media.example.org', 'ad-serve-12.example.net', 'adsrv.video.example.com'];
    const ipOf = {};
    const addrs = (d) => (ipOf[d] ||= Array.from({ length: g.wpick([[5, 1], [2, 2], [1, 4]]) }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2']))));
    const v6of = {};
    const addrs6 = (d) => (v6of[d] ||= [`2001:db8:${g.hex(4).replace(/^0+/, '') || '1'}:${g.int(1, 99)}::${g.hex(3).replace(/^0+/, '') || '1'}`]);
    const has6 = (d) => d.length % 3 === 0;
    const cache = new Map(); // name -> expiry time
    const up = () => g.zipf(UP, 2);
    const xid = () => g.int(1e8, 4.29e9);
    const client = () => g.zipf(devs, 0.9);

    const answer = (d, type, src) => {
      const t = type === 'AAAA';
      if (cnames[d]) {
        g.e(src === 'cached' ? 'cachedCname' : 'replyCname', d);
        const tgt = cnames[d];
        if (t && !has6(tgt)) { g.e(src === 'cached' ? 'cachedNodata6' : 'replyNodata6', tgt); return; }
        for (const a of (t ? addrs6(tgt) : addrs(tgt))) g.e(src === 'cached' ? 'cached' : 'reply', tgt, a);
        return;
      }
      if (t && !has6(d)) { g.e(src === 'cached' ? 'cachedNodata6' : 'replyNodata6', d); return; }
      for (const a of (t ? addrs6(d) : addrs(d))) g.e(src === 'cached' ? 'cached' : 'reply', d, a);
    };
    const lookup = () => {
      const c = client(); const d = g.zipf(normal, 0.9);
      const type = g.wpick([[10, 'A'], [5, 'AAAA'], [2, 'HTTPS']]);
      g.e('query', type, d, c.ip);
      if (type === 'HTTPS') {
        if ((cache.get(d + type) || 0) > g.t) g.e('cachedNodata', d);
        else { const [h, p] = up(); g.e('forwarded', d, h, p); g.e('replyNodata', d); cache.set(d + type, g.t + 300e3); }
        return;
      }
      if ((cache.get(d + type) || 0) > g.t) { answer(d, type, 'cached'); return; }
      const [h, p] = up(); g.e('forwarded', d, h, p);
      if (g.chance(0.08)) { const zone = d.split('.').slice(-2).join('.'); g.e('dnssecQuery', 'DS', zone, h, p); if (g.chance(0.5)) g.e('replyDs', zone, g.int(1000, 65000), g.pick([8, 13]), 2); else { g.e('dnssecQuery', 'DNSKEY', zone, h, p); g.e('replyDnskey', zone, g.int(1000, 65000), g.pick([8, 13])); } g.e('validation', d, g.wpick([[6, 'SECURE'], [4, 'INSECURE'], [0.3, 'BOGUS']])); }
      answer(d, type, 'reply');
      cache.set(d + type, g.t + g.int(60e3, 3600e3));
    };
    const block = () => {
      const c = client(); const r = g.r();
      if (r < 0.8) { const d = g.zipf(blocked, 0.9); const t = g.wpick([[3, 'A'], [1, 'AAAA']]); g.e('query', t, d, c.ip); g.e(t === 'A' ? 'gravity' : 'gravity6', d); }
      else if (r < 0.93) { const d = g.pick(regexed); g.e('query', 'A', d, c.ip); g.e('regexBl', d); }
      else { const d = 'social-widget.example.com'; g.e('query', 'A', d, c.ip); g.e('exactBl', d); }
    };
    const local = () => {
      const c = client(); const r = g.r();
      if (r < 0.3) { g.e('query', 'A', 'nas.lan', c.ip); g.e('customList', 'nas.lan', '10.1.1.5'); }
      else if (r < 0.45) { const d = g.pick(devs); g.e('query', 'A', `${d.name}.lan`, c.ip); g.e('dhcpName', `${d.name}.lan`, d.ip); }
      else if (r < 0.65) { const d = g.pick(devs); const rev = d.ip.split('.').reverse().join('.') + '.in-addr.arpa'; g.e('query', 'PTR', rev, c.ip); g.e('dhcpName', d.ip, `${d.name}.lan`); }
      else if (r < 0.8) { const n = g.pick(['wpad.lan', 'wpad', 'lb._dns-sd._udp.lan', g.alnum(g.int(7, 15), 'abcdefghijklmnopqrstuvwxyz')]); g.e('query', n.startsWith('lb.') ? 'PTR' : 'A', n, c.ip); g.e('configNx', n); }
      else if (r < 0.9) { g.e('query', 'A', 'pi.hole', c.ip); g.e('piholeHost', 'pi.hole', PI); }
      else { const d = g.pick(['mask.icloud.com', 'mask-h2.icloud.com', 'use-application-dns.net']); g.e('query', 'A', d, c.ip); g.e('special', d); }
    };
    const nx = () => {
      const c = client(); const d = g.pick(['clients.old-vendor.example', 'tracking.shutdown.example', 'api.typo-exmaple.com', 'dead.example.org']);
      g.e('query', 'A', d, c.ip);
      if ((cache.get(d) || 0) > g.t) { g.e('cachedNx', d); return; }
      const [h, p] = up(); g.e('forwarded', d, h, p); g.e('replyNx', d); cache.set(d, g.t + 600e3);
    };
    const sent = (x, opts) => { for (const [sz, o, n, v] of opts) g.e('sentOpt', x, String(sz).padStart(3, ' '), String(o).padStart(3, ' '), n, v); };
    const common = (lease) => [[4, 54, 'server-identifier', PI], [4, 51, 'lease-time', lease], [4, 58, 'T1', '12h'], [4, 59, 'T2', '21h'], [4, 1, 'netmask', '255.255.255.0'], [4, 28, 'broadcast', '10.1.1.255'], [4, 3, 'router', '10.1.1.1'], [4, 6, 'dns-server', PI], [3, 15, 'domain-name', 'lan']];
    const dhcpInfo = (x, d) => {
      g.e('availRange', x, '10.1.1.100', '10.1.1.250');
      if (d.vendor) g.e('vendorClass', x, d.vendor);
      if (d.hostname) g.e('clientName', x, d.name);
    };
    const renew = () => {
      const d = g.pick(devs); const x = xid();
      dhcpInfo(x, d);
      g.e('dhcpRequest', x, 'eth0', d.ip, d.mac);
      g.e('tags', x, 'known, eth0');
      if (d.hostname) g.e('dhcpAck', x, 'eth0', d.ip, d.mac, d.name); else g.e('dhcpAckNoName', x, 'eth0', d.ip, d.mac);
      g.e('reqOpts', x, g.pick(['1:netmask, 3:router, 6:dns-server, 15:domain-name, 31:router-discovery, 33:static-route, 43:vendor-encap, 44:netbios-ns, 46:netbios-nodetype, 47:netbios-scope, 119:domain-search, 121:classless-static-route, 249, 252', '1:netmask, 3:router, 6:dns-server, 15:domain-name, 26:mtu, 28:broadcast, 51:lease-time, 58:T1, 59:T2', '1:netmask, 3:router, 6:dns-server, 12:hostname, 15:domain-name, 28:broadcast, 42:ntp-server']));
      sent(x, [[1, 53, 'message-type', 5]].concat(g.shuffle(common('1d')).slice(0, g.int(3, 6))));
    };
    const join = (d) => {
      const x = xid(); d.mac = d.mac || mac();
      dhcpInfo(x, d); g.e('dhcpDiscover', x, 'eth0', d.mac); g.e('tags', x, 'known, eth0'); g.e('dhcpOffer', x, 'eth0', d.ip, d.mac);
      sent(x, [[1, 53, 'message-type', 2]].concat(common('1d').slice(0, 4)));
      dhcpInfo(x, d); g.e('dhcpRequest', x, 'eth0', d.ip, d.mac); g.e('tags', x, 'known, eth0');
      if (d.hostname) g.e('dhcpAck', x, 'eth0', d.ip, d.mac, d.name); else g.e('dhcpAckNoName', x, 'eth0', d.ip, d.mac);
      sent(x, [[1, 53, 'message-type', 5]].concat(common('1d').slice(0, 5)));
    };
    const boot = () => {
      g.e('started', 'pi-hole-v2.90+1', 10000);
      g.e('compileOpts', 'IPv6 GNU-getopt no-DBus no-UBus no-i18n IDN DHCP DHCPv6 Lua TFTP no-conntrack ipset no-nftset auth cryptohash DNSSEC loop-detect inotify dumpfile');
      g.e('dhcpRangeCfg', '10.1.1.100', '10.1.1.250', '1d');
      g.e('dhcpSockets', 'eth0');
      g.e('usingLocal', 'lan');
      for (const [h, p] of UP) g.e('usingNs', h, p);
      g.e('readFile', '/etc/hosts', 8); g.e('readFile', '/etc/pihole/custom.list', 6); g.e('readFile', '/etc/pihole/local.list', 2);
      cache.clear();
    };
    drive(g, {
      gapMs: 9000,
      startup: boot,
      steady: [[45, lookup], [13, block], [8, local], [2.5, nx], [2.2, renew]],
      rare: [
        () => join({ name: 'phone-guest', vendor: 'android-dhcp-14', ip: '10.1.1.188', mac: mac(), hostname: true }),
        () => { const d = { name: 'nas', vendor: 'udhcp 1.35.0', ip: '10.1.1.140', mac: mac(), hostname: true }; join(d); g.e('notGivingName', 'nas', d.ip, '/etc/pihole/custom.list', '10.1.1.5'); },
        () => { const d = devs[3]; const x = xid(); g.e('dhcpRequest', x, 'eth0', '192.168.0.23', d.mac); g.e('dhcpNak', x, 'eth0', '192.168.0.23', d.mac); join(d); },
        () => { const d = devs[9]; g.e('dhcpRelease', xid(), 'eth0', d.ip, d.mac); },
        () => { const d = devs[3]; for (let k = 0; k < 2; k++) { const x = xid(); g.e('dhcpInform', x, 'eth0', d.ip, d.mac); g.e('tags', x, 'known, eth0'); } },
        () => { // the recursive resolver hangs after an update
          for (let k = 0; k < 4; k++) { const c = client(); const d = g.pick(normal); g.e('query', 'A', d, c.ip); g.e('forwarded', d, '127.0.0.1', 5335); }
          g.e('maxQueries', 150); g.e('maxQueries', 150);
          g.e('reducingSize', '127.0.0.1', 5335, 1280);
        },
        () => { for (let k = 0; k < 3; k++) { const d = 'router.isp-portal.example'; g.e('query', 'A', d, devs[0].ip); g.e('forwarded', d, '127.0.0.1', 5335); g.e('rebind', d); } },
        () => { for (let k = 0; k < 3; k++) g.e('nonLocal', g.ip('203.0.113')); },
        () => { const d = devs[10]; for (let k = 0; k < 6; k++) { g.e('query', 'A', 'ping.thermostat.example', d.ip); g.e('cached', 'ping.thermostat.example', '198.51.100.180'); } g.e('rateLimit', d.ip, g.int(40, 60)); g.advance(60000); g.e('rateLimit', d.ip, g.int(20, 50)); },
        () => { // weekly gravity update restarts FTL
          g.e('exiting'); g.advance(g.int(5000, 20000)); boot();
        },
        () => { for (const d of ['www.example.com', 'video.example.com']) { g.e('query', 'A', d, devs[1].ip); const [h, p] = UP[0]; g.e('forwarded', d, h, p); g.e('validation', d, 'BOGUS'); g.e('replyNx', d); } },
      ],
    });
  },
};
