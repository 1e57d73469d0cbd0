import type { CountingRules } from '../programme/programme.js';

/**
 * A section's words by kind, so a programme's switches (count headings? quotations?
 * citations?) apply without recounting the text.
 */
export interface WordTally {
  readonly text: number;
  readonly headings: number;
  readonly quotations: number;
  /** Words in in-text citations, e.g. "(Ainscow, 2020)" is two. */
  readonly citations: number;
}

export const NO_WORDS: WordTally = { text: 0, headings: 0, quotations: 0, citations: 0 };

export function addTallies(a: WordTally, b: WordTally): WordTally {
  return { text: a.text + b.text, headings: a.headings + b.headings, quotations: a.quotations + b.quotations, citations: a.citations + b.citations };
}

export function allWords(tally: WordTally): number {
  return tally.text + tally.headings + tally.quotations + tally.citations;
}

/** The words that count toward a limit under these switches. */
export function countedWords(tally: WordTally, counting: CountingRules): number {
  return tally.text + (counting.headings ? tally.headings : 0) + (counting.quotations ? tally.quotations : 0) + (counting.citations ? tally.citations : 0);
}
