/**
 * Counts words the way Microsoft Word does, because markers check counts in Word.
 * The rule, its sources and where LibreOffice differs: docs/word-count.md.
 * - a word is a run of characters between white space; a non-breaking space separates too;
 * - hyphens, slashes, apostrophes, dashes without spaces, numbers, URLs and emoji do not split a word;
 * - a dash or other punctuation standing between spaces is a word of its own (it is a run like any other);
 * - each East Asian character — Chinese, Japanese, Korean, their punctuation and full-width
 *   forms — is a word, and splits the run it sits in.
 */

// \s in JavaScript covers NBSP (U+00A0), narrow NBSP, tabs and the other Unicode spaces,
// but not zero-width space (U+200B), which Word does not treat as a space either.
// Line and paragraph separators (U+2028/9) are excluded: Word counts each as a word.
const WHITE_SPACE = /[^\S\u2028\u2029]+/u;
const EAST_ASIAN_CHARACTER = new RegExp(
  [
    '\\p{Script=Han}',
    '\\p{Script=Hiragana}',
    '\\p{Script=Katakana}',
    '\\p{Script=Hangul}',
    '\\p{Script=Bopomofo}',
    '[\\u2E80-\\u2FDF]', // CJK and Kangxi radicals
    '[\\u3001-\\u303F]', // CJK symbols and punctuation (not U+3000, the ideographic space)
    '[\\u3200-\\u33FF]', // enclosed CJK letters, CJK compatibility (e.g. ㈱, ㍻)
    '[\\uFF01-\\uFF60\\uFFE0-\\uFFE6]', // full-width forms
    '[\\u2028\\u2029]', // line and paragraph separators
  ].join('|'),
  'gu',
);

// The same characters, for a single yes/no test of a whole text: most text has none of them.
const HAS_EAST_ASIAN = new RegExp(EAST_ASIAN_CHARACTER.source, 'u');

export function countWords(text: string): number {
  if (!HAS_EAST_ASIAN.test(text)) return countRuns(text);
  let count = 0;
  for (const run of text.split(WHITE_SPACE)) {
    if (run === '') continue;
    const eastAsian = run.match(EAST_ASIAN_CHARACTER);
    if (eastAsian === null) {
      count += 1;
      continue;
    }
    count += eastAsian.length;
    // Other text glued to East Asian characters ("PDF文件") counts as one more word per stretch.
    count += run.split(EAST_ASIAN_CHARACTER).filter((rest) => rest !== '').length;
  }
  return count;
}

/** Runs of characters between white space, counted without building the list of them. */
function countRuns(text: string): number {
  let count = 0;
  let inRun = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhiteSpace(text.charCodeAt(index));
    if (!space && !inRun) count++;
    inRun = !space;
  }
  return count;
}

/** The characters \s matches, less the line and paragraph separators (see WHITE_SPACE). */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
