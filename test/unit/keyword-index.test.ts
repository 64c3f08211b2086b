import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../src/redact/keyword-index.js';

describe('keyword index', () => {
  const index = new KeywordIndex([['ghp_'], ['sk-', 'sk-ant-'], ['password'], ['pass'], ['@']]);

  it('finds every rule whose keyword occurs, case-insensitively, in rule order', () => {
    expect(index.rulesIn('nothing here')).toEqual([]);
    expect(index.rulesIn('GHP_abc and Sk-ANT-x')).toEqual([0, 1]);
    expect(index.rulesIn('my PASSWORD')).toEqual([2, 3]);
    expect(index.rulesIn('a@b password ghp_')).toEqual([0, 2, 3, 4]);
  });

  it('finds keywords that overlap or follow a partial match', () => {
    expect(index.rulesIn('passpassword')).toEqual([2, 3]);
    expect(index.rulesIn('ghghp_')).toEqual([0]);
  });

  it('is not confused by non-ASCII text around a keyword', () => {
    expect(index.rulesIn('ümlaut ghp_ 密码 password')).toEqual([0, 2, 3]);
    expect(index.rulesIn('ghp_'.split('').join('\u0100'))).toEqual([]);
  });

  it('says whether the text had a character outside ASCII', () => {
    index.rulesIn('plain text');
    expect(index.sawNonAscii).toBe(false);
    index.rulesIn('café');
    expect(index.sawNonAscii).toBe(true);
    index.rulesIn('😀 password');
    expect(index.sawNonAscii).toBe(true);
  });

  it('scans texts longer than its buffer, and a lone surrogate, whole', () => {
    // The scan reads UTF-8 bytes from a reused buffer: a long text (here ~3 MB of bytes, more than
    // it keeps) must still be read to its end, and the short text after it from the start.
    const long = `${'密'.repeat(1_100_000)} password`;
    expect(index.rulesIn(long)).toEqual([2, 3]);
    expect(index.rulesIn('ghp_')).toEqual([0]);
    expect(index.rulesIn('\ud800ghp_')).toEqual([0]);
  });

  it('resets between calls', () => {
    expect(index.rulesIn('ghp_')).toEqual([0]);
    expect(index.rulesIn('ghp_')).toEqual([0]);
  });

  it('finds a keyword wherever it stands in a long text, the middle where two scans meet included', () => {
    // Texts of 68 bytes or more are read by two scans (from the start and from the middle): a
    // keyword placed at every offset, across the middle too, must be found as one scan finds it.
    const keywords = [['ghp_'], ['sk-', 'sk-ant-'], ['password'], ['pass'], ['@'], ['connection_string']];
    const wide = new KeywordIndex(keywords);
    const naive = (text: string): number[] =>
      keywords.flatMap((kws, id) => (kws.some((k) => text.toLowerCase().includes(k)) ? [id] : []));
    for (const length of [60, 67, 68, 69, 90, 151]) {
      for (const [id, kws] of keywords.entries()) {
        for (const keyword of kws) {
          for (let at = 0; at + keyword.length <= length; at++) {
            const filler = 'x'.repeat(length);
            const text = filler.slice(0, at) + keyword.toUpperCase() + filler.slice(at + keyword.length);
            const found = wide.rulesIn(text);
            expect(found, `${keyword} at ${at} of ${length}`).toContain(id);
            expect(found).toEqual(naive(text));
          }
        }
      }
    }
  });

  it("says where a rule's first keyword ends, and every end of the tracked rule's keywords, wherever they stand", () => {
    // Two keywords of the tracked rule (2) placed at every pair of offsets, across the middle too:
    // the first end and every end must be what a plain search says (the two scans report out of order).
    const keywords = [['ghp_'], ['sk-'], ['pass', 'secret']];
    const tracking = new KeywordIndex(keywords, 2);
    const ends = (text: string): number[] =>
      [...text.toLowerCase().matchAll(/(?=(pass|secret))/g)].map((m) => m.index + m[1]!.length - 1);
    for (const length of [40, 90, 151]) {
      for (let a = 0; a + 4 <= length; a += 3) {
        for (let b = a + 4; b + 6 <= length; b += 7) {
          const filler = 'x'.repeat(length);
          const text = `${filler.slice(0, a)}PASS${filler.slice(a + 4, b)}Secret${filler.slice(b + 6)}`;
          expect(tracking.rulesIn(text)).toEqual([2]);
          expect([...new Set(tracking.trackedEnds())], `${a}, ${b} of ${length}`).toEqual(ends(text));
          expect(tracking.searchFrom(2, 4)).toBe(a);
        }
      }
    }
    // Offsets are of bytes: a text with a character outside ASCII has none to give.
    tracking.rulesIn('é password');
    expect(tracking.trackedEnds()).toBeUndefined();
    expect(tracking.searchFrom(2, 4)).toBe(0);
  });

  it('sees a character outside ASCII in either half of a long text', () => {
    const filler = 'y'.repeat(200);
    for (const at of [0, 50, 99, 100, 101, 150, 199]) {
      index.rulesIn(`${filler.slice(0, at)}é${filler.slice(at)}`);
      expect(index.sawNonAscii, `é at ${at}`).toBe(true);
    }
    index.rulesIn(filler);
    expect(index.sawNonAscii).toBe(false);
  });
});
