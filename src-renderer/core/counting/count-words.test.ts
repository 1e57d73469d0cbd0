import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

/**
 * The rule's case table (docs/word-count.md). Cases marked "Word-checked" come from a
 * dataset whose author compared each against Microsoft Word's count (bebe3/office-wordcount).
 */
describe('countWords follows Microsoft Word', () => {
  it.each([
    // Spaces and breaks
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['one two  three', 3],
    ['tab\tseparated', 2],
    ['line\nbreak', 2],
    ['no\u00a0break', 2],
    ['narrow\u202fno-break', 2],
    ['em\u2003space', 2],
    ['zero\u200bwidth', 1], // Word-checked
    ['a\u2028b', 3], // Word-checked: the separator is a word of its own
    // Hyphens, dashes and slashes
    ['mother-in-law', 1],
    ['well-known', 1],
    ['self\u2014esteem', 1],
    ['pages 12\u201314', 2],
    ['pupils \u2014 and staff', 4],
    ['pupils \u2013 and staff', 4],
    ['pupils - and staff', 4],
    ['and/or', 1],
    ['06/30/2003', 1],
    ['June 30, 2003', 3],
    // Punctuation, apostrophes, quotation marks
    ["don't", 1],
    ['don\u2019t', 1],
    ['\u2018single\u2019 and \u201cdouble\u201d quotes', 4],
    ['e.g. this, i.e. that', 4],
    ['wait \u2026 what', 3],
    ['wait\u2026what', 1],
    ['& so on', 3],
    ['(Ainscow, 2020, p. 12)', 4],
    ['1. Assess', 2],
    ['\u2022 Plan', 2],
    // Numbers, web addresses
    ['1,000.50', 1],
    ['18% of pupils', 3],
    ['https://www.gov.uk/government/publications/send-code-of-practice-0-to-25', 1],
    ['senco@example.org', 1],
    // Letters beyond English
    ['Ysgol Gymraeg ŵyr ŷd', 4],
    ['café naïve résumé', 3],
    // Emoji: ordinary characters
    ['hello \u{1F642} world', 3], // Word-checked
    ['Hello\u{1F44D}World', 1], // Word-checked
    // East Asian text: each character a word
    ['特殊教育', 4],
    ['PDF文件', 3],
    ['SENCO を支援する', 6],
    ['안녕하세요', 5], // Word-checked
    ['東京2024オリンピック', 9], // Word-checked
    ['「こんにちは」', 7], // Word-checked
    ['Hello、World。', 4], // Word-checked
    ['ＡＢＣＤＥ', 5], // Word-checked
    ['㈱テスト㈲', 5], // Word-checked
    ['①②③④⑤', 1], // Word-checked
  ])('%j is %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
