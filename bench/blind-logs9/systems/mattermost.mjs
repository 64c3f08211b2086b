// ========================================================== Mattermost ====
// Mattermost Team Edition 9.5 in Docker with PostgreSQL, local file storage,
// the GitHub, Jira and Playbooks plugins, push notifications through the
// hosted proxy, SMTP for email notifications, outgoing webhooks to a CI
// system: LogSettings ConsoleLevel INFO, ConsoleJson false.
// Raw line (console format):
// 'error [2025-05-13 10:04:05.123 Z] Unable to find the existing channel.  caller="web/context.go:114" path=/api/v4/channels/... request_id=... ip_addr=10.0.8.21 user_id=... method=GET err_where=GetChannel http_code=404 error="GetChannel: ..."'
// -> Content is the msg text and the key=value fields as the console
// format prints them (values with spaces or quotes double-quoted, Go-style
// escaped), the padding between msg and fields collapsed to one space:
// the level, the bracketed timestamp and the caller="file.go:line" field
// are the header.
import { drive } from '../lib.mjs';

const VER = '9.5.3';
const API = 'path=<*> request_id=<*> ip_addr=<*> user_id=<*> method=<*> err_where=<*> http_code=<*> error="<*>"';
const API_ANON = 'path=<*> request_id=<*> ip_addr=<*> method=<*> err_where=<*> http_code=<*> error="<*>"';

