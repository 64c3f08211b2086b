// ============================================================== Coturn ====
// coturn 4.6 TURN/STUN server in front of a self-hosted video-meeting
// service: use-auth-secret (TURN REST API time-limited credentials,
// 'expiry:user'), one realm, listeners on 3478 (UDP/TCP) and 5349
// (TLS/DTLS), denied-peer-ip for the private ranges, SQLite for the admin
// data, four relay threads, verbose off but session and usage lines on.
// Raw line: '1834: (4061): INFO: session 001000000000000007: realm <turn.example.com> user <1747216245:maria>: incoming packet ALLOCATE processed, success'
// -> the seconds-since-start counter, the '(tid)' thread id and the level
// word before ': ' are the header; Content is the rest.
// The STUN method name in 'incoming packet <*> processed' is a record-style
// value (like an HTTP method) and a parameter; so is the error code and its
// reason phrase. 'user <>' with nothing inside is a constant (rule 9).
import { drive, pad } from '../lib.mjs';

const VER = "Coturn-4.6.2 'Gorst'";

export default {
  name: 'Coturn',
  templates: {
    logOpened: 'log file opened: <*>',
    version: 'Coturn Version <*>',
    maxFiles: 'Max number of open files/sockets allowed for this process: <*>',
    maxSessions: 'Due to the open files/sockets limitation, max supported number of TURN Sessions possible is: <*> (approximately)',
    banner: '==== Show him the instruments, Practical Frost: ====',
    tls: 'TLS supported',
    dtls: 'DTLS supported',
    dtls12: 'DTLS 1.2 supported',
    alpn: 'TURN/STUN ALPN supported',
    oauth: 'Third-party authorization (oAuth) supported',
    gcm: 'GCM (AEAD) supported',
    openssl: 'OpenSSL compile-time version: <*>',
    sqlite: 'SQLite supported, default database location is <*>',
    redis: 'Redis supported',
    pg: 'PostgreSQL supported',
    mysql: 'MySQL supported',
    mongo: 'MongoDB is not supported',
    netEngine: 'Default Net Engine version: <*> (<*>)',
    realm: 'Default realm: <*>',
    listenerAddr: 'Listener address to use: <*>',
    relayAddr: 'Relay address to use: <*>',
    certFile: 'Certificate file found: <*>',
    pkeyFile: 'Private key file found: <*>',
    cipher: 'TLS cipher suite: <*>',
    sqliteOk: 'SQLite DB connection success: <*>',
    totalServers: 'Total General servers: <*>',
    totalAuth: 'Total auth threads: <*>',
    ioMain: 'IO method (main listener thread): <*>',
    ioAuth: 'IO method (auth thread): <*>',
    ioAdmin: 'IO method (admin thread): <*>',
    ioRelay: 'IO method (general relay thread): <*>',
    udpListener: 'IPv4. UDP listener opened on: <*>:<*>',
    tcpListener: 'IPv4. TCP listener opened on : <*>:<*>',
    tlsListener: 'IPv4. TLS/TCP listener opened on : <*>:<*>',
    dtlsListener: 'IPv4. DTLS/UDP listener opened on: <*>:<*>',
    serverCreated: 'turn server id=<*> created',
    bindRetry: 'Trying to bind fd <*> to <<*>:<*>>: errno=<*>',
    cannotBind: 'Cannot bind local socket to addr: <*>:<*>',
    noAuthOk: 'session <*>: realm <<*>> user <>: incoming packet <*> processed, success',
    noAuthErr: 'session <*>: realm <<*>> user <>: incoming packet message processed, error <*>: <*>',
    pktOk: 'session <*>: realm <<*>> user <<*>>: incoming packet <*> processed, success',
    pktErr: 'session <*>: realm <<*>> user <<*>>: incoming packet <*> processed, error <*>: <*>',
    relayAddrLocal: 'IPv4. Local relay addr: <*>:<*>',
    newSession: 'session <*>: new, realm=<<*>>, username=<<*>>, lifetime=<*>',
    refreshed: 'session <*>: refreshed, realm=<<*>>, username=<<*>>, lifetime=<*>',
    peerLifetime: 'session <*>: peer <*> lifetime updated: <*>',
    usage: 'session <*>: usage: realm=<<*>>, username=<<*>>, rp=<*>, rb=<*>, sp=<*>, sb=<*>',
    peerUsage: 'session <*>: peer usage: realm=<<*>>, username=<<*>>, rp=<*>, rb=<*>, sp=<*>, sb=<*>',
    closed2: 'session <*>: closed (2nd stage), user <<*>> realm <<*>> origin <>, local <*>:<*>, remote <*>:<*>, reason: <*>',
    deleted: 'session <*>: delete: realm=<<*>>, username=<<*>>',
    tcpConnected: 'IPv4. tcp or tls connected to: <*>:<*>',
    tcpClosedRemote: 'session <*>: TCP socket closed remotely <*>:<*>',
    tlsError: 'session <*>: TLS/TCP socket error: <*>, remote <*>:<*>',
    noCreds: 'check_stun_auth: Cannot find credentials of user <<*>>',
    peerDenied: 'A peer IP <*> denied in the range: <*>-<*>',
    wrongStun: 'handle_turn_command: Wrong STUN message received',
    dtlsFail: 'DTLS handshake failed with <*>:<*>: <*>',
    sendFail: 'udp_send: sendto failed: <*>',
    cliConn: 'CLI connection from <*>:<*>',
    cliAuthFail: 'CLI authentication error from <*>:<*>',
    totalAllocs: 'Total allocations: <*>, total sessions: <*>',
    terminate: 'Terminating on signal <*>',
  },
  scenario(g) {
    const REALM = 'turn.example.com', LOCAL = '10.0.7.5', EXT = '203.0.113.25';
    const people = ['maria', 'jonas', 'fatima', 'lukas', 'sofia', 'noah', 'emma', 'ali', 'lea', 'ben', 'mia', 'paul', 'room-display-3f', 'guest-8842', 'guest-1397', 'hannah'];
    const nets = ['198.51.100', '203.0.113', '192.0.2'];
    const clientAddr = Object.fromEntries(people.map((p) => [p, g.ip(g.pick(nets))]));
    const nextId = [0, 0, 0, 0];
    const sid = (srv) => `${pad(srv + 1, 3)}${pad(++nextId[srv], 15)}`;
    const live = [];
    let start = 0; // server start (virtual ms)
    const cred = (p) => `${Math.floor(g.t / 1000) + 86400 - g.int(0, 40000)}:${p}`;
    const relayPort = () => g.int(49152, 65535);
    const binding = () => {
      const srv = g.int(0, 3); const p = g.zipf(people, 0.9);
      g.e('noAuthOk', sid(srv), REALM, 'BINDING');
    };
    const allocate = () => {
      const srv = g.int(0, 3); const p = g.zipf(people, 0.9); const id = sid(srv);
      const s = { id, p, user: cred(p), ip: clientAddr[p], port: g.eport(), proto: g.wpick([[7, 'udp'], [2, 'tcp'], [1, 'tls']]), rp: 0, rb: 0, sp: 0, sb: 0, peers: [] };
      if (s.proto !== 'udp') g.e('tcpConnected', s.ip, s.port);
      if (g.chance(0.6)) g.e('noAuthOk', id, REALM, 'BINDING');
      g.e('noAuthErr', id, REALM, 401, 'Unauthorized');
      if (g.chance(0.03)) { g.e('noCreds', s.user); g.e('pktErr', id, REALM, s.user, 'ALLOCATE', 401, 'Unauthorized'); return; }
      if (g.chance(0.05)) { g.e('pktErr', id, REALM, s.user, 'ALLOCATE', 438, 'Stale nonce'); }
      g.e('relayAddrLocal', LOCAL, relayPort());
      g.e('newSession', id, REALM, s.user, 600);
      g.e('pktOk', id, REALM, s.user, 'ALLOCATE');
      live.push(s);
      permission(s);
    };
    const permission = (s) => {
      const peer = g.ip(g.pick(nets));
      if (g.chance(0.04)) {
        const bad = g.pick(['10.0.7.5', '10.0.9.14', '172.17.0.1', '192.168.1.20']);
        g.e('peerDenied', bad, bad.startsWith('10.') ? '10.0.0.0' : bad.startsWith('172') ? '172.16.0.0' : '192.168.0.0', bad.startsWith('10.') ? '10.255.255.255' : bad.startsWith('172') ? '172.31.255.255' : '192.168.255.255');
        g.e('pktErr', s.id, REALM, s.user, 'CREATE_PERMISSION', 403, 'Forbidden IP');
        return;
      }
      g.e('peerLifetime', s.id, peer, 300);
      g.e('pktOk', s.id, REALM, s.user, 'CREATE_PERMISSION');
      s.peers.push(peer);
      if (g.chance(0.7)) { g.e('peerLifetime', s.id, peer, 600); g.e('pktOk', s.id, REALM, s.user, 'CHANNEL_BIND'); }
    };
    const refresh = () => {
      if (!live.length) { allocate(); return; }
      const s = g.pick(live);
      if (g.chance(0.25)) { permission(s); return; }
      g.e('refreshed', s.id, REALM, s.user, 600);
      g.e('pktOk', s.id, REALM, s.user, 'REFRESH');
      if (s.peers.length && g.chance(0.5)) { g.e('peerLifetime', s.id, g.pick(s.peers), 300); g.e('pktOk', s.id, REALM, s.user, 'CREATE_PERMISSION'); }
    };
    const usageOf = (s, peer = false) => {
      s.rp += g.int(200, 3000); s.rb += g.int(40000, 2500000); s.sp += g.int(200, 3000); s.sb += g.int(40000, 2500000);
      g.e(peer ? 'peerUsage' : 'usage', s.id, REALM, s.user, s.rp, s.rb, s.sp, s.sb);
    };
    const usage = () => {
      if (!live.length) { allocate(); return; }
      const s = g.pick(live); usageOf(s); if (s.peers.length && g.chance(0.6)) usageOf(s, true);
    };
    const close = (why) => {
      if (live.length < 3) { allocate(); return; }
      const s = live.splice(g.int(0, live.length - 1), 1)[0];
      const reason = why || (s.proto === 'udp' ? g.wpick([[6, 'allocation timeout'], [3, 'refresh lifetime 0'], [1, 'allocation watchdog determined stale session state']]) : g.wpick([[6, 'TCP connection closed by client (callback)'], [2, 'allocation timeout']]));
      if (reason === 'refresh lifetime 0') { g.e('refreshed', s.id, REALM, s.user, 0); g.e('pktOk', s.id, REALM, s.user, 'REFRESH'); }
      if (reason.startsWith('TCP')) g.e('tcpClosedRemote', s.id, s.ip, s.port);
      usageOf(s);
      if (s.peers.length) usageOf(s, true);
      g.e('closed2', s.id, s.user, REALM, LOCAL, s.proto === 'udp' ? 3478 : s.proto === 'tls' ? 5349 : 3478, s.ip, s.port, reason);
      g.e('deleted', s.id, REALM, s.user);
    };
    const boot = (again) => {
      start = g.t;
      g.e('logOpened', `/var/log/turnserver/turn_1_${g.ymd(g.t, '-')}.log`);
      g.e('version', VER);
      g.e('maxFiles', 1048576); g.e('maxSessions', 524000);
      g.e('banner');
      g.e('tls'); g.e('dtls'); g.e('dtls12'); g.e('alpn'); g.e('oauth'); g.e('gcm');
      g.e('openssl', 'OpenSSL 3.0.13 30 Jan 2024 (0x300000d0)');
      g.e('sqlite', '/var/lib/coturn/turndb'); g.e('redis'); g.e('pg'); g.e('mysql'); g.e('mongo');
      g.e('netEngine', 3, 'UDP thread per CPU core');
      g.e('realm', REALM);
      g.e('certFile', '/etc/coturn/certs/fullchain.pem'); g.e('pkeyFile', '/etc/coturn/certs/privkey.pem');
      g.e('cipher', 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305');
      g.e('listenerAddr', LOCAL); g.e('relayAddr', LOCAL);
      g.e('sqliteOk', '/var/lib/coturn/turndb');
      g.e('totalServers', 4); g.e('totalAuth', 2);
      g.e('ioMain', 'epoll (with changelist)');
      if (again) { g.e('bindRetry', 19, LOCAL, 3478, 98); g.e('cannotBind', LOCAL, 3478); g.advance(1000); g.e('bindRetry', 19, LOCAL, 3478, 98); g.advance(2000); }
      g.e('udpListener', LOCAL, 3478); g.e('tcpListener', LOCAL, 3478); g.e('tlsListener', LOCAL, 5349); g.e('dtlsListener', LOCAL, 5349);
      for (let i = 0; i < 4; i++) { g.e('ioRelay', 'epoll (with changelist)'); g.e('serverCreated', i); }
      g.e('ioAuth', 'epoll (with changelist)'); g.e('ioAuth', 'epoll (with changelist)');
      g.e('ioAdmin', 'epoll (with changelist)');
    };
    drive(g, {
      gapMs: 3000,
      startup: () => boot(false),
      steady: [
        [14, binding], [9, allocate], [17, refresh], [9, usage], [7, () => close()],
        [0.6, () => { const s = live.length ? g.pick(live) : null; if (!s || s.proto === 'udp') { binding(); return; } g.e('tlsError', s.id, g.pick(['Connection reset by peer', 'SSL_R_UNEXPECTED_EOF_WHILE_READING']), s.ip, s.port); live.splice(live.indexOf(s), 1); g.e('closed2', s.id, s.user, REALM, LOCAL, 5349, s.ip, s.port, 'TLS/TCP socket error (callback)'); g.e('deleted', s.id, REALM, s.user); }],
        [0.8, () => { const ip = g.ip('198.51.100'); g.e('dtlsFail', ip, g.eport(), g.pick(['error:0A000126:SSL routines::unexpected eof while reading', 'error:0A00010B:SSL routines::wrong version number'])); }],
        [0.5, () => g.e('wrongStun')],
        [0.3, () => { const s = live.length ? g.pick(live) : null; if (!s) return binding(); g.e('pktErr', s.id, REALM, s.user, 'CHANNEL_BIND', 400, 'Bad Request'); }],
      ],
      rare: [
        () => { const u = `${Math.floor(g.t / 1000) - 3600}:guest-5120`; const id = sid(1); g.e('noAuthErr', id, REALM, 401, 'Unauthorized'); g.e('pktErr', id, REALM, u, 'ALLOCATE', 401, 'Unauthorized'); g.e('pktErr', id, REALM, u, 'ALLOCATE', 401, 'Unauthorized'); },
        () => { const s = live[0] || null; if (!s) return binding(); for (let k = 0; k < 2; k++) g.e('pktErr', s.id, REALM, s.user, 'ALLOCATE', 437, 'Allocation Mismatch'); },
        () => { const p = 'room-display-3f'; const u = cred(p); for (let k = 0; k < 3; k++) { const id = sid(2); g.e('noAuthErr', id, REALM, 401, 'Unauthorized'); g.e('pktErr', id, REALM, u, 'ALLOCATE', 486, 'Allocation Quota Reached'); } },
        () => { g.e('sendFail', 'Operation not permitted'); g.e('sendFail', 'Operation not permitted'); },
        () => { g.e('cliConn', '127.0.0.1', g.eport()); g.e('totalAllocs', live.length, live.length + g.int(2, 9)); },
        () => { const ip = g.ip('203.0.113'); g.e('cliConn', ip, g.eport()); g.e('cliAuthFail', ip, g.eport()); },
        () => { for (let k = 0; k < 4; k++) g.e('wrongStun'); },
        () => { // container restart: port still in use for a moment
          g.e('terminate', 15);
          for (const s of live.splice(0)) { g.e('closed2', s.id, s.user, REALM, LOCAL, 3478, s.ip, s.port, 'server shutdown'); g.e('deleted', s.id, REALM, s.user); }
          g.advance(4000); nextId.fill(0); boot(true);
        },
      ],
    });
  },
};
