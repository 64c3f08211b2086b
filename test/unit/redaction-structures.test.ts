import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, Redactor } from '../../src/redact/engine.js';

// Issue 10: redactDeep must keep schema-typed data intact. Numbers and booleans are never the
// secret in a structure; strings under a secret-named key still go.
const redactor = new Redactor(DEFAULT_OPTIONS);

describe('redactDeep', () => {
  it('keeps numbers and booleans under secret-sounding keys', () => {
    const directive = { thresholds: { auth_failures: 5, token_budget: 1000, password_required: true, session: 42 } };
    expect(redactor.redactDeep(directive)).toEqual(directive);
  });

  it('still redacts strings under secret keys', () => {
    expect(redactor.redactDeep({ password: 'plain', apiKey: 'q8Xz-abc-123', auth_failures: 5 })).toEqual({
      password: '[REDACTED:secret_value]',
      apiKey: '[REDACTED:secret_value]',
      auth_failures: 5,
    });
  });

  it('redacts the value of name/value entries whose name is a secret key (Kubernetes env, SSM)', () => {
    const env = [
      { name: 'DB_PASSWORD', value: 'Hq8-Zk2Lw5Xp' },
      { name: 'LOG_LEVEL', value: 'info' },
    ];
    expect(redactor.redactDeep(env)).toEqual([
      { name: 'DB_PASSWORD', value: '[REDACTED:secret_value]' },
      { name: 'LOG_LEVEL', value: 'info' },
    ]);
  });

  it('redacts each string of an array under a secret key, and keeps placeholders', () => {
    expect(redactor.redactDeep({ prompt_tokens: 512, passwords: ['x9Y8z7W6v5', 'a1B2c3D4e5'], password: '${DB_PASSWORD}' })).toEqual({
      prompt_tokens: 512,
      passwords: ['[REDACTED:secret_value]', '[REDACTED:secret_value]'],
      password: '${DB_PASSWORD}',
    });
  });
});

describe('bounded growth', () => {
  it('a report of many short secret pairs stays readable: only an overgrown line gives way', () => {
    const report = Array.from({ length: 50 }, (_, i) => `pw${i}: x${i}`).join('\n') + '\nsummary: 50 hosts checked';
    const out = redactor.redact(report);
    expect(out.split('\n')).toHaveLength(51);
    expect(out).toContain('summary: 50 hosts checked');
    expect(out).not.toMatch(/x\d/);
  });
});
