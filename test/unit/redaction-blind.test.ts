import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/redact/scrub.js';
import { ROOT } from '../helpers/client.js';

interface Rec { id: string; line: string; secret: string | null; secret_parts?: string[]; family: string }

/**
 * The blind corpus: 100 secrets and 60 hard look-alikes in contexts written by someone who had
 * not read the rules. Measured once before any change for it (recall 87.0%, benign changed 0%):
 * that was the honest estimate. It now guards against regressions (its last miss, a secret key as
 * the last index of a quoted key path, was mended after it was seen: in-sample since).
 */
const records = readFileSync(join(ROOT, 'test/fixtures/redaction/blind.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Rec);

describe('blind redaction corpus', () => {
  it.each(records.filter((r) => r.secret !== null).map((r) => [r.id, r] as const))('removes %s', (_id, r) => {
    const out = redactText(r.line);
    for (const part of [r.secret!, ...(r.secret_parts ?? [])]) expect(out).not.toContain(part);
  });

  it.each(records.filter((r) => r.secret === null).map((r) => [r.id, r] as const))('leaves benign %s unchanged', (_id, r) => {
    expect(redactText(r.line)).toBe(r.line);
  });
});
