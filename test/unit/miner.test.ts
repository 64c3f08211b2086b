import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskTokens } from '../../src/jobs/log-triage/mask.js';
import { live, TemplateMiner, templateText, type Cluster } from '../../src/jobs/log-triage/miner.js';
import { stripLeadingTimestamp } from '../../src/jobs/log-triage/timestamp.js';

const INFO = 3;
const ERROR = 1;
const FATAL = 0;

const templates = (m: TemplateMiner) => m.all().map(templateText).sort();

describe('leading timestamps', () => {
  const stamps = [
    'Dec 10 11:03:53', // syslog
    '[Sun Dec 04 04:47:44 2005]', // Apache error log
    '2015-10-18 18:01:47,978', // log4j
    '2026-11-21T10:00:00.123456Z', // ISO 8601
    '[2026-11-21 10:00:00.123 +0200]', // bracketed, with an offset
    '17/06/09 20:10:40', // yy/MM/dd
    '20171223-22:15:29:606', // compact
    '2005-06-03-15.42.50.675872', // dotted clock
    '10/Oct/2000:13:55:36 -0700', // common log format
    'Tue, 04 Dec 2005 04:47:44 GMT', // RFC 1123
    '16:49:06.123', // clock only
    '1445144423722', // epoch millis
    '1117838570.675', // epoch seconds with a fraction
    '[1117838570]', // bracketed epoch seconds
  ];

  it.each(stamps)('removes %s from the template', (stamp) => {
    const m = new TemplateMiner();
    m.add(`${stamp} worker 7 finished job 12`);
    m.add(`${stamp} worker 9 finished job 40`);
    expect(templates(m)).toEqual(['worker <*> finished job <*>']);
  });

  it('folds every layout into one template', () => {
    const m = new TemplateMiner();
    for (const [i, stamp] of stamps.entries()) m.add(`${stamp} cache miss for key ${i}`);
    expect(templates(m)).toEqual(['cache miss for key <*>']);
  });

  it('leaves counts, addresses and words that only look like dates', () => {
    for (const line of ['1365301360 double-hummer alignment exceptions', '10.11.10.1 "GET /v2/servers HTTP/1.1"', '23431872 floating point alignment exceptions', 'May the force be with you', 'Monday report sent', '12:00 is noon']) {
      expect(stripLeadingTimestamp(line)).toBe(line);
    }
    expect(stripLeadingTimestamp('2015-10-18 18:01:47,978 INFO main started')).toBe('INFO main started');
    expect(stripLeadingTimestamp('Dec 10 11:03:53 2015-12-10 11:03:53,123 app: up')).toBe('app: up');
  });
});

