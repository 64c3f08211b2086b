import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/client';
import { call, textOf, type ServerHandle } from './client.js';

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * Everything a server wrote or returned, as named byte strings: the tool results and resource
 * reads collected by the test, the database and its WAL, the report files and the server's stderr.
 */
export function everythingWritten(srv: ServerHandle, outputs: string[]): { where: string; text: string }[] {
  return [
    { where: 'tool results', text: outputs.join('\n') },
    ...[srv.dbPath, `${srv.dbPath}-wal`].filter(existsSync).map((p) => ({ where: p, text: readFileSync(p).toString('latin1') })),
    ...filesUnder(join(srv.dataDir, 'logs')).map((p) => ({ where: p, text: readFileSync(p, 'latin1') })),
    { where: 'server stderr', text: srv.stderr() },
  ];
}

/** A tool caller that keeps the text and structured content of every result in `outputs`, for a later scan. */
export function recordingCaller(client: Client, outputs: string[]) {
  return async (name: string, args: Record<string, unknown> = {}) => {
    const r = await call(client, name, args);
    outputs.push(textOf(r), JSON.stringify(r.structuredContent ?? {}));
    return r;
  };
}
