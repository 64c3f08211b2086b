import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLayers, mayNeedDecoding } from '../../src/redact/decode.js';
import { DEFAULT_OPTIONS, Redactor } from '../../src/redact/engine.js';

// "Redaction sees what the reader sees": secrets inside escaped text are found in a decoded copy
// and replaced in the raw text, which keeps its own encoding around the marker.
const redactor = new Redactor(DEFAULT_OPTIONS);
const PW = ['Tr0ub4', 'dor-x9'].join('');

describe('decoding layers', () => {
  it('leaves lines without escapes alone (the fast path)', () => {
    for (const l of ['plain log line', 'cpu at 93% and rising', 'C:/Program Files/x', '100%']) {
      expect(mayNeedDecoding(l)).toBe(false);
    }
    expect(decodeLayers('no escapes here')).toBeUndefined();
  });

  it.each([
    ['\\"a\\"', '"a"'],
    ['postgres:\\/\\/h', 'postgres://h'],
    ['\\u0022x\\u0022', '"x"'],
    ['\\\\\\"x\\\\\\"', '"x"'], // escaped twice
    ['a%3Db%26c', 'a=b&c'],
    ['%253D', '='], // percent-encoded twice
    ['\\x41', 'A'],
  ])('decodes %s to %s', (raw, text) => {
    expect(decodeLayers(raw)!.text).toBe(text);
  });

  it('maps every decoded character back to where it starts in the raw text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const raw = JSON.stringify(JSON.stringify(s)).slice(1, -1);
        const d = decodeLayers(raw);
        if (!d) return;
        expect(d.map.length).toBe(d.text.length + 1);
        expect(d.map[d.text.length]).toBe(raw.length);
        for (let i = 1; i < d.map.length; i++) expect(d.map[i]!).toBeGreaterThan(d.map[i - 1]!);
      }),
      { numRuns: 500 },
    );
  });
});

describe('redaction of escaped text', () => {
  it.each([
    [`{"level":"error","body":"{\\"password\\":\\"${PW}\\"}"}`, `{"level":"error","body":"{\\"password\\":\\"[REDACTED:secret_value]\\"}"}`],
    [`{"msg":"cannot connect to postgres:\\/\\/app:${PW}@db:5432\\/app"}`, `{"msg":"cannot connect to postgres:\\/\\/app:[REDACTED:connection_string]@db:5432\\/app"}`],
    [`ERROR config={\\"api_key\\":\\"${PW}\\"}`, `ERROR config={\\"api_key\\":\\"[REDACTED:secret_value]\\"}`],
    [`login body=user%3Dbob%26password%3D${PW}`, `login body=user%3Dbob%26password%3D[REDACTED:secret_value]`],
  ])('%s', (input, expected) => {
    expect(redactor.redact(input)).toBe(expected);
  });

  it('finds a secret JSON-encoded once, twice or three times', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.stringMatching(/^[A-Za-z0-9]{12,24}$/), (depth, secret) => {
        let line = JSON.stringify({ password: `Z9${secret}` });
        for (let i = 1; i < depth; i++) line = JSON.stringify({ msg: line });
        const out = redactor.redact(line);
        expect(out).not.toContain(`Z9${secret}`);
        expect(redactor.redact(out)).toBe(out);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves escaped text without secrets byte-identical', () => {
    for (const l of ['{"msg":"path C:\\\\new\\\\table"}', '{"msg":"line one\\nline two"}', 'GET /search?q=a%20b 200', '{"url":"https:\\/\\/example.com\\/x"}']) {
      expect(redactor.redact(l)).toBe(l);
    }
  });
});
