// ============================================================== Rspamd ====
// Rspamd 3.8 spam filter behind an MTA's milter (through the proxy worker)
// for a small hosting company: normal workers, controller (web UI and
// learning), Redis for Bayes, greylisting and ratelimit, a fuzzy storage
// upstream, DKIM signing for hosted domains, local maps.
// Raw line: '2025-06-17 10:04:05 #23145(normal) <5f1c2a>; task; rspamd_task_write_log: id: <...>, qid: <...>, ip: ..., ...'
// -> date and time, '#pid(process type)', the '<tag>;' (task or session
// uid), the module ('task;', 'proxy;', 'map;', 'lua;', ...) and the
// function name before ': ' are the header; Content is the message. The
// per-message summary of rspamd_task_write_log is one template per set of
// keys; the action with its T/F flag, the score pair and the symbol list
// are values of that record (the symbol list is one multi-token value).
import { drive } from '../lib.mjs';

export default {
  name: 'Rspamd',
  templates: {
    starting: 'rspamd <*> is starting, build id: <*>',
    cfgLoad: 'loading configuration from <*>',
    lua: 'init lua_state <*>',
    spawn: 'prepare to spawn <*> workers of type <*>',
    fork: 'prepare to fork process <*> (<*>); listen on: <*>',
    mapRead: '<*>: read map data, <*> bytes',
    hashRead: '<*>: read hash of <*> elements',
    radixRead: '<*>: read radix trie of <*> elements',
    mapHttpFail: '<*>: cannot load map: <*>',
    mapNotModified: '<*>: not modified since <*>',
    hyperscan: 'loaded <*> regular expressions from the hyperscan cache <*>',
    accepted: 'accepted connection from <*> port <*>, task ptr: <*>',
    milterConn: 'accepted milter connection from <*> port <*>',
    loaded: 'loaded message; id: <<*>>; queue-id: <<*>>; size: <*>; checksum: <<*>>',
    taskLog: 'id: <<*>>, qid: <<*>>, ip: <*>, from: <<*>>, (default: <*> (<*>): [<*>/<*>] [<*>]), len: <*>, time: <*>, dns req: <*>, digest: <<*>>, rcpts: <<*>>, mime_rcpts: <<*>>',
    taskLogUser: 'id: <<*>>, qid: <<*>>, ip: <*>, user: <*>, from: <<*>>, (default: <*> (<*>): [<*>/<*>] [<*>]), len: <*>, time: <*>, dns req: <*>, digest: <<*>>, rcpts: <<*>>, mime_rcpts: <<*>>',
    greylisted: 'greylisted until "<*>", new record',
    greyUpdated: 'greylisted until "<*>", record updated',
    greyPassed: 'greylisting pass (<*>), in whitelist after <*> attempts',
    ratelimit: 'ratelimit "<*>(<*>)" exceeded, (<*> / <*>): <*> (<*>:<*> dyn); <*> burst, <*> max',
    bayesSkip: 'skip classification as ham class has not enough learns: <*> (<*> required)',
    learned: '<<*>> learned message as <*>: <*>',
    alreadyLearned: '<<*>>: has been already learned as <*>, ignore it',
    badPass: '<<*>> incorrect or absent password has been specified',
    fuzzyTimeout: 'got IO timeout with server <*>(<*>), after <*> retransmits',
    upstreamInactive: 'mark upstream <*> inactive; after <*> errors, <*> seconds to re-resolve',
    upstreamAlive: 'upstream <*> is alive again',
    dnsTimeout: '<<*>> DNS request for <*> timed out after <*>',
    redisTimeout: 'cannot get bayes statistics for <*>: Connection timed out',
    redisErr: 'got error from redis: <*>',
    dkimKey: 'cannot load dkim key <*>: <*>',
    dkimSigned: 'add dkim signature for <*> using selector <*>',
    charset: 'cannot convert from charset <*>: <*>',
    taskTimeout: 'processing of task time out: <*> spent; <*> rules is still processing; forced processing',
    slowRule: 'slow rule: <*>(<*>): <*> ms; enable slow timer delay',
    milterRejected: 'milter: message <<*>> rejected: <*>',
    hup: 'catch HUP signal, reopen logs',
    term: 'catch termination signal, waiting for children',
    childTerm: '<*> process <*> terminated normally',
    terminating: 'terminating...',
    reloadCfg: 'reloading rspamd configuration',
    clamFail: '<<*>> clamav: failed to scan, maximum retransmits exceed',
    dmarcReport: 'sent DMARC report for <*> to <*> (<*> records)',
  },
  scenario(g) {
    const domains = ['example.com', 'example.net', 'shop.example.org', 'mail.example.internal'];
    const mailboxes = ['info', 'sales', 'j.doe', 'anna', 'support', 'billing', 'noreply', 'office'];
    const senders = ['newsletter@news.example.org', 'alerts@monitoring.example.net', 'no-reply@shop.example.org', 'bounce-4411@lists.example.com', 'ceo-office@example-payments.net', 'info@promo-deals.example', 'hr@example.com', 'tom@partner.example.net', 'invoice@billing.example.net'];
    const authUsers = ['anna@example.com', 'j.doe@example.com', 'sales@example.net', 'office@shop.example.org'];
    const ham = [['BAYES_HAM(-2.99){99.99%;}', -3], ['DKIM_VALID_AU(-0.10){example.org;s=mail;}', -0.1], ['DMARC_POLICY_ALLOW(-0.50){example.org;none;}', -0.5], ['R_SPF_ALLOW(-0.20){+ip4:198.51.100.0/24;}', -0.2], ['MIME_GOOD(-0.10){text/plain;}', -0.1], ['ARC_NA(0.00){}', 0], ['RCVD_COUNT_TWO(0.00){2;}', 0]];
    const spam = [['BAYES_SPAM(5.10){100.00%;}', 5.1], ['URIBL_BLACK(7.50){promo-deals.example;}', 7.5], ['R_SPF_SOFTFAIL(0.00){~all;}', 0], ['FROM_NEQ_ENVFROM(0.10){}', 0.1], ['MIME_HTML_ONLY(0.20){}', 0.2], ['HFILTER_HOSTNAME_UNKNOWN(2.50){}', 2.5], ['FUZZY_DENIED(12.00){1:a81f33b2e0:1.00:txt;}', 12], ['RBL_SENDERSCORE_FAIL(2.00){203.0.113.44:from;}', 2], ['PHISHING(4.00){example-payments.net->paypal-login.example;}', 4]];
    const fmt = (x) => x.toFixed(2);
    let tptr = 0x55d3a1c0e000;
    const msgid = (from) => `${g.hex(8)}.${g.hex(6)}@${from.split('@')[1]}`;
    const qid = () => g.alnum(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');
    const rcpt = () => `${g.zipf(mailboxes, 0.8)}@${g.zipf(domains, 1)}`;
    const scan = () => {
      const outbound = g.chance(0.18);
      const from = outbound ? g.pick(authUsers) : g.zipf(senders, 0.7);
      const ip = outbound ? g.ip('10.40.2') : g.wpick([[5, g.ip('198.51.100')], [3, g.ip('203.0.113')], [1, g.ip('192.0.2')]]);
      g.e('accepted', '127.0.0.1', g.eport(), (tptr += 0x1a0 * g.int(1, 40)).toString(16));
      const id = msgid(from), q = qid(), size = g.int(1800, 240000);
      g.e('loaded', id, q, size, g.hex(32));
      const isSpam = !outbound && (from.includes('promo') || from.includes('payments') || g.chance(0.12));
      let syms = g.shuffle((isSpam ? spam : ham).slice()).slice(0, g.int(3, 6));
      let score = syms.reduce((a, [, s]) => a + s, 0) + (g.r() - 0.5);
      let action = 'no action', flag = 'F';
      if (score >= 15) { action = 'reject'; flag = 'T'; } else if (score >= 6) action = 'add header'; else if (score >= 4) action = 'greylist';
      if (action === 'greylist') { const until = new Date(g.t + 300000).toUTCString(); g.e(g.chance(0.7) ? 'greylisted' : 'greyUpdated', until); action = 'soft reject'; }
      if (outbound && g.chance(0.8)) g.e('dkimSigned', from.split('@')[1], 'dkim2025');
      const r = rcpt();
      const symList = syms.map(([s]) => s).join(',');
      const time = `${g.float(12, 900, 3)}ms`;
      if (outbound) g.e('taskLogUser', id, q, ip, from, from, flag, action, fmt(score), '15.00', symList, size, time, g.int(0, 40), g.hex(32), r, r);
      else g.e('taskLog', id, q, ip, from, flag, action, fmt(score), '15.00', symList, size, time, g.int(2, 60), g.hex(32), r, r);
      if (action === 'reject' && g.chance(0.5)) g.e('milterRejected', id, 'Spam message rejected');
    };
    const maps = () => {
      g.e('mapRead', '/etc/rspamd/local.d/maps/whitelist_ip.map', g.int(200, 900));
      g.e('hashRead', '/etc/rspamd/local.d/maps/sender_whitelist.map', g.int(20, 90));
      g.e('radixRead', '/etc/rspamd/local.d/maps/whitelist_ip.map', g.int(8, 40));
    };
    const boot = () => {
      g.e('starting', '3.8.4', 'release');
      g.e('cfgLoad', '/etc/rspamd/rspamd.conf');
      g.e('lua', '/usr/share/rspamd/rules/rspamd.lua');
      maps();
      g.e('hyperscan', g.int(1800, 2300), '/var/lib/rspamd/');
      for (const [n, k, l] of [[4, 'normal', '127.0.0.1:11333'], [1, 'controller', '127.0.0.1:11334'], [1, 'rspamd_proxy', '127.0.0.1:11332']]) { g.e('spawn', n, k); for (let i = 0; i < n; i++) g.e('fork', k, i, l); }
    };
    drive(g, {
      gapMs: 8000,
      startup: boot,
      steady: [
        [40, scan],
        [4, () => g.e('milterConn', '127.0.0.1', g.eport())],
        [1.2, () => g.e('bayesSkip', g.int(120, 190), 200)],
        [1.5, () => { const c = g.pick(['10.40.2.15', '10.40.2.16']); const mid = msgid(g.pick(senders)); if (g.chance(0.15)) g.e('alreadyLearned', mid, 'spam'); else g.e('learned', c, g.pick(['spam', 'spam', 'ham']), mid); }],
        [0.6, () => g.e('fuzzyTimeout', 'fuzzy.example.net', '203.0.113.9:11335', 2)],
        [0.8, () => { const d = g.pick(['promo-deals.example', 'example-payments.net', 'lists.example.com']); g.e('dnsTimeout', g.hex(6), `${d}.multi.uribl.example.net`, '2.0s'); }],
        [0.7, () => g.e('charset', g.pick(['windows-1251', 'iso-2022-jp', 'x-unknown']), g.pick(['Invalid argument', 'Illegal byte sequence']))],
        [0.6, () => g.e('mapNotModified', 'https://maps.example.net/rspamd/phishing.map', new Date(g.t - g.int(3600e3, 86400e3)).toUTCString())],
        [0.5, () => { const s = g.pick(['RBL_SENDERSCORE', 'DCC_CHECK', 'CLAM_VIRUS', 'URIBL_MULTI']); const t = g.int(1200, 4500); g.e('slowRule', s, `${t}.${g.int(10, 99)}ms`, t); }],
        [0.4, () => { const u = g.pick(authUsers); g.e('ratelimit', 'user', u, g.float(30, 60, 2), g.int(30, 40), g.float(0.2, 0.9, 3), '0.01666667', 1, 40, 60); }],
      ],
      rare: [
        () => { g.e('upstreamInactive', '127.0.0.1:6379', 4, 60); g.e('redisTimeout', 'BAYES_SPAM'); g.e('redisTimeout', 'BAYES_HAM'); g.e('redisErr', 'LOADING Redis is loading the dataset in memory'); g.advance(60000); g.e('upstreamAlive', '127.0.0.1:6379'); },
        () => { g.e('upstreamInactive', '10.40.0.53:53', 5, 30); g.advance(30000); g.e('upstreamAlive', '10.40.0.53:53'); },
        () => { g.e('mapHttpFail', 'https://maps.example.net/rspamd/phishing.map', 'HTTP error 503'); g.e('mapHttpFail', 'https://maps.example.net/rspamd/phishing.map', 'IO timeout'); },
        () => g.e('dkimKey', '/var/lib/rspamd/dkim/mail.example.internal.dkim2025.key', 'No such file or directory'),
        () => g.e('taskTimeout', '8.0 seconds', 3),
        () => { g.e('clamFail', g.hex(6)); g.e('clamFail', g.hex(6)); },
        () => { g.e('badPass', '10.40.9.77'); g.e('badPass', '10.40.9.77'); g.e('badPass', '10.40.9.77'); },
        () => g.e('hup'),
        () => g.e('greyPassed', 'triplet', 3),
        () => g.e('dmarcReport', 'example.com', 'dmarc-reports@example.net', 14),
        () => { g.e('reloadCfg'); g.e('cfgLoad', '/etc/rspamd/rspamd.conf'); maps(); },
        () => { g.e('term'); for (const [k, n] of [['normal', 4], ['controller', 1], ['rspamd_proxy', 1]]) for (let i = 0; i < n; i++) g.e('childTerm', k, g.int(20000, 40000)); g.e('terminating'); g.advance(3000); boot(); },
      ],
    });
  },
};
