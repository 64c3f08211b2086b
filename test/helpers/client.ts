import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, type CallToolResult } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built `bin` entry, exactly what `npx cyberbrain-mcp` runs. */
export const SERVER_ENTRY = join(ROOT, 'dist/cyberbrain.mjs');

export interface ServerHandle {
  client: Client;
  transport: StdioClientTransport;
  /** Everything the server wrote to stderr so far. */
  stderr: () => string;
  dataDir: string;
  dbPath: string;
  close: () => Promise<void>;
}

/**
 * Which client era a test speaks: 'modern' is SDK v2's Client pinned to MCP 2026-07-28 (stateless
 * requests, `_meta` envelope, input_required); 'legacy' is the same Client speaking 2025-11-25
 * (initialize handshake, pushed server-to-client requests).
 */
export type ClientEra = 'modern' | 'legacy';
export const MODERN = '2026-07-28';

/** SDK v2 client options for an era. */
export function clientOptions(era: ClientEra, capabilities: Record<string, unknown> = {}): ConstructorParameters<typeof Client>[1] {
  return { capabilities, ...(era === 'modern' ? { versionNegotiation: { mode: { pin: MODERN } } } : {}) };
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'cyberbrain-test-'));
}

interface StartOptions {
  dataDir?: string;
  args?: string[];
  env?: Record<string, string>;
  /** The client's capabilities (e.g. `{ elicitation: { form: {} } }`). */
  capabilities?: Record<string, unknown>;
  /** Default 'modern' (2026-07-28). */
  era?: ClientEra;
}

function serverEnv(opts: StartOptions): { dataDir: string; dbPath: string; env: Record<string, string> } {
  const dataDir = opts.dataDir ?? tempDataDir();
  const dbPath = join(dataDir, 'cyberbrain.db');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dataDir,
    CYBERBRAIN_DB: dbPath,
    CYBER_BRAIN_LOGS: join(dataDir, 'logs'),
    LOG_LEVEL: 'debug',
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    ...opts.env,
  };
  return { dataDir, dbPath, env };
}

/** Spawns the built server over stdio and connects SDK v2's real Client to it, in the era asked. */
export async function startServer(opts: StartOptions = {}): Promise<ServerHandle> {
  const { dataDir, dbPath, env } = serverEnv(opts);
  const transport = new StdioClientTransport({ command: process.execPath, args: [SERVER_ENTRY, ...(opts.args ?? [])], env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const client = new Client({ name: 'cyberbrain-test', version: '0.0.0' }, clientOptions(opts.era ?? 'modern', opts.capabilities));
  await client.connect(transport);
  return { client, transport, stderr: () => stderr, dataDir, dbPath, close: () => client.close() };
}

export interface V1ServerHandle {
  client: V1Client;
  transport: V1StdioClientTransport;
  stderr: () => string;
  close: () => Promise<void>;
}

/**
 * The same server driven by SDK v1's Client (`@modelcontextprotocol/sdk` 1.x, pinned as a
 * devDependency): a real 2025-era client, for what only it has (experimental MCP tasks).
 */
export async function startServerV1(opts: StartOptions = {}): Promise<V1ServerHandle> {
  const { env } = serverEnv(opts);
  const transport = new V1StdioClientTransport({ command: process.execPath, args: [SERVER_ENTRY, ...(opts.args ?? [])], env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const client = new V1Client({ name: 'cyberbrain-test-v1', version: '0.0.0' }, { capabilities: opts.capabilities ?? {} });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr, close: () => client.close() };
}

/** Calls a tool and returns the result; the test asserts on isError itself. */
export async function call(client: Client | V1Client, name: string, args: Record<string, unknown> = {}, options?: Parameters<Client['callTool']>[1]): Promise<CallToolResult> {
  if (client instanceof V1Client) return (await client.callTool({ name, arguments: args })) as CallToolResult;
  return (await client.callTool({ name, arguments: args }, options)) as CallToolResult;
}

/** The structured result of a call that must succeed. */
export async function ok<T = Record<string, unknown>>(client: Client | V1Client, name: string, args: Record<string, unknown> = {}): Promise<T> {
  const r = await call(client, name, args);
  if (r.isError) throw new Error(`${name} failed: ${JSON.stringify(r.content)}`);
  return r.structuredContent as T;
}

export const textOf = (r: CallToolResult): string => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
