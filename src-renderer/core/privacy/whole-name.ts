/**
 * How a name on the writer's list is found in text, shared by the check and by replacing a
 * name with its pseudonym so that the two always agree on what counts as an occurrence.
 * Whole words only, in any case, with any white space between the words of a longer name
 * ("Elmfield  Primary\nSchool"), and either apostrophe in "O'Neill".
 */

// A letter or digit just before the name, or one joined to it by an apostrophe or hyphen,
// means the name is part of a longer word: "Ann" in "Joanna", "Neill" in "O'Neill", "Lee" in "Jamie-Lee".
const NOT_AFTER_A_WORD = String.raw`(?<![\p{L}\p{M}\p{N}])(?<![\p{L}\p{M}\p{N}]['’-])`;
// The possessive ’s is not a letter after the name, so "Jamie’s" is found and keeps its ’s.
const NOT_BEFORE_A_WORD = String.raw`(?![\p{L}\p{M}\p{N}])(?!-[\p{L}\p{M}\p{N}])`;
// The characters that mean something in a regular expression, in Unicode mode.
const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;
const APOSTROPHE = /['’]/gu;

/** The words of a name as a pattern: no boundaries yet. Empty for a name of fewer than two letters. */
function wordsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.join('').replace(/[^\p{L}]/gu, '').length < 2) return '';
  return words
    .map((word) => word.replace(PATTERN_SYNTAX, String.raw`\$&`).replace(APOSTROPHE, "['’]"))
    .join(String.raw`\s+`);
}

/** A global pattern finding every one of the names, longest first so a school's full name wins over its first word. */
export function wholeNamesPattern(names: readonly string[]): RegExp | undefined {
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map(wordsOf)
    .filter((words) => words !== '');
  if (alternatives.length === 0) return undefined;
  return new RegExp(`${NOT_AFTER_A_WORD}(?:${alternatives.join('|')})${NOT_BEFORE_A_WORD}`, 'giu');
}

/** The form of a name two spellings of it share: "Elmfield  primary" and "Elmfield Primary" are one name. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').replace(APOSTROPHE, "'").toLowerCase();
}
