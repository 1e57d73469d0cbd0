import { describe, expect, it } from 'vitest';
import { describeWordTarget, formatWords } from './word-target.js';

describe('describeWordTarget', () => {
  it('shows the count against the target with thousands separators', () => {
    expect(describeWordTarget(1234, 5000)).toEqual({ text: '1,234 / 5,000 words', fraction: 0.2468, over: false });
  });

  it('caps the bar and flags a count over the target', () => {
    expect(describeWordTarget(5600, 5000)).toMatchObject({ fraction: 1, over: true });
    expect(describeWordTarget(5000, 5000).over).toBe(false);
  });

  it('copes with a piece that has no target', () => {
    expect(describeWordTarget(10, 0).fraction).toBe(0);
  });
});

describe('formatWords', () => {
  it('says word or words', () => {
    expect(formatWords(1)).toBe('1 word');
    expect(formatWords(12000)).toBe('12,000 words');
  });
});
