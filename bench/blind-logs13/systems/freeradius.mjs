// ========================================================== FreeRADIUS ====
// FreeRADIUS 3.2 for a company network: WPA2/WPA3-Enterprise Wi-Fi with
// PEAP/MSCHAPv2 against Active Directory (ntlm_auth) and EAP-TLS for
// managed laptops, wired 802.1X on the access switches, PAP+LDAP for the
// VPN gateway, proxying of a partner realm to two home servers, LDAP and
// SQL connection pools; auth = yes, auth_badpass/auth_goodpass = no.
// Raw line: 'Tue Jun 17 10:04:05 2025 : Auth: (18342) Login OK: [maria] (from client ap-hq-f2-03 port 0 cli 3C-22-FB-1A-9E-07)'
// -> the ctime() time stamp, ' : ' and the level word with its colon
// ('Info:', 'Auth:', 'Warning:', 'Error:', 'Proxy:') are the header;
// Content starts with the request number in parentheses where there is one.
// The double spaces inside some messages are printed that way and stay.
import { drive } from '../lib.mjs';

export default {
  name: 'FreeRADIUS',
  templates: {
    version: 'FreeRADIUS Version <*>, for host <*>, built on <*> at <*>',
    debuggerNot: 'Debugger not attached',
    loadedVS: 'Loaded virtual server <*>',
    ready: 'Ready to process requests',
    hup: 'Received HUP signal',
    signalled: 'Signalled to terminate',
    exiting: 'Exiting normally',
    loginOk: '(<*>) Login OK: [<*>] (from client <*> port <*> cli <*>)',
    loginOkTunnel: '(<*>) Login OK: [<*>] (from client <*> port <*> via TLS tunnel)',
    loginBad: '(<*>) Login incorrect (<*>): [<*>] (from client <*> port <*> cli <*>)',
    loginBadTunnel: '(<*>) Login incorrect (<*>): [<*>] (from client <*> port <*> via TLS tunnel)',
    loginBadPlain: '(<*>) Login incorrect: [<*>] (from client <*> port <*> cli <*>)',
    invalidUser: '(<*>) Invalid user (<*>): [<*>] (from client <*> port <*> cli <*>)',
    postAuthReject: '(<*>) Rejected in post-auth: [<*>] (from client <*> port <*> cli <*>)',
    privacy: '(<*>) WARNING: Outer and inner identities are the same.  User privacy is compromised.',
    peapAlert: '(<*>) eap_peap: ERROR: TLS Alert <*>',
    tlsAlert: '(<*>) eap_tls: ERROR: TLS Alert <*>',
    sslRead: '(<*>) eap_peap: ERROR: Failed in __FUNCTION__ (SSL_read): <*>',
    eapFail: '(<*>) eap: ERROR: Failed continuing EAP <*> (<*>) session.  EAP sub-module failed',
    ntlm: "(<*>) mschap: ERROR: Program returned code (<*>) and output '<*>'",
    expired: '(<*>) expiration: Account has expired [Expiration <*>]',
    ldapOpen: 'rlm_ldap (<*>): Opening additional connection (<*>), <*> of <*> pending slots used',
    sqlOpen: 'rlm_sql (<*>): Opening additional connection (<*>), <*> of <*> pending slots used',
    ldapIdle: 'rlm_ldap (<*>): Closing connection (<*>): Hit idle_timeout, was idle for <*> seconds',
    ldapLifetime: 'rlm_ldap (<*>): Closing connection (<*>): Hit lifetime limit',
    ldapBindFail: 'rlm_ldap (<*>): Bind with <*> to <*> failed: <*>',
    ldapNoConn: 'rlm_ldap (<*>): No connections available and at max connection limit',
    needSpares: 'rlm_ldap (<*>): Need <*> more connections to reach <*> spares',
    unknownAuth: 'Ignoring request to auth address * port <*> bound to server <*> from unknown client <*> port <*> proto <*>',
    unknownAcct: 'Ignoring request to acct address * port <*> bound to server <*> from unknown client <*> port <*> proto <*>',
    badSecret: 'Dropping packet without response because of error: Received packet from <*> with invalid Message-Authenticator!  (Shared secret is incorrect.)',
    conflicting: '(<*>) Received conflicting packet from client <*> port <*> - ID: <*> due to unfinished request.  Giving up on old request.',
    duplicate: '(<*>) Ignoring duplicate packet from client <*> port <*> - ID: <*> due to unfinished request in component <*> module <*>',
    tooMany: 'Dropping request (<*> is too many): from client <*> port <*> - ID: <*>',
    unresponsive: 'Unresponsive child for request <*>, in component <*> module <*>',
    responsive: 'Child is responsive for request <*>',
    zombie: 'PROXY: Marking home server <*> port <*> as zombie (it has not responded in <*> seconds).',
    dead: 'PROXY: Marking home server <*> port <*> as dead.',
    alive: 'PROXY: Marking home server <*> port <*> alive',
    failingProxy: '(<*>) Failing proxied request for user "<*>", due to lack of any response from home server <*> port <*>',
  },
  scenario(g) {
    let req = 0;
    const next = (k = g.int(5, 11)) => { req += k; return req; };
    const mac = () => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join('-');
    const aps = ['ap-hq-f1-01', 'ap-hq-f1-02', 'ap-hq-f2-03', 'ap-hq-f2-04', 'ap-hq-f3-01', 'ap-lager-01', 'ap-lager-02', 'ap-br-muc-01'];
    const sws = ['sw-hq-acc-01', 'sw-hq-acc-02', 'sw-br-muc-01'];
    const people = ['maria', 'jonas', 'fatima', 'lukas', 'sofia', 'noah', 'emma', 'ali', 'lea', 'ben', 'mia', 'paul', 'hannah', 'elias', 'lena', 'felix', 'clara', 'jan', 'sara', 'tim'];
    const devs = Object.fromEntries(people.map((p) => [p, [mac(), mac()]]));
    const laptops = Array.from({ length: 14 }, () => `host/NB-${g.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}.corp.example.com`);
    const lapMac = Object.fromEntries(laptops.map((l) => [l, mac()]));
    const peap = (uArg, failInner) => {
      const u = uArg || g.zipf(people, 0.8); const ap = g.zipf(aps, 0.6); const m = g.pick(devs[u]);
      const r = next();
      if (g.chance(0.06)) g.e('privacy', r);
      if (failInner) {
        g.e('ntlm', r, 1, 'Logon failure (0xc000006d)');
        g.e('loginBadTunnel', r, 'mschap: Program returned code (1) and output \'Logon failure (0xc000006d)\'', u, ap, 0);
        const r2 = next(2);
        g.e('loginBad', r2, 'eap_peap: The users session was previously rejected: returning reject (again.)', 'anonymous@corp.example.com', ap, 0, m);
        return;
      }
      g.e('loginOkTunnel', r, u, ap, 0);
      g.e('loginOk', r + g.int(1, 2), g.chance(0.7) ? 'anonymous@corp.example.com' : u, ap, 0, m);
      req += 2;
    };
    const eaptls = () => {
      const l = g.zipf(laptops, 0.7);
      const sw = g.chance(0.6);
      g.e('loginOk', next(), l, sw ? g.pick(sws) : g.zipf(aps, 0.6), sw ? g.int(1, 48) : 0, lapMac[l]);
    };
    const vpn = () => {
      const u = g.zipf(people, 0.9); const ip = g.ip(g.pick(['198.51.100', '203.0.113']));
      const r = next(1);
      if (g.chance(0.08)) { g.e('loginBad', r, 'rlm_ldap (ldap): Bind credentials incorrect: Invalid credentials', u, 'vpn-gw-1', g.int(1000, 9000), ip); return; }
      g.e('loginOk', r, u, 'vpn-gw-1', g.int(1000, 9000), ip);
    };
    const partner = () => {
      const u = `${g.pick(['k.meier', 't.nguyen', 'a.schulz', 'r.okafor'])}@partner.example.org`;
      g.e('loginOk', next(), u, g.zipf(aps, 0.6), 0, mac());
    };
    const boot = () => {
      g.e('version', '3.2.3', 'x86_64-pc-linux-gnu', 'Jan 26 2024', '10:21:40');
      g.e('debuggerNot');
      g.e('loadedVS', '<internal>'); g.e('loadedVS', 'default'); g.e('loadedVS', 'inner-tunnel'); g.e('loadedVS', 'status');
      g.e('ready');
      req = 0;
    };
    let ldapConn = 6, sqlConn = 4;
    const homes = ['radius1.partner.example.org', 'radius2.partner.example.org'];
    drive(g, {
      gapMs: 8000,
      startup: boot,
      steady: [
        [22, () => peap()], [5, eaptls], [5, vpn], [1.5, partner],
        [1.6, () => peap(undefined, true)],
        [2.5, () => { ldapConn++; g.e('ldapOpen', 'ldap', ldapConn, g.int(0, 2), g.int(30, 32)); }],
        [1.8, () => { g.e('ldapIdle', 'ldap', g.int(Math.max(1, ldapConn - 8), ldapConn), g.int(61, 300)); }],
        [0.6, () => { sqlConn++; g.e('sqlOpen', 'sql', sqlConn, 0, 32); }],
        [0.8, () => { const u = g.pick(['jdoe', 'test', 'printer-scan', 'm.mueller', 'admin']); g.e('invalidUser', next(), 'rlm_ldap (ldap): User object not found', u, 'vpn-gw-1', g.int(1000, 9000), g.ip('203.0.113')); }],
        [0.7, () => { const r = next(); g.e('peapAlert', r, g.pick(['read:fatal:unknown CA', 'read:fatal:access denied'])); g.e('eapFail', r, 'PEAP', 25); g.e('loginBad', r, 'eap: Failed continuing EAP PEAP (25) session.  EAP sub-module failed', 'anonymous@corp.example.com', g.zipf(aps), 0, mac()); }],
        [0.5, () => { const r = next(); g.e('sslRead', r, 'error:0A000126:SSL routines::unexpected eof while reading'); g.e('eapFail', r, 'PEAP', 25); g.e('loginBad', r, 'eap: Failed continuing EAP PEAP (25) session.  EAP sub-module failed', 'anonymous@corp.example.com', g.zipf(aps), 0, mac()); }],
        [0.5, () => { const ap = g.zipf(aps); const r = next(1); g.e('duplicate', r, ap, 1812, g.int(0, 255), 'authenticate', 'eap'); }],
      ],
      rare: [
        () => { const r = next(); g.e('tlsAlert', r, 'write:fatal:certificate expired'); g.e('eapFail', r, 'TLS', 13); g.e('loginBad', r, 'eap: Failed continuing EAP TLS (13) session.  EAP sub-module failed', laptops[3], sws[0], 17, lapMac[laptops[3]]); },
        () => { const r = next(); g.e('expired', r, 'Jun 15 2025 23:59:59 UTC'); g.e('loginBadPlain', r, 'praktikant.mueller', 'vpn-gw-1', 4411, g.ip('198.51.100')); },
        () => { const r = next(); g.e('postAuthReject', r, 'guest-lena', 'ap-lager-01', 0, mac()); },
        () => { for (let k = 0; k < 3; k++) g.e('unknownAuth', 1812, 'default', '10.20.9.41', g.eport(), 'udp'); g.e('unknownAcct', 1813, 'default', '10.20.9.41', g.eport(), 'udp'); },
        () => { g.e('badSecret', '10.20.1.27'); g.e('badSecret', '10.20.1.27'); },
        () => { // AD domain controller slow: pool exhaustion, unresponsive child, duplicates
          g.e('ldapBindFail', 'ldap', 'cn=svc-radius,ou=service,dc=corp,dc=example,dc=com', 'ldaps://dc2.corp.example.com:636', "Can't contact LDAP server");
          g.e('ldapNoConn', 'ldap'); g.e('needSpares', 'ldap', 3, 5);
          const r = next(); const ap = 'ap-hq-f2-03';
          g.e('unresponsive', r, 'authenticate', 'mschap');
          g.e('duplicate', r, ap, 1812, 173, 'authenticate', 'mschap');
          g.e('conflicting', r, ap, 1812, 174);
          g.e('tooMany', 1024, ap, 1812, 175);
          g.advance(12000); g.e('responsive', r);
          ldapConn++; g.e('ldapOpen', 'ldap', ldapConn, 2, 32);
        },
        () => { g.e('ldapLifetime', 'ldap', ldapConn - 5); },
        () => { // partner home server outage
          const u = 'k.meier@partner.example.org';
          g.e('failingProxy', next(), u, '192.0.2.61', 1812);
          g.e('zombie', '192.0.2.61', 1812, '30.000000'); g.advance(20000);
          g.e('failingProxy', next(), u, '192.0.2.61', 1812);
          g.e('dead', '192.0.2.61', 1812); g.advance(120000);
          g.e('alive', '192.0.2.61', 1812); void homes;
        },
        () => { g.e('hup'); g.e('loadedVS', 'default'); g.e('ready'); },
        () => { g.e('signalled'); g.e('exiting'); g.advance(5000); boot(); },
      ],
    });
  },
};
