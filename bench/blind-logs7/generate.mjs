#!/usr/bin/env node
// Deterministic generator for the blind-logs7 log template mining benchmark.
//
// Usage:
//   node generate.mjs            write data/<System>/<System>_2k.log_structured.csv
//   node generate.mjs --check    regenerate in memory, verify every invariant and
//                                that the files on disk are byte-identical; writes nothing
//   node generate.mjs --stats    print the per-system statistics table (markdown)
//
// No dependencies; Node >= 18. All randomness comes from a seeded PRNG, all
// clocks are virtual, so the output is identical on every run and machine.
//
// Labelling conventions (Loghub-2.0 style), see README.md:
//   * Content is the message only: the header a log format declares
//     (timestamp, level, pid, thread, logger/component, host) is split off.
//   * EventTemplate is Content with every parameter replaced by <*>.
//     Each template is written once, with <*> slots; the generator fills
//     every slot with a non-empty value, so Content and EventTemplate agree
//     by construction, and --check verifies it again on the written files.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const N = 2000;
const SEED = 0x5eed7b17;
const HEADER = 'LineId,Content,EventId,EventTemplate';

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ----------------------------------------------------------- generator ----
class Gen {
  constructor(system, templates) {
    this.system = system;
    this.T = templates;
    this.rand = mulberry32((hashStr(system) ^ SEED) >>> 0);
    this.rows = [];
    // virtual clock, UTC milliseconds
    this.t = Date.UTC(2025, 2, 12, 6, 0, 0) + Math.floor(this.rand() * 3 * 3600e3);
    this._zipfCache = new Map();
  }
  get n() { return this.rows.length; }
  r() { return this.rand(); }
  int(a, b) { return a + Math.floor(this.rand() * (b - a + 1)); }
  float(a, b, d) { return (a + this.rand() * (b - a)).toFixed(d); }
  chance(p) { return this.rand() < p; }
  pick(arr) { return arr[Math.floor(this.rand() * arr.length)]; }
  // weighted pick from [[weight, value], ...]
  wpick(pairs) {
    let tot = 0;
    for (const [w] of pairs) tot += w;
    let x = this.rand() * tot;
    for (const [w, v] of pairs) { x -= w; if (x < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  // Zipf-skewed pick: the first elements of arr are the popular ones
  zipf(arr, s = 1.2) {
    let cum = this._zipfCache.get(arr.length + ':' + s);
    if (!cum) {
      cum = []; let tot = 0;
      for (let i = 0; i < arr.length; i++) { tot += 1 / Math.pow(i + 1, s); cum.push(tot); }
      cum = cum.map((c) => c / tot);
      this._zipfCache.set(arr.length + ':' + s, cum);
    }
    const x = this.rand();
    for (let i = 0; i < cum.length; i++) if (x < cum[i]) return arr[i];
    return arr[arr.length - 1];
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(this.rand() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
    return arr;
  }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.rand() * 16)]; return s; }
  alnum(n, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
    let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.rand() * alphabet.length)]; return s;
  }
  b64id(n = 22) { return this.alnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`; }
  ip(prefix = '10.42') {
    const parts = prefix.split('.').length;
    let s = prefix;
    for (let i = parts; i < 4; i++) s += '.' + (i === 3 ? this.int(2, 250) : this.int(0, 31));
    return s;
  }
  eport() { return this.int(32768, 60999); }
  exp(mean) { return -Math.log(1 - this.rand()) * mean; }
  advance(ms) { this.t += Math.max(0, Math.round(ms)); }
  // time formats
  iso(t = this.t) { return new Date(t).toISOString(); }
  clf(t = this.t) { // 12/Mar/2024:10:00:00.123
    const d = new Date(t);
    return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  }
  ymdhms(t = this.t) { const d = new Date(t); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  ymd(t = this.t, sep = '.') { const d = new Date(t); return `${d.getUTCFullYear()}${sep}${pad(d.getUTCMonth() + 1)}${sep}${pad(d.getUTCDate())}`; }
  // "Apr 16 10:00:00" (syslog / date-time without year)
  sysTs(t = this.t) { const d = new Date(t); return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  // 1234567 -> "1,234,567"
  commas(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  // Emit one log line: template key + one value per <*> slot, in order.
  e(key, ...vals) {
    const tpl = this.T[key];
    if (tpl === undefined) throw new Error(`${this.system}: unknown template key ${key}`);
    const parts = tpl.split('<*>');
    if (parts.length - 1 !== vals.length) {
      throw new Error(`${this.system}/${key}: template has ${parts.length - 1} slots, got ${vals.length} values`);
    }
    let s = parts[0];
    for (let i = 0; i < vals.length; i++) {
      const v = String(vals[i]);
      if (v.length === 0) throw new Error(`${this.system}/${key}: empty value for slot ${i}`);
      if (/[\r\n]/.test(v)) throw new Error(`${this.system}/${key}: newline in value for slot ${i}`);
      if (v.includes('<*>')) throw new Error(`${this.system}/${key}: value contains <*>`);
      s += v + parts[i + 1];
    }
    this.rows.push({ content: s, key });
    this.t += this.int(0, 35);
  }
}

// Generic driver: startup lines, then steady-state episodes picked by weight,
// with each rare episode placed once at a random line position.
function drive(g, { startup, steady, rare, gapMs }) {
  startup();
  const rq = g.shuffle(rare.slice());
  const lo = Math.min(g.n + 10, N - 400), hi = N - 200;
  const pos = rq.map(() => g.int(lo, hi)).sort((a, b) => a - b);
  let i = 0;
  while (g.n < N) {
    g.advance(g.exp(gapMs));
    if (i < rq.length && g.n >= pos[i]) { rq[i++](); continue; }
    g.wpick(steady)();
  }
  if (i < rq.length) throw new Error(`${g.system}: ${rq.length - i} rare episodes not emitted`);
  g.rows.length = N;
}

const SYSTEMS = [];

// ------------------------------------------------------ shared helpers ----
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// human-readable binary size as ClickHouse prints it: "12.34 MiB", "512.00 B"
function rsize(b) {
  const u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0; let v = b;
  while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(2)} ${u[i]}`;
}
// quote a value the way klog's structured output quotes strings
const KQ = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

