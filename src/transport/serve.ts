import type { Readable, Writable } from 'node:stream';
import type { Logger } from '../log.js';
import type { ToolDeps } from '../tools/context.js';
import type { HttpOptions } from './http/options.js';
import { serveStdio } from './stdio.js';

/** How the server is reached: one client on a pair of streams, or HTTP with authentication. */
export type ServeOptions = { transport: 'stdio'; input: Readable; output: Writable } | { transport: 'http'; http: HttpOptions };

/** A transport being served. */
export interface Serving {
  /** Settles with why when the transport ended by itself (the stdio client closed its side); HTTP ends only by close(). */
  ended: Promise<string>;
  /** Stops taking requests and closes every connection; runs, the store and Docker belong to the caller. */
  close(): Promise<void>;
  /** Where an HTTP server listens. */
  url?: string;
  /** stdio: settles once the client's first message has been answered (or the client went away). */
  firstAnswer?: Promise<void>;
  /** stdio: settles once the client's first bytes arrived (or the client went away). */
  firstHeard?: Promise<void>;
}

/**
 * The one lifecycle of every transport: serve(deps, options) → { ended, close }. The caller wires
 * the app (createApp) and owns the process: signals and exit live in the CLI (cli/lifecycle.ts),
 * so a test drives either transport in-process with its own streams or port.
 */
export async function serve(deps: ToolDeps, options: ServeOptions & { readOnly: boolean; log: Logger }): Promise<Serving> {
  if (options.transport === 'stdio') {
    return serveStdio(deps, { input: options.input, output: options.output, readOnly: options.readOnly, log: options.log });
  }
  // Express, jose and prom-client load only for HTTP: the stdio server starts without them.
  const { startHttpServer } = await import('./http/server.js');
  const http = await startHttpServer(deps, options.readOnly, options.http, options.log);
  return { ended: new Promise<string>(() => undefined), close: http.close, url: http.url };
}
