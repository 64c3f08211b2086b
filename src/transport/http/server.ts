import { randomUUID } from 'node:crypto';
import type { Server as NodeServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostHeaderValidation } from '@modelcontextprotocol/express';
import { NodeStreamableHTTPServerTransport, toNodeHandler, toWebRequest } from '@modelcontextprotocol/node';
import { createMcpHandler, isInitializeRequest, isLegacyRequest, type AuthInfo, type JSONRPCMessage } from '@modelcontextprotocol/server';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../../log.js';
import { grants } from '../../domain/scopes.js';
import { checkRequest } from '../request-guard.js';
import { reportUri } from '../../resources/index.js';
import { buildServer } from '../../server.js';
import type { ToolDeps } from '../../tools/context.js';
import { Authenticator, type Principal } from './auth.js';
import { Metrics } from './metrics.js';
import type { HttpOptions } from './options.js';
import { RateLimiter } from './rate-limit.js';
import { watchRevocations } from './revocation.js';
import { DOOR_SCOPE, firstDenied, hasRecognisedScope } from './scopes.js';
import { SessionRegistry, type Session, type Slot } from './sessions.js';
import { SseServerTransport } from './sse.js';

const SESSION_NOT_FOUND = 'Session not found: it expired, was closed (token revoked, idle, or ended with DELETE) or never existed. Send initialize again, without an Mcp-Session-Id header';

const rpcError = (res: Response, status: number, code: number, message: string, id: unknown = null) => res.status(status).json({ jsonrpc: '2.0', error: { code, message }, id });

/**
 * The remote transport: Streamable HTTP at /mcp, the legacy HTTP+SSE pair at /sse and /messages
 * (unless --no-legacy-sse), /healthz and /metrics. Every MCP request is authenticated,
 * rate-limited per caller, checked for Host and Origin and for the scope its method needs, before
 * either era sees it. At /mcp:
 * - a 2026-07-28 request (it carries the `_meta` envelope) is stateless: SDK v2's handler builds
 *   an MCP server for that one request, with only the tools the caller's scopes allow;
 * - 2025-era traffic (initialize, then requests with Mcp-Session-Id, GET stream, DELETE) keeps its
 *   sessions: each gets its own MCP server, bound to the caller, within the session caps.
 */
