import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_TOOLS } from '../../src/tools/index.js';
import { ROOT } from '../helpers/client.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  version: string;
  tools: { name: string }[];
  server: { entry_point: string; mcp_config: { env: Record<string, string> } };
};

describe('Claude Desktop bundle manifest', () => {
  it('passes the mcpb validator', () => {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/mcpb'), ['validate', join(ROOT, 'manifest.json')], { encoding: 'utf8' });
    expect(out).toContain('validation passes');
  });

  it('lists exactly the tools the server has, at the package version', () => {
    expect(manifest.tools.map((t) => t.name)).toEqual(ALL_TOOLS.map((t) => t.name));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.server.entry_point).toBe(pkg.bin['cyberbrain-mcp']);
  });

  it('describes every tool in whole sentences (no description cut at an abbreviation)', () => {
    for (const t of manifest.tools as { name: string; description: string }[]) {
      expect(t.description, t.name).toMatch(/[a-z)]\.$/);
      expect(t.description, t.name).not.toMatch(/\b(e\.g|i\.e|etc)\.$/);
    }
  });

  it('passes the Docker host and database from user_config through the environment', () => {
    expect(manifest.server.mcp_config.env).toMatchObject({ DOCKER_HOST: '${user_config.docker_host}', CYBERBRAIN_DB: '${user_config.database_path}' });
  });
});
