import { serveStdio as serveMcpStdio } from '@modelcontextprotocol/server/stdio';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { buildServer } from '../server.js';
import { checkRequest } from './request-guard.js';
import { LineStdioTransport } from './stdio-lines.js';

/** How long a stopping server may take to close cleanly before it exits anyway. */
const EXIT_WITHIN_MS = 800;

/**
 * The default transport: one client on stdin/stdout. Ends when the client closes stdin.
 *
 * SDK v2's entry picks the era from the client's opening message: a 2025 client's `initialize`
 * pins the connection to a 2025-era server, a 2026-07-28 client's first request (or
 * `server/discover`) to a modern one. Either way the server comes from the same buildServer; the
 * entry may build one more for a `server/discover` probe and discard it (its cleanup runs when it
 * closes).
 */
export async function serveStdio(config: Config, log: Logger): Promise<void> {
  const app = createApp(config, log);
  const cleanups = new Set<() => void>();
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'stopping');
    // Whatever is still running (a run, a Docker call, a timer), a server whose client is gone
    // must not linger as an orphan: the database marks its runs interrupted, and it exits.
    setTimeout(() => process.exit(0), EXIT_WITHIN_MS).unref();
    for (const c of cleanups) c();
    await handle.close().catch(() => undefined);
    await app.close();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop('stdin closed'));
  process.stdin.on('close', () => void stop('stdin closed'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Our own line transport: a bad line or an oversize message is answered and the server goes on
  // (the SDK's closes the connection), and requests of the wrong shape get -32602 naming the field.
  const transport = new LineStdioTransport(process.stdin, process.stdout, undefined, checkRequest);
  const handle = serveMcpStdio(
    ({ era }) => {
      const { server, cleanup } = buildServer(app.deps, { actor: { name: 'local', transport: 'stdio' }, readOnly: config.readOnly, era });
      cleanups.add(cleanup);
      const previous = server.server.onclose;
      server.server.onclose = () => {
        previous?.();
        cleanup();
        cleanups.delete(cleanup);
      };
      log.debug({ era }, 'MCP server built for the stdio connection');
      return server;
    },
    { transport, onerror: (err) => log.debug({ err }, 'stdio protocol error') },
  );
  log.info({ db: config.dbPath, readOnly: config.readOnly }, 'cyberbrain-mcp serving over stdio');
  if (!config.redaction.maskPersonal) log.warn('DEBUG_REDACTED_MODE=false: IP and e-mail addresses are not masked (secrets still are)');
}
