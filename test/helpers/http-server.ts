import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client, SSEClientTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { clientOptions, SERVER_ENTRY, tempDataDir, type ClientEra } from './client.js';

export interface HttpHandle {
  url: string;
  base: string;
  dataDir: string;
  stderr: () => string;
  token: (name: string, scope: string) => string;
  cli: (...args: string[]) => { code: number | null; out: string; err: string };
  stop: () => Promise<void>;
}

/** Starts `cyberbrain-mcp serve --http --port 0 …` and waits for the URL it prints. */
export async function startHttp(args: string[] = [], env: Record<string, string> = {}, dataDir = tempDataDir()): Promise<HttpHandle> {
  const baseEnv = { PATH: process.env.PATH ?? '', HOME: dataDir, CYBERBRAIN_DB: join(dataDir, 'cyberbrain.db'), CYBER_BRAIN_LOGS: join(dataDir, 'logs'), LOG_LEVEL: 'debug', ...env };
  const cli = (...a: string[]) => {
    const r = spawnSync(process.execPath, [SERVER_ENTRY, ...a], { encoding: 'utf8', env: baseEnv });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY, 'serve', '--http', '--port', '0', ...args], { env: baseEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 15_000);
    child.stderr!.on('data', () => {
      const m = /listening on (http:\/\/\S+\/mcp)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    base: url.replace(/\/mcp$/, ''),
    dataDir,
    stderr: () => stderr,
    cli,
    token: (name, scope) => cli('token', 'create', '--name', name, '--scope', scope).out.trim(),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * SDK v2's Client over HTTP: Streamable HTTP speaking 2026-07-28 (stateless, no session) by
 * default or 2025-11-25 (a session) with era 'legacy'; the deprecated HTTP+SSE transport always
 * speaks the 2025 protocol.
 */
export async function httpClient(url: string, token?: string, kind: 'streamable' | 'sse' = 'streamable', era: ClientEra = 'modern', capabilities: Record<string, unknown> = {}): Promise<Client> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const client = new Client({ name: 'cyberbrain-http-test', version: '0.0.0' }, clientOptions(kind === 'sse' ? 'legacy' : era, capabilities));
  const transport =
    kind === 'streamable'
      ? new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } })
      : new SSEClientTransport(new URL(url.replace(/\/mcp$/, '/sse')), { requestInit: { headers }, eventSourceInit: { fetch: (u, init) => fetch(u, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers } }) } });
  await client.connect(transport);
  return client;
}

/** A raw JSON-RPC POST to /mcp, for the status codes the SDK client would hide. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export const INIT = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };

/** A JSON-RPC exchange over HTTP: the status, the headers, and the JSON-RPC messages of the body (JSON or SSE). */
export interface RpcReply {
  status: number;
  headers: Headers;
  messages: { id?: unknown; result?: unknown; error?: { code: number; message: string } }[];
  text: string;
}

/** POSTs one JSON-RPC message and reads every message of the reply, whether JSON or an SSE stream. */
export async function rpc(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RpcReply> {
  const res = await post(url, body, headers);
  const text = await res.text();
  let messages: RpcReply['messages'] = [];
  if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    messages = text
      .split('\n')
      .filter((l) => l.startsWith('data: ') && l.length > 6)
      .map((l) => JSON.parse(l.slice(6)));
  } else if (text) {
    try {
      const parsed = JSON.parse(text);
      messages = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      messages = [];
    }
  }
  return { status: res.status, headers: res.headers, messages, text };
}

/** Initializes a Streamable HTTP session with a raw POST; returns its id. */
export async function openSession(url: string, authorization: string): Promise<string> {
  const r = await rpc(url, INIT, { Authorization: authorization });
  const id = r.headers.get('mcp-session-id');
  if (r.status !== 200 || !id) throw new Error(`initialize failed: ${r.status} ${r.text}`);
  await rpc(url, { jsonrpc: '2.0', method: 'notifications/initialized' }, { Authorization: authorization, 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' });
  return id;
}

/** One value from /metrics (a Prometheus text line), or undefined when the series is absent. */
export async function metric(base: string, authorization: string, series: string): Promise<number | undefined> {
  const text = await (await fetch(`${base}/metrics`, { headers: { Authorization: authorization } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

export interface JwtClaims {
  aud?: string;
  /** Seconds since the epoch; null leaves exp out. */
  exp?: number | null;
  /** The scope claim; null leaves it out. */
  scope?: string | null;
  sub?: string;
  /** The protected header's typ; null leaves it out (the default). */
  typ?: string | null;
  /** Extra claims (nonce, at_hash, auth_time, azp, …). */
  extra?: Record<string, unknown>;
}

export interface Jwks {
  issuer: string;
  audience: string;
  url: string;
  /** The flags that put the server in OAuth resource-server mode against this issuer. */
  args: string[];
  /** Signs with the published key, or with a key the JWKS does not hold (`foreign`). */
  sign: (claims?: JwtClaims, foreign?: boolean) => Promise<string>;
  close: () => Promise<void>;
}

/** A loopback JWKS endpoint publishing one RS256 key, and a signer for tokens from that "issuer". */
export async function startJwks(issuer = 'https://issuer.test', audience = 'cyberbrain-test'): Promise<Jwks> {
  const { createServer } = await import('node:http');
  const { exportJWK, generateKeyPair, SignJWT } = await import('jose');
  const good = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`;
  const sign = async (c: JwtClaims = {}, foreign = false) => {
    const scope = c.scope === undefined ? 'runs:read' : c.scope;
    const jwt = new SignJWT({ ...(scope === null ? {} : { scope }), ...c.extra })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1', ...(c.typ ? { typ: c.typ } : {}) })
      .setIssuer(issuer)
      .setAudience(c.aud ?? audience)
      .setSubject(c.sub ?? 'alice')
      .setIssuedAt();
    if (c.exp !== null) jwt.setExpirationTime(c.exp ?? Math.floor(Date.now() / 1000) + 300);
    return jwt.sign(foreign ? other.privateKey : good.privateKey);
  };
  return {
    issuer,
    audience,
    url,
    args: ['--oauth-issuer', issuer, '--oauth-audience', audience, '--oauth-jwks', url],
    sign,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
