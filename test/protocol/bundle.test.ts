import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDataDir } from '../helpers/client.js';

interface Manifest {
  compatibility: { platforms: string[]; runtimes: { node: string } };
  server: { mcp_config: { command: string; args: string[]; env: Record<string, string> } };
  user_config: Record<string, { default?: unknown }>;
}

/**
 * The Claude Desktop bundle, built by `npm run bundle`'s script, unpacked into an empty folder and
 * started the way the host starts it: the manifest's mcp_config with ${__dirname} and each
 * user_config value (its default) substituted. No engine needed: initialize and list_runs.
 */
describe('Claude Desktop bundle', () => {
  const out = tempDataDir();
  const unpacked = tempDataDir();
  const home = tempDataDir();
  let manifest: Manifest;
  let client: Client | undefined;
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [relative(unpacked, join(dir, e.name))]));

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/pack-bundle.mjs'), '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const bundle = join(out, `cyberbrain-mcp-${process.platform}-${process.arch}.mcpb`);
    expect(statSync(bundle).size).toBeLessThan(15 * 1024 * 1024);
    execFileSync('unzip', ['-q', bundle, '-d', unpacked]);
    manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as Manifest;
  }, 180_000);
  afterAll(async () => {
    await client?.close();
  });

  it('claims only the platform and Node major it carries a native module for', () => {
    expect(manifest.compatibility.platforms).toEqual([process.platform]);
    const major = Number(process.versions.node.split('.')[0]);
    expect(manifest.compatibility.runtimes.node).toBe(`>=${major}.0.0 <${major + 1}.0.0`);
  });

  it('holds production files only: no sources, tests, fixtures, sourcemaps or build leftovers', () => {
    const all = files(unpacked);
    expect(all).toContain('dist/cyberbrain.mjs');
    expect(all).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    for (const f of all) {
      expect(f).not.toMatch(/^(src|test|bench|scripts)\//);
      expect(f).not.toMatch(/\.map$|\.ts$(?<!\.d\.ts$)/);
      expect(f).not.toMatch(/^node_modules\/better-sqlite3\/(deps|src)\//);
      expect(f).not.toMatch(/^node_modules\/(typescript|vitest|esbuild|@secretlint)\//);
    }
  });

  it('starts as Claude Desktop starts it, and answers initialize and list_runs', async () => {
    const cfg = manifest.server.mcp_config;
    const substitute = (v: string) =>
      v.replaceAll('${__dirname}', unpacked).replace(/\$\{user_config\.([a-z_]+)\}/g, (_m, key: string) => String(manifest.user_config[key]?.default ?? ''));
    const env = Object.fromEntries(Object.entries(cfg.env).map(([k, v]) => [k, substitute(v)]));
    const transport = new StdioClientTransport({
      command: cfg.command === 'node' ? process.execPath : cfg.command,
      args: cfg.args.map(substitute),
      env: { ...env, PATH: process.env.PATH ?? '', HOME: home },
      cwd: tempDataDir(), // not the checkout: nothing may resolve from the repository's node_modules
      stderr: 'pipe',
    });
    client = new Client({ name: 'desktop-like', version: '0' });
    await client.connect(transport);
    expect(client.getServerVersion()?.name).toBe('cyberbrain-mcp');
    const r = await client.callTool({ name: 'list_runs', arguments: {} });
    expect(r.isError).toBeFalsy();
    expect((r.structuredContent as { runs: unknown[] }).runs).toEqual([]);
  });
});
