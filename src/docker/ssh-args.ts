import type { Endpoint } from '../domain/host.js';

export type SshEndpoint = Extract<Endpoint, { kind: 'ssh' }>;

/** The ssh command line for an endpoint, as Docker's own CLI runs it. */
export function sshArgs(e: SshEndpoint, configFile: string | null, remoteCommand: string[]): string[] {
  // Never a prompt, never a forwarded agent, X11 or port, never a local command: only the dial.
  const args = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=10', '-T', '-x', '-a', '-o', 'ForwardAgent=no', '-o', 'ClearAllForwardings=yes', '-o', 'PermitLocalCommand=no'];
  if (configFile) args.push('-F', configFile);
  if (e.port !== undefined) args.push('-p', String(e.port));
  if (e.user !== undefined) args.push('-l', e.user);
  // `--` ends ssh's options: a host name can never be read as one.
  args.push('--', e.host, ...remoteCommand);
  return args;
}
