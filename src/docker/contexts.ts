import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { TlsPaths } from '../domain/host.js';

/** What a Docker CLI context says about its engine: the endpoint, and its TLS files if it has them. */
export interface DockerContext {
  name: string;
  docker_host: string;
  tls: TlsPaths | null;
}

/**
 * Reads a Docker CLI context (`docker context create`) from DOCKER_CONFIG or ~/.docker, as the
 * CLI stores it: contexts/meta/<sha256 of the name>/meta.json for the endpoint, and
 * contexts/tls/<sha256>/docker/{ca,cert,key}.pem for the TLS files. Only the file paths are taken.
 */
export function readDockerContext(name: string, env: NodeJS.ProcessEnv = process.env): DockerContext {
  if (name === 'default') throw new Error('the "default" context is this machine\'s engine: it is the host "local" already');
  const root = env.DOCKER_CONFIG || join(homedir(), '.docker');
  const digest = createHash('sha256').update(name).digest('hex');
  const metaPath = join(root, 'contexts', 'meta', digest, 'meta.json');
  let meta: { Name?: string; Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } };
  try {
    meta = JSON.parse(readFileSync(metaPath, 'utf8')) as typeof meta;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no Docker context named "${name}" in ${root} (see: docker context ls)` : `the Docker context "${name}" cannot be read (${metaPath}: ${code ?? (err as Error).message})`);
  }
  const endpoint = meta.Endpoints?.docker;
  if (!endpoint?.Host) throw new Error(`the Docker context "${name}" names no docker endpoint`);
  if (endpoint.SkipTLSVerify) throw new Error(`the Docker context "${name}" skips TLS verification, which is not supported: give it a CA`);
  const tlsDir = join(root, 'contexts', 'tls', digest, 'docker');
  const files = { ca: join(tlsDir, 'ca.pem'), cert: join(tlsDir, 'cert.pem'), key: join(tlsDir, 'key.pem') };
  const tls = existsSync(files.ca) && existsSync(files.cert) && existsSync(files.key) ? files : null;
  return { name, docker_host: endpoint.Host, tls };
}
