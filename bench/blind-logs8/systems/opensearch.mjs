// ========================================================== OpenSearch ====
// OpenSearch 2.13 three-node log cluster in Docker (security plugin, ISM,
// alerting, snapshot management to an S3 repository); the log of os-node-1,
// the elected cluster manager. Daily log indices and a rollover alias fed by
// Data Prepper and Logstash, dashboards users, a scanner on port 9200.
// Raw line: '[2025-04-08T10:04:05,123][INFO ][o.o.c.m.MetadataCreateIndexService] [os-node-1] [logs-app-2025.04.08] creating index, cause [auto(bulk api)], templates [logs-template], shards [1]/[1]'
// -> Content is the text after the fourth bracket group: the timestamp,
// the level, the abbreviated logger and the node name are the header.
// A bracketed index or shard name that begins the message stays.
import { drive } from '../lib.mjs';

const VER = '2.13.0';

export default {
  name: 'OpenSearch',
  templates: {
    version: 'version[<*>], pid[<*>], build[<*>/<*>/<*>], OS[<*>], JVM[<*>]',
    jvmHome: 'JVM home [<*>], using bundled JDK/JRE [<*>]',
    jvmArgs: 'JVM arguments [<*>]',
    loadedModule: 'loaded module [<*>]',
    loadedPlugin: 'loaded plugin [<*>]',
    dataPaths: 'using [<*>] data paths, mounts [<*>], net usable_space [<*>], net total_space [<*>], types [<*>]',
    heap: 'heap size [<*>], compressed ordinary object pointers [<*>]',
    nodeName: 'node name [<*>], node ID [<*>], cluster name [<*>], roles [<*>]',
    discovery: 'using discovery type [<*>] and seed hosts providers [<*>]',
    initialized: 'initialized',
    starting: 'starting ...',
    publishAddr: 'publish_address {<*>:<*>}, bound_addresses {[<*>]:<*>}',
    bootstrapChecks: 'bound or publishing to a non-loopback address, enforcing bootstrap checks',
    clusterUuid: 'cluster UUID [<*>]',
    cmElected: 'cluster-manager node changed {previous [], current [<*>]}, term: <*>, version: <*>, reason: <*>',
    cmLost: 'cluster-manager node changed {previous [<*>], current []}, term: <*>, version: <*>, reason: <*>',
    nodeJoin: 'node-join[<*> join existing leader], term: <*>, version: <*>, delta: added {<*>}',
    nodeLeft: 'node-left[<*> reason: <*>], term: <*>, version: <*>, delta: removed {<*>}',
    addedApplier: 'added {<*>}, term: <*>, version: <*>, reason: <*>',
    removedApplier: 'removed {<*>}, term: <*>, version: <*>, reason: <*>',
    started: 'started',
    secInit: "Node '[<*>]' initialized",
    createIndex: '[<*>] creating index, cause [<*>], templates [<*>], shards [<*>]/[<*>]',
    updateMapping: '[<*>/<*>] update_mapping [_doc]',
    deleteIndex: '[<*>/<*>] deleting index',
    health: 'Cluster health status changed from [<*>] to [<*>] (reason: [<*>]).',
    gcOverhead: '[gc][<*>] overhead, spent [<*>] collecting in the last [<*>]',
    gcYoung: '[gc][young][<*>][<*>] duration [<*>], collections [<*>]/[<*>], total [<*>]/[<*>], memory [<*>]->[<*>]/[<*>], all_pools {<*>}',
    highWatermark: 'high disk watermark [<*>] exceeded on [<*>][<*>][<*>] free: <*>[<*>], shards will be relocated away from this node; currently relocating away shards totalling [<*>] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete',
    lowWatermark: 'low disk watermark [<*>] exceeded on [<*>][<*>][<*>] free: <*>[<*>], replicas will not be assigned to this node',
    lowWatermarkOk: 'low disk watermark [<*>] no longer exceeded on [<*>][<*>][<*>] free: <*>[<*>]',
    circuitBreaker: '[parent] Data too large, data for [<*>] would be [<*>], which is larger than the limit of [<*>], real usage: [<*>], new bytes reserved: [<*>], usages [<*>]',
    shardFailed: '[<*>][<*>] marking and sending shard failed due to [<*>]',
    snapStarted: 'snapshot [<*>:<*>/<*>] started',
    snapCompleted: 'snapshot [<*>:<*>/<*>] completed with state [<*>]',
    snapDeleted: 'snapshot [<*>:<*>/<*>] deleted',
    authFailed: 'Authentication finally failed for <*> from <*>:<*>',
    noPermMatch: 'No cluster-level perm match for User [name=<*>, backend_roles=[<*>], requestedTenant=<*>] [Action [<*>]] [RolesChecked [<*>]]',
    httpException: 'caught exception while handling client http traffic, closing connection <*>',
    plaintextHttps: 'received plaintext http traffic on an https channel, closing connection <*>',
    sslException: 'Exception during establishing a SSL connection: <*>',
    responseTimedOut: 'Received response for a request that has timed out, sent [<*>] ago, timed out [<*>] ago, action [<*>], node [<*>], id [<*>]',
    failedConnect: 'failed to connect to <*> (tried [<*>] times)',
    addTemplate: 'adding template [<*>] for index patterns [<*>]',
    addIndexTemplate: 'adding index template [<*>] for index patterns [<*>]',
    updatingSetting: 'updating [<*>] from [<*>] to [<*>]',
    slowCompute: 'took [<*>], which is over [<*>], to compute cluster state update for [<*>]',
    migrationEvent: 'Detected cluster change event for destination migration',
    restPath: 'path: <*>, params: <*>',
    stopping: 'stopping ...',
    stopped: 'stopped',
    closing: 'closing ...',
    closed: 'closed',
  },
  scenario(g) {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    const nodes = [1, 2, 3].map((i) => ({ name: `os-node-${i}`, id: g.alnum(22, B64), eph: g.alnum(22, B64), ip: `10.0.5.${10 + i}` }));
    const desc = (n) => `{${n.name}}{${n.id}}{${n.eph}}{${n.ip}}{${n.ip}:9300}{dimr}{shard_indexing_pressure_enabled=true}`;
    const me = nodes[0];
    let term = 7, version = 18400 + g.int(0, 900), snapN = 0, gcN = 0;
    const V = () => (version += g.int(1, 3));
    const day = () => g.ymd(g.t, '.');
    const idx = new Map(); // name -> uuid
    const uuidOf = (n) => { if (!idx.has(n)) idx.set(n, g.alnum(22, B64)); return idx.get(n); };
    const streams = [['logs-app', 'logs-template', 1], ['logs-nginx', 'logs-template', 1], ['metrics-node', 'metrics-template', 1], ['security-auditlog', 'auditlog-template', 1],
      ['logs-k8s', 'logs-template', 2], ['traces-span', 'otel-v1-apm-span-index-template', 1]];
    let rolloverN = 40 + g.int(0, 20);
    const sz = (gb) => (gb >= 1024 ? (gb / 1024).toFixed(1) + 'tb' : gb >= 1 ? gb.toFixed(1) + 'gb' : Math.round(gb * 1024) + 'mb');
    const dur = (ms) => (ms >= 1000 ? (ms / 1000).toFixed(1) + 's' : Math.round(ms) + 'ms');
    const changed = () => { if (g.chance(0.7)) g.e('migrationEvent'); };
    const create = (name, tpl, shards, cause = 'auto(bulk api)') => {
      uuidOf(name);
      g.e('createIndex', name, cause, tpl, shards, 1); V(); changed();
      g.advance(g.int(200, 1500));
      g.e('health', 'YELLOW', 'GREEN', `shards started [[${name}][0]]`);
    };
    const boot = () => {
      g.e('version', VER, 1, 'tar', g.hex(40), g.iso(Date.UTC(2025, 2, 26, 23, 21, 14)).replace('.000Z', '.') + g.int(100000, 999999) + 'Z', 'Linux/6.1.0-18-amd64/amd64', 'Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-LTS');
      g.e('jvmHome', '/usr/share/opensearch/jdk', 'true');
      g.e('jvmArgs', '-Xshare:auto, -Dopensearch.networkaddress.cache.ttl=60, -Dopensearch.networkaddress.cache.negative.ttl=10, -XX:+AlwaysPreTouch, -Xss1m, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -Djna.nosys=true, -XX:-OmitStackTraceInFastThrow, -Dio.netty.noUnsafe=true, -Dlog4j.shutdownHookEnabled=false, -XX:+UseG1GC, -Djava.io.tmpdir=/tmp/opensearch-' + g.int(1e17, 9e17) + ', -XX:+HeapDumpOnOutOfMemoryError, -Xms8g, -Xmx8g, -XX:MaxDirectMemorySize=4294967296, -Dopensearch.path.home=/usr/share/opensearch, -Dopensearch.path.conf=/usr/share/opensearch/config, -Dopensearch.distribution.type=tar, -Dopensearch.bundled_jdk=true');
      for (const m of ['aggs-matrix-stats', 'analysis-common', 'cache-common', 'geo', 'ingest-common', 'ingest-geoip', 'ingest-user-agent', 'lang-expression', 'lang-mustache', 'lang-painless', 'mapper-extras', 'opensearch-dashboards', 'parent-join', 'percolator', 'rank-eval', 'reindex', 'repository-url', 'search-pipeline-common', 'systemd', 'transport-netty4'])
        g.e('loadedModule', m);
      for (const p of ['opensearch-alerting', 'opensearch-index-management', 'opensearch-job-scheduler', 'opensearch-notifications', 'opensearch-notifications-core', 'opensearch-observability', 'opensearch-security', 'opensearch-sql', 'repository-s3'])
        g.e('loadedPlugin', p);
      g.e('dataPaths', 1, '[/usr/share/opensearch/data (/dev/nvme1n1)]', sz(g.float(300, 420, 1) * 1), '1.4tb', 'ext4');
      g.e('heap', '8gb', 'true');
      g.e('nodeName', me.name, me.id, 'logs-prod', 'cluster_manager, data, ingest, remote_cluster_client');
      g.e('discovery', 'zen', 'settings');
      g.e('initialized'); g.e('starting');
      g.e('publishAddr', me.ip, 9300, '::', 9300);
      g.e('bootstrapChecks');
      g.e('clusterUuid', 'Hq2vXb9TRl-4mW0cJ5sZ1g');
      term++;
      g.e('cmElected', desc(me), term, V(), `Publication{term=${term}, version=${version}}`);
      for (const n of nodes.slice(1)) { g.e('nodeJoin', desc(n), term, V(), desc(n)); g.e('addedApplier', desc(n), term, version, `Publication{term=${term}, version=${version}}`); }
      g.e('publishAddr', me.ip, 9200, '::', 9200);
      g.e('started');
      g.e('secInit', me.name);
      g.e('addIndexTemplate', 'logs-template', 'logs-*'); g.e('addIndexTemplate', 'otel-v1-apm-span-index-template', 'otel-v1-apm-span-*, traces-span-*');
      g.e('addTemplate', 'metrics-template', 'metrics-*');
      g.e('health', 'RED', 'YELLOW', `shards started [[.opendistro-job-scheduler-lock][0]]`);
      g.e('health', 'YELLOW', 'GREEN', `shards started [[logs-app-${day()}][0]]`);
      changed();
    };
    const mapping = () => {
      const [s] = g.zipf(streams, 0.9), n = `${s}-${day()}`;
      g.e('updateMapping', n, uuidOf(n));
    };
    const gc = () => {
      gcN += g.int(20, 400);
      if (g.chance(0.7)) g.e('gcOverhead', gcN, dur(g.int(260, 2400)), dur(g.int(1000, 3000)));
      else {
        const used = g.float(5.1, 7.6, 1), after = g.float(2.2, 4.4, 1);
        g.e('gcYoung', gcN, g.int(2000, 9000), dur(g.int(800, 3200)), 1, g.int(3000, 12000), dur(g.int(800, 3200)), `${g.int(20, 90)}m`, used + 'gb', after + 'gb', '8gb',
          `[young] [${g.int(900, 2900)}mb]->[${g.int(0, 40)}mb]/[0b]}{[old] [${g.float(2, 4, 1)}gb]->[${g.float(2, 4, 1)}gb]/[8gb]}{[survivor] [${g.int(40, 160)}mb]->[${g.int(40, 160)}mb]/[0b]`);
      }
    };
    const snapshot = () => {
      const repo = 'logs-s3', name = `hourly-${day()}-${g.hex(8)}`, u = g.alnum(22, B64);
      g.e('snapStarted', repo, name, u); g.advance(g.int(20000, 200000)); if (g.chance(0.5)) mapping();
      g.e('snapCompleted', repo, name, u, g.chance(0.97) ? 'SUCCESS' : 'PARTIAL');
      if (g.chance(0.5)) g.e('snapDeleted', repo, `hourly-${g.ymd(g.t - 7 * 86400e3, '.')}-${g.hex(8)}`, g.alnum(22, B64));
    };
    const rollover = () => {
      const n = `app-events-${String(++rolloverN).padStart(6, '0')}`;
      create(n, 'app-events-template', 1, 'rollover_index');
    };
    const ismDelete = () => {
      const [s] = g.zipf(streams, 0.8), old = `${s}-${g.ymd(g.t - g.int(30, 32) * 86400e3, '.')}`;
      g.e('deleteIndex', old, g.alnum(22, B64)); V(); changed();
    };
    const authFail = () => {
      const [u, ip] = g.zipf([['logstash_writer', '10.0.6.31'], ['dashboards_ro', '10.0.6.40'], ['admin', g.ip('203.0.113')], ['elastic', g.ip('198.51.100')]], 1);
      g.e('authFailed', u, ip, g.eport());
    };
    const scanner = () => {
      const ip = g.ip(g.pick(['203.0.113', '198.51.100']));
      const ch = `Netty4HttpChannel{localAddress=/${me.ip}:9200, remoteAddress=/${ip}:${g.eport()}}`;
      const w = g.wpick([[3, 'plaintextHttps'], [2, 'sslException'], [1, 'httpException']]);
      if (w === 'sslException') g.e(w, g.pick(['javax.net.ssl.SSLHandshakeException: Received fatal alert: unknown_ca', 'javax.net.ssl.SSLHandshakeException: no cipher suites in common', 'javax.net.ssl.SSLException: Unsupported or unrecognized SSL message']));
      else g.e(w, ch);
    };
    const restErr = () => {
      const [s] = g.zipf(streams, 1), n = `${s}-${g.ymd(g.t - g.int(0, 3) * 86400e3, '.')}`;
      const [p, q] = g.wpick([[3, [`/${n}/_search`, `{index=${n}}`]], [2, [`/${s}-*/_search`, `{index=${s}-*, size=0}`]], [1, ['/_bulk', '{}']], [1, [`/${n}/_doc/${g.alnum(20, B64)}`, `{index=${n}, id=${g.alnum(20, B64)}}`]]]);
      g.e('restPath', p, q);
    };
    drive(g, {
      gapMs: 20000,
      startup: boot,
      steady: [
        [30, mapping], [11, gc], [1.2, snapshot], [1.5, rollover], [1.2, ismDelete], [5, authFail], [3, scanner], [3, restErr],
        [2, () => g.e('noPermMatch', 'dashboards_ro', 'readall', 'null', g.pick(['cluster:monitor/nodes/stats', 'cluster:admin/opendistro/ism/policy/search', 'cluster:monitor/state']), 'own_index, readall')],
        [1.5, () => g.e('slowCompute', dur(g.int(10500, 32000)), '10s', g.pick(['put-mapping [logs-app-' + day() + '/' + uuidOf('logs-app-' + day()) + ']', 'shard-started StartedShardEntry', 'create-index [' + `logs-nginx-${day()}` + ']']))],
        [0.6, () => g.e('responseTimedOut', dur(g.int(30000, 70000)), dur(g.int(10000, 40000)), g.pick(['cluster:monitor/nodes/stats[n]', 'indices:monitor/stats[n]']), desc(g.pick(nodes.slice(1))), g.int(9e6, 9.9e6))],
      ],
      rare: [
        () => { // a new day: the daily indices are created
          for (const [s, t, sh] of streams.slice(0, 5)) { g.advance(g.int(100, 20000)); create(`${s}-${g.ymd(g.t + 86400e3, '.')}`, t, sh); }
        },
        () => { // os-node-3 is restarted for a kernel update
          const n = nodes[2];
          g.e('nodeLeft', desc(n), 'disconnected', term, V(), desc(n));
          g.e('removedApplier', desc(n), term, version, `Publication{term=${term}, version=${version}}`);
          g.e('health', 'GREEN', 'YELLOW', `{${n.name}}{${n.id}}{${n.eph}}{${n.ip}}{${n.ip}:9300}{dimr} reason: disconnected`);
          for (let k = 1; k <= 3; k++) { g.advance(g.int(4000, 15000)); g.e('failedConnect', desc(n), k); }
          g.advance(g.int(60000, 120000)); n.eph = g.alnum(22, B64);
          g.e('nodeJoin', desc(n), term, V(), desc(n)); g.e('addedApplier', desc(n), term, version, `Publication{term=${term}, version=${version}}`);
          g.advance(g.int(30000, 90000)); g.e('health', 'YELLOW', 'GREEN', `shards started [[logs-k8s-${day()}][1]]`);
        },
        () => { // os-node-2 drops out after failed follower checks
          const n = nodes[1];
          g.e('nodeLeft', desc(n), 'followers check retry count exceeded', term, V(), desc(n));
          g.e('removedApplier', desc(n), term, version, `Publication{term=${term}, version=${version}}`);
          g.e('health', 'GREEN', 'YELLOW', `{${n.name}}{${n.id}}{${n.eph}}{${n.ip}}{${n.ip}:9300}{dimr} reason: followers check retry count exceeded`);
          g.advance(20000); g.e('nodeJoin', desc(n), term, V(), desc(n)); g.e('addedApplier', desc(n), term, version, `Publication{term=${term}, version=${version}}`);
          g.e('health', 'YELLOW', 'GREEN', `shards started [[logs-app-${day()}][0]]`);
        },
        () => { // disk fills up on os-node-2
          const n = nodes[1];
          g.e('lowWatermark', '85%', n.name, n.id, '/usr/share/opensearch/data/nodes/0', '201.4gb', '14.1%');
          g.advance(600000); gc();
          g.e('highWatermark', '90%', n.name, n.id, '/usr/share/opensearch/data/nodes/0', '138.2gb', '9.7%', 21474836480);
          g.advance(300000); g.e('updatingSetting', 'cluster.routing.allocation.disk.watermark.high', '90%', '92%');
          ismDelete(); ismDelete();
          g.advance(900000); g.e('lowWatermarkOk', '85%', n.name, n.id, '/usr/share/opensearch/data/nodes/0', '260.9gb', '18.3%');
        },
        () => { for (let k = 0; k < 3; k++) { g.e('circuitBreaker', '<http_request>', `${g.int(7800000000, 8200000000)}/${g.float(7.3, 7.6, 1)}gb`, '8160437862/7.5gb', `${g.int(7700000000, 8100000000)}/${g.float(7.2, 7.5, 1)}gb`, `${g.int(100, 900000)}/${g.int(1, 800)}kb`, `request=0/0b, fielddata=${g.int(100, 900)}mb, in_flight_requests=${g.int(100, 9000)}/${g.int(1, 9)}kb, accounting=${g.int(20, 90)}mb`); g.advance(g.int(1000, 5000)); } },
        () => { g.e('shardFailed', `logs-k8s-${day()}`, 1, 'failed to perform indices:data/write/bulk[s] on replica [logs-k8s-' + day() + '][1], node[' + nodes[2].id + '], [R], s[STARTED]'); g.e('health', 'GREEN', 'YELLOW', `shard failed [logs-k8s-${day()}][1]`); g.advance(40000); g.e('health', 'YELLOW', 'GREEN', `shards started [[logs-k8s-${day()}][1]]`); },
        () => { g.e('updatingSetting', 'cluster.routing.allocation.enable', 'all', 'primaries'); g.advance(400000); g.e('updatingSetting', 'cluster.routing.allocation.enable', 'primaries', 'all'); },
        () => { g.e('cmLost', desc(me), term, version, 'becoming candidate: joinLeaderInTerm'); g.advance(3000); term++; g.e('cmElected', desc(me), term, V(), `Publication{term=${term}, version=${version}}`); },
        () => { // rolling restart of this node
          g.e('stopping'); g.e('stopped'); g.e('closing'); g.e('closed');
          g.advance(g.int(30000, 90000)); boot();
        },
      ],
    });
  },
};
