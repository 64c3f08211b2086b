import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { SERVER_ENTRY, tempDataDir } from './client.js';

/**
 * The built server on stdio, driven byte by byte: for what a well-behaved SDK client never sends
 * (bad JSON, oversized messages, wrong shapes). Answers are collected by id.
 */
export class RawStdioServer {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly dataDir: string;
  private buffer = '';
  private readonly answers: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(env: Record<string, string> = {}) {
    this.dataDir = tempDataDir();
    this.proc = spawn(process.execPath, [SERVER_ENTRY], {
      env: { PATH: process.env.PATH ?? '', HOME: this.dataDir, CYBERBRAIN_DB: join(this.dataDir, 'cyberbrain.db'), LOG_LEVEL: 'debug', ...env },
    });
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    this.proc.stdout.on('data', (d: Buffer) => {
      this.buffer += d.toString('utf8');
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) !== -1) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        if (line.trim()) this.answers.push(JSON.parse(line) as Record<string, unknown>);
      }
      for (const w of this.waiters.splice(0)) w();
    });
  }

  write(text: string): void {
    this.proc.stdin.write(`${text}\n`);
  }

  send(message: Record<string, unknown>): void {
    this.write(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  async initialize(): Promise<void> {
    this.send({ id: 'init', method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } });
    await this.answer('init');
    this.send({ method: 'notifications/initialized' });
  }

  /** The answer with this id (null: an answer to a message whose id could not be read). */
  async answer(id: string | number | null, ms = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.answers.find((a) => a.id === id);
      if (found) {
        this.answers.splice(this.answers.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no answer with id ${String(id)} within ${ms} ms; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  /** Ends stdin and resolves with the exit code and how long the exit took. */
  async endInput(): Promise<{ code: number | null; ms: number }> {
    const started = Date.now();
    const exited = new Promise<number | null>((r) => this.proc.once('exit', (code) => r(code)));
    this.proc.stdin.end();
    const code = this.proc.exitCode ?? (await exited);
    return { code, ms: Date.now() - started };
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}
