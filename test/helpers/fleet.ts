import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { engineArgs } from './docker.js';

/**
 * The test fleet that scripts/fleet-up.sh starts on this machine (as root), beside the default engine:
 *   engine B: unix:///run/cb-docker2.sock, and ssh://root@127.0.0.1:2222 (needs `ssh -F sshConfig`)
 *   engine C: unix:///run/cb-docker3.sock, and tcp://127.0.0.1:23760 with mutual TLS (tlsDir)
 * Its endpoints are in /run/cb-fleet/fleet.env.
 */
export const FLEET_ENV_FILE = '/run/cb-fleet/fleet.env';

export const fleetSkipped = process.env.SKIP_DOCKER_TESTS === '1' || process.env.SKIP_FLEET_TESTS === '1';

export interface FleetEnv {
  /** CB_FLEET_B_UNIX: engine B's socket. */
  bUnix: string;
  /** CB_FLEET_B_SSH: engine B through sshd on 127.0.0.1:2222. */
  bSsh: string;
  /** CB_FLEET_SSH_CONFIG: the ssh client config (key, known_hosts) for bSsh. */
  sshConfig: string;
  /** CB_FLEET_C_UNIX: engine C's socket. */
  cUnix: string;
  /** CB_FLEET_C_TCP: engine C over TLS. */
  cTcp: string;
  /** CB_FLEET_TLS_DIR: ca.pem, cert.pem, key.pem for cTcp. */
  tlsDir: string;
  /** Every KEY=value line of the file. */
  vars: Record<string, string>;
}

/** Parses KEY=value lines (no quoting; # comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    vars[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return vars;
}

/** The fleet's endpoints, or undefined when fleet-up.sh has not written them (or they are incomplete). */
export function fleetEnv(file: string = FLEET_ENV_FILE): FleetEnv | undefined {
  if (!existsSync(file)) return undefined;
  const vars = parseEnvFile(readFileSync(file, 'utf8'));
  const need = (k: string): string | undefined => vars[k] || undefined;
  const bUnix = need('CB_FLEET_B_UNIX');
  const bSsh = need('CB_FLEET_B_SSH');
  const sshConfig = need('CB_FLEET_SSH_CONFIG');
  const cUnix = need('CB_FLEET_C_UNIX');
  const cTcp = need('CB_FLEET_C_TCP');
  const tlsDir = need('CB_FLEET_TLS_DIR');
  if (!bUnix || !bSsh || !sshConfig || !cUnix || !cTcp || !tlsDir) return undefined;
  return { bUnix, bSsh, sshConfig, cUnix, cTcp, tlsDir, vars };
}

/**
 * Runs the docker CLI against `endpoint` (unix:// or tcp://; a tcp:// endpoint gets the fleet's
 * client certificates) and returns its trimmed stdout. The CLI cannot be given the fleet's ssh
 * config, so ssh:// endpoints are refused here: use `ssh -F <sshConfig> 127.0.0.1 docker …`.
 */
export function dockerAt(endpoint: string, ...args: string[]): string {
  let tlsDir: string | undefined;
  if (endpoint.startsWith('tcp://')) {
    tlsDir = fleetEnv()?.tlsDir ?? '/run/cb-fleet/tls';
  } else if (!endpoint.startsWith('unix://')) {
    throw new Error(`dockerAt: only unix:// and tcp:// endpoints, not ${endpoint}`);
  }
  return execFileSync('docker', [...engineArgs({ host: endpoint, tlsDir }), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  }).trim();
}
