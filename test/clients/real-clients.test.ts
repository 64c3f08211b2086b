import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY, tempDataDir } from '../helpers/client.js';
import { dockerSkipped } from '../helpers/docker.js';
import { startHttp, type HttpHandle } from '../helpers/http-server.js';

/**
 * Clients people use, against the built server: the MCP Inspector's CLI (over stdio and HTTP) and
 * mcp-remote (a stdio-to-HTTP bridge, driven here by SDK v2's Client). They are not dependencies of
 * this package: scripts/real-clients.sh installs them (and Node 22, which the Inspector needs) into a
 * scratch folder and runs this file with REAL_CLIENTS=1. Without them the file is skipped, loudly;
 * with REAL_CLIENTS=1 a missing one fails.
 */
const dir = process.env.CYBERBRAIN_CLIENTS_DIR ?? '/tmp/cyberbrain-clients';
const node22 = join(dir, 'node_modules/.bin/node');
const inspectorPkg = join(dir, 'node_modules/@modelcontextprotocol/inspector/package.json');
const mcpRemote = join(dir, 'node_modules/mcp-remote/dist/proxy.js');
const present = existsSync(node22) && existsSync(inspectorPkg) && existsSync(mcpRemote);
if (!present && !process.env.REAL_CLIENTS) console.warn(`real-clients: SKIPPED (no Inspector/mcp-remote/Node 22 under ${dir}; run bash scripts/real-clients.sh)`);

const inspectorBin = (): string => {
  const bin = (JSON.parse(readFileSync(inspectorPkg, 'utf8')) as { bin: string | Record<string, string> }).bin;
  return join(dir, 'node_modules/@modelcontextprotocol/inspector', typeof bin === 'string' ? bin : bin['mcp-inspector']!);
};

describe.skipIf(dockerSkipped || (!present && !process.env.REAL_CLIENTS))('real MCP clients', () => {
  let http: HttpHandle;
  let token: string;
  const dataDir = tempDataDir();

  beforeAll(async () => {
    expect(present, `Inspector, mcp-remote and Node 22 under ${dir}`).toBe(true);
    http = await startHttp([], {}, dataDir);
    token = http.token('real-client', 'admin');
  });
  afterAll(async () => {
    await http?.stop();
  });

  const inspector = (...args: string[]) => {
    const r = spawnSync(node22, [inspectorBin(), '--cli', ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', HOME: dataDir } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const stdioTarget = ['-e', `CYBERBRAIN_DB=${join(dataDir, 'cyberbrain.db')}`, '-e', `HOME=${dataDir}`, process.execPath, SERVER_ENTRY];

  it('MCP Inspector CLI lists and calls tools over stdio', () => {
    const listed = inspector('--method', 'tools/list', ...stdioTarget);
    expect(listed.code, listed.err).toBe(0);
    expect((JSON.parse(listed.out) as { tools: { name: string }[] }).tools.map((t) => t.name)).toContain('launch_run');
    const called = inspector('--method', 'tools/call', '--tool-name', 'list_directives', ...stdioTarget);
    expect(called.code, called.err).toBe(0);
    expect(JSON.parse(called.out).structuredContent.directives).toHaveLength(4);
  });

  it('MCP Inspector CLI lists and calls tools over HTTP, with a bearer token', () => {
    const auth = ['--header', `Authorization: Bearer ${token}`];
    const listed = inspector(http.url, '--transport', 'http', ...auth, '--method', 'tools/list');
    expect(listed.code, listed.err).toBe(0);
    expect((JSON.parse(listed.out) as { tools: unknown[] }).tools).toHaveLength(16);
    const called = inspector(http.url, '--transport', 'http', ...auth, '--method', 'tools/call', '--tool-name', 'get_allowlist');
    expect(called.code, called.err).toBe(0);
    expect(JSON.parse(called.out).structuredContent.entries).toEqual([]);
    const refused = inspector(http.url, '--transport', 'http', '--method', 'tools/list');
    expect(refused.code).not.toBe(0);
  });

  it('mcp-remote bridges a stdio client to the HTTP endpoint', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      // "Authorization:Bearer T" without a space: mcp-remote splits its --header on the first colon.
      args: [mcpRemote, http.url, '--header', `Authorization:Bearer ${token}`, '--allow-http', '--transport', 'http-only'],
      env: { PATH: process.env.PATH ?? '', HOME: dataDir, MCP_REMOTE_CONFIG_DIR: join(dataDir, 'mcp-remote') },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'via-mcp-remote', version: '0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('list_runs');
      const r = await client.callTool({ name: 'list_directives', arguments: {} });
      expect((r.structuredContent as { directives: unknown[] }).directives).toHaveLength(4);
    } finally {
      await client.close();
    }
    const audit = spawnSync(process.execPath, [SERVER_ENTRY, 'runs', '--json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dataDir, CYBERBRAIN_DB: join(dataDir, 'cyberbrain.db') } });
    expect(audit.status).toBe(0);
  });
});
