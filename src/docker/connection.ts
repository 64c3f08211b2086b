import { readFile, stat } from 'node:fs/promises';
import { inspect } from 'node:util';
import type Dockerode from 'dockerode';
import { isLoopback } from '../domain/loopback.js';
import { describeEndpoint, LOCAL_HOST, parseEndpoint, type Endpoint, type HostSpec, type TlsPaths } from '../domain/host.js';
import { ToolError } from '../errors.js';

/** An engine connection, ready to hand to dockerode, and how to let its sockets go. */
export interface EngineConnection {
  options: Dockerode.DockerOptions;
  close(): void;
}

/**
 * How to reach one host's engine, the way Docker itself does: a unix socket, tcp (with TLS from
 * three PEM files), or ssh (the system ssh client running `docker system dial-stdio`). Every
 * connection goes through one keep-alive agent per host holding at most `maxSockets` connections,
 * so hosts are read in parallel but none is flooded. TLS files are read here, when the host is
 * first used, never stored.
 */
export async function engineConnection(spec: HostSpec, timeoutMs: number, maxSockets: number): Promise<EngineConnection> {
  const made = await connectionFor(spec, timeoutMs, maxSockets);
  // docker-modem formats every request's options with util.inspect (showHidden, unlimited depth)
  // for its debug log, whether or not that log is on: an agent, with its sockets, queues and
  // functions, cost more CPU than the request itself. A one-word description is all it needs.
  const agent = (made.options as { agent?: object }).agent;
  if (agent) Object.defineProperty(agent, inspect.custom, { value: () => `[Agent ${spec.name}]` });
  return made;
}

async function connectionFor(spec: HostSpec, timeoutMs: number, maxSockets: number): Promise<EngineConnection> {
  const endpoint = parseEndpoint(spec.docker_host);
  // node:http, node:https (with tls) and the ssh agent load on the first Docker call, not at
  // start-up: a server that is only asked for its tool list never needs them.
  const { Agent: HttpAgent } = await import('node:http');
  const base = { timeout: timeoutMs };
  switch (endpoint.kind) {
    case 'unix': {
      const agent = new HttpAgent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
      return { options: { ...base, socketPath: endpoint.path, agent } as Dockerode.DockerOptions, close: () => agent.destroy() };
    }
    case 'tcp': {
      if (!spec.tls) {
        // "local" is whatever DOCKER_HOST says in the user's own environment (a CI job's dind, say);
        // a host added here must use TLS off loopback.
        if (spec.name !== LOCAL_HOST && !isLoopback(endpoint.host)) throw plainTcpRefused(spec.name, endpoint);
        const agent = new HttpAgent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
        return { options: { ...base, host: endpoint.host, port: endpoint.port ?? 2375, protocol: 'http', agent } as Dockerode.DockerOptions, close: () => agent.destroy() };
      }
      const material = await readTls(spec.name, spec.tls);
      const { Agent: HttpsAgent } = await import('node:https');
      const agent = new HttpsAgent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, ...material });
      return { options: { ...base, host: endpoint.host, port: endpoint.port ?? 2376, protocol: 'https', ...material, agent } as Dockerode.DockerOptions, close: () => agent.destroy() };
    }
    case 'ssh': {
      const { sshAgent } = await import('./ssh-agent.js');
      const agent = sshAgent(endpoint, spec.ssh_config, maxSockets);
      // The host name is never resolved: the agent's connections are ssh processes.
      return { options: { ...base, host: 'docker', port: 80, protocol: 'http', agent } as Dockerode.DockerOptions, close: () => agent.destroy() };
    }
  }
}

function plainTcpRefused(host: string, e: Endpoint): ToolError {
  return new ToolError(
    'INVALID',
    `Host "${host}" is ${describeEndpoint(e)} without TLS: an engine reachable unencrypted over the network hands root to anyone on it, so it is not read.`,
    `Give it TLS files (\`cyberbrain-mcp host add ${host} --docker-host ${describeEndpoint(e)} --tls-ca ca.pem --tls-cert cert.pem --tls-key key.pem\`), or reach it over ssh://.`,
  );
}

/** A PEM file is a few kilobytes: anything bigger, or not a regular file (a FIFO, /dev/zero), is refused before it is read. */
export const MAX_TLS_FILE_BYTES = 1024 * 1024;

async function readTls(host: string, paths: TlsPaths): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }> {
  const read = async (what: string, path: string) => {
    try {
      const s = await stat(path);
      if (!s.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
      if (s.size > MAX_TLS_FILE_BYTES) throw Object.assign(new Error('too big'), { code: `${s.size} bytes, more than a PEM file holds` });
      return await readFile(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new ToolError('DOCKER_UNAVAILABLE', `Host "${host}": the TLS ${what} file ${path} cannot be read (${code}).`, `Fix the path with \`cyberbrain-mcp host add ${host} … --tls-${what} FILE\` (the file must be readable by this process).`);
    }
  };
  const [ca, cert, key] = await Promise.all([read('ca', paths.ca), read('cert', paths.cert), read('key', paths.key)]);
  return { ca, cert, key };
}
