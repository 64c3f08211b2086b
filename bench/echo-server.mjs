// The protocol's own floor: a minimal SDK server over stdio answering one echo tool.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'echo-floor', version: '0.0.0' });
server.registerTool('echo', { description: 'Echoes its input', inputSchema: { text: z.string().default('') } }, async ({ text }) => ({
  content: [{ type: 'text', text }],
}));
await server.connect(new StdioServerTransport());
