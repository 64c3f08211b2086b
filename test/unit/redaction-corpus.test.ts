import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, Redactor } from '../../src/redact/engine.js';
import { FORMAT_RULES } from '../../src/redact/rules/format.js';
import { ROOT } from '../helpers/client.js';

const dir = join(ROOT, 'test/fixtures/redaction');
const secrets = readFileSync(join(dir, 'secrets.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { rule: string; secret: string; line: string });
const benign = readFileSync(join(dir, 'benign.txt'), 'utf8').trimEnd().split('\n');
const redactor = new Redactor(DEFAULT_OPTIONS);

describe('redaction corpus', () => {
  it('covers every format rule with at least one line, and at least 40 kinds of credential', () => {
    const covered = new Set(secrets.map((s) => s.rule));
    expect(FORMAT_RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
    expect(FORMAT_RULES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(secrets.map((s) => [s.rule, s.line.slice(0, 60), s] as const))('removes %s: %s', (rule, _short, s) => {
    const out = redactor.redact(s.line);
    expect(out).not.toContain(s.secret);
    expect(out).toContain(`[REDACTED:${rule}]`);
  });

  it.each(benign)('leaves a harmless line untouched: %s', (line) => {
    expect(redactor.redact(line)).toBe(line);
  });
});
