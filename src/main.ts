import module from 'node:module';
import { ToolError } from './errors.js';
import { ConfigError, loadConfig } from './config.js';
import { parse, UsageError } from './cli/args.js';
import { hoistGlobalFlags, joinNegativeValues } from './cli/global-flags.js';
import { forCli } from './cli/hints.js';
import { createApp } from './app.js';
import { exitWhenStopped } from './cli/lifecycle.js';
import { createLogger } from './log.js';
import { serve } from './transport/serve.js';
import { VERSION } from './version.js';
import { redactText } from './redact/scrub.js';

// Each command is loaded when asked for: the stdio server an assistant spawns (no command at all)
// parses none of them, nor what they pull in (express, jose and prom-client for the HTTP server,
// the graph layout for HTML reports). Every assistant pays that cold start at each launch.
const COMMANDS: Record<string, (argv: string[]) => Promise<number | undefined>> = {
  serve: async (argv) => (await import('./cli/serve.js')).serveCommand(argv),
  token: async (argv) => (await import('./cli/token.js')).tokenCommand(argv),
  prune: async (argv) => (await import('./cli/prune.js')).pruneCommand(argv),
  run: async (argv) => (await import('./cli/run.js')).runCommand(argv),
  runs: async (argv) => (await import('./cli/commands.js')).runsCommand(argv),
  allowlist: async (argv) => (await import('./cli/commands.js')).allowlistCommand(argv),
  host: async (argv) => (await import('./cli/host.js')).hostCommand(argv),
  redact: async (argv) => (await import('./cli/redact.js')).redactCommand(argv),
  report: async (argv) => (await import('./cli/read-commands.js')).reportCommand(argv),
  containers: async (argv) => (await import('./cli/read-commands.js')).containersCommand(argv),
  directives: async (argv) => (await import('./cli/read-commands.js')).directivesCommand(argv),
  directive: async (argv) => (await import('./cli/read-commands.js')).directiveCommand(argv),
  doctor: async (argv) => (await import('./cli/doctor.js')).doctorCommand(argv),
};

/** How long the stdio server waits for a first message from its client before opening its database anyway. */
const START_AFTER_MS = 250;

async function main(raw: string[]): Promise<number | undefined> {
  const argv = joinNegativeValues(hoistGlobalFlags(raw));
  const [first, ...rest] = argv;
  if (first && COMMANDS[first]) return COMMANDS[first](rest);
  if (first && !first.startsWith('-')) throw new UsageError(`unknown command "${first}"`);
  const { values } = parse(argv, { db: { type: 'string' }, 'read-only': { type: 'boolean' }, version: { type: 'boolean', short: 'v' } });
  if (values.help) {
    const { MAIN_HELP, SERVE_HELP } = await import('./cli/help.js');
    return void process.stderr.write(`${MAIN_HELP}\n\n${SERVE_HELP}\n`), 0;
  }
  if (values.version) return void process.stderr.write(`${VERSION}\n`), 0;
  const config = loadConfig({ db: values.db as string | undefined, readOnly: values['read-only'] as boolean | undefined });
  const log = createLogger(config.logLevel);
  const app = createApp(config, log, { start: 'later' });
  const serving = await serve(app.deps, { transport: 'stdio', input: process.stdin, output: process.stdout, readOnly: config.readOnly, log });
  // The database opens (and the engine starts) once the client's first message is answered:
  // answering initialize needs neither, and an assistant waits for that answer at every launch.
  // (A request that needs the database before then opens it itself.) Nobody speaking for a moment
  // starts it too, and so does a client that leaves at once (before the stop below closes the app):
  // a database that cannot be opened still ends the process with its one-line reason and code 2.
  let startTried = false;
  const startApp = () => {
    if (startTried) return;
    startTried = true;
    clearTimeout(startSoon);
    try {
      app.start();
    } catch (err) {
      failed(err);
    }
  };
  const startSoon = setTimeout(startApp, START_AFTER_MS);
  // A client that spoke is answered first, however long its first answer takes to build (a loaded
  // machine): the timer is only for a client that says nothing.
  void serving.firstHeard?.then(() => clearTimeout(startSoon));
  void serving.firstAnswer?.then(() => setImmediate(startApp));
  // Registered before exitWhenStopped's own reaction to `ended`, so it runs first.
  void serving.ended.then(startApp);
  exitWhenStopped(serving, app, log, 800);
  // What start-up compiled goes to Node's compile cache now (Node >= 22.10; see index.ts), not
  // only at a normal exit, which a server ended by a signal never reaches.
  setTimeout(() => (module as { flushCompileCache?: () => void }).flushCompileCache?.(), 2_000).unref();
  log.info({ db: config.dbPath, readOnly: config.readOnly }, 'cyberbrain-mcp serving over stdio');
  if (!config.redaction.maskPersonal) log.warn('DEBUG_REDACTED_MODE=false: IP and e-mail addresses are not masked (secrets still are)');
  return undefined; // keeps serving until stdin closes or a signal comes
}

/**
 * A finished command exits once its output is flushed, rather than when the last timer of work it
 * abandoned (a cancelled run's Docker call, say) runs out.
 */
function exitWith(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code))); // stdout-ok: an empty write, only to flush
}

/** A command or the server could not go on: one line on stderr (redacted) and the exit code that says why. */
function failed(err: unknown): void {
  // Error text can echo what the user typed or what Docker said: it passes the redactor too.
  const say = (text: string) => process.stderr.write(`cyberbrain-mcp: ${redactText(text)}\n`);
  if (err instanceof UsageError || err instanceof ConfigError) {
    say(`${err.message}. See cyberbrain-mcp --help`);
    exitWith(2);
  } else if (err instanceof ToolError) {
    // A person at a terminal gets commands, not tool names, in the hint. An unknown name or a
    // bad value is a usage error (2); the rest (no container to run on, engine down) could not start (3).
    say(`${err.message} ${forCli(err.hint)}`);
    exitWith(err.code === 'INVALID' || err.code === 'NOT_FOUND' ? 2 : 3);
  } else {
    say(`unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
    exitWith(1);
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code !== undefined) exitWith(code);
}, failed);