describe('merging and splitting', () => {
  it('merges lines that differ only in variables, names included once they prove to vary', () => {
    const m = new TemplateMiner();
    for (let i = 0; i < 5; i++) m.add(`session for root closed by peer after ${i * 7}ms`);
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank']) m.add(`session for ${name} closed by peer after 3ms`);
    m.add('session for mallory closed by peer after 12ms');
    expect(templates(m)).toEqual(['session for <*> closed by peer after <*>']);
  });

  it('makes a word a variable once three rare variants show it varies, unless the words say what happened', () => {
    const m = new TemplateMiner();
    for (const u of ['root', 'deploy', 'backup']) m.add(`sshd[4242]: Failed password for ${u} from 203.0.113.9 port 40022 ssh2`);
    expect(templates(m)).toEqual(['sshd[<*>]: Failed password for <*> from <*> port <*> ssh2']);
    const states = new TemplateMiner();
    for (const w of ['Started', 'Paused', 'Resumed', 'Stopping']) states.add(`[instance: 7] VM ${w} (Lifecycle Event)`);
    expect(templates(states)).toHaveLength(4);
  });

  it('reads a word after table, topic, queue and the like as a name', () => {
    const m = new TemplateMiner();
    for (const t of ['`shop`.`orders`', '`billing`.`invoices`', '`shop`.`inventory`']) m.add(`RECORD LOCKS space id 163 index PRIMARY of table ${t} lock_mode X waiting`);
    for (const q of ['orders.created', 'payments.settled']) m.add(`consumer lagging on topic ${q} by 4411 messages`);
    expect(templates(m)).toEqual(['RECORD LOCKS space id <*> index PRIMARY of table `<*>` lock_mode X waiting', 'consumer lagging on topic <*> by <*> messages']);
  });

  it('merges a name that leads the line (the routing tree splits on it)', () => {
    const m = new TemplateMiner();
    for (let i = 0; i < 4; i++) m.add(`root logged in to console ${i}`);
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace']) m.add(`${name} logged in to console 1`);
    expect(templates(m)).toEqual(['<*> logged in to console <*>']);
    // a line whose first word differs but whose template never learned it varies stays apart
    m.add('nobody logged out of console 1');
    expect(templates(m)).toContain('nobody logged out of console <*>');
  });

  it('keeps apart messages that differ in a word whose values recur (an enum, not a name)', () => {
    const m = new TemplateMiner();
    for (let i = 0; i < 20; i++) for (const state of ['Started', 'Paused', 'Resumed', 'Stopped']) m.add(`[instance: ${i}] VM ${state} (Lifecycle Event)`);
    expect(templates(m)).toEqual(['[instance: <*>] VM Paused (Lifecycle Event)', '[instance: <*>] VM Resumed (Lifecycle Event)', '[instance: <*>] VM Started (Lifecycle Event)', '[instance: <*>] VM Stopped (Lifecycle Event)']);
  });

  it('merges identifiers that differ in their letters: a token with a digit is not a word', () => {
    const m = new TemplateMiner();
    for (const app of ['4411:com.whatsapp/u0a368', '5120:org.telegram.messenger/u0a335', '3323:com.spotify.music/u0a378']) m.add(`ActivityManager: Killing ${app} (adj 905): empty`);
    expect(m.all().map(templateText)).toEqual(['ActivityManager: Killing <*> (adj <*>): empty']);
  });

  it('keeps short distinct messages apart', () => {
    const m = new TemplateMiner();
    for (const l of ['connection opened', 'connection closed', 'connection reset', 'cache flushed', 'cache warmed', 'shutting down', 'starting up']) m.add(l);
    expect(m.all()).toHaveLength(7);
  });

  it('masks booleans, URLs (keeping the scheme) and host names with numbers', () => {
    const m = new TemplateMiner();
    m.add('Input split: hdfs://10.10.34.11:9000/logs/a.log:0+7292 from mesos-slave-07 cached=true');
    m.add('Input split: hdfs://10.10.34.12:9000/logs/b.log:0+7292 from mesos-slave-12 cached=false');
    expect(templates(m)).toEqual(['Input split: hdfs://<*> from <*> cached=<*>']);
  });

  it('keeps the punctuation that frames a value outside its wildcard', () => {
    const m = new TemplateMiner();
    m.add('connection from 24.54.76.216 () at noon');
    m.add('connection from 24.54.76.217 (ppp-42.example.net) at noon');
    m.add('connection from 24.54.76.218 (mail.example.org) at noon');
    m.add('queue drained in 12 ms, next host "alpha".');
    m.add('queue drained in 15 ms, next host "beta".');
    // after a key, too: structured logs quote their values (klog, logfmt)
    m.add('"SyncLoop (probe)" probe="readiness" pod="default/web-7c9" status="ready"');
    m.add('"SyncLoop (probe)" probe="readiness" pod="kube-system/dns-5f2" status="ready"');
    expect(templates(m)).toEqual(['"SyncLoop (probe)" probe="readiness" pod="<*>" status="ready"', 'connection from <*> (<*>) at noon', 'queue drained in <*> ms, next host "<*>".']);
    // a frame the values do not share is not kept: "(12)" and "13" leave a bare wildcard
    const n = new TemplateMiner();
    n.add('job (12) done at noon today');
    n.add('job 13 done at noon today');
    expect(templates(n)).toEqual(['job <*> done at noon today']);
  });

  it('reads the value of a key made of several masked parts as one value, but keeps a host and its port', () => {
    const m = new TemplateMiner();
    for (const v of ['1514038440000##7007##548365', '1514038500000##7010##548400##12']) m.add(`setTodaySteps=${v}`);
    for (const a of ['0.0.0.0:8600', '127.0.0.1:8500']) m.add(`Started DNS server: address=${a} network=udp`);
    expect(templates(m)).toEqual(['Started DNS server: address=<*>:<*> network=udp', 'setTodaySteps=<*>']);
  });

  it('reads words joined by commas without a space as one value (a list, a set of flags)', () => {
    const m = new TemplateMiner();
    // (each combination frequent before the next appears: rare words at one position merge anyway, as names do)
    for (const f of ['qr,aa,rd', 'qr,rd,ra', 'qr,aa,rd,ra']) for (let i = 0; i < 6; i++) m.add(`10.0.0.7:53 - 4411 "A IN shop.svc. udp" NOERROR ${f} 120 0.0002s`);
    expect(templates(m)).toEqual(['<*>:<*> - <*> "A IN shop.svc. udp" NOERROR <*> <*> <*>']);
  });

  it('reads a host name without a digit as a variable, and keeps classes, packages, files and property keys', () => {
    expect(maskTokens('client 10.0.4.222#43142 (www.example.com): query: example.com IN A')).toEqual(['client', '<*>#<*>', '(<*>):', 'query:', '<*>', 'IN', 'A']);
    expect(maskTokens('nas.home.arpa. static <badsig.example.net. www.bbc.co.uk')).toEqual(['<*>', 'static', '<<*>', '<*>']);
    const kept = 'org.apache.hadoop.Foo com.apple.mail java.io spark.executor.memory config.sh System.Net e.g. failed.';
    expect(maskTokens(kept)).toEqual(kept.split(' '));
  });

  it('reads an IPv6 address as one value, its port apart, and keeps words, scopes and clock times', () => {
    expect(maskTokens('{TCP} [2001:db8::5]:443 -> [2001:db8:10::7]:50401')).toEqual(['{TCP}', '[<*>]:<*>', '->', '[<*>]:<*>']);
    // (Suricata writes eight groups, then the port)
    expect(maskTokens('2001:0db8:0a14:0002:0000:0000:0000:0033:50006 -> 2001:0db8:02f0:0001:0000:0000:0000:000a:443')).toEqual(['<*>:<*>', '->', '<*>:<*>']);
    expect(maskTokens('listening on ::1 and fe80::1%eth0')).toEqual(['listening', 'on', '<*>', 'and', '<*>']);
    expect(maskTokens('std::map Foo::Bar add:: 12:30:45')).toEqual(['std::map', 'Foo::Bar', 'add::', '<*>']);
  });

  it('reads a timestamp of several words inside a message as one value, in the common layouts', () => {
    expect(maskTokens('Started GET "/up" for 10.0.0.6 at 2025-06-03 08:17:04 +0000')).toEqual(['Started', 'GET', '"/up"', 'for', '<*>', 'at', '<*>']);
    expect(maskTokens('Login Success [user: ops] at 08:04:47 UTC Tue Jun 17 2025')).toEqual(['Login', 'Success', '[user: ops]', 'at', '<*>']);
    expect(maskTokens('job started Tue Jun 17 08:04:47 UTC 2025 ok')).toEqual(['job', 'started', '<*>', 'ok']);
    expect(maskTokens('not modified since Mon, 16 Jun 2025 21:15:19 GMT')).toEqual(['not', 'modified', 'since', '<*>']);
    // (one word already: its own rules; a version or an address is no time)
    expect(maskTokens('took 12:30:45 at version 1.2.3 on 10.0.0.1:8080')).toEqual(['took', '<*>', 'at', 'version', '<*>', 'on', '<*>:<*>']);
  });

  it('keeps a first token in parentheses (a request number) and reads an IPv4-mapped IPv6 address as one value', () => {
    expect(maskTokens('(21) Login OK: [alice] (from client ap-3 port 0)')).toEqual(['(<*>)', 'Login', 'OK:', '[alice]', '(from', 'client', '<*>', 'port', '<*>)']);
    // (a restatement in parentheses still joins the quantity before it)
    expect(maskTokens('sent 403 bytes (0.4 KB)')).toEqual(['sent', '<*> bytes (<*> KB)']);
    expect(maskTokens('from ::ffff:203.0.113.35 ok')).toEqual(['from', '<*>', 'ok']);
  });

  it("keeps a network device's message code whole, and two codes apart", () => {
    expect(maskTokens('%SEC-6-IPACCESSLOGP: list MGMT-IN denied tcp 10.1.2.3(41633) -> 10.1.2.4(22), 1 packet')[0]).toBe('%SEC-6-IPACCESSLOGP:');
    const m = new TemplateMiner();
    for (let i = 0; i < 20; i++) {
      m.add(`%MAB-5-SUCCESS: Authentication successful for client (f27a.f11b.87${10 + i}) on Interface Gi1/0/${i} AuditSessionID 0A0ADB29C48FE70AFC60F6${10 + i}`);
      m.add(`%DOT1X-5-SUCCESS: Authentication successful for client (3286.ad24.25${10 + i}) on Interface Gi2/0/${i} AuditSessionID 0A0A7B834ADADE27480B51${10 + i}`);
    }
    expect(templates(m).sort()).toEqual([
      '%DOT1X-5-SUCCESS: Authentication successful for client (<*>) on Interface <*> AuditSessionID <*>',
      '%MAB-5-SUCCESS: Authentication successful for client (<*>) on Interface <*> AuditSessionID <*>',
    ]);
  });

  it('reads hex runs between underscores as variables, also where a digit and an e lead them', () => {
    expect(maskTokens('task (9275e5aa72775b334aeffa563d0837_ab3f94c7a006b94af1a2b0a528ac21d7_0_0) started')).toEqual(['task', '(<*>_<*>_<*>_<*>)', 'started']);
  });

  it('reads an object path with its version in parentheses, and an ARN, as variables', () => {
    expect(maskTokens('replicate object logs/app/2025/05/13/app-1.log.gz(7ea54948-52b3-4eef-b2f7-781b9f3314d0) to target arn:minio:replication::c1f0e2b4:backups: timeout')).toEqual(['replicate', 'object', '<*>(<*>)', 'to', 'target', '<*>:', 'timeout']);
    expect(maskTokens('publish to arn:aws:sqs:eu-west-1:123456789012:orders failed')).toEqual(['publish', 'to', '<*>', 'failed']);
  });

  it('reads who is at an address as a variable with it, and keeps a class at one', () => {
    expect(maskTokens('C-0x55d5: shop/shop_worker@10.0.3.42:57103 login attempt')).toEqual(['<*>:', '<*>@<*>:<*>', 'login', 'attempt']);
    expect(maskTokens('ssh root@10.0.0.5 done')).toEqual(['ssh', '<*>@<*>', 'done']);
    expect(maskTokens('Started SelectChannelConnector@0.0.0.0:62267')).toEqual(['Started', 'SelectChannelConnector@<*>:<*>']);
  });

  it('reads a quoted record of values as one value, and keeps a phrase and keyed fields', () => {
    const m = new TemplateMiner();
    for (const [q, h] of [['A', 'kubernetes.default.svc.cluster.local.'], ['AAAA', 'api.example.com.'], ['SRV', 'objects.s3.example.']]) {
      for (let i = 0; i < 4; i++) m.add(`10.244.3.${i}:41723 - 46218 "${q} IN ${h} udp ${37 + i} false 1232" NOERROR 170 0.000327s`);
    }
    expect(templates(m)).toEqual(['<*>:<*> - <*> "<*>" NOERROR <*> <*>']);
    expect(maskTokens('[ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Starting')).toEqual(['[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>]', 'Starting']);
    expect(maskTokens('"GET /index.html HTTP/1.1" 200')).toEqual(['"GET <*>"', '<*>']);
  });

  it('keeps a field left empty apart from the same field filled, also after another empty key', () => {
    const m = new TemplateMiner();
    for (const h of ['218.188.2.4', 'host-9.example.net', '61.8.1.20']) m.add(`authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=${h}`);
    m.add('authentication failure; logname= uid=0 euid=0 tty=:0 ruser= rhost=');
    expect(templates(m)).toEqual(['authentication failure; logname= uid=<*> euid=<*> tty=:<*> ruser= rhost=', 'authentication failure; logname= uid=<*> euid=<*> tty=NODEVssh ruser= rhost=<*>']);
  });

  it('reads a key\'s value as a name, even where the tree routes on it', () => {
    const m = new TemplateMiner();
    // clientId is the third token: the tree's routing depth
    for (const [i, c] of ['web-shop', 'grafana', 'argocd', 'web-shop', 'grafana'].entries()) m.add(`type="LOGIN", realmId="shop", clientId="${c}", userId="${i}c8b8c01-dfd0-464b-a224-1dca2d21b703", ipAddress="203.0.113.${i}"`);
    expect(templates(m)).toEqual(['type="LOGIN", realmId="shop", clientId="<*>", userId="<*>", ipAddress="<*>"']);
  });

  it('lets a key\'s value vary whatever its case: an enum\'s value after a key is a parameter (method=PLAIN, method=LOGIN)', () => {
    const m = new TemplateMiner();
    // each value recurs before the next appears: no evidence of rare variants, only the key says it varies
    for (const method of ['PLAIN', 'LOGIN', 'OAUTHBEARER']) for (let i = 0; i < 6; i++) m.add(`Disconnected (auth failed, 1 attempts in ${i} secs): user=<u${i}>, method=${method}, rip=203.0.113.${i}, TLS`);
    expect(templates(m)).toEqual(['Disconnected (auth failed, <*> attempts in <*> secs): user=<*>, method=<*>, rip=<*>, TLS']);
  });

  it('keeps the quotes and the key around a word that rare variants make a variable', () => {
    const m = new TemplateMiner();
    for (const d of ['etl_orders', 'ml_features', 'sync_inventory']) m.add(`Filling up the DagBag from dag '${d}', task load (try 1)`);
    for (const d of ['etl_orders', 'ml_features', 'sync_inventory']) m.add(`Received event for TaskInstanceKey(dag_id='${d}', task_id='load', try_number=1)`);
    expect(templates(m)).toEqual(["Filling up the DagBag from dag '<*>', task load (try <*>)", "Received event for TaskInstanceKey(dag_id='<*>', task_id='load', try_number=<*>)"]);
  });

  it('merges a cluster into a template that covers it, whatever the tree routed apart', () => {
    const m = new TemplateMiner();
    const root = m.add('login from root ok');
    for (let i = 0; i < 4; i++) m.add('login from root ok');
    // routed down the variable branch, founds "login from <*> ok", which covers "login from root ok"
    const numeric = m.add('login from 42 ok');
    expect(templates(m)).toEqual(['login from <*> ok']);
    expect(live(numeric)).toBe(root);
    for (const name of ['alice', 'bob', 'carol']) m.add(`login from ${name} ok`);
    expect(m.all()).toEqual([root]);
    expect(root.count).toBe(9);
    // a template of nothing but wildcards covers nothing
    m.add('7 8 9 10');
    m.add('login from x ok');
    expect(templates(m)).toEqual(['<*> <*> <*> <*>', 'login from <*> ok']);
  });

  it('hands back merged clusters through live()', () => {
    const m = new TemplateMiner();
    const first = m.add('job for alice done in 3 s');
    m.add('job for alice done in 4 s');
    for (const name of ['bob', 'carol', 'dave', 'erin', 'frank', 'grace']) m.add(`job for ${name} done in 5 s`);
    expect(m.all()).toHaveLength(1);
    expect(live(first)).toBe(m.all()[0]);
    expect(templateText(first)).toBe('job for <*> done in <*> s');
  });
});

