// =========================================================== Minecraft ====
// A Paper 1.20.6 survival server for a group of friends and their
// friends: whitelist on, a handful of plugins (permissions, essentials,
// block logging, world editing, claims, pre-generation, a chat bridge),
// a backup script that talks to the server over RCON every couple of
// hours, one nightly restart. The file is logs/latest.log.
// Raw line: '[07:14:05] [Server thread/INFO]: Kestrel_99 joined the game'
// -> the '[time]' and '[thread/LEVEL]:' are the header; Content is the
// rest. A plugin's own logger prefix ('[LuckPerms] ...') is written into
// the message and stays: the plugin name is a parameter. Player names,
// mob names, item names, coordinates, advancement titles, chat text,
// commands, addresses and durations are parameters. Death messages and
// the advancement kinds ('advancement' / 'challenge' / 'goal') are
// separate events; the command source in '[source: feedback]' is a
// parameter ('Rcon' or a player).
import { drive } from '../lib.mjs';

export default {
  name: 'Minecraft',
  templates: {
    startVersion: 'Starting minecraft server version <*>',
    loadingProps: 'Loading properties',
    paperVersion: 'This server is running Paper version <*> (Implementing API version <*>)',
    nettyThreads: 'Using <*> threads for Netty based IO',
    gameType: 'Default game type: <*>',
    keypair: 'Generating keypair',
    startOn: 'Starting Minecraft server on <*>:<*>',
    epoll: 'Using epoll channel type',
    pluginLoading: '[<*>] Loading server plugin <*> v<*>',
    pluginEnabling: '[<*>] Enabling <*> v<*>',
    pluginDisabling: '[<*>] Disabling <*> v<*>',
    prepLevel: 'Preparing level "<*>"',
    prepDim: 'Preparing start region for dimension <*>',
    spawnArea: 'Preparing spawn area: <*>',
    timeElapsed: 'Time elapsed: <*> ms',
    done: 'Done (<*>)! For help, type "help"',
    uuid: 'UUID of player <*> is <*>',
    loggedIn: '<*>[/<*>:<*>] logged in with entity id <*> at ([<*>]<*>, <*>, <*>)',
    joined: '<*> joined the game',
    left: '<*> left the game',
    lostConn: '<*> lost connection: <*>',
    profileLost: 'com.mojang.authlib.GameProfile@<*>[id=<*>,name=<*>,properties=<*>,legacy=false] (/<*>:<*>) lost connection: <*>',
    disconnectWl: 'Disconnecting <*> (/<*>:<*>): You are not white-listed on this server!',
    chat: '[Not Secure] <<*>> <*>',
    command: '<*> issued server command: <*>',
    advancement: '<*> has made the advancement [<*>]',
    challenge: '<*> has completed the challenge [<*>]',
    goal: '<*> has reached the goal [<*>]',
    slain: '<*> was slain by <*>',
    slainUsing: '<*> was slain by <*> using [<*>]',
    shot: '<*> was shot by <*>',
    fell: '<*> fell from a high place',
    drowned: '<*> drowned',
    blownUp: '<*> was blown up by <*>',
    lava: '<*> tried to swim in lava',
    hitGround: '<*> hit the ground too hard',
    namedDied: 'Named entity <*> died: <*>',
    cantKeepUp: "Can't keep up! Is the server overloaded? Running <*>ms or <*> ticks behind",
    movedQuickly: '<*> moved too quickly! <*>,<*>,<*>',
    movedWrongly: '<*> moved wrongly!',
    fbTime: '[<*>: Set the time to <*>]',
    fbGave: '[<*>: Gave <*> [<*>] to <*>]',
    fbTp: '[<*>: Teleported <*> to <*>]',
    fbSaveOff: '[<*>: Automatic saving is now disabled]',
    fbSaving: '[<*>: Saving the game (this may take a moment!)]',
    fbSaved: '[<*>: Saved the game]',
    fbSaveOn: '[<*>: Automatic saving is now enabled]',
    rconStart: 'Thread RCON Client /<*> started',
    rconStop: 'Thread RCON Client /<*> shutting down',
    keepingEntity: 'Keeping entity <*> that already exists with UUID <*>',
    watchdog: 'The server has not responded for <*> seconds! Creating thread dump',
    stopCmd: 'Stopping the server',
    stopping: 'Stopping server',
    savingPlayers: 'Saving players',
    savingWorlds: 'Saving worlds',
    savingChunks: "Saving chunks for level 'ServerLevel[<*>]'/<*>",
    chunksSaved: 'ThreadedAnvilChunkStorage (<*>): All chunks are saved',
  },
  scenario(g) {
    const players = ['Kestrel_99', 'mossyboots', 'Nyx', 'TheRealBrick', 'pixelpanda', 'Oakley2010', 'glimmerfox', 'redstone_rita', 'Tobi_K', 'xXLavaLordXx', 'sunnyside', 'Vexa', 'quietcartographer', 'BeeKeeperBen'];
    const info = Object.fromEntries(players.map((p) => [p, { uuid: g.uuid(), ip: g.ip(g.pick(['203.0.113', '198.51.100', '192.0.2'])), pos: [g.int(-900, 900) + 0.5, g.int(60, 120), g.int(-900, 900) + 0.5], world: 'world' }]));
    const online = new Set();
    let eid = 200 + g.int(0, 50);
    const plugins = [['LuckPerms', 'LuckPerms', '5.4.131'], ['Essentials', 'Essentials', '2.20.1'], ['CoreProtect', 'CoreProtect', '22.4'], ['WorldEdit', 'WorldEdit', '7.3.3+6804-b36b50d'], ['GriefPrevention', 'GriefPrevention', '16.18.2'], ['Chunky', 'Chunky', '1.4.10'], ['DiscordSRV', 'DiscordSRV', '1.27.0']];
    const mobs = ['Zombie', 'Skeleton', 'Spider', 'Creeper', 'Drowned', 'Enderman', 'Pillager', 'Piglin Brute', 'Witch', 'Zombie Villager', 'Husk'];
    const chats = ['anyone got spare iron?', 'brb dinner', 'lol', 'found a mushroom biome at 1200 -340', 'who took the beacon from spawn', 'gg', 'going to the nether, need anything?', 'the mob farm is finally working', 'can someone tp me', 'rip my elytra', 'nice build!', 'server lagging for anyone else?', 'o/', 'night all', 'selling mending books 12 diamonds each', 'watch out for the creeper near the portal'];
    const cmds = ['/home base', '/home farm', '/spawn', '/tpa Nyx', '/tpaccept', '/sethome mine', '/warp shop', '/msg mossyboots meet at spawn', '/co inspect', '/claimslist', '/back', '/bal', '/pay Kestrel_99 200', '/trust Vexa'];
    const adv = ['Stone Age', 'Getting an Upgrade', 'Acquire Hardware', "Isn't It Iron Pick", 'Diamonds!', 'We Need to Go Deeper', 'Hot Stuff', 'Sweet Dreams', 'Monster Hunter', 'Ice Bucket Challenge', 'Eye Spy', 'A Seedy Place', 'Sniper Duel'];
    const pos = (p) => info[p].pos.map((x) => x.toFixed(1));
    const boot = () => {
      g.e('startVersion', '1.20.6');
      g.e('loadingProps');
      g.e('paperVersion', '1.20.6-148-ver/1.20.6@20ebb17 (2024-07-13T20:05:37Z)', '1.20.6-R0.1-SNAPSHOT');
      g.e('nettyThreads', 4);
      for (const [tag, n, v] of plugins) g.e('pluginLoading', tag, n, v);
      g.e('gameType', 'SURVIVAL');
      g.e('keypair');
      g.e('startOn', '*', 25565);
      g.e('epoll');
      g.e('pluginEnabling', 'LuckPerms', 'LuckPerms', '5.4.131');
      g.e('prepLevel', 'world');
      for (const [dim, dir] of [['minecraft:overworld', 'world'], ['minecraft:the_nether', 'DIM-1'], ['minecraft:the_end', 'DIM1']]) {
        g.e('prepDim', dim);
        for (const pct of dir === 'world' ? [0, 18, 51, 83] : [0, 62]) { g.e('spawnArea', `${pct}%`); g.advance(g.int(300, 900)); }
        g.e('timeElapsed', g.int(800, 4200));
      }
      for (const [tag, n, v] of plugins.slice(1)) g.e('pluginEnabling', tag, n, v);
      g.e('done', `${(8 + g.r() * 9).toFixed(3)}s`);
      online.clear();
    };
    const join = () => {
      const off = players.filter((p) => !online.has(p));
      if (!off.length || online.size > 8) return leave();
      const p = g.zipf(off, 0.8); const i = info[p];
      g.e('uuid', p, i.uuid);
      g.e('loggedIn', p, i.ip, g.eport(), ++eid, i.world, ...pos(p));
      g.e('joined', p);
      online.add(p);
      if (g.chance(0.3)) g.e('chat', p, g.pick(['hi', 'hey all', 'o/', 'back']));
    };
    const leave = (reason) => {
      if (online.size < 2) return join();
      const p = g.pick([...online]);
      g.e('lostConn', p, reason || g.wpick([[8, 'Disconnected'], [2, 'Timed out'], [1, 'Internal Exception: java.net.SocketException: Connection reset']]));
      g.e('left', p);
      online.delete(p);
    };
    const someone = () => (online.size ? g.pick([...online]) : null);
    const chat = () => { const p = someone(); if (!p) return join(); g.e('chat', p, g.pick(chats)); };
    const command = () => { const p = someone(); if (!p) return join(); const c = g.zipf(cmds, 0.9); g.e('command', p, c); if (c.startsWith('/home') || c === '/spawn' || c === '/back') info[p].pos = [g.int(-900, 900) + 0.5, g.int(60, 120), g.int(-900, 900) + 0.5]; };
    const death = () => {
      const p = someone(); if (!p) return join();
      g.wpick([
        [5, () => g.e('slain', p, g.pick(['Zombie', 'Spider', 'Enderman', 'Drowned', 'Piglin Brute', 'Husk', 'Zombie Villager']))],
        [3, () => g.e('shot', p, g.pick(['Skeleton', 'Pillager', 'Stray']))],
        [3, () => g.e('blownUp', p, 'Creeper')],
        [3, () => g.e('fell', p)],
        [1.5, () => g.e('drowned', p)],
        [1.5, () => g.e('lava', p)],
        [1.5, () => g.e('hitGround', p)],
        [1, () => { const k = g.pick([...online].filter((x) => x !== p)) || 'Witch'; if (players.includes(k)) g.e('slainUsing', p, k, g.pick(['Excalibur', 'Pointy Stick', 'Netherite Sword', 'Bonk'])); else g.e('slain', p, k); }],
      ])();
      if (g.chance(0.4)) g.e('chat', p, g.pick(['noooo', 'my stuff!', 'rip', 'not again', 'who wants to help me get my items back']));
    };
    const advancement = () => {
      const p = someone(); if (!p) return join();
      const r = g.r();
      if (r < 0.85) g.e('advancement', p, g.pick(adv));
      else if (r < 0.95) g.e('challenge', p, g.pick(['Monsters Hunted', 'Return to Sender', 'Cover Me in Debris', 'Arbalistic']));
      else g.e('goal', p, g.pick(['Free the End', 'Sky\'s the Limit', 'The City at the End of the Game']));
    };
    const lag = () => { const ms = g.int(2001, 9000); g.e('cantKeepUp', ms, Math.floor(ms / 50)); };
    const moved = () => { const p = someone(); if (!p) return join(); if (g.chance(0.7)) g.e('movedQuickly', p, (g.r() * 30 - 5).toFixed(14), (g.r() * 4 - 2).toFixed(14), (g.r() * 30 - 5).toFixed(14)); else g.e('movedWrongly', p); };
    const backup = () => {
      const ip = '127.0.0.1';
      g.e('rconStart', ip); g.e('fbSaveOff', 'Rcon'); g.e('fbSaving', 'Rcon'); g.advance(g.int(1500, 6000)); g.e('fbSaved', 'Rcon'); g.e('rconStop', ip);
      g.advance(g.int(30000, 120000));
      g.e('rconStart', ip); g.e('fbSaveOn', 'Rcon'); g.e('rconStop', ip);
    };
    const ping = () => {
      const ip = g.ip(g.pick(['198.51.100', '203.0.113'])); const name = g.pick(['ScanBot', 'mcscan', 'Notch', 'admin', 'test123', 'Player']);
      if (g.chance(0.6)) g.e('profileLost', g.hex(8), '<null>', name, '{}', ip, g.eport(), g.pick(['Disconnected', 'Internal Exception: io.netty.handler.codec.DecoderException: Badly compressed packet - size of 2 is below server threshold of 256']));
      else { g.e('disconnectWl', name, ip, g.eport()); }
    };
    drive(g, {
      gapMs: 20000,
      startup: () => { boot(); for (let k = 0; k < 3; k++) join(); },
      steady: [
        [10, join], [8, () => leave()], [26, chat], [14, command], [6, death], [5, advancement], [5, lag], [1.5, moved], [1, backup], [3, ping],
        [0.5, () => { const p = someone(); if (!p) return join(); g.e('fbSaving', p); g.e('fbSaved', p); }],
      ],
      rare: [
        () => { g.e('fbTime', 'Kestrel_99', 1000); g.e('chat', 'Kestrel_99', 'skipping the night, sorry'); },
        () => g.e('fbGave', 'Kestrel_99', 16, 'Torch', 'pixelpanda'),
        () => { g.e('fbTp', 'Kestrel_99', 'Nyx', 'Kestrel_99'); g.e('fbTp', 'Kestrel_99', 'Kestrel_99', '120.50, 64.00, -310.50'); },
        () => g.e('namedDied', `Wolf['Rex'/${g.int(1000, 9999)}, l='ServerLevel[world]', x=${(g.r() * 800 - 400).toFixed(2)}, y=64.00, z=${(g.r() * 800 - 400).toFixed(2)}]`, 'Rex was slain by Zombie'),
        () => g.e('namedDied', `Villager['Librarian Bob'/${g.int(1000, 9999)}, l='ServerLevel[world]', x=${(g.r() * 800 - 400).toFixed(2)}, y=71.00, z=${(g.r() * 800 - 400).toFixed(2)}]`, 'Librarian Bob was blown up by Creeper'),
        () => { for (let k = 0; k < 2; k++) g.e('keepingEntity', 'minecraft:item', g.uuid()); },
        () => { // a chunk pre-generation run makes the server stall
          g.e('command', 'Kestrel_99', '/chunky start');
          for (let k = 0; k < 4; k++) { lag(); g.advance(g.int(10000, 40000)); }
          g.e('watchdog', 10); g.e('watchdog', 15);
          lag(); leave('Timed out'); leave('Timed out');
        },
        () => { // nightly restart
          g.e('stopCmd'); g.e('stopping');
          for (const [tag, n, v] of plugins.slice().reverse()) g.e('pluginDisabling', tag, n, v);
          g.e('savingPlayers');
          for (const p of [...online]) { g.e('lostConn', p, 'Server closed'); g.e('left', p); }
          g.e('savingWorlds');
          for (const [w, dim, dir] of [['world', 'minecraft:overworld', 'world'], ['world_nether', 'minecraft:the_nether', 'DIM-1'], ['world_the_end', 'minecraft:the_end', 'DIM1']]) { g.e('savingChunks', w, dim); g.e('chunksSaved', dir); }
          g.advance(g.int(20000, 60000));
          boot();
        },
      ],
    });
  },
};
