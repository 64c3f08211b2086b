import { createApp } from '../app.js';
import { loadConfig, type ConfigFlags } from '../config.js';
import { createLogger } from '../log.js';
import { explainStorageError } from '../store/errors.js';

// The CLI is for a person at a terminal: it prints to stdout on purpose (no MCP stream here).
export const print = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); // stdout-ok

/** A line for the person on stderr (progress, where a file went): never mixed into piped output. */
export const note = (text: string): void => void process.stderr.write(`${text}\n`);

export type App = ReturnType<typeof createApp>;

/** Opens the store and engine for one command, and closes them whatever happens. */
export function withApp<T>(flags: ConfigFlags, fn: (app: App) => Promise<T>): Promise<T> {
  const config = loadConfig(flags);
  const app = createApp(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  // A full or read-only disk is the user's to fix: say which file and what to do, not "unexpected".
  return fn(app)
    .catch((err: unknown) => {
      throw explainStorageError(err, config.dbPath) ?? err;
    })
    .finally(() => app.close());
}

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
