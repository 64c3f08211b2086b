// The HTTP floor: a minimal SDK v2 server on node:http, Streamable HTTP with sessions (2025 era)
// and SDK v2's stateless handler for 2026-07-28 requests, a static bearer token checked on every
// request (auth on), answering list_runs and get_run with
// fixed answers recorded from cyberbrain-mcp (same bytes, same output schemas, validated by the
// SDK as ours are). What is left between it and cyberbrain-mcp is our own code: real auth (hashed
// tokens, scopes, revocation), rate limits, Host/Origin checks, audit, the store and redaction.
//
//   FLOOR_PAYLOADS=<file> FLOOR_TOKEN=<token> node bench/http-floor-server.mjs   (prints its URL on stderr)
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { NodeStreamableHTTPServerTransport, toNodeHandler, toWebRequest } from '@modelcontextprotocol/node';
import { createMcpHandler, isLegacyRequest, McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';

const payloads = JSON.parse(readFileSync(process.env.FLOOR_PAYLOADS, 'utf8'));
const expected = Buffer.from(`Bearer ${process.env.FLOOR_TOKEN}`);
const { listRuns } = await import('../dist/tools/list-runs.js');
const { getRun } = await import('../dist/tools/get-run.js');

function build() {
  const server = new McpServer({ name: 'http-floor', version: '0.0.0' });
  for (const [tool, key] of [[listRuns, 'list_runs'], [getRun, 'get_run']]) {
    const answer = payloads[key];
    server.registerTool(key, { description: tool.description, inputSchema: tool.input, outputSchema: z.object(tool.output) }, async () => ({ content: [{ type: 'text', text: JSON.stringify(answer) }], structuredContent: answer }));
  }
  return server;
}

// 2026-07-28: one server per request, as SDK v2 serves the stateless era.
const modern = toNodeHandler(createMcpHandler(() => build(), { legacy: 'reject' }));
const sessions = new Map();
const http = createServer(async (req, res) => {
  const auth = Buffer.from(req.headers.authorization ?? '');
  if (auth.length !== expected.length || !timingSafeEqual(auth, expected)) return void res.writeHead(401).end();
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
  const id = req.headers['mcp-session-id'];
  if (!id && !(await isLegacyRequest(await toWebRequest(req, body), body))) return void (await modern(req, res, body));
  let transport = id ? sessions.get(id) : undefined;
  if (!transport) {
    if (id) return void res.writeHead(404).end();
    transport = new NodeStreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sid) => sessions.set(sid, transport) });
    transport.onclose = () => transport.sessionId && sessions.delete(transport.sessionId);
    await build().connect(transport);
  }
  await transport.handleRequest(req, res, body);
});
http.listen(0, '127.0.0.1', () => process.stderr.write(`listening on http://127.0.0.1:${http.address().port}/mcp\n`));