// ============================================== KubeControllerManager ====
// kube-controller-manager v1.29 (klog text format, --v=2) on control-plane
// node cp-01 of three, kubeadm-style, with shop/payments/batch/monitoring
// workloads, HPAs, CronJobs, StatefulSets on CSI volumes.
// Raw line: 'I0312 10:04:05.123456       1 replica_set.go:576] "Too few replicas" replicaSet="shop/frontend-6d8f7b9c5d" need=4 creating=1'
// -> Content is everything after "] ": the klog header (severity letter,
// MMDD, time, thread id, file:line]) is split off. Structured records keep
// their quoted message and key="value" pairs; legacy printf-style lines
// (leader election, informer caches, reflector, volumes) keep their text.
SYSTEMS.push({
  name: 'KubeControllerManager',
  templates: {
    flagDeprecated: 'Flag --<*> has been deprecated, <*>',
    selfSigned: 'Generated self-signed cert in-memory',
    starting: '"Starting" version="<*>"',
    golang: '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""',
    startingCtrlName: '"Starting controller" name="<*>"',
    loadedCA: '"Loaded a new CA Bundle and Verifier" name="<*>"',
    servingSecurely: 'Serving securely on <*>:<*>',
    startingDynCert: '"Starting DynamicServingCertificateController"',
    leAttempt: 'attempting to acquire leader lease <*>...',
    leAcquired: 'successfully acquired lease <*>',
    event: '"Event occurred" object="<*>" fieldPath="" kind="<*>" apiVersion="<*>" type="<*>" reason="<*>" message="<*>"',
    sendingEvents: '"Sending events to api server"',
    startedCtrl: '"Started controller" controller="<*>"',
    startingCtrl: '"Starting controller" controller="<*>"',
    disabledCtrl: '"Warning: controller is disabled" controller="<*>"',
    skippingCtrl: '"Warning: skipping controller" controller="<*>"',
    waitingCaches: 'Waiting for caches to sync for <*>',
    cachesSynced: 'Caches are synced for <*>',
    quotaEval: '"QuotaMonitor created object count evaluator" resource="<*>"',
    quotaUnable: '"QuotaMonitor unable to use a shared informer" resource="<*>" err="<*>"',
    gcAllSynced: '"All resource monitors have synced. Proceeding to collect garbage"',
    evictionZone: '"Initializing eviction metric for zone" zone=""',
    taintBased: '"Controller is using taint based evictions."',
    newNode: '"Controller observed a new Node" node="<*>"',
    tooFew: '"Too few replicas" replicaSet="<*>" need=<*> creating=<*>',
    tooMany: '"Too many replicas" replicaSet="<*>" need=<*> deleting=<*>',
    unhandled: '"Unhandled Error" err="<*>"',
    deploymentErr: '"Error syncing deployment" deployment="<*>" err="<*>"',
    epsErr: '"Error syncing endpoint slices for service, retrying" key="<*>" err="<*>"',
    ttlCleanup: '"Cleaning up Job" job="<*>"',
    podgcForce: '"PodGC is force deleting Pod" pod="<*>"',
    podgcOk: '"Forced deletion of orphaned Pod succeeded" pod="<*>"',
    gcSyncing: '"syncing garbage collector with updated resources from discovery" diff="<*>"',
    gcDiscoverFail: '"failed to discover some groups" groups=<*>',
    gcDelete: '"Deleting item" item="<*>" propagationPolicy="<*>"',
    couldntGetResources: '"Couldn\'t get resource list for" groupVersion="<*>" err="<*>"',
    hpaFail: 'failed to compute desired number of replicas based on listed metrics for <*>: invalid metrics (<*> invalid out of <*>), first error is: <*>',
    leRetrieveErr: 'error retrieving resource lock <*>: <*>',
    leRenewFail: 'failed to renew lease <*>: <*>',
    leLost: '"leaderelection lost"',
    leUpdateFail: 'Failed to update lock optimitically: <*>, falling back to slow path',
    reflList: '<*>: failed to list <*>: <*>',
    reflWatch: '<*>: Failed to watch <*>: failed to list <*>: <*>',
    reflEnded: '<*>: watch of <*> ended with: <*>',
    attachStarted: 'attacherDetacher.AttachVolume started for volume "<*>" (UniqueName: "<*>") from node "<*>"',
    attachOk: 'AttachVolume.Attach succeeded for volume "<*>" (UniqueName: "<*>") from node "<*>"',
    detachStarted: 'attacherDetacher.DetachVolume started for volume "<*>" (UniqueName: "<*>") on node "<*>"',
    detachOk: 'DetachVolume.Detach succeeded for volume "<*>" (UniqueName: "<*>") on node "<*>"',
    multiAttach: 'Multi-Attach error for volume "<*>" Volume is already exclusively attached to one node and can\'t be attached to another',
    nsDeleted: '"Namespace has been deleted" namespace="<*>"',
    nodeUnresponsive: '"Node is unresponsive. Adding it to the Taint queue" node="<*>" timeStamp="<*>"',
    nodeHealthy: '"Node is healthy again, removing all taints" node="<*>"',
    updateReadyPods: '"Update ready status of pods on node" node="<*>"',
    podStatusFail: '"Failed to update status for pod" pod="<*>" err="<*>"',
    shuttingDownCtrl: '"Shutting down controller" name="<*>"',
    shuttingDownLegacy: 'Shutting down <*> controller',
    shutdownDyn: '"Shutting down DynamicServingCertificateController"',
    stopListen: 'Stopped listening on <*>:<*>',
  },
  scenario(g) {
    const VER = 'v1.29.3', LOCK = 'kube-system/kube-controller-manager', API = 'https://10.0.0.10:6443';
    const cps = ['cp-01', 'cp-02', 'cp-03'];
    const workers = ['worker-01', 'worker-02', 'worker-03', 'worker-04', 'worker-05', 'worker-06', 'worker-07'];
    const nodes = [...cps, ...workers];
    const sfx = () => g.alnum(5, SAFE);
    const deps = [['shop', 'frontend', 4, true], ['shop', 'cart', 3, true], ['shop', 'checkout', 2, true], ['shop', 'catalog', 3, true], ['payments', 'ledger-api', 2, true],
      ['auth', 'session-broker', 2, false], ['search', 'query-api', 2, false], ['web', 'docs-site', 2, false], ['monitoring', 'metrics-gateway', 1, false], ['kube-system', 'dns-autoscaler', 1, false]]
      .map(([ns, name, r, hpa]) => ({ ns, name, r, hpa, hash: g.alnum(10, SAFE), old: [g.alnum(10, SAFE), g.alnum(10, SAFE)] }));
    const hpaDeps = deps.filter((d) => d.hpa);
    const crons = [['batch', 'nightly-report', false], ['batch', 'session-cleanup', true], ['shop', 'sync-inventory', false], ['monitoring', 'cert-probe', true], ['payments', 'settlement-export', false]]
      .map(([ns, name, ttl]) => ({ ns, name, ttl, done: [] }));
    const sts = [['shop', 'orders-db', 2], ['search', 'search-data', 3], ['monitoring', 'tsdb', 1]].map(([ns, name, r]) => ({ ns, name, pods: Array.from({ length: r }, (_, i) => ({ pod: `${name}-${i}`, pvc: `pvc-${g.uuid()}`, vol: `vol-0${g.hex(16)}`, node: g.pick(workers) })) }));
    const ds = [['kube-system', 'node-agent'], ['monitoring', 'log-shipper']];
    const uniq = (v) => `kubernetes.io/csi/ebs.csi.aws.com^${v}`;
    const ev = (obj, kind, api, type, reason, msg) => g.e('event', obj, kind, api, type, reason, KQ(msg));
    const minute = () => Math.floor(g.t / 60000);
    const informer = 'k8s.io/client-go/informers/factory.go:159';
    const conflict = (res, name) => `Operation cannot be fulfilled on ${res} "${name}": the object has been modified; please apply your changes to the latest version and try again`;
    const CTRLS = ['serviceaccount-token-controller', 'endpoints-controller', 'endpointslice-controller', 'endpointslice-mirroring-controller', 'replicationcontroller-controller',
      'pod-garbage-collector-controller', 'resourcequota-controller', 'namespace-controller', 'serviceaccount-controller', 'garbage-collector-controller', 'daemonset-controller',
      'job-controller', 'deployment-controller', 'replicaset-controller', 'horizontal-pod-autoscaler-controller', 'disruption-controller', 'statefulset-controller', 'cronjob-controller',
      'certificatesigningrequest-signing-controller', 'certificatesigningrequest-approving-controller', 'ttl-controller', 'node-lifecycle-controller', 'persistentvolume-binder-controller',
      'persistentvolume-attach-detach-controller', 'persistentvolume-expander-controller', 'clusterrole-aggregation-controller', 'persistentvolumeclaim-protection-controller',
      'persistentvolume-protection-controller', 'ttl-after-finished-controller', 'root-ca-certificate-publisher-controller', 'ephemeral-volume-controller'];
    const CACHES = ['tokens', 'endpoint', 'endpoint_slice', 'endpoint_slice_mirroring', 'ReplicationController', 'GC', 'resource quota', 'namespace', 'service account',
      'daemon sets', 'job', 'deployment', 'ReplicaSet', 'HPA', 'disruption', 'stateful set', 'cronjob', 'certificate-csrsigning-legacy-unknown', 'certificate-csrapproving', 'TTL',
      'taint', 'persistent volume', 'attach detach', 'expand', 'ClusterRoleAggregator', 'PVC protection', 'PV protection', 'TTL after finished', 'crt configmap', 'ephemeral', 'garbage collector'];
    const QRES = ['jobs.batch', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'cronjobs.batch', 'horizontalpodautoscalers.autoscaling', 'poddisruptionbudgets.policy',
      'endpointslices.discovery.k8s.io', 'leases.coordination.k8s.io', 'networkpolicies.networking.k8s.io', 'ingresses.networking.k8s.io', 'roles.rbac.authorization.k8s.io', 'rolebindings.rbac.authorization.k8s.io', 'csistoragecapacities.storage.k8s.io'];
    const boot = () => {
      g.e('flagDeprecated', 'address', 'see --bind-address instead.');
      g.e('selfSigned');
      g.e('starting', VER); g.e('golang');
      for (const n of ['client-ca::kube-system::extension-apiserver-authentication::client-ca-file', 'client-ca::kube-system::extension-apiserver-authentication::requestheader-client-ca-file']) g.e('startingCtrlName', n);
      g.e('loadedCA', 'client-ca-bundle::/etc/kubernetes/pki/ca.crt'); g.e('loadedCA', 'request-header::/etc/kubernetes/pki/front-proxy-ca.crt');
      g.e('servingSecurely', '127.0.0.1', 10257); g.e('startingDynCert');
      g.e('leAttempt', LOCK); g.advance(g.int(2000, 15000)); g.e('leAcquired', LOCK);
      ev(LOCK, 'Lease', 'coordination.k8s.io/v1', 'Normal', 'LeaderElection', `cp-01_${g.uuid()} became leader`);
      g.e('sendingEvents');
      for (const c of CTRLS) {
        if (c === 'resourcequota-controller') for (const r of QRES) g.e('quotaEval', r);
        if (c === 'garbage-collector-controller') g.e('startingCtrl', 'garbagecollector');
        if (c === 'node-lifecycle-controller') { g.e('evictionZone'); g.e('taintBased'); }
        g.e('startedCtrl', c);
      }
      for (const c of ['bootstrap-signer-controller', 'token-cleaner-controller']) g.e('disabledCtrl', c);
      for (const c of ['service-lb-controller', 'node-route-controller', 'cloud-node-lifecycle-controller']) g.e('skippingCtrl', c);
      const caches = g.shuffle(CACHES.slice());
      for (const c of caches) g.e('waitingCaches', c);
      for (const n of nodes) g.e('newNode', n);
      for (const c of g.shuffle(caches.slice())) g.e('cachesSynced', c);
      g.e('gcAllSynced');
    };
    const scaleTo = (d, to, why) => {
      const from = d.r; if (to === from) return;
      const rs = `${d.ns}/${d.name}-${d.hash}`;
      if (why) ev(`${d.ns}/${d.name}`, 'HorizontalPodAutoscaler', 'autoscaling/v2', 'Normal', 'SuccessfulRescale', `New size: ${to}; reason: ${why}`);
      ev(`${d.ns}/${d.name}`, 'Deployment', 'apps/v1', 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${d.name}-${d.hash} to ${to} from ${from}`);
      if (to > from) { g.e('tooFew', rs, to, to - from); for (let i = from; i < to; i++) ev(rs, 'ReplicaSet', 'apps/v1', 'Normal', 'SuccessfulCreate', `Created pod: ${d.name}-${d.hash}-${sfx()}`); }
      else { g.e('tooMany', rs, to, from - to); for (let i = to; i < from; i++) ev(rs, 'ReplicaSet', 'apps/v1', 'Normal', 'SuccessfulDelete', `Deleted pod: ${d.name}-${d.hash}-${sfx()}`); }
      d.r = to;
    };
    const hpaScale = () => {
      const d = g.zipf(hpaDeps, 1);
      const up = d.r <= 2 || (d.r < 8 && g.chance(0.55));
      const to = up ? d.r + g.int(1, 2) : d.r - 1;
      scaleTo(d, to, up ? g.pick(['cpu resource utilization (percentage of request) above target', 'cpu resource utilization (percentage of request) above target', 'memory resource utilization (percentage of request) above target'])
        : 'All metrics below target');
    };
    const rollout = () => {
      const d = g.zipf(deps, 1.1), oldHash = d.hash; d.hash = g.alnum(10, SAFE);
      const dn = `${d.ns}/${d.name}`, n = d.r;
      let nu = 0, ol = n;
      while (nu < n) {
        const step = Math.min(n - nu, g.int(1, 2));
        ev(dn, 'Deployment', 'apps/v1', 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${d.name}-${d.hash} to ${nu + step}${nu ? ` from ${nu}` : ''}`);
        g.e('tooFew', `${d.ns}/${d.name}-${d.hash}`, nu + step, step);
        for (let i = 0; i < step; i++) ev(`${d.ns}/${d.name}-${d.hash}`, 'ReplicaSet', 'apps/v1', 'Normal', 'SuccessfulCreate', `Created pod: ${d.name}-${d.hash}-${sfx()}`);
        nu += step;
        if (g.chance(0.25)) g.e('deploymentErr', dn, KQ(conflict('replicasets.apps', `${d.name}-${oldHash}`)));
        g.advance(g.int(3000, 20000));
        const down = Math.min(ol, step);
        ev(dn, 'Deployment', 'apps/v1', 'Normal', 'ScalingReplicaSet', `Scaled down replica set ${d.name}-${oldHash} to ${ol - down} from ${ol}`);
        g.e('tooMany', `${d.ns}/${d.name}-${oldHash}`, ol - down, down);
        for (let i = 0; i < down; i++) ev(`${d.ns}/${d.name}-${oldHash}`, 'ReplicaSet', 'apps/v1', 'Normal', 'SuccessfulDelete', `Deleted pod: ${d.name}-${oldHash}-${sfx()}`);
        ol -= down;
      }
      d.old.push(oldHash);
      if (d.old.length > 3) { const gone = d.old.shift(); g.e('gcDelete', `[apps/v1/ReplicaSet, namespace: ${d.ns}, name: ${d.name}-${gone}, uid: ${g.uuid()}]`, 'Background'); }
    };
    const cronTick = () => {
      const c = g.zipf(crons, 0.9), job = `${c.name}-${minute()}`, cj = `${c.ns}/${c.name}`;
      ev(cj, 'CronJob', 'batch/v1', 'Normal', 'SuccessfulCreate', `Created job ${job}`);
      ev(`${c.ns}/${job}`, 'Job', 'batch/v1', 'Normal', 'SuccessfulCreate', `Created pod: ${job}-${sfx()}`);
      g.advance(g.int(5000, 60000));
      ev(`${c.ns}/${job}`, 'Job', 'batch/v1', 'Normal', 'Completed', 'Job completed');
      ev(cj, 'CronJob', 'batch/v1', 'Normal', 'SawCompletedJob', `Saw completed job: ${job}, status: Complete`);
      c.done.push(job);
      if (c.ttl) { g.advance(g.int(1000, 5000)); g.e('ttlCleanup', `${c.ns}/${c.done.shift()}`); }
      else if (c.done.length > 3) ev(cj, 'CronJob', 'batch/v1', 'Normal', 'SuccessfulDelete', `Deleted job ${c.done.shift()}`);
    };
    const METRICS_ERR = 'failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)';
    const hpaMetricFail = () => {
      const d = g.zipf(hpaDeps, 1);
      g.e('hpaFail', `Deployment/${d.ns}/${d.name}`, 1, 1, `failed to get cpu resource metric value: ${METRICS_ERR}`);
      ev(`${d.ns}/${d.name}`, 'HorizontalPodAutoscaler', 'autoscaling/v2', 'Warning', 'FailedGetResourceMetric', METRICS_ERR);
      ev(`${d.ns}/${d.name}`, 'HorizontalPodAutoscaler', 'autoscaling/v2', 'Warning', 'FailedComputeMetricsReplicas', `invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${METRICS_ERR}`);
    };
    const discovery = () => {
      g.e('couldntGetResources', 'metrics.k8s.io/v1beta1', 'the server is currently unable to handle the request');
      if (g.chance(0.4)) g.e('gcDiscoverFail', 'map[metrics.k8s.io/v1beta1:stale GroupVersion discovery: metrics.k8s.io/v1beta1]');
    };
    const replacePod = () => {
      const d = g.zipf(deps, 1), rs = `${d.ns}/${d.name}-${d.hash}`;
      g.e('tooFew', rs, d.r, 1);
      ev(rs, 'ReplicaSet', 'apps/v1', 'Normal', 'SuccessfulCreate', `Created pod: ${d.name}-${d.hash}-${sfx()}`);
    };
    const conflictErr = () => {
      const d = g.zipf(deps, 1);
      if (g.chance(0.6)) g.e('unhandled', KQ(`sync "${d.ns}/${d.name}-${d.hash}" failed with ${conflict('replicasets.apps', `${d.name}-${d.hash}`)}`));
      else g.e('unhandled', KQ(`error syncing '${d.ns}/${d.name}': ${conflict('deployments.apps', d.name)}, requeuing`));
    };
    const epsErr = () => {
      const d = g.zipf(deps, 1), sl = `${d.name}-${sfx()}`;
      g.e('epsErr', `${d.ns}/${d.name}`, KQ(`failed to update ${sl} EndpointSlice for Service ${d.ns}/${d.name}: ${conflict('endpointslices.discovery.k8s.io', sl)}`));
      if (g.chance(0.5)) ev(`${d.ns}/${d.name}`, 'Service', 'v1', 'Warning', 'FailedToUpdateEndpointSlices', `Error updating Endpoint Slices for Service ${d.ns}/${d.name}: failed to update ${sl} EndpointSlice for Service ${d.ns}/${d.name}: ${conflict('endpointslices.discovery.k8s.io', sl)}`);
    };
    const dsPod = () => { const [ns, name] = g.pick(ds); ev(`${ns}/${name}`, 'DaemonSet', 'apps/v1', 'Normal', 'SuccessfulCreate', `Created pod: ${name}-${sfx()}`); };
    const moveVolume = () => {
      const s = g.zipf(sts, 1), p = g.pick(s.pods), to = g.pick(workers.filter((w) => w !== p.node));
      g.e('detachStarted', p.pvc, uniq(p.vol), p.node); g.advance(g.int(2000, 12000)); g.e('detachOk', p.pvc, uniq(p.vol), p.node);
      g.e('attachStarted', p.pvc, uniq(p.vol), to); g.advance(g.int(1000, 8000)); g.e('attachOk', p.pvc, uniq(p.vol), to);
      ev(`${s.ns}/${p.pod}`, 'Pod', 'v1', 'Normal', 'SuccessfulAttachVolume', `AttachVolume.Attach succeeded for volume "${p.pvc}"`);
      p.node = to;
    };
    drive(g, {
      gapMs: 9000,
      startup: boot,
      steady: [
        [9, hpaScale], [3, rollout], [8, cronTick], [8, hpaMetricFail], [7, discovery], [6, replacePod],
        [3, conflictErr], [2, epsErr], [1.5, dsPod], [2, moveVolume],
      ],
      rare: [
        () => { // a worker goes NotReady and comes back
          const n = workers[4], pods = ['shop/cart', 'search/query-api', 'payments/ledger-api'].map((p) => `${p}-${g.alnum(10, SAFE)}-${sfx()}`);
          g.e('nodeUnresponsive', n, `${g.ymdhms()}.${g.int(100000000, 999999999)} +0000 UTC m=+${g.int(20000, 90000)}.${g.int(100000000, 999999999)}`);
          ev(n, 'Node', 'v1', 'Normal', 'NodeNotReady', `Node ${n} status is now: NodeNotReady`);
          g.e('updateReadyPods', n);
          for (const p of pods) ev(p, 'Pod', 'v1', 'Warning', 'NodeNotReady', 'Node is not ready');
          g.e('podStatusFail', pods[1], KQ(`Operation cannot be fulfilled on pods "${pods[1].split('/')[1]}": the object has been modified; please apply your changes to the latest version and try again`));
          g.advance(g.int(40000, 90000));
          for (const p of pods.slice(0, 2)) ev(p, 'Pod', 'v1', 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${p}`);
          g.advance(g.int(20000, 60000));
          g.e('nodeHealthy', n);
          ev(pods[2], 'Pod', 'v1', 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${pods[2]}`);
        },
        () => { // StatefulSet scale-up with a new claim
          const s = sts[1], i = s.pods.length, pod = `${s.name}-${i}`, pvc = `pvc-${g.uuid()}`, vol = `vol-0${g.hex(16)}`, node = workers[2];
          ev(`${s.ns}/${s.name}`, 'StatefulSet', 'apps/v1', 'Normal', 'SuccessfulCreate', `create Claim data-${pod} Pod ${pod} in StatefulSet ${s.name} success`);
          ev(`${s.ns}/${s.name}`, 'StatefulSet', 'apps/v1', 'Normal', 'SuccessfulCreate', `create Pod ${pod} in StatefulSet ${s.name} successful`);
          ev(`${s.ns}/data-${pod}`, 'PersistentVolumeClaim', 'v1', 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
          for (let k = 0; k < 2; k++) { ev(`${s.ns}/data-${pod}`, 'PersistentVolumeClaim', 'v1', 'Normal', 'ExternalProvisioning', "Waiting for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered."); g.advance(4000); }
          g.e('attachStarted', pvc, uniq(vol), node); g.advance(6000); g.e('attachOk', pvc, uniq(vol), node);
          ev(`${s.ns}/${pod}`, 'Pod', 'v1', 'Normal', 'SuccessfulAttachVolume', `AttachVolume.Attach succeeded for volume "${pvc}"`);
          s.pods.push({ pod, pvc, vol, node });
        },
        () => { const s = sts[0], p = s.pods[0]; g.e('multiAttach', p.pvc); ev(`${s.ns}/${p.pod}`, 'Pod', 'v1', 'Warning', 'FailedAttachVolume', `Multi-Attach error for volume "${p.pvc}" Volume is already exclusively attached to one node and can't be attached to another`); },
        () => g.e('nsDeleted', `preview-pr-${g.int(1000, 1999)}`),
        () => { for (let k = 0; k < 2; k++) { const p = `batch/nightly-report-${minute() - g.int(3000, 9000)}-${sfx()}`; g.e('podgcForce', p); g.e('podgcOk', p); } },
        () => { // a CRD is installed
          g.e('gcSyncing', 'added: [backup.example.io/v1, Resource=schedules backup.example.io/v1, Resource=snapshots], removed: []');
          g.e('quotaEval', 'schedules.backup.example.io'); g.e('quotaEval', 'snapshots.backup.example.io');
          g.e('quotaUnable', 'backup.example.io/v1, Resource=snapshots', KQ('unable to monitor quota for resource "backup.example.io/v1, Resource=snapshots"'));
        },
        () => { const d = deps[2]; for (let k = 0; k < 3; k++) { ev(`${d.ns}/${d.name}-${d.hash}`, 'ReplicaSet', 'apps/v1', 'Warning', 'FailedCreate', `Error creating: pods "${d.name}-${d.hash}-${sfx()}" is forbidden: exceeded quota: shop-quota, requested: requests.cpu=500m, used: requests.cpu=${7600 + k * 100}m, limited: requests.cpu=8`); g.advance(g.int(1000, 10000)); } },
        () => { const c = crons[4], job = `${c.name}-${minute()}`; ev(`${c.ns}/${c.name}`, 'CronJob', 'batch/v1', 'Normal', 'SuccessfulCreate', `Created job ${job}`); ev(`${c.ns}/${job}`, 'Job', 'batch/v1', 'Normal', 'SuccessfulCreate', `Created pod: ${job}-${sfx()}`); g.advance(60000); ev(`${c.ns}/${job}`, 'Job', 'batch/v1', 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'); ev(`${c.ns}/${c.name}`, 'CronJob', 'batch/v1', 'Normal', 'SawCompletedJob', `Saw completed job: ${job}, status: Failed`); },
        () => g.e('leUpdateFail', `Put "${API}/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": context deadline exceeded`),
        () => { // API server restart: informers lose their watches
          const types = [['*v1.Pod', '/api/v1/pods'], ['*v1.Node', '/api/v1/nodes'], ['*v1.EndpointSlice', '/apis/discovery.k8s.io/v1/endpointslices'], ['*v1.ReplicaSet', '/apis/apps/v1/replicasets'], ['*v1.Secret', '/api/v1/secrets']];
          for (const [t] of types.slice(0, 2)) g.e('reflEnded', informer, t, 'an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding');
          g.e('leRetrieveErr', LOCK, `Get "${API}/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": dial tcp 10.0.0.10:6443: connect: connection refused`);
          for (const [t, u] of types) { const lst = `Get "${API}${u}?limit=500&resourceVersion=0": dial tcp 10.0.0.10:6443: connect: connection refused`; g.e('reflList', informer, t, lst); g.e('reflWatch', informer, t, t, lst); }
          g.advance(15000);
        },
        () => { // lost the lease, exit, come back
          for (let k = 0; k < 2; k++) { g.e('leRetrieveErr', LOCK, `Get "${API}/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": net/http: request canceled (Client.Timeout exceeded while awaiting headers)`); g.advance(2000); }
          g.e('leRenewFail', LOCK, 'timed out waiting for the condition'); g.e('leLost');
          g.advance(g.int(10000, 30000)); boot();
        },
        () => { // static pod upgrade: graceful stop
          for (const n of ['client-ca::kube-system::extension-apiserver-authentication::requestheader-client-ca-file', 'client-ca::kube-system::extension-apiserver-authentication::client-ca-file']) g.e('shuttingDownCtrl', n);
          for (const c of ['garbage collector', 'resource quota', 'attach detach', 'node lifecycle']) g.e('shuttingDownLegacy', c);
          g.e('shutdownDyn'); g.e('stopListen', '127.0.0.1', 10257);
          g.advance(g.int(5000, 20000)); boot();
        },
      ],
    });
  },
});

// =========================================================== Mosquitto ====
// Eclipse Mosquitto 2.0 home/IoT broker (log_type all, so connection,
// PUBLISH/SUBSCRIBE/PING packet lines are logged), listeners 1883, 8883
// (TLS) and 9001 (websockets), password file and ACLs, one outgoing bridge
// to a cloud broker, persistence with autosave.
// Raw line: '1741773845: New client connected from 10.0.2.40:49152 as esp32-garage (p2, c1, k15, u'iot').'
// -> Content is everything after the epoch-seconds prefix "1741773845: ".
// The tab-indented topic line that follows "Received SUBSCRIBE" keeps its
// text without the tab. (log_type subscribe, whose "<client> <qos> <topic>"
// line is all parameters, is not enabled.)
SYSTEMS.push({
  name: 'Mosquitto',
  templates: {
    starting: 'mosquitto version <*> starting',
    configLoaded: 'Config loaded from <*>.',
    loadingPlugin: 'Loading plugin: <*>',
    openIpv4: 'Opening ipv4 listen socket on port <*>.',
    openIpv6: 'Opening ipv6 listen socket on port <*>.',
    openWs: 'Opening websockets listen socket on port <*>.',
    worldReadable: 'Warning: File <*> has world readable permissions. Future versions will refuse to load this file.',
    chmodHint: 'To fix this, use `chmod 0700 <*>`.',
    running: 'mosquitto version <*> running',
    terminating: 'mosquitto version <*> terminating',
    newConn: 'New connection from <*>:<*> on port <*>.',
    newClientUser: "New client connected from <*>:<*> as <*> (p<*>, c<*>, k<*>, u'<*>').",
    newClient: 'New client connected from <*>:<*> as <*> (p<*>, c<*>, k<*>).',
    will: 'Will message specified (<*> bytes) (r<*>, q<*>).',
    noWill: 'No will message specified.',
    sendConnack: 'Sending CONNACK to <*> (<*>, <*>)',
    clientDisc: 'Client <*> disconnected.',
    clientClosed: 'Client <*> closed its connection.',
    timeout: 'Client <*> has exceeded timeout, disconnecting.',
    sockErr: 'Socket error on client <*>, disconnecting.',
    notAuth: 'Client <*> disconnected, not authorised.',
    alreadyConn: 'Client <*> already connected, closing old connection.',
    protoErr: 'Client <*> disconnected due to protocol error.',
    malformed: 'Client <*> disconnected due to malformed packet.',
    badSocket: 'Bad socket read/write on client <*>: <*>',
    expiring: 'Expiring client <*> due to timeout.',
    dropped: 'Outgoing messages are being dropped for client <*>.',
    opensslErr: 'OpenSSL Error[<*>]: <*>',
    recvPublish: "Received PUBLISH from <*> (d<*>, q<*>, r<*>, m<*>, '<*>', ... (<*> bytes))",
    sendPublish: "Sending PUBLISH to <*> (d<*>, q<*>, r<*>, m<*>, '<*>', ... (<*> bytes))",
    deniedPublish: "Denied PUBLISH from <*> (d<*>, q<*>, r<*>, m<*>, '<*>', ... (<*> bytes))",
    sendPuback: 'Sending PUBACK to <*> (m<*>, rc<*>)',
    recvPuback: 'Received PUBACK from <*> (Mid: <*>, RC:<*>)',
    sendPubrec: 'Sending PUBREC to <*> (m<*>, rc<*>)',
    recvPubrel: 'Received PUBREL from <*> (Mid: <*>)',
    sendPubcomp: 'Sending PUBCOMP to <*> (m<*>)',
    recvPingreq: 'Received PINGREQ from <*>',
    sendPingresp: 'Sending PINGRESP to <*>',
    sendPingreq: 'Sending PINGREQ to <*>',
    recvPingresp: 'Received PINGRESP from <*>',
    recvSubscribe: 'Received SUBSCRIBE from <*>',
    subTopic: '<*> (QoS <*>)',
    sendSuback: 'Sending SUBACK to <*>',
    recvUnsub: 'Received UNSUBSCRIBE from <*>',
    sendUnsuback: 'Sending UNSUBACK to <*>',
    recvDisconnect: 'Received DISCONNECT from <*>',
    bridgeConnecting: 'Connecting bridge <*> (<*>:<*>)',
    bridgeLocalSub: 'Bridge <*> doing local SUBSCRIBE on topic <*>',
    bridgeSendConnect: 'Bridge <*> sending CONNECT',
    recvConnack: 'Received CONNACK on connection <*>.',
    bridgeSendSub: 'Bridge <*> sending SUBSCRIBE (Mid: <*>, Topic: <*>, QoS: <*>, Options: <*>)',
    recvSuback: 'Received SUBACK from <*>',
    bridgeErr: 'Error creating bridge: <*>.',
    saving: 'Saving in-memory database to <*>.',
    reloading: 'Reloading config.',
  },
  scenario(g) {
    const VER = '2.0.18', DB = '/var/lib/mosquitto/mosquitto.db', BR = 'local.gw01.cloud-bridge';
    const C = (id, ip, user, k, subs, pubs, extra = {}) => ({ id, ip, user, p: 2, c: 1, k, subs, pubs, q: 0, will: null, on: false, mid: 0, port: 0, ...extra });
    const clients = [
      C('ha-core', '10.0.1.10', 'homeassistant', 60, [['homeassistant/status', 1], ['zigbee2mqtt/#', 0], ['tele/#', 0], ['stat/#', 0], ['home/#', 1], ['weather/#', 0]], [['homeassistant/status', 0, 1, 6]], { will: [7, 1, 1] }),
      C('zigbee2mqtt', '10.0.1.11', 'z2m', 60, [['zigbee2mqtt/+/set', 0], ['zigbee2mqtt/bridge/request/#', 0], ['homeassistant/status', 0]],
        [['zigbee2mqtt/hallway_motion', 0, 0, 180], ['zigbee2mqtt/kitchen_climate', 0, 0, 160], ['zigbee2mqtt/living_room_lamp', 0, 0, 140], ['zigbee2mqtt/bedroom_window', 0, 0, 110], ['zigbee2mqtt/front_door_lock', 0, 0, 150], ['zigbee2mqtt/bridge/state', 0, 1, 18]], { will: [19, 1, 0] }),
      C('nodered_6b1f0c2a', '10.0.1.12', 'nodered', 60, [['home/#', 0], ['zigbee2mqtt/+', 0]], [['home/garage/door/set', 2, 0, 4], ['zigbee2mqtt/living_room_lamp/set', 0, 0, 15]], { c: 0 }),
      C('tasmota_5C3A1F', '10.0.2.31', 'tasmota', 30, [['cmnd/tasmota_5C3A1F/#', 0]], [['tele/tasmota_5C3A1F/SENSOR', 0, 0, 240], ['tele/tasmota_5C3A1F/STATE', 0, 0, 320], ['stat/tasmota_5C3A1F/POWER', 0, 0, 2]], { will: [7, 1, 1] }),
      C('tasmota_8E21B0', '10.0.2.32', 'tasmota', 30, [['cmnd/tasmota_8E21B0/#', 0]], [['tele/tasmota_8E21B0/SENSOR', 0, 0, 230], ['tele/tasmota_8E21B0/STATE', 0, 0, 310]], { will: [7, 1, 1] }),
      C('esp32-garage', '10.0.2.40', 'iot', 15, [['home/garage/door/set', 1]], [['home/garage/door', 1, 1, 6], ['home/garage/temperature', 1, 0, 5]], { will: [7, 1, 1] }),
      C('esp8266-livingroom', '10.0.2.41', 'iot', 15, [], [['home/livingroom/co2', 0, 0, 3], ['home/livingroom/humidity', 0, 0, 4]]),
      C('weather-station', '10.0.2.50', null, 60, [], [['weather/outdoor/temperature', 0, 1, 4], ['weather/outdoor/humidity', 0, 1, 2], ['weather/outdoor/wind', 0, 0, 3], ['weather/outdoor/rain', 0, 0, 3]]),
      C('dash-4f2a9c', '10.0.1.30', 'dashboard', 60, [['home/#', 0], ['weather/#', 0]], [], {}),
    ];
    const pubClients = clients.filter((c) => c.pubs.length);
    const bridge = { id: BR, on: false, mid: 0 };
    const match = (f, t) => {
      const fp = f.split('/'), tp = t.split('/');
      for (let i = 0; i < fp.length; i++) { if (fp[i] === '#') return true; if (i >= tp.length) return false; if (fp[i] !== '+' && fp[i] !== tp[i]) return false; }
      return fp.length === tp.length;
    };
    const mid = (c) => (c.mid = (c.mid % 65535) + 1);
    const connect = (c, port = 1883) => {
      c.port = g.eport();
      g.e('newConn', c.ip, c.port, port);
      if (c.user) g.e('newClientUser', c.ip, c.port, c.id, c.p, c.c, c.k, c.user); else g.e('newClient', c.ip, c.port, c.id, c.p, c.c, c.k);
      if (c.will) g.e('will', ...c.will); else g.e('noWill');
      g.e('sendConnack', c.id, c.c ? 0 : 1, 0);
      c.on = true;
      if (c.subs.length) { g.e('recvSubscribe', c.id); for (const [t, q] of c.subs) g.e('subTopic', t, q); g.e('sendSuback', c.id); }
      // retained messages matching the new subscriptions
      for (const p of pubClients) for (const [t, , r, b] of p.pubs) if (r && p !== c && c.subs.some(([f]) => match(f, t))) g.e('sendPublish', c.id, 0, 0, 1, 0, t, g.int(b, b + 40));
    };
    const deliver = (from, t, q, r, bytes) => {
      for (const s of clients) {
        if (!s.on || s === from) continue;
        const sub = s.subs.find(([f]) => match(f, t));
        if (!sub) continue;
        const qq = Math.min(q, sub[1], 1);
        if (qq) { const m = mid(s); g.e('sendPublish', s.id, 0, qq, 0, m, t, bytes); g.e('recvPuback', s.id, m, 0); } else g.e('sendPublish', s.id, 0, 0, 0, 0, t, bytes);
      }
      if (bridge.on && /^(weather|home)\//.test(t)) g.e('sendPublish', BR, 0, 0, r, 0, t, bytes);
    };
    const publish = () => {
      const c = g.zipf(pubClients.filter((x) => x.on && x.id !== 'ha-core').length ? pubClients.filter((x) => x.on && x.id !== 'ha-core') : pubClients, 0.7);
      if (!c.on) return connect(c);
      const [t, q0, r, b] = g.zipf(c.pubs.filter((p) => p[1] < 2), 0.8) || c.pubs[0];
      const bytes = b > 50 ? g.int(b - 30, b + 60) : g.int(Math.max(1, b - 2), b + 2);
      const q = q0;
      const m = q ? mid(c) : 0;
      g.e('recvPublish', c.id, 0, q, r, m, t, bytes);
      if (q === 1) g.e('sendPuback', c.id, m, 0);
      deliver(c, t, q, r, bytes);
    };
    const ping = () => {
      if (bridge.on && g.chance(0.12)) { g.e('sendPingreq', BR); g.e('recvPingresp', BR); return; }
      const c = g.zipf(clients.filter((x) => x.on), 0.6); if (!c) return;
      g.e('recvPingreq', c.id); g.e('sendPingresp', c.id);
    };
    const flaky = () => { // wifi devices drop and come back
      const c = g.wpick([[5, clients[5]], [3, clients[6]], [2, clients[3]], [1, clients[4]]]);
      if (!c.on) return connect(c);
      const how = g.wpick([[5, 'timeout'], [3, 'sockErr'], [2, 'clientClosed'], [1, 'already']]);
      if (how === 'already') { c.port = g.eport(); g.e('newConn', c.ip, c.port, 1883); g.e('alreadyConn', c.id); g.e('newClientUser', c.ip, c.port, c.id, c.p, c.c, c.k, c.user); if (c.will) g.e('will', ...c.will); else g.e('noWill'); g.e('sendConnack', c.id, 0, 0); return; }
      g.e(how, c.id); c.on = false;
      if (c.will) { const [b, r] = c.will; const t = c.id.startsWith('tasmota') ? `tele/${c.id}/LWT` : `home/${c.id.split('-')[1]}/status`; deliver(c, t, 0, r, b); }
      g.advance(g.int(5000, 60000)); connect(c);
    };
    const scanner = () => {
      const ip = g.chance(0.5) ? g.ip('203.0.113') : g.ip('198.51.100'), port = g.chance(0.6) ? 1883 : 8883;
      g.e('newConn', ip, g.eport(), port);
      if (port === 8883) { g.e('opensslErr', 0, g.pick(['error:0A00010B:SSL routines::wrong version number', 'error:0A000418:SSL routines::tlsv1 alert unknown ca', 'error:0A0000C1:SSL routines::no shared cipher'])); g.e('protoErr', '<unknown>'); }
      else g.e(g.chance(0.6) ? 'clientClosed' : 'protoErr', '<unknown>');
    };
    const qos2 = () => {
      const c = clients[2]; if (!c.on) return connect(c);
      const m = mid(c), t = 'home/garage/door/set', b = g.int(4, 6);
      g.e('recvPublish', c.id, 0, 2, 0, m, t, b); g.e('sendPubrec', c.id, m, 0); g.e('recvPubrel', c.id, m); g.e('sendPubcomp', c.id, m);
      deliver(c, t, 2, 0, b);
    };
    const admin = () => {
      const c = C(`mosq-${g.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`, '10.0.1.20', 'admin', 60, [[g.pick(['tele/#', 'zigbee2mqtt/#', 'home/garage/#', '$SYS/broker/clients/#']), 0]], [], { p: 5 });
      clients.push(c); connect(c);
      for (let k = g.int(1, 6); k > 0; k--) { g.advance(g.exp(6000)); publish(); }
      if (g.chance(0.5)) { g.e('recvUnsub', c.id); g.e('sendUnsuback', c.id); }
      g.e('recvDisconnect', c.id); g.e('clientDisc', c.id); c.on = false; clients.splice(clients.indexOf(c), 1);
    };
    const bridgeUp = () => {
      g.e('bridgeSendConnect', BR); g.advance(g.int(100, 900)); g.e('recvConnack', BR);
      g.e('bridgeSendSub', BR, ++bridge.mid, 'cmd/gw01/#', 1, '0x00'); g.e('recvSuback', BR); bridge.on = true;
    };
    const bridgeStart = () => { g.e('bridgeConnecting', 'cloud-bridge', 'mqtt.example.net', 8883); for (const t of ['home/#', 'weather/#']) g.e('bridgeLocalSub', BR, t); };
    const boot = () => {
      g.e('starting', VER); g.e('configLoaded', '/etc/mosquitto/mosquitto.conf');
      g.e('loadingPlugin', '/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so');
      g.e('openIpv4', 1883); g.e('openIpv6', 1883); g.e('openIpv4', 8883); g.e('openIpv6', 8883); g.e('openWs', 9001);
      for (const f of ['/etc/mosquitto/passwd', '/etc/mosquitto/acl']) { g.e('worldReadable', f); g.e('chmodHint', f); }
      bridgeStart();
      g.e('running', VER);
      bridgeUp();
      for (const c of g.shuffle(clients.slice())) { c.on = false; if (c.id.startsWith('mosq-')) continue; g.advance(g.int(50, 4000)); connect(c, c.id.startsWith('dash') ? 9001 : 1883); }
    };
    drive(g, {
      gapMs: 5000,
      startup: boot,
      steady: [
        [60, publish], [14, ping], [4, flaky], [2.5, scanner], [1.2, qos2], [1, admin],
        [0.8, () => g.e('saving', DB)],
        [0.5, () => { const c = clients[2]; if (!c.on) return connect(c); const t = 'zigbee2mqtt/bridge/request/restart'; g.e('deniedPublish', c.id, 0, 0, 0, 0, t, 2); }],
        [0.6, () => { const id = g.pick(['shelly1pm-a0b1c2', 'shellyplug-d4e5f6']); const ip = g.ip('10.0.2'); const port = g.eport(); g.e('newConn', ip, port, 1883); g.e('sendConnack', id, 0, 5); g.e('notAuth', id); }],
      ],
      rare: [
        () => { // bridge drops and needs a few tries
          g.e('sockErr', BR); bridge.on = false;
          for (let k = 0; k < 3; k++) { g.advance(g.int(20000, 40000)); bridgeStart(); if (k < 2) g.e('bridgeErr', g.pick(['Connection refused', 'Connection timed out', 'Temporary failure in name resolution'])); }
          bridgeUp();
        },
        () => { const id = 'shelly1pm-a0b1c2', ip = '10.0.2.61'; for (let k = 0; k < 3; k++) { g.e('newConn', ip, g.eport(), 1883); g.e('sendConnack', id, 0, 5); g.e('notAuth', id); g.advance(g.int(5000, 30000)); } },
        () => { const c = clients[6]; if (!c.on) return; g.e('malformed', c.id); c.on = false; g.advance(20000); connect(c); },
        () => { const c = clients[5]; if (!c.on) return; g.e('badSocket', c.id, 'Connection reset by peer'); c.on = false; g.advance(15000); connect(c); },
        () => { const c = clients[2]; g.e('timeout', c.id); c.on = false; g.advance(g.int(600000, 900000)); g.e('expiring', c.id); g.advance(30000); connect(c); },
        () => { const c = clients[8]; for (let k = 0; k < 3; k++) { g.e('dropped', c.id); g.advance(g.int(200, 2000)); publish(); } },
        () => { g.e('reloading'); g.e('configLoaded', '/etc/mosquitto/mosquitto.conf'); },
        () => { g.e('terminating', VER); g.e('saving', DB); for (const c of clients) c.on = false; bridge.on = false; g.advance(g.int(3000, 10000)); boot(); },
      ],
    });
  },
});

// ========================================================== ClickHouse ====
// ClickHouse server 24.3 (default <level>trace</level> server log) on one
// node: an ingest service inserting over the native protocol, a BI tool and
// health checks over HTTP, analysts with clickhouse-client, MergeTree
// merges, system-log flushes, part cleanup, a mutation, restarts.
// Raw line: '2025.03.12 10:04:05.123456 [ 1234 ] {7c1e...-query-id} <Debug> executeQuery: (from [::ffff:10.0.3.21]:51234, user: ingest) INSERT INTO ... (stage: Complete)'
// -> Content is the text after "Component: ": timestamp, "[ thread id ]",
// "{query id}", "<Level>" and the logger name (executeQuery, TCPHandler,
// "default.events (1a2b...) (MergerMutator)", TCP-Session, ...) are the header.
SYSTEMS.push({
  name: 'ClickHouse',
  templates: {
    starting: 'Starting ClickHouse <*> (revision: <*>, git hash: <*>, build id: <*>), PID <*>',
    startingUp: 'starting up',
    osName: 'OS name: <*>, version: <*>, architecture: <*>',
    availRam: 'Available RAM: <*>; physical cores: <*>; logical cores: <*>.',
    statusFile: 'Status file <*> already exists - unclean restart. Contents:',
    forked: 'Forked a child process to watch',
    willWatch: 'Will watch for the process with pid <*>',
    maxMem: 'Setting max_server_memory_usage was set to <*> (<*> available * <*> max_server_memory_usage_to_ram_ratio)',
    thp: 'Linux transparent hugepages are set to "<*>". Check /sys/kernel/mm/transparent_hugepage/enabled',
    delayAcct: 'Delay accounting is not enabled, OSIOWaitMicroseconds will not be gathered. You can enable it using `echo 1 > /proc/sys/kernel/task_delayacct` or by using sysctl.',
    certEmpty: 'One of paths is empty. Cannot apply new configuration for certificates. Fill all paths and try again.',
    loadingConfig: "Loading config '<*>'",
    loadedConfigPerforming: "Loaded config '<*>', performing update on configuration",
    loadedConfigPerformed: "Loaded config '<*>', performed update on configuration",
    loadingMeta: 'Loading metadata from <*>',
    metaProcessed: 'Metadata processed, database <*> has <*> tables and <*> dictionaries in total.',
    parsedMeta: 'Parsed metadata of <*> tables in <*> databases in <*> sec',
    loadingParts: 'Loading data parts',
    loadedParts: 'Loaded data parts (<*> items)',
    listenHttp: 'Listening for http://[<*>]:<*>',
    listenTcp: 'Listening for native protocol (tcp): [<*>]:<*>',
    listenInterserver: 'Listening for replica communication (interserver): http://[<*>]:<*>',
    ready: 'Ready for connections.',
    tcpRequest: 'TCP Request. Address: [<*>]:<*>',
    connectedClient: 'Connected <*> version <*>, revision: <*>, database: <*>, user: <*>.',
    authenticating: "<*> Authenticating user '<*>' from [<*>]:<*>",
    authenticated: '<*> Authenticated with global context as user <*>',
    authFailed: '<*> Authentication failed with error: <*>',
    sessionCtx: '<*> Creating session context with user_id: <*>',
    logout: '<*> Logout, user_id: <*>',
    httpRequest: 'HTTP Request for HTTPHandler-factory. Method: <*>, Address: [<*>]:<*>, User-Agent: <*>, Length: <*>, Content Type: <*>, Transfer Encoding: <*>, X-Forwarded-For: (none)',
    httpDone: 'Done processing query',
    queryStart: '(from [<*>]:<*>) <*> (stage: <*>)',
    queryStartUser: '(from [<*>]:<*>, user: <*>) <*> (stage: <*>)',
    keyCondition: 'Key condition: <*>',
    selectedParts: 'Selected <*>/<*> parts by partition key, <*> parts by primary key, <*>/<*> marks by primary key, <*> marks to read from <*> ranges',
    readingApprox: 'Reading approx. <*> rows with <*> streams',
    aggMethod: 'Aggregation method: <*>',
    aggregated: 'Aggregated. <*> to <*> rows (from <*>) in <*> sec. (<*> rows/sec., <*>/sec.)',
    mergingAgg: 'Merging aggregated data',
    readRows: 'Read <*> rows, <*> in <*> sec., <*> rows/sec., <*>/sec.',
    peakMem: 'Peak memory usage (for query): <*>.',
    processedIn: 'Processed in <*> sec.',
    doneConn: 'Done processing connection.',
    clientDropped: 'Client has dropped the connection, cancel the query.',
    exception: 'Code: <*>. DB::Exception: <*>. (<*>) (version <*> (official build)) (from [<*>]:<*>) (in query: <*>), Stack trace (when copying this message, always include the lines below):',
    netErr: 'Code: 210. DB::NetException: Connection reset by peer, while writing to socket ([<*>]:<*> -> [<*>]:<*>). (NETWORK_ERROR) (version <*> (official build))',
    pocoErr: 'Poco::Exception. Code: 1000, e.code() = 104, Connection reset by peer (version <*> (official build))',
    reserved: 'Reserved <*> on local disk `<*>`, having unreserved <*>.',
    insertRename: 'Renaming temporary part tmp_insert_<*> to <*> with tid (<*>, <*>, <*>).',
    delaying: 'Delaying inserting block by <*> ms. because there are <*> parts and their average size is <*>',
    selectedMerge: 'Selected <*> parts from <*> to <*>',
    merging: 'Merging <*> parts: from <*> to <*> into <*> with storage <*>',
    mergeAlgo: 'Selected MergeAlgorithm: <*>',
    readingMarks: 'Reading <*> marks from part <*>, total <*> rows starting from the beginning of the part',
    mergeSorted: 'Merge sorted <*> rows, containing <*> columns (<*> merged, <*> gathered) in <*> sec., <*> rows/sec., <*>/sec.',
    merged: 'Merged <*> parts: [<*>, <*>] -> <*>',
    removingParts: 'Removing <*> parts from filesystem (serially): Parts: [<*>]',
    flushing: 'Flushing system log, <*> entries to flush up to offset <*>',
    flushed: 'Flushed system log up to offset <*>',
    memTracking: 'MemoryTracking: was <*>, peak <*>, free memory in arenas <*>, will set to <*> (RSS), difference: <*>',
    addedMutation: 'Added mutation: mutation_<*>.txt',
    mutatingPart: 'Mutating part <*> to mutation version <*>',
    receivedSignal: 'Received termination signal (<*>)',
    waitingConns: 'Waiting for current connections to close.',
    closedListening: 'Closed all listening sockets.',
    closedConns: 'Closed connections.',
    shuttingStorages: 'Shutting down storages.',
    childExit: 'Child process exited normally with code <*>.',
  },
  scenario(g) {
    const VER = '24.3.2.23', REV = 54484, GIT = 'a2b1ec5e0fa3ee97cbe0bd8d8b4dbaa1b4b2ef4c', BUILD = '3D2A6A4D0F4B0C7E8C1E5A22D0C4E8B7F91A6C3D';
    const ZERO = '00000000-0000-0000-0000-000000000000';
    let free = 1.71 * 1024 ** 4, pid = g.int(600, 900);
    const tables = [['default', 'events', 'ts'], ['default', 'sessions', 'started_at'], ['analytics', 'page_views', 'event_date'], ['system', 'query_log', 'event_date'],
      ['system', 'part_log', 'event_date'], ['system', 'trace_log', 'event_date'], ['system', 'metric_log', 'event_date'], ['system', 'asynchronous_metric_log', 'event_date'], ['system', 'text_log', 'event_date']]
      .map(([db, name, key]) => ({ db, name, key, part: '202503', block: g.int(50, 400), parts: [], off: g.int(1000, 90000) }));
    for (const t of tables) { let b = 1; for (let k = g.int(3, 8); k > 0; k--) { const n = g.int(5, 60); t.parts.push({ min: b, max: b + n, lvl: g.int(1, 4) }); b += n + 1; } t.block = b; }
    const T = Object.fromEntries(tables.map((t) => [t.name, t]));
    const sysT = tables.filter((t) => t.db === 'system');
    const pname = (t, p) => `${t.part}_${p.min}_${p.max}_${p.lvl}`;
    const sid = () => g.uuid();
    const ms = (a, b) => g.float(a, b, 6);
    const rate = (rows, sec) => Math.round(rows / Math.max(Number(sec), 0.0001));
    const rz = (b) => rsize(Math.max(1, Math.round(b)));
    const reserve = (bytes) => { free -= bytes; g.e('reserved', rz(bytes), 'default', rz(free)); };
    const insertPart = (t, rows) => {
      const b = t.block++;
      reserve(rows * g.int(40, 120));
      g.e('insertRename', `${t.part}_${b}_${b}_0`, `${t.part}_${b}_${b}_0`, 1, 1, ZERO);
      t.parts.push({ min: b, max: b, lvl: 0 });
    };
    const M = (ip) => `::ffff:${ip}`; // clients reach the IPv6 listener [::] with IPv4-mapped addresses
    const ingest = ['10.0.3.21', '10.0.3.22', '10.0.3.23'].map(M), bi = M('10.0.3.50'), lb = M('10.0.3.2'), analysts = [['10.0.3.61', 'alice'], ['10.0.3.62', 'bob'], ['10.0.3.63', 'chen']].map(([ip, u]) => [M(ip), u]);
    const sessionOpen = (kind, ip, port, user) => { const s = sid(); g.e('authenticating', s, user, ip, port); g.e('authenticated', s, user); g.e('sessionCtx', s, g.uuid()); return s; };
    const selectBody = (t) => {
      const total = t.parts.length, sel = g.int(1, total), marks = g.int(2, 4000), tot = marks + g.int(0, 20000);
      g.e('keyCondition', g.pick([`(column 0 in [${Math.floor(g.t / 1000) - 86400}, +Inf))`, '(column 0 in [19794, 19794])', 'unknown', `(column 1 in ['${g.int(10000, 99999)}', '${g.int(10000, 99999)}']), (column 0 in [${Math.floor(g.t / 1000) - 3600}, +Inf)), and`]));
      g.e('selectedParts', sel, total, sel, marks, tot, marks, g.int(sel, sel * 3));
      const rows = marks * 8192 - g.int(0, 8000);
      g.e('readingApprox', rows, g.pick([1, 4, 8, 16]));
      let read = rows;
      if (g.chance(0.7)) {
        g.e('aggMethod', g.pick(['key64', 'key32', 'without_key', 'serialized', 'key_string', 'low_cardinality_key_string']));
        for (let k = g.int(1, 3); k > 0; k--) { const inR = Math.round(rows / g.int(1, 4)), out = g.int(1, 5000), sec = ms(0.001, 0.4); g.e('aggregated', inR, out, rz(inR * 8), sec, rate(inR, sec), rz(inR * 8 / Number(sec))); }
        g.e('mergingAgg');
        read = rows;
      }
      return read;
    };
    const readRows = (rows) => { const sec = ms(0.002, 1.8), by = rows * g.int(8, 64); g.e('readRows', rows, rz(by), sec, rate(rows, sec), rz(by / Number(sec))); g.e('peakMem', rz(g.int(200000, 400000000))); return sec; };
    const INSERT_Q = ['INSERT INTO default.events (ts, user_id, session_id, type, props) FORMAT Native', 'INSERT INTO analytics.page_views (event_date, ts, url, referrer, user_agent, user_id) FORMAT Native', 'INSERT INTO default.sessions FORMAT RowBinary'];
    const BI_Q = [
      'SELECT toStartOfHour(ts) AS h, count() AS c FROM default.events WHERE ts >= now() - INTERVAL 1 DAY GROUP BY h ORDER BY h FORMAT JSON',
      "SELECT type, uniqExact(user_id) FROM default.events WHERE ts >= today() AND type IN ('signup', 'purchase') GROUP BY type FORMAT JSON",
      'SELECT url, count() AS views FROM analytics.page_views WHERE event_date = today() GROUP BY url ORDER BY views DESC LIMIT 20 FORMAT JSON',
      'SELECT quantiles(0.5, 0.9, 0.99)(duration_ms) FROM default.sessions WHERE started_at > now() - INTERVAL 6 HOUR FORMAT JSON',
      'SELECT count() FROM default.events WHERE ts >= now() - INTERVAL 5 MINUTE FORMAT JSON',
    ];
    const AD_Q = ['SELECT * FROM default.events WHERE user_id = 48213 ORDER BY ts DESC LIMIT 50', 'SELECT count() FROM analytics.page_views', 'SHOW TABLES FROM analytics', "SELECT table, sum(rows), formatReadableSize(sum(bytes_on_disk)) FROM system.parts WHERE active GROUP BY table", 'SELECT referrer, count() FROM analytics.page_views WHERE event_date >= today() - 7 GROUP BY referrer ORDER BY 2 DESC LIMIT 10'];
    const tcpQuery = (ip, user, q, client, insertT) => {
      const port = g.eport();
      g.e('tcpRequest', ip, port);
      g.e('connectedClient', client[0], client[1], client[2], 'default', user);
      const s = sessionOpen('TCP', ip, port, user);
      if (user === 'default') g.e('queryStart', ip, port, q, 'Complete'); else g.e('queryStartUser', ip, port, user, q, 'Complete');
      let sec;
      if (insertT) { const rows = g.int(500, 60000); for (let k = g.chance(0.15) ? 2 : 1; k > 0; k--) insertPart(insertT, Math.round(rows / 1.5)); sec = readRows(rows); }
      else sec = readRows(selectBody(T.events));
      g.e('processedIn', g.float(Number(sec), Number(sec) + 0.01, 3));
      g.e('logout', s, g.uuid()); g.e('doneConn');
    };
    const httpQuery = (ip, user, q, ua, fail) => {
      const port = g.eport();
      g.e('httpRequest', 'POST', ip, port, ua, q.length, 'text/plain; charset=utf-8', 'identity');
      const s = sessionOpen('HTTP', ip, port, user);
      if (user === 'default') g.e('queryStart', ip, port, q, 'Complete'); else g.e('queryStartUser', ip, port, user, q, 'Complete');
      if (fail) { g.e('exception', fail[0], fail[1], fail[2], VER, ip, port, q); g.e('logout', s, g.uuid()); return; }
      if (q === 'SELECT 1') readRows(1); else readRows(selectBody(g.pick([T.events, T.page_views, T.sessions])));
      g.e('httpDone'); g.e('logout', s, g.uuid());
    };
    const CLIENTS = [['ClickHouse client', '24.3.2', 54467], ['ClickHouse go', '2.23.0', 54460]];
    const insert = () => { const t = g.wpick([[6, T.events], [3, T.page_views], [1, T.sessions]]); const q = INSERT_Q[t === T.events ? 0 : t === T.page_views ? 1 : 2]; tcpQuery(g.zipf(ingest, 1), 'ingest', q, CLIENTS[1], t); };
    const biQuery = () => httpQuery(bi, 'bi_reader', g.zipf(BI_Q, 0.9), 'clickhouse-go/2.23.0 (lv:go/1.22.1; os:linux)');
    const health = () => httpQuery(lb, 'default', 'SELECT 1', 'python-requests/2.31.0');
    const adhoc = () => { const [ip, u] = g.zipf(analysts, 1); tcpQuery(ip, u, g.zipf(AD_Q, 0.8), CLIENTS[0], null); };
    const ERRS = [
      [60, 'Table analytics.page_view does not exist. Maybe you meant analytics.page_views?', 'UNKNOWN_TABLE', 'SELECT count() FROM analytics.page_view'],
      [47, "Missing columns: 'userid' while processing query: 'SELECT userid FROM default.events LIMIT 10', required columns: 'userid', maybe you meant: 'user_id'", 'UNKNOWN_IDENTIFIER', 'SELECT userid FROM default.events LIMIT 10'],
      [62, "Syntax error: failed at position 25 ('BY') (line 1, col 25): BY type FORMAT JSON. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, end of query", 'SYNTAX_ERROR', 'SELECT type, count() ORDER BY type FORMAT JSON'],
      [159, 'Timeout exceeded: elapsed 30.000871 seconds, maximum: 30', 'TIMEOUT_EXCEEDED', 'SELECT user_id, groupArray(url) FROM analytics.page_views GROUP BY user_id FORMAT JSON'],
    ];
    const errQuery = () => { const [code, msg, name, q] = g.zipf(ERRS, 1); const ip = g.chance(0.5) ? bi : g.zipf(analysts, 1)[0]; httpQuery(ip, ip === bi ? 'bi_reader' : 'alice', q, 'clickhouse-go/2.23.0 (lv:go/1.22.1; os:linux)', [code, msg, name]); };
    const flush = () => {
      const t = g.zipf(sysT, 0.6), n = g.int(1, 400), to = t.off + n;
      g.e('flushing', n, to);
      if (g.chance(0.6)) insertPart(t, n);
      t.off = to; g.e('flushed', to);
    };
    const merge = () => {
      const t = g.wpick([[5, T.events], [3, T.page_views], [1, T.sessions], [3, g.pick(sysT)]]);
      if (t.parts.length < 3) return flush();
      const k = g.int(2, Math.min(6, t.parts.length)), ps = t.parts.splice(0, k), first = pname(t, ps[0]), last = pname(t, ps[k - 1]);
      const np = { min: ps[0].min, max: ps[k - 1].max, lvl: Math.max(...ps.map((p) => p.lvl)) + 1 };
      g.e('selectedMerge', k, first, last);
      const rowsEach = ps.map(() => g.int(1000, 900000)), rows = rowsEach.reduce((a, b) => a + b, 0);
      reserve(rows * g.int(20, 60));
      g.e('merging', k, first, last, rows < 600000 && np.lvl < 3 ? 'Compact' : 'Wide', 'Full');
      const algo = g.chance(0.85) ? 'Horizontal' : 'Vertical'; g.e('mergeAlgo', algo);
      ps.forEach((p, i) => g.e('readingMarks', Math.ceil(rowsEach[i] / 8192) + 1, pname(t, p), rowsEach[i]));
      const cols = t.db === 'system' ? g.int(30, 80) : g.int(6, 14), sec = ms(0.01, 3);
      g.e('mergeSorted', rows, cols, algo === 'Horizontal' ? cols : 2, algo === 'Horizontal' ? 0 : cols - 2, sec, Math.round(rows / Number(sec)), rz(rows * 40 / Number(sec)));
      g.e('merged', k, first, last, pname(t, np));
      t.parts.unshift(np);
      t.old = (t.old || []).concat(ps.map((p) => pname(t, p)));
    };
    const cleanup = () => {
      const t = tables.find((x) => x.old && x.old.length) || null; if (!t) return merge();
      const ps = t.old.splice(0); g.e('removingParts', ps.length, ps.join(', '));
    };
    const memTracking = () => { const was = g.int(2e9, 9e9), rss = was + g.int(-3e8, 3e8); g.e('memTracking', rz(was), rz(was * 1.3), rz(g.int(1e6, 9e7)), rz(rss), (rss - was < 0 ? '-' : '') + rz(Math.abs(rss - was))); };
    const boot = (unclean) => {
      pid += g.int(5, 400);
      g.e('starting', VER, REV, GIT, BUILD, pid); g.e('startingUp');
      g.e('osName', 'Linux', '6.1.0-31-amd64', 'x86_64');
      if (unclean) g.e('statusFile', '/var/lib/clickhouse/status');
      g.e('availRam', '62.79 GiB', 8, 16);
      g.e('forked'); g.e('willWatch', pid + 1);
      g.e('maxMem', '56.51 GiB', '62.79 GiB', '0.90');
      g.e('thp', 'always'); g.e('delayAcct');
      g.e('certEmpty');
      g.e('loadingMeta', '/var/lib/clickhouse/');
      const dbs = ['default', 'analytics', 'system'];
      for (const d of dbs) g.e('metaProcessed', d, tables.filter((t) => t.db === d).length, 0);
      g.e('parsedMeta', tables.length, dbs.length, ms(0.001, 0.05));
      for (const t of tables) { g.e('loadingParts'); g.e('loadedParts', t.parts.length + (t.old ? t.old.length : 0)); }
      g.e('listenHttp', '::', 8123); g.e('listenTcp', '::', 9000); g.e('listenInterserver', '::', 9009);
      g.e('loadingConfig', '/etc/clickhouse-server/users.xml'); g.e('loadedConfigPerformed', '/etc/clickhouse-server/users.xml');
      g.e('ready');
    };
    drive(g, {
      gapMs: 2500,
      startup: () => boot(false),
      steady: [
        [45, flush], [16, insert], [14, biQuery], [7, health], [6, merge], [3, cleanup], [2.5, adhoc], [1.6, errQuery], [1.4, memTracking],
        [0.7, () => { const ip = g.zipf(analysts, 1)[0], p = g.eport(); g.e('clientDropped'); g.e('netErr', M('10.0.3.5'), 9000, ip, p, VER); }],
      ],
      rare: [
        () => { for (let k = 0; k < 5; k++) { const t = T.events; const ip = g.zipf(ingest, 1), port = g.eport(); g.e('tcpRequest', ip, port); g.e('connectedClient', ...CLIENTS[1], 'default', 'ingest'); const s = sessionOpen('TCP', ip, port, 'ingest'); g.e('queryStartUser', ip, port, 'ingest', INSERT_Q[0], 'Complete'); g.e('delaying', g.int(10, 180), 150 + k * g.int(3, 9), rsize(g.int(900000, 2000000))); insertPart(t, g.int(100, 800)); const sec = readRows(g.int(100, 800)); g.e('processedIn', g.float(Number(sec), Number(sec) + 0.2, 3)); g.e('logout', s, g.uuid()); g.e('doneConn'); g.advance(g.int(200, 1500)); } },
        () => { const t = T.sessions; const ip = analysts[0][0], port = g.eport(); const s = sessionOpen('TCP', ip, port, 'alice'); g.e('queryStartUser', ip, port, 'alice', "ALTER TABLE default.sessions DELETE WHERE user_id IN (SELECT user_id FROM default.gdpr_erasures)", 'Complete'); const mv = t.block++; g.e('addedMutation', mv); g.e('processedIn', g.float(0.002, 0.02, 3)); g.e('logout', s, g.uuid()); for (const p of t.parts.slice(0, 3)) { g.advance(g.int(500, 4000)); g.e('mutatingPart', pname(t, p), mv); } },
        () => { g.e('loadingConfig', '/etc/clickhouse-server/config.xml'); g.e('loadedConfigPerforming', '/etc/clickhouse-server/config.xml'); g.e('loadedConfigPerformed', '/etc/clickhouse-server/config.xml'); },
        () => { for (let k = 0; k < 3; k++) { const ip = M(g.ip('10.0.9')), port = g.eport(); const s = sid(); g.e('authenticating', s, g.pick(['default', 'admin']), ip, port); g.e('authFailed', s, "Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.3.2.23 (official build))"); g.advance(g.int(500, 3000)); } },
        () => { const ip = bi, q = 'SELECT user_id, uniqExact(session_id), groupArray(url) FROM analytics.page_views GROUP BY user_id ORDER BY 2 DESC FORMAT JSON'; httpQuery(ip, 'bi_reader', q, 'clickhouse-go/2.23.0 (lv:go/1.22.1; os:linux)', [241, 'Memory limit (for query) exceeded: would use 9.32 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB.: While executing AggregatingTransform', 'MEMORY_LIMIT_EXCEEDED']); },
        () => g.e('pocoErr', VER),
        () => { const ip = g.zipf(analysts, 1)[0]; g.e('clientDropped'); g.e('netErr', M('10.0.3.5'), 9000, ip, g.eport(), VER); },
        () => { g.e('clientDropped'); g.e('clientDropped'); },
        () => { g.e('receivedSignal', 'Terminated'); g.e('waitingConns'); g.e('closedListening'); g.e('closedConns'); g.e('shuttingStorages'); g.e('childExit', 0); g.advance(g.int(3000, 9000)); boot(false); },
        () => { g.advance(g.int(20000, 40000)); boot(true); },
      ],
    });
  },
});

// =============================================================== Samba ====
// Samba 4.19 file server FS01, member of the AD domain CORP, with smbd and
// winbindd writing to one "log file = /var/log/samba/samba.log",
// "log level = 1 auth_audit:3 winbind:3 smb2:3", debug_hires_timestamp.
// Raw record (two physical lines, flattened to one):
//   '[2025/03/12 10:04:05.123456,  2] ../../source3/smbd/open.c:1412(open_file)  alice opened file Projects/plan.docx read=Yes write=No (numopen=1)'
// -> Content is the message line: "[date time,  level]" and
// "source/file.c:line(function)" are the header. A "function: " prefix that
// the DBG_* macros put into the message text stays (it repeats the header's
// function name, as the real logs do).
SYSTEMS.push({
  name: 'Samba',
  templates: {
    smbdStarted: 'smbd version <*> started.',
    winbindStarted: 'winbindd version <*> started.',
    copyright: 'Copyright Andrew Tridgell and the Samba Team 1992-<*>',
    rlimit: 'rlimit_max: increasing rlimit_max (<*>) to minimum Windows limit (<*>)',
    initGlobals: 'Initialising global parameters',
    refreshing: 'lp_load_ex: refreshing parameters',
    processingSection: 'Processing section "[<*>]"',
    unknownParam: 'Unknown parameter encountered: "<*>"',
    ignoringParam: 'Ignoring unknown parameter "<*>"',
    printcap: 'Unable to open printcap file <*> for read!',
    usershares: "load_usershare_shares: directory <*> is not owned by root or does not have the sticky bit 't' set or is writable by anyone.",
    addedIface: 'added interface <*> ip=<*> bcast=<*> netmask=<*>',
    registeredPool: 'Registered MSG_REQ_POOL_USAGE',
    registeredDmalloc: 'Registered MSG_REQ_DMALLOC_MARK and LOG_CHANGED',
    daemonReady: "daemon_ready: daemon '<*>' finished starting up and ready to serve connections",
    wbCacheInit: 'initialize_winbindd_cache: clearing cache and re-creating with version number <*>',
    addedDomain: 'Added domain [<*>] [<*>] [<*>]',
    idmapRange: "idmap range not specified for domain '<*>'",
    pamAuthCrap: '[<*>]: pam auth crap domain: [<*>] user: <*>',
    getpwnam: '[<*>]: getpwnam <*>',
    getgrnam: '[<*>]: getgrnam <*>',
    authOk: 'Auth: [<*>,<*>] user [<*>]\\[<*>] at [<*>] with [<*>] status [NT_STATUS_OK] workstation [<*>] remote host [ipv4:<*>:<*>] became [<*>]\\[<*>] [<*>]. local host [ipv4:<*>:<*>]',
    authFail: 'Auth: [<*>,<*>] user [<*>]\\[<*>] at [<*>] with [<*>] status [<*>] workstation [<*>] remote host [ipv4:<*>:<*>] mapped to [<*>]\\[<*>]. local host [ipv4:<*>:<*>]',
    authz: 'Successful AuthZ: [<*>,<*>] user [<*>]\\[<*>] [<*>] at [<*>] Remote host [ipv4:<*>:<*>] local host [ipv4:<*>:<*>]',
    ntlmFail: 'check_ntlm_password:  Authentication for user [<*>] -> [<*>] FAILED with error <*>, authoritative=<*>',
    connect: '<*> (ipv4:<*>:<*>) connect to service <*> initially as user <*> (uid=<*>, gid=<*>) (pid <*>)',
    signedConnect: '<*> (ipv4:<*>:<*>) signed connect to service <*> initially as user <*> (uid=<*>, gid=<*>) (pid <*>)',
    closedConn: '<*> (ipv4:<*>:<*>) closed connection to service <*>',
    opened: '<*> opened file <*> read=<*> write=<*> (numopen=<*>)',
    closed: '<*> closed file <*> (numopen=<*>) NT_STATUS_OK',
    smb2Err: 'smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[<*>] status[<*>] || at <*>:<*>',
    notPermitted: "create_connection_session_info: user '<*>' (from session setup) not permitted to access this share (<*>)",
    canonFail: 'make_connection_snum: canonicalize_connect_path failed for service <*>, path <*>',
    readErr: 'read_fd_with_timeout: client <*> read error = Connection reset by peer.',
    serverExit: 'Server exit (<*>)',
    couldNotFindChild: 'Could not find child <*> -- ignoring',
    cups: 'Unable to connect to CUPS server <*>:<*> - Connection refused',
    getEa: 'get_ea_dos_attribute: Cannot get attribute from EA on file <*>: Error = Permission denied',
    getpeername: 'getpeername failed. Error was Transport endpoint is not connected',
    sighupReload: 'Reloading services after SIGHUP',
    sigterm: 'Got sig[<*>] terminate (is_parent=<*>)',
    domainOffline: 'set_domain_offline: called for domain <*>',
    domainOnlineReq: 'set_domain_online_request: called for domain <*>',
    domainOnline: 'set_domain_online: called for domain <*>',
    cmConnectFail: 'cm_prepare_connection: connecting to DC <*> for domain <*> failed: <*>',
    kinitFail: 'kerberos_kinit_password <*> failed: <*>',
    sidConvert: 'Could not convert sid <*>: <*>',
    machinePw: 'machine account password for domain <*> successfully changed',
  },
  scenario(g) {
    const VER = '4.19.5-Debian', DOM = 'CORP', REALM = 'CORP.EXAMPLE.COM', SRV = '10.10.0.15', SIDP = 'S-1-5-21-1004336348-1177238915-682003330';
    const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina', 'hugo', 'ines', 'jon', 'kim', 'leo'].map((u, i) => ({ u, rid: 1104 + i * 3, groups: i < 3 ? ['Finance'] : [] }));
    const wss = Array.from({ length: 16 }, (_, i) => ({ name: `ws-0${140 + i * 3}`, ip: `10.10.20.${30 + i * 4}` }));
    const shares = { Projects: ['plan.docx', 'roadmap/Q2.pptx', 'specs/api-v3.md', 'budget.xlsx', 'designs/logo.svg', 'meeting-notes/2025-03-11.docx'], Finance: ['invoices/2025/INV-2025-0311.pdf', 'payroll/march.xlsx', 'forecast.xlsx'],
      Public: ['handbook.pdf', 'templates/letterhead.dotx', 'lunch-menu.pdf'], Scans: ['scan_20250312_0931.pdf', 'scan_20250312_1044.pdf'] };
    const SHARES = Object.keys(shares);
    let pid = g.int(20000, 30000), wbpid = g.int(1000, 2000);
    const sessions = [];
    const adate = () => { const d = new Date(g.t); return `${DAY[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${g.int(100000, 999999)} UTC`; };
    const uid = (x) => 10000 + x.rid;
    const startSmbd = () => {
      g.e('smbdStarted', VER); g.e('copyright', '2023'); g.e('rlimit', 1024, 16384); g.e('initGlobals');
      for (const s of ['global', 'homes', 'IPC$', ...SHARES, 'Archive']) g.e('processingSection', s);
      g.e('printcap', '/etc/printcap'); g.e('usershares', '/var/lib/samba/usershares');
      g.e('addedIface', 'ens18', SRV, '10.10.255.255', '255.255.0.0');
      g.e('registeredPool'); g.e('registeredDmalloc');
      g.e('daemonReady', 'smbd');
    };
    const startWinbind = () => {
      g.e('winbindStarted', VER); g.e('copyright', '2023'); g.e('initGlobals');
      for (const s of ['global', 'homes', 'IPC$', ...SHARES, 'Archive']) g.e('processingSection', s);
      g.e('idmapRange', '*');
      g.e('wbCacheInit', 2);
      g.e('addedDomain', 'BUILTIN', 'BUILTIN', 'S-1-5-32'); g.e('addedDomain', 'FS01', 'FS01', `${SIDP.replace('1004336348', '2918004151')}`); g.e('addedDomain', DOM, REALM, SIDP);
      g.e('daemonReady', 'winbindd');
    };
    const boot = () => { startSmbd(); startWinbind(); };
    const open = () => {
      const ws = g.zipf(wss, 0.9), user = g.zipf(users, 0.9), port = g.eport(), mypid = ++pid;
      const ntlm = g.chance(0.3);
      if (ntlm) {
        g.e('pamAuthCrap', wbpid + g.int(0, 20), DOM, user.u);
        g.e('authOk', 'SMB2', '(null)', DOM, user.u, adate(), 'NTLMv2', ws.name.toUpperCase(), ws.ip, port, DOM, user.u, `${SIDP}-${user.rid}`, SRV, 445);
      }
      g.e('authz', 'SMB2', ntlm ? 'NTLMSSP' : 'krb5', DOM, user.u, `${SIDP}-${user.rid}`, adate(), ws.ip, port, SRV, 445);
      const s = { ws, user, port, pid: mypid, svcs: [] };
      const conn = (svc) => { g.e(g.chance(0.55) ? 'signedConnect' : 'connect', ws.name, ws.ip, port, svc, user.u, uid(user), 10513, mypid); s.svcs.push(svc); };
      conn('IPC$');
      const want = g.chance(0.6) ? user.u : g.zipf(SHARES, 1);
      if (want === 'Finance' && !user.groups.includes('Finance')) { g.e('notPermitted', user.u, 'Finance'); }
      else conn(want);
      if (g.chance(0.3)) { const x = g.zipf(SHARES, 1); if (!s.svcs.includes(x) && (x !== 'Finance' || user.groups.includes('Finance'))) conn(x); }
      sessions.push(s);
    };
    const fileOp = () => {
      if (!sessions.length) return open();
      const s = g.zipf(sessions.slice().reverse(), 0.5), svc = g.pick(s.svcs.filter((x) => x !== 'IPC$')) ;
      if (!svc) return smbErr();
      const files = shares[svc] || ['Documents/notes.txt', 'Desktop/todo.txt', 'Downloads/report.pdf', 'AppData/Roaming/Microsoft/Signatures/default.htm', 'Documents/cv.docx'];
      const f = g.zipf(files, 1);
      const w = g.chance(0.3) ? 'Yes' : 'No', n = g.int(1, 3);
      g.e('opened', s.user.u, f, 'Yes', w, n);
      if (g.chance(0.15)) { const f2 = g.pick(files); g.e('opened', s.user.u, f2, 'Yes', 'No', n + 1); g.e('closed', s.user.u, f2, n); }
      g.e('closed', s.user.u, f, n - 1);
    };
    const SMB2_ERR = [['NT_STATUS_OBJECT_NAME_NOT_FOUND', 'smb2_create.c', 351], ['NT_STATUS_OBJECT_NAME_NOT_FOUND', 'smb2_create.c', 351], ['NT_STATUS_ACCESS_DENIED', 'smb2_create.c', 351],
      ['NT_STATUS_FILE_IS_A_DIRECTORY', 'smb2_create.c', 351], ['NT_STATUS_NO_MORE_FILES', 'smb2_query_directory.c', 160], ['NT_STATUS_NOT_SUPPORTED', 'smb2_ioctl.c', 309], ['NT_STATUS_OBJECT_PATH_NOT_FOUND', 'smb2_create.c', 351]];
    const smbErr = () => { const [st, f, l] = g.zipf(SMB2_ERR, 1); g.e('smb2Err', g.pick([1, 1, 1, 2]), st, `../../source3/smbd/${f}`, l); };
    const close = () => {
      if (sessions.length < 3) return open();
      const s = sessions.splice(g.int(0, sessions.length - 1), 1)[0];
      for (const svc of s.svcs.slice().reverse()) g.e('closedConn', s.ws.name, s.ws.ip, s.port, svc);
      if (g.chance(0.3)) { g.e('readErr', '0.0.0.0'); g.e('serverExit', 'NT_STATUS_CONNECTION_RESET'); }
      else if (g.chance(0.15)) g.e('serverExit', 'NT_STATUS_END_OF_FILE');
    };
    const authFail = () => {
      const ws = g.zipf(wss, 1), port = g.eport();
      const [name, st] = g.wpick([[5, [g.zipf(users, 1).u, 'NT_STATUS_WRONG_PASSWORD']], [2, [g.pick(['administrator', 'scanner', 'backup', 'test']), 'NT_STATUS_NO_SUCH_USER']], [1, [users[7].u, 'NT_STATUS_ACCOUNT_LOCKED_OUT']]]);
      g.e('pamAuthCrap', wbpid + g.int(0, 20), DOM, name);
      g.e('ntlmFail', name, name, st, 1);
      g.e('authFail', 'SMB2', '(null)', DOM, name, adate(), 'NTLMv2', st, ws.name.toUpperCase(), ws.ip, port, DOM, name, SRV, 445);
    };
    drive(g, {
      gapMs: 12000,
      startup: boot,
      steady: [
        [42, fileOp], [10, open], [8, close], [11, smbErr], [2.2, authFail],
        [3, () => g.e('cups', 'localhost', 631)],
        [3, () => { const u = g.zipf(users, 1); if (g.chance(0.7)) g.e('getpwnam', wbpid + g.int(0, 20), `${DOM}\\${u.u}`); else g.e('getgrnam', wbpid + g.int(0, 20), `${DOM}\\domain users`); }],
        [1.5, () => g.e('couldNotFindChild', pid - g.int(1, 40))],
        [0.5, () => { const s = sessions.length ? g.pick(sessions) : null; g.e('getEa', s ? `${s.user.u}/AppData/Local/Temp/~WRL${g.int(1000, 9999)}.tmp` : 'Public/Thumbs.db'); }],
      ],
      rare: [
        () => { // the DC becomes unreachable for a while
          g.e('cmConnectFail', 'dc01.corp.example.com', DOM, 'NT_STATUS_IO_TIMEOUT');
          g.e('domainOffline', DOM);
          g.e('kinitFail', `FS01$@${REALM}`, 'Cannot contact any KDC for requested realm');
          g.e('sidConvert', `${SIDP}-${users[3].rid}`, 'NT_STATUS_IO_TIMEOUT');
          g.advance(g.int(60000, 180000));
          g.e('domainOnlineReq', DOM); g.e('cmConnectFail', 'dc01.corp.example.com', DOM, 'NT_STATUS_HOST_UNREACHABLE'); g.advance(30000);
          g.e('domainOnlineReq', DOM); g.e('domainOnline', DOM);
        },
        () => { g.e('sighupReload'); g.e('refreshing'); g.e('initGlobals'); for (const s of ['global', 'homes', 'IPC$', ...SHARES, 'Archive']) g.e('processingSection', s); g.e('unknownParam', 'client use spnego principal'); g.e('ignoringParam', 'client use spnego principal'); },
        () => { const ws = wss[5]; g.e('canonFail', 'Archive', '/srv/archive'); g.e('smb2Err', 1, 'NT_STATUS_BAD_NETWORK_NAME', '../../source3/smbd/smb2_tcon.c', 151); void ws; },
        () => g.e('getpeername'),
        () => g.e('sidConvert', `${SIDP}-1187`, 'NT_STATUS_NONE_MAPPED'),
        () => g.e('machinePw', DOM),
        () => { for (let k = 0; k < 3; k++) { const s = sessions.length ? g.pick(sessions) : null; g.e('smb2Err', 1, 'NT_STATUS_DISK_FULL', '../../source3/smbd/smb2_write.c', 99); void s; } },
        () => { // restart after a package upgrade
          g.e('sigterm', 15, 1); g.e('serverExit', 'normal exit');
          sessions.length = 0; wbpid += g.int(100, 900); pid += g.int(100, 900);
          g.advance(g.int(3000, 9000)); boot();
        },
      ],
    });
  },
});

// ====================================================== HomeAssistant ====
// Home Assistant Core 2024.6 (Python logging, "logger: default: info") in a
// house with Zigbee via an MQTT bridge, ESPHome and Tasmota devices, cloud
// weather and energy integrations, a handful of automations and scripts,
// custom integrations, a reverse proxy in front of the web UI.
// Raw line: '2025-03-12 10:04:05.123 WARNING (MainThread) [homeassistant.components.automation.hallway_motion_light] Hallway motion light: Already running'
// -> Content is the text after "[logger] ": timestamp, level, (thread) and
// [logger name] are the header. The automation/script alias that Home
// Assistant writes into the message ("Hallway motion light: ") stays.
SYSTEMS.push({
  name: 'HomeAssistant',
  templates: {
    configDir: 'Config directory: <*>',
    customIntegration: 'We found a custom integration <*> which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant',
    recorderUnclean: 'The system could not validate that the sqlite3 database at <*> was shutdown cleanly',
    endedSession: 'Ended unfinished session (id=<*> from <*>)',
    setupGroup: 'Setting up <*>: {<*>}',
    settingUp: 'Setting up <*>',
    setupTook: 'Setup of domain <*> took <*> seconds',
    setupTakingOver: 'Setup of <*> is taking over <*> seconds.',
    deprecatedOption: "The '<*>' option is deprecated, please remove it from your configuration",
    invalidConfig: "Invalid config for '<*>' at <*>, line <*>: <*>",
    platformNotFound: "Unable to prepare setup for platform '<*>': Platform not found (No module named '<*>').",
    integrationNotFound: 'Setup failed for <*>: Integration not found.',
    depsFailed: 'Unable to set up dependencies of <*>. Setup failed for dependencies: <*>',
    notReady: "Config entry '<*>' for <*> integration not ready yet: <*>; Retrying in background",
    errorSettingUpEntry: 'Error setting up entry <*> for <*>',
    platformSetupErr: 'Error while setting up <*> platform for <*>',
    noUniqueId: 'Platform <*> does not generate unique IDs. ID <*> already exists - ignoring <*>',
    invalidUnit: "Entity <*> (<class '<*>'>) is using native unit of measurement '<*>' which is not a valid unit for the device class ('<*>') it is using; expected one of <*>",
    waitingIntegrations: 'Waiting on integrations to complete setup: <*>',
    somethingBlocking: "Something is blocking Home Assistant from wrapping up the start up phase. We're going to continue anyway. Please report the following info at https://github.com/home-assistant/core/issues: <*>",
    initialized: 'Home Assistant initialized in <*>',
    timerStarting: 'Timer:starting',
    initTrigger: 'Initialized trigger <*>',
    autoRunning: '<*>: Running automation actions',
    scriptRunning: '<*>: Running script sequence',
    stepCallService: '<*>: Executing step call service',
    stepDelay: '<*>: Executing step delay <*>',
    stepDevice: '<*>: Executing step device automation',
    stepWait: '<*>: Executing step wait template',
    alreadyRunning: '<*>: Already running',
    scriptInvalidData: '<*>: Error executing script. Invalid data for call_service at pos <*>: <*>',
    scriptUnexpected: '<*>: Error executing script. Unexpected error for call_service at pos <*>: <*>',
    errorWhileExecuting: 'Error while executing automation <*>: <*>',
    referencedMissing: 'Referenced entities <*> are missing or not currently available',
    templateWarn: "Template variable warning: '<*>' has no attribute '<*>' when rendering '<*>'",
    templateErr: "Template variable error: '<*>' is undefined when rendering '<*>'",
    errorFetching: 'Error fetching <*> data: <*>',
    fetchRecovered: 'Fetching <*> data recovered',
    errorRequesting: 'Error requesting <*> data: <*>',
    updateTakingOver: 'Update of <*> is taking over <*> seconds',
    tookLonger: 'Updating <*> <*> took longer than the scheduled update interval <*>',
    updatingStateSlow: 'Updating state for <*> (<*>) took <*> seconds. Please create a bug report at <*>',
    esphomeCantConnect: "Can't connect to ESPHome API for <*> @ <*>: <*>",
    mqttConnected: 'Connected to MQTT server <*>:<*> (<*>)',
    mqttDisconnected: 'Disconnected from MQTT server <*>:<*> (<*>)',
    mqttFailed: 'Failed to connect to MQTT server due to exception: <*>',
    invalidAuth: "Login attempt or request with invalid authentication from <*> (<*>). Requested URL: '<*>'. (<*>)",
    banned: 'Banned IP <*> for too many login attempts',
    wsAuthTimeout: '[<*>] Disconnected: Did not receive auth message within <*> seconds',
    wsPending: '[<*>] Client exceeded max pending messages [<*>]: <*>',
    errorDoingJobTask: 'Error doing job: Task exception was never retrieved',
    errorDoingJobUnclosed: 'Error doing job: Unclosed client session',
    blockingCall: "Detected blocking call to <*> with args <*> inside the event loop by custom integration '<*>' at <*>, line <*>: <*>, please create a bug report at <*>",
    shutdownStage: "Shutdown stage '<*>': still running: <*>",
    timeoutStop: 'Timed out waiting for integrations to stop, the shutdown will continue',
  },
  scenario(g) {
    const CORE = ['http', 'api', 'auth', 'frontend', 'onboarding', 'websocket_api', 'recorder', 'history', 'logbook', 'person', 'zone', 'sun', 'backup', 'energy', 'mqtt', 'esphome',
      'met', 'openweathermap', 'automation', 'script', 'scene', 'input_boolean', 'input_number', 'template', 'ping', 'mobile_app', 'cast', 'sonos', 'hue', 'unifi', 'tts', 'hacs', 'powercalc', 'localtuya'];
    const CUSTOM = ['hacs', 'powercalc', 'localtuya'];
    const PLATFORMS = ['sensor.template', 'binary_sensor.template', 'binary_sensor.ping', 'sensor.mqtt', 'light.mqtt', 'switch.mqtt', 'sensor.openweathermap', 'weather.met', 'sensor.powercalc', 'media_player.cast', 'media_player.sonos', 'light.hue', 'device_tracker.unifi', 'sensor.esphome', 'switch.localtuya'];
    const autos = [
      ['Hallway motion light', ['call service', 'delay 0:02:00', 'call service'], 30],
      ['Kitchen motion light', ['call service', 'wait template', 'call service'], 18],
      ['Morning blinds', ['device automation', 'call service'], 3],
      ['Night mode', ['call service', 'call service', 'call service'], 3],
      ['Washing machine done', ['wait template', 'call service'], 4],
      ['Garage door left open', ['delay 0:10:00', 'call service'], 4],
      ['Office heater schedule', ['call service'], 6],
      ['Presence - away', ['call service', 'device automation'], 3],
      ['Solar surplus - EV charger', ['call service', 'delay 0:05:00'], 8],
    ].map(([alias, steps, w]) => ({ alias, steps, w, running: false }));
    const scripts = [['Good night', ['call service', 'delay 0:00:30', 'call service']], ['Movie time', ['call service', 'call service']]];
    const coords = [['openweathermap', 'Error communicating with API: Cannot connect to host api.openweathermap.org:443 ssl:default [Temporary failure in name resolution]'],
      ['SolarEdge', 'Timeout fetching site data'], ['unifi', 'Error communicating with UniFi controller: 502, message=\'Bad Gateway\', url=\'https://10.0.0.1/proxy/network/api/s/default/stat/sta\''], ['Tibber', 'Error connecting to Tibber: 429 Too Many Requests']]
      .map(([name, err]) => ({ name, err, bad: false }));
    const esp = [['garage-door', '10.0.2.40'], ['greenhouse-sensor', '10.0.2.44'], ['attic-fan', '10.0.2.47']];
    const badIps = ['203.0.113.77', '198.51.100.23', '203.0.113.140'];
    const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
    let failedLogins = 0, sessionId = g.int(200, 400);
    const boot = (clean) => {
      g.e('configDir', '/config');
      for (const c of CUSTOM) g.e('customIntegration', c);
      if (!clean) { g.e('recorderUnclean', '//config/home-assistant_v2.db'); g.e('endedSession', sessionId, `${g.ymdhms(g.t - g.int(3600e3, 9 * 3600e3))}.${g.int(100000, 999999)}`); }
      sessionId++;
      g.e('setupGroup', 'logging, http and frontend', "'logger', 'http', 'frontend', 'system_log', 'network'");
      g.e('setupGroup', 'recorder', "'recorder'");
      g.e('setupGroup', 'stage 1', CORE.slice(0, 14).map((x) => `'${x}'`).join(', '));
      g.e('deprecatedOption', 'scan_interval'); g.e('invalidConfig', 'template', 'configuration.yaml', 214, "'unit_of_measurement' is an invalid option for 'template', check: binary_sensor->0->unit_of_measurement");
      for (const d of CORE) {
        g.e('settingUp', d);
        if (d === 'unifi' && g.chance(0.5)) g.e('setupTakingOver', d, 10);
        g.e('setupTook', d, g.float(0, d === 'hacs' || d === 'recorder' ? 4 : 1.2, 2));
        if (d === 'template') g.e('platformNotFound', 'sensor.rest_old', 'custom_components.rest_old');
      }
      g.e('setupGroup', 'stage 2', CORE.slice(14).map((x) => `'${x}'`).join(', '));
      for (const p of PLATFORMS) g.e('settingUp', p);
      g.e('noUniqueId', 'template', 'sensor.house_power', 'sensor.house_power');
      g.e('invalidUnit', 'sensor.greenhouse_soil_moisture', 'homeassistant.components.esphome.sensor.EsphomeSensor', 'raw', 'moisture', "['%']");
      g.e('notReady', 'Living room speaker', 'sonos', 'Timed out connecting to 10.0.4.21:1400');
      g.e('mqttConnected', 'core-mosquitto', 1883, 0);
      if (g.chance(0.7)) g.e('waitingIntegrations', "{'unifi': <Task pending name='setup unifi' coro=<async_setup_component() running at /usr/src/homeassistant/homeassistant/setup.py:163>>}");
      g.e('initialized', `${g.float(8, 30, 2)}s`);
      g.e('timerStarting');
      for (const a of autos) g.e('initTrigger', a.alias);
    };
    const runAuto = () => {
      const a = g.wpick(autos.map((x) => [x.w, x]));
      if (a.running && g.chance(0.3)) { g.e('alreadyRunning', a.alias); return; }
      g.e('autoRunning', a.alias);
      if (a.alias.startsWith('Hallway') && g.chance(0.2)) g.e('referencedMissing', 'light.hallway_old');
      for (const st of a.steps) {
        if (st === 'call service') g.e('stepCallService', a.alias);
        else if (st === 'device automation') g.e('stepDevice', a.alias);
        else if (st === 'wait template') g.e('stepWait', a.alias);
        else g.e('stepDelay', a.alias, st.slice(6));
        if (st.startsWith('delay')) { a.running = true; break; }
      }
      if (a.running && g.chance(0.7)) a.running = false;
    };
    const coordErr = () => {
      const c = g.zipf(coords, 1);
      if (c.bad && g.chance(0.5)) { c.bad = false; g.e('fetchRecovered', c.name); return; }
      if (!c.bad) { c.bad = true; g.e(c.name === 'Tibber' ? 'errorRequesting' : 'errorFetching', c.name, c.err); }
    };
    const slow = () => {
      const k = g.wpick([[5, 'ping'], [3, 'upd'], [1, 'state']]);
      if (k === 'ping') g.e('tookLonger', 'ping', 'binary_sensor', '0:00:05');
      else if (k === 'upd') g.e('updateTakingOver', g.pick(['sensor.nas_cpu_temperature', 'sensor.nas_volume_used', 'media_player.living_room_tv']), 10);
      else g.e('updatingStateSlow', 'sensor.energy_today', "<class 'custom_components.powercalc.sensors.energy.VirtualEnergySensor'>", g.float(0.4, 2.5, 3), 'https://github.com/bramstroker/homeassistant-powercalc/issues');
    };
    const tplWarn = () => {
      if (g.chance(0.8)) g.e('templateWarn', 'dict object', ...g.pick([['ENERGY', '{{ value_json.ENERGY.Power }}'], ['power', '{{ value_json.power }}'], ['power', '{{ value_json.power }}'], ['linkquality', '{{ value_json.linkquality }}']]));
      else g.e('templateErr', 'value_json', '{{ value_json.temperature | round(1) }}');
    };
    const espDown = () => { const [n, ip] = g.zipf(esp, 1.2); g.e('esphomeCantConnect', n, ip, `Error connecting to [AddrInfo(family=<AddressFamily.AF_INET: 2>, type=<SocketKind.SOCK_STREAM: 1>, proto=6, sockaddr=IPv4Sockaddr(address='${ip}', port=6053))]: [Errno 113] Connect call failed ('${ip}', 6053) (SocketAPIError)`); };
    const badLogin = () => {
      const ip = g.zipf(badIps, 1);
      g.e('invalidAuth', ip, ip, g.pick(['/auth/login_flow/' + g.hex(32), '/api/', '/auth/token']), UA);
      if (++failedLogins === 5) g.e('banned', ip);
    };
    const ws = () => { if (g.chance(0.8)) g.e('wsAuthTimeout', g.int(139900000000000, 139999999999999), 10); else g.e('wsPending', g.int(139900000000000, 139999999999999), 4096, "{'id': " + g.int(100, 900) + ", 'type': 'event', 'event': {...}}"); };
    drive(g, {
      gapMs: 25000,
      startup: () => boot(true),
      steady: [
        [40, runAuto], [9, tplWarn], [6, coordErr], [6, slow], [4, espDown], [2.5, badLogin], [2, ws],
        [2, () => { const [n, steps] = g.pick(scripts); g.e('scriptRunning', n); for (const st of steps) { if (st === 'call service') g.e('stepCallService', n); else { g.e('stepDelay', n, st.slice(6)); break; } } }],
      ],
      rare: [
        () => { g.e('mqttDisconnected', 'core-mosquitto', 1883, '7: The connection was lost.'); g.advance(5000); g.e('mqttFailed', '[Errno 111] Connection refused'); g.advance(10000); g.e('mqttConnected', 'core-mosquitto', 1883, 0); },
        () => { g.e('scriptInvalidData', 'Night mode', 2, "expected float for dictionary value @ data['brightness_pct']"); g.e('errorWhileExecuting', 'automation.night_mode', "expected float for dictionary value @ data['brightness_pct']"); },
        () => g.e('scriptUnexpected', 'Presence - away', 1, 'Unable to find service climate.set_preset_mode'),
        () => g.e('errorDoingJobTask'),
        () => g.e('errorDoingJobUnclosed'),
        () => g.e('blockingCall', 'open', "('/config/custom_components/localtuya/devices.json', 'r')", 'localtuya', 'custom_components/localtuya/common.py', 211, 'with open(self._cache_file, "r") as f', 'https://github.com/rospogrigio/localtuya/issues'),
        () => { g.e('errorSettingUpEntry', '10.0.4.21', 'sonos'); g.e('platformSetupErr', 'media_player', 'sonos'); },
        () => g.e('integrationNotFound', 'rest_old'),
        () => g.e('depsFailed', 'energy_meter', 'tibber'),
        () => g.e('somethingBlocking', 'unifi'),
        () => { // restart from the UI
          g.e('shutdownStage', 'stop integrations', "[<Task pending name='Task-18842' coro=<UnifiHub.async_reset() running at /usr/src/homeassistant/homeassistant/components/unifi/hub/hub.py:412>>]");
          g.e('timeoutStop'); g.advance(g.int(10000, 30000)); boot(true);
        },
        () => { g.advance(g.int(30000, 90000)); boot(false); },
      ],
    });
  },
});

// ========================================================== FluentBit ====
// Fluent Bit 3.0 as a Kubernetes DaemonSet on one node: tail input on
// container logs with a DB and filesystem buffering, a forward input for
// sidecars, kubernetes/parser/rewrite_tag filters, outputs to a forward
// aggregator, an HTTP log endpoint and S3 archives.
// Raw line: '[2025/03/12 10:04:05] [ warn] [engine] failed to flush chunk '1-1741773845.123456789.flb', retry in 9 seconds: task_id=3, input=tail.0 > output=forward.0 (out_id=0)'
// -> Content is the text after the timestamp, the "[level]" and the first
// bracketed component ("[engine]", "[input:tail:tail.0]", "[output:http:http.2]",
// "[fluent bit]", ...), which are the header. The startup banner lines are
// unheaded and kept as they are.
SYSTEMS.push({
  name: 'FluentBit',
  templates: {
    banner1: 'Fluent Bit v<*>',
    banner2: '* Copyright (C) 2015-<*> The Fluent Bit Authors',
    banner3: '* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd',
    banner4: '* https://fluentbit.io',
    fbVersion: 'version=<*>, commit=<*>, pid=<*>',
    storageVer: 'ver=<*>, type=<*>, sync=<*>, checksum=<*>, max_chunks_up=<*>',
    libVersion: 'version=<*>',
    initializing: 'initializing',
    storageStrategy: "storage_strategy='<*>' (<*>)",
    multilineStarted: 'multiline core started',
    dbStale: 'db: delete unmonitored stale inodes from the database: count=<*>',
    backlogPlugin: 'backlog input plugin: <*>',
    queueLimit: 'queue memory limit: <*>',
    listenForward: 'listening on <*>:<*>',
    k8sHost: 'https=<*> host=<*> port=<*>',
    k8sLocalPod: 'local POD info OK',
    k8sTesting: 'testing connectivity with API server...',
    k8sConnOk: 'connectivity OK',
    k8sTokenUpdated: 'token updated',
    k8sNoMeta: 'could not get meta for POD <*>',
    workerStarted: 'worker #<*> started',
    s3UploadSize: 'Using upload size <*> bytes',
    s3Buffered: 'Sending locally buffered data from previous executions to S3; buffer=<*>',
    httpServer: 'listen iface=<*> tcp_port=<*>',
    spStarted: 'stream processor started',
    inotifyAdd: 'inotify_fs_add(): inode=<*> watch_fd=<*> name=<*>',
    inotifyRemove: 'inotify_fs_remove(): inode=<*> watch_fd=<*>',
    rotation: 'inode=<*> handle rotation(): <*> => <*>',
    linkRotated: 'inode=<*> link_rotated: <*>',
    fileDeleted: 'inode=<*> file has been deleted: <*>',
    purgeDeleted: 'purge: monitored file has been deleted: <*>',
    lineTooLong: 'file=<*> requires a larger buffer size, lines are too long. Skipping file.',
    paused: '<*> paused (mem buf overlimit)',
    resumed: '<*> resume (mem buf overlimit)',
    pausedStorage: '<*> paused (storage buf overlimit <*>/<*> chunks)',
    httpStatus: '<*>:<*>, HTTP status=<*>',
    httpStatusBody: '<*>:<*>, HTTP status=<*> <*>',
    noUpstream: 'no upstream connections available',
    noUpstreamTo: 'no upstream connections available to <*>:<*>',
    upstreamTimeout: 'connection #<*> to tcp://<*>:<*> timed out after <*> seconds (connection timeout)',
    tcpFailed: 'TCP connection failed: <*>:<*> (Connection refused)',
    socketCouldNot: 'socket #<*> could not connect to <*>:<*>',
    getaddrinfo: "getaddrinfo(host='<*>', err=<*>): Timeout while contacting DNS servers",
    flushFailed: "failed to flush chunk '<*>', retry in <*> seconds: task_id=<*>, input=<*> > output=<*> (out_id=<*>)",
    flushRetryOk: "flush chunk '<*>' succeeded at retry <*>: task_id=<*>, input=<*> > output=<*> (out_id=<*>)",
    cannotRetry: "chunk '<*>' cannot be retried: task_id=<*>, input=<*> > output=<*>",
    httpBuffer: 'cannot increase buffer: current=<*> requested=<*> max=<*>',
    s3Uploaded: 'Successfully uploaded object <*>',
    s3PutErr: "PutObject API responded with error='<*>', message='<*>'",
    s3ChunkFail: 'Chunk file failed to send <*> times, will not retry',
    invalidTime: "invalid time format <*> for '<*>'",
    tlsEof: 'error: unexpected EOF',
    emitterErr: 'error registering chunk with tag: <*>',
    forwardExceed: 'fd=<*> incoming data exceed limit (<*> bytes)',
    caughtSignal: 'caught signal (<*>)',
    shutdownMax: 'service will shutdown in max <*> seconds',
    pausingAll: 'pausing all inputs..',
    pausingInput: 'pausing <*>',
    pendingTasks: '<*> has <*> pending task(s):',
    taskRunning: 'task_id=<*> still running on route(s): <*>',
    serviceStopped: 'service has stopped (<*> pending tasks)',
    workerStopping: 'thread worker #<*> stopping...',
    workerStopped: 'thread worker #<*> stopped',
  },
  scenario(g) {
    const VER = '3.0.3', COMMIT = 'f5a1b0c2e9', HTTP = ['logs.example.net', 443], AGG = ['10.96.14.22', 24224];
    const apps = [['shop', 'frontend', 3], ['shop', 'cart', 2], ['shop', 'checkout', 2], ['payments', 'ledger-api', 2], ['search', 'query-api', 2], ['auth', 'session-broker', 1],
      ['ingress', 'edge-proxy', 2], ['monitoring', 'metrics-gateway', 1], ['batch', 'nightly-report', 1], ['kube-system', 'dns', 2]];
    let inode = g.int(2000000, 2900000), wfd = 0, taskId = 0, pid = 1, chunkN = 0;
    const files = [];
    const mkFile = () => {
      const [ns, app] = g.zipf(apps, 0.8), pod = `${app}-${g.alnum(10, SAFE)}-${g.alnum(5, SAFE)}`;
      const f = { ns, app, pod, path: `/var/log/containers/${pod}_${ns}_${app}-${g.hex(64)}.log`, inode: inode += g.int(1, 9000), fd: ++wfd };
      files.push(f); return f;
    };
    const chunk = () => `${pid}-${Math.floor(g.t / 1000)}.${g.int(100000000, 999999999)}.flb`;
    const retries = []; // pending failed chunks
    const boot = (first) => {
      g.e('banner1', VER); g.e('banner2', '2024'); g.e('banner3'); g.e('banner4');
      g.e('fbVersion', VER, COMMIT, pid);
      g.e('storageVer', '1.5.2', 'memory+filesystem', 'normal', 'off', 128);
      g.e('libVersion', '0.9.0'); g.e('libVersion', '0.5.1');
      g.e('initializing'); g.e('storageStrategy', 'filesystem', 'memory + filesystem'); g.e('multilineStarted');
      g.e('dbStale', first ? g.int(0, 4) : g.int(3, 20));
      g.e('initializing'); g.e('storageStrategy', 'memory', 'memory only'); g.e('listenForward', '0.0.0.0', 24224);
      g.e('initializing'); g.e('storageStrategy', 'memory', 'memory only');
      g.e('k8sHost', 1, 'kubernetes.default.svc', 443); g.e('k8sLocalPod'); g.e('k8sTesting'); g.e('k8sConnOk');
      g.e('workerStarted', 0); g.e('workerStarted', 1);
      g.e('s3UploadSize', 50000000);
      if (!first) g.e('s3Buffered', '/var/fluent-bit/s3/archive');
      g.e('workerStarted', 0);
      g.e('httpServer', '0.0.0.0', 2020);
      g.e('backlogPlugin', 'storage_backlog.3'); g.e('initializing'); g.e('storageStrategy', 'memory', 'memory only'); g.e('queueLimit', '95.4M');
      g.e('spStarted');
      if (first) for (let k = 0; k < 18; k++) mkFile();
      for (const f of files) { f.fd = ++wfd; g.e('inotifyAdd', f.inode, f.fd, f.path); }
    };
    const httpOk = () => g.e('httpStatus', HTTP[0], HTTP[1], g.chance(0.97) ? 200 : 202);
    const flush = () => {
      if (retries.length && g.chance(0.4)) {
        const r = retries.shift();
        if (r.n >= 5 || g.chance(0.08)) { g.e('cannotRetry', r.c, r.t, r.in, r.out); return; }
        if (r.up()) g.e('flushRetryOk', r.c, r.n, r.t, r.in, r.out, r.oid);
        else { r.n++; g.e('flushFailed', r.c, g.int(6, 8 * r.n * 2), r.t, r.in, r.out, r.oid); retries.push(r); }
        return;
      }
      httpOk();
    };
    let aggDown = false;
    const fwdFail = () => {
      const c = chunk(), t = taskId++ % 64, inp = g.chance(0.8) ? 'tail.0' : 'forward.1';
      g.e('flushFailed', c, g.int(6, 14), t, inp, 'forward.0', 0);
      retries.push({ c, t, in: inp, out: 'forward.0', oid: 0, n: 1, up: () => !aggDown });
    };
    const podChurn = () => {
      if (files.length > 14 && g.chance(0.5)) {
        const f = files.splice(g.int(0, files.length - 1), 1)[0];
        g.e('fileDeleted', f.inode, f.path); g.e('inotifyRemove', f.inode, f.fd);
      } else { const f = mkFile(); g.e('inotifyAdd', f.inode, f.fd, f.path); }
    };
    const rotate = () => {
      const f = g.zipf(files, 1); if (!f) return podChurn();
      const d = new Date(g.t), rot = `/var/log/pods/${f.ns}_${f.pod}_${g.uuid()}/${f.app}/0.log.${g.ymd(g.t, '')}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
      g.e('rotation', f.inode, f.path, rot);
      if (g.chance(0.5)) g.e('linkRotated', f.inode, f.path);
      g.e('inotifyRemove', f.inode, f.fd);
      f.inode += g.int(1, 500); f.fd = ++wfd; g.e('inotifyAdd', f.inode, f.fd, f.path);
    };
    const backpressure = () => {
      const inp = g.chance(0.8) ? 'tail.0' : 'emitter_for_rewrite_tag.2';
      g.e('paused', inp); for (let k = g.int(0, 3); k > 0; k--) { g.advance(g.int(200, 3000)); httpOk(); } g.e('resumed', inp);
      if (g.chance(0.3)) { g.advance(g.int(100, 800)); g.e('paused', inp); g.advance(g.int(300, 2000)); g.e('resumed', inp); }
    };
    const s3 = () => { const d = new Date(g.t); g.e('s3Uploaded', `/fluent-bit-logs/kube.var.log.containers/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCHours())}/${pad(d.getUTCMinutes())}/${pad(d.getUTCSeconds())}-object${g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}`); };
    const noMeta = () => { const f = g.zipf(files, 1); g.e('k8sNoMeta', f ? f.pod : 'unknown'); };
    const bufWarn = () => g.e('httpBuffer', 512000, 512000 + g.int(1, 80) * 4096, 512000);
    const badTime = () => g.e('invalidTime', '%d/%b/%Y:%H:%M:%S %z', `${g.int(10, 28)}/${MON[g.int(0, 11)]}/2025 ${pad(g.int(0, 23))}:${pad(g.int(0, 59))}:${pad(g.int(0, 59))}`);
    const http4xx = () => { const [st, body] = g.wpick([[5, [400, '{"error":"invalid timestamp","rejected":' + g.int(1, 40) + '}']], [1, [413, '{"error":"payload too large"}']], [2, [429, '{"error":"rate limited","retry_after":5}']]]); g.e('httpStatusBody', HTTP[0], HTTP[1], st, body); };
    drive(g, {
      gapMs: 7000,
      startup: () => boot(true),
      steady: [
        [40, flush], [9, podChurn], [6, rotate], [7, backpressure], [3, s3], [3, noMeta], [3, bufWarn], [2.5, badTime], [1.8, http4xx],
        [1.5, () => g.e('tlsEof')],
        [2, () => { if (!aggDown && g.chance(0.7)) return flush(); fwdFail(); }],
      ],
      rare: [
        () => { // the forward aggregator is down for a while
          aggDown = true;
          for (let k = 0; k < 8; k++) {
            const w = k === 1 ? 'none' : g.wpick([[3, 'timeout'], [2, 'refused'], [1, 'none']]);
            if (w === 'timeout') g.e('upstreamTimeout', g.int(40, 400), ...AGG, 10);
            else if (w === 'refused') { g.e('tcpFailed', ...AGG); g.e('socketCouldNot', g.int(40, 400), ...AGG); }
            else g.e('noUpstream');
            fwdFail(); g.advance(g.int(2000, 12000)); if (g.chance(0.5)) httpOk();
          }
          aggDown = false;
        },
        () => { for (let k = 0; k < 3; k++) { g.e('getaddrinfo', 'log-aggregator.logging.svc.cluster.local', 12); g.advance(g.int(1000, 5000)); } g.e('noUpstreamTo', ...HTTP); },
        () => { g.e('s3PutErr', 'AccessDenied', 'Access Denied'); g.advance(60000); g.e('s3PutErr', 'AccessDenied', 'Access Denied'); g.e('s3ChunkFail', 5); },
        () => { const f = g.zipf(files, 1); g.e('lineTooLong', f.path); },
        () => { const c = chunk(), t = taskId++ % 64; for (let n = 1; n <= 2; n++) { http4xx(); g.e('flushFailed', c, g.int(8, 30 * n), t, 'tail.0', 'http.2', 2); g.advance(g.int(10000, 40000)); } http4xx(); g.e('cannotRetry', c, t, 'tail.0', 'http.2'); },
        () => { const f = files[files.length - 1]; g.e('purgeDeleted', f.path); },
        () => g.e('forwardExceed', g.int(20, 90), 6291456),
        () => g.e('emitterErr', 'audit.kube.var.log.containers.' + g.pick(files).pod),
        () => { g.e('pausedStorage', 'tail.0', 128, 128); g.advance(8000); g.e('resumed', 'tail.0'); },
        () => g.e('k8sTokenUpdated'),
        () => { // rolling update of the DaemonSet
          g.e('caughtSignal', 'SIGTERM'); g.e('shutdownMax', 5); g.e('pausingAll');
          for (const i of ['tail.0', 'forward.1', 'storage_backlog.3']) g.e('pausingInput', i);
          g.e('pendingTasks', 'tail/tail.0', 2); g.e('taskRunning', g.int(0, 60), 'forward/forward.0'); g.e('taskRunning', g.int(0, 60), 'http/http.2');
          g.advance(2000); g.e('serviceStopped', 0);
          for (const w of [0, 1]) { g.e('workerStopping', w); g.e('workerStopped', w); }
          g.advance(g.int(5000, 20000)); boot(false);
        },
      ],
    });
  },
});

// ============================================================ build/IO ====
function build(sys) {
  const g = new Gen(sys.name, sys.templates);
  sys.scenario(g);
  const idOf = new Map();
  return g.rows.map((r, i) => {
    const tpl = sys.templates[r.key];
    if (!idOf.has(tpl)) idOf.set(tpl, 'E' + (idOf.size + 1));
    return { lineId: String(i + 1), content: r.content, eventId: idOf.get(tpl), template: tpl };
  });
}

function csvField(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function toCsv(rows) {
  let out = HEADER + '\n';
  for (const r of rows) out += [r.lineId, r.content, r.eventId, r.template].map(csvField).join(',') + '\n';
  return out;
}

// Strict RFC 4180 reader (LF or CRLF record ends; we require LF below).
function parseCsv(text) {
  const recs = []; let rec = []; let f = ''; let i = 0; let inQ = false; let quotedField = false;
  while (i < text.length) {
    const c = text[i];
    if (inQ) {
      if (c === '"') {
        if (text[i + 1] === '"') { f += '"'; i += 2; continue; }
        inQ = false; i++; continue;
      }
      f += c; i++; continue;
    }
    if (c === '"') {
      if (f.length !== 0 || quotedField) throw new Error(`stray quote at offset ${i}`);
      inQ = true; quotedField = true; i++; continue;
    }
    if (c === ',') { rec.push(f); f = ''; quotedField = false; i++; continue; }
    if (c === '\r') throw new Error(`CR at offset ${i} (LF line ends expected)`);
    if (c === '\n') { rec.push(f); recs.push(rec); rec = []; f = ''; quotedField = false; i++; continue; }
    if (quotedField) throw new Error(`text after closing quote at offset ${i}`);
    f += c; i++;
  }
  if (inQ) throw new Error('unterminated quoted field');
  if (f.length || rec.length) throw new Error('file does not end with LF');
  return recs;
}

function rowsFromCsv(text) {
  const recs = parseCsv(text);
  if (recs.length === 0 || recs[0].join(',') !== HEADER) throw new Error('bad header: ' + JSON.stringify(recs[0]));
  return recs.slice(1).map((r, k) => {
    if (r.length !== 4) throw new Error(`record ${k + 2} has ${r.length} fields`);
    return { lineId: r[0], content: r[1], eventId: r[2], template: r[3] };
  });
}

const reEsc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexCache = new Map();
function tplRegex(tpl) {
  let re = regexCache.get(tpl);
  if (!re) { re = new RegExp('^' + tpl.split('<*>').map(reEsc).join('(.+?)') + '$'); regexCache.set(tpl, re); }
  return re;
}

function checkRows(sys, rows) {
  const errs = [];
  const err = (m) => { if (errs.length < 25) errs.push(`${sys.name}: ${m}`); };
  const registry = Object.values(sys.templates);
  const regSet = new Set(registry);
  if (regSet.size !== registry.length) {
    const seen = new Set();
    for (const [k, t] of Object.entries(sys.templates)) { if (seen.has(t)) err(`duplicate template string (key ${k}): ${t}`); seen.add(t); }
  }
  if (registry.length < 40 || registry.length > 100) err(`${registry.length} templates, expected 40..100`);
  for (const t of registry) {
    if (t.includes('<*><*>')) err(`glued wildcards in template: ${t}`);
    if (/[\r\n]/.test(t) || t !== t.trim()) err(`template has newline or leading/trailing space: ${JSON.stringify(t)}`);
    if (t.replace(/<\*>/g, '').replace(/\s/g, '').length < 3) err(`template is (almost) all wildcard: ${t}`);
  }
  if (rows.length !== N) err(`${rows.length} rows, expected ${N}`);
  const idOfTpl = new Map(); const tplOfId = new Map();
  rows.forEach((r, i) => {
    const where = `LineId ${r.lineId}`;
    if (r.lineId !== String(i + 1)) err(`${where}: expected LineId ${i + 1}`);
    if (/[\r\n]/.test(r.content)) err(`${where}: newline in Content`);
    if (r.content !== r.content.trim()) err(`${where}: leading/trailing whitespace in Content`);
    if (r.content.length === 0) err(`${where}: empty Content`);
    if (!regSet.has(r.template)) err(`${where}: template not in registry: ${r.template}`);
    if (r.template.includes('<*><*>')) err(`${where}: glued wildcards`);
    if (!tplRegex(r.template).test(r.content)) err(`${where}: Content does not match template\n    C: ${r.content}\n    T: ${r.template}`);
    if (!idOfTpl.has(r.template)) {
      const expect = 'E' + (idOfTpl.size + 1);
      if (r.eventId !== expect) err(`${where}: first appearance of a template has EventId ${r.eventId}, expected ${expect}`);
      if (tplOfId.has(r.eventId)) err(`${where}: EventId ${r.eventId} reused for a different template`);
      idOfTpl.set(r.template, r.eventId); tplOfId.set(r.eventId, r.template);
    } else if (idOfTpl.get(r.template) !== r.eventId) err(`${where}: EventId ${r.eventId} inconsistent for template`);
  });
  for (const t of registry) if (!idOfTpl.has(t)) err(`template never used: ${t}`);
  return errs;
}

function statsOf(rows) {
  const cnt = new Map();
  for (const r of rows) cnt.set(r.template, (cnt.get(r.template) || 0) + 1);
  const v = [...cnt.values()].sort((a, b) => b - a);
  const top3 = v.slice(0, 3).reduce((a, b) => a + b, 0);
  return { templates: v.length, top3: (100 * top3 / rows.length).toFixed(1) + '%', small: v.filter((x) => x <= 3).length, single: v.filter((x) => x === 1).length, max: v[0] };
}
const statsHeader = ['| System | Lines | Templates | Top-3 share | Templates with <= 3 lines | Templates with 1 line | Largest template (lines) |',
  '|---|---|---|---|---|---|---|'];
const statsLine = (name, s) => `| ${name} | ${N} | ${s.templates} | ${s.top3} | ${s.small} | ${s.single} | ${s.max} |`;

// ----------------------------------------------------------------- main ----
const args = process.argv.slice(2);
const mode = args.includes('--check') ? 'check' : args.includes('--stats') ? 'stats' : 'write';
const allErrs = [];
const table = [...statsHeader];
for (const sys of SYSTEMS) {
  let rows;
  try { rows = build(sys); } catch (e) { allErrs.push(`${sys.name}: generator error: ${e.message}`); continue; }
  allErrs.push(...checkRows(sys, rows));
  const csv = toCsv(rows);
  // the CSV must read back to exactly the same rows
  const back = rowsFromCsv(csv);
  if (JSON.stringify(back) !== JSON.stringify(rows)) allErrs.push(`${sys.name}: CSV round trip differs`);
  table.push(statsLine(sys.name, statsOf(rows)));
  const file = path.join(HERE, 'data', sys.name, `${sys.name}_2k.log_structured.csv`);
  if (mode === 'write') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, csv);
  } else if (mode === 'check') {
    if (!fs.existsSync(file)) { allErrs.push(`${sys.name}: missing ${file}`); continue; }
    const disk = fs.readFileSync(file, 'utf8');
    if (disk !== csv) allErrs.push(`${sys.name}: ${file} is not byte-identical to the generator output`);
    try { allErrs.push(...checkRows(sys, rowsFromCsv(disk))); } catch (e) { allErrs.push(`${sys.name}: ${file}: ${e.message}`); }
  }
}
if (mode === 'check') {
  const dataDir = path.join(HERE, 'data');
  const dirs = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).sort() : [];
  const want = SYSTEMS.map((s) => s.name).sort();
  if (dirs.join(',') !== want.join(',')) allErrs.push(`data/ holds [${dirs}] but systems are [${want}]`);
  const readme = path.join(HERE, 'README.md');
  if (fs.existsSync(readme)) {
    const txt = fs.readFileSync(readme, 'utf8');
    for (const l of table.slice(2)) if (!txt.includes(l)) allErrs.push(`README.md statistics line missing or stale: ${l}`);
  } else allErrs.push('README.md missing');
}
if (mode === 'stats' || mode === 'write') console.log(table.join('\n'));
if (allErrs.length) {
  console.error(allErrs.join('\n'));
  console.error(`FAILED: ${allErrs.length} problem(s)`);
  process.exit(1);
}
if (mode === 'check') console.log(`OK: ${SYSTEMS.length} systems x ${N} rows, all checks passed, files byte-identical`);
else if (mode === 'write') console.log(`wrote ${SYSTEMS.length} systems to ${path.join(HERE, 'data')}`);
