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
  const stream = pretty
    ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } })
    : typeof destination === 'number'
      ? pino.destination({ fd: destination, sync: false })
      : destination;
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
