// Spawning and timing stdio MCP servers with the SDK's real Client.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

/** Spawns a server and returns the connected client and how long spawn → initialized took. */
export async function connect(command, args, env) {
  const t0 = process.hrtime.bigint();
  const transport = new StdioClientTransport({ command, args, env: { PATH: process.env.PATH ?? '', ...env }, stderr: 'ignore' });
  const client = new Client({ name: 'bench', version: '0.0.0' });
  await client.connect(transport);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { client, ms };
}

/** Calls one tool in a closed loop for `seconds` (args: an object, or a function of the call's index); returns calls/s and latency percentiles. */
export async function closedLoop(client, name, args, seconds) {
  const latencies = [];
  let errors = 0;
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const t0 = process.hrtime.bigint();
  while (process.hrtime.bigint() < end) {
    const s = process.hrtime.bigint();
    const r = await client.callTool({ name, arguments: typeof args === 'function' ? args(latencies.length) : args });
    if (r.isError) errors++;
    latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { calls: latencies.length, perSecond: latencies.length / elapsed, p50: pct(50), p99: pct(99), errors };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
