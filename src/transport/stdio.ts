import type { Readable, Writable } from 'node:stream';
import { serveStdio as serveMcpStdio } from '@modelcontextprotocol/server/stdio';
import type { Logger } from '../log.js';
import { buildServer } from '../server.js';
import type { ToolDeps } from '../tools/context.js';
import { checkRequest } from './request-guard.js';
import { LineStdioTransport } from './stdio-lines.js';
import type { Serving } from './serve.js';

export interface StdioOptions {
  /** Where the client's messages come from and where answers go: process.stdin/stdout for the CLI, any pair of streams in a test. */
  input: Readable;
  output: Writable;
  readOnly: boolean;
  log: Logger;
}

/**
 * One client on a pair of streams; ends when the client closes its side (`ended` settles).
 *
 * SDK v2's entry picks the era from the client's opening message: a 2025 client's `initialize`
 * pins the connection to a 2025-era server, a 2026-07-28 client's first request (or
 * `server/discover`) to a modern one. Either way the server comes from the same buildServer; the
 * entry may build one more for a `server/discover` probe and discard it (its cleanup runs when it
 * closes). Nothing here touches the process: no signals, no exit (the CLI owns those).
 */
export function serveStdio(deps: ToolDeps, options: StdioOptions): Serving {
  const { input, output, readOnly, log } = options;
  const cleanups = new Set<() => void>();
  let ended!: (why: string) => void;
  const endedPromise = new Promise<string>((resolve) => (ended = resolve));
  const onEnd = () => ended('stdin closed');
  input.on('end', onEnd);
  input.on('close', onEnd);
  // Our own line transport: a bad line or an oversize message is answered and the server goes on
  // (the SDK's closes the connection), and requests of the wrong shape get -32602 naming the field.
  const transport = new LineStdioTransport(input, output, undefined, checkRequest);
  const handle = serveMcpStdio(
    ({ era }) => {
      const { server, cleanup } = buildServer(deps, { actor: { name: 'local', transport: 'stdio' }, readOnly, era });
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
  let closing: Promise<void> | undefined;
  return {
    ended: endedPromise,
    firstAnswer: transport.firstSent,
    firstHeard: transport.firstHeard,
    close: () =>
      (closing ??= (async () => {
        input.off('end', onEnd);
        input.off('close', onEnd);
        for (const c of cleanups) c();
        await handle.close().catch(() => undefined);
      })()),
  };
}
