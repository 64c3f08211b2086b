// ================================================================ Salt ====
// Salt minion 3006 (onedir) on a web node of a shop, managed from a master
// pair: highstates pushed by operators and by a CI job, test.ping and
// saltutil.find_job probes, grains and cmd.run calls, mine and pillar
// refreshes from the scheduler; /var/log/salt/minion at log_level_logfile
// info (a few debug-only lines kept, see README).
// Raw line: '2025-06-17 10:04:05,123 [salt.minion      :1234][INFO    ][5678] Returning information for job: 20250617100405118822'
// -> the time stamp, the bracketed '[logger:lineno]', the padded
// '[LEVEL   ]' and the '[pid]' are the header; Content is the rest.
// A command is printed either quoted ('systemctl') or as a Python list
// (['apt-get', '-q', 'update']): one value either way, with its quotes.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'Salt',
  templates: {
    userExec: 'User <*> Executing command <*> with jid <*>',
    cmdDetails: 'Command details <*>',
    newJob: 'Starting a new job <*> with PID <*>',
    returning: 'Returning information for job: <*>',
    schedJob: 'Running scheduled job: <*> with jid <*>',
    loadFresh: 'Loading fresh modules for state activity',
    fetchDone: "Fetching file from saltenv '<*>', ** done ** '<*>'",
    fetchSkip: "Fetching file from saltenv '<*>', ** skipped ** latest already in cache '<*>'",
    runState: 'Running state [<*>] at time <*>',
    execState: 'Executing state <*> for [<*>]',
    pkgsInstalled: 'All specified packages are already installed',
    pkgsUpdated: 'The following packages were installed/updated: <*>',
    fileCorrect: 'File <*> is in the correct state',
    fileUpdated: 'File <*> updated',
    dirCorrect: 'Directory <*> is in the correct state',
    svcRunning: 'The service <*> is already running',
    svcAlreadyEnabled: 'Service <*> is already enabled, and is running',
    svcEnabled: 'Service <*> has been enabled, and is running',
    svcRestarted: 'Service restarted',
    cronPresent: 'Cron <*> already present',
    userPresent: 'User <*> is present and up to date',
    unlessTrue: 'unless condition is true',
    completed: 'Completed state [<*>] at time <*> (duration_in_ms=<*>)',
    execCmd: "Executing command <*> in directory '<*>'",
    cmdFailed: "Command '<*>' failed with return code: <*>",
    stderr: 'stderr: <*>',
    retcode: 'retcode: <*>',
    output: 'output: <*>',
    stateException: 'An exception occurred in this state: <*>',
    requisite: 'One or more requisite failed: <*>',
    unableManage: 'Unable to manage file: <*>',
    slsNotFound: "No matching sls found for '<*>' in env '<*>'",
    modException: 'Module function <*> threw an exception. Exception: <*>',
    minionSetup: 'Setting up the Salt Minion "<*>"',
    startingUp: 'Starting up the Salt Minion',
    runAsUser: "Minion is starting as user '<*>'",
    procMgr: 'Creating minion process manager',
    ready: 'Minion is ready to receive requests!',
    retryTimer: 'Minion return retry timer set to <*> seconds (randomized)',
    masterUnreach: 'Master <*> could not be reached, trying next master (if any)',
    reqTimeout: 'SaltReqTimeoutError, retrying. (<*>/<*>)',
    authFail: 'Minion failed to authenticate with the master, has the minion key been accepted?',
    waitRetry: 'Waiting <*> seconds before retry.',
    sigterm: 'Minion received a SIGTERM. Exiting.',
    shutdown: 'Shutting down the Salt Minion',
    refreshPillar: 'Refreshing pillar. Notify: <*>',
    procDied: 'Process <*> (<*>) died with exit status <*>, restarting...',
  },
  scenario(g) {
    const MINION = 'web-03.shop.example.internal';
    const MASTERS = ['salt-m1.example.internal', 'salt-m2.example.internal'];
    const users = ['sudo_ops', 'sudo_ci-deploy', 'root', 'sudo_anna.k', 'sudo_ci-deploy'];
    let pid = 18240;
    const jidAt = (t) => { const d = new Date(t); return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}${pad(g.int(0, 999), 3)}`; };
    const clock = () => { const d = new Date(g.t); return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${pad(g.int(0, 999), 3)}`; };
    const details = (fun, arg, tgt, jid, user, tt = 'glob') => `{'fun': '${fun}', 'arg': [${arg.map((a) => `'${a}'`).join(', ')}], 'tgt': '${tgt}', 'jid': '${jid}', 'ret': '', 'tgt_type': '${tt}', 'user': '${user}'}`;
    const startJob = (fun, arg = [], user = g.zipf(users, 0.9), tgt = g.pick(['web-*', MINION, 'G@role:web', 'web-0[1-4]*'])) => {
      const jid = jidAt(g.t - g.int(30, 400));
      g.e('userExec', user, fun, jid);
      if (g.chance(0.6)) g.e('cmdDetails', details(fun, arg, tgt, jid, user, tgt.startsWith('G@') ? 'compound' : 'glob'));
      g.e('newJob', jid, ++pid);
      return jid;
    };
    const ret = (jid) => { g.e('returning', jid); };
    const files = [
      ['/etc/nginx/nginx.conf', 'salt://nginx/files/nginx.conf'],
      ['/etc/nginx/sites-enabled/shop.conf', 'salt://nginx/files/shop.conf.j2'],
      ['/etc/logrotate.d/shop', 'salt://shop/files/logrotate'],
      ['/etc/systemd/system/shop-worker.service', 'salt://shop/files/shop-worker.service'],
      ['/etc/node_exporter/web.yml', 'salt://monitoring/files/node_exporter_web.yml'],
    ];
    let changedFile = null; let installCertbot = false;
    const state = (fn, name, body) => {
      g.e('runState', name, clock());
      g.e('execState', fn, name);
      const t0 = g.t; body(); g.advance(g.exp(fn.startsWith('pkg') ? 900 : 60));
      g.e('completed', name, clock(), ((g.t - t0) + g.r()).toFixed(3));
    };
    const highstate = (fun = 'state.apply', arg = []) => {
      const jid = startJob(fun, arg);
      g.e('loadFresh');
      for (const s of ['top.sls', 'nginx/init.sls', 'shop/init.sls', 'monitoring/init.sls']) g.e(g.chance(0.85) ? 'fetchSkip' : 'fetchDone', 'base', `salt://${s}`);
      state('pkg.installed', 'nginx', () => g.e('pkgsInstalled'));
      if (installCertbot) {
        installCertbot = false;
        state('pkg.installed', 'python3-certbot-nginx', () => { g.e('execCmd', "['apt-get', '-q', 'update']", '/root'); g.e('execCmd', "['apt-get', '-q', '-y', '-o', 'DPkg::Options::=--force-confold', 'install', 'python3-certbot-nginx']", '/root'); g.e('pkgsUpdated', 'python3-certbot-nginx'); });
      } else state('pkg.installed', 'python3-certbot-nginx', () => g.e('pkgsInstalled'));
      for (const [f, src] of files) {
        if (g.chance(0.7) && f.includes('node_exporter')) continue;
        state('file.managed', f, () => {
          const ch = changedFile === f;
          g.e(ch ? 'fetchDone' : 'fetchSkip', 'base', src);
          if (ch) { g.e('fileUpdated', f); changedFile = null; } else g.e('fileCorrect', f);
        });
      }
      state('file.directory', '/var/www/shop', () => g.e('dirCorrect', '/var/www/shop'));
      state('user.present', 'deploy', () => g.e('userPresent', 'deploy'));
      state('cron.present', '/usr/local/bin/backup-shop-db.sh', () => g.e('cronPresent', '/usr/local/bin/backup-shop-db.sh'));
      state('cmd.run', 'certbot renew --quiet --no-random-sleep-on-renew', () => { g.e('execCmd', "'test $(find /etc/letsencrypt/live -name cert.pem -mtime -60 | wc -l) -gt 0'", '/root'); g.e('unlessTrue'); });
      state('service.running', 'nginx', () => {
        g.e('execCmd', "['systemctl', 'status', 'nginx.service', '-n', '0']", '/root');
        if (g.chance(0.5)) g.e('execCmd', "['systemctl', 'is-enabled', 'nginx.service']", '/root');
        g.e(g.chance(0.5) ? 'svcRunning' : 'svcAlreadyEnabled', 'nginx');
      });
      state('service.running', 'shop-worker', () => {
        g.e('execCmd', "['systemctl', 'status', 'shop-worker.service', '-n', '0']", '/root');
        g.e('svcAlreadyEnabled', 'shop-worker');
      });
      ret(jid);
    };
    const ping = () => { const jid = startJob('test.ping', [], g.pick(['sudo_ci-deploy', 'root', 'sudo_ops'])); ret(jid); };
    const findJob = () => { const jid = startJob('saltutil.find_job', [jidAt(g.t - g.int(5000, 20000))], 'root', MINION); ret(jid); };
    const grains = () => { const jid = startJob(g.pick(['grains.items', 'grains.get', 'pkg.version']), g.pick([[], ['osrelease'], ['nginx']])); ret(jid); };
    const cmdRun = () => {
      const cmd = g.pick(['df -h /var', 'systemctl is-active shop-worker', 'tail -n 20 /var/log/shop/worker.log', 'uptime', 'free -m']);
      const jid = startJob('cmd.run', [cmd]);
      g.e('execCmd', `'${cmd}'`, '/root');
      if (cmd.startsWith('systemctl') && g.chance(0.25)) { g.e('cmdFailed', cmd, 3); g.e('output', 'inactive'); }
      ret(jid);
    };
    const sched = () => {
      const job = g.wpick([[5, '__mine_interval'], [2, '__update_grains'], [1, 'highstate-drift-check']]);
      const jid = jidAt(g.t);
      g.e('schedJob', job, jid);
      if (job === 'highstate-drift-check') { g.e('loadFresh'); g.e('fetchSkip', 'base', 'salt://top.sls'); }
      ret(jid);
    };
    const pillar = () => { const jid = startJob('saltutil.refresh_pillar', []); g.e('refreshPillar', g.pick(['False', 'True'])); ret(jid); };
    const boot = () => {
      g.e('minionSetup', MINION);
      g.e('startingUp');
      g.e('runAsUser', 'root');
      g.e('procMgr');
      g.e('retryTimer', g.int(5, 10));
      g.e('ready');
    };
    drive(g, {
      gapMs: 40000,
      startup: boot,
      steady: [[3.2, () => highstate()], [11, ping], [9, findJob], [4, grains], [4, cmdRun], [9, sched], [1.5, pillar],
        [0.4, () => { changedFile = g.pick(files.slice(0, 4))[0]; highstate('state.sls', ['nginx']); }]],
      rare: [
        () => { installCertbot = true; highstate(); },
        () => { // a broken template pushed by CI
          const jid = startJob('state.apply', ['shop'], 'sudo_ci-deploy');
          g.e('loadFresh');
          state('file.managed', '/etc/nginx/sites-enabled/shop.conf', () => { g.e('fetchDone', 'base', 'salt://nginx/files/shop.conf.j2'); g.e('unableManage', "Jinja variable 'dict object' has no attribute 'upstream_port'"); });
          state('service.running', 'nginx', () => g.e('requisite', 'nginx.shop-site'));
          ret(jid);
        },
        () => { const jid = startJob('state.sls', ['shop.cleanup'], 'sudo_anna.k'); g.e('slsNotFound', 'shop.cleanup', 'base'); ret(jid); },
        () => { const jid = startJob('state.apply', ['nginx'], 'sudo_ops'); state('cmd.run', 'nginx -t', () => { g.e('execCmd', "'nginx -t'", '/root'); g.e('cmdFailed', 'nginx -t', 1); g.e('stderr', 'nginx: [emerg] unknown directive "proxy_buffer" in /etc/nginx/sites-enabled/shop.conf:41'); g.e('retcode', 1); }); ret(jid); },
        () => { const jid = startJob('pkg.upgrade', [], 'sudo_ops'); g.e('execCmd', "['apt-get', '-q', 'update']", '/root'); g.e('execCmd', "['apt-get', '-q', '-y', '-o', 'DPkg::Options::=--force-confold', 'dist-upgrade']", '/root'); g.e('modException', 'pkg.upgrade', "Problem encountered upgrading packages. Additional info follows:"); ret(jid); },
        () => { const jid = startJob('state.apply', ['monitoring'], 'sudo_ops'); state('service.running', 'node_exporter', () => { g.e('execCmd', "['systemctl', 'enable', 'node_exporter.service']", '/root'); g.e('execCmd', "['systemctl', 'start', 'node_exporter.service']", '/root'); g.e('svcEnabled', 'node_exporter'); }); ret(jid); },
        () => { const jid = startJob('state.apply', ['shop.worker'], 'sudo_ci-deploy'); state('service.running', 'shop-worker', () => { g.e('execCmd', "['systemctl', 'restart', 'shop-worker.service']", '/root'); g.e('svcRestarted'); }); ret(jid); },
        () => { const jid = startJob('state.apply', ['shop.db-backup'], 'sudo_ops'); state('cron.present', 'backup', () => g.e('stateException', "Traceback (most recent call last): KeyError: 'identifier'")); ret(jid); },
        () => { g.e('procDied', 'salt.utils.process.SignalHandlingProcess', 'MinionManager', 1); },
        () => { // master m1 maintenance: timeouts, failover, auth problem on the way back
          for (let k = 1; k <= 3; k++) { g.e('reqTimeout', k, 7); g.advance(60000); }
          g.e('masterUnreach', MASTERS[0]);
          g.e('authFail'); g.e('waitRetry', 10); g.advance(10000); g.e('authFail'); g.e('waitRetry', 10); g.advance(10000);
        },
        () => { g.e('sigterm'); g.e('shutdown'); g.advance(6000); boot(); },
      ],
    });
  },
};
