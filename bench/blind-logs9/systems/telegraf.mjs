// ============================================================ Telegraf ====
// Telegraf 1.30 as the collector of a small site's monitoring host: system
// inputs, Docker, SNMP polling of switches and a UPS, ping and HTTP
// response checks, tail of nginx logs, an MQTT consumer for sensors;
// outputs InfluxDB v2 (central, over a WAN link) and a prometheus_client
// endpoint; `debug = true`, interval 10s, flush_interval 10s,
// metric_buffer_limit 10000.
// Raw line: '2025-05-13T10:04:05Z D! [outputs.influxdb_v2] Wrote batch of 1000 metrics in 45.12ms'
// -> Content is the text after the bracketed tag: the RFC 3339 timestamp,
// the level letter (I!, W!, E!, D!) and the leading "[plugin]" /
// "[agent]" tag are the header.
import { drive } from '../lib.mjs';

const VER = '1.30.2';

export default {
  name: 'Telegraf',
  templates: {
    loadingConfig: 'Loading config: <*>',
    starting: 'Starting Telegraf <*> brought to you by InfluxData the makers of InfluxDB',
    available: 'Available plugins: <*> inputs, <*> aggregators, <*> processors, <*> parsers, <*> outputs, <*> secret-stores',
    loadedInputs: 'Loaded inputs: <*>',
    loadedAggs: 'Loaded aggregators:',
    loadedProcs: 'Loaded processors: <*>',
    loadedSecrets: 'Loaded secretstores:',
    loadedOutputs: 'Loaded outputs: <*>',
    tags: 'Tags enabled: <*>',
    deprecation: 'DeprecationWarning: Option "<*>" of plugin "<*>" deprecated since version <*> and will be removed in <*>: <*>',
    agentConfig: 'Config: Interval:<*>, Quiet:<*>, Hostname:"<*>", Flush Interval:<*>',
    initPlugins: 'Initializing plugins',
    connecting: 'Connecting outputs',
    attempting: 'Attempting connection to [<*>]',
    connected: 'Successfully connected to <*>',
    startingInputs: 'Starting service inputs',
    listening: 'Listening on <*>',
    tailAdded: 'Tail added for "<*>"',
    tailRemoved: 'Tail removed for "<*>"',
    mqttConnecting: 'Connecting [<*>]',
    mqttConnected: 'Connected [<*>]',
    mqttLost: 'Connection lost: <*>',
    mqttDisconnected: 'Disconnected [<*>]',
    wrote: 'Wrote batch of <*> metrics in <*>',
    fullness: 'Buffer fullness: <*> / <*> metrics',
    overflow: 'Metric buffer overflow; <*> metrics have been dropped',
    whenWriting: 'When writing to [<*>]: <*>',
    errWriting: 'Error writing to <*>: <*>',
    retryAfter: 'Failed to write metric to <*> (will be dropped: <*>): <*>',
    tookLonger: 'Collection took longer than expected; not complete after interval of <*>',
    skipped: 'Previous collection has not completed; scheduled collection skipped',
    errPlugin: 'Error in plugin: <*>',
    snmpTranslate: 'Could not find MIB for OID <*>: <*>',
    malformed: 'Malformed log line in "<*>": ["<*>"]: <*>',
    parseErr: 'Error parsing message "<*>" on topic <*>: <*>',
    reloading: 'Reloading Telegraf config',
    hangOn: 'Hang on, flushing any cached metrics before shutdown',
    stoppingInputs: 'Stopping service inputs',
    inputClosed: 'Input channel closed',
    procClosed: 'Processor channel closed',
    stoppingOutputs: 'Stopping running outputs',
    stopped: 'Stopped Successfully',
    dockerTimeout: 'Error gathering container stats for <*>: <*>',
    diskUsage: 'Error getting disk usage for "<*>": <*>',
  },
  scenario(g) {
    const INFLUX = 'https://influx.central.example.net:8086';
    const inputs = 'cpu disk diskio docker http_response internal mem mqtt_consumer net ping processes snmp snmp system tail';
    let buf = g.int(100, 400), wanDown = false, dropped = 0;
    const godur = (ms) => (ms >= 1000 ? String(+(ms / 1000).toFixed(g.int(4, 9))) + 's' : ms >= 1 ? String(+ms.toFixed(g.int(3, 6))) + 'ms' : String(Math.round(ms * 1000)) + 'µs');
    const flush = () => { // one flush cycle of both outputs
      if (wanDown) {
        buf = Math.min(10000, buf + g.int(900, 1300));
        g.e('whenWriting', INFLUX, `Post "${INFLUX}/api/v2/write?bucket=site-ams&org=ops": ${g.pick(['dial tcp 203.0.113.40:8086: i/o timeout', 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'dial tcp 203.0.113.40:8086: connect: no route to host'])}`);
        g.e('errWriting', 'outputs.influxdb_v2', 'failed to send metrics to any configured server(s)');
        g.e('fullness', buf, 10000);
        if (buf >= 10000) { const d = g.int(200, 1200); dropped += d; g.e('overflow', d); }
        return;
      }
      const n = Math.min(buf, 1000);
      g.e('wrote', n, godur(g.r() * 300 + 20));
      buf = Math.max(0, buf - n) + g.int(0, 200);
      g.e('fullness', buf, 10000);
      if (g.chance(0.7)) { g.e('wrote', g.int(300, 1000), godur(g.r() * 4 + 0.2)); g.e('fullness', 0, 10000); }
    };
    const drain = () => { // after the WAN comes back: many batches in a row
      while (buf > 1000) { g.e('wrote', 1000, godur(g.r() * 900 + 200)); buf -= 1000; g.e('fullness', buf, 10000); }
    };
    const slowInput = () => {
      if (g.chance(0.7)) g.e('tookLonger', '10s');
      else g.e('skipped');
    };
    const pluginErr = () => g.e('errPlugin', g.wpick([
      [6, `agent ${g.pick(['10.1.0.2', '10.1.0.3'])}: performing get on field ifHCInOctets: request timeout (after 3 retries)`],
      [3, 'agent 10.1.0.20: gathering table ups: performing bulk walk for field upsBatteryTemperature: request timeout (after 3 retries)'],
      [3, ((u) => `${u}: Get "${u}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`)(g.pick(['https://wiki.example.org/', 'http://10.0.5.30:8080/health']))],
      [2, `host ${g.pick(['gw-ams.example.net', '10.1.0.254'])}: ping: sendto: Network is unreachable`],
      [1, 'error while listing containers: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'],
      [1, 'exit status 1'],
    ]));
    const tail = () => g.e('malformed', '/var/log/nginx/access.log', g.pick([
      '203.0.113.9 - - [13/May/2025:10:' + g.int(10, 59) + ':01 +0000] \\"\\\\x16\\\\x03\\\\x01\\\\x02\\\\x00\\\\x01\\" 400 157 \\"-\\" \\"-\\"',
      '198.51.100.77 - - [13/May/2025:10:' + g.int(10, 59) + ':44 +0000] \\"-\\" 408 0 \\"-\\" \\"-\\"',
    ]), 'grok: pattern "%{COMBINED_LOG_FORMAT}" did not match');
    const mqtt = () => g.e('parseErr', g.pick(['nan', '{"t":21.4,"h":', 'OK']), g.pick(['sensors/greenhouse/2/state', 'sensors/cellar/env', 'sensors/door/1/state']), g.pick(['strconv.ParseFloat: parsing "nan": invalid syntax', 'unexpected end of JSON input', 'invalid character \'O\' looking for beginning of value']));
    const boot = (reload) => {
      g.e('loadingConfig', '/etc/telegraf/telegraf.conf');
      g.e('loadingConfig', '/etc/telegraf/telegraf.d/snmp.conf');
      g.e('loadingConfig', '/etc/telegraf/telegraf.d/mqtt.conf');
      g.e('starting', VER);
      g.e('available', 234, 9, 26, 21, 60, 5);
      g.e('loadedInputs', inputs);
      g.e('loadedAggs');
      g.e('loadedProcs', 'converter enum regex');
      g.e('loadedSecrets');
      g.e('loadedOutputs', 'influxdb_v2 prometheus_client');
      g.e('tags', 'host=mon-ams-01 site=ams');
      g.e('deprecation', 'timeout', 'inputs.snmp', '1.20.0', '1.35.0', 'use \'agent_timeout\' instead');
      if (!reload) g.e('deprecation', 'perdevice', 'inputs.docker', '1.18.0', '1.35.0', 'use \'perdevice_include\' instead');
      g.e('agentConfig', '10s', 'false', 'mon-ams-01', '10s');
      g.e('initPlugins');
      g.e('connecting');
      g.e('attempting', 'outputs.influxdb_v2'); g.e('connected', 'outputs.influxdb_v2');
      g.e('attempting', 'outputs.prometheus_client'); g.e('listening', 'http://[::]:9273/metrics'); g.e('connected', 'outputs.prometheus_client');
      g.e('startingInputs');
      for (const f of ['/var/log/nginx/access.log', '/var/log/nginx/error.log']) g.e('tailAdded', f);
      g.e('mqttConnecting', 'tcp://10.0.5.40:1883'); g.e('mqttConnected', 'tcp://10.0.5.40:1883');
    };
    const stop = () => {
      g.e('hangOn'); g.e('stoppingInputs');
      for (const f of ['/var/log/nginx/access.log', '/var/log/nginx/error.log']) g.e('tailRemoved', f);
      g.e('mqttDisconnected', 'tcp://10.0.5.40:1883');
      g.e('inputClosed'); g.e('procClosed'); g.e('stoppingOutputs'); flush(); g.e('stopped');
    };
    drive(g, {
      gapMs: 3300,
      startup: () => boot(false),
      steady: [[24, flush], [5, slowInput], [7, pluginErr], [1.6, tail], [1.4, mqtt]],
      rare: [
        () => { // the WAN link to the central InfluxDB goes down for a while
          wanDown = true;
          for (let k = 0; k < 14; k++) { flush(); if (g.chance(0.3)) pluginErr(); g.advance(10000); }
          wanDown = false; flush(); drain();
        },
        () => { wanDown = true; for (let k = 0; k < 3; k++) { flush(); g.advance(10000); } wanDown = false; flush(); },
        () => { g.e('retryAfter', 'site-ams', '422 Unprocessable Entity', 'unprocessable entity: failure writing points to database: partial write: field type conflict: input field "value" on measurement "sensor" is type float, already exists as type integer dropped=1'); },
        () => { g.e('mqttLost', 'EOF'); g.advance(g.int(1000, 5000)); g.e('mqttConnecting', 'tcp://10.0.5.40:1883'); g.e('mqttConnected', 'tcp://10.0.5.40:1883'); },
        () => { g.e('mqttLost', 'pingresp not received, disconnecting'); g.advance(5000); g.e('mqttConnecting', 'tcp://10.0.5.40:1883'); g.e('mqttConnected', 'tcp://10.0.5.40:1883'); },
        () => g.e('snmpTranslate', '.1.3.6.1.4.1.318.1.1.1.2.2.3.0', 'MIB search path: /usr/share/snmp/mibs'),
        () => { for (let k = 0; k < 2; k++) { g.e('dockerTimeout', g.hex(12), 'context deadline exceeded'); g.advance(10000); } },
        () => g.e('diskUsage', '/mnt/backup', 'stat /mnt/backup: stale NFS file handle'),
        () => { g.e('reloading'); stop(); g.advance(1000); boot(true); },
      ],
    });
  },
};
