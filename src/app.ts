import type { Config } from './config.js';
import { Fleet } from './docker/fleet.js';
import { LOCAL_HOST, type HostSpec } from './domain/host.js';
import { RunEngine } from './jobs/runner.js';
import type { Logger } from './log.js';
import { configureRedaction } from './redact/scrub.js';
import { openStore } from './store/index.js';
import type { ToolDeps } from './tools/context.js';
import { ResultCache } from './tools/result-cache.js';

/** The host "local" as the configuration describes it (DOCKER_HOST or the default socket). */
export function localHost(config: Config): HostSpec {
  return { name: LOCAL_HOST, docker_host: config.localDocker.host, tls: config.localDocker.tls, ssh_config: null, gpu_source: null };
}

/** Everything a process needs, wired once: store, the fleet of guarded Docker clients, run engine. */
export function createApp(config: Config, log: Logger): { deps: ToolDeps; close: () => Promise<void> } {
  // The redactor is process-wide: every byte logged, stored or returned passes it, so it is set first.
  configureRedaction(config.redaction);
  const store = openStore(config.dbPath);
  const fleet = new Fleet(localHost(config), () => store.hosts.list(), () => store.allowlist.list(), config.dockerTimeoutMs, config.hostConnections);
  const engine = new RunEngine(store, fleet, config, log);
  engine.start();
  let closed = false;
  return {
    deps: { store, fleet, engine, config, log, results: new ResultCache() },
    close: async () => {
      if (closed) return;
      closed = true;
      await engine.shutdown();
      fleet.close();
      store.close();
    },
  };
}
