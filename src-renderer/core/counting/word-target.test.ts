import { describe, expect, it } from 'vitest';
import { formatWords, judgeWordCount } from './word-target.js';

const TEN_PER_CENT = { belowPercent: 10, abovePercent: 10 };

describe('judgeWordCount', () => {
  it('shows the count against the target with thousands separators', () => {
    expect(judgeWordCount(1234, 5000, TEN_PER_CENT)).toEqual({
      state: 'under',
      text: '1,234 / 5,000 words',
      verdict: '3,266 to go to the 4,500 minimum',
      fraction: 0.2468,
    });
  });

  it.each([
    [4499, 'under'],
    [4500, 'within'],
    [5500, 'within'],
    [5501, 'over'],
  ] as const)('judges %i words against 5,000 ±10 %% as %s', (words, state) => {
    expect(judgeWordCount(words, 5000, TEN_PER_CENT).state).toBe(state);
  });

  it('says by how much a count is over, in words', () => {
    expect(judgeWordCount(5812, 5000, TEN_PER_CENT)).toMatchObject({
      state: 'over',
      verdict: '312 over the 5,500 maximum',
      fraction: 1,
    });
  });

  it('allows nothing over with a 0/+0 band and anything under with −100 %', () => {
    expect(judgeWordCount(1001, 1000, { belowPercent: 100, abovePercent: 0 }).state).toBe('over');
    expect(judgeWordCount(0, 1000, { belowPercent: 100, abovePercent: 0 }).state).toBe('within');
    expect(judgeWordCount(1000, 1000, { belowPercent: 0, abovePercent: 0 }).verdict).toBe('On target');
  });

  it('has nothing to judge without a limit', () => {
    expect(judgeWordCount(2400, null, TEN_PER_CENT)).toEqual({
      state: 'no-limit',
      text: '2,400 words',
      verdict: 'No word limit',
      fraction: 0,
    });
  });
});

describe('formatWords', () => {
  it('says word or words', () => {
    expect(formatWords(1)).toBe('1 word');
    expect(formatWords(12000)).toBe('12,000 words');
  });
});
