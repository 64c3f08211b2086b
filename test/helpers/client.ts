import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

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

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'cyberbrain-test-'));
}

/** Spawns the built server over stdio and connects the SDK's real Client to it. */
export async function startServer(opts: { dataDir?: string; args?: string[]; env?: Record<string, string>; capabilities?: ConstructorParameters<typeof Client>[1] } = {}): Promise<ServerHandle> {
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
  const transport = new StdioClientTransport({ command: process.execPath, args: [SERVER_ENTRY, ...(opts.args ?? [])], env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const client = new Client({ name: 'cyberbrain-test', version: '0.0.0' }, opts.capabilities ?? { capabilities: {} });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr, dataDir, dbPath, close: () => client.close() };
}

/** Calls a tool and returns the result; the test asserts on isError itself. */
export async function call(client: Client, name: string, args: Record<string, unknown> = {}, options?: Parameters<Client['callTool']>[2]): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args }, undefined, options)) as CallToolResult;
}

/** The structured result of a call that must succeed. */
export async function ok<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown> = {}): Promise<T> {
  const r = await call(client, name, args);
  if (r.isError) throw new Error(`${name} failed: ${JSON.stringify(r.content)}`);
  return r.structuredContent as T;
}

export const textOf = (r: CallToolResult): string => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
