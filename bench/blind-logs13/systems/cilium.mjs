// ============================================================== Cilium ====
// Cilium agent 1.15 (one DaemonSet pod on a worker node of a shop cluster),
// logrus text formatter (logfmt), kube-proxy replacement, Hubble on, pods
// churning through deployments and CronJobs, CiliumNetworkPolicies being
// applied by a GitOps controller.
// Raw line: 'time="2025-06-17T10:04:05Z" level=info msg="Rewrote endpoint BPF program" ciliumEndpointName=shop/cart-7d9f8c5b6-x2k4p containerID=3f2a1b9c4d ... subsys=endpoint'
// -> the 'time=' and 'level=' fields are the header; Content starts at
// 'msg=' and keeps the quoted message and the trailing fields, which
// logrus sorts by key. An empty field ('ipv6=', 'k8sApiVersion=') is a
// constant (empty values are not parameters).
import { drive } from '../lib.mjs';

const EPB = 'ciliumEndpointName=<*> containerID=<*> containerInterface=<*> datapathPolicyRevision=<*> desiredPolicyRevision=<*> endpointID=<*>';
const EPT = 'ipv4=<*> ipv6= k8sPodName=<*>';
const EP = `${EPB} identity=<*> ${EPT}`;

export default {
  name: 'Cilium',
  templates: {
    version: 'msg="Cilium <*> <*> go version <*> linux/amd64" subsys=daemon',
    memAvail: 'msg="Memory available for map entries (<*> of <*>B): <*>B" subsys=config',
    dynSize: 'msg="option <*> set by dynamic sizing to <*>" subsys=config',
    gops: 'msg="Started gops server" address="<*>:<*>" subsys=gops',
    initDaemon: 'msg="Initializing daemon" subsys=daemon',
    apiConnecting: 'msg="Establishing connection to apiserver" host="<*>" subsys=k8s-client',
    apiConnected: 'msg="Connected to apiserver" subsys=k8s-client',
    clockProbe: 'msg="Auto-disabling \\"enable-bpf-clock-probe\\" feature since KERNEL_HZ cannot be determined" error="<*>" subsys=daemon',
    restored: 'msg="Endpoints restored" failed=<*> restored=<*> subsys=daemon',
    idAlloc: 'msg="Initializing identity allocator" subsys=identity-cache',
    signal: 'msg="Datapath signal listener running" subsys=signal',
    tmplCompiled: 'msg="Compiled new BPF template" BPFCompilationTime=<*> file-path=<*> subsys=datapath-loader',
    hubble: 'msg="Starting local Hubble server" address="<*>" subsys=hubble',
    healthApi: 'msg="Serving cilium health API at unix:///var/run/cilium/health.sock" subsys=health-server',
    initDone: 'msg="Daemon initialization completed" bootstrapTime=<*> subsys=daemon',
    shutdown: 'msg="Received termination signal. Shutting down" signal=<*> subsys=daemon',
    createReq: 'msg="Create endpoint request" addressing="&{<*> <*>  default}" containerID=<*> datapathConfiguration="&{false false false false false <nil>}" interface=<*> k8sPodName=<*> labels="[]" subsys=daemon sync-build=true',
    newEp: `msg="New endpoint" ${EPB} ${EPT} subsys=endpoint`,
    resolveId: `msg="Resolving identity labels (blocking)" ${EPB} identityLabels="<*>" ${EPT} subsys=endpoint`,
    reuseKey: 'msg="Reusing existing global key" key="<*>" subsys=allocator',
    allocKey: 'msg="Allocated new global key" key="<*>" subsys=allocator',
    idChanged: `msg="Identity of endpoint changed" ${EPB} identity=<*> identityLabels="<*>" ${EPT} oldIdentity="no identity" subsys=endpoint`,
    waitRegen: `msg="Waiting for endpoint to be generated" ${EP} subsys=endpoint`,
    regen: `msg="Regenerating endpoint" ${EP} reason="<*>" subsys=endpoint`,
    rewrote: `msg="Rewrote endpoint BPF program" ${EP} subsys=endpoint`,
    regenDone: `msg="Completed endpoint regeneration with no pending regeneration requests" ${EP} subsys=endpoint`,
    created: 'msg="Successful endpoint creation" ciliumEndpointName=<*> containerID=<*> datapathPolicyRevision=<*> desiredPolicyRevision=<*> endpointID=<*> identity=<*> ipv4=<*> ipv6= k8sPodName=<*> subsys=daemon',
    delReq: 'msg="Delete endpoint by containerID request" containerID=<*> endpointID=<*> k8sNamespace=<*> k8sPodName=<*> subsys=daemon',
    removed: `msg="Removed endpoint" ${EP} subsys=endpoint`,
    releaseKey: 'msg="Releasing key" key="<*>" subsys=allocator',
    regenAll: 'msg="regenerating all endpoints" reason="<*>" subsys=endpoint-manager',
    cnpImported: 'msg="Imported CiliumNetworkPolicy" ciliumNetworkPolicyName=<*> k8sApiVersion= k8sNamespace=<*> subsys=k8s-watcher',
    cnpDeleted: 'msg="Deleted CiliumNetworkPolicy" ciliumNetworkPolicyName=<*> k8sApiVersion= k8sNamespace=<*> subsys=k8s-watcher',
    netpolAdded: 'msg="NetworkPolicy successfully added" k8sApiVersion= k8sNetworkPolicyName=<*> subsys=k8s-watcher',
    ipcacheWarn: 'msg="Unable to update ipcache map entry on pod add" error="ipcache entry for podIP <*> owned by kvstore or agent" hostIP=<*> k8sNamespace=<*> k8sPodName=<*> podIP=<*> podIPs="[{<*>}]" subsys=k8s-watcher',
    regenFailed: `msg="Regeneration of endpoint failed" bpfCompilation=<*> bpfLoadProg=<*> bpfWaitForELF=<*> bpfWriteELF=<*> ${EPB} error="<*>" identity=<*> ${EPT} mapSync=<*> policyCalculation=<*> prepareBuild=<*> proxyConfiguration=<*> proxyPolicyCalculation=<*> proxyWaitForAck=<*> reason="<*>" subsys=endpoint waitingForCTClean=<*> waitingForLock=<*>`,
    cepFail: 'msg="Cannot create CEP" ciliumEndpointName=<*> containerID=<*> endpointID=<*> error="<*>" k8sPodName=<*> subsys=endpointsynchronizer',
    probeFail: 'msg="Unable to probe node" error="<*>" ipAddr=<*> nodeName=<*> subsys=health-server',
    nodeAdded: 'msg="Node added" clusterName=<*> nodeName=<*> subsys=nodemanager',
    nodeUpdated: 'msg="Node updated" clusterName=<*> nodeName=<*> subsys=nodemanager',
    nodeDeleted: 'msg="Node deleted" clusterName=<*> nodeName=<*> subsys=nodemanager',
    ctGC: 'msg="Conntrack garbage collector interval recalculated" deleteRatio=<*> newInterval=<*> subsys=map-ct',
    staleMap: 'msg="Removed stale bpf map" file-path=<*> subsys=daemon',
    fqdnTimeout: 'msg="Timed out waiting for datapath updates of FQDN IP information; returning response" subsys=fqdn',
    netStatus: 'msg="Network status error received, restarting client connections" error="<*>" subsys=k8s-client',
    idGC: 'msg="Garbage collected unused identities" count=<*> subsys=identity-cache',
    lockWarn: 'msg="Lock acquisition time took a long time" duration=<*> lockName=<*> subsys=ipcache',
  },
  scenario(g) {
    const NODE = 'worker-b3.k8s.example.internal';
    const nodes = ['worker-a1.k8s.example.internal', 'worker-a2.k8s.example.internal', 'worker-b1.k8s.example.internal', 'worker-b2.k8s.example.internal', NODE, 'worker-c1.k8s.example.internal', 'cp-1.k8s.example.internal', 'cp-2.k8s.example.internal', 'cp-3.k8s.example.internal'];
    const apps = [
      ['shop', 'cart', 'cart'], ['shop', 'catalog', 'catalog'], ['shop', 'checkout', 'checkout'], ['shop', 'frontend', 'frontend'],
      ['shop', 'recommend', 'recommend'], ['payments', 'gateway', 'payments-gw'], ['payments', 'ledger', 'ledger'],
      ['observability', 'otel-collector', 'otel'], ['batch', 'report-export', 'batch-runner'], ['batch', 'cleanup', 'batch-runner'],
      ['kube-system', 'coredns', 'coredns'], ['search', 'indexer', 'indexer'],
    ];
    const identOf = new Map(); let nextIdent = 48211;
    const labelsOf = (a) => `k8s:app=${a[1]},k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name=${a[0]},k8s:io.cilium.k8s.policy.cluster=default,k8s:io.cilium.k8s.policy.serviceaccount=${a[2]},k8s:io.kubernetes.pod.namespace=${a[0]}`;
    const keyOf = (a) => `k8s:app=${a[1]};k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name=${a[0]};k8s:io.cilium.k8s.policy.cluster=default;k8s:io.cilium.k8s.policy.serviceaccount=${a[2]};k8s:io.kubernetes.pod.namespace=${a[0]};`;
    const eps = []; const usedIds = new Set(); const usedIps = new Set();
    let rev = 27;
    const rsHash = new Map();
    const podName = (a) => {
      if (a[0] === 'batch') return `${a[1]}-${29170000 + g.int(0, 9999)}-${g.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
      if (!rsHash.has(a[1]) || g.chance(0.04)) rsHash.set(a[1], '7' + g.alnum(g.int(8, 9), 'bcdfghjklmnpqrstvwxz2456789'));
      return `${a[1]}-${rsHash.get(a[1])}-${g.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
    };
    const newId = () => { let id; do id = g.int(80, 4000); while (usedIds.has(id)); usedIds.add(id); return id; };
    const newIp = () => { let ip; do ip = `10.0.3.${g.int(2, 254)}`; while (usedIps.has(ip)); usedIps.add(ip); return ip; };
    const pv = (e) => [e.name, e.cid, 'eth0', e.drev, rev, e.id];
    const full = (e) => [...pv(e), e.ident, e.ip, e.name];
    const dur = (lo, hi) => { const us = g.int(lo, hi); return us < 1000 ? `${us}.${g.int(100, 999)}µs` : us < 1e6 ? `${(us / 1000).toFixed(g.int(3, 6))}ms` : `${(us / 1e6).toFixed(6)}s`; };
    const create = (appArg) => {
      const a = appArg || g.zipf(apps, 0.8);
      const e = { a, name: `${a[0]}/${podName(a)}`, cid: g.hex(10), id: newId(), ip: newIp(), drev: 0, ident: 0 };
      g.e('createReq', e.ip, g.uuid(), e.cid, `lxc${g.hex(12)}`, e.name);
      g.e('newEp', e.name, e.cid, 'eth0', 0, 0, e.id, e.ip, e.name);
      g.e('resolveId', e.name, e.cid, 'eth0', 0, 0, e.id, labelsOf(a), e.ip, e.name);
      if (identOf.has(a[1])) g.e('reuseKey', keyOf(a));
      else { identOf.set(a[1], nextIdent); nextIdent += g.int(1, 40); g.e('allocKey', keyOf(a)); }
      e.ident = identOf.get(a[1]);
      g.e('idChanged', e.name, e.cid, 'eth0', 0, 0, e.id, e.ident, labelsOf(a), e.ip, e.name);
      if (g.chance(0.5)) g.e('waitRegen', e.name, e.cid, 'eth0', 0, 0, e.id, e.ident, e.ip, e.name);
      g.e('regen', e.name, e.cid, 'eth0', 0, rev, e.id, e.ident, e.ip, e.name, 'Initial build on endpoint creation');
      if (g.chance(0.03)) {
        g.e('regenFailed', '0s', dur(100, 900), dur(1, 50), dur(100, 3000), e.name, e.cid, 'eth0', 0, rev, e.id, 'Error while configuring proxy redirects: context canceled', e.ident, e.ip, e.name, dur(50, 800), dur(20, 400), dur(10, 200), dur(1, 30), dur(1, 30), dur(1000, 9000), 'Initial build on endpoint creation', dur(1, 20), dur(1, 20));
      }
      e.drev = rev;
      g.e('rewrote', ...full(e));
      g.e('regenDone', ...full(e));
      g.e('created', e.name, e.cid, e.drev, rev, e.id, e.ident, e.ip, e.name);
      eps.push(e);
      return e;
    };
    const remove = (eArg) => {
      if (eps.length < 8 && !eArg) { create(); return; }
      const e = eArg || eps.splice(g.int(0, eps.length - 1), 1)[0];
      if (eArg) eps.splice(eps.indexOf(eArg), 1);
      g.e('delReq', e.cid, e.id, e.a[0], e.name.split('/')[1]);
      g.e('removed', ...full(e));
      usedIds.delete(e.id); usedIps.delete(e.ip);
      if (!eps.some((x) => x.a[1] === e.a[1])) { g.e('releaseKey', keyOf(e.a)); identOf.delete(e.a[1]); }
    };
    const policy = () => {
      const ns = g.pick(['shop', 'payments', 'batch', 'search']);
      const names = { shop: ['allow-frontend-to-cart', 'allow-checkout-egress', 'deny-external-catalog'], payments: ['ledger-ingress', 'gateway-psp-egress'], batch: ['batch-to-s3', 'batch-dns'], search: ['indexer-ingress'] };
      const del = g.chance(0.15);
      g.e(del ? 'cnpDeleted' : 'cnpImported', g.pick(names[ns]), ns);
      rev++;
      g.e('regenAll', del ? 'policy rules removed' : 'policy rules added');
      for (const e of g.shuffle(eps.slice()).slice(0, g.int(2, 6))) {
        const old = e.drev;
        g.e('regen', e.name, e.cid, 'eth0', old, rev, e.id, e.ident, e.ip, e.name, del ? 'policy rules removed' : 'policy rules added');
        e.drev = rev;
        if (g.chance(0.3)) g.e('rewrote', ...full(e));
        g.e('regenDone', ...full(e));
      }
    };
    const idsChanged = () => {
      rev++;
      g.e('regenAll', 'one or more identities created or deleted');
      for (const e of g.shuffle(eps.slice()).slice(0, g.int(1, 4))) {
        g.e('regen', e.name, e.cid, 'eth0', e.drev, rev, e.id, e.ident, e.ip, e.name, 'one or more identities created or deleted');
        e.drev = rev;
        g.e('regenDone', ...full(e));
      }
    };
    const boot = () => {
      g.e('version', '1.15.6', '7b3c9e1f 2024-06-10T13:37:00+02:00', 'go1.22.4');
      const mem = 16654987264;
      g.e('memAvail', '0.0025%', mem, Math.floor(mem * 0.0025));
      for (const [o, v] of [['bpf-ct-global-tcp-max', 145728], ['bpf-ct-global-any-max', 72864], ['bpf-nat-global-max', 145728], ['bpf-neigh-global-max', 145728], ['bpf-sock-rev-map-max', 72864]]) g.e('dynSize', o, v);
      g.e('gops', '127.0.0.1', 9890);
      g.e('initDaemon');
      g.e('apiConnecting', 'https://10.96.0.1:443');
      g.e('apiConnected');
      g.e('clockProbe', 'Cannot probe CONFIG_HZ');
      g.e('restored', 0, eps.length);
      g.e('idAlloc');
      for (const m of ['/sys/fs/bpf/tc/globals/cilium_lb4_source_range', '/sys/fs/bpf/tc/globals/cilium_ipmasq_v4']) if (g.chance(0.7)) g.e('staleMap', m);
      g.e('signal');
      g.e('tmplCompiled', `${g.float(1.1, 2.9, 6)}s`, `/var/run/cilium/state/templates/${g.hex(64)}/bpf_lxc.o`);
      g.e('hubble', 'unix:///var/run/cilium/hubble.sock');
      g.e('healthApi');
      for (const n of nodes) if (n !== NODE) g.e('nodeUpdated', 'default', n);
      g.e('initDone', `${g.float(6, 11, 9)}s`);
    };
    boot();
    for (let k = 0; k < 7; k++) create();
    let ctInterval = 7.5;
    drive(g, {
      gapMs: 9000,
      startup: () => {},
      steady: [
        [16, () => create()], [15, () => remove()], [9, policy], [5, idsChanged],
        [3, () => g.e('nodeUpdated', 'default', g.zipf(nodes.filter((n) => n !== NODE)))],
        [2, () => { const ratio = g.float(0.01, 0.3, 6); ctInterval = Math.max(1, ctInterval * (Number(ratio) > 0.2 ? 0.5 : 1.5)); const m = Math.floor(ctInterval); const s = Math.round((ctInterval - m) * 60); g.e('ctGC', ratio, m ? `${m}m${s}s` : `${s}s`); }],
        [0.8, () => { const e = eps.length ? g.pick(eps) : create(); g.e('cepFail', e.name, e.cid, e.id, `ciliumendpoints.cilium.io "${e.name.split('/')[1]}" already exists`, e.name); }],
        [0.6, () => g.e('fqdnTimeout')],
        [0.5, () => { const ip = `10.0.3.${g.int(2, 254)}`; const a = g.pick(apps.slice(0, 5)); g.e('ipcacheWarn', ip, '10.20.4.13', a[0], podName(a), ip, ip); }],
        [0.4, () => { g.e('idGC', g.int(1, 6)); }],
      ],
      rare: [
        () => { g.e('netpolAdded', 'default-deny-ingress'); rev++; g.e('regenAll', 'policy rules added'); },
        () => { g.e('nodeAdded', 'default', 'worker-c2.k8s.example.internal'); g.advance(40000); g.e('nodeUpdated', 'default', 'worker-c2.k8s.example.internal'); },
        () => { g.e('nodeDeleted', 'default', 'worker-a2.k8s.example.internal'); },
        () => { for (let k = 0; k < 3; k++) { g.e('probeFail', 'Get \\"http://10.20.5.21:4240/hello\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', '10.20.5.21', 'default/worker-c1.k8s.example.internal'); g.advance(60000); } },
        () => { g.e('netStatus', 'Unauthorized'); g.advance(2000); g.e('apiConnecting', 'https://10.96.0.1:443'); g.e('apiConnected'); },
        () => { g.e('lockWarn', `${g.float(1.1, 4.5, 6)}s`, 'ipcache-upsert'); g.e('lockWarn', `${g.float(1.1, 4.5, 6)}s`, 'ipcache-upsert'); },
        () => { // batch CronJob burst: several pods at once, one fails to regenerate
          for (let k = 0; k < 3; k++) create(apps[8]);
          const e = eps[eps.length - 1];
          g.e('regenFailed', dur(200000, 2900000), dur(100, 900), dur(1, 50), dur(100, 3000), e.name, e.cid, 'eth0', e.drev, rev, e.id, 'Error while loading the BPF program: context canceled', e.ident, e.ip, e.name, dur(50, 800), dur(20, 400), dur(10, 200), dur(1, 30), dur(1, 30), dur(1000, 9000), 'one or more identities created or deleted', dur(1, 20), dur(1, 20));
        },
        () => { // agent restart during a DaemonSet rollout
          g.e('shutdown', 'terminated'); g.advance(20000); boot();
        },
      ],
    });
  },
};
