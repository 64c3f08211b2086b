// `npm install` in a checkout builds dist/ (README: one command runs the product). Where the build
// tools are not installed — `npm ci --omit=dev` in a copy of the package, or a consumer's install
// of the published package, which ships dist/ already built — there is nothing to build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'node_modules/typescript')) || !existsSync(join(root, 'node_modules/esbuild')) || !existsSync(join(root, 'src'))) {
  process.stderr.write('prepare: build tools or sources absent (production install); using the dist/ that ships\n');
} else {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
