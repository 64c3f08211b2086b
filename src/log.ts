import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import { redactDeep } from './redact/scrub.js';

export type { Logger };

/**
 * The logger writes to stderr (fd 2) only: in stdio mode stdout carries the protocol and a
 * stray byte there breaks the client. Every argument passes the redactor before pino
 * serialises it, so a secret inside a message string is scrubbed too, not only known keys.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream | number = 2): Logger {
  const pretty = destination === 2 && process.stderr.isTTY && !process.env.CI;
  const stream = (pretty ? prettyTransport() : undefined) ?? (typeof destination === 'number' ? pino.destination({ fd: destination, sync: false }) : destination);
  return pino(
    {
      level,
      base: { pid: process.pid },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => redactDeep(a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => redactDeep(e instanceof Error ? e : { value: e }) },
    },
    stream,
  );
}

/**
 * pino is bundled into dist/ (one parsed file beats resolving twenty at every cold start), but a
 * transport runs in a worker thread that loads its files by path: they are read from node_modules,
 * where npm installed pino, as pino's guide for bundlers asks. Only a person's terminal gets here;
 * undefined where those files are not installed.
 */
function prettyTransport(): ReturnType<typeof pino.transport> | undefined {
  try {
    const fromHere = createRequire(import.meta.url);
    const fromPino = createRequire(fromHere.resolve('pino'));
    (globalThis as { __bundlerPathsOverrides?: Record<string, string> }).__bundlerPathsOverrides = {
      'pino-worker': fromHere.resolve('pino/lib/worker.js'),
      'thread-stream-worker': fromPino.resolve('thread-stream/lib/worker.js'),
      'pino/file': fromHere.resolve('pino/file.js'),
      'pino-pretty': fromHere.resolve('pino-pretty'),
    };
    return pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } });
  } catch {
    // Not installed beside us (the Claude Desktop bundle carries only what the bundle needs):
    // plain JSON lines on stderr, as when stderr is not a terminal.
    return undefined;
  }
}
