#!/usr/bin/env node
import { ToolError } from './errors.js';
import { ConfigError, loadConfig } from './config.js';
import { parse, UsageError } from './cli/args.js';
import { allowlistCommand, runCommand, runsCommand } from './cli/commands.js';
import { redactCommand } from './cli/redact.js';
import { MAIN_HELP, SERVE_HELP } from './cli/help.js';
import { createLogger } from './log.js';
import { serveStdio } from './transport/stdio.js';
import { VERSION } from './version.js';
import { redactText } from './redact/scrub.js';

// The HTTP server and token commands pull in express, jose and prom-client: they are loaded only
// when asked for, so the stdio server an assistant spawns starts without them.
const COMMANDS: Record<string, (argv: string[]) => Promise<number | undefined>> = {
  serve: async (argv) => (await import('./cli/serve.js')).serveCommand(argv),
  token: async (argv) => (await import('./cli/token.js')).tokenCommand(argv),
  prune: async (argv) => (await import('./cli/prune.js')).pruneCommand(argv),
  run: runCommand,
  runs: runsCommand,
  allowlist: allowlistCommand,
  redact: redactCommand,
};

async function main(argv: string[]): Promise<number | undefined> {
  const [first, ...rest] = argv;
  if (first && COMMANDS[first]) return COMMANDS[first](rest);
  if (first && !first.startsWith('-')) throw new UsageError(`unknown command "${first}"`);
  const { values } = parse(argv, { db: { type: 'string' }, 'read-only': { type: 'boolean' }, version: { type: 'boolean', short: 'v' } });
  if (values.help) return void process.stderr.write(`${MAIN_HELP}\n\n${SERVE_HELP}\n`), 0;
  if (values.version) return void process.stderr.write(`${VERSION}\n`), 0;
  const config = loadConfig({ db: values.db as string | undefined, readOnly: values['read-only'] as boolean | undefined });
  await serveStdio(config, createLogger(config.logLevel));
  return undefined; // keeps serving until stdin closes
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (err: unknown) => {
    // Error text can echo what the user typed or what Docker said: it passes the redactor too.
    const say = (text: string) => process.stderr.write(`cyberbrain-mcp: ${redactText(text)}\n`);
    if (err instanceof UsageError || err instanceof ConfigError) {
      say(`${err.message}. See cyberbrain-mcp --help`);
      process.exitCode = 2;
    } else if (err instanceof ToolError) {
      say(`${err.message} ${err.hint}`);
      process.exitCode = 3;
    } else {
      say(`unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  },
);
