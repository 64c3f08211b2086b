import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { sshArgs, type SshEndpoint } from './ssh-args.js';

/** What ssh said on stderr when it failed: its first meaningful line, for the error message. */
function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0 && !l.startsWith('Warning: Permanently added')) ?? ''
  ).slice(0, 300);
}

/**
 * One engine connection over ssh: the system's OpenSSH client runs `docker system dial-stdio` on
 * the remote host, exactly as the Docker CLI does for ssh:// endpoints, so the user's ssh config,
 * agent, keys and known_hosts all apply (BatchMode: never a prompt; an unknown host key is refused).
 * The child's stdin/stdout are the HTTP connection.
 */
function dialOverSsh(e: SshEndpoint, configFile: string | null): Duplex {
  const child = spawn('ssh', sshArgs(e, configFile, ['docker', 'system', 'dial-stdio']), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    if (stderr.length < 4096) stderr += d;
  });
  const socket = Duplex.from({ readable: child.stdout, writable: child.stdin });
  const fail = (err: NodeJS.ErrnoException) => {
    if (!socket.destroyed) socket.destroy(err);
  };
  child.on('error', (err: NodeJS.ErrnoException) =>
    fail(Object.assign(new Error(err.code === 'ENOENT' ? 'the ssh client is not installed (Debian: openssh-client)' : `ssh could not start: ${err.message}`), { code: 'SSH_FAILED' })),
  );
  // However ssh ends, its connection ends with it: never a half-open socket left in the agent's pool.
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) fail(Object.assign(new Error(`ssh exited with status ${code}${stderr ? `: ${firstLine(stderr)}` : ''}`), { code: 'SSH_FAILED' }));
    else if (!socket.destroyed) socket.destroy();
  });
  socket.on('close', () => {
    clearTimeout(idle);
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  // http.ClientRequest and Agent treat the connection as a net.Socket. setTimeout is an idle
  // timer (the agent closes a kept-alive connection nobody used for a while); the rest are no-ops on a pipe.
  const asSocket = socket as unknown as Socket;
  let idle: NodeJS.Timeout | undefined;
  let idleMs = 0;
  const rearm = () => {
    clearTimeout(idle);
    if (idleMs > 0 && !socket.destroyed) {
      idle = setTimeout(() => socket.emit('timeout'), idleMs);
      idle.unref();
    }
  };
  child.stdout.on('data', rearm);
  asSocket.setTimeout = function (this: Socket, ms: number, callback?: () => void) {
    idleMs = ms;
    if (callback) socket.once('timeout', callback);
    rearm();
    return this;
  };
  asSocket.setNoDelay = function (this: Socket) {
    return this;
  };
  asSocket.setKeepAlive = function (this: Socket) {
    return this;
  };
  asSocket.ref = function (this: Socket) {
    return this;
  };
  asSocket.unref = function (this: Socket) {
    return this;
  };
  return socket;
}

const IDLE_MS = 30_000;

/**
 * An HTTP agent whose connections are ssh processes. Kept alive and bounded: at most `maxSockets`
 * ssh connections per host, reused across requests, so a run over 30 containers opens a few
 * connections, not hundreds.
 */
export function sshAgent(e: SshEndpoint, configFile: string | null, maxSockets: number): Agent {
  // An idle kept-alive connection (an ssh process) is closed after IDLE_MS.
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: IDLE_MS });
  (agent as unknown as { createConnection: () => Duplex }).createConnection = () => dialOverSsh(e, configFile);
  return agent;
}
