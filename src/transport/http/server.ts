import { randomUUID } from 'node:crypto';
import type { Server as NodeServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostHeaderValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../../log.js';
import { grants } from '../../domain/scopes.js';
import { buildServer } from '../../server.js';
import type { ToolDeps } from '../../tools/context.js';
import { ALL_TOOLS } from '../../tools/index.js';
import { Authenticator, type Principal } from './auth.js';
import { Metrics } from './metrics.js';
import type { HttpOptions } from './options.js';
import { RateLimiter } from './rate-limit.js';

interface Session {
  transport: StreamableHTTPServerTransport | SSEServerTransport;
  principal: string;
  lastActive: number;
  open: number;
  close: () => Promise<void>;
}

const TOOL_SCOPE = new Map(ALL_TOOLS.map((t) => [t.name, t.scope]));

const rpcError = (res: Response, status: number, code: number, message: string, id: unknown = null) => res.status(status).json({ jsonrpc: '2.0', error: { code, message }, id });

/**
 * The remote transport: Streamable HTTP at /mcp, the legacy HTTP+SSE pair at /sse and /messages,
 * /healthz and /metrics. Every MCP request is authenticated, rate-limited per caller and checked
 * for Host and Origin; each session gets its own MCP server, built with only the tools the
 * caller's scopes allow, and bound to that caller.
 */
export async function startHttpServer(deps: ToolDeps, readOnly: boolean, options: HttpOptions, log: Logger): Promise<{ url: string; close: () => Promise<void> }> {
  const auth = new Authenticator(deps.store, options);
  const limiter = new RateLimiter(options.rateLimitPerMinute);
  const metrics = new Metrics(deps.store);
  const sessions = new Map<string, Session>();
  const app = express();
  app.disable('x-powered-by');
  const base = () => `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  let port = options.port;

  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // DNS rebinding: the Host must be one we serve under (the SDK's check), and a browser's Origin one we allow.
  app.use(hostHeaderValidation(options.allowedHosts));
  // Same-origin requests (a page served under one of our own host names and our port) are fine.
  const sameOrigin = (origin: string): boolean => {
    try {
      const u = new URL(origin);
      return options.allowedHosts.includes(u.hostname.includes(':') ? `[${u.hostname}]` : u.hostname) && Number(u.port || 80) === port;
    } catch {
      return false;
    }
  };
  app.use((req, res, next) => {
    const origin = req.headers.origin;
    if (origin && !sameOrigin(origin) && !options.allowedOrigins.includes(origin) && !options.corsOrigins.includes(origin)) {
      rpcError(res, 403, -32000, `Forbidden: origin ${origin} is not allowed`);
      return;
    }
    if (origin && options.corsOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version, Last-Event-ID');
      res.setHeader('Access-Control-Expose-Headers', 'Mcp-Session-Id, WWW-Authenticate');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  });

  const resourceMetadataUrl = () => `${base()}/.well-known/oauth-protected-resource`;
  if (options.oauth) {
    app.get('/.well-known/oauth-protected-resource', (_req, res) => {
      res.json({ resource: `${base()}/mcp`, authorization_servers: [options.oauth!.issuer], scopes_supported: ['runs:read', 'runs:write', 'admin'], bearer_methods_supported: ['header'] });
    });
  }

  app.get('/healthz', async (_req, res) => {
    const engine = await deps.docker.ping().then(
      () => 'ok',
      () => 'unreachable',
    );
    let database = 'ok';
    try {
      deps.store.db.prepare('SELECT 1').get();
      if (deps.store.db.readonly) database = 'read-only';
    } catch {
      database = 'unavailable';
    }
    res.status(database === 'ok' ? 200 : 503).json({ status: database === 'ok' ? (engine === 'ok' ? 'ok' : 'degraded') : 'down', engine, database });
  });

  // Everything below needs a caller.
  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const outcome = await auth.authenticate(req);
    if (!outcome.ok) {
      const meta = options.oauth ? `, resource_metadata="${resourceMetadataUrl()}"` : '';
      res.setHeader('WWW-Authenticate', `Bearer realm="cyberbrain-mcp", error="${outcome.error}", error_description="${outcome.message.replace(/"/g, "'")}"${meta}`);
      rpcError(res, 401, -32001, `Unauthorized: ${outcome.message}`);
      return;
    }
    const wait = limiter.take(outcome.principal.name);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      rpcError(res, 429, -32000, `Too many requests: retry after ${wait} s`);
      return;
    }
    res.locals.principal = outcome.principal;
    next();
  };
  const json = express.json({ limit: options.bodyLimitBytes });

  /** A tools/call for a tool outside the caller's scopes is refused here, with the scope it needs. */
  const checkScopes = (req: Request, res: Response, next: NextFunction) => {
    const principal = res.locals.principal as Principal;
    const messages = Array.isArray(req.body) ? req.body : [req.body];
    for (const m of messages as { method?: string; params?: { name?: string }; id?: unknown }[]) {
      if (m?.method !== 'tools/call') continue;
      const needed = TOOL_SCOPE.get(String(m.params?.name));
      if (needed && !grants(principal.scopes, needed)) {
        res.setHeader('WWW-Authenticate', `Bearer error="insufficient_scope", scope="${needed}"`);
        rpcError(res, 403, -32003, `Forbidden: ${m.params?.name} needs scope ${needed}, which "${principal.name}" does not have. Ask for a token with --scope ${needed}.`, m.id ?? null);
        return;
      }
    }
    next();
  };

  const serverFor = (principal: Principal) =>
    buildServer(deps, {
      actor: { name: principal.name, transport: 'http' },
      readOnly,
      allowTool: (t) => grants(principal.scopes, t.scope),
      onToolCall: (tool, outcome, seconds) => metrics.toolCall(tool, outcome, seconds),
    });

  const track = (s: Session, res: Response) => {
    s.open++;
    s.lastActive = Date.now();
    res.on('close', () => {
      s.open--;
      s.lastActive = Date.now();
    });
  };
  const updateGauge = () => {
    let streamable = 0;
    for (const s of sessions.values()) if (s.transport instanceof StreamableHTTPServerTransport) streamable++;
    metrics.sessions.set({ transport: 'streamable-http' }, streamable);
    metrics.sessions.set({ transport: 'sse' }, sessions.size - streamable);
  };

  app.all('/mcp', authenticate, json, checkScopes, async (req, res) => {
    const principal = res.locals.principal as Principal;
    const sessionId = req.headers['mcp-session-id'] as string | undefined;
    try {
      let session = sessionId ? sessions.get(sessionId) : undefined;
      if (sessionId && !session) return void rpcError(res, 404, -32001, 'Session not found: initialize a new one');
      if (session) {
        if (session.principal !== principal.name) return void rpcError(res, 403, -32000, 'Forbidden: this session belongs to another caller');
        if (!(session.transport instanceof StreamableHTTPServerTransport)) return void rpcError(res, 400, -32000, 'Bad Request: that session uses the SSE transport');
        track(session, res);
        await session.transport.handleRequest(req, res, req.body);
        return;
      }
      if (req.method !== 'POST' || !isInitializeRequest(req.body)) return void rpcError(res, 400, -32000, 'Bad Request: send initialize first, without a session id');
      const { server, cleanup } = serverFor(principal);
      const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => {
          const s: Session = { transport, principal: principal.name, lastActive: Date.now(), open: 0, close: () => transport.close() };
          sessions.set(id, s);
          track(s, res);
          updateGauge();
        },
      });
      transport.onclose = () => {
        if (transport.sessionId) sessions.delete(transport.sessionId);
        cleanup();
        updateGauge();
      };
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (err) {
      log.error({ err }, 'HTTP MCP request failed');
      if (!res.headersSent) rpcError(res, 500, -32603, 'Internal server error');
    }
  });

  app.get('/sse', authenticate, async (req, res) => {
    const principal = res.locals.principal as Principal;
    const transport = new SSEServerTransport('/messages', res);
    const { server, cleanup } = serverFor(principal);
    const s: Session = { transport, principal: principal.name, lastActive: Date.now(), open: 1, close: () => transport.close() };
    sessions.set(transport.sessionId, s);
    updateGauge();
    res.on('close', () => {
      sessions.delete(transport.sessionId);
      cleanup();
      updateGauge();
      void server.close().catch(() => undefined);
    });
    await server.connect(transport);
  });

  app.post('/messages', authenticate, json, checkScopes, async (req, res) => {
    const principal = res.locals.principal as Principal;
    const s = sessions.get(String(req.query.sessionId ?? ''));
    if (!s || !(s.transport instanceof SSEServerTransport)) return void rpcError(res, 404, -32001, 'Session not found: open /sse first');
    if (s.principal !== principal.name) return void rpcError(res, 403, -32000, 'Forbidden: this session belongs to another caller');
    s.lastActive = Date.now();
    await s.transport.handlePostMessage(req, res, req.body);
  });

  app.get('/metrics', authenticate, async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  // Errors (oversized or malformed bodies included) as JSON-RPC, never with a stack or a path.
  app.use((err: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.too.large') return void rpcError(res, 413, -32600, `Request body too large (limit ${options.bodyLimitBytes} bytes)`);
    if (err.type === 'entity.parse.failed') return void rpcError(res, 400, -32700, 'Parse error: the body is not valid JSON');
    log.error({ err }, 'HTTP request failed');
    rpcError(res, err.status && err.status < 500 ? err.status : 500, -32603, 'Internal server error');
  });

  const sweeper = setInterval(() => {
    const cutoff = Date.now() - options.idleSessionMs;
    for (const s of sessions.values()) if (s.open === 0 && s.lastActive < cutoff) void s.close().catch(() => undefined);
  }, Math.min(60_000, Math.max(1_000, options.idleSessionMs / 2)));
  sweeper.unref();

  const http: NodeServer = await new Promise((resolve, reject) => {
    const srv = app.listen(options.port, options.host, () => resolve(srv));
    srv.once('error', reject);
  });
  http.headersTimeout = 15_000;
  http.requestTimeout = 60_000;
  http.keepAliveTimeout = 5_000;
  port = (http.address() as AddressInfo).port;

  return {
    url: `${base()}/mcp`,
    close: async () => {
      clearInterval(sweeper);
      const closing = new Promise<void>((resolve) => http.close(() => resolve()));
      await Promise.all([...sessions.values()].map((s) => s.close().catch(() => undefined)));
      http.closeAllConnections();
      await closing;
    },
  };
}