describe('values of several words', () => {
  const services = ['Windows Update', 'Print Spooler', 'Microsoft Defender Antivirus Service', 'Delivery Optimization', 'Spooler', 'Windows Modules Installer', 'WinHTTP Web Proxy Auto-Discovery Service'];

  it('joins the lengths of a multi-word name into one template, which later lengths fit', () => {
    const m = new TemplateMiner();
    const first = m.add(`The ${services[0]} service entered the running state.`);
    for (let round = 0; round < 3; round++) for (const s of services) m.add(`The ${s} service entered the running state.`);
    expect(m.all().map(templateText)).toEqual(['The <*> service entered the running state.']);
    expect(live(first).count).toBe(1 + 3 * services.length);
    // a name of a length never seen, after the family formed, joins it
    const late = m.add('The Connected Devices Platform User Service 4f2a service entered the running state.');
    expect(late).toBe(live(first));
    expect(m.all()).toHaveLength(1);
    // the words around the stretch still say which event it is
    m.add('The Windows Update service entered the stopped state.');
    expect(m.all()).toHaveLength(2);
  });

  it('keeps apart phrases that share their ends (a fixed word in every stretch)', () => {
    const m = new TemplateMiner();
    const shapes = ['shell on pts/0 for alice', 'shell on pts/1 for bob', 'command for deploy', 'command for git', 'subsystem sftp for backup', 'subsystem sftp for carol'];
    for (let round = 0; round < 3; round++) for (const s of shapes) m.add(`auth sshd[4242]: Starting new session: ${s} from 203.0.113.9 port 40022 id 0`);
    expect(m.all().length).toBeGreaterThanOrEqual(3);
  });

  it('needs four words around the stretch: a shared line header and one last word are not a family', () => {
    const m = new TemplateMiner();
    const messages = ['Stopping', 'Killing 4411:com.whatsapp/u0a368', 'Force stopping com.example.shop', 'Changing bt state from', 'Freezing idle apps', 'Trimming memory'];
    for (let round = 0; round < 2; round++) for (const msg of messages) m.add(`1021 1098 3 4 5 6 I ActivityManager: ${msg} now.`);
    expect(m.all().length).toBe(messages.length);
  });

  it('needs the words around the stretch to outweigh it: a long stretch between the same ends is another message', () => {
    const m = new TemplateMiner();
    const bodies = ['was successfully logged on by this user', 'failed to log on because the password expired', 'had its password reset by an administrator today', 'could not be located in the directory under any domain', 'got locked out after too many wrong attempts in one hour'];
    for (let round = 0; round < 2; round++) for (const body of bodies) m.add(`Security Auditing An account ${body} Transited Services: none Key Length: 0`);
    expect(m.all().length).toBe(bodies.length);
  });

  it('joins names at the start of a message (a hub names what it runs) once three differ, and keeps the message apart from others', () => {
    const m = new TemplateMiner();
    const names = ['Kitchen motion light', 'Hallway motion light', 'Presence - away', 'Night mode', 'Solar surplus - EV charger'];
    const first = m.add(`${names[0]}: Executing step call service`);
    m.add(`${names[1]}: Executing step call service`);
    // two names are not yet evidence: an enum's two values look the same
    expect(m.all()).toHaveLength(2);
    for (const n of names) m.add(`${n}: Executing step call service`);
    expect(m.all().map(templateText)).toEqual(['<*>: Executing step call service']);
    expect(live(first).count).toBe(2 + names.length);
    // a name never seen, of a length never seen, fits; another message does not
    expect(m.add('Garage door left open at night: Executing step call service')).toBe(live(first));
    m.add('Kitchen motion light: Running automation actions');
    expect(m.all()).toHaveLength(2);
  });

  it('reads a name the log has shown to vary as a variable before any other message too', () => {
    const m = new TemplateMiner();
    for (const n of ['Kitchen motion light', 'Hallway motion light', 'Night mode']) m.add(`${n}: Running automation actions`);
    expect(templates(m)).toEqual(['<*>: Running automation actions']);
    // one line with a known name is enough; an unknown name's line waits for its own evidence
    m.add('Kitchen motion light: Executing step wait template');
    m.add('Porch lamp: Executing step delay 0:05:00');
    expect(templates(m)).toEqual(['<*>: Executing step wait template', '<*>: Running automation actions', 'Porch lamp: Executing step delay <*>']);
    expect(m.add('Night mode: Executing step wait template')).toBe(m.all().find((c) => templateText(c) === '<*>: Executing step wait template'));
  });

  it('takes no value, key or bracket for a name: a request line before "status:" is not one', () => {
    const m = new TemplateMiner();
    for (const path of ['/v2/servers', '/v2/images', '/v2/flavors', '/v2/networks']) m.add(`"GET ${path} HTTP/1.1" status: 200 len: 1893 time: 0.25`);
    for (const id of ['a1', 'b2', 'c3', 'd4']) m.add(`[instance: ${id}] VM Started (Lifecycle Event)`);
    for (const k of ['user=alice', 'user=bob', 'user=carol']) m.add(`${k} result: login accepted now`);
    expect(m.all().some((c) => templateText(c).startsWith('<*>:'))).toBe(false);
  });

  it('keeps every line counted once and every template distinct while families form (property)', () => {
    const name = fc.array(fc.constantFrom('Windows', 'Update', 'Print', 'Spooler', 'Host', '42', 'x-1', '<*>'), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const line = fc.oneof(
      name.map((n) => `The ${n} service entered the running state.`),
      name.map((n) => `The ${n} service entered the stopped state.`),
      name.map((n) => `Deleting ${n} from the pool now`),
      name.map((n) => `${n}: Executing step call service`),
      name.map((n) => `${n}: Running automation actions`),
      fc.array(fc.constantFrom('The', 'service', 'entered', 'the', 'state.', 'alpha', '7'), { maxLength: 9 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 200 }), fc.integer({ min: 2, max: 6 }), (lines, variants) => {
        const m = new TemplateMiner({ variants });
        const returned = lines.map((l) => m.add(l));
        const all = m.all();
        expect(all.reduce((s, c) => s + c.count, 0) + m.overflow.count).toBe(lines.length);
        for (const c of returned) expect(all).toContain(live(c));
        const texts = all.map(templateText);
        expect(new Set(texts).size).toBe(texts.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a number and its unit', () => {
  it('reads a number with its unit word, and a restatement of it in parentheses, as one value', () => {
    const m = new TemplateMiner();
    m.add('tunnel 7 closed, 0 bytes sent, 12 bytes received, lifetime 00:01');
    m.add('tunnel 8 closed, 403 bytes (0.4 KB) sent, 12 bytes received, lifetime <1 sec');
    m.add('tunnel 9 closed, 1200 bytes (1.2 KB) sent, 2048 bytes (2.0 KB) received, lifetime 02:13');
    expect(templates(m)).toEqual(['tunnel <*> closed, <*> sent, <*> received, lifetime <*>']);
  });

  it('keeps a size unit while it holds, and lets a humanised size change its unit', () => {
    const m = new TemplateMiner();
    for (const [mem, disk] of [[2048, 20], [512, 40], [4096, 80]]) m.add(`claim: memory ${mem} MB, disk ${disk} GB, vcpus 1`);
    for (const [est, free] of [['287.0 B', '369.5 KB'], ['5.2 KB', '1.2 GB'], ['8.8 KB', '14.0 MB']]) m.add(`block stored in memory (estimated size ${est}, free ${free})`);
    expect(templates(m)).toEqual(['block stored in memory (estimated size <*>, free <*>)', 'claim: memory <*> MB, disk <*> GB, vcpus <*>']);
  });

  it('keeps the unit in the template, and apart from another unit', () => {
    const m = new TemplateMiner();
    for (const n of [5, 17, 230]) m.add(`compaction took ${n} ms`);
    for (const n of [2, 3]) m.add(`compaction took ${n} seconds`);
    expect(templates(m)).toEqual(['compaction took <*> ms', 'compaction took <*> seconds']);
  });
});

describe('values in brackets or quotes', () => {
  it('reads a braced structure of any length as one value', () => {
    const m = new TemplateMiner();
    const docs = ['{ driver: { name: "PyMongo", version: "4.6.2" } }', '{ driver: { name: "nodejs", version: "6.3.0" }, os: { type: "Linux" } }', '{ application: { name: "MongoDB Shell" }, driver: { name: "mongosh" } }'];
    for (const [i, d] of docs.entries()) m.add(`received client metadata from 10.0.0.${i}:3801${i} conn${i}: ${d}`);
    expect(templates(m)).toEqual(['received client metadata from <*>:<*> <*>: {<*>}']);
  });

  it('reads a quoted message of any length after its key as one value', () => {
    const m = new TemplateMiner();
    for (const e of ['Connection reset by peer', 'No path to datacenter', 'ACL not found']) m.add(`Request error: method=GET url=/v1/kv/x from=client: error: "${e}"`);
    expect(templates(m)).toEqual(['Request error: method=GET url=<*> from=client: error: "<*>"']);
  });

  it('masks a date in the common log format inside a line whole, month and all', () => {
    expect(maskTokens('10.0.2.40:51512 [12/Mar/2025:10:04:05.123] fe_http be_app/web1')).toEqual(['<*>:<*>', '[<*>]', 'fe_http', '<*>']);
    expect(maskTokens('sent at 04/Dec/2005:04:47:44')).toEqual(['sent', 'at', '<*>']);
  });

  it('reads a key\'s quoted value of any length as one value, but the words of msg= as the message', () => {
    const m = new TemplateMiner();
    for (const sc of ['openid profile email', 'openid email', 'profile email', 'openid profile email offline_access', 'openid']) {
      m.add(`type="REFRESH_TOKEN", realmId="shop", scope="${sc}", refresh_token_id="5c8b8c01-dfd0-464b-a224-1dca2d21b703"`);
    }
    expect(templates(m)).toEqual(['type="REFRESH_TOKEN", realmId="shop", scope="<*>", refresh_token_id="<*>"']);
    expect(maskTokens('error="aufs is not supported" type=io.snapshotter')).toEqual(['error="aufs is not supported"', 'type=io.snapshotter']);
    // (bracketed too: a command as Ceph's audit log prints it)
    expect(maskTokens('cmd=[{"prefix": "osd set", "key": "noout"}]: dispatch')).toEqual(['cmd=[{"prefix": "osd set", "key": "noout"}]:', 'dispatch']);
    // the message key's words are the message: two messages stay two events
    const logrus = new TemplateMiner();
    for (const l of ['msg="starting containerd" namespace=k8s.io', 'msg="cleaning up dead shim" namespace=k8s.io']) logrus.add(l);
    expect(templates(logrus)).toEqual(['msg="cleaning up dead shim" namespace=k8s.io', 'msg="starting containerd" namespace=k8s.io']);
    // ...also a one-word message, where the tree routes on it
    const logfmt = new TemplateMiner();
    for (const w of ['started', 'stopped', 'started', 'stopped']) logfmt.add(`msg=${w} component=db worker`);
    expect(templates(logfmt)).toEqual(['msg=started component=db worker', 'msg=stopped component=db worker']);
  });

  it('keeps the words of a bracketed prefix when its values have as many words', () => {
    const m = new TemplateMiner();
    for (const p of ['orders-0', 'orders-1', 'payments-3']) m.add(`[LogLoader partition=${p}, dir=/var/lib/kafka/data] Loading producer state till offset 42`);
    expect(templates(m)).toEqual(['[LogLoader partition=<*>, dir=<*>] Loading producer state till offset <*>']);
  });

  it('never lets a value of several words fill a one-word slot in another frame', () => {
    const m = new TemplateMiner();
    for (const t of ['kafka-scheduler-0', 'log-cleaner-1', 'controller-event-2']) m.add(`[${t}]: Starting`);
    m.add('[ReplicaFetcher replicaId=1, leaderId=2, fetcherId=0] Starting');
    expect(templates(m)).toEqual(['[<*>]: Starting', '[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Starting']);
  });

  it('leaves an opener without its closer, and parentheses, to the words', () => {
    const m = new TemplateMiner();
    m.add('Read 3 live rows (see tombstone_warn_threshold) for "unterminated quote here');
    expect(templates(m)).toEqual(['Read <*> live rows (see tombstone_warn_threshold) for "unterminated quote here']);
  });
});

describe('bounded memory without losing errors', () => {
  const small = { maxClusters: 10, severeReserve: 0.2 };

  it('keeps a template for an error line that arrives after noise filled the cap', () => {
    const m = new TemplateMiner(small);
    for (let i = 0; i < 50; i++) m.add(`tick ${'x '.repeat(i)}done`, INFO); // 50 templates: one per length
    expect(m.size).toBe(8); // info lines leave 20% of the cap to errors and warnings
    expect(m.overflow.count).toBe(42);
    const e = m.add('payment service failed: card declined for order 42', ERROR);
    expect(e).not.toBe(m.overflow);
    expect(templateText(e)).toBe('payment service failed: card declined for order <*>');
    expect(m.add('payment service failed: card declined for order 43', ERROR)).toBe(e);
    expect(e.count).toBe(2);
    expect(e.severity).toBe(ERROR);
  });

  it('counts severe lines apart past the whole cap, with the most severe line as sample', () => {
    const m = new TemplateMiner({ maxClusters: 4, severeReserve: 0.5 });
    for (const w of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) m.add(`${w} happened`, INFO);
    for (const w of ['disk', 'net', 'cpu', 'gpu']) m.add(`${w} broke`, ERROR);
    expect(m.size).toBe(4);
    expect(m.overflow.count).toBe(3);
    expect(m.overflowSevere.count).toBe(2);
    expect(m.overflowSevere.sample).toBe('cpu broke');
    m.add('kernel panic: out of memory', FATAL);
    expect(m.overflowSevere.sample).toBe('kernel panic: out of memory');
    expect(m.overflowSevere.severity).toBe(FATAL);
  });

  it('a caller that gives no severity gets the whole cap, as before', () => {
    const m = new TemplateMiner({ maxClusters: 3 });
    for (const w of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) m.add(`${w} happened`);
    expect(m.all()).toHaveLength(3);
    expect(m.overflow.count).toBe(2);
  });

  it('never throws, stays under the cap, counts every line once and never repeats a template (property)', () => {
    const word = fc.constantFrom('alpha', 'beta', 'gamma', 'user', 'root', 'failed', 'ok', 'Dec', '10', '11:03:53', 'id=7', '0x1f', '/var/log', 'true', '[x]', '', ' ', 'a-1', '<*>', 'key:', '=');
    const line = fc.oneof(fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })), { maxLength: 300 }), fc.integer({ min: 1, max: 30 }), (lines, cap) => {
        const m = new TemplateMiner({ maxClusters: cap });
        const returned: Cluster[] = [];
        for (const [text, rank] of lines) returned.push(m.add(text, rank));
        expect(m.size).toBeLessThanOrEqual(cap);
        const live = m.all();
        const counted = live.reduce((s, c) => s + c.count, 0) + m.overflow.count + m.overflowSevere.count;
        expect(counted).toBe(lines.length);
        for (const c of returned) expect(typeof templateText(c)).toBe('string');
        // a report never lists one template twice
        const texts = live.map(templateText);
        expect(new Set(texts).size).toBe(texts.length);
      }),
      { numRuns: 300 },
    );
  });
});
