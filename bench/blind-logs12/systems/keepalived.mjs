// ========================================================== Keepalived ====
// Keepalived 2.2 on the first of two Linux load balancers (lb-a, lb-b) in
// front of an application farm: two VRRP instances (VI_WEB for the public
// VIP, VI_INT for the internal one) in a sync group, a tracked script, and
// LVS virtual servers (NAT, weighted least-connection) with TCP_CHECK and
// HTTP_GET health checkers on six real servers, two of which are flaky.
// The slice is the host's syslog, filtered to the keepalived programs.
// Raw line: 'Jun 17 10:04:05 lb-a Keepalived_vrrp[1187]: (VI_WEB) Entering MASTER STATE'
// -> syslog time, host and 'program[pid]' (Keepalived, Keepalived_vrrp,
// Keepalived_healthcheckers) are the header; Content is the rest.
import { drive } from '../lib.mjs';

export default {
  name: 'Keepalived',
  templates: {
    starting: 'Starting Keepalived <*> (<*>), git commit <*>',
    runningOn: 'Running on <*> (built for <*>)',
    cmdLine: 'Command line: <*>',
    opening: "Opening file '<*>'.",
    vrrpChild: 'Starting VRRP child process, pid=<*>',
    hcChild: 'Starting Healthcheck child process, pid=<*>',
    netlinkRefl: 'Registering Kernel netlink reflector',
    netlinkCmd: 'Registering Kernel netlink command channel',
    garpChannel: 'Registering gratuitous ARP shared channel',
    ipvsInit: 'Initializing ipvs',
    activating: 'Activating healthchecker for service [<*>]:<*>:<*> for VS [<*>]:<*>:<*>',
    assigned: 'Assigned address <*> for interface <*>',
    scriptSecurity: 'SECURITY VIOLATION - scripts are being executed but script_security not enabled.',
    backupInit: '(<*>) Entering BACKUP STATE (init)',
    backup: '(<*>) Entering BACKUP STATE',
    master: '(<*>) Entering MASTER STATE',
    fault: '(<*>) Entering FAULT STATE',
    recvTimeout: '(<*>) Receive advertisement timeout',
    lowerPrio: '(<*>) received lower priority (<*>) advert from <*> - discarding',
    higherPrio: '(<*>) Master received advert from <*> with higher priority <*>, ours <*>',
    settingVips: '(<*>) setting VIPs.',
    removingVips: '(<*>) removing VIPs.',
    garpQueue: '(<*>) Sending/queueing gratuitous ARPs on <*> for <*>',
    garp: 'Sending gratuitous ARP on <*> for <*>',
    scriptOk: 'VRRP_Script(<*>) succeeded',
    scriptFail: 'VRRP_Script(<*>) failed (exited with status <*>)',
    scriptTimeout: 'VRRP_Script(<*>) timed out',
    prioChange: '(<*>) Changing effective priority from <*> to <*>',
    netlinkDown: 'Netlink reports <*> down',
    netlinkUp: 'Netlink reports <*> up',
    groupMaster: 'VRRP_Group(<*>) Syncing instances to MASTER state',
    groupBackup: 'VRRP_Group(<*>) Syncing instances to BACKUP state',
    bogus: 'bogus VRRP packet received on <*> !!!',
    badPasswd: '(<*>) received an invalid passwd!',
    tcpOk: 'TCP connection to [<*>]:<*>:<*> success.',
    tcpFailed: 'TCP_CHECK on service [<*>]:<*>:<*> failed.',
    tcpTimeout: 'TCP connection to [<*>]:<*>:<*> timeout.',
    httpOk: 'HTTP status code success to [<*>]:<*>:<*> url(<*>).',
    httpBad: 'HTTP status code error to [<*>]:<*>:<*> url(<*>), status_code [<*>].',
    httpFailed: 'HTTP_CHECK on service [<*>]:<*>:<*> failed after <*> retries.',
    httpTimeout: 'Timeout reading data to remote server [<*>]:<*>:<*>.',
    connErr: 'Error connecting server [<*>]:<*>:<*>.',
    removing: 'Removing service [<*>]:<*>:<*> to VS [<*>]:<*>:<*>',
    adding: 'Adding service [<*>]:<*>:<*> to VS [<*>]:<*>:<*>',
    lostQuorum: 'Lost quorum <*>-<*>=<*> > <*> for VS [<*>]:<*>:<*>',
    gainQuorum: 'Gained quorum <*>-<*>=<*> >= <*> for VS [<*>]:<*>:<*>',
    sorry: 'Adding sorry server [<*>]:<*>:<*> to VS [<*>]:<*>:<*>',
    reloading: 'Reloading ...',
    stopping: 'Stopping',
    stoppedChild: 'Stopped - used <*> user time, <*> system time',
    stoppedMain: 'Stopped Keepalived <*> (<*>)',
    unsafe: "Unsafe permissions found for script '<*>' - disabling.",
  },
  scenario(g) {
    const VER = 'v2.2.8', VDATE = '04/04,2023', GIT = 'v2.2.7-154-g292b299e+';
    const vips = { VI_WEB: ['192.0.2.80', 'eth0'], VI_INT: ['10.30.0.10', 'eth1'] };
    const peer = '10.30.0.3';
    const vs = [['192.0.2.80', 'tcp', 80, 'http'], ['192.0.2.80', 'tcp', 443, 'tcp'], ['10.30.0.10', 'tcp', 5432, 'tcp']];
    const reals = ['10.30.1.11', '10.30.1.12', '10.30.1.13', '10.30.1.14', '10.30.1.15', '10.30.1.16'];
    const svc = [];
    for (const v of vs) for (const r of (v[2] === 5432 ? reals.slice(4) : reals.slice(0, 4))) svc.push({ r, rp: v[2] === 80 ? 8080 : v[2] === 443 ? 8443 : 5432, v, up: true });
    let pid = 1180 + g.int(0, 60);
    const st = { VI_WEB: 'BACKUP', VI_INT: 'BACKUP' };
    const toMaster = (inst) => {
      st[inst] = 'MASTER'; const [ip, dev] = vips[inst];
      g.e('master', inst); g.e('settingVips', inst); g.e('garpQueue', inst, dev, ip);
      for (let k = 0; k < 5; k++) g.e('garp', dev, ip);
    };
    const boot = () => {
      g.e('starting', VER, VDATE, GIT);
      g.e('runningOn', 'Linux 6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)', 'Linux 6.1.76');
      g.e('cmdLine', "'/usr/sbin/keepalived' '--dont-fork'");
      g.e('opening', '/etc/keepalived/keepalived.conf');
      g.e('vrrpChild', ++pid); g.e('hcChild', ++pid);
      g.e('scriptSecurity');
      g.e('opening', '/etc/keepalived/keepalived.conf'); g.e('opening', '/etc/keepalived/keepalived.conf');
      g.e('ipvsInit');
      g.e('netlinkRefl'); g.e('netlinkCmd');
      for (const [ip, dev] of [['192.0.2.81', 'eth0'], ['10.30.0.2', 'eth1']]) g.e('assigned', ip, dev);
      g.e('garpChannel');
      for (const s of svc) g.e('activating', s.r, 'tcp', s.rp, s.v[0], s.v[1], s.v[2]);
      for (const i of Object.keys(st)) g.e('backupInit', i);
      g.e('scriptOk', 'chk_app_port');
      g.advance(3600);
      for (const i of Object.keys(st)) g.e('recvTimeout', i);
      g.e('groupMaster', 'VG_LB');
      for (const i of Object.keys(st)) toMaster(i);
    };
    const hc = () => {
      const s = g.zipf(svc.filter((x) => ['10.30.1.13', '10.30.1.16', '10.30.1.12'].includes(x.r)).concat(svc), 0.9);
      const http = s.v[3] === 'http';
      if (s.up) {
        if (http) {
          if (g.chance(0.5)) g.e('httpBad', s.r, 'tcp', s.rp, '/healthz', g.pick([503, 503, 500, 502]));
          else g.e('httpTimeout', s.r, 'tcp', s.rp);
          g.e('httpFailed', s.r, 'tcp', s.rp, 3);
        } else if (g.chance(0.6)) g.e('tcpFailed', s.r, 'tcp', s.rp);
        else { g.e('tcpTimeout', s.r, 'tcp', s.rp); g.e('tcpFailed', s.r, 'tcp', s.rp); }
        g.e('removing', s.r, 'tcp', s.rp, s.v[0], s.v[1], s.v[2]); s.up = false;
        const left = svc.filter((x) => x.v === s.v && x.up).length;
        if (left === 0) { g.e('lostQuorum', 1, 0, 0, 1, s.v[0], s.v[1], s.v[2]); g.e('sorry', '10.30.1.99', 'tcp', 8080, s.v[0], s.v[1], s.v[2]); }
      } else {
        if (http) g.e('httpOk', s.r, 'tcp', s.rp, '/healthz'); else g.e('tcpOk', s.r, 'tcp', s.rp);
        const left = svc.filter((x) => x.v === s.v && x.up).length;
        g.e('adding', s.r, 'tcp', s.rp, s.v[0], s.v[1], s.v[2]); s.up = true;
        if (left === 0) g.e('gainQuorum', 1, 0, 1, 1, s.v[0], s.v[1], s.v[2]);
      }
    };
    const connErr = () => { const s = g.pick(svc.filter((x) => x.up)); if (!s) return hc(); g.e('connErr', s.r, 'tcp', s.rp); };
    const script = () => {
      g.e('scriptFail', 'chk_app_port', 1); g.e('prioChange', 'VI_WEB', 150, 130); g.e('prioChange', 'VI_INT', 150, 130);
      if (g.chance(0.4)) { g.advance(2000); g.e('higherPrio', 'VI_WEB', peer, 140, 130); g.e('groupBackup', 'VG_LB'); for (const i of ['VI_WEB', 'VI_INT']) { g.e('backup', i); g.e('removingVips', i); st[i] = 'BACKUP'; } }
      g.advance(g.int(4000, 60000)); g.e('scriptOk', 'chk_app_port'); g.e('prioChange', 'VI_WEB', 130, 150); g.e('prioChange', 'VI_INT', 130, 150);
      if (st.VI_WEB === 'BACKUP') { g.advance(1000); g.e('lowerPrio', 'VI_WEB', 140, peer); g.e('recvTimeout', 'VI_WEB'); g.e('groupMaster', 'VG_LB'); toMaster('VI_WEB'); toMaster('VI_INT'); }
    };
    drive(g, {
      gapMs: 30000,
      startup: boot,
      steady: [
        [14, hc], [2.5, connErr], [1.5, script],
        [1.2, () => { const i = g.pick(['VI_WEB', 'VI_INT']); g.e('lowerPrio', i, g.pick([100, 140]), peer); }],
        [0.8, () => g.e('bogus', 'eth0')],
        [0.4, () => g.e('scriptTimeout', 'chk_app_port')],
      ],
      rare: [
        () => { g.e('netlinkDown', 'eth1'); g.e('fault', 'VI_INT'); g.e('removingVips', 'VI_INT'); g.e('groupBackup', 'VG_LB'); g.e('backup', 'VI_WEB'); g.e('removingVips', 'VI_WEB'); g.advance(9000); g.e('netlinkUp', 'eth1'); g.e('backup', 'VI_INT'); g.advance(3700); g.e('recvTimeout', 'VI_INT'); g.e('groupMaster', 'VG_LB'); toMaster('VI_INT'); toMaster('VI_WEB'); },
        () => { for (let k = 0; k < 3; k++) g.e('badPasswd', 'VI_INT'); },
        () => { g.e('unsafe', '/etc/keepalived/notify.sh'); },
        () => { g.e('reloading'); g.e('opening', '/etc/keepalived/keepalived.conf'); g.e('scriptSecurity'); g.e('opening', '/etc/keepalived/keepalived.conf'); },
        () => { g.e('stopping'); g.e('stoppedChild', g.float(0.1, 3, 6), g.float(1, 20, 6)); g.e('stoppedChild', g.float(0.1, 3, 6), g.float(1, 20, 6)); g.e('stoppedMain', VER, VDATE); for (const s of svc) s.up = true; g.advance(4000); boot(); },
      ],
    });
  },
};
