import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Integration and protocol tests need a real Docker engine and the built server. A missing
 * engine fails the run loudly (with how to start one) unless SKIP_DOCKER_TESTS=1 says otherwise:
 * a silent skip would let a broken CI look green.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/cyberbrain.mjs'))) {
    throw new Error('dist/cyberbrain.mjs is missing: run `npm run build` first (npm test does it for you).');
  }
  // The view tests (test/views) drive Debian's chromium, with or without Docker; as root it is
  // installed when missing, like the engine below.
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') && process.getuid?.() === 0) {
    execFileSync('bash', [resolve(root, 'scripts/browser-up.sh')], { stdio: 'inherit' });
  }
  if (process.env.SKIP_DOCKER_TESTS === '1') {
    process.stderr.write('\n*** SKIP_DOCKER_TESTS=1: tests that need a Docker engine are SKIPPED ***\n\n');
    return;
  }
  if (spawnSync('docker', ['info'], { stdio: 'ignore' }).status !== 0) {
    if (process.getuid?.() === 0) {
      execFileSync('bash', [resolve(root, 'scripts/docker-up.sh')], { stdio: 'inherit' });
    } else {
      throw new Error('No Docker engine answers `docker info`. Start one (as root: bash scripts/docker-up.sh), or set SKIP_DOCKER_TESTS=1 to skip those tests.');
    }
  }
  execFileSync('bash', [resolve(root, 'scripts/docker-up.sh')], { stdio: 'inherit' }); // makes sure the test image exists
  // The fleet: two more engines (unix, TLS tcp, ssh) for multi-host tests; only root can start them.
  if (process.env.SKIP_FLEET_TESTS === '1') {
    process.stderr.write('\n*** SKIP_FLEET_TESTS=1: tests that need the engine fleet are SKIPPED ***\n\n');
  } else if (process.getuid?.() === 0) {
    execFileSync('bash', [resolve(root, 'scripts/fleet-up.sh')], { stdio: 'inherit' });
  }
}
