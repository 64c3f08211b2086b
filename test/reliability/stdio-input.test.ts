import { afterEach, describe, expect, it } from 'vitest';
import { RawStdioServer } from '../helpers/raw-stdio.js';

/**
 * Bad input over stdio gets a specific JSON-RPC answer and the server goes on serving. Needs no
 * engine: none of these reach Docker.
 */
describe('stdio: bad input is answered, never fatal', () => {
  let srv: RawStdioServer;
  afterEach(() => srv?.kill());

  const error = (a: Record<string, unknown>) => a.error as { code: number; message: string };
  const text = (a: Record<string, unknown>) => ((a.result as { content: { text: string }[] }).content[0]!.text);

  it('answers a line that is not JSON with -32700 and keeps serving', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    srv.write('{"jsonrpc": "2.0", "id": 7, "method": ');
    expect(error(await srv.answer(null))).toMatchObject({ code: -32700, message: expect.stringContaining('not valid JSON') });
    srv.send({ id: 'p', method: 'ping' });
    expect(await srv.answer('p')).toHaveProperty('result');
  });

  it('answers a JSON value that is not JSON-RPC with -32600 and its id', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    srv.write(JSON.stringify({ id: 3, hello: 'there' }));
    expect(error(await srv.answer(3)).code).toBe(-32600);
  });

  it('answers non-object tool arguments with -32602 naming the field, not an internal error', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    for (const [id, args] of [[1, 'x'], [2, [1, 2]], [3, 42]] as const) {
      srv.send({ id, method: 'tools/call', params: { name: 'list_runs', arguments: args } });
      const e = error(await srv.answer(id));
      expect(e.code).toBe(-32602);
      expect(e.message).toMatch(/arguments/);
      expect(e.message).not.toMatch(/"code":|\[\{/); // no raw issue array
    }
  });

  it('does the same for a 2026-07-28 client (no initialize; the `_meta` envelope on each request)', async () => {
    srv = new RawStdioServer();
    const _meta = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
    srv.send({ id: 1, method: 'tools/call', params: { name: 'list_runs', arguments: 'x', _meta } });
    const e = error(await srv.answer(1));
    expect(e.code).toBe(-32602);
    expect(e.message).toMatch(/arguments/);
    srv.write('{not json');
    expect(error(await srv.answer(null)).code).toBe(-32700);
    srv.send({ id: 2, method: 'tools/call', params: { name: 'list_runs', arguments: {}, _meta } });
    expect((await srv.answer(2)).result).toMatchObject({ resultType: 'complete', structuredContent: { runs: [] } });
  });

  it('refuses unknown arguments by name and lists the ones the tool takes', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    srv.send({ id: 1, method: 'tools/call', params: { name: 'set_allowlist', arguments: { changes: [{ add: 'web' }] } } });
    const a = await srv.answer(1);
    expect((a.result as { isError: boolean }).isError).toBe(true);
    expect(text(a)).toMatch(/Unknown argument "changes": set_allowlist takes add, remove/);
  });

  it('refuses a cursor it never gave instead of starting over', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    for (const [id, tool] of [[1, 'list_containers'], [2, 'list_runs']] as const) {
      srv.send({ id, method: 'tools/call', params: { name: tool, arguments: { cursor: Buffer.from('{"o":"forged"}').toString('base64url') } } });
      expect(text(await srv.answer(id))).toMatch(new RegExp(`INVALID: That cursor is not one ${tool} gave`));
    }
  });

  it('answers a message over the 10 MiB limit with -32600 and its id, then goes on serving', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    // As the SDK writes it: the id last, after 11 MiB of params.
    srv.write(`{"jsonrpc":"2.0","method":"tools/call","params":{"name":"list_runs","arguments":{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}},"id":41}`);
    const e = error(await srv.answer(41));
    expect(e.code).toBe(-32600);
    expect(e.message).toMatch(/too large/);
    srv.send({ id: 'after', method: 'tools/call', params: { name: 'list_runs', arguments: {} } });
    expect(await srv.answer('after')).toHaveProperty('result');
    expect((await srv.endInput()).code).toBe(0);
  });

  it('exits within a second once its stdin closes', async () => {
    srv = new RawStdioServer();
    await srv.initialize();
    const { code, ms } = await srv.endInput();
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1_500); // generous liveness bound; the server allows itself 800 ms
  });
});
