import { createApp } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { buildServer } from '../server.js';
import { guardRequests } from './request-guard.js';
import { LineStdioTransport } from './stdio-lines.js';

/** How long a stopping server may take to close cleanly before it exits anyway. */
const EXIT_WITHIN_MS = 800;

/** The default transport: one client on stdin/stdout. Ends when the client closes stdin. */
export async function serveStdio(config: Config, log: Logger): Promise<void> {
  const app = createApp(config, log);
  const { server, cleanup } = buildServer(app.deps, { actor: { name: 'local', transport: 'stdio' }, readOnly: config.readOnly });
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'stopping');
    // Whatever is still running (a run, a Docker call, a timer), a server whose client is gone
    // must not linger as an orphan: the database marks its runs interrupted, and it exits.
    setTimeout(() => process.exit(0), EXIT_WITHIN_MS).unref();
    cleanup();
    await server.close().catch(() => undefined);
    await app.close();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop('stdin closed'));
  process.stdin.on('close', () => void stop('stdin closed'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const transport = new LineStdioTransport(process.stdin, process.stdout);
  await server.connect(transport);
  guardRequests(transport);
  log.info({ db: config.dbPath, readOnly: config.readOnly }, 'cyberbrain-mcp serving over stdio');
  if (!config.redaction.maskPersonal) log.warn('DEBUG_REDACTED_MODE=false: IP and e-mail addresses are not masked (secrets still are)');
}
