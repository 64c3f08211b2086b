import { createHash } from 'node:crypto';
import type { AllowlistEntry } from '../domain/allowlist.js';
import { LOCAL_HOST, type HostSpec } from '../domain/host.js';
import { ToolError } from '../errors.js';
import { entriesFor } from './guard.js';
import { GuardedDocker } from './guarded-client.js';

/**
 * Every engine this server reads, by host name. "local" is this machine's engine (DOCKER_HOST or
 * the default socket) and needs no setup; the others come from the store and are read afresh at
 * every lookup, so `host add` and `host rm` in another process take effect at the next call.
 * A host costs nothing until it is used: its client (and dockerode itself) is made on first call.
 * Each host's client sees only the allowlist entries of that host (and "*").
 */
export class Fleet {
  private readonly clients = new Map<string, { fingerprint: string; client: GuardedDocker }>();

  constructor(
    private readonly local: HostSpec,
    private readonly storedHosts: () => HostSpec[],
    private readonly allowlist: () => AllowlistEntry[],
    private readonly timeoutMs: number,
    private readonly connectionsPerHost: number,
  ) {}

  /** Every host, local first, then by name. */
  hosts(): HostSpec[] {
    return [this.local, ...this.storedHosts().filter((h) => h.name !== LOCAL_HOST).sort((a, b) => a.name.localeCompare(b.name))];
  }

  spec(name: string): HostSpec | undefined {
    return this.hosts().find((h) => h.name === name);
  }

  /** The guarded client of one host; NOT_FOUND names the hosts there are. */
  get(name: string): GuardedDocker {
    const spec = this.spec(name);
    if (!spec) {
      throw new ToolError('NOT_FOUND', `No host named "${name}".`, `Hosts: ${this.hosts().map((h) => h.name).join(', ')}. Add one with \`cyberbrain-mcp host add ${name} --docker-host …\`.`);
    }
    const fingerprint = createHash('sha256').update(JSON.stringify(spec)).digest('hex');
    const cached = this.clients.get(name);
    if (cached?.fingerprint === fingerprint) return cached.client;
    cached?.client.close();
    const client = new GuardedDocker(spec, () => entriesFor(name, this.allowlist()), this.timeoutMs, this.connectionsPerHost);
    this.clients.set(name, { fingerprint, client });
    return client;
  }

  /** The local engine's client. */
  get localClient(): GuardedDocker {
    return this.get(LOCAL_HOST);
  }

  /** Lets go of every connection (at shutdown). */
  close(): void {
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }
}
