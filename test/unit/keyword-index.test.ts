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

  it('resets between calls', () => {
    expect(index.rulesIn('ghp_')).toEqual([0]);
    expect(index.rulesIn('ghp_')).toEqual([0]);
  });
});
