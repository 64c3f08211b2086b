// ========================================================= NATS server ====
// nats-server 2.10 in a three-node cluster (nats-0..2 in Kubernetes) with
// JetStream (file store, R3 streams ORDERS, PAYMENTS, AUDIT in account
// APP), TLS for clients, a leaf node from a branch site, accounts with
// per-service users, `debug: true`, no trace: services connecting and
// leaving, slow consumers, permission violations, authentication errors,
// route and leaf-node flaps, RAFT and JetStream leader changes, a restart.
// The slice is the log of nats-0.
// Raw line: '[1] 2025/05/13 10:04:05.123456 [INF] Listening for client connections on 0.0.0.0:4222'
// -> Content is the text after the "[LVL] " tag: "[pid]", date, time and
// level ([INF], [WRN], [ERR], [DBG]) are the header; the banner lines'
// leading spaces are trimmed, their inner alignment stays.
import { drive } from '../lib.mjs';

const VER = '2.10.14';

export default {
  name: 'NATS',
  templates: {
    starting: 'Starting nats-server',
    version: 'Version:  <*>',
    git: 'Git:      [<*>]',
    cluster: 'Cluster:  <*>',
    name: 'Name:     <*>',
    node: 'Node:     <*>',
    id: 'ID:       <*>',
    configFile: 'Using configuration file: <*>',
    httpMonitor: 'Starting http monitor on <*>:<*>',
    jsStarting: 'Starting JetStream',
    jsBanner1: '_ ___ _____ ___ _____ ___ ___   _   __  __',
    jsBanner2: '_ | | __|_   _/ __|_   _| _ \\ __| /_\\ |  \\/  |',
    jsBanner3: '| || | _|  | | \\__ \\ | | |   / _| / _ \\| |\\/| |',
    jsBanner4: '\\__/|___| |_| |___/ |_| |_|_\\___/_/ \\_\\_|  |_|',
    jsDocs: 'https://docs.nats.io/jetstream',
    jsHeader: '---------------- JETSTREAM ----------------',
    jsMaxMem: 'Max Memory:      <*>',
    jsMaxStore: 'Max Storage:     <*>',
    jsStoreDir: 'Store Directory: "<*>"',
    jsApiLevel: 'API Level:       <*>',
    jsFooter: '-------------------------------------------',
    recoverAccount: 'Recovering JetStream state for account "<*>"',
    restoreStream: 'Starting restore for stream \'<*> > <*>\'',
    restoredMsgs: 'Restored <*> messages for stream \'<*> > <*>\' in <*>',
    recoverConsumers: 'Recovering <*> consumers for stream - \'<*> > <*>\'',
    jsRecoverDone: 'JetStream state for account "<*>" recovered',
    jsClusterInit: 'Starting JetStream cluster',
    jsMetaCtrl: 'Creating JetStream metadata controller',
    jsCheckPeers: 'JetStream cluster checking for stable cluster name and peers',
    jsNoMetaLeader: 'JetStream cluster no metadata leader',
    jsMetaLeader: 'JetStream cluster new metadata leader: <*>/<*>',
    selfMetaLeader: 'Self is new JetStream cluster metadata leader',
    streamLeader: 'JetStream cluster new stream leader for \'<*> > <*>\'',
    consumerLeader: 'JetStream cluster new consumer leader for \'<*> > <*> > <*>\'',
    noQuorum: 'JetStream cluster stream \'<*> > <*>\' has NO quorum, stalled',
    catchupDone: 'Catchup for stream \'<*> > <*>\' complete',
    listenClients: 'Listening for client connections on <*>:<*>',
    tlsRequired: 'TLS required for client connections',
    listenLeaf: 'Listening for leafnode connections on <*>:<*>',
    listenRoutes: 'Listening for route connections on <*>:<*>',
    serverReady: 'Server is ready',
    routeCreated: '<*>:<*> - rid:<*> - Route connection created',
    routeClosed: '<*>:<*> - rid:<*> - Router connection closed: <*>',
    routeConnErr: 'Error trying to connect to route (attempt <*>): <*>',
    clientCreated: '<*>:<*> - cid:<*> - Client connection created',
    clientClosed: '<*>:<*> - cid:<*> - "<*>" - Client connection closed: <*>',
    pingTimer: '<*>:<*> - cid:<*> - "<*>" - Client Ping Timer',
    delayPing: '<*>:<*> - cid:<*> - "<*>" - Delaying PING due to remote ping <*> ago',
    slowConsumer: '<*>:<*> - cid:<*> - "<*>" - Slow Consumer Detected: WriteDeadline of <*> exceeded with <*> chunks of <*> total bytes.',
    readloop: '<*>:<*> - cid:<*> - "<*>" - Readloop processing time: <*>',
    authErrUser: '<*>:<*> - cid:<*> - authentication error - User "<*>"',
    authErr: '<*>:<*> - cid:<*> - authentication error',
    pubViolation: '<*>:<*> - cid:<*> - "<*>" - Publish Violation - User "<*>", Subject "<*>"',
    subViolation: '<*>:<*> - cid:<*> - "<*>" - Subscription Violation - User "<*>", Subject "<*>", SID <*>',
    maxPayload: '<*>:<*> - cid:<*> - "<*>" - maximum payload exceeded: <*> vs <*>',
    tlsHandshake: '<*>:<*> - cid:<*> - TLS handshake error: <*>',
    parserErr: '<*>:<*> - cid:<*> - Client parser ERROR, state=<*>, i=<*>: proto=\'<*>...\'',
    leafCreated: '<*>:<*> - lid:<*> - Leafnode connection created for account: <*>',
    leafClosed: '<*>:<*> - lid:<*> - "<*>" - Leafnode connection closed: <*> - Account: <*>',
    raftBehind: 'RAFT [<*> - <*>] Falling behind in health check, commit <*> != applied <*>',
    raftStepDown: 'RAFT [<*> - <*>] Stepping down from leader, detected higher term: <*> vs <*>',
    raftWalReset: 'RAFT [<*> - <*>] Resetting WAL state',
    healthz: 'Healthcheck failed: "<*>"',
    trapped: 'Trapped "<*>" signal',
    reloaded: 'Reloaded: <*>',
    reloadedCfg: 'Reloaded server configuration',
    lameDuck: 'Entering lame duck mode, stop accepting new clients',
    lameDuckInit: 'Initiating JetStream Shutdown...',
    exiting: 'Server Exiting..',
  },
  scenario(g) {
    const SELF = 'nats-0', CL = 'nats-prod';
    const podIp = { 'nats-1': '10.244.1.17', 'nats-2': '10.244.2.9' };
    const streams = ['ORDERS', 'PAYMENTS', 'AUDIT'];
    const consumers = { ORDERS: ['fulfillment', 'notifier', 'analytics'], PAYMENTS: ['ledger', 'fraud-check'], AUDIT: ['archiver'] };
    const raftGroup = { ORDERS: 'S-R3F-' + g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), PAYMENTS: 'S-R3F-' + g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), AUDIT: 'S-R3F-' + g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') };
    const svc = [
      ['order-api', 'v1.34.1:go', ['10.244.1.31', '10.244.2.44', '10.244.0.52'], 6],
      ['payment-svc', 'v1.34.1:go', ['10.244.1.35', '10.244.2.48'], 3],
      ['notifier', '2.11.4:python3', ['10.244.0.61'], 2],
      ['fulfillment', '2.11.4:python3', ['10.244.2.63', '10.244.1.64'], 2],
      ['inventory-sync', '2.28.0:nats.js', ['10.244.0.70'], 1.5],
      ['nats-box', 'v1.31.0:go', ['10.244.0.9'], 0.5],
    ];
    let cid = g.int(40, 80), rid = 0, lid = 0;
    const open = [];
    const ep = () => g.int(32768, 60999);
    const dur = (a, b) => { const x = a + g.r() * (b - a); return x >= 1 ? String(+x.toFixed(g.int(6, 9))) + 's' : String(+(x * 1000).toFixed(g.int(3, 6))) + 'ms'; };
    const cname = (s) => `${s[1]}:${s[0]}`;
    const connect = () => {
      const s = g.wpick(svc.map((x) => [x[3], x]));
      const c = { ip: g.pick(s[2]), port: ep(), cid: ++cid, s };
      g.e('clientCreated', c.ip, c.port, c.cid);
      open.push(c);
    };
    const disconnect = () => {
      if (open.length < 4) return connect();
      const c = open.splice(g.int(0, open.length - 1), 1)[0];
      g.e('clientClosed', c.ip, c.port, c.cid, cname(c.s), g.wpick([[8, 'Client Closed'], [2, 'Read Error'], [1, 'Stale Connection'], [0.5, 'Write Error']]));
    };
    const anyOpen = () => { if (open.length === 0) connect(); return g.pick(open); };
    const ping = () => {
      const c = anyOpen();
      if (g.chance(0.6)) g.e('pingTimer', c.ip, c.port, c.cid, cname(c.s));
      else g.e('delayPing', c.ip, c.port, c.cid, cname(c.s), dur(0.2, 1.8));
    };
    const badClient = () => { // a misconfigured reporting job retries with an old password
      const ip = '10.244.2.80', port = ep();
      g.e('clientCreated', ip, port, ++cid);
      const e = g.chance(0.8) ? ['authErrUser', 'reporting'] : ['authErr'];
      g.e(e[0], ip, port, cid, ...e.slice(1));
      g.e('clientClosed', ip, port, cid, g.pick(['2.11.4:python3:reporting', '2.11.4:python3']), 'Authentication Failure');
    };
    const slow = () => {
      const c = open.find((x) => x.s[0] === 'notifier') || anyOpen();
      if (g.chance(0.5)) g.e('slowConsumer', c.ip, c.port, c.cid, cname(c.s), '10s', g.int(1, 4), g.pick([65536, 131072, 262144, 98304]));
      else g.e('readloop', c.ip, c.port, c.cid, cname(c.s), dur(2.0, 6.5));
    };
    const violation = () => {
      const c = anyOpen();
      if (g.chance(0.6)) g.e('pubViolation', c.ip, c.port, c.cid, cname(c.s), c.s[0], g.pick(['$JS.API.STREAM.PURGE.ORDERS', 'payments.refund.issued', 'audit.events.raw', '$JS.API.STREAM.DELETE.AUDIT']));
      else g.e('subViolation', c.ip, c.port, c.cid, cname(c.s), c.s[0], g.pick(['payments.>', 'orders.internal.*', '$SYS.REQ.SERVER.PING']), g.int(1, 40));
    };
    const leader = () => {
      const st = g.zipf(streams, 1);
      if (g.chance(0.5)) g.e('streamLeader', 'APP', st);
      else g.e('consumerLeader', 'APP', st, g.pick(consumers[st]));
    };
    const boot = () => {
      g.e('starting');
      g.e('version', VER); g.e('git', g.hex(7)); g.e('cluster', CL); g.e('name', SELF); g.e('node', g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'));
      g.e('id', 'N' + g.alnum(55, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'));
      g.e('configFile', '/etc/nats-config/nats.conf');
      g.e('httpMonitor', '0.0.0.0', 8222);
      g.e('jsStarting');
      g.e('jsBanner1'); g.e('jsBanner2'); g.e('jsBanner3'); g.e('jsBanner4');
      g.e('jsDocs'); g.e('jsHeader');
      g.e('jsMaxMem', '2.00 GB'); g.e('jsMaxStore', '50.00 GB'); g.e('jsStoreDir', '/data/jetstream'); g.e('jsApiLevel', 1);
      g.e('jsFooter');
      g.e('recoverAccount', 'APP');
      for (const st of streams) {
        g.e('restoreStream', 'APP', st);
        g.e('restoredMsgs', g.commas(g.int(20000, 4000000)), 'APP', st, dur(0.004, 1.6));
        g.e('recoverConsumers', consumers[st].length, 'APP', st);
      }
      g.e('jsRecoverDone', 'APP');
      g.e('jsClusterInit'); g.e('jsMetaCtrl'); g.e('jsCheckPeers');
      g.e('listenClients', '0.0.0.0', 4222); g.e('tlsRequired');
      g.e('listenLeaf', '0.0.0.0', 7422);
      g.e('listenRoutes', '0.0.0.0', 6222);
      g.e('serverReady');
      for (const n of ['nats-1', 'nats-2']) g.e('routeCreated', podIp[n], 6222, ++rid);
      g.e('jsMetaLeader', g.pick(['nats-1', 'nats-2']), CL);
      for (const st of streams) g.e('catchupDone', 'APP', st);
    };
    drive(g, {
      gapMs: 1400,
      startup: boot,
      steady: [
        [22, connect], [20, disconnect], [24, ping], [4, slow], [3, badClient], [1.5, violation], [1.5, leader],
        [0.6, () => g.e('tlsHandshake', g.pick(['10.244.0.1', '10.244.1.1']), ep(), ++cid, g.pick(['EOF', 'tls: first record does not look like a TLS handshake', 'remote error: tls: bad certificate']))],
        [0.4, () => { const st = g.zipf(streams, 1); g.e('raftBehind', 'S1Nunr6R', raftGroup[st], g.int(10000, 90000), g.int(9000, 10000)); }],
      ],
      rare: [
        () => { // nats-2 restarts: route drops, stream leaders move, it comes back
          g.e('routeClosed', podIp['nats-2'], 6222, 2, 'Client Closed');
          g.advance(800);
          for (let k = 1; k <= 3; k++) { g.e('routeConnErr', k, `dial tcp ${podIp['nats-2']}:6222: connect: connection refused`); g.advance(1000); }
          g.e('noQuorum', 'APP', 'AUDIT'); // AUDIT was R3 with one peer already lagging
          g.e('healthz', "JetStream stream 'APP > AUDIT' is not current");
          g.e('streamLeader', 'APP', 'AUDIT');
          g.advance(20000);
          g.e('routeCreated', podIp['nats-2'], 6222, ++rid);
          g.e('catchupDone', 'APP', 'ORDERS'); g.e('catchupDone', 'APP', 'AUDIT');
        },
        () => { // leaf node from the branch flaps
          const ip = '10.20.1.5';
          g.e('leafClosed', ip, ep(), ++lid, 'branch-ams', 'Read Error', 'APP'); g.advance(2000);
          g.e('leafCreated', ip, ep(), ++lid, 'APP');
        },
        () => { g.e('leafCreated', '10.20.1.5', ep(), ++lid, 'APP'); },
        () => { const c = anyOpen(); g.e('maxPayload', c.ip, c.port, c.cid, cname(c.s), 1048576 + g.int(1000, 900000), 1048576); },
        () => { // an HTTP health probe pointed at the client port
          const ip = '10.244.0.1', port = ep(); g.e('clientCreated', ip, port, ++cid);
          g.e('parserErr', ip, port, cid, 0, 0, '"GET /healthz HTTP/1.1\\r\\nHost: 10.244.0.23:4222\\r\\nUser-Agent: kube-probe/1.29\\r\\nAcc"');
          g.e('clientClosed', ip, port, cid, 'unknown', 'Protocol Violation');
        },
        () => { g.e('raftStepDown', 'S1Nunr6R', raftGroup.PAYMENTS, g.int(30, 40), g.int(20, 29)); g.e('streamLeader', 'APP', 'PAYMENTS'); },
        () => { g.e('raftWalReset', 'S1Nunr6R', raftGroup.AUDIT); g.e('catchupDone', 'APP', 'AUDIT'); },
        () => { g.e('trapped', 'hangup'); g.e('reloaded', 'authorization users'); g.e('reloadedCfg'); },
        () => { g.e('trapped', 'hangup'); g.e('reloaded', 'max_payload'); g.e('reloaded', 'debug = true'); g.e('reloadedCfg'); },
        () => { g.e('jsNoMetaLeader'); g.advance(4000); g.e('selfMetaLeader'); },
        () => { // rolling update of nats-0 itself
          g.e('trapped', 'terminated'); g.e('lameDuck'); g.e('lameDuckInit');
          g.e('exiting'); open.length = 0; g.advance(15000);
          boot();
        },
      ],
    });
  },
};
