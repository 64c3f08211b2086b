// =========================================================== Nextcloud ====
// Nextcloud 29 (apache image) for a family and a small office: desktop and
// mobile sync clients, photo auto-upload, web and Collabora, cron in a
// sidecar container, Redis file locking. loglevel 1 (info); the admin_audit
// app is enabled and writes into the same nextcloud.log.
// Raw line: '{"reqId":"Zf7kq3x2Vb9LmR0aQ1","level":1,"time":"2025-04-08T10:04:05+00:00","remoteAddr":"10.0.4.21","user":"alice","app":"admin_audit","method":"PUT","url":"/remote.php/dav/files/alice/Documents/Budget%202025.xlsx","message":"File written to: \"/Documents/Budget 2025.xlsx\"","userAgent":"Mozilla/5.0 (Linux) mirall/3.12.3","version":"29.0.4.1","data":{"app":"admin_audit"}}'
// -> Content is the value of "message", JSON-decoded (so \" becomes " and
// \\ a single backslash); every other key of the record (reqId, level,
// time, remoteAddr, user, app, method, url, userAgent, version, data,
// exception) is header.
import { drive, pad } from '../lib.mjs';

export default {
  name: 'Nextcloud',
  templates: {
    loginAttempt: 'Login attempt: "<*>"',
    loginOk: 'Login successful: "<*>"',
    logout: 'Logout occurred',
    fileAccessed: 'File accessed: "<*>"',
    fileWritten: 'File written to: "<*>"',
    fileCreated: 'File created: "<*>"',
    fileDeleted: 'File deleted: "<*>"',
    fileRenamed: 'File renamed: "<*>" to "<*>"',
    fileCopied: 'File copied: "<*>" to "<*>"',
    preview: 'Preview accessed: "<*>" (width: "<*>", height: "<*>", crop: "<*>", mode: "<*>")',
    trashDeleted: 'File "<*>" deleted from trash bin.',
    shareLink: 'The "<*>" "<*>" with ID "<*>" has been shared via link with permissions "<*>" (Share ID: <*>)',
    shareUser: 'The "<*>" "<*>" with ID "<*>" has been shared to the user "<*>" with permissions "<*>" (Share ID: <*>)',
    shareGroup: 'The "<*>" "<*>" with ID "<*>" has been shared to the group "<*>" with permissions "<*>" (Share ID: <*>)',
    unshared: 'The "<*>" "<*>" with ID "<*>" has been unshared (Share ID: <*>)',
    appEnabled: 'App enabled: "<*>"',
    pwChanged: 'Password of user "<*>" has been changed',
    loginFailed: 'Login failed: <*> (Remote IP: <*>)',
    bruteforce: 'Bruteforce attempt from "<*>" detected for action "<*>".',
    trustedDomain: 'Trusted domain error. "<*>" tried to access using "<*>" as host.',
    notLocated: 'File with name <*> could not be located',
    sizeMismatch: 'Expected filesize of <*> bytes but read (from Nextcloud client) and wrote (to Nextcloud storage) <*> bytes. Could either be a network problem on the sending side or a problem writing to the storage on the server side.',
    locked: '"<*>" is locked, existing lock on file: <*>',
    undefKey: 'Undefined array key "<*>" at <*>#<*>',
    arrayOffset: 'Trying to access array offset on value of type <*> at <*>#<*>',
    fopen: 'fopen(<*>): Failed to open stream: <*> at <*>#<*>',
    previewFailed: 'Failed to generate preview for file id <*>: <*>',
    noResource: 'Could not find resource <*> to load',
    appIncompatible: 'App "<*>" cannot be installed because it is not compatible with this version of the server.',
    appstore: 'Could not connect to appstore: <*>',
    collabora: 'Failed to fetch the Collabora capabilities endpoint: <*>',
    sqlError: 'An exception occurred while executing a query: SQLSTATE[<*>]: <*>',
    noSpace: 'Insufficient space in <*>, <*> required, <*> available',
    trashExpire: 'remove "<*>" (<*>B) for user "<*>" from trashbin because it exceeds max retention obligation term',
    jobSlow: 'Background job <*> (id: <*>, arguments: <*>) ran for <*> seconds',
    jobError: 'Error while running background job <*> (id: <*>, arguments: <*>)',
    deprecatedEvent: 'Deprecated event type for <*>: <*> is used',
    reminderFailed: 'Could not send reminder for calendar object <*>: <*>',
    redisGone: 'Redis server went away',
    memcache: 'Memcache <*> not available for local cache',
    maintOn: 'Turned on maintenance mode',
    updSchema: 'Updating database schema',
    updDb: 'Updated database',
    updatingApp: 'Updating <<*>> ...',
    updatedApp: 'Updated <<*>> to <*>',
    updOk: 'Update successful',
    maintOff: 'Turned off maintenance mode',
  },
  scenario(g) {
    const HOSTN = 'cloud.example.com';
    const users = ['alice', 'bob', 'carol', 'dan.w', 'jo', 'scanner'];
    const files = {
      alice: ['/Documents/Budget 2025.xlsx', '/Notes/Shopping list.md', '/Work/Project Plan v3.docx', '/Work/Meeting notes 2025-04-07.md', '/Documents/Tax/2024 return.pdf', '/Work/Quarterly Report Q1.pptx', '/Documents/Recipes/Lemon cake.md', '/Notes/Todo.md'],
      bob: ['/Music/Playlists/Road trip.m3u', '/Documents/Car insurance.pdf', '/Garage/Bike service log.ods', '/Documents/Invoices/Invoice 0412.pdf', '/Notes/Ideas.md'],
      carol: ['/Work/Clients/Harbor Dental/Contract draft.docx', '/Work/Clients/Harbor Dental/Logo final.svg', '/Work/Timesheet April.ods', '/Work/Proposal - Green Street.pdf', '/Personal/CV 2025.docx'],
      'dan.w': ['/School/Physics lab report.docx', '/School/History essay (final).docx', '/Games/Saves/world1.zip'],
      jo: ['/Documents/Passport scan.pdf', '/Notes/Garden plan.md', '/Documents/Lease agreement 2024.pdf'],
      scanner: ['/Scans/scan_0001.pdf'],
    };
    const photos = [];
    const photoName = (u, t = g.t) => {
      const d = new Date(t);
      return `/${u === 'alice' ? 'InstantUpload/Camera' : 'Photos/Camera'}/PXL_${g.ymd(t, '')}_${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}.jpg`;
    };
    for (let k = 0; k < 25; k++) { const u = g.zipf(['alice', 'jo', 'bob'], 1); photos.push({ u, p: photoName(u, g.t - g.int(1, 40 * 86400) * 1000) }); }
    const ids = new Map(); let nextId = 48000 + g.int(0, 9000), shareId = 310 + g.int(0, 40), jobId = 1200;
    const fid = (p) => { if (!ids.has(p)) ids.set(p, nextId += g.int(1, 40)); return ids.get(p); };
    const ipOf = { alice: '10.0.4.21', bob: '10.0.4.35', carol: '198.51.100.23', 'dan.w': '10.0.4.52', jo: '10.0.4.60', scanner: '10.0.4.9' };
    const userFile = (u) => g.zipf(files[u], 1.1);
    const pickUser = () => g.zipf(users, 1.0);
    const jobs = [['OCA\\Files_Trashbin\\BackgroundJob\\ExpireTrash', 'null'], ['OCA\\Files_Versions\\BackgroundJob\\ExpireVersions', 'null'],
      ['OCA\\Files\\BackgroundJob\\ScanFiles', 'null'], ['OCA\\Preview\\BackgroundJob\\GeneratePreviews', 'null'],
      ['OCA\\DAV\\BackgroundJob\\EventReminderJob', 'null'], ['OCA\\Activity\\BackgroundJob\\EmailNotification', 'null'],
      ['OCA\\DAV\\BackgroundJob\\BuildReminderIndexBackgroundJob', '{"offset":0,"stopAt":1842}'],
      ['OCA\\Files_Sharing\\ExpireSharesJob', 'null'], ['OC\\Core\\BackgroundJobs\\CheckForUserCertificates', 'null'],
      ['OCA\\Richdocuments\\Backgroundjobs\\ObtainCapabilities', 'null'], ['OCA\\UserStatus\\BackgroundJob\\ClearOldStatusesBackgroundJob', 'null']].map(([c, a]) => ({ c, a, id: jobId += g.int(1, 30) }));
    const access = () => {
      const u = pickUser();
      const n = g.int(1, 4);
      for (let k = 0; k < n; k++) g.e('fileAccessed', userFile(u));
    };
    const write = () => {
      const u = pickUser(), f = userFile(u);
      if (g.chance(0.35)) g.e('fileAccessed', f);
      g.e('fileWritten', f);
      if (g.chance(0.03)) g.e('locked', `files/${g.hex(32)}`, g.wpick([[3, 'exclusive'], [2, '1 shared locks'], [1, `${g.int(2, 4)} shared locks`]]));
    };
    const upload = () => { // auto-upload of a new photo
      const u = g.zipf(['alice', 'jo', 'bob'], 1), p = photoName(u);
      photos.unshift({ u, p }); if (photos.length > 60) photos.pop();
      g.e('fileCreated', p); g.e('fileWritten', p);
    };
    const gallery = () => {
      const n = g.int(2, 7);
      for (let k = 0; k < n; k++) { const ph = g.zipf(photos, 0.7); const [w, h] = g.pick([[256, 256], [1024, 1024], [3000, 4000], [64, 64]]); g.e('preview', ph.p, w, h, w === h ? 'true' : 'false', w === h ? 'fill' : 'cover'); }
    };
    const create = () => {
      const u = pickUser();
      const p = g.pick(['/Notes/', '/Documents/', '/Work/']) + g.pick(['Untitled document.md', 'New folder', 'Meeting notes ' + g.ymd(g.t, '-') + '.md', 'Draft.docx', 'scan_' + g.int(1000, 9999) + '.pdf']);
      g.e('fileCreated', p); if (g.chance(0.6)) g.e('fileWritten', p);
      if (g.chance(0.4)) { const q = p.replace(/[^/]+$/, g.pick(['Agenda.md', 'Notes for Friday.md', 'Final.docx', 'Old drafts'])); g.e('fileRenamed', p, q); }
      else if (g.chance(0.3)) g.e('fileDeleted', p);
    };
    const remove = () => { const u = pickUser(); const f = g.chance(0.5) ? userFile(u) : g.zipf(photos, 0.5).p; g.e('fileDeleted', f); };
    const login = () => {
      const u = g.zipf(users.slice(0, 5), 1); g.e('loginAttempt', u); g.e('loginOk', u);
    };
    const failed = (u = g.pick(['alice', 'bob', 'carol', 'Alice', 'admin']), ip = g.pick(Object.values(ipOf))) => { g.e('loginAttempt', u); g.e('loginFailed', u, ip); };
    const share = () => {
      const u = pickUser(), f = userFile(u), kind = f.includes('.') ? 'file' : 'folder';
      const w = g.wpick([[3, 'shareLink'], [2, 'shareUser'], [1, 'shareGroup'], [1, 'unshared']]);
      if (w === 'shareLink') g.e(w, kind, f, fid(f), 1, ++shareId);
      else if (w === 'shareUser') g.e(w, kind, f, fid(f), g.pick(users.filter((x) => x !== u && x !== 'scanner')), g.pick([19, 31, 17]), ++shareId);
      else if (w === 'shareGroup') g.e(w, kind, f, fid(f), g.pick(['family', 'office', 'Harbor Dental team']), 19, ++shareId);
      else g.e(w, kind, f, fid(f), shareId - g.int(1, 20));
    };
    const phpWarn = () => {
      const w = g.wpick([[3, 'undefKey'], [2, 'arrayOffset']]);
      const [file, line] = g.zipf([['/var/www/html/apps/calendar/lib/Service/Appointments/AvailabilityGenerator.php', 112], ['/var/www/html/lib/private/User/User.php', 561],
        ['/var/www/html/apps/richdocuments/lib/Controller/DocumentController.php', 390], ['/var/www/html/custom_apps/news/lib/Fetcher/FeedFetcher.php', 287]], 1);
      if (w === 'undefKey') g.e(w, g.pick(['quota', 'displayname', 'HTTP_OCS_APIREQUEST', 'timezone']), file, line); else g.e(w, 'null', file, line);
    };
    const slowJob = () => { const j = g.zipf(jobs, 0.9); g.e('jobSlow', j.c, j.id, j.a, g.int(30, 900)); };
    const notFound = () => { const u = pickUser(); g.e('notLocated', `//${u === 'scanner' ? 'Scans' : 'Documents'}/${g.pick(['Budget 2025 (conflicted copy 2025-04-07 184512).xlsx', '.~lock.Budget 2025.xlsx#', 'desktop.ini', 'Thumbs.db', '.DS_Store', 'Old notes.md'])}`); };
    const trash = () => { const u = pickUser(); const f = (g.chance(0.5) ? userFile(u) : g.zipf(photos, 0.5).p).split('/').pop(); g.e('trashExpire', `${f}.d${Math.floor(g.t / 1000) - g.int(40, 90) * 86400}`, g.int(1200, 4800000), u); };
    drive(g, {
      gapMs: 30000,
      startup: () => { for (let k = 0; k < 4; k++) { access(); login(); } },
      steady: [
        [30, access], [14, write], [9, gallery], [7, upload], [4, create], [3, remove], [4.5, login], [2, () => g.e('logout')],
        [1.5, share], [1.8, () => failed()], [2, notFound], [1.8, phpWarn], [1, slowJob], [1.2, trash],
        [0.6, () => g.e('deprecatedEvent', 'OCA\\Files::loadAdditionalScripts', 'OCA\\Files\\Event\\LoadAdditionalScriptsEvent')],
        [0.6, () => g.e('noResource', g.pick(['core/js/mimetypelist.js', 'theming/css/default.css', 'calendar/l10n/en_GB.js']))],
        [0.5, () => { const ph = g.zipf(photos, 0.5); g.e('previewFailed', fid(ph.p), g.pick(['The original file does not exist', 'Could not read image data', 'Image is too large to generate a preview'])); }],
      ],
      rare: [
        () => { const ip = g.ip('203.0.113'); for (let k = 0; k < 6; k++) { failed(g.pick(['admin', 'administrator', 'test', 'alice']), ip); g.advance(g.int(2000, 9000)); } g.e('bruteforce', ip, 'login'); failed('admin', ip); },
        () => { g.e('trustedDomain', g.ip('198.51.100'), '10.0.4.5'); g.e('trustedDomain', g.ip('198.51.100'), 'nextcloud.example.net'); },
        () => { const f = files.carol[3]; g.e('sizeMismatch', 48211988, g.int(1000000, 30000000)); g.e('fileDeleted', f); },
        () => { g.e('noSpace', '/carol/files/Work/Clients/Harbor Dental', 734003200, 102400); g.e('noSpace', '/carol/files/Work/Clients/Harbor Dental', 734003200, 98304); },
        () => { g.e('sqlError', 'HY000', 'General error: 1205 Lock wait timeout exceeded; try restarting transaction'); g.advance(5000); g.e('sqlError', '40001', 'Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction'); },
        () => { for (let k = 0; k < 3; k++) { g.e('redisGone'); g.advance(g.int(500, 3000)); } },
        () => { g.e('appstore', 'cURL error 28: Operation timed out after 60001 milliseconds with 0 out of 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://apps.nextcloud.com/api/v1/apps.json'); g.e('appIncompatible', 'news'); },
        () => { for (let k = 0; k < 2; k++) { g.e('collabora', 'cURL error 7: Failed to connect to office.example.com port 443 after 3 ms: Couldn\'t connect to server'); g.advance(300000); } },
        () => { const j = jobs[4]; g.e('jobError', j.c, j.id, j.a); g.e('reminderFailed', `${g.uuid()}.ics`, 'Expected a string, got null'); },
        () => g.e('memcache', '\\OC\\Memcache\\APCu'),
        () => { // two sync clients race on the same spreadsheet
          const f = files.alice[0];
          for (const lock of ['exclusive', '1 shared locks', 'exclusive']) { g.e('fileAccessed', f); g.e('locked', `files/${g.hex(32)}`, lock); g.advance(g.int(1000, 9000)); }
          g.e('fileWritten', f);
        },
        () => g.e('fopen', '/var/www/html/data/scanner/files/Scans/scan_0001.pdf', 'Permission denied', '/var/www/html/lib/private/Files/Storage/Local.php', 323),
        () => { g.e('pwChanged', 'dan.w'); g.e('trashDeleted', '/School/Physics lab report (old).docx'); g.e('fileCopied', '/School/Physics lab report.docx', '/School/Physics lab report (old).docx'); },
        () => { // image update: the container runs the upgrade
          g.e('maintOn'); g.e('updSchema'); g.e('updDb');
          for (const [a, v] of [['activity', '2.21.1'], ['calendar', '4.7.10'], ['dav', '1.30.1'], ['files_sharing', '1.21.0'], ['richdocuments', '8.4.3']]) { g.e('updatingApp', a); g.e('updatedApp', a, v); }
          g.e('updOk'); g.e('maintOff'); g.e('appEnabled', 'news');
        },
      ],
    });
  },
};
