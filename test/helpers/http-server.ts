import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SERVER_ENTRY, tempDataDir } from './client.js';

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

export async function httpClient(url: string, token?: string, kind: 'streamable' | 'sse' = 'streamable'): Promise<Client> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const client = new Client({ name: 'cyberbrain-http-test', version: '0.0.0' });
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
