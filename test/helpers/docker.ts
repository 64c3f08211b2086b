import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

export const TEST_IMAGE = 'cyberbrain-test/busybox:latest';
export const dockerSkipped = process.env.SKIP_DOCKER_TESTS === '1';

export function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Another engine to talk to: `host` as for `docker -H`; `tlsDir` (ca.pem, cert.pem, key.pem) for a TLS tcp:// endpoint. */
export interface EngineTarget {
  host: string;
  tlsDir?: string;
}

/** The docker CLI's global options that point it at `target`. */
export function engineArgs(target: EngineTarget): string[] {
  const args = ['-H', target.host];
  if (target.tlsDir) {
    args.push('--tlsverify', '--tlscacert', join(target.tlsDir, 'ca.pem'), '--tlscert', join(target.tlsDir, 'cert.pem'), '--tlskey', join(target.tlsDir, 'key.pem'));
  }
  return args;
}

/**
 * Containers for one test file: each carries the label mcp.test=<uuid> so that cleanup removes
 * exactly these. They run with --network none: test containers send and receive nothing.
 * Given a target (e.g. `new TestContainers({ host: 'unix:///run/cb-docker2.sock' })`), every
 * command goes to that engine; without one, to the docker CLI's default engine.
 */
export class TestContainers {
  readonly tag = randomUUID();
  readonly prefix = `cbt-${this.tag.slice(0, 8)}`;
  readonly target: EngineTarget | undefined;

  constructor(target?: EngineTarget) {
    this.target = target;
  }

  private docker(...args: string[]): string {
    return this.target ? docker(...engineArgs(this.target), ...args) : docker(...args);
  }

  name(short: string): string {
    return `${this.prefix}-${short}`;
  }

  /** Starts a container running `script` under /bin/sh; returns its full id. `exactName` names it as given (e.g. the same name on two engines). */
  run(short: string, script: string, opts: { labels?: Record<string, string>; env?: Record<string, string>; tty?: boolean; exactName?: string } = {}): string {
    const args = ['run', '-d', '--name', opts.exactName ?? this.name(short), '--network', 'none', '--label', `mcp.test=${this.tag}`];
    for (const [k, v] of Object.entries(opts.labels ?? {})) args.push('--label', `${k}=${v}`);
    for (const [k, v] of Object.entries(opts.env ?? {})) args.push('--env', `${k}=${v}`);
    if (opts.tty) args.push('-t');
    args.push(TEST_IMAGE, '/bin/sh', '-c', script);
    return this.docker(...args);
  }

  /**
   * Creates a container without starting it: its networks, aliases, ports, labels and environment
   * are all readable by inspect, and it sends nothing. Extra networks are connected after create.
   */
  create(
    short: string,
    opts: { networks?: { name: string; aliases?: string[] }[]; ports?: string[]; labels?: Record<string, string>; env?: Record<string, string>; command?: string[]; extra?: string[] } = {},
  ): string {
    const args = ['create', '--name', this.name(short), '--label', `mcp.test=${this.tag}`];
    const [first, ...rest] = opts.networks ?? [];
    args.push('--network', first ? first.name : 'none');
    for (const a of first?.aliases ?? []) args.push('--network-alias', a);
    for (const p of opts.ports ?? []) args.push('-p', p);
    for (const [k, v] of Object.entries(opts.labels ?? {})) args.push('--label', `${k}=${v}`);
    for (const [k, v] of Object.entries(opts.env ?? {})) args.push('--env', `${k}=${v}`);
    args.push(...(opts.extra ?? []), TEST_IMAGE, ...(opts.command ?? ['sleep', '3600']));
    const id = this.docker(...args);
    for (const n of rest) this.docker('network', 'connect', ...(n.aliases ?? []).flatMap((a) => ['--alias', a]), n.name, this.name(short));
    return id;
  }

  /** An internal network, created only so that topology can be read; no container on it is started. */
  network(short: string): string {
    const name = this.name(short);
    this.docker('network', 'create', '--internal', '--label', `mcp.test=${this.tag}`, name);
    return name;
  }

  /** What a container of this set has logged so far (stdout and stderr). */
  logsOf(shortOrName: string): string {
    const name = shortOrName.startsWith('cbt-') ? shortOrName : this.name(shortOrName);
    return execFileSync('docker', [...(this.target ? engineArgs(this.target) : []), 'logs', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  removeAll(): void {
    const ids = this.docker('ps', '-aq', '--filter', `label=mcp.test=${this.tag}`).split('\n').filter(Boolean);
    if (ids.length > 0) this.docker('rm', '-f', ...ids);
    const nets = this.docker('network', 'ls', '-q', '--filter', `label=mcp.test=${this.tag}`).split('\n').filter(Boolean);
    if (nets.length > 0) this.docker('network', 'rm', ...nets);
  }
}

/** Waits until `probe` returns true, polling; fails with `what` after `ms`. */
export async function waitUntil(probe: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}
