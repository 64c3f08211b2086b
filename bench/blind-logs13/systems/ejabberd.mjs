// ============================================================ Ejabberd ====
// ejabberd 24.x (Erlang/OTP 26) XMPP server of a small company
// (example.com, conference.example.com, upload.example.com): mobile and
// desktop clients with stream management, federation with a few remote
// servers, MUC, HTTP upload, in-band registration for guests, mod_http_api
// used by a provisioning script, mod_fail2ban; loglevel info.
// Raw line: '2025-06-17 10:04:05.123456+00:00 [info] <0.587.0>@ejabberd_c2s:process_auth_result/3:272 (tls|<0.587.0>) Accepted c2s SCRAM-SHA-1 authentication for maria@example.com by sql backend from ::ffff:198.51.100.23'
// -> the OTP logger time stamp, '[level]' and the '<pid>@module:function/arity:line'
// location are the header; Content is the rest, including the
// '(socket|<pid>)' prefix that ejabberd itself writes into the message.
// Erlang pids, JIDs, IPv6-mapped addresses and Erlang terms are values.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'Ejabberd',
  templates: {
    loadingConfig: 'Loading configuration from <*>',
    configLoaded: 'Configuration loaded successfully',
    notifySock: 'Got no NOTIFY_SOCKET, notifications disabled',
    translation: 'Building language translation cache',
    mnesiaRam: "Creating Mnesia ram table '<*>'",
    mnesiaDisc: "Creating Mnesia disc_only table '<*>'",
    mnesiaWait: 'Waiting for Mnesia synchronization to complete',
    loadingModules: 'Loading modules for <*>',
    startAccept: 'Start accepting <*> connections at <*>:<*> for <*>',
    started: 'ejabberd <*> is started in the node <*> in <*>',
    stopping: 'Stopping ejabberd...',
    stopped: 'ejabberd <*> is stopped in the node <*>',
    accepted: '(<<*>>) Accepted connection <*>:<*> -> <*>:<*>',
    authOk: '(<*>|<<*>>) Accepted c2s <*> authentication for <*> by <*> backend from <*>',
    authFail: '(<*>|<<*>>) Failed c2s <*> authentication for <*> from <*>: <*>',
    opened: '(<*>|<<*>>) Opened c2s session for <*>',
    resumed: '(<*>|<<*>>) Resumed session for <*>',
    closing: '(<*>|<<*>>) Closing c2s session for <*>: <*>',
    tlsFail: '(<*>|<<*>>) Failed to secure c2s connection: TLS failed: <*>',
    s2sIn: '(<*>|<<*>>) Accepted inbound s2s <*> authentication <*> -> <*> (<*>)',
    s2sInClose: '(<*>|<<*>>) Closing inbound s2s connection <*> -> <*>: <*>',
    s2sOut: '(<*>|<<*>>) Accepted outbound s2s <*> authentication <*> -> <*> (<*>)',
    s2sOutClose: '(<*>|<<*>>) Closing outbound s2s connection <*> -> <*>: <*>',
    s2sOutFail: 'Failed to establish outbound s2s connection <*> -> <*>: <*>; bouncing for <*> seconds',
    fail2ban: '(<*>|<<*>>) Too many (<*>) failed authentications from this IP address (<*>). The address will be unblocked at <*>',
    mucCreated: 'Created MUC room <*> by <*>',
    mucDestroyed: 'Destroyed MUC room <*> with reason: <*>',
    upload: 'Got HTTP upload slot for <*> (file: <*>, size: <*>)',
    offlineCleanup: 'Removed <*> expired offline messages',
    registered: 'The account <*> was registered from IP address <*>',
    api: 'API call <*> <*> from <*>:<*>',
    pushFail: 'Error sending push notification to <*> for <*>: <*>',
    mnesiaOverload: 'Mnesia overloaded: <*>',
    hookCrash: 'Hook <*> crashed when running <*>:<*>/<*>:',
    sqlFail: 'SQL connection failed: <*>',
    certExpire: 'Certificate <*> (for <*>) will expire at <*> (in <*> days)',
  },
  scenario(g) {
    const DOM = 'example.com', MUC = 'conference.example.com', NODE = 'ejabberd@xmpp1', LOCAL = '[::ffff:10.0.6.20]';
    const VER = '24.06';
    const users = ['maria', 'jonas', 'fatima', 'lukas', 'sofia', 'noah', 'emma', 'ali', 'lea', 'ben', 'mia', 'paul', 'hannah', 'elias', 'support-bot', 'monitoring'];
    const clients = { maria: 'Conversations', jonas: 'gajim', fatima: 'Monal', lukas: 'dino', sofia: 'Conversations', noah: 'Siskin', emma: 'gajim', ali: 'Conversations', lea: 'Monal', ben: 'profanity', mia: 'Conversations', paul: 'dino', hannah: 'Monal', elias: 'gajim', 'support-bot': 'bot', monitoring: 'check' };
    const nets = ['198.51.100', '203.0.113', '192.0.2'];
    const ipOf = Object.fromEntries(users.map((u) => [u, g.ip(g.pick(nets))]));
    const res = Object.fromEntries(users.map((u) => [u, `${clients[u]}.${g.alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`]));
    const remotes = [['jabber.example.net', '198.51.100.77'], ['chat.example.org', '203.0.113.140'], ['xmpp.partner.example', '192.0.2.61']];
    const mechOf = Object.fromEntries(users.map((u) => [u, ['bot', 'check', 'profanity'].includes(clients[u]) ? 'PLAIN' : g.wpick([[6, 'SCRAM-SHA-1'], [3, 'SCRAM-SHA-256']])]));
    let nextPid = 900;
    const pid = () => { nextPid += g.int(3, 90); return `0.${nextPid}.0`; };
    const sessions = [];
    const mapped = (ip) => `::ffff:${ip}`;
    const login = (uArg) => {
      const u = uArg || g.zipf(users, 0.7);
      if (sessions.some((s) => s.u === u) && !uArg) { activity(); return; }
      const p = pid(); const port = g.eport();
      g.e('accepted', p, `[${mapped(ipOf[u])}]`, port, LOCAL, 5222);
      const sock = u === 'support-bot' || u === 'monitoring' ? 'tcp' : 'tls';
      g.e('authOk', sock, p, mechOf[u], `${u}@${DOM}`, u === 'monitoring' ? 'internal' : 'sql', mapped(ipOf[u]));
      if (g.chance(0.3)) g.e('opened', sock, p, `${u}@${DOM}/${res[u]}`);
      sessions.push({ u, p, sock });
    };
    const logout = () => {
      if (sessions.length < 4) { login(); return; }
      const s = sessions.splice(g.int(0, sessions.length - 1), 1)[0];
      const mobile = ['Conversations', 'Monal', 'Siskin'].includes(clients[s.u]);
      const reason = mobile ? g.wpick([[4, 'Resumption timeout'], [3, 'Connection timed out'], [2, 'Stream reset by peer'], [1, 'Connection closed']]) : g.wpick([[5, 'Connection closed'], [2, 'Stream reset by peer'], [1, 'Replaced by new connection']]);
      g.e('closing', s.sock, s.p, `${s.u}@${DOM}/${res[s.u]}`, reason);
      if (reason === 'Replaced by new connection') login(s.u);
    };
    const resume = () => {
      const s = sessions.find((x) => ['Conversations', 'Monal', 'Siskin'].includes(clients[x.u]));
      if (!s) { login(); return; }
      const p = pid(); const port = g.eport();
      g.e('accepted', p, `[${mapped(ipOf[s.u])}]`, port, LOCAL, 5222);
      g.e('resumed', 'tls', p, `${s.u}@${DOM}/${res[s.u]}`); s.p = p;
    };
    const s2s = {};
    const federate = () => {
      const [r, ip] = g.zipf(remotes, 1);
      if (g.chance(0.5)) {
        const p = pid(); g.e('accepted', p, `[${mapped(ip)}]`, g.eport(), LOCAL, 5269);
        g.e('s2sIn', 'tls', p, g.chance(0.8) ? 'EXTERNAL' : 'dialback', r, DOM, mapped(ip));
        if (g.chance(0.4)) g.e('s2sInClose', 'tls', p, r, DOM, g.pick(['Stream closed by peer', 'Connection timed out']));
      } else if (!s2s[r]) {
        const p = pid(); s2s[r] = p;
        g.e('s2sOut', 'tls', p, 'EXTERNAL', DOM, r, ip);
      } else { g.e('s2sOutClose', 'tls', s2s[r], DOM, r, g.pick(['Idle connection', 'Stream closed by peer'])); delete s2s[r]; }
    };
    const upload = () => {
      const s = sessions.length ? g.pick(sessions) : null; if (!s) { login(); return; }
      const f = g.pick([`IMG_2025061${g.int(0, 7)}_${pad(g.int(0, 23))}${pad(g.int(0, 59))}${pad(g.int(0, 59))}.jpg`, `Screenshot_${g.ymd(g.t, '-')}.png`, 'protokoll-jour-fixe.pdf', `VID_${g.int(10000000, 99999999)}.mp4`, 'voice-message.m4a']);
      g.e('upload', `${s.u}@${DOM}/${res[s.u]}`, f, g.int(18000, 24000000));
    };
    const activity = () => g.wpick([[5, logout], [3, resume], [2, federate], [2, upload]])();
    const boot = () => {
      g.e('loadingConfig', '/opt/ejabberd/conf/ejabberd.yml');
      g.e('configLoaded');
      g.e('notifySock');
      g.e('translation');
      for (const t of ['session', 'session_counter', 'route', 'route_multicast', 'bosh', 'mod_register_ip', 'muc_online_room']) g.e('mnesiaRam', t);
      for (const t of ['muc_registered', 'mqtt_pub']) g.e('mnesiaDisc', t);
      g.e('mnesiaWait');
      for (const h of [DOM, 'guest.example.com']) g.e('loadingModules', h);
      g.e('startAccept', 'TCP', '[::]', 5222, 'ejabberd_c2s');
      g.e('startAccept', 'TCP', '[::]', 5269, 'ejabberd_s2s_in');
      g.e('startAccept', 'TLS', '[::]', 5443, 'ejabberd_http');
      g.e('startAccept', 'TCP', '127.0.0.1', 5280, 'ejabberd_http');
      g.e('started', VER, NODE, `${g.float(1.8, 4.2, 2)}s`);
    };
    let reg = 0;
    drive(g, {
      gapMs: 15000,
      startup: boot,
      steady: [
        [10, () => login()], [8, logout], [5, resume], [4, federate], [2.5, upload],
        [1.2, () => { const u = g.pick(['mia', 'jonas', 'admin', 'test', 'info']); const ip = g.ip('203.0.113'); const p = pid(); g.e('accepted', p, `[${mapped(ip)}]`, g.eport(), LOCAL, 5222); g.e('authFail', 'tls', p, 'PLAIN', `${u}@${DOM}`, mapped(ip), u === 'mia' || u === 'jonas' ? 'Invalid username or password' : 'No such user'); }],
        [0.5, () => { const p = pid(); const ip = g.ip('198.51.100'); g.e('accepted', p, `[${mapped(ip)}]`, g.eport(), LOCAL, 5222); g.e('tlsFail', 'tcp', p, g.pick(['unexpected message', 'no shared cipher', 'Connection closed'])); }],
        [0.4, () => { const s = sessions.find((x) => ['Monal', 'Siskin'].includes(clients[x.u])); if (!s) return login(); g.e('pushFail', 'push.example.org', `${s.u}@${DOM}`, g.pick(['timeout', 'service-unavailable'])); }],
        [0.5, () => { const room = g.pick(['standup', 'release-2025-06', 'incident-4711', 'kaffee', 'support-handover']); g.e('mucCreated', `${room}@${MUC}`, `${g.zipf(users, 0.7)}@${DOM}/${g.pick(Object.values(res))}`); }],
      ],
      rare: [
        () => { // password spraying from one address
          const ip = '203.0.113.199';
          for (const u of ['admin', 'info', 'test', 'office', 'root']) { const p = pid(); g.e('accepted', p, `[${mapped(ip)}]`, g.eport(), LOCAL, 5222); g.e('authFail', 'tls', p, 'PLAIN', `${u}@${DOM}`, mapped(ip), 'No such user'); }
          const p = pid(); g.e('accepted', p, `[${mapped(ip)}]`, g.eport(), LOCAL, 5222);
          const d = new Date(g.t + 600e3);
          g.e('fail2ban', 'tls', p, 5, mapped(ip), `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} UTC`);
        },
        () => { g.e('s2sOutFail', DOM, 'old.example.net', 'DNS lookup failed: non-existing domain', 60); g.advance(90000); g.e('s2sOutFail', DOM, 'old.example.net', 'DNS lookup failed: non-existing domain', 120); },
        () => { g.e('s2sOutFail', DOM, 'xmpp.partner.example', 'Connection refused', 60); },
        () => { g.e('mucDestroyed', `incident-4711@${MUC}`, 'Incident closed'); },
        () => { g.e('offlineCleanup', g.int(12, 90)); },
        () => { for (let k = 0; k < 2; k++) { const n = `guest${g.int(1000, 9999)}@guest.example.com`; g.e('api', 'register', `[{<<"user">>,<<"${n.split('@')[0]}">>},{<<"host">>,<<"guest.example.com">>},{<<"password">>,<<"********">>}]`, '::ffff:127.0.0.1', g.eport()); g.e('registered', n, '::ffff:127.0.0.1'); reg++; } },
        () => { g.e('api', 'kick_session', `[{<<"user">>,<<"paul">>},{<<"host">>,<<"${DOM}">>},{<<"resource">>,<<"${res.paul}">>},{<<"reason">>,<<"offboarding">>}]`, '::ffff:127.0.0.1', g.eport()); g.e('closing', 'tls', pid(), `paul@${DOM}/${res.paul}`, 'Kicked by administrator'); },
        () => { g.e('mnesiaOverload', '{dump_log,write_threshold}'); g.advance(200); g.e('mnesiaOverload', '{dump_log,write_threshold}'); },
        () => { g.e('hookCrash', 'user_send_packet', 'mod_block_strangers', 'filter_packet', 1); },
        () => { g.e('sqlFail', '{error,{tcp,econnrefused}}'); g.advance(5000); g.e('sqlFail', '{error,timeout}'); },
        () => { const d = new Date(g.t + 9 * 86400e3); g.e('certExpire', '/opt/ejabberd/conf/certs/example.com.pem', `${DOM}, *.${DOM}`, `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} 04:12:55 UTC`, 9); },
        () => { // restart for an upgrade
          g.e('stopping');
          for (const s of sessions.splice(0)) g.e('closing', s.sock, s.p, `${s.u}@${DOM}/${res[s.u]}`, 'System shutdown');
          g.e('stopped', VER, NODE); g.advance(15000); boot();
        },
      ],
    });
  },
};
