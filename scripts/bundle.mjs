// Bundles the server into one ESM file (dist/cyberbrain.mjs), the `bin` entry. One file instead of
// a few hundred modules cuts the cold start (spawn to initialized) by about a third, which every
// assistant pays each time it launches the server. Native and worker-thread packages stay external.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = 'dist/cyberbrain.mjs';
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  sourcemap: true,
  external: ['better-sqlite3', 'dockerode', 'pino', 'pino-pretty'],
  // Some bundled dependencies are CommonJS and call require().
  banner: { js: "import { createRequire as __cbCreateRequire } from 'node:module'; const require = __cbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
