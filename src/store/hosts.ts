import type Database from 'better-sqlite3';
import type { HostSpec } from '../domain/host.js';

interface Row {
  name: string;
  docker_host: string;
  tls_ca: string | null;
  tls_cert: string | null;
  tls_key: string | null;
  ssh_config: string | null;
  gpu_source: string | null;
}

const toSpec = (r: Row): HostSpec => ({
  name: r.name,
  docker_host: r.docker_host,
  tls: r.tls_ca && r.tls_cert && r.tls_key ? { ca: r.tls_ca, cert: r.tls_cert, key: r.tls_key } : null,
  ssh_config: r.ssh_config,
  gpu_source: r.gpu_source,
});

/** Hosts other than "local", as added with `host add`. Paths only: no key material is ever stored. */
export class HostsRepo {
  private readonly all;
  private readonly upsert;
  private readonly remove;

  constructor(db: Database.Database) {
    this.all = db.prepare<[], Row>('SELECT name, docker_host, tls_ca, tls_cert, tls_key, ssh_config, gpu_source FROM hosts ORDER BY name');
    this.upsert = db.prepare(
      `INSERT INTO hosts (name, docker_host, tls_ca, tls_cert, tls_key, ssh_config, gpu_source, created_at, updated_at)
       VALUES (@name, @docker_host, @tls_ca, @tls_cert, @tls_key, @ssh_config, @gpu_source, @now, @now)
       ON CONFLICT (name) DO UPDATE SET docker_host = excluded.docker_host, tls_ca = excluded.tls_ca, tls_cert = excluded.tls_cert,
         tls_key = excluded.tls_key, ssh_config = excluded.ssh_config, gpu_source = excluded.gpu_source, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM hosts WHERE name = ?');
  }

  list(): HostSpec[] {
    return this.all.all().map(toSpec);
  }

  find(name: string): HostSpec | undefined {
    return this.list().find((h) => h.name === name);
  }

  /** Adds the host, or replaces the one of that name. */
  put(h: HostSpec): void {
    this.upsert.run({ name: h.name, docker_host: h.docker_host, tls_ca: h.tls?.ca ?? null, tls_cert: h.tls?.cert ?? null, tls_key: h.tls?.key ?? null, ssh_config: h.ssh_config, gpu_source: h.gpu_source, now: Date.now() });
  }

  delete(name: string): boolean {
    return this.remove.run(name).changes > 0;
  }
}
