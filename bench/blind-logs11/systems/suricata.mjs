// ============================================================ Suricata ====
// Suricata 7.0 in IDS mode on the DMZ/LAN uplink of a small company: a web
// server and a mail relay in the DMZ, office clients and a few servers on
// the LAN, a local resolver. Emerging Threats Open rules plus the built-in
// decoder/stream/app-layer event rules and one local rule. The file is
// fast.log (one line per alert).
// Raw line: '06/03/2025-07:14:05.123456  [**] [1:2210020:2] SURICATA STREAM ESTABLISHED packet out of window [**] [Classification: Generic Protocol Command Decode] [Priority: 3] {TCP} 203.0.113.80:443 -> 10.20.2.31:51514'
// -> the timestamp is the header; Content starts at the first '[**]'.
// One event per signature: the rule message and its classification text
// are constants; gid:sid:rev, the priority number, the protocol and both
// endpoints are parameters. Two rule families whose messages differ only
// by a list number ('... group 12') are one template each, the number a
// parameter. A rule without a classtype prints '[Classification: (null)]'.
// IPv6 addresses are printed fully expanded and the port is glued to them
// with ':' as for IPv4.
import { drive } from '../lib.mjs';

const GPCD = 'Generic Protocol Command Decode';
const AIL = 'Attempted Information Leak';
const PBT = 'Potentially Bad Traffic';
const MA = 'Misc Attack';
const MISC = 'Misc activity';
const WAA = 'Web Application Attack';
const AAPG = 'Attempted Administrator Privilege Gain';
// key: [sid, rev, message, classification, priority]
const SIGS = {
  sOow: [2210020, 2, 'SURICATA STREAM ESTABLISHED packet out of window', GPCD, 3],
  sInvAck: [2210045, 2, 'SURICATA STREAM Packet with invalid ack', GPCD, 3],
  sEstInvAck: [2210029, 2, 'SURICATA STREAM ESTABLISHED invalid ack', GPCD, 3],
  sGap: [2210061, 1, 'SURICATA STREAM reassembly sequence GAP -- missing packet(s)', GPCD, 3],
  sLastAck: [2210051, 2, 'SURICATA STREAM Last ACK with wrong seq', GPCD, 3],
  sFinNoSess: [2210044, 2, 'SURICATA STREAM FIN recv but no session', GPCD, 3],
  sCloseWait: [2210035, 2, 'SURICATA STREAM CLOSEWAIT FIN out of window', GPCD, 3],
  s3wh: [2210008, 2, 'SURICATA STREAM 3way handshake SYNACK with wrong ack', GPCD, 3],
  sTs: [2210042, 2, 'SURICATA STREAM Packet with invalid timestamp', GPCD, 3],
  sOverlap: [2210050, 2, 'SURICATA STREAM reassembly overlap with different data', GPCD, 3],
  dUdpCk: [2200075, 2, 'SURICATA UDPv4 invalid checksum', GPCD, 3],
  dTcpCk: [2200073, 2, 'SURICATA TCPv4 invalid checksum', GPCD, 3],
  dIcmpCode: [2200025, 2, 'SURICATA ICMPv4 unknown code', GPCD, 3],
  dIcmp6Type: [2200027, 2, 'SURICATA ICMPv6 unknown type', GPCD, 3],
  aOneDir: [2260002, 1, 'SURICATA Applayer Detect protocol only one direction', GPCD, 3],
  aMismatch: [2260000, 1, 'SURICATA Applayer Mismatch protocol both directions', GPCD, 3],
  aHttpMatch: [2221010, 1, 'SURICATA HTTP unable to match response to request', GPCD, 3],
  aTlsInv: [2230010, 1, 'SURICATA TLS invalid record/traffic', GPCD, 3],
  aTlsHs: [2230003, 1, 'SURICATA TLS invalid handshake message', GPCD, 3],
  aQuic: [2231001, 1, 'SURICATA QUIC failed decrypt', GPCD, 3],
  aSmtp: [2220002, 1, 'SURICATA SMTP invalid reply', GPCD, 3],
  aDns: [2240002, 2, 'SURICATA DNS malformed request data', GPCD, 3],
  pCurl: [2013028, 7, 'ET POLICY curl User-Agent Outbound', AIL, 2],
  pPyUrllib: [2013031, 5, 'ET POLICY Python-urllib/ Suspicious User Agent', AIL, 2],
  pGo: [2024897, 4, 'ET USER_AGENTS Go HTTP Client User-Agent', MISC, 3],
  pApt: [2013504, 6, 'ET POLICY GNU/Linux APT User-Agent Outbound likely related to package management', 'Not Suspicious Traffic', 3],
  pDropbox: [2012647, 5, 'ET POLICY Dropbox.com Offsite File Backup in Use', 'Potential Corporate Privacy Violation', 1],
  pDoh: [2035887, 2, 'ET INFO Observed DNS Over HTTPS Domain in TLS SNI', MISC, 3],
  pExtIp: [2022082, 3, 'ET INFO External IP Lookup Domain in DNS Lookup', 'Device Retrieving External IP Address Detected', 2],
  pCloudTld: [2027757, 4, 'ET INFO Observed DNS Query to .cloud TLD', PBT, 2],
  pTopTld: [2023883, 3, 'ET INFO HTTP Request to a *.top domain', PBT, 2],
  pSshPort: [2001978, 9, 'ET POLICY SSH session in progress on Unusual Port', MISC, 3],
  scSsh: [2001219, 20, 'ET SCAN Potential SSH Scan', AIL, 2],
  scMssql: [2010935, 3, 'ET SCAN Suspicious inbound to MSSQL port 1433', PBT, 2],
  scPg: [2010939, 3, 'ET SCAN Suspicious inbound to PostgreSQL port 5432', PBT, 2],
  scRdp: [2023753, 2, 'ET SCAN Suspicious inbound to RDP port 3389', PBT, 2],
  scZmap: [2029054, 2, 'ET SCAN Zmap User-Agent (Inbound)', AIL, 2],
  scNmap: [2009582, 3, 'ET SCAN NMAP -sS window 1024', AIL, 2],
  scNmapUa: [2024364, 4, 'ET SCAN Possible Nmap User-Agent Observed', WAA, 1],
  dropDshield: [2402000, 7103, 'ET DROP Dshield Block Listed Source group 1', MA, 2],
  cins: [2403300, 90001, 'ET CINS Active Threat Intelligence Poor Reputation IP group <*>', MA, 2],
  comp: [2500000, 6401, 'ET COMPROMISED Known Compromised or Hostile Host Traffic group <*>', MA, 2],
  wEnv: [2031502, 3, 'ET WEB_SERVER Possible .env File Disclosure Attempt', AIL, 2],
  wPasswd: [2009361, 8, 'ET WEB_SERVER /etc/passwd Detected in URI', AIL, 2],
  wUnion: [2006446, 14, 'ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT', WAA, 1],
  wXss: [2009714, 7, 'ET WEB_SERVER Script tag in URI Possible Cross Site Scripting Attempt', WAA, 1],
  wLog4j: [2034647, 3, 'ET EXPLOIT Possible Apache log4j RCE Attempt (CVE-2021-44228) (http header)', AAPG, 1],
  wXmlrpc: [2014066, 5, 'ET WEB_SERVER WordPress xmlrpc.php access', AIL, 2],
  wPhpunit: [2027400, 4, 'ET EXPLOIT PHPUnit eval-stdin.php Remote Code Execution Attempt', AAPG, 1],
  mMirai: [2025134, 3, 'ET MALWARE Possible Mirai Variant User-Agent (Inbound)', 'A Network Trojan was detected', 1],
  gPing: [2100366, 8, 'GPL ICMP_INFO PING *NIX', MISC, 3],
  gIdRoot: [2100498, 12, 'GPL ATTACK_RESPONSE id check returned root', PBT, 2],
  localSmtp: [1000003, 1, 'LOCAL Outbound SMTP from non-mail host', '(null)', 3],
};
const templates = {};
for (const [k, [, , msg, cls]] of Object.entries(SIGS)) templates[k] = `[**] [<*>:<*>:<*>] ${msg} [**] [Classification: ${cls}] [Priority: <*>] {<*>} <*>:<*> -> <*>:<*>`;

