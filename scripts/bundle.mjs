// Bundles the server into one ESM file (dist/cyberbrain.mjs), the `bin` entry. One file instead of
// a few hundred modules cuts the cold start (spawn to initialized) by about a third, which every
// assistant pays each time it launches the server. Native and worker-thread packages stay external.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { EXTERNAL } from './externals.mjs';
import { lazyAjv, noZodLocales } from './bundle-trims.mjs';
import { viewScriptPlugin } from './view-script.mjs';

const outfile = 'dist/cyberbrain.mjs';
// Chunk names carry content hashes: without this, every build would leave the last one's behind.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { cyberbrain: 'src/index.ts' },
  bundle: true,
  // Code behind dynamic imports (the HTTP server, token commands, the nvidia-smi XML parser) goes
  // to chunks loaded on demand: the stdio server parses only what it runs.
  splitting: true,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  minify: process.env.BUNDLE_NO_MINIFY ? false : true,
  // No keepNames: it wraps every function and class, and every closure made at run time (zod
  // makes several per schema), in a call that redefines its `name`; that was 5% of every cold
  // start. Nothing here reads a minified name for behaviour: our error classes name themselves,
  // and stack traces map back through the source maps (node --enable-source-maps).
  external: EXTERNAL,
  // Some bundled dependencies are CommonJS and call require().
  banner: { js: "import { createRequire as __cbCreateRequire } from 'node:module'; const require = __cbCreateRequire(import.meta.url);" },
  // The run view's in-page script, bundled for the browser and inlined as text (src/views/page.ts).
  plugins: [viewScriptPlugin, noZodLocales, lazyAjv],
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
