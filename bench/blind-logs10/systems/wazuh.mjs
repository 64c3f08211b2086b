// =============================================================== Wazuh ====
// Wazuh manager 4.8 (single node, Docker) for about sixty agents: servers,
// laptops and short-lived CI runners that enrol themselves through authd
// with a password; remote syslog from the firewalls; a Slack integration;
// e-mail alerts; file integrity monitoring, rootcheck, SCA, syscollector
// and the vulnerability scanner on the manager itself; the dashboard's
// ruleset test (logtest). The file is /var/ossec/logs/ossec.log.
// Raw line: '2025/05/13 10:04:05 wazuh-remoted: WARNING: (1408): Invalid ID 047 for the source ip: '10.0.8.61' (name 'ci-runner-0417').'
// -> the date and time, the daemon tag ('wazuh-remoted',
// 'wazuh-modulesd:sca', ...) and the level ('INFO', 'WARNING', 'ERROR')
// before ': ' are the header; Content is the rest, its '(nnnn):' message
// code included. Different daemons print the same 'Started (pid: <*>).'.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'Wazuh',
  templates: {
    started: 'Started (pid: <*>).',
    remotedStarted: 'Started (pid: <*>). Listening on port <*>/<*> (<*>).',
    syslogAllowed: 'Remote syslog allowed from: <*>',
    readingKeys: '(1410): Reading authentication keys file.',
    rulesEnabled: "Total rules enabled: '<*>'",
    sigNotFound: "Signature ID '<*>' was not found and will be ignored in the 'if_sid' option of rule '<*>'.",
    logtestStarted: '(7200): Logtest started',
    logtestSession: "(7202): Session initialized with token '<*>'",
    logtestClosed: "(7203): Session '<*>' was closed due to inactivity",
    authdAccepting: 'Accepting connections on port <*>. Using password specified on file: <*>',
    newConnection: 'New connection from <*>',
    newAgentReq: 'Received request for a new agent (<*>) from: <*>',
    keyGenerated: "Agent key generated for '<*>' (requested by <*>)",
    duplicateName: "Duplicate name '<*>', rejecting enrollment. Agent '<*>' key already exists on the manager.",
    invalidPassword: 'Invalid password provided by <*>. Closing connection.',
    sslError: 'SSL error (<*>). Connection refused by the agent.',
    removedAgent: "Agent '<*>' (<*>) removed: inactive for more than <*>",
    invalidId: "(1408): Invalid ID <*> for the source ip: '<*>' (name '<*>').",
    notAllowed: "(1213): Message from '<*>' not allowed. Cannot find the ID of the agent. Source agent ID is unknown.",
    authError: "(1404): Authentication error. Wrong key or corrupt payload. Message received from agent '<*>' at '<*>'.",
    badFormat: "(1403): Incorrectly formatted message from agent '<*>' (host '<*>').",
    keyInUse: "Agent key already in use: agent ID '<*>'",
    queueFull: 'Message queue is full (<*>). Events may be lost.',
    fimStart: '(6008): File integrity monitoring scan started.',
    fimEnd: '(6009): File integrity monitoring scan ended.',
    fimDaemon: '(6000): Starting daemon...',
    fimPath: "(6003): Monitoring path: '<*>', with options '<*>'.",
    fimIgnore: "(6206): Ignore 'file' entry '<*>'",
    rootStart: 'Starting rootcheck scan.',
    rootEnd: 'Ending rootcheck scan.',
    analyzing: "(1950): Analyzing file: '<*>'.",
    monitorCmd: 'Monitoring output of command(<*>): <*>',
    openFail: "(1103): Could not open file '<*>' due to [(<*>)-(<*>)].",
    scaStart: 'Starting Security Configuration Assessment scan.',
    scaPolicy: "Starting evaluation of policy: '<*>'",
    scaPolicyDone: "Evaluation finished for policy '<*>'",
    scaDone: 'Security Configuration Assessment scan finished. Duration: <*> seconds.',
    syscoStart: 'Starting evaluation.',
    syscoDone: 'Evaluation finished.',
    vdStarted: 'Vulnerability scanner module started',
    vdFeed: 'Initiating update feed process',
    vdFeedDone: 'Feed update process completed',
    vdAgentScan: "Vulnerability scan for agent '<*>' completed in <*> ms, <*> vulnerabilities found",
    upgradeStarted: '(8153): Module Agent Upgrade started.',
    taskStarted: '(8200): Module Task Manager started.',
    upgradeNotActive: '(8106): Upgrade procedure could not start. Agent <*> is not active.',
    integrationFail: 'While running <*> -> integrations. Output: <*>',
    integrationRun: 'Unable to run integration for <*> -> integrations',
    mailFail: '(1223): Error Sending email to <*> (smtp server)',
    signal: '(1225): SIGNAL [(<*>)-(<*>)] Received. Exit Cleaning...',
    xmlError: "(1226): Error reading XML file '<*>': <*> (line <*>).",
    rulesError: "(1220): Error loading the rules: '<*>'.",
    configError: "(1202): Configuration error at '<*>'.",
    dbSlow: "wazuh-db: slow query for agent '<*>' (<*> ms): <*>",
  },
  scenario(g) {
    let pid = 300 + g.int(0, 200);
    const agents = [];
    let nextId = 47 + g.int(0, 10);
    const fixed = ['web-01', 'web-02', 'db-01', 'mail-01', 'vpn-gw', 'fileserver', 'laptop-anna', 'laptop-tom', 'laptop-reza', 'build-01', 'jump-host', 'dc-01'];
    fixed.forEach((n, i) => agents.push({ id: pad(i + 1, 3), name: n, ip: g.ip('10.0.8') }));
    const gone = [{ id: '017', name: 'ci-runner-0112', ip: '10.0.8.71' }, { id: '023', name: 'old-nas', ip: '10.0.8.90' }, { id: '031', name: 'ci-runner-0203', ip: '10.0.8.74' }];
    const unknownIps = ['10.0.8.77', '10.0.8.81', '10.0.9.15'];
    const runners = [];
    let runnerNo = 410;
    const P = (n) => ++pid;
    const policies = ['cis_ubuntu22-04.yml', 'sca_unix_audit.yml'];
    const boot = () => {
      g.e('started', P()); // wazuh-db
      g.e('started', P()); // execd
      g.e('rulesEnabled', 6211 + g.int(0, 30));
      g.e('sigNotFound', 100200, 100201);
      g.e('logtestStarted');
      g.e('started', P()); // analysisd
      g.e('authdAccepting', 1515, '/var/ossec/etc/authd.pass');
      g.e('started', P()); // authd
      g.e('started', P()); // syscheckd
      g.e('fimDaemon');
      for (const [p, o] of [['/etc', 'size | permissions | owner | group | mtime | inode | hash_md5 | hash_sha1 | hash_sha256 | scheduled'], ['/usr/bin', 'size | permissions | owner | group | mtime | inode | hash_md5 | hash_sha1 | hash_sha256 | scheduled'], ['/usr/sbin', 'size | permissions | owner | group | mtime | inode | hash_md5 | hash_sha1 | hash_sha256 | scheduled'], ['/var/ossec/etc/rules', 'size | permissions | owner | group | mtime | inode | hash_md5 | hash_sha1 | hash_sha256 | realtime | report_changes']]) g.e('fimPath', p, o);
      for (const f of ['/etc/mtab', '/etc/hosts.deny', '/etc/mail/statistics', '/etc/random-seed', '/etc/adjtime']) g.e('fimIgnore', f);
      g.e('remotedStarted', P(), 1514, 'TCP', 'secure');
      g.e('syslogAllowed', "'10.0.1.0/24'");
      g.e('readingKeys');
      g.e('started', P()); // logcollector
      for (const f of ['/var/ossec/logs/active-responses.log', '/var/log/dpkg.log']) g.e('analyzing', f);
      g.e('monitorCmd', 360, 'df -P'); g.e('monitorCmd', 360, 'netstat -tulpn | sed \'s/\\([[:alnum:]]\\+\\)\\ \\+[[:digit:]]\\+\\ \\+[[:digit:]]\\+\\ \\+\\(.*\\):\\([[:digit:]]*\\)\\ \\+\\([0-9\\.\\:\\*]\\+\\).\\+\\ \\([[:digit:]]*\\/[[:alnum:]\\-]*\\).*/\\1 \\2 == \\3 == \\4 \\5/\' | sort -k 4 -g | sed \'s/ == \\(.*\\) ==/:\\1/\' | sed 1,2d');
      g.e('started', P()); // monitord
      g.e('upgradeStarted'); g.e('taskStarted');
      g.e('vdStarted');
      g.e('started', P()); // modulesd
    };
    const enrol = () => {
      if (runners.length > 6 || g.chance(0.15)) { // a runner that was re-imaged tries again with the same name
        const r = runners.length ? g.pick(runners) : null;
        if (r) { g.e('newConnection', r.ip); g.e('newAgentReq', r.name, r.ip); g.e('duplicateName', r.name, r.id); return; }
      }
      const r = { id: pad(nextId++, 3), name: `ci-runner-${pad(runnerNo++, 4)}`, ip: g.ip('10.0.8') };
      g.e('newConnection', r.ip); g.e('newAgentReq', r.name, r.ip); g.e('keyGenerated', r.name, 'any');
      runners.push(r);
      g.advance(g.int(1000, 6000)); g.e('readingKeys');
    };
    const retire = () => {
      if (runners.length < 3) return enrol();
      const r = runners.splice(0, 1)[0];
      g.e('removedAgent', r.id, r.name, '1h'); gone.push(r); g.e('readingKeys');
    };
    const stale = () => {
      const r = g.r();
      if (r < 0.5 && gone.length) { const a = g.zipf(gone.slice().reverse(), 1); g.e('invalidId', a.id, a.ip, a.name); }
      else if (r < 0.8) g.e('notAllowed', g.zipf(unknownIps, 1));
      else { const a = g.pick(agents); g.e('authError', a.id, a.ip); }
    };
    const fim = () => { g.e('fimStart'); g.advance(g.int(20000, 300000)); g.e('fimEnd'); };
    const root = () => { g.e('rootStart'); g.advance(g.int(30000, 200000)); g.e('rootEnd'); };
    const sca = () => { g.e('scaStart'); for (const p of policies) { g.e('scaPolicy', '/var/ossec/ruleset/sca/' + p); g.advance(g.int(2000, 30000)); g.e('scaPolicyDone', '/var/ossec/ruleset/sca/' + p); } g.e('scaDone', g.int(5, 60)); };
    const sysco = () => { g.e('syscoStart'); g.advance(g.int(1000, 9000)); g.e('syscoDone'); };
    const vd = () => { const a = g.pick(agents.concat(runners)); g.e('vdAgentScan', a.id, g.int(300, 30000), g.int(0, 420)); };
    const logtest = () => { const tok = g.hex(8); g.e('logtestSession', tok); if (g.chance(0.6)) { g.advance(900000); g.e('logtestClosed', tok); } };
    const slack = () => g.e('integrationFail', 'custom-slack', g.pick(['Traceback (most recent call last): urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host=\'hooks.slack.com\', port=443): Read timed out. (read timeout=10)', 'Error: the webhook returned HTTP 429 Too Many Requests']));
    drive(g, {
      gapMs: 45000,
      startup: boot,
      steady: [
        [12, stale], [5, enrol], [3, retire], [2.2, fim], [1.5, root], [1, sca], [1.5, sysco], [3, vd], [1.2, logtest], [1.4, slack],
        [0.8, () => { const a = g.pick(agents.slice(6, 9)); g.e('badFormat', a.id, 'any'); }],
        [0.6, () => g.e('keyInUse', g.pick(['005', '009']))],
        [0.6, () => { g.e('newConnection', g.ip('203.0.113')); g.e('invalidPassword', g.ip('203.0.113')); }],
        [0.4, () => { const a = g.pick(agents); g.e('dbSlow', a.id, g.int(1200, 9000), g.pick(['DELETE FROM fim_entry WHERE date < ?', 'SELECT * FROM sys_programs WHERE scan_id = ?'])); }],
      ],
      rare: [
        () => { g.e('vdFeed'); g.advance(g.int(300000, 900000)); g.e('vdFeedDone'); },
        () => { g.e('vdFeed'); g.advance(g.int(300000, 900000)); g.e('vdFeedDone'); },
        () => { g.e('queueFull', 131072); g.e('queueFull', 131072); },
        () => { g.e('openFail', '/var/log/nginx/error.log', 2, 'No such file or directory'); },
        () => { g.e('mailFail', 'smtp.example.com'); g.advance(300000); g.e('mailFail', 'smtp.example.com'); },
        () => { g.e('integrationRun', 'custom-slack'); },
        () => { g.e('newConnection', '10.0.8.140'); g.e('sslError', 1); },
        () => g.e('upgradeNotActive', '031'),
        () => { // a custom rule with a typo is deployed; the restart fails, is fixed and retried
          g.e('signal', 15, 'Terminated');
          g.advance(5000);
          g.e('xmlError', 'etc/rules/local_rules.xml', 'XMLERR: Element \'rule\' not closed', 88);
          g.e('rulesError', 'etc/rules/local_rules.xml'); g.e('configError', 'etc/ossec.conf');
          g.advance(g.int(120000, 400000));
          boot();
        },
      ],
    });
  },
};