export default {
  name: 'Suricata',
  templates,
  scenario(g) {
    const WEB = '10.20.5.10', MAIL = '10.20.5.25', DNS = '10.20.0.2';
    const clients = Array.from({ length: 30 }, () => g.ip('10.20.' + g.int(1, 3)));
    const servers = ['10.20.4.11', '10.20.4.12', '10.20.4.20', '10.20.4.31'];
    const ext = Array.from({ length: 24 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2'])));
    const scanners = Array.from({ length: 14 }, () => g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2'])));
    const cinsGroup = Object.fromEntries(scanners.map((s) => [s, g.int(1, 99)]));
    const compGroup = Object.fromEntries(scanners.map((s) => [s, g.int(1, 45)]));
    const v6 = (x) => x.split(':').map((h) => h.padStart(4, '0')).join(':');
    const v6clients = ['2001:db8:a14:1:0:0:0:c4', '2001:db8:a14:1:0:0:0:1f2', '2001:db8:a14:2:0:0:0:33'].map(v6);
    const v6ext = ['2001:db8:85a3:0:0:8a2e:370:7334', '2001:db8:4860:4802:0:0:0:21', '2001:db8:2f0:1:0:0:0:a'].map(v6);
    // numbered rule families: one rule per list number, the sid offset by it
    const fam = (key, n, proto, src, sp, dst, dp) => {
      const [sid, rev, , , prio] = SIGS[key];
      g.e(key, 1, sid + n - 1, rev, n, prio, proto, src, sp, dst, dp);
    };
    const al = (key, proto, src, sp, dst, dp) => { const [sid, rev, , , prio] = SIGS[key]; g.e(key, 1, sid, rev, prio, proto, src, sp, dst, dp); };

    const tlsOut = () => {
      const six = g.chance(0.12);
      const c = six ? g.pick(v6clients) : g.zipf(clients, 0.8); const s = six ? g.pick(v6ext) : g.zipf(ext, 0.9); const cp = g.eport();
      const key = g.wpick([[14, 'sOow'], [8, 'sInvAck'], [4, 'sEstInvAck'], [4, 'sGap'], [3, 'sLastAck'], [2, 'sCloseWait'], [2, 'sTs'], [2, 'aTlsInv'], [1, 'aTlsHs'], [1.2, 'aOneDir'], [0.6, 'aMismatch'], [1.5, 'pDoh'], [1.2, 'pDropbox']]);
      const n = key.startsWith('s') ? g.wpick([[4, 1], [3, 2], [2, 3], [1, 5]]) : 1;
      for (let k = 0; k < n; k++) { if (g.chance(0.55)) al(key, 'TCP', s, 443, c, cp); else al(key, 'TCP', c, cp, s, 443); }
    };
    const httpOut = () => {
      const c = g.chance(0.4) ? g.pick(servers) : g.zipf(clients); const s = g.zipf(ext, 0.7); const cp = g.eport();
      const key = g.wpick([[6, 'pApt'], [3, 'pCurl'], [2, 'pPyUrllib'], [2.5, 'pGo'], [1.2, 'pTopTld'], [1.5, 'aHttpMatch']]);
      al(key, 'TCP', c, cp, s, 80);
      if (key === 'pApt' && g.chance(0.3)) al('pApt', 'TCP', c, g.eport(), s, 80);
    };
    const dnsOut = () => {
      const c = g.zipf(clients);
      const key = g.wpick([[4, 'pExtIp'], [2, 'pCloudTld'], [0.6, 'aDns']]);
      al(key, 'UDP', c, g.eport(), DNS, 53);
      if (key !== 'aDns' && g.chance(0.7)) al(key, 'UDP', DNS, g.eport(), g.pick(['198.51.100.53', '203.0.113.53']), 53);
    };
    const scan = () => {
      const src = g.zipf(scanners, 0.9); const sp = g.eport();
      const [key, dp] = g.wpick([[5, ['scSsh', 22]], [3, ['scMssql', 1433]], [2, ['scPg', 5432]], [3, ['scRdp', 3389]], [3, ['scNmap', g.pick([21, 23, 25, 110, 143, 445, 993, 3306, 5900, 6379, 8080, 8443])]]]);
      const dst = g.chance(0.7) ? WEB : MAIL;
      const rep = g.r();
      if (rep < 0.35) fam('cins', cinsGroup[src], 'TCP', src, sp, dst, dp);
      else if (rep < 0.5) fam('comp', compGroup[src], 'TCP', src, sp, dst, dp);
      else if (rep < 0.6) al('dropDshield', 'TCP', src, sp, dst, dp);
      al(key, 'TCP', src, sp, dst, dp);
      if (key === 'scSsh' && g.chance(0.5)) al(key, 'TCP', src, g.eport(), dst, dp);
    };
    const web = () => {
      const src = g.zipf(scanners, 0.7); const sp = g.eport(); const dp = g.pick([80, 443, 80]);
      const key = g.wpick([[4, 'wEnv'], [2, 'wPasswd'], [1.5, 'wUnion'], [1, 'wXss'], [1.5, 'wLog4j'], [3, 'wXmlrpc'], [1.5, 'wPhpunit'], [2, 'scZmap'], [1.2, 'scNmapUa'], [0.6, 'mMirai']]);
      if (g.chance(0.3)) fam('cins', cinsGroup[src], 'TCP', src, sp, WEB, dp);
      al(key, 'TCP', src, sp, WEB, dp);
      if (key === 'wXmlrpc' || key === 'wEnv') for (let k = g.int(0, 2); k > 0; k--) al(key, 'TCP', src, g.eport(), WEB, dp);
    };
    const misc = () => {
      g.wpick([
        [4, () => al('gPing', 'ICMP', g.pick(['192.0.2.10', '192.0.2.11']), 8, WEB, 0)],
        [1, () => al('dIcmpCode', 'ICMP', g.zipf(ext), 3, g.zipf(clients), g.pick([16, 17, 20]))],
        [1.5, () => al('pSshPort', 'TCP', g.zipf(clients.slice(0, 4)), g.eport(), g.pick(servers), 2222)],
        [1.2, () => { const q = g.zipf(clients); const s = g.pick(v6ext.concat(ext.slice(0, 3))); al('aQuic', 'UDP', q, g.eport(), s, 443); }],
        [1, () => { const e = g.pick(ext); al('aSmtp', 'TCP', e, 25, MAIL, g.eport()); }],
        [1, () => al('sFinNoSess', 'TCP', g.zipf(ext), 443, g.zipf(clients), g.eport())],
        [0.8, () => al('s3wh', 'TCP', g.zipf(ext), g.pick([443, 80]), g.zipf(clients), g.eport())],
        [0.7, () => al('dIcmp6Type', 'IPV6-ICMP', v6('fe80:0:0:0:20c:29ff:fe3a:1b2c'), g.pick([134, 143, 155]), v6('ff02:0:0:0:0:0:0:1'), 0)],
      ])();
    };
    drive(g, {
      gapMs: 5000,
      startup: () => { for (let k = 0; k < 3; k++) tlsOut(); },
      steady: [[30, tlsOut], [10, httpOut], [6, dnsOut], [12, scan], [6, web], [7, misc]],
      rare: [
        () => { // NIC offload on a new hypervisor host: checksum alerts until it is switched off
          const h = '10.20.4.20';
          for (let k = 0; k < 9; k++) { if (g.chance(0.5)) al('dUdpCk', 'UDP', h, g.eport(), DNS, 53); else al('dTcpCk', 'TCP', h, g.eport(), g.pick(ext), 443); }
        },
        () => { for (let k = 0; k < 3; k++) al('sOverlap', 'TCP', g.pick(ext), 80, g.zipf(clients), g.eport()); },
        () => { const c = g.pick(servers); al('gIdRoot', 'TCP', g.pick(ext), 80, c, g.eport()); },
        () => { const c = g.pick(clients); for (let k = 0; k < 3; k++) al('localSmtp', 'TCP', c, g.eport(), g.pick(ext), 25); },
        () => { // one scanner walks the DMZ web server with many rules
          const src = scanners[g.int(3, 8)];
          for (const key of ['scNmapUa', 'wEnv', 'wPasswd', 'wUnion', 'wXss', 'wPhpunit', 'wLog4j']) al(key, 'TCP', src, g.eport(), WEB, 80);
        },
        () => { for (let k = 0; k < 4; k++) al('aDns', 'UDP', g.pick(clients), g.eport(), DNS, 53); },
      ],
    });
  },
};
