// ============================================================ Jellyfin ====
// Jellyfin 10.9 media server in Docker (official image, /config and /cache
// volumes, media on an NFS share under /media), Serilog file sink at the
// default Information level; a household with a few users and devices,
// direct play and transcoding, scheduled tasks, the library monitor.
// Raw line: '[2025-04-08 10:04:05.123 +00:00] [INF] [42] MediaBrowser.Model.Dlna.StreamBuilder: Transcode Result for Profile: Anonymous Profile, Path: /media/Movies/..., PlayMethod: DirectPlay, ...'
// -> Content is the text after the logger name and ": "; the bracketed
// timestamp, level and thread id and the SourceContext (logger) are the
// header. Serilog renders string arguments without quotes ({Message:lj})
// and collections as JSON arrays, which stay in the message.
import { drive, pad } from '../lib.mjs';

const VER = '10.9.7';

export default {
  name: 'Jellyfin',
  templates: {
    version: 'Jellyfin version: <*>',
    envVars: 'Environment Variables: <*>',
    args: 'Arguments: <*>',
    os: 'Operating system: <*>',
    arch: 'Architecture: <*>',
    is64: '64-Bit Process: <*>',
    interactive: 'User Interactive: <*>',
    procCount: 'Processor count: <*>',
    dataPath: 'Program data path: <*>',
    logPath: 'Log directory path: <*>',
    configPath: 'Config directory path: <*>',
    cachePath: 'Cache path: <*>',
    webPath: 'Web resources path: <*>',
    appDir: 'Application directory: <*>',
    lanSubnets: 'Defined LAN subnets: <*>',
    lanExcl: 'Defined LAN exclusions: <*>',
    usingLan: 'Using LAN addresses: <*>',
    bindAddrs: 'Using bind addresses: <*>',
    remoteFilter: 'Remote IP filter is <*>',
    sqliteVer: 'Sqlite version: <*>',
    sqliteOpts: 'Sqlite compiler options: <*>',
    loadedPlugin: 'Loaded plugin: <*> <*>',
    ffmpegPath: 'FFmpeg: <*>',
    ffmpegVer: 'Found ffmpeg version <*>',
    decoders: 'Available decoders: <*>',
    encoders: 'Available encoders: <*>',
    filters: 'Available filters: <*>',
    hwaccel: 'Available hwaccel types: <*>',
    kestrel: 'Kestrel is listening on <*>',
    preStartup: 'Executed all pre-startup entry points in <*>',
    coreStartup: 'Core startup complete',
    postStartup: 'Executed all post-startup entry points in <*>',
    startupComplete: 'Startup complete <*>',
    registerPub: 'Registering publisher for <*> on <*>',
    userPolicy: 'User policy for <*>. EnablePlaybackRemuxing: <*> EnableVideoPlaybackTranscoding: <*> EnableAudioPlaybackTranscoding: <*>',
    bitrateLimit: 'RemoteClientBitrateLimit: <*>, RemoteIp: <*>, IsInLocalNetwork: <*>',
    transcodeResult: 'Transcode Result for Profile: <*>, Path: <*>, PlayMethod: <*>, AudioStreamIndex: <*>, SubtitleStreamIndex: <*>, Reasons: <*>',
    playbackStopped: 'Playback stopped reported by app <*> <*> playing <*>. Stopped at <*> ms',
    stopFfmpeg: 'Stopping ffmpeg process with q command for <*>',
    ffmpegExit: 'FFmpeg exited with code <*>',
    deletePartial: 'Deleting partial stream file(s) <*>',
    hlsKeyframe: "Current HLS implementation doesn't support non-keyframe breaks but one is requested, ignoring that request",
    wsRequest: 'WS <*> request',
    wsClosed: 'WS <*> closed',
    slowHttp: 'Slow HTTP Response from <*> to <*> in <*> with Status Code <*>',
    authDenied: 'Authentication request for <*> has been denied (IP: <*>).',
    authProvider: 'Error authenticating with provider <*>',
    newToken: 'Creating new access token for user <*>',
    errRequest: 'Error processing request. URL <*> <*>.',
    errRequestMsg: 'Error processing request: <*>. URL <*> <*>.',
    taskExec: 'Executing <*>',
    taskCompleted: '<*> Completed after <*> minute(s) and <*> seconds',
    taskFailed: '<*> Failed after <*> minute(s) and <*> seconds',
    taskCancelled: '<*> Cancelled after <*> minute(s) and <*> seconds',
    taskError: 'Error executing Scheduled Task',
    libRefresh: '<*> (<*>) will be refreshed.',
    removeItem: 'Removing item, Type: <*>, Name: <*>, Path: <*>, Id: <*>',
    libInaccessible: 'Library folder <*> is inaccessible or empty, skipping',
    deletingFile: 'Deleting file <*>',
    trickplay: 'Creating trickplay files at <*> width, for <*> [ID: <*>]',
    probeError: 'Error probing <*>: ffprobe exited with code <*>',
    metadataError: 'Error in metadata provider <*> for <*>: <*>',
    imageDownload: 'Error downloading image from <*>: <*>',
    netChange: 'Network address change detected.',
    sigterm: 'Received a SIGTERM signal, shutting down',
    disposing: 'Disposing <*>',
  },
  scenario(g) {
    const HOST = '10.0.8.5';
    const ts = (ms) => { // .NET TimeSpan "g" format: 0:00:01.2345678
      const s = Math.floor(ms / 1000), f = String(Math.floor((ms % 1000) * 10000) + g.int(0, 9999)).padStart(7, '0');
      return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${f}`;
    };
    const movies = [
      ['Salt and Cedar', 2021], ['The Long Field', 2018], ['Midnight at Ferry Lane', 2022], ['Orbit of Small Things', 2016], ['Winter Garden', 2019],
      ['The Cartographer', 2014], ["The Lighthouse Keeper's Daughter", 2020], ['Paper Moons', 2011], ['Nine Bridges', 2023], ['A Quiet Harbour', 2017],
    ].map(([n, y]) => ({ type: 'Movie', name: n, path: `/media/Movies/${n} (${y})/${n} (${y}) - 1080p.mkv`, id: g.hex(32) }));
    const shows = [['Harbour Watch', ['The Storm', 'Low Tide', 'Signals', 'Ferry Crossing', 'Fog Horn', 'Night Shift']],
      ['Kitchen Rivals', ['Opening Night', 'Pastry Week', 'The Final Plate', 'Street Food']],
      ['Tiny Planets', ['Ice Moons', 'Red Dust', 'Ring World']], ['Backyard Science', ['Volcano', 'Rockets', 'Slime']]];
    const episodes = [];
    for (const [show, eps] of shows) eps.forEach((ep, i) => {
      const s = 1 + (i >> 2), e = 1 + (i & 3);
      episodes.push({ type: 'Episode', name: ep, path: `/media/TV Shows/${show}/Season ${pad(s)}/${show} - S${pad(s)}E${pad(e)} - ${ep}.mkv`, id: g.hex(32) });
    });
    const items = [...episodes.slice(0, 6), movies[0], movies[1], ...episodes.slice(6), ...movies.slice(2)];
    const users = [
      { name: 'alice', remux: true, vt: true, at: true }, { name: 'kids', remux: true, vt: true, at: true },
      { name: 'bob', remux: true, vt: true, at: true }, { name: 'Grandma Ruth', remux: true, vt: false, at: true },
      { name: 'carol', remux: false, vt: true, at: true },
    ];
    const devices = [
      { app: 'Jellyfin Web', ver: VER, ip: '10.0.8.23', user: 0, profile: 'Anonymous Profile', local: true },
      { app: 'Jellyfin Android TV', ver: '0.17.6', ip: '10.0.8.31', user: 1, profile: 'ExoPlayer Profile', local: true },
      { app: 'Jellyfin Media Player', ver: '1.11.1', ip: '10.0.8.40', user: 2, profile: 'Jellyfin Media Player', local: true },
      { app: 'Jellyfin iOS', ver: '1.5.2', ip: '198.51.100.74', user: 0, profile: 'Anonymous Profile', local: false },
      { app: 'Swiftfin', ver: '1.0.2', ip: '203.0.113.45', user: 3, profile: 'Swiftfin Profile', local: false },
      { app: 'Jellyfin Web', ver: VER, ip: '10.0.8.52', user: 4, profile: 'Anonymous Profile', local: true },
      { app: 'Kodi', ver: '0.7.10', ip: '10.0.8.35', user: 2, profile: 'Kodi Profile', local: true },
    ];
    const tasks = ['Clean Transcode Directory', 'Clean Log Directory', 'Refresh People', 'Scan Media Library', 'Clean up collections and playlists', 'Update Plugins',
      'Extract Chapter Images', 'Generate Trickplay Images', 'Optimize database', 'Clean Activity Log', 'Download missing subtitles', 'Audio Normalization'];
    const reasons = ['VideoCodecNotSupported', 'AudioCodecNotSupported', 'ContainerNotSupported', 'VideoCodecNotSupported, AudioChannelsNotSupported',
      'SubtitleCodecNotSupported', 'ContainerBitrateExceedsLimit', 'VideoLevelNotSupported, VideoBitDepthNotSupported'];
    const active = [];
    const boot = () => {
      g.e('version', VER);
      g.e('envVars', '["[JELLYFIN_DATA_DIR, /config]", "[JELLYFIN_CACHE_DIR, /cache]", "[JELLYFIN_CONFIG_DIR, /config/config]", "[JELLYFIN_LOG_DIR, /config/log]", "[JELLYFIN_WEB_DIR, /jellyfin/jellyfin-web]", "[JELLYFIN_FFMPEG, /usr/lib/jellyfin-ffmpeg/ffmpeg]"]');
      g.e('args', '["/jellyfin/jellyfin.dll"]');
      g.e('os', 'Linux'); g.e('arch', 'X64'); g.e('is64', 'True'); g.e('interactive', 'True'); g.e('procCount', 8);
      g.e('dataPath', '/config'); g.e('logPath', '/config/log'); g.e('configPath', '/config/config'); g.e('cachePath', '/cache');
      g.e('webPath', '/jellyfin/jellyfin-web'); g.e('appDir', '/jellyfin/');
      g.e('lanSubnets', '["10.0.8.0/24"]'); g.e('lanExcl', '["10.0.8.1/32"]'); g.e('usingLan', '["10.0.8.5/24"]');
      g.e('bindAddrs', '["0.0.0.0", "[::]"]'); g.e('remoteFilter', 'Blocklist');
      g.e('sqliteVer', '3.41.2'); g.e('sqliteOpts', 'ATOMIC_INTRINSICS=1,COMPILER=gcc-12.2.0,DEFAULT_AUTOVACUUM,DEFAULT_CACHE_SIZE=-2000,DEFAULT_FILE_FORMAT=4,DEFAULT_JOURNAL_SIZE_LIMIT=-1,DEFAULT_MMAP_SIZE=0,ENABLE_COLUMN_METADATA,ENABLE_FTS3,ENABLE_RTREE,THREADSAFE=1');
      for (const [n, v] of [['TMDb', VER + '.0'], ['Studio Images', VER + '.0'], ['OMDb', VER + '.0'], ['MusicBrainz', VER + '.0'], ['AudioDB', VER + '.0'],
        ['Open Subtitles', '20.0.0.0'], ['TMDb Box Sets', '11.0.0.0'], ['Playback Reporting', '15.0.0.0']]) g.e('loadedPlugin', n, v);
      g.e('ffmpegPath', '/usr/lib/jellyfin-ffmpeg/ffmpeg'); g.e('ffmpegVer', '6.0.1');
      g.e('decoders', '["libdav1d", "av1", "av1_cuvid", "av1_qsv", "h264", "h264_qsv", "h264_cuvid", "hevc", "hevc_qsv", "hevc_cuvid", "mpeg2video", "vc1", "vp8", "vp9", "aac", "ac3", "dts", "flac", "opus", "truehd"]');
      g.e('encoders', '["libx264", "libx265", "mpeg4", "msmpeg4", "libvpx", "libvpx-vp9", "aac", "libfdk_aac", "ac3", "libmp3lame", "libopus", "flac", "h264_qsv", "hevc_qsv", "h264_vaapi", "hevc_vaapi"]');
      g.e('filters', '["bwdif", "deinterlace_qsv", "deinterlace_vaapi", "scale_cuda", "scale_vaapi", "tonemap_opencl", "tonemap_vaapi", "overlay_qsv", "overlay_vaapi", "hwupload_vaapi"]');
      g.e('hwaccel', '["vaapi", "qsv", "drm", "opencl", "vulkan"]');
      g.e('kestrel', '0.0.0.0'); g.e('kestrel', '[::]');
      g.e('preStartup', ts(g.int(8, 60)));
      g.e('coreStartup');
      g.e('postStartup', ts(g.int(200, 1800)));
      g.e('startupComplete', ts(g.int(3500, 9000)));
      for (const urn of ['upnp:rootdevice', 'urn:schemas-upnp-org:device:MediaServer:1', 'urn:schemas-upnp-org:service:ContentDirectory:1', 'urn:schemas-upnp-org:service:ConnectionManager:1'])
        g.e('registerPub', urn, HOST);
      for (const t of tasks.slice(0, 2)) runTask(t);
    };
    const runTask = (t, how = 'taskCompleted') => {
      g.e('taskExec', t);
      const long = /Scan|Trickplay|Chapter|Normalization/.test(t);
      if (t === 'Clean Transcode Directory' && g.chance(0.5)) for (let k = g.int(1, 3); k > 0; k--) g.e('deletingFile', `/cache/transcodes/${g.hex(32)}${g.int(0, 300)}.mp4`);
      if (t === 'Generate Trickplay Images') { const it = g.zipf(items, 0.9); g.e('trickplay', 320, it.path, it.id); }
      if (t === 'Scan Media Library' && g.chance(0.4)) refresh();
      g.advance(long ? g.int(20000, 400000) : g.int(50, 3000));
      if (how === 'taskError') { g.e('taskError'); how = 'taskFailed'; }
      const secs = long ? g.int(0, 59) : 0;
      g.e(how, t, long ? g.int(0, 6) : 0, secs);
    };
    const refresh = () => {
      const it = g.zipf(items.slice().reverse(), 1.1);
      const dir = it.path.slice(0, it.path.lastIndexOf('/'));
      g.e('libRefresh', it.type === 'Movie' ? it.name : dir.split('/')[3], dir);
    };
    const startPlay = () => {
      const d = g.zipf(devices, 0.9), u = users[d.user], it = g.zipf(items, 1.0);
      g.e('userPolicy', u.name, u.remux ? 'True' : 'False', u.vt ? 'True' : 'False', u.at ? 'True' : 'False');
      if (!d.local) g.e('bitrateLimit', g.pick([8000000, 10000000, 20000000]), d.ip, 'False');
      const tc = u.vt && (g.chance(d.local ? 0.25 : 0.7));
      const method = tc ? 'Transcode' : g.chance(0.3) ? 'DirectStream' : 'DirectPlay';
      const sub = g.chance(0.3) ? g.int(2, 5) : 'null';
      g.e('transcodeResult', d.profile, it.path, method, 1, sub, tc ? g.zipf(reasons, 1.2) : '0');
      if (tc && g.chance(0.05)) g.e('hlsKeyframe');
      active.push({ d, it, tc, hash: g.hex(32) });
    };
    const stopPlay = () => {
      const s = active.splice(g.int(0, active.length - 1), 1)[0];
      if (s.tc) {
        g.e('stopFfmpeg', `/cache/transcodes/${s.hash}.m3u8`);
        g.e('ffmpegExit', g.chance(0.9) ? 0 : 255);
        g.e('deletePartial', `/cache/transcodes/${s.hash}.m3u8`);
      }
      g.e('playbackStopped', s.d.app, s.d.ver, s.it.name, g.int(60000, 7200000));
    };
    const play = () => (active.length >= 4 || (active.length && g.chance(0.45)) ? stopPlay() : startPlay());
    const ws = () => {
      const d = g.zipf(devices, 0.8);
      g.e(g.chance(0.55) ? 'wsRequest' : 'wsClosed', d.ip);
    };
    const slow = () => {
      const d = g.zipf(devices, 0.8), it = g.zipf(items, 1);
      const url = g.wpick([
        [5, `http://${HOST}:8096/Items/${it.id}/Images/Primary?fillHeight=396&fillWidth=264&quality=96`],
        [3, `http://${HOST}:8096/Users/${g.hex(32)}/Items/Resume?Limit=12&MediaTypes=Video&Fields=PrimaryImageAspectRatio`],
        [2, `http://${HOST}:8096/Shows/NextUp?Limit=24&Fields=PrimaryImageAspectRatio%2CDateCreated&EnableTotalRecordCount=false`],
        [1, `http://${HOST}:8096/Videos/${it.id}/stream.mkv?Static=true`],
      ]);
      g.e('slowHttp', url, d.ip, ts(g.int(520, 4800)), 200);
    };
    const login = () => {
      const d = g.zipf(devices, 0.9);
      g.e('newToken', users[d.user].name);
      g.e('wsRequest', d.ip);
    };
    const badLogin = (ip = g.ip('10.0.8'), n = 1) => {
      const u = g.pick(['alice', 'Grandma Ruth', 'kids', 'admin']);
      for (let k = 0; k < n; k++) { g.e('authProvider', 'DefaultAuthenticationProvider'); g.e('authDenied', u, ip); g.advance(g.int(1000, 8000)); }
    };
    const apiErr = () => {
      const it = g.zipf(items, 1);
      const [m, u, msg] = g.wpick([
        [4, ['GET', `/Items/${it.id}/PlaybackInfo`, null]],
        [2, ['GET', `/Videos/${it.id}/${g.hex(32)}/Subtitles/3/0/Stream.js`, `Could not find file '/cache/subtitles/${g.hex(2)}/${g.hex(32)}.js'`]],
        [2, ['POST', '/Sessions/Playing/Progress', null]],
        [1, ['GET', `/Items/${it.id}/Images/Backdrop/0`, 'Image not found']],
      ]);
      if (msg) g.e('errRequestMsg', msg, m, u); else g.e('errRequest', m, u);
    };
    drive(g, {
      gapMs: 15000,
      startup: boot,
      steady: [
        [34, play], [18, ws], [7, slow], [5, () => runTask(g.zipf(tasks, 0.9))], [6, refresh], [3, login], [2.5, apiErr], [1.2, () => badLogin()],
        [1.3, () => { const it = g.zipf(items, 1); g.e('trickplay', g.pick([320, 320, 480]), it.path, it.id); }],
      ],
      rare: [
        () => { // the NFS mount goes away for a while during a scan
          g.e('taskExec', 'Scan Media Library');
          g.e('libInaccessible', '/media/TV Shows');
          for (const ep of episodes.slice(-4)) g.e('removeItem', 'Episode', ep.name, ep.path, ep.id.replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, '$1-$2-$3-$4-$5'));
          g.e('removeItem', 'Series', 'Backyard Science', '/media/TV Shows/Backyard Science', g.uuid());
          g.advance(120000); g.e('taskCompleted', 'Scan Media Library', 2, g.int(0, 59));
        },
        () => { const ip = g.ip('203.0.113'); badLogin(ip, 5); },
        () => { for (let k = 0; k < 3; k++) { g.e('errRequestMsg', 'database is locked', 'POST', '/Sessions/Playing/Progress'); g.advance(g.int(200, 2000)); } },
        () => { const it = movies[8]; g.e('probeError', it.path, 1); g.e('errRequest', 'GET', `/Items/${it.id}/PlaybackInfo`); },
        () => { for (const it of [movies[9], episodes[10]]) g.e('metadataError', g.pick(['TheMovieDb', 'The Open Movie Database']), it.name, 'The SSL connection could not be established, see inner exception.'); },
        () => g.e('imageDownload', `https://image.example.net/t/p/original/${g.alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}.jpg`, 'Response status code does not indicate success: 404 (Not Found).'),
        () => runTask('Extract Chapter Images', 'taskError'),
        () => { g.e('taskExec', 'Refresh People'); g.advance(40000); g.e('taskCancelled', 'Refresh People', 0, g.int(10, 59)); },
        () => { g.e('netChange'); g.e('usingLan', '["10.0.8.5/24"]'); },
        () => { // container update: stop and start again
          g.e('sigterm');
          while (active.length) stopPlay();
          for (const t of ['CoreAppHost', 'SessionManager', 'MusicBrainzAlbumProvider', 'PlaybackReportingActivity', 'ExternalPortForwarding', 'LibraryMonitor'])
            g.e('disposing', t);
          g.advance(g.int(20000, 60000)); boot();
        },
      ],
    });
  },
};
