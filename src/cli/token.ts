import { ScopeSchema, SCOPES, type Scope } from '../domain/scopes.js';
import { loadConfig } from '../config.js';
import { openStore } from '../store/index.js';
import { parse, UsageError } from './args.js';
import { TOKEN_HELP } from './help.js';

// A person at a terminal reads these: stdout on purpose.
const print = (text: string) => void process.stdout.write(`${text}\n`); // stdout-ok

/** `cyberbrain-mcp token create|ls|revoke`: bearer tokens for the HTTP transport. */
export async function tokenCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return print(TOKEN_HELP), sub === undefined ? 2 : 0;
  if (!['create', 'ls', 'revoke'].includes(sub)) throw new UsageError(`unknown token command "${sub}"; use create, ls or revoke`);
  const { values, positionals } = parse(rest, { name: { type: 'string' }, scope: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } }, sub === 'revoke');
  if (values.help) return print(TOKEN_HELP), 0;
  const store = openStore(loadConfig({ db: values.db as string | undefined }).dbPath);
  try {
    if (sub === 'create') {
      const name = values.name as string | undefined;
      if (!name || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name)) throw new UsageError('token create needs --name NAME (letters, digits, _ . -)');
      const scopes = ((values.scope as string | undefined) ?? 'runs:read').split(',').map((s) => s.trim());
      for (const s of scopes) if (!ScopeSchema.safeParse(s).success) throw new UsageError(`unknown scope "${s}"; scopes are ${SCOPES.join(', ')}`);
      if (store.tokens.list().some((t) => t.name === name)) throw new UsageError(`a token named "${name}" exists; revoke it or pick another name`);
      const token = store.write(() => {
        const t = store.tokens.create(name, scopes as Scope[]);
        store.audit.record({ name: 'cli', transport: 'cli' }, 'token.create', name, { scopes });
        return t;
      });
      print(token);
      process.stderr.write(`Token "${name}" (${scopes.join(', ')}) created. It is shown once and only its hash is stored.\n`);
      return 0;
    }
    if (sub === 'ls') {
      const tokens = store.tokens.list();
      if (values.json) return print(JSON.stringify(tokens, null, 2)), 0;
      if (tokens.length === 0) return print('No tokens. Create one with: cyberbrain-mcp token create --name NAME --scope runs:read'), 0;
      const iso = (ms: number | null) => (ms ? new Date(ms).toISOString() : '-');
      for (const t of tokens) print(`${t.name.padEnd(20)} ${t.scopes.join(',').padEnd(28)} created ${iso(t.created_at)} last used ${iso(t.last_used_at)}${t.revoked_at ? ` REVOKED ${iso(t.revoked_at)}` : ''}`);
      return 0;
    }
    const name = positionals[0] ?? (values.name as string | undefined);
    if (!name) throw new UsageError('token revoke needs the token NAME');
    const done = store.write(() => {
      const ok = store.tokens.revoke(name);
      if (ok) store.audit.record({ name: 'cli', transport: 'cli' }, 'token.revoke', name, {});
      return ok;
    });
    if (!done) throw new UsageError(`no active token named "${name}"`);
    print(`Token "${name}" revoked; it stops working at once.`);
    return 0;
  } finally {
    store.close();
  }
}
