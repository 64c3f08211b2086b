// ============================================================ CiscoIOS ====
// Cisco IOS-XE access/distribution switch stack of an office building
// (Catalyst-style, 2 members, 48 ports each, 802.1X/MAB on access ports,
// OSPF and one BGP peering towards the WAN router, HSRP on user VLANs, an
// extended ACL with logging on the management VLAN), remote syslog with
// sequence numbers and millisecond service timestamps.
// Raw line: 'Jun 17 10:04:05 sw-b2-core 004512: Jun 17 10:04:05.123 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/12, changed state to down'
// -> the syslog receiver's time and host, the device's sequence number and
// its own timestamp are the header; Content starts with the
// '%FACILITY-SEVERITY-MNEMONIC:' code, which is message text and stays.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'CiscoIOS',
  templates: {
    linkDown: '%LINK-3-UPDOWN: Interface <*>, changed state to down',
    linkUp: '%LINK-3-UPDOWN: Interface <*>, changed state to up',
    protoDown: '%LINEPROTO-5-UPDOWN: Line protocol on Interface <*>, changed state to down',
    protoUp: '%LINEPROTO-5-UPDOWN: Line protocol on Interface <*>, changed state to up',
    adminDown: '%LINK-5-CHANGED: Interface <*>, changed state to administratively down',
    configI: '%SYS-5-CONFIG_I: Configured from console by <*> on <*> (<*>)',
    cfgLog: '%PARSER-5-CFGLOG_LOGGEDCMD: User:<*>  logged command:<*>',
    loginOk: '%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: <*>] [Source: <*>] [localport: <*>] at <*>',
    loginFail: '%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: <*>] [Source: <*>] [localport: <*>] [Reason: Login Authentication Failed] at <*>',
    quietMode: '%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is <*> secs, [user: <*>] [Source: <*>] [localport: <*>] [Reason: Login Authentication Failed] [ACL: <*>] at <*>',
    sshSession: "%SSH-5-SSH2_SESSION: SSH2 Session request from <*> (tty = <*>) using crypto cipher '<*>', hmac '<*>' Succeeded",
    sshAuth: "%SSH-5-SSH2_USERAUTH: User '<*>' authentication for SSH2 Session from <*> (tty = <*>) using crypto cipher '<*>', hmac '<*>' Succeeded",
    sshAuthFail: "%SSH-5-SSH2_USERAUTH: User '<*>' authentication for SSH2 Session from <*> (tty = <*>) using crypto cipher '<*>', hmac '<*>' Failed",
    sshClose: "%SSH-5-SSH2_CLOSE: SSH2 Session from <*> (tty = <*>) for user '<*>' using crypto cipher '<*>', hmac '<*>' closed",
    aclDenied: '%SEC-6-IPACCESSLOGP: list <*> denied <*> <*>(<*>) -> <*>(<*>), <*>',
    aclPermitted: '%SEC-6-IPACCESSLOGP: list <*> permitted <*> <*>(<*>) -> <*>(<*>), <*>',
    aclIcmp: '%SEC-6-IPACCESSLOGDP: list <*> denied icmp <*> -> <*> (<*>/<*>), <*>',
    authStart: "%AUTHMGR-5-START: Starting '<*>' for client (<*>) on Interface <*> AuditSessionID <*>",
    mabOk: '%MAB-5-SUCCESS: Authentication successful for client (<*>) on Interface <*> AuditSessionID <*>',
    dot1xOk: '%DOT1X-5-SUCCESS: Authentication successful for client (<*>) on Interface <*> AuditSessionID <*>',
    dot1xFail: '%DOT1X-5-FAIL: Authentication failed for client (<*>) on Interface <*> AuditSessionID <*>',
    mabFail: '%MAB-5-FAIL: Authentication failed for client (<*>) on Interface <*> AuditSessionID <*>',
    authzOk: '%AUTHMGR-5-SUCCESS: Authorization succeeded for client (<*>) on Interface <*> AuditSessionID <*>',
    authzFail: '%AUTHMGR-7-FAILOVER: Failing over from \'<*>\' for client (<*>) on Interface <*> AuditSessionID <*>',
    macFlap: '%SW_MATM-4-MACFLAP_NOTIF: Host <*> in vlan <*> is flapping between port <*> and port <*>',
    ospfDown: '%OSPF-5-ADJCHG: Process <*>, Nbr <*> on <*> from FULL to DOWN, Neighbor Down: Dead timer expired',
    ospfFull: '%OSPF-5-ADJCHG: Process <*>, Nbr <*> on <*> from LOADING to FULL, Loading Done',
    bgpUp: '%BGP-5-ADJCHANGE: neighbor <*> Up',
    bgpDown: '%BGP-5-ADJCHANGE: neighbor <*> Down BGP Notification sent',
    bgpNotif: '%BGP-3-NOTIFICATION: sent to neighbor <*> <*> (hold time expired) <*> bytes',
    hsrp: '%HSRP-5-STATECHANGE: <*> Grp <*> state <*> -> <*>',
    bpduGuard: '%SPANTREE-2-BLOCK_BPDUGUARD: Received BPDU on port <*> with BPDU Guard enabled. Disabling port.',
    errDisable: '%PM-4-ERR_DISABLE: bpduguard error detected on <*>, putting <*> in err-disable state',
    errRecover: '%PM-4-ERR_RECOVER: Attempting to recover from bpduguard err-disable state on <*>',
    poeGranted: '%ILPOWER-5-POWER_GRANTED: Interface <*>: Power granted',
    poeDetect: '%ILPOWER-7-DETECT: Interface <*>: Power Device detected: <*>',
    poeRemoved: '%ILPOWER-5-IEEE_DISCONNECT: Interface <*>: PD removed',
    cdpVlan: '%CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on <*> (<*>), with <*> <*> (<*>).',
    snmpAuth: '%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host <*>',
    dupAddr: '%IP-4-DUPADDR: Duplicate address <*> on <*>, sourced by <*>',
    storm: '%STORM_CONTROL-3-FILTERED: A packet storm was detected on <*>. A packet filter action has been applied on the interface.',
    dhcpSnoop: '%DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT: DHCP_SNOOPING drop message on untrusted port, message type: <*>, MAC sa: <*>',
    logHost: '%SYS-6-LOGGINGHOST_STARTSTOP: Logging to host <*> port <*> started - CLI initiated',
    reload: '%SYS-5-RELOAD: Reload requested by <*> on <*>. Reload Reason: <*>.',
    restart: '%SYS-5-RESTART: System restarted --',
    stackAdded: '%STACKMGR-6-SWITCH_ADDED: Switch <*> has been added to the stack.',
    stackReady: '%STACKMGR-6-SWITCH_READY: Switch <*> is READY',
    fan: '%PLATFORM_FAN-1-FAN_FAILED: Switch <*>: System fan <*> failed',
    fanOk: '%PLATFORM_FAN-5-FAN_OK: Switch <*>: System fan <*> is now operating normally',
    ntpSync: '%NTP-5-PEERSYNC: NTP synced to peer <*>',
    ntpUnreach: '%NTP-4-PEERUNREACH: Peer <*> is unreachable',
    writeMem: '%SYS-6-PRIVCFG_ENCRYPT_SUCCESS: Successfully encrypted private config file',
  },
  scenario(g) {
    const acc = []; for (const sw of [1, 2]) for (let p = 1; p <= 48; p++) acc.push(`GigabitEthernet${sw}/0/${p}`);
    const up = ['TenGigabitEthernet1/1/1', 'TenGigabitEthernet2/1/1'];
    const mac = () => `${g.hex(4)}.${g.hex(4)}.${g.hex(4)}`;
    const hosts = Array.from({ length: 70 }, () => ({ mac: mac(), port: g.pick(acc), method: g.wpick([[6, 'dot1x'], [4, 'mab']]), sess: null }));
    const admins = [['netops', '10.10.99.21'], ['k.meyer', '10.10.99.34'], ['svc-backup', '10.10.99.50'], ['j.ortiz', '10.10.99.37']];
    const when = () => { const d = new Date(g.t); return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}`; };
    const sessId = () => `0A0A${g.hex(4).toUpperCase()}${g.hex(16).toUpperCase()}`.slice(0, 24);
    const CIPH = 'aes256-ctr', HMAC = 'hmac-sha2-256';
    let tty = 0;
    const portFlap = () => {
      const h = g.zipf(hosts, 0.8); const p = h.port;
      g.e('linkDown', p); g.e('protoDown', p);
      if (g.chance(0.3)) { g.e('poeRemoved', p); }
      g.advance(g.int(2000, 600000));
      if (g.chance(0.3)) { g.e('poeDetect', p, 'IEEE PD'); g.e('poeGranted', p); }
      g.e('linkUp', p); g.e('protoUp', p);
      auth(h);
    };
    const auth = (h = g.zipf(hosts, 0.8)) => {
      h.sess = h.sess || sessId();
      g.e('authStart', h.method, h.mac, h.port, h.sess);
      const ok = g.chance(0.85);
      if (h.method === 'dot1x') {
        if (ok) g.e('dot1xOk', h.mac, h.port, h.sess);
        else { g.e('dot1xFail', h.mac, h.port, h.sess); g.e('authzFail', 'dot1x', h.mac, h.port, h.sess); g.e('authStart', 'mab', h.mac, h.port, h.sess); if (g.chance(0.5)) { g.e('mabOk', h.mac, h.port, h.sess); } else { g.e('mabFail', h.mac, h.port, h.sess); return; } }
      } else if (ok) g.e('mabOk', h.mac, h.port, h.sess);
      else { g.e('mabFail', h.mac, h.port, h.sess); return; }
      g.e('authzOk', h.mac, h.port, h.sess);
    };
    const acl = () => {
      const src = g.wpick([[5, g.ip('10.10.40')], [2, g.ip('198.51.100')], [1, g.ip('10.10.41')]]);
      const r = g.r();
      const cnt = g.chance(0.7) ? '1 packet' : `${g.int(2, 90)} packets`;
      if (r < 0.7) { const [pr, dp] = g.wpick([[5, ['tcp', 22]], [3, ['tcp', 23]], [2, ['udp', 161]], [1, ['tcp', 443]]]); g.e('aclDenied', 'MGMT-IN', pr, src, g.eport(), g.pick(['10.10.99.1', '10.10.99.2']), dp, cnt); }
      else if (r < 0.9) g.e('aclPermitted', 'MGMT-IN', 'tcp', g.pick(admins)[1], g.eport(), '10.10.99.1', 22, cnt);
      else g.e('aclIcmp', 'MGMT-IN', src, '10.10.99.1', g.pick([8, 8, 13]), 0, cnt);
    };
    const ssh = () => {
      const [u, ip] = g.zipf(admins, 1); const t = tty++ % 5 + 2;
      g.e('sshSession', ip, t, CIPH, HMAC);
      if (g.chance(0.1)) { g.e('sshAuthFail', u, ip, t, CIPH, HMAC); g.e('loginFail', u, ip, 22, when()); return; }
      g.e('sshAuth', u, ip, t, CIPH, HMAC);
      g.e('loginOk', u, ip, 22, when());
      if (u !== 'svc-backup' && g.chance(0.5)) {
        const p = g.pick(acc);
        const cmds = g.pick([[`interface ${p}`, 'description printer-2OG', 'switchport access vlan 40'], [`interface ${p}`, 'shutdown'], [`interface ${p}`, 'no shutdown'], ['ip access-list extended MGMT-IN', 'permit tcp host 10.10.99.38 any eq 22']]);
        for (const c of cmds) g.e('cfgLog', u, c);
        if (cmds[1] === 'shutdown') g.e('adminDown', p);
        g.e('configI', u, `vty${t - 2}`, ip);
      } else if (u === 'svc-backup') g.e('writeMem');
      g.advance(g.int(10000, 600000));
      g.e('sshClose', ip, t, u, CIPH, HMAC);
    };
    drive(g, {
      gapMs: 20000,
      startup: () => { g.e('restart'); g.e('stackAdded', 1); g.e('stackAdded', 2); g.e('stackReady', 1); g.e('stackReady', 2); for (const p of up) { g.e('linkUp', p); g.e('protoUp', p); } g.e('logHost', '10.10.99.5', 514); g.e('ospfFull', 10, '10.255.0.1', up[0]); g.e('bgpUp', '10.255.1.1'); for (const v of ['Vlan40', 'Vlan41', 'Vlan50']) g.e('hsrp', v, 1, 'Standby', 'Active'); g.e('ntpSync', '10.10.99.3'); },
      steady: [
        [14, acl], [6, portFlap], [9, auth], [2.5, ssh],
        [1.2, () => { const h = g.pick(hosts.slice(0, 5)); const o = h.port === acc[3] ? acc[7] : acc[3]; g.e('macFlap', h.mac, 40, h.port, o); }],
        [0.6, () => g.e('snmpAuth', g.pick(['10.10.40.77', '10.10.41.12']))],
        [0.5, () => g.e('dhcpSnoop', 'DHCPOFFER', g.pick(['0026.ab31.0f2c', '3c52.8214.91d0']))],
        [0.3, () => g.e('cdpVlan', acc[47], 40, 'sw-b2-lab', 'GigabitEthernet0/1', 1)],
      ],
      rare: [
        () => { const p = acc[61]; g.e('bpduGuard', p); g.e('errDisable', p, p); g.e('linkDown', p); g.e('protoDown', p); g.advance(300000); g.e('errRecover', p); g.e('linkUp', p); g.e('protoUp', p); },
        () => { g.e('ospfDown', 10, '10.255.0.1', up[0]); g.e('linkDown', up[0]); g.e('protoDown', up[0]); g.e('bgpNotif', '10.255.1.1', '4/0', 0); g.e('bgpDown', '10.255.1.1'); g.advance(40000); g.e('linkUp', up[0]); g.e('protoUp', up[0]); g.e('ospfFull', 10, '10.255.0.1', up[0]); g.e('bgpUp', '10.255.1.1'); },
        () => { for (const v of ['Vlan40', 'Vlan41']) g.e('hsrp', v, 1, 'Active', 'Speak'); g.advance(3000); for (const v of ['Vlan40', 'Vlan41']) g.e('hsrp', v, 1, 'Speak', 'Standby'); },
        () => g.e('dupAddr', '10.10.40.1', 'Vlan40', g.pick(hosts).mac),
        () => { g.e('storm', acc[18]); g.e('storm', acc[18]); },
        () => { g.e('fan', 2, 1); g.advance(60000); g.e('fanOk', 2, 1); },
        () => { g.e('ntpUnreach', '10.10.99.3'); g.advance(600000); g.e('ntpSync', '10.10.99.4'); },
        () => { const ip = '203.0.113.66'; for (const u of ['admin', 'cisco', 'root']) g.e('loginFail', u, ip, 22, when()); g.e('quietMode', 120, 'root', ip, 22, 'sl_def_acl', when()); },
        () => { g.e('reload', 'k.meyer', 'vty0 (10.10.99.34)', 'Reload Command'); g.advance(300000); g.e('restart'); g.e('stackAdded', 1); g.e('stackAdded', 2); g.e('stackReady', 1); g.e('stackReady', 2); for (const p of up) { g.e('linkUp', p); g.e('protoUp', p); } g.e('ospfFull', 10, '10.255.0.1', up[0]); g.e('bgpUp', '10.255.1.1'); },
      ],
    });
  },
};
