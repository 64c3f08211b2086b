// ============================================================= Zabbix ====
// Zabbix server 6.4 (zabbix-server-pgsql container, PostgreSQL in another
// container) monitoring about forty hosts: Linux servers with Zabbix agent,
// switches and a UPS over SNMP, a Java application over JMX, one proxy at
// a branch office; DebugLevel=3. Agents that drop off and come back, items
// that become unsupported, active agents with a wrong Hostname, hourly
// housekeeping, a database outage, a restart.
// Raw line: '   213:20250408:100405.123 item "web-02:vfs.fs.size[/var/lib/docker,pused]" became not supported: Cannot obtain filesystem information: [2] No such file or directory'
// -> Content is the text after "pid:yyyymmdd:hhmmss.mmm ", which is the
// header. The aligned spaces of the "Enabled features" banner stay.
import { drive } from '../lib.mjs';

const VER = '6.4.14';
const REV = 'b0d4d5a2f1c';

export default {
  name: 'Zabbix',
  templates: {
    starting: 'Starting Zabbix Server. Zabbix <*> (revision <*>).',
    features: '****** Enabled features ******',
    featSnmp: 'SNMP monitoring:           <*>',
    featIpmi: 'IPMI monitoring:           <*>',
    featWeb: 'Web monitoring:            <*>',
    featVmware: 'VMware monitoring:         <*>',
    featSmtp: 'SMTP authentication:       <*>',
    featOdbc: 'ODBC:                      <*>',
    featSsh: 'SSH support:               <*>',
    featIpv6: 'IPv6 support:              <*>',
    featTls: 'TLS support:               <*>',
    stars: '******************************',
    configFile: 'using configuration file: <*>',
    dbVersion: 'current database version (mandatory/optional): <*>/<*>',
    requiredVersion: 'required mandatory version: <*>',
    haStart: 'starting HA manager',
    haActive: 'HA manager started in active mode',
    serverStarted: 'server #<*> started [<*>]',
    itemNotSupported: 'item "<*>:<*>" became not supported: <*>',
    itemSupported: 'item "<*>:<*>" became supported',
    errorChanged: 'error reason for "<*>:<*>" changed: <*>',
    agentFirst: 'Zabbix agent item "<*>" on host "<*>" failed: first network error, wait for <*> seconds',
    agentAnother: 'Zabbix agent item "<*>" on host "<*>" failed: another network error, wait for <*> seconds',
    agentDisable: 'temporarily disabling Zabbix agent checks on host "<*>": interface unavailable',
    agentEnable: 'enabling Zabbix agent checks on host "<*>": interface became available',
    agentResume: 'resuming Zabbix agent checks on host "<*>": connection restored',
    snmpFirst: 'SNMP agent item "<*>" on host "<*>" failed: first network error, wait for <*> seconds',
    snmpDisable: 'temporarily disabling SNMP agent checks on host "<*>": interface unavailable',
    snmpResume: 'resuming SNMP agent checks on host "<*>": connection restored',
    jmxFirst: 'JMX agent item "<*>" on host "<*>" failed: first network error, wait for <*> seconds',
    jmxResume: 'resuming JMX agent checks on host "<*>": connection restored',
    activeNotFound: 'cannot send list of active checks to "<*>": host [<*>] not found',
    activeNotMonitored: 'cannot send list of active checks to "<*>": host [<*>] not monitored',
    acceptFailed: 'failed to accept an incoming connection: from <*>: <*>',
    housekeeperStart: 'executing housekeeper',
    housekeeperDone: 'housekeeper [deleted <*> hist/trends, <*> items/triggers, <*> events, <*> problems, <*> sessions, <*> alarms, <*> audit, <*> autoreg_host, <*> records in <*> sec, idle for <*> hour(s)]',
    slowQuery: 'slow query: <*> sec, "<*>"',
    dbFailed: "[Z3001] connection to database '<*>' failed: [<*>] <*>",
    dbDown: 'database is down: reconnecting in <*> seconds',
    dbUp: 'database connection re-established',
    queryFailed: '[Z3005] query failed: [<*>] <*> [<*>]',
    proxyConfig: 'sending configuration data to proxy "<*>" at "<*>", datalen <*>, bytes <*> with compression ratio <*>',
    proxyOutdated: 'Proxy "<*>" version <*> is outdated, only data collection and remote execution is available with server version <*>.',
    valueCacheFull: 'value cache is fully used: please increase ValueCacheSize configuration parameter',
    valueCacheNormal: 'value cache has been switched from low memory to normal operation mode',
    alertFailed: 'failed to send alert ID <*> via media type "<*>": <*>',
    scriptFailed: 'Failed to execute command "<*>": <*>',
    configReload: 'forced reloading of the configuration cache',
    housekeeperForced: 'forced execution of the housekeeper',
    logLevelUp: 'log level has been increased to <*> (<*>)',
    logLevelDown: 'log level has been decreased to <*> (<*>)',
    gotSignal: 'Got signal [signal:<*>(<*>),sender_pid:<*>,sender_uid:<*>,reason:<*>]. Exiting ...',
    syncHistory: 'syncing history data...',
    syncHistoryPct: 'syncing history data... <*>%',
    syncHistoryDone: 'syncing history data done',
    syncTrend: 'syncing trend data...',
    syncTrendDone: 'syncing trend data done',
    stopped: 'Zabbix Server stopped. Zabbix <*> (revision <*>).',
  },
  scenario(g) {
    const agents = ['web-01', 'web-02', 'db-01', 'db-02', 'app-01', 'app-02', 'backup-01', 'files-01', 'mail-01', 'build-runner-01', 'build-runner-02', 'k8s-node-01', 'k8s-node-02', 'k8s-node-03', 'Branch Office Gateway', 'Reception PC', 'lab-pi-04']
      .map((name) => ({ name, state: 'up' }));
    const snmpHosts = ['core-switch-01', 'access-switch-02', 'access-switch-03', 'UPS Server Room', 'Office Printer 2F', 'wifi-ap-lobby'].map((name) => ({ name, state: 'up' }));
    const agentItems = ['system.cpu.load[all,avg1]', 'agent.ping', 'vfs.fs.size[/,pused]', 'net.if.in["eth0"]', 'system.uptime', 'proc.num[nginx]', 'vm.memory.size[available]', 'system.swap.size[,pfree]'];
    const snmpItems = ['sysUpTime', 'ifHCInOctets[GigabitEthernet0/1]', 'ifOperStatus[Port 12]', 'upsBatteryCapacity', 'prtMarkerSuppliesLevel[Black Toner]'];
    const unsupported = [ // [host, key, error] that flip between supported and not
      ['web-02', 'vfs.fs.size[/var/lib/docker,pused]', 'Cannot obtain filesystem information: [2] No such file or directory'],
      ['backup-01', 'system.run[/usr/local/bin/check_backup.sh]', 'Timeout while executing a shell script.'],
      ['db-01', 'pgsql.ping["{$PG.URI}","{$PG.USER}","{$PG.PASSWORD}","{$PG.DB}"]', 'Cannot connect to PostgreSQL server: connection refused'],
      ['app-01', 'web.page.get[localhost,/status,8080]', 'Cannot get content of web page: Connection refused'],
      ['files-01', 'vfs.file.contents[/var/log/raid-status]', 'Cannot open file: [13] Permission denied'],
      ['UPS Server Room', 'upsOutputLoad', 'Value of type "string" is not suitable for value type "Numeric (unsigned)". Value "N/A"'],
      ['k8s-node-02', 'kube.pods.running', 'Preprocessing failed for: {"items":[]}... 1. Failed: cannot extract value from json by path "$.items[0].status.phase": no data'],
      ['mail-01', 'mailq.count', 'Unsupported item key.'],
      ['build-runner-02', 'docker.containers[running]', 'Cannot fetch data: Get "http://1.28/containers/json": dial unix /var/run/docker.sock: connect: permission denied'],
      ['lab-pi-04', 'sensor.temp[cpu]', 'Cannot evaluate function: invalid second parameter.'],
    ].map(([h, k, e]) => ({ h, k, e, ok: true }));
    const wrongName = [['10.0.11.77', 'ubuntu-server'], ['10.0.11.78', 'localhost'], ['10.0.11.90', 'Zabbix server'], ['10.0.12.14', 'new-vm-template']];
    let alertId = 48200 + g.int(0, 900);
    const proc = ['main process', 'service manager #1', 'configuration syncer #1', 'alert manager #1', 'alerter #1', 'alerter #2', 'alerter #3', 'preprocessing manager #1',
      'lld manager #1', 'lld worker #1', 'lld worker #2', 'housekeeper #1', 'timer #1', 'http poller #1', 'discoverer #1', 'history syncer #1', 'history syncer #2',
      'history syncer #3', 'history syncer #4', 'escalator #1', 'proxy poller #1', 'self-monitoring #1', 'task manager #1', 'poller #1', 'poller #2', 'poller #3',
      'poller #4', 'poller #5', 'unreachable poller #1', 'trapper #1', 'trapper #2', 'trapper #3', 'trapper #4', 'trapper #5', 'icmp pinger #1', 'alert syncer #1',
      'history poller #1', 'history poller #2', 'availability manager #1', 'trigger housekeeper #1', 'odbc poller #1', 'java poller #1', 'snmp poller #1', 'connector manager #1'];
    const boot = () => {
      g.e('starting', VER, REV);
      g.e('features');
      g.e('featSnmp', 'YES'); g.e('featIpmi', 'YES'); g.e('featWeb', 'YES'); g.e('featVmware', 'YES'); g.e('featSmtp', 'YES');
      g.e('featOdbc', 'YES'); g.e('featSsh', 'YES'); g.e('featIpv6', 'YES'); g.e('featTls', 'YES');
      g.e('stars');
      g.e('configFile', '/etc/zabbix/zabbix_server.conf');
      g.e('dbVersion', '06040000', '06040036'); g.e('requiredVersion', '06040000');
      g.e('haStart'); g.e('haActive');
      proc.forEach((p, i) => g.e('serverStarted', i, p));
    };
    const flipItem = () => {
      const it = g.zipf(unsupported, 0.9);
      if (it.ok) { g.e('itemNotSupported', it.h, it.k, it.e); it.ok = false; }
      else if (g.chance(0.2) && it.k.startsWith('system.run')) g.e('errorChanged', it.h, it.k, 'Cannot execute script: [2] No such file or directory');
      else if (g.chance(0.15) && it.k.startsWith('pgsql')) g.e('errorChanged', it.h, it.k, 'Cannot connect to PostgreSQL server: FATAL:  the database system is starting up');
      else { g.e('itemSupported', it.h, it.k); it.ok = true; }
    };
    const agentFlap = () => {
      const h = g.zipf(agents.slice().reverse(), 0.9);
      if (h.state === 'up') { g.e('agentFirst', g.pick(agentItems), h.name, 15); h.state = 'first'; }
      else if (h.state === 'first') {
        if (g.chance(0.5)) { g.e('agentResume', h.name); h.state = 'up'; }
        else { g.e('agentAnother', g.pick(agentItems), h.name, 15); if (g.chance(0.6)) { g.e('agentDisable', h.name); h.state = 'down'; } }
      } else { g.e('agentEnable', h.name); h.state = 'up'; }
    };
    const snmpFlap = () => {
      const h = g.zipf(snmpHosts.slice().reverse(), 1);
      if (h.state === 'up') { g.e('snmpFirst', g.pick(snmpItems), h.name, 15); h.state = 'first'; }
      else if (h.state === 'first' && g.chance(0.4)) { g.e('snmpDisable', h.name); h.state = 'down'; }
      else { g.e('snmpResume', h.name); h.state = 'up'; }
    };
    const housekeep = () => {
      g.e('housekeeperStart'); g.advance(g.int(200, 40000));
      g.e('housekeeperDone', g.int(0, 48000), g.int(0, 12), g.int(40, 900), g.int(10, 300), g.int(0, 6), g.int(0, 80), g.int(0, 400), 0, g.int(200, 60000), g.float(0.1, 38, 6), 1);
    };
    const slow = () => {
      const q = g.zipf([
        `select itemid,clock,ns,value from history_uint where itemid=${g.int(40000, 60000)} and clock>${Math.floor(g.t / 1000) - 3600} and clock<=${Math.floor(g.t / 1000)}`,
        `delete from history where itemid=${g.int(40000, 60000)} and clock<${Math.floor(g.t / 1000) - 90 * 86400}`,
        `update items set lastlogsize=${g.int(1000, 99999)},mtime=0 where itemid=${g.int(40000, 60000)}`,
        `select distinct t.triggerid,t.description,t.expression,t.error,t.priority,t.type,t.value,t.state,t.lastchange,t.status,t.recovery_mode,t.recovery_expression,t.correlation_mode,t.correlation_tag,t.opdata,t.event_name,null,t.flags from triggers t where t.triggerid in (${g.int(20000, 30000)},${g.int(20000, 30000)})`,
      ], 1);
      g.e('slowQuery', g.float(3.0, 14, 6), q);
    };
    const accept = () => {
      const ip = g.zipf(['10.0.11.40', '10.0.11.41', g.ip('203.0.113'), '10.0.12.3'], 1);
      g.e('acceptFailed', ip, g.pick(['reading first byte from connection failed: [104] Connection reset by peer', 'TLS handshake returned error code 1: file ssl/record/ssl3_record.c line 354: error:0A00010B:SSL routines::wrong version number: TLS write fatal alert "protocol version"', 'connection from "' + ip + '" rejected, allowed hosts: "10.0.11.0/24,10.0.12.0/24"']));
    };
    const alert = () => {
      const [mt, err] = g.zipf([['Email', 'Couldn\'t resolve host name: Could not resolve host: smtp.example.com'], ['Mattermost', 'Sending failed: Error: cannot get URL: Timeout was reached.'], ['SMS gateway', 'Failed to execute command "/usr/lib/zabbix/alertscripts/sms.sh": Timeout while executing a shell script.']], 1);
      g.e('alertFailed', ++alertId, mt, err);
    };
    let nextHk = g.t + g.int(5, 55) * 60e3; // HousekeepingFrequency=1 (hourly)
    const tick = (f) => () => { if (g.t >= nextHk) { nextHk += 3600e3; housekeep(); return; } f(); };
    drive(g, {
      gapMs: 40000,
      startup: boot,
      steady: [
        [14, flipItem], [16, () => { const [ip, n] = g.zipf(wrongName, 1.2); g.e('activeNotFound', ip, n); }], [9, agentFlap], [4, snmpFlap],
        [3, slow], [3, accept], [1, () => g.e('proxyConfig', 'branch-proxy', '10.0.12.3', g.int(180000, 240000), g.int(30000, 41000), g.float(5.2, 6.4, 1))],
        [0.6, alert], [1, () => g.e('activeNotMonitored', '10.0.11.66', 'old-backup-02')],
        [0.8, () => { const h = agents[11 + g.int(0, 2)].name; g.e('jmxFirst', 'jmx["java.lang:type=Memory","HeapMemoryUsage.used"]', 'Payments JVM ' + h.slice(-2), 15); g.advance(g.int(15000, 60000)); g.e('jmxResume', 'Payments JVM ' + h.slice(-2)); }],
      ].map(([w, f]) => [w, tick(f)]),
      rare: [
        () => { // the database container is restarted
          g.e('dbFailed', 'zabbix', 0, 'could not connect to server: Connection refused Is the server running on host "postgres" (10.0.11.5) and accepting TCP/IP connections on port 5432?');
          g.e('dbDown', 10); g.advance(10000);
          g.e('queryFailed', 0, 'PGRES_FATAL_ERROR:FATAL:  the database system is starting up', 'select h.hostid,h.host,h.name from hosts h where h.status in (0,1) and h.flags<>2');
          g.e('dbDown', 10); g.advance(10000); g.e('dbUp');
        },
        () => { g.e('valueCacheFull'); g.advance(g.int(1800000, 3600000)); g.e('valueCacheNormal'); },
        () => g.e('proxyOutdated', 'branch-proxy', '6.0.25', VER),
        () => { g.e('logLevelUp', 4, 'debug'); g.advance(300000); g.e('logLevelDown', 3, 'warning'); },
        () => { g.e('configReload'); g.e('housekeeperForced'); housekeep(); },
        () => g.e('scriptFailed', '/usr/lib/zabbix/externalscripts/check_cert.sh www.example.com 443', 'Timeout while executing a shell script.'),
        () => { for (const h of snmpHosts.slice(0, 3)) { g.e('snmpFirst', 'sysUpTime', h.name, 15); h.state = 'first'; } g.advance(60000); for (const h of snmpHosts.slice(0, 3)) { g.e('snmpDisable', h.name); h.state = 'down'; } g.advance(300000); for (const h of snmpHosts.slice(0, 3)) { g.e('snmpResume', h.name); h.state = 'up'; } },
        () => { // container update
          g.e('gotSignal', 15, 'SIGTERM', g.int(100, 400), 0, 0);
          g.e('syncHistory'); for (const p of [24, 61, 100]) g.e('syncHistoryPct', p); g.e('syncHistoryDone');
          g.e('syncTrend'); g.e('syncTrendDone'); g.e('stopped', VER, REV);
          g.advance(g.int(20000, 60000)); boot();
        },
      ],
    });
  },
};
