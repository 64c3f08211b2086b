import { z } from 'zod';
import { isLoopback } from './loopback.js';

/** The engine this process reaches without setup: DOCKER_HOST, or the default socket. */
export const LOCAL_HOST = 'local';
/** On an allowlist entry: every host. */
export const EVERY_HOST = '*';

export const HostNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'a host name is 1 to 63 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit')
  .describe('A host name as given to `host add` (e.g. "nas"); "local" is this machine\'s engine');

/** An allowlist entry's host: a host name, or "*" for every host. */
export const EntryHostSchema = z
  .union([z.literal(EVERY_HOST), HostNameSchema])
  .default(LOCAL_HOST)
  .describe('The host whose containers this entry picks: a host name, "*" for every host; "local" when left out');

/**
 * A Docker engine endpoint as Docker writes it: unix:///path, tcp://host:port, ssh://[user@]host[:port].
 * Anything else (http://, npipe://, a bare path) is refused with the forms that work.
 */
export type Endpoint =
  | { kind: 'unix'; path: string }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'ssh'; user: string | undefined; host: string; port: number | undefined };

export function parseEndpoint(raw: string): Endpoint {
  const text = raw.trim();
  const forms = 'unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT]';
  if (text.startsWith('unix://')) {
    const path = text.slice('unix://'.length);
    if (!path.startsWith('/')) throw new Error(`"${raw}" names no absolute socket path: write ${forms}`);
    return { kind: 'unix', path };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${raw}" is not a Docker endpoint: write ${forms}`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new Error(`"${raw}" names no host: write ${forms}`);
  if (url.pathname !== '' && url.pathname !== '/') throw new Error(`"${raw}" has a path, which Docker endpoints do not take: write ${forms}`);
  if (url.password) throw new Error(`"${raw}" holds a password: use an SSH key or agent instead (passwords are never stored)`);
  if (url.protocol === 'tcp:') {
    const port = url.port ? Number(url.port) : 2376;
    return { kind: 'tcp', host, port };
  }
  if (url.protocol === 'ssh:') {
    return { kind: 'ssh', user: url.username ? decodeURIComponent(url.username) : undefined, host, port: url.port ? Number(url.port) : undefined };
  }
  throw new Error(`"${raw}" uses ${url.protocol.replace(/:$/, '')}://, which is not supported: write ${forms}`);
}

/** Where an endpoint is, for messages: the URL without anything secret (there is nothing secret in it). */
export function describeEndpoint(e: Endpoint): string {
  switch (e.kind) {
    case 'unix':
      return `unix://${e.path}`;
    case 'tcp':
      return `tcp://${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}`;
    case 'ssh':
      return `ssh://${e.user ? `${e.user}@` : ''}${e.host}${e.port ? `:${e.port}` : ''}`;
  }
}

/** TLS material for a tcp endpoint, as file paths: the keys themselves are never stored. */
export interface TlsPaths {
  ca: string;
  cert: string;
  key: string;
}

/** A diagnosis target: one Docker engine and how to reach it. */
export interface HostSpec {
  name: string;
  /** The endpoint as given (unix://, tcp://, ssh://). */
  docker_host: string;
  tls: TlsPaths | null;
  /** An OpenSSH client config file for ssh:// (`ssh -F`); the user's own config when null. */
  ssh_config: string | null;
  /** Where gpu_report reads this host's GPUs (see jobs/gpu-report/source.ts); a default when null. */
  gpu_source: string | null;
}

/**
 * The names a container may use for a host: the host's own name, and the address in its endpoint
 * (for unix:// endpoints, this machine's host name). Lowercase.
 */
export function hostAddresses(spec: HostSpec, machineName: string): string[] {
  const names = new Set([spec.name.toLowerCase()]);
  try {
    const e = parseEndpoint(spec.docker_host);
    if (e.kind === 'unix') names.add(machineName.toLowerCase());
    else names.add(e.host.toLowerCase());
  } catch {
    // a malformed endpoint is reported when the host is used; it names nothing here
  }
  return [...names];
}

/**
 * Checks a host as given (by `host add` or add_host) and says what is wrong in words: "local" and
 * "*" are reserved, TLS needs all three files and a tcp endpoint, an ssh config only goes with ssh.
 */
export function checkHostSpec(h: HostSpec): HostSpec {
  if (h.name === LOCAL_HOST) throw new Error('"local" is this machine\'s engine (DOCKER_HOST or the default socket) and needs no setup: pick another name');
  const e = parseEndpoint(h.docker_host);
  if (h.tls && e.kind !== 'tcp') throw new Error(`TLS files go with a tcp:// endpoint; ${describeEndpoint(e)} takes none`);
  if (h.ssh_config && e.kind !== 'ssh') throw new Error(`an ssh config file goes with an ssh:// endpoint; ${describeEndpoint(e)} takes none`);
  if (e.kind === 'tcp' && !h.tls && !isLoopback(e.host)) {
    throw new Error(`${describeEndpoint(e)} without TLS would be read unencrypted over the network (an engine open that way hands root to anyone on it): give --tls-ca, --tls-cert and --tls-key, or use ssh://`);
  }
  return { ...h, docker_host: describeEndpoint(e) };
}
