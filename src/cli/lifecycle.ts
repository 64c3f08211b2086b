import type { Logger } from '../log.js';
import type { Serving } from '../transport/serve.js';

/**
 * The process around a served transport, for the CLI only: it stops on SIGINT, SIGTERM or the
 * transport's own end (stdin closed), closes the transport and then the app, and exits.
 * Whatever still runs (a run, a Docker call, a timer), a server whose client is gone must not
 * linger as an orphan: the database marks its runs interrupted, and the process exits within
 * `exitWithinMs` (stdio: the client is gone and may be waiting on us to go; HTTP: sessions get a
 * moment to close).
 */
export function exitWhenStopped(serving: Serving, app: { close(): Promise<void> }, log: Logger, exitWithinMs: number): void {
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'stopping');
    // A failure reported meanwhile (the CLI sets process.exitCode) keeps its code.
    setTimeout(() => process.exit(process.exitCode ?? 0), exitWithinMs).unref();
    await serving.close().catch((err: unknown) => log.warn({ err }, 'closing the transport failed'));
    await app.close();
    process.exit(process.exitCode ?? 0);
  };
  void serving.ended.then((why) => stop(why));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
