import type { Config } from './config.js';
import { GuardedDocker } from './docker/guarded-client.js';
import { RunEngine } from './jobs/runner.js';
import type { Logger } from './log.js';
import { openStore } from './store/index.js';
import type { ToolDeps } from './tools/context.js';

/** Everything a process needs, wired once: store, guarded Docker client, run engine. */
export function createApp(config: Config, log: Logger): { deps: ToolDeps; close: () => Promise<void> } {
  const store = openStore(config.dbPath);
  const docker = new GuardedDocker(() => store.allowlist.list(), config.dockerTimeoutMs);
  const engine = new RunEngine(store, docker, config, log);
  engine.start();
  let closed = false;
  return {
    deps: { store, docker, engine, config, log },
    close: async () => {
      if (closed) return;
      closed = true;
      await engine.shutdown();
      store.close();
    },
  };
}
