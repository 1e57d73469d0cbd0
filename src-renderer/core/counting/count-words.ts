/**
 * Counts words the way Microsoft Word does, because markers check counts in Word
 * (see docs/word-count.md and shared domain notes):
 * - a word is a run of characters between white space; a non-breaking space separates too;
 * - hyphens, slashes, apostrophes, dashes without spaces and URLs do not split a word;
 * - a dash standing between spaces is a word of its own (it is a run like any other);
 * - each Chinese, Japanese or Korean character is a word.
 */

// \s in JavaScript already covers NBSP (U+00A0), narrow NBSP and the other Unicode spaces.
const WHITE_SPACE = /\s+/u;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const run of text.split(WHITE_SPACE)) {
    if (run === '') continue;
    const cjk = run.match(CJK_CHARACTER);
    if (cjk === null) {
      count += 1;
      continue;
    }
    count += cjk.length;
    // Latin text glued to CJK characters ("PDF文件") counts as one more word per stretch.
    count += run.split(CJK_CHARACTER).filter((rest) => rest !== '').length;
  }
  return count;
}
