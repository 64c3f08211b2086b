// =========================================================== PgBouncer ====
// PgBouncer 1.22 in front of a PostgreSQL primary and a read replica,
// pool_mode = transaction, log_connections = 1, log_disconnections = 1,
// log_pooler_errors = 1, stats_period = 60, server_lifetime 3600,
// server_idle_timeout 600, client_idle_timeout 900, query_wait_timeout 30,
// TLS allowed for clients: a few web application pods, a worker fleet,
// a reporting tool on the replica, the admin console over the unix socket.
// Raw line: '2025-05-13 10:04:05.123 UTC [1] LOG C-0x55d5c8a1b2c0: shop/shop_app@10.0.3.21:51234 login attempt: db=shop user=shop_app tls=no'
// -> Content is the text after the level word: the timestamp with its
// zone, "[pid]" and the level (LOG, WARNING, ERROR, FATAL) are the header.
import { drive } from '../lib.mjs';

const VER = '1.22.1';

export default {
  name: 'PgBouncer',
  templates: {
    fdLimit: 'kernel file descriptor limit: <*> (hard: <*>); max_client_conn: <*>, max expected fd use: <*>',
    listenTcp: 'listening on <*>:<*>',
    listenUnix: 'listening on unix:<*>',
    processUp: 'process up: PgBouncer <*>, libevent <*> (<*>), adns: <*>, tls: <*>',
    login: 'C-<*>: <*>/<*>@<*>:<*> login attempt: db=<*> user=<*> tls=<*>',
    loginUnix: 'C-<*>: <*>/<*>@unix(<*>):<*> login attempt: db=<*> user=<*> tls=<*>',
    adminAccess: 'C-<*>: <*>/<*>@unix(<*>):<*> pgbouncer access from unix socket',
    cClose: 'C-<*>: <*>/<*>@<*>:<*> closing because: client close request (age=<*>s)',
    cCloseUnix: 'C-<*>: <*>/<*>@unix(<*>):<*> closing because: client close request (age=<*>s)',
    cEof: 'C-<*>: <*>/<*>@<*>:<*> closing because: client unexpected eof (age=<*>s)',
    cIdle: 'C-<*>: <*>/<*>@<*>:<*> closing because: client_idle_timeout (age=<*>s)',
    cQueryWait: 'C-<*>: <*>/<*>@<*>:<*> closing because: query_wait_timeout (age=<*>s)',
    cQueryWaitErr: 'C-<*>: <*>/<*>@<*>:<*> pooler error: query_wait_timeout',
    cIdleTx: 'C-<*>: <*>/<*>@<*>:<*> closing because: idle transaction timeout (age=<*>s)',
    cAuthFail: 'C-<*>: <*>/<*>@<*>:<*> closing because: password authentication failed (age=<*>s)',
    cAuthFailErr: 'C-<*>: <*>/<*>@<*>:<*> pooler error: password authentication failed',
    cNoDb: 'C-<*>: <*>/<*>@<*>:<*> closing because: no such database: <*> (age=<*>s)',
    cNoDbErr: 'C-<*>: <*>/<*>@<*>:<*> pooler error: no such database: <*>',
    cMaxConn: 'C-<*>: (nodb)/(nouser)@<*>:<*> closing because: no more connections allowed (max_client_conn) (age=<*>s)',
    cMaxConnErr: 'C-<*>: (nodb)/(nouser)@<*>:<*> pooler error: no more connections allowed (max_client_conn)',
    cLoginRetry: 'C-<*>: <*>/<*>@<*>:<*> pooler error: server login has been failing, try again later (server_login_retry)',
    cLoginRetryClose: 'C-<*>: <*>/<*>@<*>:<*> closing because: server login has been failing, try again later (server_login_retry) (age=<*>s)',
    cParam: 'C-<*>: <*>/<*>@<*>:<*> unsupported startup parameter: <*>=<*>',
    cParamErr: 'C-<*>: <*>/<*>@<*>:<*> pooler error: unsupported startup parameter: <*>',
    cTls: 'C-<*>: (nodb)/(nouser)@<*>:<*> closing because: TLS handshake failed: <*> (age=<*>s)',
    sNew: 'S-<*>: <*>/<*>@<*>:<*> new connection to server (from <*>:<*>)',
    sIdle: 'S-<*>: <*>/<*>@<*>:<*> closing because: server idle timeout (age=<*>s)',
    sLifetime: 'S-<*>: <*>/<*>@<*>:<*> closing because: server lifetime over (age=<*>s)',
    sNotReady: 'S-<*>: <*>/<*>@<*>:<*> closing because: client disconnect while server was not ready (age=<*>s)',
    sCrashed: 'S-<*>: <*>/<*>@<*>:<*> closing because: server conn crashed? (age=<*>s)',
    sConfChanged: 'S-<*>: <*>/<*>@<*>:<*> closing because: database configuration changed (age=<*>s)',
    sUnclean: 'S-<*>: <*>/<*>@<*>:<*> closing because: unclean server (age=<*>s)',
    sConnFailed: 'S-<*>: <*>/<*>@<*>:<*> closing because: connect failed (age=<*>s)',
    sLoginPw: 'S-<*>: <*>/<*>@<*>:<*> server login failed: FATAL password authentication failed for user "<*>"',
    sLoginSlots: 'S-<*>: <*>/<*>@<*>:<*> server login failed: FATAL remaining connection slots are reserved for non-replication superuser connections',
    sLoginShutdown: 'S-<*>: <*>/<*>@<*>:<*> server login failed: FATAL the database system is shutting down',
    sLoginStartup: 'S-<*>: <*>/<*>@<*>:<*> server login failed: FATAL the database system is starting up',
    sConnectErr: 'S-<*>: <*>/<*>@<*>:<*> connect failed: <*>',
    stats: 'stats: <*> xacts/s, <*> queries/s, <*> client parses/s, <*> server parses/s, <*> binds/s, in <*> B/s, out <*> B/s, xact <*> us, query <*> us, wait <*> us',
    dnsFail: 'DNS lookup failed: <*>: result=<*>',
    sighup: 'got SIGHUP, re-reading config',
    reloadCmd: 'RELOAD command issued',
    pauseCmd: 'PAUSE command issued',
    resumeCmd: 'RESUME command issued',
    sigint: 'got SIGINT, shutting down, waiting for all servers connections to be released',
    sigterm: 'got SIGTERM, fast exit',
    acceptFail: 'accept() failed: <*>',
    setVar: 'changed parameter: <*> = <*>',
  },
  scenario(g) {
    let portCounter = 0;
    const newPtr = () => '0x' + g.pick(['55d5c8', '55d5c9', '55d5ca']) + g.hex(6);
    const apps = [
      { db: 'shop', user: 'shop_app', ips: ['10.0.3.21', '10.0.3.22', '10.0.3.23', '10.0.3.24'], w: 10, tls: false },
      { db: 'shop', user: 'shop_worker', ips: ['10.0.3.41', '10.0.3.42'], w: 5, tls: false },
      { db: 'billing', user: 'billing_svc', ips: ['10.0.3.51', '10.0.3.52'], w: 3, tls: true },
      { db: 'shop_ro', user: 'metabase', ips: ['10.0.5.10'], w: 1.2, tls: true },
      { db: 'auth', user: 'keyring', ips: ['10.0.3.61'], w: 1, tls: true },
    ];
    const backend = { shop: '10.0.2.10', billing: '10.0.2.10', auth: '10.0.2.10', shop_ro: '10.0.2.11' };
    const servers = []; // open server connections
    const tlsStr = () => g.zipf(['TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519', 'TLSv1.3/TLS_AES_128_GCM_SHA256/ECDH=X25519', 'TLSv1.2/ECDHE-RSA-AES256-GCM-SHA384/ECDH=prime256v1'], 1.5);
    const age = (a, b) => g.int(a, b);
    const eport = () => g.int(32768, 60999);
    const openServer = (db, user) => {
      const s = { ptr: newPtr(), db, user, ip: backend[db], lport: 40000 + ((portCounter += g.int(1, 40)) % 20000), born: g.t };
      g.e('sNew', s.ptr, db, user, s.ip, 5432, '10.0.2.5', s.lport);
      servers.push(s);
      return s;
    };
    const sAge = (s) => Math.max(1, Math.round((g.t - s.born) / 1000));
    const pending = []; // client connections that are still open
    const client = () => {
      if (pending.length > 6 || (pending.length > 0 && g.chance(0.45))) {
        const c = pending.splice(g.int(0, pending.length - 1), 1)[0];
        const el = Math.max(0, Math.round((g.t - c.born) / 1000));
        const r = g.r();
        if (r < 0.82) g.e('cClose', c.ptr, c.a.db, c.a.user, c.ip, c.port, el);
        else if (r < 0.93) g.e('cEof', c.ptr, c.a.db, c.a.user, c.ip, c.port, el + age(0, 1800));
        else if (r < 0.98) g.e('cIdle', c.ptr, c.a.db, c.a.user, c.ip, c.port, el + age(900, 960));
        else g.e('cIdleTx', c.ptr, c.a.db, c.a.user, c.ip, c.port, el + age(60, 200));
        return;
      }
      const a = g.wpick(apps.map((x) => [x.w, x]));
      const ip = g.pick(a.ips), port = eport(), ptr = newPtr();
      g.e('login', ptr, a.db, a.user, ip, port, a.db, a.user, a.tls ? tlsStr() : 'no');
      pending.push({ ptr, a, ip, port, born: g.t });
      if (servers.filter((s) => s.db === a.db).length < 3 || g.chance(0.12)) openServer(a.db, a.user);
    };
    const serverChurn = () => {
      if (servers.length === 0) { openServer('shop', 'shop_app'); return; }
      const i = g.int(0, servers.length - 1), s = servers[i];
      if (g.chance(0.55)) g.e('sIdle', s.ptr, s.db, s.user, s.ip, 5432, Math.max(600, sAge(s)));
      else if (g.chance(0.7)) g.e('sLifetime', s.ptr, s.db, s.user, s.ip, 5432, Math.max(3600, sAge(s) + 3600));
      else if (g.chance(0.6)) g.e('sNotReady', s.ptr, s.db, s.user, s.ip, 5432, sAge(s));
      else g.e('sUnclean', s.ptr, s.db, s.user, s.ip, 5432, sAge(s));
      servers.splice(i, 1);
    };
    let nextStats = g.t + 60e3;
    const statsLine = (quiet) => {
      const x = quiet ? 0 : g.int(40, 380), q = quiet ? 0 : x + g.int(x, 4 * x);
      const parses = quiet ? 0 : g.int(0, 12);
      g.e('stats', x, q, parses, quiet ? 0 : g.int(0, parses), quiet ? 0 : g.int(parses, parses + 20), quiet ? 0 : g.int(20000, 900000), quiet ? 0 : g.int(100000, 9000000), quiet ? 0 : g.int(400, 9000), quiet ? 0 : g.int(200, 2500), quiet ? 0 : g.int(0, 400));
    };
    const tick = (f) => () => { if (g.t >= nextStats) { nextStats += 60e3; statsLine(false); return; } f(); };
    const admin = () => {
      const ptr = newPtr(), upid = g.int(10, 99);
      g.e('loginUnix', ptr, 'pgbouncer', 'pgbouncer', upid, 6432, 'pgbouncer', 'pgbouncer', 'no');
      g.e('adminAccess', ptr, 'pgbouncer', 'pgbouncer', upid, 6432);
      g.e('cCloseUnix', ptr, 'pgbouncer', 'pgbouncer', upid, 6432, g.int(0, 2));
    };
    const boot = () => {
      g.e('fdLimit', 1048576, 1048576, 2000, 2520);
      g.e('listenTcp', '0.0.0.0', 6432);
      g.e('listenTcp', '::', 6432);
      g.e('listenUnix', '/tmp/.s.PGSQL.6432');
      g.e('processUp', VER, '2.1.12-stable', 'epoll', 'c-ares 1.27.0', 'OpenSSL 3.1.4 24 Oct 2023');
    };
    const badLogin = (who, ip) => {
      const ptr = newPtr(), port = eport();
      g.e('login', ptr, who.db, who.user, ip, port, who.db, who.user, 'no');
      g.e('cAuthFailErr', ptr, who.db, who.user, ip, port);
      g.e('cAuthFail', ptr, who.db, who.user, ip, port, 0);
    };
    drive(g, {
      gapMs: 1100,
      startup: () => {
        boot();
        for (const d of ['shop', 'shop', 'billing']) openServer(d, d === 'shop' ? 'shop_app' : 'billing_svc');
      },
      steady: [
        [110, client], [11, serverChurn],
        [1.2, admin],
        [0.8, () => { // the reporting tool sends a parameter pgbouncer does not track
          const ptr = newPtr(), ip = '10.0.5.10', port = eport();
          g.e('login', ptr, 'shop_ro', 'metabase', ip, port, 'shop_ro', 'metabase', tlsStr());
          g.e('cParam', ptr, 'shop_ro', 'metabase', ip, port, 'search_path', g.pick(['reporting', 'reporting,public']));
          g.e('cParamErr', ptr, 'shop_ro', 'metabase', ip, port, 'search_path');
          g.e('cEof', ptr, 'shop_ro', 'metabase', ip, port, 0);
        }],
        [0.7, () => { // an old cron job still uses a dropped database
          const ptr = newPtr(), ip = '10.0.3.41', port = eport(), db = g.pick(['shop_legacy', 'shop_archive']);
          g.e('login', ptr, db, 'shop_worker', ip, port, db, 'shop_worker', 'no');
          g.e('cNoDbErr', ptr, db, 'shop_worker', ip, port, db);
          g.e('cNoDb', ptr, db, 'shop_worker', ip, port, db, 0);
        }],
        [0.5, () => badLogin({ db: 'billing', user: 'billing_svc' }, '10.0.3.53')],
        [0.3, () => { const ptr = newPtr(); g.e('cTls', ptr, g.ip('10.0.9'), eport(), g.pick(['SSL routines::unexpected eof while reading', 'SSL routines::wrong version number', 'SSL routines::no shared cipher']), 0); }],
      ].map(([w, f]) => [w, tick(f)]),
      rare: [
        () => { // a burst of long reports: clients wait for a replica connection
          for (let k = 0; k < 4; k++) {
            const ptr = newPtr(), ip = '10.0.5.10', port = eport();
            g.e('cQueryWaitErr', ptr, 'shop_ro', 'metabase', ip, port);
            g.e('cQueryWait', ptr, 'shop_ro', 'metabase', ip, port, g.int(30, 34));
            g.advance(g.int(200, 3000));
          }
        },
        () => { // replica restarted for a minor upgrade
          const ptr = newPtr();
          g.e('sCrashed', ptr, 'shop_ro', 'metabase', '10.0.2.11', 5432, g.int(300, 3000));
          g.advance(1000);
          const p2 = newPtr(); g.e('sNew', p2, 'shop_ro', 'metabase', '10.0.2.11', 5432, '10.0.2.5', eport());
          g.e('sLoginShutdown', p2, 'shop_ro', 'metabase', '10.0.2.11', 5432);
          g.advance(3000);
          const p3 = newPtr(); g.e('sNew', p3, 'shop_ro', 'metabase', '10.0.2.11', 5432, '10.0.2.5', eport());
          g.e('sConnectErr', p3, 'shop_ro', 'metabase', '10.0.2.11', 5432, 'Connection refused');
          g.e('sConnFailed', p3, 'shop_ro', 'metabase', '10.0.2.11', 5432, 0);
          const c = newPtr(), cp = eport();
          g.e('cLoginRetry', c, 'shop_ro', 'metabase', '10.0.5.10', cp);
          g.e('cLoginRetryClose', c, 'shop_ro', 'metabase', '10.0.5.10', cp, 0);
          g.advance(15000);
          const p4 = newPtr(); g.e('sNew', p4, 'shop_ro', 'metabase', '10.0.2.11', 5432, '10.0.2.5', eport());
          g.e('sLoginStartup', p4, 'shop_ro', 'metabase', '10.0.2.11', 5432);
          g.advance(5000);
          openServer('shop_ro', 'metabase');
        },
        () => { // password rotation for billing: new secret not yet in userlist.txt
          for (let k = 0; k < 2; k++) {
            const p = newPtr(); g.e('sNew', p, 'billing', 'billing_svc', '10.0.2.10', 5432, '10.0.2.5', eport());
            g.e('sLoginPw', p, 'billing', 'billing_svc', '10.0.2.10', 5432, 'billing_svc');
            g.advance(g.int(500, 4000));
          }
          admin(); g.e('reloadCmd'); g.e('setVar', 'auth_file', '/etc/pgbouncer/userlist.txt');
        },
        () => { // max_connections on the primary reached during a deploy
          const p = newPtr(); g.e('sNew', p, 'shop', 'shop_app', '10.0.2.10', 5432, '10.0.2.5', eport());
          g.e('sLoginSlots', p, 'shop', 'shop_app', '10.0.2.10', 5432);
        },
        () => { // load test from a developer laptop exhausts max_client_conn
          g.e('acceptFail', 'Too many open files');
          for (let k = 0; k < 3; k++) { const p = newPtr(), ip = '10.0.8.77', port = eport(); g.e('cMaxConnErr', p, ip, port); g.e('cMaxConn', p, ip, port, 0); }
        },
        () => { g.e('dnsFail', 'pg-replica-2.db.internal', 0); },
        () => { // config change: pool sizes and a changed database entry
          g.e('sighup');
          g.e('setVar', 'default_pool_size', 40);
          g.e('setVar', 'query_wait_timeout', 45);
          for (const s of servers.filter((x) => x.db === 'billing').slice(0, 2)) g.e('sConfChanged', s.ptr, s.db, s.user, s.ip, 5432, sAge(s));
        },
        () => { admin(); g.e('pauseCmd'); g.advance(4000); admin(); g.e('resumeCmd'); },
        () => { badLogin({ db: 'auth', user: 'keyring' }, '10.0.3.99'); },
        () => { // rolling restart of the pgbouncer pod
          g.e('sigint'); statsLine(true);
          g.advance(3000); g.e('sigterm');
          servers.length = 0; g.advance(4000);
          boot();
          openServer('shop', 'shop_app');
        },
      ],
    });
  },
};
