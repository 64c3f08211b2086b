import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { serve } from '../../src/transport/serve.js';

/**
 * The stdio transport takes its streams as parameters and leaves the process alone (signals and
 * exit belong to the CLI): driven here in-process, with no child process and no Docker.
 */
describe('stdio served in-process', () => {
  it('answers on the streams it was given, ends when input ends, and does not exit the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-inproc-'));
    const config = loadConfig({ db: join(dir, 'cb.db') }, { HOME: dir, LOG_LEVEL: 'silent' });
    const log = createLogger('silent');
    const app = createApp(config, log);
    const input = new PassThrough();
    const output = new PassThrough();
    const serving = await serve(app.deps, { transport: 'stdio', input, output, readOnly: false, log });
    const answers: Record<string, unknown>[] = [];
    let buf = '';
    output.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        answers.push(JSON.parse(buf.slice(0, nl)) as Record<string, unknown>);
        buf = buf.slice(nl + 1);
      }
    });
    const until = async (n: number) => {
      for (let i = 0; i < 200 && answers.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    };
    const send = (m: object) => input.write(`${JSON.stringify(m)}\n`);
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '0' } } });
    await until(1);
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'list_runs', arguments: {} } });
    await until(2);
    expect((answers[0]!.result as { serverInfo: { name: string } }).serverInfo.name).toBe('cyberbrain-mcp');
    expect((answers[1]!.result as { structuredContent: { runs: unknown[] } }).structuredContent.runs).toEqual([]);

    input.end();
    await expect(serving.ended).resolves.toBe('stdin closed');
    await serving.close();
    await app.close();
    // Still here: nothing in the transport called process.exit.
    expect(process.exitCode ?? 0).toBe(0);
  });
});
