// ============================================================= Artemis ====
// Apache ActiveMQ Artemis 2.33 broker (primary of a primary/backup pair
// with replication) for an order-processing platform: CORE, AMQP and
// OpenWire clients, one acceptor on 61616, address settings with a DLQ and
// paging, max-disk-usage 90, the critical analyzer on, the web console
// behind Jolokia, the default log4j2 configuration (INFO).
// Raw line: '2025-05-13 10:04:05,123 WARN  [org.apache.activemq.artemis.core.server] AMQ222061: Client connection failed, clearing up resources for session 4f3c9a1e-...'
// -> the timestamp, the padded level and the '[logger]' are the header;
// Content starts with the AMQ message code, which is message text and stays.
// Exception stack traces that follow some WARN lines are not in the slice.
import { drive } from '../lib.mjs';

const VER = '2.33.0';

export default {
  name: 'Artemis',
  templates: {
    starting: 'AMQ221000: Primary message broker is starting with configuration Broker Configuration (clustered=<*>,journalDirectory=<*>,bindingsDirectory=<*>,largeMessagesDirectory=<*>,pagingDirectory=<*>)',
    aio: 'AMQ221012: Using AIO Journal',
    nio: 'AMQ221013: Using NIO Journal',
    globalMax: 'AMQ221057: Global Max Size is being adjusted to 1/2 of the JVM max size (-Xmx). being defined as <*>',
    protocolModule: 'AMQ221043: Protocol module found: [<*>]. Adding protocol support for: <*>',
    waitingLock: 'AMQ221034: Waiting indefinitely to obtain primary lock',
    obtainedLock: 'AMQ221035: Primary Server Obtained primary lock',
    deployAddress: 'AMQ221080: Deploying address <*> supporting [<*>]',
    deployQueue: 'AMQ221003: Deploying <*> queue <*> on address <*>',
    acceptor: 'AMQ221020: Started <*> Acceptor at <*>:<*> for protocols [<*>]',
    live: 'AMQ221007: Server is now active',
    version: 'AMQ221001: Apache ActiveMQ Artemis Message Broker version <*> [<*>, nodeID=<*>]',
    httpStarted: 'AMQ241001: HTTP Server started at <*>',
    jolokia: 'AMQ241002: Artemis Jolokia REST API available at <*>',
    console: 'AMQ241004: Artemis Console available at <*>',
    stopped: 'AMQ221002: Apache ActiveMQ Artemis Message Broker version <*> [<*>] stopped, uptime <*>',
    replicationStarted: 'AMQ221025: Replication: sending <*> (size=<*>) to replica.',
    backupSynced: 'AMQ221024: Backup server <*> is synchronized with primary server, nodeID=<*>.',
    backupFailed: 'AMQ222092: Connection to the backup node failed, removing replication now',
    clientFailed: 'AMQ222061: Client connection failed, clearing up resources for session <*>',
    clearedSession: 'AMQ222107: Cleared up resources for session <*>',
    connFailure: 'AMQ222067: Connection failure has been detected: AMQ229014: Did not receive data from <*> within the <*>ms connection TTL. The connection will now be closed. [code=CONNECTION_TIMEDOUT]',
    connFailureGeneric: 'AMQ222067: Connection failure has been detected: <*> [code=<*>]',
    handshakeTimeout: 'AMQ224088: Timeout (<*> seconds) on acceptor "<*>" during protocol handshake with <*> has occurred.',
    dla: 'AMQ222149: Message <*> has reached maximum delivery attempts, sending it to Dead Letter Address <*> from <*>',
    noDla: 'AMQ222165: No Dead Letter Address configured for queue <*> in AddressSettings',
    noExpiry: 'AMQ222166: No Expiry Address configured for queue <*> in AddressSettings',
    pagingStart: "AMQ222038: Starting paging on address '<*>'; size=<*> bytes (<*> messages); maxSize=<*> bytes (<*> messages); globalSize=<*> bytes (<*> messages); globalMaxSize=<*> bytes (<*> messages);",
    diskBeyond: 'AMQ222210: Free storage space is at <*> of <*> total. Usage rate is <*> which is beyond the configured <max-disk-usage>. System will start blocking producers.',
    diskFull: "AMQ222212: Disk Full! Blocking message production on address '<*>'. Clients will report blocked.",
    unblocking: "AMQ221046: Unblocking message production on address '<*>'; size=<*> bytes (<*> messages)",
    authFailed: 'AMQ224018: Failed to create session: AMQ229031: Unable to validate user from <*>. Username: <*>; SSL certificate subject DN: <*>',
    noPermission: "AMQ229032: User: <*> does not have permission='<*>' on address <*>",
    slowConsumerDetected: 'AMQ222144: slow consumer detected on queue <*> for consumer <*> (consumer rate <*> msg/s is below the threshold of <*> msg/s)',
    criticalWarn: 'AMQ224080: The server process will now be stopped, as component <*> is not responsive',
    criticalPath: 'AMQ224081: The component <*> is not responsive',
    journalCompact: 'AMQ221060: Compacting journal: <*> data files, <*> to be compacted',
    journalCompactDone: 'AMQ221061: Journal compacted in <*> ms; <*> files released',
    expiryReaper: 'AMQ222174: Queue <*>, on address=<*>, is taking too long to flush deliveries. Watch out for frozen clients.',
    bridgeFailed: 'AMQ224091: Bridge <*> is unable to connect to destination. Retrying',
    bridgeConnected: 'AMQ221027: Bridge <*> is connected',
    invalidFrame: 'AMQ222273: Invalid <*> frame received from <*>: <*>',
    addressFull: "AMQ222183: Blocking message production on address '<*>'; size is currently: <*> bytes; max-size-bytes on address: <*>, global-max-size is <*>",
    auditName: 'AMQ601000: User <*> is getting name on target resource: <*>',
    auditMsgCount: 'AMQ601016: User <*> is getting message count on target resource: <*>',
    auditConsumerCount: 'AMQ601018: User <*> is getting consumer count on target resource: <*>',
    auditDelivering: 'AMQ601024: User <*> is getting delivering count on target resource: <*>',
    auditAddrSize: 'AMQ601053: User <*> is getting address size on target resource: <*>',
    auditRetry: 'AMQ601300: User <*> is retrying messages on target resource: <*>',
    auditRemove: 'AMQ601301: User <*> is removing messages on target resource: <*> <*>',
    auditSecFail: 'AMQ601264: User <*> gets security check failure, reason = <*>',
    configReload: 'AMQ221056: Reloading configuration: <*>',
    securityReload: 'AMQ221075: Reloading security settings, <*> roles configured',
  },
  scenario(g) {
    const ADDRS = [
      ['orders.created', 'MULTICAST', ['orders.created.billing', 'orders.created.warehouse', 'orders.created.analytics']],
      ['orders.paid', 'MULTICAST', ['orders.paid.shipping', 'orders.paid.mailer']],
      ['inventory.reserve', 'ANYCAST', ['inventory.reserve']],
      ['shipping.labels', 'ANYCAST', ['shipping.labels']],
      ['mail.outbound', 'ANYCAST', ['mail.outbound']],
      ['DLQ', 'ANYCAST', ['DLQ']],
      ['ExpiryQueue', 'ANYCAST', ['ExpiryQueue']],
    ];
    const nodeId = g.uuid();
    const apps = [
      { name: 'billing-svc', ip: '10.0.5.21' }, { name: 'warehouse-svc', ip: '10.0.5.22' }, { name: 'shipping-svc', ip: '10.0.5.23' },
      { name: 'mailer', ip: '10.0.5.24' }, { name: 'shop-web', ip: '10.0.5.31' }, { name: 'shop-web', ip: '10.0.5.32' },
      { name: 'legacy-erp', ip: '10.0.6.40' }, { name: 'analytics-etl', ip: '10.0.6.51' },
    ];
    const peer = (a) => `/${a.ip}:${g.eport()}`;
    let msgId = 4800000 + g.int(0, 90000);
    const boot = (again) => {
      g.e('starting', false, 'data/journal', 'data/bindings', 'data/large-messages', 'data/paging');
      g.e(again ? 'nio' : 'aio'); // the updated image lacks libaio
      g.e('globalMax', '1,073,741,824');
      for (const [m, p] of [['artemis-server', 'CORE'], ['artemis-amqp-protocol', 'AMQP'], ['artemis-hornetq-protocol', 'HORNETQ'], ['artemis-mqtt-protocol', 'MQTT'], ['artemis-openwire-protocol', 'OPENWIRE'], ['artemis-stomp-protocol', 'STOMP']]) g.e('protocolModule', m, p);
      g.e('waitingLock'); g.e('obtainedLock');
      for (const [a, rt, qs] of ADDRS) { g.e('deployAddress', a, rt); for (const q of qs) g.e('deployQueue', rt, q, a); }
      g.e('acceptor', 'EPOLL', '0.0.0.0', 61616, 'CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE');
      g.e('live');
      g.e('version', VER, '0.0.0.0', nodeId);
      g.e('httpStarted', 'http://0.0.0.0:8161');
      g.e('jolokia', 'http://0.0.0.0:8161/console/jolokia');
      g.e('console', 'http://0.0.0.0:8161/console');
      if (again) { g.advance(g.int(5000, 20000)); replicate(); }
    };
    const replicate = () => {
      for (const f of ['activemq-data-14.amq', 'activemq-data-15.amq', 'activemq-bindings-1.bindings']) g.e('replicationStarted', f, g.int(1, 10) * 1048576);
      g.e('backupSynced', 'broker-b.example.internal:61616', nodeId);
    };
    const sess = () => g.uuid();
    const dropConn = () => {
      const a = g.zipf(apps.slice().reverse(), 0.8);
      const r = g.r();
      if (r < 0.45) g.e('connFailure', peer(a), 60000);
      else if (r < 0.7) g.e('connFailureGeneric', 'java.io.IOException: Connection reset by peer', 'GENERIC_EXCEPTION');
      else g.e('connFailureGeneric', 'AMQ219015: The connection was disconnected because of server shutdown', 'DISCONNECTED');
      const n = a.name === 'legacy-erp' || g.chance(0.6) ? 1 : 2;
      for (let k = 0; k < n; k++) { const s = sess(); g.e('clientFailed', s); g.e('clearedSession', s); }
    };
    const queues = ADDRS.flatMap(([a, , qs]) => qs.map((q) => [a, q]));
    const poll = () => { // the monitoring exporter reads queue attributes over Jolokia as user 'monitor'
      const who = `monitor(amq-monitor)@10.0.9.7:${g.eport()}`;
      const [a, q] = g.zipf(queues, 0.6);
      const res = `QueueControlImpl[name=${q}, address=${a}]`;
      g.e(g.wpick([[3, 'auditMsgCount'], [2, 'auditConsumerCount'], [2, 'auditDelivering'], [1, 'auditName']]), who, res);
      if (g.chance(0.3)) g.e('auditAddrSize', who, `AddressControlImpl[name=${a}]`);
    };
    const handshake = () => {
      const ip = g.pick(['/10.0.9.7', '/10.0.9.8', `/${g.ip('10.0.6')}`]);
      g.e('handshakeTimeout', 10, 'artemis', `${ip}:${g.eport()}`);
    };
    const dla = () => {
      const [q, addr] = g.zipf([['orders.created.analytics', 'orders.created'], ['mail.outbound', 'mail.outbound'], ['orders.paid.shipping', 'orders.paid'], ['inventory.reserve', 'inventory.reserve']], 1);
      const id = ++msgId;
      g.e('dla', `Reference[${id}]:RELIABLE:CoreMessage[messageID=${id},durable=true,userID=${g.uuid()},priority=4,timestamp=${new Date(g.t - g.int(1000, 600000)).toUTCString()},expiration=0,durable=true,address=${addr},size=${g.int(600, 4200)},properties=TypedProperties[_AMQ_ROUTING_TYPE=${addr === q ? 1 : 0}]]@${g.int(100000000, 999999999)}`, 'DLQ', q);
    };
    const slow = () => {
      const q = g.zipf(['orders.created.analytics', 'mail.outbound', 'orders.paid.mailer'], 1);
      g.e('slowConsumerDetected', q, `ServerConsumerImpl [id=${g.int(0, 4)}, filter=null, binding=LocalQueueBinding [address=${q.split('.').slice(0, 2).join('.')}, queue=QueueImpl[name=${q}, postOffice=PostOfficeImpl [server=ActiveMQServerImpl::name=broker-a], temp=false]@${g.hex(8)}]]`, g.float(0.1, 0.9, 2), 1);
    };
    const pagingEpisode = (addr) => () => {
      const size = 10485760 + g.int(0, 90000);
      g.e('pagingStart', addr, size, g.int(2000, 8000), 10485760, -1, g.int(60000000, 400000000), g.int(20000, 90000), 1073741824, -1);
      for (let k = 0; k < g.int(4, 9); k++) { g.advance(g.int(5000, 60000)); g.wpick([[3, dropConn], [2, slow], [1, handshake]])(); }
    };
    drive(g, {
      gapMs: 30000,
      startup: () => { boot(false); g.advance(20000); replicate(); g.e('noExpiry', 'orders.created.analytics'); g.e('noDla', 'ExpiryQueue'); },
      steady: [
        [11, dropConn], [13, poll], [5, handshake], [4, dla], [1.5, slow],
        [1.2, () => { const a = g.pick(['/10.0.9.7', '/10.0.9.8']); g.e('authFailed', `${a}:${g.eport()}`, g.pick(['monitor', 'nagios', 'guest']), 'unavailable'); }],
        [0.8, () => g.e('noPermission', g.pick(['analytics-etl', 'shop-web']), g.pick(['SEND', 'CREATE_NON_DURABLE_QUEUE']), g.pick(['orders.paid', 'inventory.reserve']))],
        [0.6, () => { const f = g.int(12, 40); g.e('journalCompact', f, g.int(4, f)); g.advance(g.int(200, 3000)); g.e('journalCompactDone', g.int(180, 3200), g.int(2, 12)); }],
        [0.5, () => { const [pr, why] = g.pick([['STOMP', 'Unknown STOMP command: GET'], ['AMQP', 'AMQP header mismatch value 48, expecting 0'], ['OPENWIRE', 'Invalid magic: GET / HT']]); g.e('invalidFrame', pr, `/${g.ip('10.0.9')}:${g.eport()}`, why); }],
      ],
      rare: [
        pagingEpisode('orders.created'),
        pagingEpisode('mail.outbound'),
        () => { // the disk fills up with paged mail while the mailer is down
          g.e('diskBeyond', '1.96GB', '19.56GB', '90.0%');
          g.e('diskFull', 'mail.outbound'); g.e('diskFull', 'orders.created');
          g.advance(g.int(300000, 900000));
          g.e('unblocking', 'mail.outbound', 0, 0); g.e('unblocking', 'orders.created', 0, 0);
        },
        () => { const who = `ops.jana(amq-admin)@10.0.9.30:${g.eport()}`; g.e('auditName', who, 'QueueControlImpl[name=DLQ, address=DLQ]'); g.e('auditMsgCount', who, 'QueueControlImpl[name=DLQ, address=DLQ]'); g.e('auditRetry', who, 'QueueControlImpl[name=DLQ, address=DLQ]'); },
        () => { const who = `ops.jana(amq-admin)@10.0.9.30:${g.eport()}`; g.e('auditRemove', who, 'QueueControlImpl[name=DLQ, address=DLQ]', "_AMQ_ORIG_ADDRESS='mail.outbound'"); },
        () => { g.e('auditSecFail', `analytics-etl(amq-readonly)@10.0.6.51:${g.eport()}`, "AMQ229213: User: analytics-etl does not have permission='MANAGE' for queue activemq.management on address activemq.management"); },
        () => { g.e('addressFull', 'shipping.labels', 104857600, 104857600, 1073741824); },
        () => { g.e('expiryReaper', 'orders.created.warehouse', 'orders.created'); },
        () => { g.e('backupFailed'); g.advance(g.int(30000, 120000)); replicate(); },
        () => { g.e('bridgeFailed', 'erp-bridge'); g.advance(10000); g.e('bridgeFailed', 'erp-bridge'); g.advance(20000); g.e('bridgeConnected', 'erp-bridge'); },
        () => { g.e('criticalPath', `QueueImpl[name=orders.created.billing, postOffice=PostOfficeImpl [server=ActiveMQServerImpl::name=broker-a], temp=false]@${g.hex(8)}`); },
        () => { g.e('configReload', 'file:/var/lib/artemis-instance/etc/broker.xml'); g.e('securityReload', 9); g.e('deployAddress', 'returns.requested', 'MULTICAST'); g.e('deployQueue', 'MULTICAST', 'returns.requested.billing', 'returns.requested'); },
        () => { // rolling update: the backup takes over, then fails back
          g.e('criticalWarn', 'org.apache.activemq.artemis.core.persistence.impl.journal.JournalStorageManager');
          g.e('stopped', VER, nodeId, `${g.int(2, 9)} hours`);
          g.advance(g.int(30000, 90000)); boot(true);
        },
      ],
    });
  },
};