export async function startHttpServer(deps: ToolDeps, readOnly: boolean, options: HttpOptions, log: Logger): Promise<{ url: string; close: () => Promise<void> }> {
  const auth = new Authenticator(deps.store, options);
  const limiter = new RateLimiter(options.rateLimitPerMinute);
  const metrics = new Metrics(deps.store);
  const sessions = new SessionRegistry({ total: options.maxSessions, perCaller: options.insecureNoAuth ? undefined : options.maxSessionsPerCaller });
  // Sessions freed by a client's DELETE come back at once, idle ones within the idle timeout: a minute is a fair wait.
  const sessionRetryAfter = Math.max(1, Math.min(60, Math.ceil(options.idleSessionMs / 1000)));
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
    const engine = await deps.fleet.localClient.ping().then(
      () => 'ok',
      () => 'unreachable',
    );
    let database = 'ok';
    let databaseBytes: number | null = null;
    try {
      database = deps.store.health();
      // Used pages, not the file: what CYBERBRAIN_RETENTION_MAX_MB bounds (two header reads, cheap).
      databaseBytes = deps.store.sizeBytes();
    } catch {
      database = 'unavailable';
    }
    // `database` stays a word (monitors match on it); the size sits beside it.
    res.status(database === 'ok' ? 200 : 503).json({ status: database === 'ok' ? (engine === 'ok' ? 'ok' : 'degraded') : 'down', engine, database, database_bytes: databaseBytes });
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
    // A caller holding none of our scopes (e.g. a JWT with only "openid profile") may do nothing at all.
    if (!hasRecognisedScope(outcome.principal.scopes)) {
      res.setHeader('WWW-Authenticate', `Bearer realm="cyberbrain-mcp", error="insufficient_scope", scope="${DOOR_SCOPE}"`);
      rpcError(res, 403, -32003, `Forbidden: "${outcome.principal.name}" holds none of this server's scopes (runs:read, runs:write, admin); ask for a token with at least ${DOOR_SCOPE}.`);
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
  // A POST must carry JSON: anything else (text/plain, a form, no body) is 415, before it could be
  // mistaken for a missing initialize.
  const requireJson = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    rpcError(res, 415, -32000, `Unsupported Media Type: send the JSON-RPC message with "Content-Type: application/json" (got ${req.headers['content-type'] ? `"${String(req.headers['content-type']).slice(0, 80)}"` : 'none'})`);
  };
  const json = express.json({ limit: options.bodyLimitBytes });

  /** Every message is checked against the scope its method (or tool) needs: see scopes.ts. */
  const checkScopes = (req: Request, res: Response, next: NextFunction) => {
    const principal = res.locals.principal as Principal;
    const denied = firstDenied(req.body, principal.scopes);
    if (denied) {
      res.setHeader('WWW-Authenticate', `Bearer realm="cyberbrain-mcp", error="insufficient_scope", scope="${denied.needed}"`);
      rpcError(res, 403, -32003, `Forbidden: ${denied.what} needs scope ${denied.needed}, which "${principal.name}" does not have. Ask for a token with --scope ${denied.needed}.`, denied.id);
      return;
    }
    next();
  };

  /**
   * Requests of the wrong shape get -32602 naming the field (request-guard.ts), in both eras, as
   * over stdio: the SDK answers most of them -32603 Internal error with a raw issue list.
   */
  const checkShapes = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || Array.isArray(req.body)) return next();
    const refused = checkRequest(req.body as JSONRPCMessage);
    if (!refused) return next();
    res.status(200).json(refused);
  };

  /** A place for a new session, or a 429 (this caller's cap) / 503 (the server's) with Retry-After. */
  const admit = (principal: Principal, res: Response): Slot | undefined => {
    const a = sessions.admit(principal.name);
    if (a.ok) return a.slot;
    res.setHeader('Retry-After', String(sessionRetryAfter));
    rpcError(res, a.status, -32000, `${a.message}; retry after ${sessionRetryAfter} s.`);
    return undefined;
  };

  /** One MCP server per session; its cleanup (engine listener, tasks) runs once, whatever ends it. */
  const serverFor = (principal: Principal, era: 'legacy' | 'modern' = 'legacy') => {
    const built = buildServer(deps, {
      actor: { name: principal.name, transport: 'http' },
      readOnly,
      era,
      allowTool: (t) => grants(principal.scopes, t.scope),
      onToolCall: (tool, outcome, seconds) => metrics.toolCall(tool, outcome, seconds),
      // Stateless instances live one request: report updates go out from the handler below.
      ...(era === 'modern' ? { resourceUpdates: false } : {}),
    });
    metrics.servers.inc();
    let cleaned = false;
    return {
      server: built.server,
      cleanup: () => {
        if (cleaned) return;
        cleaned = true;
        built.cleanup();
        metrics.servers.dec();
      },
    };
  };

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
    let listen = 0;
    for (const s of sessions.values()) {
      if (s.transport instanceof NodeStreamableHTTPServerTransport) streamable++;
      else if (s.transport === 'listen') listen++;
    }
    metrics.sessions.set({ transport: 'streamable-http' }, streamable);
    metrics.sessions.set({ transport: 'listen' }, listen);
    metrics.sessions.set({ transport: 'sse' }, sessions.size - streamable - listen);
  };

  /**
   * 2026-07-28 requests: SDK v2's stateless handler, one MCP server per request, built for the
   * caller (the principal travels as the request's authInfo, set only after authentication).
   * Report updates reach subscriptions/listen streams through the handler's event bus.
   */
  const modern = createMcpHandler(
    ({ authInfo }) => {
      const principal = (authInfo?.extra as { principal?: Principal } | undefined)?.principal;
      if (!principal) throw new Error('unauthenticated request reached the MCP handler');
      const { server, cleanup } = serverFor(principal, 'modern');
      const previous = server.server.onclose;
      server.server.onclose = () => {
        previous?.();
        cleanup();
      };
      return server;
    },
    { legacy: 'reject', maxRequestBodySize: options.bodyLimitBytes, onerror: (err) => log.debug({ err }, 'MCP request refused') },
  );
  const serveModern = toNodeHandler(modern);
  const stopModernUpdates = deps.engine.onReportUpdated((runId) => modern.notify.resourceUpdated(reportUri(runId)));
  const authInfoOf = (principal: Principal): AuthInfo => ({ token: '', clientId: principal.name, scopes: [...principal.scopes], extra: { principal } });

  app.all('/mcp', authenticate, requireJson, json, checkScopes, checkShapes, async (req, res) => {
    const principal = res.locals.principal as Principal;
    const sessionId = req.headers['mcp-session-id'] as string | undefined;
    try {
      // The SDK's own classification (the `_meta` envelope, the MCP-Protocol-Version header):
      // anything it would answer as 2026-07-28, errors included, goes to the modern handler.
      if (!sessionId && !(await isLegacyRequest(await toWebRequest(req, req.body), req.body, { maxRequestBodySize: options.bodyLimitBytes }))) {
        (req as Request & { auth?: AuthInfo }).auth = authInfoOf(principal);
        // A subscriptions/listen stream stays open like a 2025 session's GET stream: it takes a
        // place under the same caps (per caller and in total) and a revoked token's is closed.
        if ((req.body as { method?: unknown } | undefined)?.method === 'subscriptions/listen') {
          const slot = admit(principal, res);
          if (!slot) return;
          const id = `listen:${randomUUID()}`;
          slot.commit(id, { transport: 'listen', principal, lastActive: Date.now(), open: 1, close: async () => void res.destroy() });
          updateGauge();
          res.on('close', () => {
            sessions.delete(id);
            updateGauge();
          });
        }
        await serveModern(req, res, req.body);
        return;
      }
      const session = sessionId ? sessions.get(sessionId) : undefined;
      if (sessionId && !session) return void rpcError(res, 404, -32001, SESSION_NOT_FOUND);
      if (session) {
        if (session.principal.name !== principal.name) return void rpcError(res, 403, -32000, 'Forbidden: this session belongs to another caller');
        if (!(session.transport instanceof NodeStreamableHTTPServerTransport)) return void rpcError(res, 400, -32000, 'Bad Request: that session uses the SSE transport');
        track(session, res);
        await session.transport.handleRequest(req, res, req.body);
        return;
      }
      if (req.method !== 'POST') return void rpcError(res, 400, -32000, `Bad Request: ${req.method} needs the Mcp-Session-Id header of an initialized session; POST initialize first`);
      if (!isInitializeRequest(req.body)) return void rpcError(res, 400, -32000, 'Bad Request: send initialize first, without a session id (or speak MCP 2026-07-28: a `_meta` envelope on every request, no session)');
      const slot = admit(principal, res);
      if (!slot) return;
      await initialize(principal, slot, req, res);
    } catch (err) {
      log.error({ err }, 'HTTP MCP request failed');
      if (!res.headersSent) rpcError(res, 500, -32603, 'Internal server error');
    }
  });

  /**
   * A new Streamable HTTP session. Whatever way the initialize fails (406 for a wrong Accept, a
   * malformed request, a throw), the MCP server built for it is closed, its engine listener removed
   * and its place given back: only an initialize that produced a session keeps anything.
   */
  const initialize = async (principal: Principal, slot: Slot, req: Request, res: Response) => {
    const { server, cleanup } = serverFor(principal);
    let committed = false;
    const transport: NodeStreamableHTTPServerTransport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        const s: Session = { transport, principal, lastActive: Date.now(), open: 0, close: () => transport.close() };
        slot.commit(id, s);
        committed = true;
        track(s, res);
        updateGauge();
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
      slot.release();
      cleanup();
      updateGauge();
    };
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } finally {
      if (!committed) {
        slot.release();
        cleanup();
        await server.close().catch(() => undefined);
      }
    }
  };

  if (options.legacySse) app.get('/sse', authenticate, async (_req, res) => {
    const principal = res.locals.principal as Principal;
    const slot = admit(principal, res);
    if (!slot) return;
    const transport = new SseServerTransport('/messages', res);
    const { server, cleanup } = serverFor(principal);
    const s: Session = { transport, principal, lastActive: Date.now(), open: 1, close: () => transport.close() };
    slot.commit(transport.sessionId, s);
    updateGauge();
    res.on('close', () => {
      sessions.delete(transport.sessionId);
      cleanup();
      updateGauge();
      void server.close().catch(() => undefined);
    });
    try {
      await server.connect(transport);
    } catch (err) {
      log.error({ err }, 'SSE session failed to start');
      if (!res.headersSent) rpcError(res, 500, -32603, 'Internal server error');
      else res.end();
    }
  });

  if (options.legacySse) app.post('/messages', authenticate, requireJson, json, checkScopes, async (req, res) => {
    const principal = res.locals.principal as Principal;
    const s = sessions.get(String(req.query.sessionId ?? ''));
    if (!s || !(s.transport instanceof SseServerTransport)) return void rpcError(res, 404, -32001, 'Session not found: it ended or never existed; open /sse again for a new one');
    if (s.principal.name !== principal.name) return void rpcError(res, 403, -32000, 'Forbidden: this session belongs to another caller');
    s.lastActive = Date.now();
    await s.transport.handlePostMessage(Object.assign(req, { auth: authInfoOf(principal) }), res, req.body);
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

  updateGauge();
  const stopWatching = watchRevocations(deps.store, () => sessions.values(), log);
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
      stopWatching();
      stopModernUpdates();
      await modern.close().catch(() => undefined);
      const closing = new Promise<void>((resolve) => http.close(() => resolve()));
      await Promise.all([...sessions.values()].map((s) => s.close().catch(() => undefined)));
      http.closeAllConnections();
      await closing;
    },
  };
}
