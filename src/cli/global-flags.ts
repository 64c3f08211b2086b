import { UsageError } from './args.js';

/** Flags every command takes, accepted before the command name as well as after it. */
const GLOBAL_WITH_VALUE = new Set(['--db']);
const GLOBAL_BOOLEAN = new Set(['--read-only']);

/**
 * `cyberbrain-mcp --db X allowlist ls` reads as `cyberbrain-mcp allowlist ls --db X`: global flags
 * given before the command are moved after it, where each command parses them. With no command
 * (the stdio server) the argument list is returned as it is.
 */
export function hoistGlobalFlags(argv: string[]): string[] {
  const globals: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const arg = argv[i]!;
    const [name] = arg.split('=', 1) as [string];
    if (GLOBAL_BOOLEAN.has(arg)) {
      globals.push(arg);
      i++;
    } else if (GLOBAL_WITH_VALUE.has(name)) {
      if (arg.includes('=')) {
        globals.push(arg);
        i++;
      } else {
        if (argv[i + 1] === undefined) throw new UsageError(`${arg} needs a value`);
        globals.push(arg, argv[i + 1]!);
        i += 2;
      }
    } else {
      return argv; // --help, --version or a server flag: not a command line with a command
    }
  }
  if (i >= argv.length) return argv;
  const [command, ...rest] = argv.slice(i);
  // Sub-commands (allowlist ls, directive show, token create) keep their word first.
  return [command!, ...rest, ...globals];
}

/**
 * Lets a negative number be a flag's value (`--limit -5`), which node's parser would read as an
 * unknown short option and answer "ambiguous": the pair becomes `--limit=-5`, and the command's
 * own range check then says what is allowed.
 */
export function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
