import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

describe('countWords follows Microsoft Word', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['one two  three', 3],
    ['mother-in-law', 1],
    ['and/or', 1],
    ['06/30/2003', 1],
    ['1,000.50', 1],
    ["don't", 1],
    ['https://www.gov.uk/government/publications/send-code-of-practice-0-to-25', 1],
    ['self\u2014esteem', 1],
    ['pupils \u2014 and staff', 4],
    ['pupils - and staff', 4],
    ['no\u00a0break', 2],
    ['narrow\u202fno-break', 2],
    ['line\nbreak', 2],
    ['(Department for Education, 2015)', 4],
    ['特殊教育', 4],
    ['PDF文件', 3],
    ['SENCO を支援する', 6],
  ])('%j is %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
