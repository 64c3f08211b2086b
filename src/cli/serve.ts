import { createApp } from '../app.js';
import { assertDebugModeAllowed, ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { isLoopback, type HttpOptions } from '../transport/http/options.js';
import { serve } from '../transport/serve.js';
import { exitWhenStopped } from './lifecycle.js';
import { parse, positiveInt, UsageError } from './args.js';
import { SERVE_HTTP_HELP } from './help.js';

const list = (v: unknown) => (typeof v === 'string' && v.length ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** `cyberbrain-mcp serve --http`: the remote transport. Runs until SIGTERM or SIGINT. */
export async function serveCommand(argv: string[]): Promise<number | undefined> {
  const { values } = parse(argv, {
    http: { type: 'boolean' },
    host: { type: 'string' },
    port: { type: 'string' },
    'insecure-no-auth': { type: 'boolean' },
    'allowed-hosts': { type: 'string' },
    'allowed-origins': { type: 'string' },
    'cors-origins': { type: 'string' },
    'rate-limit': { type: 'string' },
    'body-limit': { type: 'string' },
    'idle-timeout': { type: 'string' },
    'max-sessions': { type: 'string' },
    'max-sessions-per-caller': { type: 'string' },
    'no-legacy-sse': { type: 'boolean' },
    'oauth-issuer': { type: 'string' },
    'oauth-audience': { type: 'string' },
    'oauth-jwks': { type: 'string' },
    db: { type: 'string' },
    'read-only': { type: 'boolean' },
  });
  if (values.help) return void process.stdout.write(`${SERVE_HTTP_HELP}\n`), 0; // stdout-ok: help for a person
  if (!values.http) throw new UsageError('serve needs --http (the stdio server is the default command: run cyberbrain-mcp without arguments)');
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const port = values.port === '0' ? 0 : (positiveInt(values.port as string | undefined, '--port', 65535) ?? 8765);
  const insecureNoAuth = Boolean(values['insecure-no-auth']);
  if (insecureNoAuth && !isLoopback(host)) throw new UsageError(`--insecure-no-auth is accepted on a loopback address only, not ${host}`);
  const oauthFlags = [values['oauth-issuer'], values['oauth-audience'], values['oauth-jwks']];
  if (oauthFlags.some(Boolean) && !oauthFlags.every(Boolean)) throw new UsageError('OAuth mode needs --oauth-issuer, --oauth-audience and --oauth-jwks together');
  const config = loadConfig({ db: values.db as string | undefined, readOnly: values['read-only'] as boolean | undefined });
  try {
    assertDebugModeAllowed(config, host);
  } catch (err) {
    throw new UsageError((err as ConfigError).message);
  }
  const displayHost = host.includes(':') ? `[${host}]` : host;
  const options: HttpOptions = {
    host,
    port,
    insecureNoAuth,
    allowedHosts: [...new Set(['localhost', '127.0.0.1', '[::1]', displayHost, ...list(values['allowed-hosts'])])],
    allowedOrigins: list(values['allowed-origins']),
    corsOrigins: list(values['cors-origins']),
    rateLimitPerMinute: positiveInt(values['rate-limit'] as string | undefined, '--rate-limit', 1_000_000) ?? 600,
    bodyLimitBytes: positiveInt(values['body-limit'] as string | undefined, '--body-limit', 64 * 1024 * 1024) ?? 1024 * 1024,
    idleSessionMs: (positiveInt(values['idle-timeout'] as string | undefined, '--idle-timeout', 86_400) ?? 1_800) * 1000,
    maxSessions: positiveInt(values['max-sessions'] as string | undefined, '--max-sessions', 100_000) ?? 1_000,
    legacySse: !values['no-legacy-sse'],
    maxSessionsPerCaller: positiveInt(values['max-sessions-per-caller'] as string | undefined, '--max-sessions-per-caller', 100_000) ?? 32,
    ...(values['oauth-issuer'] ? { oauth: { issuer: values['oauth-issuer'] as string, audience: values['oauth-audience'] as string, jwksUrl: values['oauth-jwks'] as string } } : {}),
  };
  const log = createLogger(config.logLevel);
  if (insecureNoAuth) log.warn('authentication is OFF (insecure-no-auth flag): anyone who can reach this port can use every tool');
  const app = createApp(config, log);
  const http = await serve(app.deps, { transport: 'http', http: options, readOnly: config.readOnly, log });
  const url = http.url!;
  const snippet = JSON.stringify({ mcpServers: { cyberbrain: { type: 'http', url, headers: insecureNoAuth ? {} : { Authorization: 'Bearer <token from `cyberbrain-mcp token create`>' } } } }, null, 2);
  process.stderr.write(`cyberbrain-mcp listening on ${url} (${options.legacySse ? `legacy SSE, deprecated: ${url.replace(/\/mcp$/, '/sse')}` : 'legacy SSE off'})\nClient configuration:\n${snippet}\n`);
  exitWhenStopped(http, app, log, 10_000);
  return undefined;
}
