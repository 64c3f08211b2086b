// =============================================================== Gitea ====
// Gitea 1.21 in Docker behind a reverse proxy (PostgreSQL, built-in SSH
// server on 2222, LFS, pull mirrors, webhooks to a CI system, SMTP mail),
// [log] LEVEL = Info with the router log on: a small company's developers
// browsing, git over HTTPS and SSH, a CI bot polling the API, bots that
// update dependencies, crawlers and SSH scanners.
// Raw line: '2025/04/08 10:04:05 ...eb/routing/logger.go:102:func1() [I] router: completed GET /web/shop-api/pulls for 10.0.7.21:51234, 200 OK in 12.3ms @ repo/pull.go:312(repo.ViewPulls)'
// -> Content is the text after the "[X] " level tag: the timestamp, the
// abbreviated caller "file.go:line:func()" and the level letter are the
// header. The router's "@ file.go:line(handler)" suffix is message text.
import { drive } from '../lib.mjs';

const VER = '1.21.11';

export default {
  name: 'Gitea',
  templates: {
    startingPid: 'Starting Gitea on PID: <*>',
    version: 'Gitea version: <*> built with GNU Make <*>, <*> : <*>',
    runMode: '* RunMode: <*>',
    appPath: '* AppPath: <*>',
    workPath: '* WorkPath: <*>',
    customPath: '* CustomPath: <*>',
    configFile: '* ConfigFile: <*>',
    logMode: 'Log mode: <*>(<*>:<*>)',
    gitVersion: 'Git version: <*> (home: <*>)',
    pingDb: 'PING DATABASE <*>',
    orm: 'ORM engine initialization successful!',
    migration: 'Migration[<*>]: <*>',
    issueIndexer: 'Issue Indexer Initialization took <*>',
    repoIndexer: 'Repository Indexer Initialization took <*>',
    listen: 'Listen: <*>://<*>:<*>',
    appUrl: 'AppURL(ROOT_URL): <*>',
    lfs: 'LFS server enabled',
    webServer: 'Starting new Web server: tcp:<*>:<*> on PID: <*>',
    sshServer: 'Starting new SSH server: tcp:<*>:<*> on PID: <*>',
    cronStart: 'Starting cron task: <*>',
    cronDone: 'Finished cron task: <*> (took <*>)',
    routerCompleted: 'router: completed <*> <*> for <*>:<*>, <*> in <*> @ <*>',
    routerSlow: 'router: slow <*> <*> for <*>:<*>, elapsed <*> @ <*>',
    routerPolling: 'router: polling <*> <*> for <*>:<*>, elapsed <*> @ <*>',
    sshPubKey: 'Handle Public Key: Fingerprint: <*> from <*>:<*>',
    sshFailedAuth: 'Failed authentication attempt from <*>:<*>',
    sshUnknownKey: 'Unknown public key: <*> from <*>:<*>',
    sshConnErr: 'Failed connection from <*>:<*> with error: <*>',
    basicAuthFail: 'Failed authentication attempt for <*> from <*>:<*>: <*>',
    permDenied: 'Permission Denied: User <*> cannot read [<*>] in Repo <*>',
    repoNotFound: 'Unable to get repository: <*> Error: repository does not exist [id: 0, uid: 0, owner_name: <*>, name: <*>]',
    mailSend: 'New e-mail sending request <*>: <*>',
    mailSent: 'E-mails sent <*>: <*>',
    mailFail: 'Failed to send emails <*>: <*> - <*>',
    webhookFail: 'Unable to deliver webhook task[<*>]: <*>',
    mirrorFail: 'SyncMirrors [repo: <*>]: failed to update mirror repository: <*>',
    slowSql: '[Slow SQL Query] <*> <*> - <*>',
    panic: 'PANIC: <*>',
    signal: 'Received signal <*>; terminating.',
    bgClosed: 'PID: <*>. Background context for manager closed - <*> - Shutting down...',
    listenerClosed: 'HTTP Listener: <*>:<*> Closed',
    webFinished: 'PID: <*> Gitea Web Finished',
  },
  scenario(g) {
    let pid = 1 + g.int(5, 20), webhookTask = 8200 + g.int(0, 500);
    const repos = ['web/shop-api', 'web/shop-frontend', 'infra/ansible', 'infra/k8s-manifests', 'alice/dotfiles', 'data/etl-jobs', 'web/design-system', 'bob/notes', 'mirrors/go-yaml', 'mirrors/zlib'];
    const users = [['alice', '10.0.7.21'], ['bob', '10.0.7.34'], ['ci-bot', '10.0.7.60'], ['carol', '10.0.7.45'], ['renovate', '10.0.7.61'], ['dmitri', '198.51.100.41'], ['eve.k', '10.0.7.52']];
    const ep = () => g.int(32768, 60999);
    const ms = (x) => (x >= 1000 ? (x / 1000).toFixed(1) + 's' : x.toFixed(1) + 'ms');
    const H = {
      home: 'repo/view_home.go:777(repo.Home)', src: 'repo/view.go:1011(repo.Home)', pulls: 'repo/pull.go:312(repo.ViewPulls)', issues: 'repo/issue.go:461(repo.Issues)',
      issue: 'repo/issue.go:1284(repo.ViewIssue)', commits: 'repo/commit.go:76(repo.Commits)', dash: 'user/home.go:98(user.Dashboard)', login: 'auth/auth.go:165(auth.SignIn)',
      loginPost: 'auth/auth.go:203(auth.SignInPost)', infoRefs: 'repo/githttp.go:510(repo.GetInfoRefs)', upload: 'repo/githttp.go:480(repo.ServiceUploadPack)',
      receive: 'repo/githttp.go:488(repo.ServiceReceivePack)', apiPulls: 'v1/repo/pull.go:95(repo.ListPullRequests)', apiStatus: 'v1/repo/status.go:46(repo.NewCommitStatus)',
      apiContents: 'v1/repo/file.go:710(repo.GetContents)', health: 'healthcheck/check.go:74(healthcheck.Check)', avatar: 'user/avatar.go:24(user.AvatarByUserName)',
      lfs: 'lfs/server.go:143(lfs.BatchHandler)', notFound: 'web/base.go:169(web.NotFound)', events: 'events/events.go:18(events.Events)', explore: 'explore/repo.go:155(explore.Repos)',
    };
    const ok = (code) => ({ 200: '200 OK', 201: '201 Created', 302: '302 Found', 304: '304 Not Modified', 401: '401 Unauthorized', 404: '404 Not Found', 500: '500 Internal Server Error' }[code]);
    const done = (m, url, ip, code, t, h) => g.e('routerCompleted', m, url, ip, ep(), ok(code), ms(t), h);
    const browse = () => {
      const [u, ip] = g.zipf(users.filter((x) => !/bot|renovate/.test(x[0])), 0.9), r = g.zipf(repos, 1);
      const [m, url, code, h] = g.wpick([
        [6, ['GET', `/${r}`, 200, H.home]], [4, ['GET', `/${r}/pulls`, 200, H.pulls]], [3, ['GET', `/${r}/issues?state=open`, 200, H.issues]],
        [3, ['GET', `/${r}/issues/${g.int(1, 240)}`, 200, H.issue]], [4, ['GET', `/${r}/src/branch/main/${g.pick(['README.md', 'src', 'deploy/values.yaml', 'docs/Getting Started.md'])}`, 200, H.src]],
        [2, ['GET', `/${r}/commits/branch/main`, 200, H.commits]], [4, ['GET', '/', 200, H.dash]], [3, ['GET', `/avatar/${g.hex(32)}?size=${g.pick([40, 56, 280])}`, g.chance(0.6) ? 200 : 304, H.avatar]],
        [1, ['GET', `/explore/repos?q=${g.pick(['shop', 'infra', 'yaml'])}`, 200, H.explore]],
      ]);
      void u; done(m, url, ip, code, g.exp(25) + 2, h);
      if (g.chance(0.04)) g.e('routerSlow', m, url, ip, ep(), ms(g.int(3000, 9000) + g.r()), h);
    };
    const gitHttp = () => {
      const [u, ip] = g.zipf(users, 0.8), r = g.zipf(repos, 0.9);
      done('GET', `/${r}.git/info/refs?service=git-upload-pack`, ip, u === 'ci-bot' || g.chance(0.8) ? 200 : 401, g.exp(15) + 3, H.infoRefs);
      if (g.chance(0.85)) done('POST', `/${r}.git/git-upload-pack`, ip, 200, g.exp(120) + 10, H.upload);
      if (g.chance(0.2)) { const lfs = r.startsWith('web/design'); if (lfs) done('POST', `/${r}.git/info/lfs/objects/batch`, ip, 200, g.exp(20) + 3, H.lfs); }
      if (g.chance(0.1) && !/ci-bot/.test(u)) { done('GET', `/${r}.git/info/refs?service=git-receive-pack`, ip, 200, g.exp(15) + 3, H.infoRefs); done('POST', `/${r}.git/git-receive-pack`, ip, 200, g.exp(400) + 40, H.receive); }
    };
    const ciPoll = () => {
      const r = g.zipf(repos.slice(0, 6), 1);
      if (g.chance(0.7)) done('GET', `/api/v1/repos/${r}/pulls?state=open&limit=50`, '10.0.7.60', 200, g.exp(18) + 4, H.apiPulls);
      else done('POST', `/api/v1/repos/${r}/statuses/${g.hex(40)}`, '10.0.7.60', 201, g.exp(12) + 4, H.apiStatus);
    };
    const health = () => done('GET', '/api/healthz', '127.0.0.1', 200, g.float(0.3, 2.5, 1) * 1, H.health);
    const events = () => { const [, ip] = g.zipf(users.slice(0, 4), 1); g.e('routerPolling', 'GET', '/user/events', ip, ep(), ms(g.int(1000, 120000) + g.r()), H.events); };
    const ssh = () => {
      const [u, ip] = g.zipf(users.filter((x) => x[0] !== 'ci-bot'), 1);
      void u; g.e('sshPubKey', `SHA256:${g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`, ip, ep());
    };
    const scanner = () => {
      const ip = g.ip(g.pick(['203.0.113', '198.51.100'])), port = ep();
      const w = g.wpick([[3, 'sshFailedAuth'], [2, 'sshConnErr'], [1, 'crawler']]);
      if (w === 'sshFailedAuth') g.e(w, ip, port);
      else if (w === 'sshConnErr') g.e(w, ip, port, g.pick(['ssh: disconnect, reason 11: Bye Bye', 'EOF', '[ssh: no auth passed yet, permission denied]', 'read tcp 10.0.7.5:2222->' + ip + ':' + port + ': read: connection reset by peer']));
      else for (const p of ['/.env', '/wp-login.php', '/.git/config', '/phpmyadmin/index.php'].slice(0, g.int(1, 4))) done('GET', p, ip, 404, g.exp(3) + 0.5, H.notFound);
    };
    const badLogin = (u = g.pick(['alice', 'bob', 'carol', 'admin']), ip = g.pick(users)[1]) => {
      g.e('basicAuthFail', u, ip, ep(), g.pick(["user's password is invalid [uid: " + g.int(1, 40) + ', name: ' + u + ']', 'user does not exist [uid: 0, name: ' + u + ']', 'user account is disabled [uid: 17, name: ' + u + ']']));
      done('POST', '/user/login', ip, 200, g.exp(90) + 40, H.loginPost);
    };
    const mail = () => {
      const r = g.zipf(repos.slice(0, 6), 1), n = g.int(12, 260), to = g.pick(['alice@example.com', 'bob@example.com', 'carol@example.com', 'dmitri@example.net']);
      const subj = g.pick([`Re: [${r}] Fix checkout rounding error (PR #${n})`, `[${r}] New issue: Login page shows blank screen on Safari (#${n})`, `Re: [${r}] Bump golang.org/x/net to v0.24.0 (PR #${n})`, `[${r}] Release v2.${g.int(1, 9)}.${g.int(0, 9)} published`]);
      g.e('mailSend', to, subj); g.e('mailSent', to, subj);
    };
    const cron = () => {
      const [t, d] = g.zipf([['update_mirrors', 2000], ['repo_health_check', 800], ['check_repo_stats', 1200], ['delete_old_actions', 50], ['archive_cleanup', 30], ['cleanup_hook_task_table', 60], ['update_checker', 400]], 1);
      g.e('cronStart', t);
      if (t === 'update_mirrors' && g.chance(0.3)) g.e('mirrorFail', g.pick(['mirrors/go-yaml', 'mirrors/zlib']), g.pick(['fatal: unable to access \'https://git.example.net/upstream/zlib.git/\': Could not resolve host: git.example.net', 'fatal: could not read Username for \'https://git.example.net\': terminal prompts disabled']));
      g.e('cronDone', t, ms(g.exp(d) + 1));
    };
    const boot = (upgrade) => {
      g.e('startingPid', pid);
      g.e('version', VER, '4.4.1', 'go1.21.9', 'bindata, timetzdata, sqlite, sqlite_unlock_notify');
      g.e('runMode', 'prod'); g.e('appPath', '/usr/local/bin/gitea'); g.e('workPath', '/data/gitea'); g.e('customPath', '/data/gitea'); g.e('configFile', '/data/gitea/conf/app.ini');
      g.e('logMode', 'Console', 'Console', 'INFO');
      g.e('gitVersion', '2.43.0', '/data/gitea/home');
      g.e('pingDb', 'postgres'); g.e('orm');
      if (upgrade) for (const [n, d] of [[281, 'Add auth_token table'], [282, 'Add Index to pull_auto_merge.doer_id'], [283, 'Add combined Index to issue_user.uid and issue_id']]) g.e('migration', n, d);
      g.e('issueIndexer', ms(g.int(2, 40) + g.r())); g.e('repoIndexer', ms(g.int(5, 90) + g.r()));
      g.e('listen', 'http', '0.0.0.0', 3000); g.e('appUrl', 'https://git.example.com/'); g.e('lfs');
      g.e('webServer', '0.0.0.0', 3000, pid); g.e('sshServer', '0.0.0.0', 2222, pid);
    };
    drive(g, {
      gapMs: 9000,
      startup: () => boot(false),
      steady: [
        [30, browse], [12, gitHttp], [7, ciPoll], [5, health], [5, events], [6, ssh], [3, scanner], [1.2, () => badLogin()], [1.5, mail], [2, cron],
        [0.6, () => { const [u] = g.pick(users); const r = g.pick(['web/shop-backend', 'infra/old-scripts', 'alice/scratch']); g.e('repoNotFound', r, r.split('/')[0], r.split('/')[1]); void u; }],
        [0.5, () => g.e('webhookFail', ++webhookTask, `unable to deliver webhook task[${webhookTask}] in https://ci.example.com/hooks/gitea due to error in http client: Post "https://ci.example.com/hooks/gitea": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`)],
        [0.5, () => { const r = g.pick(['infra/ansible', 'infra/k8s-manifests']); g.e('permDenied', `${g.pick([9, 14])}:${g.pick(['eve.k', 'dmitri'])}`, g.pick(['TypeCode', 'TypeIssues', 'TypePullRequests']), `${g.pick([4, 5])}:${r}`); done('GET', `/${r}/src/branch/main`, g.pick(['10.0.7.52', '198.51.100.41']), 404, g.exp(8) + 2, H.notFound); }],
        [0.5, () => g.e('sshUnknownKey', `SHA256:${g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`, g.pick(users)[1], ep())],
      ],
      rare: [
        () => { const ip = g.ip('203.0.113'); for (let k = 0; k < 5; k++) { badLogin(g.pick(['admin', 'root', 'gitea', 'test']), ip); g.advance(g.int(500, 4000)); } },
        () => { g.e('slowSql', 'SELECT `action`.* FROM `action` INNER JOIN `repository` ON `repository`.id = `action`.repo_id WHERE user_id=$1 AND is_deleted=$2 ORDER BY `action`.`created_unix` DESC LIMIT 20', '[3 false]', '5.12' + g.int(1000, 9999) + 's'); },
        () => { g.e('slowSql', 'UPDATE "repository" SET "num_closed_pulls"=(SELECT count(*) FROM "pull_request" WHERE base_repo_id=$1 AND is_closed=$2) WHERE "id"=$3', '[12 true 12]', '6.0' + g.int(10000, 99999) + 's'); },
        () => { g.e('panic', 'runtime error: invalid memory address or nil pointer dereference'); done('GET', `/${repos[2]}/compare/main...feature/new-inventory`, '10.0.7.34', 500, g.exp(30) + 5, 'repo/compare.go:692(repo.CompareDiff)'); },
        () => { for (let k = 0; k < 3; k++) { g.e('mailFail', 'alice@example.com', g.pick(['[web/shop-api] New issue: Checkout fails with 502 (#231)', 'Re: [web/shop-api] Retry payment webhook (PR #232)']), 'dial tcp 10.0.7.9:587: connect: connection refused'); g.advance(g.int(5000, 30000)); } },
        () => { for (let k = 0; k < 3; k++) { const r = 'mirrors/zlib'; g.e('cronStart', 'update_mirrors'); g.e('mirrorFail', r, "fatal: unable to access 'https://git.example.net/upstream/zlib.git/': The requested URL returned error: 503"); g.e('cronDone', 'update_mirrors', ms(g.int(900, 4000) + g.r())); g.advance(600000); } },
        () => { for (let k = 0; k < 4; k++) { const ip = g.ip('198.51.100'); g.e('sshConnErr', ip, ep(), '[ssh: no auth passed yet, permission denied]'); } },
        () => { // image upgrade: graceful shutdown and start with migrations
          g.e('signal', 'terminated'); g.e('bgClosed', pid, 'context canceled');
          g.e('listenerClosed', '[::]', 3000); g.e('webFinished', pid);
          g.advance(g.int(10000, 30000)); pid = g.int(6, 20); boot(true);
        },
      ],
    });
  },
};
