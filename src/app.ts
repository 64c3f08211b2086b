import type { Config } from './config.js';
import { Fleet } from './docker/fleet.js';
import { LOCAL_HOST, type HostSpec } from './domain/host.js';
import { RunEngine } from './jobs/runner.js';
import type { Logger } from './log.js';
import { configureRedaction } from './redact/scrub.js';
import { openStore } from './store/index.js';
import { lazyStore } from './store/lazy.js';
import type { ToolDeps } from './tools/context.js';
import { ResultCache } from './tools/result-cache.js';

/** The host "local" as the configuration describes it (DOCKER_HOST or the default socket). */
export function localHost(config: Config): HostSpec {
  return { name: LOCAL_HOST, docker_host: config.localDocker.host, tls: config.localDocker.tls, ssh_config: null, gpu_source: null };
}

export interface App {
  deps: ToolDeps;
  /**
   * Opens the database and starts the run engine (sweeping runs a stopped server left behind,
   * heartbeats, pruning). Idempotent. Throws a ConfigError when the database cannot be opened.
   */
  start(): void;
  close(): Promise<void>;
}

/**
 * Everything a process needs, wired once: store, the fleet of guarded Docker clients, run engine.
 * Started at once unless `start: 'later'`: the stdio server answers `initialize` first and starts
 * right after (the store then opens on first use, or when `start` is called, whichever is first).
 */
export function createApp(config: Config, log: Logger, options: { start?: 'now' | 'later' } = {}): App {
  // Redaction settings are applied here, not by loadConfig (which has no side effects).
  configureRedaction(config.redaction);
  const store = lazyStore(config.dbPath, () => openStore(config.dbPath));
  const fleet = new Fleet(localHost(config), () => store.hosts.list(), () => store.allowlist.list(), config.dockerTimeoutMs, config.hostConnections);
  const engine = new RunEngine(store, fleet, config, log);
  let started = false;
  let closed = false;
  const app: App = {
    deps: { store, fleet, engine, config, log, results: new ResultCache() },
    start: () => {
      if (started || closed) return;
      void store.db; // opens it: a database that cannot be opened fails here, with its own message
      engine.start();
      started = true;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await engine.shutdown();
      fleet.close();
      store.close();
    },
  };
  if (options.start !== 'later') app.start();
  return app;
}
