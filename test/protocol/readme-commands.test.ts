import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SERVER_ENTRY, tempDataDir } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';

/**
 * README true to the letter: every command in its `sh` blocks runs, with a scratch database and a
 * test container standing in for `my-container`, and none errors. `npm` lines are checked against
 * package.json (CI itself runs install and test; a benchmark is long). A long-running server is
 * started, asked /healthz, and stopped. JSON blocks must parse.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = (lang: string): string[] => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const commands = blocks('sh')
  .flatMap((b) => b.split('\n'))
  .map((l) => l.replace(/\s+#\s.*$/, '').trim())
  .filter((l) => l.length > 0);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('README commands', () => {
  it('has commands to check, and every JSON block parses', () => {
    expect(commands.length).toBeGreaterThan(8);
    for (const b of blocks('json')) expect(() => JSON.parse(b), b).not.toThrow();
  });

  it.each(commands.filter((c) => c.startsWith('npm ')))('%s names something package.json has', (line) => {
    const [, verb, script] = /^npm (install|test|ci|run (\S+))/.exec(line) ?? [];
    expect(verb, line).toBeDefined();
    if (script) expect(Object.keys(pkg.scripts)).toContain(script);
    if (verb === 'test') expect(pkg.scripts.test).toBeDefined();
  });
});

describe.skipIf(dockerSkipped)('README commands against a real engine', () => {
  const containers = new TestContainers();
  const dataDir = tempDataDir();
  const db = join(dataDir, 'readme.db');
  const env = { PATH: process.env.PATH ?? '', HOME: dataDir, CYBERBRAIN_DB: db };
  let stand: string;
  // RUN_ID stands for the newest run so far; a `> FILE` redirect is the shell's, not the command's.
  const newestRun = (): string => {
    const conn = new Database(db, { readonly: true });
    try {
      return (conn.prepare('SELECT id FROM runs ORDER BY seq DESC LIMIT 1').get() as { id: string }).id;
    } finally {
      conn.close();
    }
  };
  const argsOf = (line: string): string[] =>
    line
      .replace(/^node dist\/cyberbrain\.mjs\s*/, '')
      .replace(/\s>\s*\S+$/, '')
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => (a === 'my-container' ? stand : a === 'RUN_ID' ? newestRun() : a));

  beforeAll(() => {
    containers.run('app', 'while true; do echo "ERROR payment declined"; sleep 1; done');
    stand = containers.name('app');
  });
  afterAll(() => containers.removeAll());

  const runnable = commands.filter((c) => c.startsWith('node dist/cyberbrain.mjs'));

  it.each(runnable)('%s', async (line) => {
    const args = argsOf(line);
    if (args[0] === 'serve') {
      // Long-running: it must start and answer /healthz on the port the README names.
      const port = args[args.indexOf('--port') + 1]!;
      const child = spawn(process.execPath, [SERVER_ENTRY, ...args], { env });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      try {
        await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true, 20_000, `serve to answer on ${port}: ${err}`);
      } finally {
        child.kill('SIGTERM');
      }
      return;
    }
    // In the scratch folder: files a command writes (run --html run.html) land there.
    const r = spawnSync(process.execPath, [SERVER_ENTRY, ...args], { env, cwd: dataDir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    // --fail-on makes a finding an exit code by design: 4 says the command worked and found one.
    const okCodes = args.includes('--fail-on') ? [0, 4] : [0];
    expect(okCodes, `${line}\n${r.stderr}`).toContain(r.status);
  });

  it('ran the README\'s main job against the stand-in container', () => {
    const runs = new Database(db, { readonly: true }).prepare("SELECT count(*) AS n FROM runs WHERE status = 'succeeded'").get() as { n: number };
    expect(runs.n).toBeGreaterThan(0);
  });
});
