import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, Redactor } from '../../src/redact/engine.js';
import { LineRedactor } from '../../src/redact/line-redactor.js';

/**
 * The redactor remembers texts it redacted whole (the boundaries redact the same rows again and
 * again). A stream of log lines must never go through that memory: its state (a key on one line,
 * its value on the next) is set by each real pass.
 */
describe('redaction memory', () => {
  it('gives the same answer from memory as from a pass', () => {
    const r = new Redactor(DEFAULT_OPTIONS);
    const text = 'connect postgres://app:Sup3rS3cret@db:5432/app from 10.0.3.7';
    const first = r.redact(text);
    expect(first).not.toContain('Sup3rS3cret');
    expect(r.redact(text)).toBe(first);
    expect(new Redactor(DEFAULT_OPTIONS).redact(text)).toBe(first);
  });

  it('keeps a key line and the value under it together in a stream, even when the key line was redacted before', () => {
    const r = new Redactor(DEFAULT_OPTIONS);
    r.redact('password:'); // remembered
    const lr = new LineRedactor(r);
    const out = ['nothing here', 'password:', '  Sup3rS3cretValue99'].map((l) => lr.line(l));
    expect(out.join('\n')).not.toContain('Sup3rS3cretValue99');
  });

  it('still counts what it redacts for callers that keep a tally', () => {
    const r = new Redactor(DEFAULT_OPTIONS);
    const text = 'token=ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    r.redact(text);
    const stats = new Map<string, number>();
    r.redact(text, stats);
    expect([...stats.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
