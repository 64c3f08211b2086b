import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { LineRedactor } from '../redact/line-redactor.js';
import { configureRedaction, redactor } from '../redact/scrub.js';
import type { RedactionStats } from '../redact/engine.js';
import { parse, UsageError } from './args.js';
import { REDACT_HELP } from './help.js';
import { loadConfig } from '../config.js';

/**
 * `cyberbrain-mcp redact [FILE...]`: the server's own redactor as a filter, one output line per
 * input line, streaming (a file of any size passes in constant memory). --stats prints counts
 * per rule to stderr, never the values.
 */
export async function redactCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { stats: { type: 'boolean' } }, true);
  if (values.help) return void process.stdout.write(`${REDACT_HELP}\n`), 0; // stdout-ok: help for a person
  configureRedaction(loadConfig().redaction); // extra and allow patterns, personal-data masking
  const stats: RedactionStats = new Map();
  const sources: Readable[] = positionals.length > 0 ? [] : [process.stdin];
  for (const file of positionals) {
    sources.push(createReadStream(file));
  }
  for (const [i, source] of sources.entries()) {
    const lines = new LineRedactor(redactor(), stats);
    const reader = createInterface({ input: source, crlfDelay: Infinity });
    try {
      for await (const line of reader) {
        if (!process.stdout.write(`${lines.line(line)}\n`)) await new Promise((r) => process.stdout.once('drain', r)); // stdout-ok
      }
    } catch (err) {
      const name = positionals[i] ?? 'stdin';
      throw new UsageError(`cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (values.stats) {
    const total = [...stats.values()].reduce((a, b) => a + b, 0);
    const rows = [...stats.entries()].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${rule}: ${n}`);
    process.stderr.write(`redacted ${total} value${total === 1 ? '' : 's'}${rows.length ? `:\n${rows.join('\n')}` : ''}\n`);
  }
  return 0;
}
