import { describe, expect, it } from 'vitest';
import { LogDecoder, MAX_LINE_BYTES } from '../../src/docker/log-lines.js';

const frame = (stream: 1 | 2, text: string): Buffer => {
  const body = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
};

describe('log decoder', () => {
  it('demultiplexes stdout and stderr and splits lines', () => {
    const d = new LogDecoder(true, false);
    const lines = [...d.push(Buffer.concat([frame(1, 'out one\nout '), frame(2, 'err one\n'), frame(1, 'two\n')])), ...d.end()];
    expect(lines).toEqual([
      { stream: 'stdout', text: 'out one' },
      { stream: 'stderr', text: 'err one' },
      { stream: 'stdout', text: 'out two' },
    ]);
  });

  it('survives frames and UTF-8 characters cut across chunks', () => {
    const all = Buffer.concat([frame(1, 'héllo wörld\n'), frame(2, 'ünïcode\n')]);
    const d = new LogDecoder(true, false);
    const out = [];
    for (let i = 0; i < all.length; i++) out.push(...d.push(all.subarray(i, i + 1)));
    out.push(...d.end());
    expect(out.map((l) => l.text)).toEqual(['héllo wörld', 'ünïcode']);
  });

  it('reads raw TTY streams as stdout and strips timestamps and CR', () => {
    const d = new LogDecoder(false, true);
    const lines = [...d.push(Buffer.from('2026-11-21T10:00:00.000000001Z hello\r\n')), ...d.end()];
    expect(lines).toEqual([{ stream: 'stdout', timestamp: '2026-11-21T10:00:00.000000001Z', text: 'hello' }]);
  });

  it('caps a giant line instead of holding it whole', () => {
    const d = new LogDecoder(false, false);
    const lines = [...d.push(Buffer.from('x'.repeat(MAX_LINE_BYTES * 3) + '\nnext\n')), ...d.end()];
    expect(lines[0]!.text.length).toBe(MAX_LINE_BYTES);
    expect(lines[0]!.truncated).toBe(true);
    expect(lines[1]).toEqual({ stream: 'stdout', text: 'next' });
  });
});
