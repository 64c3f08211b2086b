// The protocol's own floor: a minimal SDK server (SDK v2, as cyberbrain-mcp uses) over stdio
// answering one echo tool. With ECHO_PAYLOAD=<file> it answers with that file's structured result
// and output schema instead: the floor for a response of exactly list_runs' size and shape.
import { readFileSync } from 'node:fs';
import { McpServer } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

const payloadFile = process.env.ECHO_PAYLOAD;
const payload = payloadFile ? JSON.parse(readFileSync(payloadFile, 'utf8')) : undefined;

// The output schema the same-page floor validates with: list_runs' own zod schema (from the build),
// so that the floor does exactly the validation our server does; the JSON Schema it was sent is the
// fallback for another payload.
const nativeOutput = payload && process.env.ECHO_OUTPUT_FROM === 'list_runs' ? (await import('../dist/tools/list-runs.js')).listRuns.output : undefined;

serveStdio(() => {
  const server = new McpServer({ name: 'echo-floor', version: '0.0.0' });
  if (payload) {
    const text = JSON.stringify(payload.structured);
    server.registerTool('echo', { description: 'Answers a fixed page', inputSchema: { text: z.string().default('') }, outputSchema: nativeOutput ? z.object(nativeOutput) : z.fromJSONSchema(payload.outputSchema) }, async () => ({
      content: [{ type: 'text', text }],
      structuredContent: payload.structured,
    }));
  } else {
    server.registerTool('echo', { description: 'Echoes its input', inputSchema: { text: z.string().default('') } }, async ({ text }) => ({
      content: [{ type: 'text', text }],
    }));
  }
  return server;
});
