// Builds the Claude Desktop bundle for THIS machine: cyberbrain-mcp-<os>-<arch>.mcpb.
//
//   npm run bundle [-- --out DIR]
//
// A bundle carries one native module (better-sqlite3) compiled for one platform, CPU and Node ABI,
// so it is built on the platform it is for, with the Node major the host runs, and its manifest
// says exactly that (compatibility.platforms and runtimes.node). It holds production dependencies
// only: the bundled server (dist/cyberbrain.mjs and its chunks), its external packages, the
// manifest, README and licence. No sources, tests, fixtures, sourcemaps or build leftovers.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTERNAL } from './externals.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: root } } });
const outDir = resolve(values.out);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const platform = process.platform;
const arch = process.arch;
const major = Number(process.versions.node.split('.')[0]);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const say = (text) => process.stderr.write(`bundle: ${text}\n`);

if (!existsSync(join(root, 'dist/cyberbrain.mjs'))) run(process.execPath, [join(root, 'node_modules/.bin/tsc'), '-p', 'tsconfig.json']), run(process.execPath, ['scripts/bundle.mjs']);
const nativeBuilt = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
if (!existsSync(nativeBuilt)) throw new Error(`${nativeBuilt} is missing: run npm install first`);

const stage = join(root, 'build/mcpb-stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist/chunks'), { recursive: true });

// The server: the bundle and its chunks, without sourcemaps.
cpSync(join(root, 'dist/cyberbrain.mjs'), join(stage, 'dist/cyberbrain.mjs'));
for (const f of readdirSync(join(root, 'dist/chunks')).filter((f) => f.endsWith('.mjs'))) cpSync(join(root, 'dist/chunks', f), join(stage, 'dist/chunks', f));
for (const f of ['README.md', 'LICENSE', 'package-lock.json']) if (existsSync(join(root, f))) cpSync(join(root, f), join(stage, f));

// package.json without scripts or dev dependencies, and with only the packages the bundled server
// loads at run time (scripts/bundle.mjs leaves them external); everything else is inside dist/.
const { scripts: _scripts, devDependencies: _dev, dependencies, ...runtimePkg } = pkg;
runtimePkg.dependencies = Object.fromEntries(EXTERNAL.map((name) => [name, dependencies[name]]));
writeFileSync(join(stage, 'package.json'), JSON.stringify(runtimePkg, null, 2) + '\n');

// Those packages at the versions the lock file pins, install scripts off; the native module is
// the one npm install compiled here for this Node (prebuilt downloads are not to be relied on).
say(`installing runtime dependencies for ${platform}-${arch}, Node ${major}`);
run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], stage);
const sqlite = join(stage, 'node_modules/better-sqlite3');
mkdirSync(join(sqlite, 'build/Release'), { recursive: true });
cpSync(nativeBuilt, join(sqlite, 'build/Release/better_sqlite3.node'));
// The SQLite sources and C++ glue were needed to compile, not to run.
for (const leftover of ['deps', 'src', 'binding.gyp']) rmSync(join(sqlite, leftover), { recursive: true, force: true });
rmSync(join(stage, 'package-lock.json'), { force: true });
// Dependencies' TypeScript sources and sourcemaps are never loaded at run time.
const prune = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) prune(path);
    else if (/\.(map|ts|tsx|mts|cts)$/.test(e.name) && !/\.d\.[mc]?ts$/.test(e.name)) rmSync(path);
  }
};
prune(join(stage, 'node_modules'));

// The manifest names what this bundle carries, and nothing more.
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
manifest.compatibility = { ...manifest.compatibility, platforms: [platform], runtimes: { ...(manifest.compatibility?.runtimes ?? {}), node: `>=${major}.0.0 <${major + 1}.0.0` } };
writeFileSync(join(stage, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

const target = join(outDir, `cyberbrain-mcp-${platform}-${arch}.mcpb`);
mkdirSync(outDir, { recursive: true });
rmSync(target, { force: true });
run(process.execPath, [join(root, 'node_modules/@anthropic-ai/mcpb/dist/cli/cli.js'), 'pack', stage, target]);
say(`${target} (${(statSync(target).size / 1024 / 1024).toFixed(1)} MB)`);
