// ============================================================== Lustre ====
// Lustre 2.15 client messages in the kernel ring buffer of an HPC login /
// compute node: two file systems (scratch with 16 OSTs on two OSS pairs,
// home with 4 OSTs), LNet over InfiniBand (o2ib), one OSS that reboots and
// fails over, a congested OST, idle disconnects, an eviction.
// Raw line: '[1234567.123456] Lustre: scratch-OST0007-osc-ffff9c3a1b2e4800: Connection to scratch-OST0007 (at 10.10.0.12@o2ib) was lost; ...'
// -> the bracketed seconds-since-boot timestamp is the header; Content is
// the rest: the 'Lustre:' / 'LustreError:' / 'LNet:' / 'LNetError:'
// prefix, and for debug-message lines the 'pid:cpt:(file:line:function())'
// location (pid and cpt are parameters, the location is constant), stay.
// The 'nn-n:' console error numbers ('11-0:', '167-0:') are constants.
import { drive } from '../lib.mjs';

export default {
  name: 'Lustre',
  templates: {
    build: 'Lustre: Lustre: Build Version: <*>',
    lniAdded: 'LNet: Added LNI <*> [<*>/<*>/<*>/<*>]',
    fastreg: 'LNet: Using FastReg for registration',
    hwNuma: 'LNet: HW NUMA nodes: <*>, HW CPU cores: <*>, npartitions: <*>',
    mounted: 'Lustre: Mounted <*>',
    unmounted: 'Lustre: Unmounted <*>',
    connLost: 'Lustre: <*>: Connection to <*> (at <*>) was lost; in progress operations using this service will wait for recovery to complete',
    connRestored: 'Lustre: <*>: Connection restored to <*> (at <*>)',
    idle: 'Lustre: <*>: disconnect after <*> idle',
    reqTimeout: "Lustre: <*>:<*>:(client.c:2289:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent <*>/real <*>]  req@<*> x<*>/t0(0) o<*>-><*>@<*>:<*>/<*> lens <*>/<*> e <*> to <*> dl <*> ref <*> fl <*> rc <*> job:'<*>'",
    reqNetErr: "Lustre: <*>:<*>:(client.c:2289:ptlrpc_expire_one_request()) @@@ Request sent has failed due to network error: [sent <*>/real <*>]  req@<*> x<*>/t0(0) o<*>-><*>@<*>:<*>/<*> lens <*>/<*> e <*> to <*> dl <*> ref <*> fl <*> rc <*> job:'<*>'",
    skipped: 'Lustre: <*>:<*>:(client.c:2289:ptlrpc_expire_one_request()) Skipped <*> previous similar messages',
    skippedErr: 'LNetError: <*>:<*>:(o2iblnd_cb.c:3411:kiblnd_check_txs_locked()) Skipped <*> previous similar messages',
    opFailed: 'LustreError: 11-0: <*>: operation <*> to node <*> failed: rc = <*>',
    evicted: 'LustreError: 167-0: <*>: This client was evicted by <*>; in progress operations using this service will fail.',
    resComplain: 'LustreError: <*>:<*>:(ldlm_resource.c:1128:ldlm_resource_complain()) <*>: namespace resource <*> (<*>) refcount nonzero (<*>) after lock cleanup; forcing cleanup.',
    lockTimeout: 'LustreError: <*>:<*>:(ldlm_request.c:129:ldlm_expired_completion_wait()) ### lock timed out (enqueued at <*>, <*>s ago), entering recovery for <*>@<*> ns: <*> lock: <*>/<*> lrc: <*> mode: <*> res: <*> rrc: <*> type: <*> flags: <*> nid: local remote: <*> expref: <*> pid: <*> timeout: <*> lvb_type: <*>',
    closeFailed: 'LustreError: <*>:<*>:(file.c:242:ll_close_inode_openhandle()) <*>: inode <*> mdc close failed: rc = <*>',
    layoutErr: 'LustreError: <*>:<*>:(vvp_io.c:1909:vvp_io_init()) <*>: refresh file layout <*> error <*>.',
    txTimeout: 'LNetError: <*>:<*>:(o2iblnd_cb.c:3411:kiblnd_check_txs_locked()) Timed out tx: <*>, <*> seconds',
    rdmaTimeout: 'LNetError: <*>:<*>:(o2iblnd_cb.c:3486:kiblnd_check_conns()) Timed out RDMA with <*> (<*>): c: <*>, oc: <*>, rc: <*>',
    recoveryFail: 'LNetError: <*>:<*>:(lib-move.c:3944:lnet_handle_recovery_reply()) peer NI (<*>) recovery failed with <*>',
    connRejected: 'LNet: <*>:<*>:(o2iblnd_cb.c:2896:kiblnd_rejected()) <*> rejected: consumer defined fatal error',
    peerDown: 'LNetError: <*>:<*>:(peer.c:3924:lnet_peer_ni_add_to_recoveryq_locked()) lpni <*> added to recovery queue. Health = <*>',
    quota: 'LustreError: <*>:<*>:(osc_cache.c:2543:osc_queue_async_io()) <*>: sync write failed for uid <*> gid <*>: rc = -122 (Disk quota exceeded)',
    statfsFail: 'LustreError: <*>:<*>:(llite_lib.c:2143:ll_statfs_internal()) <*>: obd_statfs failed: rc = <*>',
    importFail: 'LustreError: <*>:<*>:(import.c:1280:ptlrpc_connect_interpret()) <*>: operation ost_connect to node <*> failed: rc = <*>',
    recovering: 'Lustre: <*>: Connection to <*> (at <*>) was lost; in progress operations using this service will fail',
    mgsLost: 'LustreError: 166-1: MGC<*>: Connection to MGS (at <*>) was lost; in progress operations using this service will fail',
    mgsRestored: 'Lustre: MGC<*>: Connection restored to <*> (at <*>)',
    hungTask: 'INFO: task <*>:<*> blocked for more than <*> seconds.',
    dirtyPages: 'Lustre: <*>: dirty page discard: <*>/fid: <*>/<*> may get corrupted (rc <*>)',
  },
  scenario(g) {
    const ME = '10.10.2.47@o2ib';
    const inst = { scratch: 'ffff9c3a1b2e4800', home: 'ffff9c3a1b2e6000' };
    const osts = [];
    for (let i = 0; i < 16; i++) osts.push({ fs: 'scratch', n: `scratch-OST${i.toString(16).toUpperCase().padStart(4, '0')}`, nid: `10.10.0.${11 + (i >> 2)}@o2ib` });
    for (let i = 0; i < 4; i++) osts.push({ fs: 'home', n: `home-OST${i.toString(16).toUpperCase().padStart(4, '0')}`, nid: `10.10.0.${21 + (i >> 1)}@o2ib` });
    const mdts = [{ fs: 'scratch', n: 'scratch-MDT0000', nid: '10.10.0.1@o2ib' }, { fs: 'home', n: 'home-MDT0000', nid: '10.10.0.2@o2ib' }];
    const dev = (t) => `${t.n}-${t.n.includes('MDT') ? 'mdc' : 'osc'}-${inst[t.fs]}`;
    const pidOf = () => g.zipf([2731, 2735, 2740, 31877, 40112, 40113, 51209, 61544], 1);
    let xid = 1801234567890123 + g.int(0, 99999);
    const secs = () => Math.floor(g.t / 1000);
    const jobs = ['4812345', '4812391', '4812402', '4812410', 'cp.0', 'rsync.0', 'ls.0', 'python3.51021'];
    const ptr = () => `ffff9c3a${g.hex(8)}`;
    const reqLine = (key, t) => {
      const sent = secs() - g.int(7, 60); const op = t.n.includes('MDT') ? g.pick([101, 36, 35]) : g.pick([4, 3, 400, 8]);
      const portal = t.n.includes('MDT') ? [12, 10] : op === 400 ? [28, 4] : [6, 4];
      g.e(key, pidOf(), 0, sent, sent, ptr(), xid += g.int(1, 9000), op, dev(t), t.nid, portal[0], portal[1], op === 4 ? 488 : 224, op === 4 ? 448 : 224, 0, 1, sent + g.int(7, 48), g.int(1, 3), g.pick(['Rpc:XQr/0/ffffffff', 'Rpc:X/0/ffffffff', 'Rpc:XN/0/ffffffff']), '0/-1', g.zipf(jobs, 1));
    };
    const idle = () => { const t = g.zipf(osts, 0.6); g.e('idle', dev(t), `${g.int(20, 40)}s`); if (g.chance(0.6)) { g.advance(g.int(1000, 600000)); g.e('connRestored', dev(t), t.n, t.nid); } };
    const slow = () => { // the congested OST answers late
      const t = g.zipf([osts[7], osts[6], osts[13], mdts[0]], 1.4);
      reqLine('reqTimeout', t);
      if (g.chance(0.3)) g.e('skipped', pidOf(), 0, g.int(1, 40));
      if (g.chance(0.5)) { g.e('connLost', dev(t), t.n, t.nid); g.advance(g.int(1000, 40000)); g.e('connRestored', dev(t), t.n, t.nid); }
    };
    const net = () => {
      const r = g.r(); const p = g.int(4100, 4120);
      if (r < 0.4) g.e('txTimeout', p, 0, 'active_txs', g.int(1, 9));
      else if (r < 0.7) g.e('rdmaTimeout', p, 0, g.pick(['10.10.0.12@o2ib', '10.10.0.31@o2ib']), 6, 0, 0, 8);
      else g.e('peerDown', p, 0, g.pick(['10.10.0.12@o2ib', '10.10.0.31@o2ib']), g.int(900, 990));
    };
    const boot = () => {
      g.e('build', '2.15.4');
      g.e('hwNuma', 2, 64, 2);
      g.e('fastreg');
      g.e('lniAdded', ME, 8, 256, 0, 180);
      for (const fs of ['scratch', 'home']) g.e('mounted', `${fs}-client`);
    };
    drive(g, {
      gapMs: 40000,
      startup: boot,
      steady: [
        [10, idle], [8, slow], [3, net],
        [0.8, () => { const t = g.zipf(osts, 1); reqLine('reqNetErr', t); }],
        [0.5, () => g.e('quota', pidOf(), 0, 'scratch-OST0003-osc-' + inst.scratch, g.pick([51044, 51377]), g.pick([5100, 5200]))],
        [0.4, () => g.e('layoutErr', pidOf(), 0, 'scratch', `[0x2000${g.hex(5)}:0x${g.hex(2)}:0x0]`, -4)],
        [0.5, () => g.e('skippedErr', g.int(4100, 4120), 0, g.int(2, 30))],
      ],
      rare: [
        () => { // OSS 10.10.0.12 crashes; its OSTs fail over to the partner after a while
          const down = osts.slice(4, 8);
          for (const t of down) { reqLine('reqTimeout', t); g.e('connLost', dev(t), t.n, t.nid); }
          g.e('skipped', pidOf(), 0, g.int(10, 90));
          for (let k = 0; k < 3; k++) { g.e('recoveryFail', g.int(4100, 4120), 0, '10.10.0.12@o2ib', -110); g.e('importFail', pidOf(), 0, dev(down[k]), '10.10.0.12@o2ib', -110); g.advance(50000); }
          g.e('connRejected', g.int(4100, 4120), 0, '10.10.0.12@o2ib');
          g.e('hungTask', 'cp', 51209, 120); g.e('hungTask', 'python3', 61544, 120);
          for (const t of down) { const tn = t.n; const fake = { ...t, nid: '10.10.0.13@o2ib' }; g.e('opFailed', dev(t), 'ost_connect', '10.10.0.13@o2ib', -16); g.advance(30000); g.e('connRestored', dev(fake), tn, fake.nid); }
        },
        () => { // eviction while the congested OST was unreachable
          const t = osts[7];
          g.e('opFailed', dev(t), 'ost_write', t.nid, -107); g.e('opFailed', dev(t), 'ost_punch', t.nid, -107);
          g.e('evicted', dev(t), t.n);
          g.e('resComplain', pidOf(), 0, dev(t), `[0x2c0000401:0x${g.hex(6)}:0x0].0x0`, ptr(), 1);
          g.e('dirtyPages', dev(t), '10.10.0.1@o2ib:/scratch', `[0x2000${g.hex(5)}:0x${g.hex(2)}:0x0]`, 'run_0042/out.h5', -5);
          g.e('connRestored', dev(t), t.n, t.nid);
        },
        () => { const t = osts[6]; const en = secs() - 300; g.e('lockTimeout', pidOf(), 0, en, 300, t.n, t.nid, dev(t), ptr(), `0x${g.hex(16)}`, '3/0,1', '--/PW', `[0x2c0000401:0x${g.hex(6)}:0x0].0x0`, 2, 'EXT [0->18446744073709551615] (req 0->4095)', '0x20000020000', `0x${g.hex(16)}`, -99, 61544, 0, 1); },
        () => { g.e('closeFailed', pidOf(), 0, 'scratch-clilmv-' + inst.scratch, `[0x2000${g.hex(5)}:0x1f:0x0]`, -108); g.e('statfsFail', pidOf(), 0, 'scratch-clilmv-' + inst.scratch, -108); },
        () => { g.e('mgsLost', '10.10.0.1@o2ib', '10.10.0.1@o2ib'); g.e('recovering', dev(mdts[0]), mdts[0].n, mdts[0].nid); g.advance(90000); g.e('mgsRestored', '10.10.0.1@o2ib', 'MGS', '10.10.0.1@o2ib'); g.e('connRestored', dev(mdts[0]), mdts[0].n, mdts[0].nid); },
        () => { g.e('unmounted', 'home-client'); g.advance(20000); g.e('mounted', 'home-client'); },
      ],
    });
  },
};