export default {
  name: 'Mattermost',
  templates: {
    init: 'Server is initializing... go_version=<*>',
    pinging: 'Pinging SQL database=<*>',
    pingFail: 'Failed to ping DB error="<*>" retrying in seconds=<*>',
    version: 'Current version is <*> (<*>/<*>/<*>/<*>) current_version=<*> build_number=<*> build_date="<*>" build_hash=<*> build_hash_enterprise=<*>',
    enterprise: 'Enterprise Build enterprise_build=<*>',
    cwd: 'Printing current working directory cwd=<*>',
    loadedConfig: 'Loaded config source=<*>',
    hubs: 'Starting websocket hubs number_of_hubs=<*>',
    postSize: 'Post.Message has size restrictions max_characters=<*> max_bytes=<*>',
    startingServer: 'Starting Server...',
    listening: 'Server is listening on <*> address=<*>',
    startWorkers: 'Starting workers',
    startSchedulers: 'Starting schedulers.',
    pluginActivated: 'Activated plugin plugin_id=<*> version=<*>',
    stopping: 'Stopping Server...',
    stopSchedulers: 'Stopping schedulers.',
    stopWorkers: 'Stopping workers',
    closingStore: 'Closing SqlStore',
    stopped: 'Server stopped',
    apiSession: `Invalid or expired session, please login again. ${API_ANON}`,
    apiChannel: `Unable to find the existing channel. ${API}`,
    apiPerm: `You do not have the appropriate permissions. ${API}`,
    apiFile: `Unable to find the file. ${API}`,
    apiUser: `Unable to find the user. ${API}`,
    apiLogin: `Enter a valid email or username and/or password, or sign in using another method. ${API_ANON}`,
    apiTooLarge: `Unable to upload file(s). File exceeds the maximum allowed size. ${API}`,
    apiInternal: `We encountered an error saving the post. ${API}`,
    apiWsUpgrade: `Failed to upgrade websocket connection. ${API}`,
    csrf: 'CSRF Header check failed for request - Please upgrade your web application or custom app to set a CSRF Header path=<*> ip=<*> session_id=<*> user_id=<*> token_location=<*>',
    wsClose: 'websocket.NextReader: closing websocket user_id=<*> conn_id=<*> error="<*>"',
    wsDead: 'websocket.WriteMessage: could not write to a dead connection user_id=<*> conn_id=<*>',
    jobDone: 'Worker: Job is complete worker=<*> job_id=<*>',
    jobFailed: 'Worker: Job failed worker=<*> job_id=<*> error="<*>"',
    pushFail: 'Failed to send push notification user_id=<*> device_id=<*> push_type=<*> error="<*>"',
    pushRemoved: 'Device session removed after push proxy rejected it user_id=<*> device_id=<*>',
    emailFail: 'Unable to send email notification user_id=<*> post_id=<*> error="<*>"',
    hookFail: 'Event POST failed. error="<*>"',
    incomingParse: 'Unable to parse incoming data for webhook. hook_id=<*> error="<*>"',
    preview: 'Failed to get opengraph metadata for link url=<*> error="<*>"',
    healthFail: 'Health check failed for plugin plugin_id=<*> error="<*>"',
    pluginRestart: 'Restarting plugin due to failed health check plugin_id=<*>',
    pluginLog: 'Received webhook event plugin_id=<*> event=<*> repo=<*> delivery=<*>',
    jiraErr: 'Failed to fetch issue plugin_id=<*> instance=<*> issue=<*> error="<*>"',
    licenseNone: 'License key from https://mattermost.com required to unlock enterprise features.',
    sessionRevoke: 'Revoking session that was created from another IP user_id=<*> session_id=<*> old_ip=<*> new_ip=<*>',
  },
  scenario(g) {
    // the console format quotes a value with spaces and escapes its inner
    // quotes and backslashes Go-style: escape every value of a ="<*>" slot
    const emit = g.e.bind(g);
    g.e = (key, ...vals) => {
      const parts = this.templates[key].split('<*>');
      return emit(key, ...vals.map((v, i) => (parts[i].endsWith('="') ? String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"') : v)));
    };
    const id = () => g.alnum(26, 'abcdefghijkmnopqrstuwxyz13456789');
    const users = Array.from({ length: 14 }, () => ({ id: id(), ip: `10.0.8.${g.int(20, 90)}` }));
    const channels = Array.from({ length: 10 }, () => id());
    const jobs = [['ExpiryNotify', 4], ['PostPersistentNotifications', 4], ['ActiveUsers', 1], ['CleanupDesktopTokens', 1], ['ProductNotices', 0.5], ['MigrationsWorker', 0.3], ['ExportDelete', 0.3], ['CleanupOldRemoteClusters', 0.2], ['RefreshPostStats', 0.4]];
    const rid = () => id();
    const anon = ['198.51.100.' + g.int(2, 250), '203.0.113.' + g.int(2, 250), '10.0.8.' + g.int(91, 99)];
    const api = (key, path, method, where, code, err) => {
      const u = g.zipf(users, 0.9);
      g.e(key, path, rid(), u.ip, u.id, method, where, code, err);
    };
    const errors = () => {
      const w = g.wpick([[30, 'session'], [12, 'channel'], [8, 'perm'], [5, 'file'], [4, 'user'], [6, 'login'], [2, 'ws'], [1, 'large']]);
      if (w === 'session') {
        const p = g.pick(['/api/v4/users/me', '/api/v4/websocket', '/api/v4/users/me/teams/unread', '/api/v4/system/ping', '/api/v4/users/me/preferences']);
        g.e('apiSession', p, rid(), g.pick([...users.map((u) => u.ip), ...anon]), 'GET', 'ServeHTTP', 401, 'ServeHTTP: Invalid or expired session, please login again., token=' + id());
      } else if (w === 'channel') { const c = g.zipf(channels, 1); api('apiChannel', `/api/v4/channels/${c}`, 'GET', 'GetChannel', 404, `GetChannel: Unable to find the existing channel., resource: Channel id: ${c}`); }
      else if (w === 'perm') { const c = g.zipf(channels, 1); api('apiPerm', g.pick([`/api/v4/channels/${c}/members`, `/api/v4/teams/${id()}/members`, `/api/v4/channels/${c}/posts`]), g.pick(['GET', 'POST']), 'Permissions', 403, g.pick(['userId=' + id() + ', teamId=, permission=read_channel_content', 'userId=' + id() + ', channelId=' + c + ', permission=create_post'])); }
      else if (w === 'file') { const f = id(); api('apiFile', `/api/v4/files/${f}/preview`, 'GET', 'GetFileInfo', 404, `GetFileInfo: Unable to find the file., resource: FileInfo id: ${f}`); }
      else if (w === 'user') { const u = id(); api('apiUser', `/api/v4/users/${u}`, 'GET', 'GetUser', 404, `GetUser: Unable to find the user., resource: User id: ${u}`); }
      else if (w === 'login') g.e('apiLogin', '/api/v4/users/login', rid(), g.pick(anon), 'POST', 'authenticateUser', 401, 'authenticateUser: Enter a valid email or username and/or password, or sign in using another method., invalid password');
      else if (w === 'ws') api('apiWsUpgrade', '/api/v4/websocket', 'GET', 'connect', 500, "websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header");
      else api('apiTooLarge', '/api/v4/files', 'POST', 'uploadFileStream', 413, `uploadFileStream: Unable to upload file(s). File exceeds the maximum allowed size., http: request body too large`);
    };
    const ws = () => {
      const u = g.zipf(users, 0.8);
      if (g.chance(0.85)) g.e('wsClose', u.id, id(), g.pick(['websocket: close 1001 (going away)', 'websocket: close 1006 (abnormal closure): unexpected EOF', 'read tcp 172.18.0.4:8065->172.18.0.2:' + g.int(32768, 60999) + ': i/o timeout', 'websocket: close 1005 (no status)']));
      else g.e('wsDead', u.id, id());
    };
    const job = () => g.e('jobDone', g.wpick(jobs.map(([n, w]) => [w, n])), id());
    const push = () => {
      const u = g.zipf(users, 1);
      const dev = g.pick(['apple_rn-v2:', 'android_rn-v2:']) + g.alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');
      if (g.chance(0.8)) g.e('pushFail', u.id, dev, g.pick(['message', 'clear', 'update_badge']), g.pick(['Post "https://push.mattermost.com/api/v1/send_push": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'push proxy returned status 502']));
      else g.e('pushRemoved', u.id, dev);
    };
    const plugin = () => {
      if (g.chance(0.8)) g.e('pluginLog', 'github', g.pick(['push', 'pull_request', 'issue_comment', 'pull_request_review']), g.pick(['acme/shop-api', 'acme/shop-web', 'acme/infra']), g.uuid());
      else { const is = g.pick(['OPS-1421', 'SHOP-873', 'OPS-1399']); g.e('jiraErr', 'jira', 'https://jira.example.com', is, g.pick(['issue does not exist or you do not have permission to see it', `Get "https://jira.example.com/rest/api/2/issue/${is}": context deadline exceeded`])); }
    };
    const boot = () => {
      g.e('init', 'go1.21.8');
      g.e('pinging', 'master');
      g.e('version', VER, VER, 'Thu Apr 10 17:22:45 UTC 2025', '6f8a2c1d0e3b', 'none', VER, 9021, 'Thu Apr 10 17:22:45 UTC 2025', '6f8a2c1d0e3b', 'none');
      g.e('enterprise', 'false');
      g.e('cwd', '/mattermost');
      g.e('loadedConfig', 'file:///mattermost/config/config.json');
      g.e('licenseNone');
      g.e('hubs', 8);
      g.e('postSize', 16383, 65535);
      for (const [p, v] of [['github', '2.2.0'], ['jira', '4.1.1'], ['playbooks', '1.39.3']]) g.e('pluginActivated', p, v);
      g.e('startingServer');
      g.e('listening', '[::]:8065', '[::]:8065');
      g.e('startWorkers'); g.e('startSchedulers');
    };
    drive(g, {
      gapMs: 2200,
      startup: boot,
      steady: [[36, errors], [16, ws], [14, job], [6, push], [5, plugin],
        [0.8, () => { const u = g.zipf(users, 1); g.e('csrf', g.pick(['/api/v4/channels/members/me/view', '/api/v4/posts']), u.ip, id(), u.id, 'Header'); }],
        [0.6, () => { const [u, why] = g.pick([['https://intranet.example.com/wiki/Runbooks', 'x509: certificate signed by unknown authority'], ['http://10.0.9.5:3000/d/abc', 'dial tcp 10.0.9.5:3000: i/o timeout'], ['https://status.example.net/', 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)']]); g.e('preview', u, `Get "${u}": ${why}`); }],
        [0.5, () => { const u = g.zipf(users, 1); g.e('emailFail', u.id, id(), 'SendMail: Unable to send email: 421 4.7.0 Try again later, closing connection.'); }],
      ],
      rare: [
        () => { for (let k = 0; k < 3; k++) { g.e('hookFail', `Post "https://ci.example.com/hooks/mattermost": dial tcp 10.0.6.70:443: connect: ${g.pick(['connection refused', 'no route to host'])}`); g.advance(g.int(20000, 90000)); } },
        () => g.e('hookFail', 'Post "https://ci.example.com/hooks/mattermost": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'),
        () => g.e('incomingParse', id(), "json: cannot unmarshal number into Go struct field IncomingWebhookRequest.text of type string"),
        () => { g.e('healthFail', 'jira', 'plugin RPC connection is not responding'); g.e('pluginRestart', 'jira'); g.e('pluginActivated', 'jira', '4.1.1'); },
        () => g.e('jobFailed', 'ExportProcess', id(), 'ExportProcess: Failed to export the data., open ./data/export/1747: permission denied'),
        () => g.e('jobFailed', 'LdapSync', id(), 'LdapSync: Unable to sync: LDAP is not enabled or licensed'),
        () => { const u = g.zipf(users, 1); api('apiInternal', `/api/v4/posts`, 'POST', 'CreatePost', 500, 'CreatePost: We encountered an error saving the post., pq: could not serialize access due to concurrent update'); g.e('sessionRevoke', u.id, id(), u.ip, '198.51.100.' + g.int(2, 250)); },
        () => { // image update: restart, database briefly unreachable
          g.e('stopping'); g.e('stopSchedulers'); g.e('stopWorkers'); g.e('closingStore'); g.e('stopped');
          g.advance(8000);
          g.e('init', 'go1.21.8');
          for (let k = 0; k < 2; k++) { g.e('pingFail', 'dial tcp 172.18.0.3:5432: connect: connection refused', 10); g.advance(10000); }
          g.e('pinging', 'master');
          g.e('version', VER, VER, 'Thu Apr 10 17:22:45 UTC 2025', '6f8a2c1d0e3b', 'none', VER, 9021, 'Thu Apr 10 17:22:45 UTC 2025', '6f8a2c1d0e3b', 'none');
          g.e('enterprise', 'false'); g.e('cwd', '/mattermost'); g.e('loadedConfig', 'file:///mattermost/config/config.json'); g.e('hubs', 8); g.e('postSize', 16383, 65535);
          for (const [p, v] of [['github', '2.2.0'], ['jira', '4.1.1'], ['playbooks', '1.39.3']]) g.e('pluginActivated', p, v);
          g.e('startingServer'); g.e('listening', '[::]:8065', '[::]:8065'); g.e('startWorkers'); g.e('startSchedulers');
        },
      ],
    });
  },
};
