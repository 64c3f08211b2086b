// =============================================================== MinIO ====
// MinIO server (a 2024 release) as a four-node distributed deployment, two
// drives per node (one pool, one erasure set of 8), TLS, bucket
// replication to a second site, bucket event notifications to a webhook
// (a search indexer) and lifecycle transition to a remote tier; started
// with --json. The log is that of minio1.
// Raw line: '{"level":"ERROR","errKind":"ALL","time":"2025-05-13T10:04:05.123456Z","api":{"name":"SYSTEM","args":{"bucket":"photos","object":"2025/05/IMG_0412.jpg"}},"error":{"message":"Unable to replicate object photos/2025/05/IMG_0412.jpg(7d2f...) to target arn:minio:replication::c1f0...:photos: ...","source":["..."]}}'
// -> Content is the record's "message" (info records) or "error.message"
// (error records), JSON-decoded; level, errKind, time, api, deploymentid,
// source and every other key are header. The startup banner is written as
// one JSON record per line, so each banner line is one row.
import { drive } from '../lib.mjs';

const REL = 'RELEASE.2024-06-13T22-53-53Z';

export default {
  name: 'MinIO',
  templates: {
    formatting: 'Formatting <*> pool, <*> set(s), <*> drives per set.',
    waitingFormat: 'Waiting for all other servers to be online to format the drives (elapses <*>)',
    hostWarn: 'WARNING: Host <*> has more than <*> drives of set. A host failure will result in data becoming unavailable.',
    initialized: 'All MinIO sub-systems initialized successfully in <*>',
    apiRequests: 'Automatically configured API requests per node based on available memory on the system: <*>',
    banner: 'MinIO Object Storage Server',
    copyright: 'Copyright: <*> MinIO, Inc.',
    license: 'License: GNU AGPLv3 - https://www.gnu.org/licenses/agpl-3.0.html',
    version: 'Version: <*> (<*>)',
    status: 'Status:         <*> Online, <*> Offline.',
    apiUrls: 'API: <*>',
    webUi: 'WebUI: <*>',
    docs: 'Docs: https://min.io/docs/minio/linux/index.html',
    verifyBuckets: 'Verifying if <*> buckets are consistent across drives...',
    iamInit: 'IAM initialization complete',
    exiting: 'Exiting on signal: <*>',
    markOffline: 'Marking <*> offline temporarily; caused by <*>',
    reconnected: "Client '<*>' re-connected in <*>",
    gridReconnect: 'grid: <*> re-connecting to <*>: <*> Sleeping <*> (<*>,<*>)',
    gridConnected: 'grid: <*> connected to <*>',
    driveUnusable: 'Unable to use the drive <*>: <*>',
    readQuorum: 'Read failed. Insufficient number of drives online',
    writeQuorum: 'Write failed. Insufficient number of drives online',
    insufficientRead: 'Storage resources are insufficient for the read operation <*>/<*>',
    insufficientWrite: 'Storage resources are insufficient for the write operation <*>/<*>',
    opTimeout: 'Operation timed out',
    tlsHandshake: 'http: TLS handshake error from <*>:<*>: <*>',
    replFail: 'Unable to replicate object <*>/<*>(<*>) to target <*>: <*>',
    replMetaFail: 'Unable to replicate metadata for object <*>/<*>(<*>) to target <*>: <*>',
    replDeleteFail: 'Unable to replicate delete marker to <*>: <*>/<*>(<*>): <*>',
    replTargetOffline: 'remote target is offline for bucket: <*> targetArn: <*>',
    replTargetOnline: 'remote target <*> for bucket <*> is back online',
    eventFail: 'Unable to send an event to target <*>: <*>',
    eventQueued: 'target <*> is offline, events are stored in <*>',
    eventReplayed: 'target <*> is back online, replaying <*> stored events',
    eventStoreFull: 'event store for target <*> is full (limit <*>); new events are dropped',
    healStart: "Healing drive '<*>' - 'mc admin heal alias/ --verbose' to check the current status.",
    healDone: "Healing of drive '<*>' is finished (healed: <*>, skipped: <*>, failed: <*>).",
    healObjFail: 'Unable to heal object <*>/<*>: <*>',
    newDrive: 'Found unformatted drive <*>, formatting and adding it to the set <*>',
    scannerCycle: 'data-scanner: cycle <*> completed in <*>, <*> objects and <*> versions scanned',
    tierFail: 'Transition of <*>/<*> to tier <*> failed: <*>',
    expiryDone: 'Lifecycle: expired <*> objects in bucket <*> (rule <*>)',
    lockTimeout: 'Unable to acquire lock on <*>/<*> within <*>: lock held by <*>',
    kmsFail: 'Failed to connect to KMS server <*>: <*>',
    kmsOk: 'KMS server <*> is reachable again',
    ldapFail: 'LDAP: unable to connect to <*>: <*>',
    renameFail: 'rename(<*>, <*>) failed: <*>',
    bitrot: 'Bitrot verification mismatch - expected <*>, received <*> for drive <*> and object <*>/<*>',
    configUpdated: 'config: <*> updated by <*>',
    nodeDecom: 'Decommission of pool <*> is not allowed: <*>',
    versionWarn: 'You are running an older version of MinIO released <*> ago',
  },
  scenario(g) {
    const nodes = ['minio1', 'minio2', 'minio3', 'minio4'];
    const drv = (n, d) => `https://${n}.example.internal:9000/data${d}`;
    const buckets = [
      { b: 'photos', objs: ['2025/05/IMG_0412.jpg', '2025/05/IMG_0419.jpg', '2025/05/IMG_0433.HEIC', '2025/04/trip/DSC_1180.jpg', '2025/05/IMG_0501.jpg'] },
      { b: 'backups', objs: ['pg/2025-05-13/base.tar.zst', 'pg/2025-05-13/wal/000000010000004A000000C3', 'restic/data/5f/5f3a9c0e21b4d7a8', 'restic/index/a81c07d3e2f4'] },
      { b: 'app-uploads', objs: ['invoices/2025/INV-10482.pdf', 'avatars/u-2231.png', 'exports/report Q1 2025.xlsx', 'attachments/9f1e/contract signed.pdf'] },
      { b: 'logs-archive', objs: ['nginx/2025/05/13/access-10.log.gz', 'app/2025/05/13/app-09.log.gz'] },
    ];
    const SITEB = 'arn:minio:replication::c1f0e2b4-7a61-4e1c-9d3b-5f2a8e6c0d41:photos';
    const arnOf = (b) => SITEB.replace(':photos', ':' + b);
    const HOOK = 'arn:minio:sqs::indexer:webhook';
    const vid = () => g.uuid();
    let siteBUp = true, hookUp = true, kmsUp = true, cycle = 4200 + g.int(0, 300), queued = 0;
    const scanners = [g.ip('203.0.113'), g.ip('198.51.100'), '10.0.3.40'];
    const boot = (first) => {
      if (first) {
        g.e('waitingFormat', '3s'); g.advance(3000); g.e('waitingFormat', '6s'); g.advance(3000);
        g.e('formatting', '1st', 1, 8);
      }
      g.e('verifyBuckets', buckets.length + 2);
      g.e('iamInit');
      g.e('initialized', `${g.float(30, 900, 6)}ms`);
      g.e('apiRequests', 412);
      g.e('banner'); g.e('copyright', '2015-2025'); g.e('license');
      g.e('version', REL, 'go1.22.4 linux/amd64');
      g.e('status', 8, 0);
      g.e('apiUrls', 'https://minio1.example.internal:9000  https://10.0.3.11:9000  https://127.0.0.1:9000');
      g.e('webUi', 'https://10.0.3.11:9001 https://127.0.0.1:9001');
      g.e('docs');
    };
    const obj = () => { const bk = g.zipf(buckets, 0.9); return [bk.b, g.zipf(bk.objs, 1)]; };
    const replicate = () => {
      if (siteBUp && g.chance(0.6)) { const [b, o] = obj(); g.e('replMetaFail', b, o, vid(), arnOf(b), 'context deadline exceeded'); return; }
      const [b, o] = obj();
      const why = siteBUp ? g.pick(['Put "https://s3.site-b.example.net/' + b + '/' + o.replace(/ /g, '%20') + '": net/http: timeout awaiting response headers', 'We encountered an internal error, please try again.: cause(context deadline exceeded)'])
        : 'remote target is offline for bucket:' + b + ' targetArn:' + arnOf(b);
      if (g.chance(0.12)) g.e('replDeleteFail', arnOf(b), b, o, vid(), why);
      else g.e('replFail', b, o, vid(), arnOf(b), why);
    };
    const event = () => {
      if (hookUp) { g.e('eventFail', HOOK, g.pick(['Post "https://indexer.example.internal/minio/events": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'Post "https://indexer.example.internal/minio/events": EOF'])); return; }
      queued += g.int(20, 200); g.e('eventFail', HOOK, 'Post "https://indexer.example.internal/minio/events": dial tcp 10.0.3.60:443: connect: connection refused');
    };
    const tls = () => {
      const ip = g.zipf(scanners, 1), port = g.eport();
      g.e('tlsHandshake', ip, port, ip === '10.0.3.40' ? 'EOF' : g.pick(['tls: client offered only unsupported versions: [302 301]', 'remote error: tls: bad certificate', 'tls: first record does not look like a TLS handshake', 'read tcp 10.0.3.11:9000->' + ip + ':' + port + ': i/o timeout']));
    };
    const scanner = () => { g.e('scannerCycle', ++cycle, `${g.float(1, 14, 1)}m${g.int(0, 59)}s`, g.int(180000, 240000), g.int(260000, 330000)); };
    const tier = () => { const o = g.pick(buckets[3].objs); g.e('tierFail', 'logs-archive', o, 'COLDTIER', g.pick(['Put "https://s3.cold.example.net/archive/minio/' + g.hex(8) + '": dial tcp: lookup s3.cold.example.net: i/o timeout', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'])); };
    const nodeBlip = (n) => () => {
      for (const d of [1, 2]) g.e('markOffline', drv(n, d), `Post "${drv(n, d).replace('/data' + d, '')}/minio/storage/data${d}/v56/readall?disk-id=${g.uuid()}&volume=.minio.sys&file-path=format.json": dial tcp 10.0.3.1${nodes.indexOf(n) + 1}:9000: connect: connection refused`);
      g.e('gridReconnect', 'https://minio1.example.internal:9000', `https://${n}.example.internal:9000`, `dial tcp 10.0.3.1${nodes.indexOf(n) + 1}:9000: connect: connection refused (*net.OpError)`, `${g.float(0.5, 2, 3)}s`, 1, 1);
      for (let k = 0; k < g.int(3, 6); k++) { g.advance(g.int(500, 4000)); g.wpick([[2, replicate], [2, tls], [1, () => { const [b, o] = obj(); g.e('insufficientRead', b, o); }], [1, () => g.e('readQuorum')]])(); }
      g.e('gridReconnect', 'https://minio1.example.internal:9000', `https://${n}.example.internal:9000`, `dial tcp 10.0.3.1${nodes.indexOf(n) + 1}:9000: connect: connection refused (*net.OpError)`, `${g.float(2, 6, 3)}s`, 2, 1);
      g.advance(g.int(20000, 90000));
      g.e('gridConnected', 'https://minio1.example.internal:9000', `https://${n}.example.internal:9000`);
      for (const d of [1, 2]) g.e('reconnected', drv(n, d).replace('/data' + d, '/minio/storage/data' + d + '/v56'), `${g.float(20, 95, 3)}s`);
    };
    drive(g, {
      gapMs: 20000,
      startup: () => boot(true),
      steady: [
        [14, replicate], [10, event], [11, tls], [1.2, scanner], [1.5, tier],
        [1, () => { const [b, o] = obj(); g.e('lockTimeout', b, o, '30s', `https://minio${g.int(2, 4)}.example.internal:9000`); }],
        [0.6, () => { const b = g.pick(['logs-archive', 'backups']); g.e('expiryDone', g.int(20, 900), b, b === 'backups' ? 'expire-old-wal' : 'expire-after-400d'); }],
        [0.8, () => { if (siteBUp) { siteBUp = false; g.e('replTargetOffline', 'photos', SITEB); } else { siteBUp = true; g.e('replTargetOnline', SITEB, 'photos'); } }],
        [0.8, () => { if (hookUp) { hookUp = false; queued = 0; g.e('eventQueued', HOOK, '/var/minio/events/indexer'); } else { hookUp = true; g.e('eventReplayed', HOOK, Math.max(queued, g.int(10, 90))); } }],
        [0.7, () => { const [b, o] = obj(); g.e('opTimeout'); g.e('insufficientWrite', b, o); }],
      ],
      rare: [
        () => { // the switch of minio3 and minio4 reboots: the set loses half its drives
          for (const n of ['minio3', 'minio4']) for (const d of [1, 2]) g.e('markOffline', drv(n, d), `Post "https://${n}.example.internal:9000/minio/storage/data${d}/v56/diskinfo": dial tcp 10.0.3.1${nodes.indexOf(n) + 1}:9000: i/o timeout`);
          g.e('status', 4, 4);
          const [b, o] = obj(); g.e('writeQuorum'); g.e('insufficientWrite', b, o); g.e('readQuorum'); g.e('insufficientRead', 'app-uploads', 'invoices/2025/INV-10482.pdf');
          g.advance(g.int(60000, 120000));
          for (const n of ['minio3', 'minio4']) { g.e('gridConnected', 'https://minio1.example.internal:9000', `https://${n}.example.internal:9000`); for (const d of [1, 2]) g.e('reconnected', `https://${n}.example.internal:9000/minio/storage/data${d}/v56`, `${g.float(60, 120, 3)}s`); }
        },
        nodeBlip('minio3'),
        nodeBlip('minio3'),
        () => { // a replaced drive on minio2
          g.e('driveUnusable', drv('minio2', 2), 'drive not found'); g.advance(g.int(60000, 600000));
          g.e('newDrive', drv('minio2', 2), 1); g.e('healStart', '/data2');
          g.advance(g.int(60000, 300000));
          g.e('healObjFail', 'backups', 'restic/data/5f/5f3a9c0e21b4d7a8', 'file not found');
          g.advance(g.int(600000, 1800000)); g.e('healDone', '/data2', g.int(180000, 240000), g.int(0, 40), 1);
        },
        () => g.e('bitrot', `${g.hex(64)}`, `${g.hex(64)}`, drv('minio4', 1), 'backups', 'pg/2025-05-13/base.tar.zst'),
        () => { for (let k = 0; k < 3; k++) { g.e('eventStoreFull', HOOK, 100000); g.advance(g.int(30000, 120000)); } },
        () => { kmsUp = false; g.e('kmsFail', 'https://kes.example.internal:7373', 'dial tcp 10.0.3.70:7373: i/o timeout'); g.advance(g.int(20000, 60000)); g.e('kmsFail', 'https://kes.example.internal:7373', 'dial tcp 10.0.3.70:7373: i/o timeout'); g.advance(60000); g.e('kmsOk', 'https://kes.example.internal:7373'); kmsUp = true; },
        () => g.e('ldapFail', 'ldap.example.internal:636', 'LDAP Result Code 200 "Network Error": dial tcp 10.0.3.80:636: connect: connection refused'),
        () => g.e('renameFail', '/data1/.minio.sys/tmp/' + g.uuid() + '/xl.meta', '/data1/app-uploads/exports/report Q1 2025.xlsx/xl.meta', 'no space left on device'),
        () => { g.e('configUpdated', 'notify_webhook:indexer', 'admin'); g.e('configUpdated', 'api', 'admin'); },
        () => g.e('nodeDecom', 1, 'pool is not in decommissioning state'),
        () => { g.e('hostWarn', 'minio2.example.internal:9000', 4); },
        () => g.e('versionWarn', '11 months'),
        () => { g.e('exiting', 'TERMINATED'); g.advance(g.int(20000, 40000)); boot(false); },
      ],
    });
  },
};
