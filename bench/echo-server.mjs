// The protocol's own floor: a minimal SDK server over stdio answering one echo tool.
// With ECHO_PAYLOAD=<file> it answers with that file's structured result and output schema
// instead: the floor for a response of exactly list_runs' size and shape.
import { readFileSync } from 'node:fs';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'echo-floor', version: '0.0.0' });
const payloadFile = process.env.ECHO_PAYLOAD;
if (payloadFile) {
  const { structured, outputSchema } = JSON.parse(readFileSync(payloadFile, 'utf8'));
  const text = JSON.stringify(structured);
  server.registerTool('echo', { description: 'Answers a fixed page', inputSchema: { text: z.string().default('') }, outputSchema: z.fromJSONSchema(outputSchema) }, async () => ({
    content: [{ type: 'text', text }],
    structuredContent: structured,
  }));
} else {
  server.registerTool('echo', { description: 'Echoes its input', inputSchema: { text: z.string().default('') } }, async ({ text }) => ({
    content: [{ type: 'text', text }],
  }));
}
await server.connect(new StdioServerTransport());
