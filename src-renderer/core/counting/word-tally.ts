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
  /** Words in tables' cells, whatever else they are. */
  readonly tables: number;
  /** Words in figures' captions, with the "Figure N:" the export writes before each. */
  readonly captions: number;
}

export const WORD_KINDS = [
  'text',
  'headings',
  'quotations',
  'citations',
  'tables',
  'captions',
] as const satisfies readonly (keyof WordTally)[];

export const NO_WORDS: WordTally = { text: 0, headings: 0, quotations: 0, citations: 0, tables: 0, captions: 0 };

export function addTallies(a: WordTally, b: WordTally): WordTally {
  return {
    text: a.text + b.text,
    headings: a.headings + b.headings,
    quotations: a.quotations + b.quotations,
    citations: a.citations + b.citations,
    tables: a.tables + b.tables,
    captions: a.captions + b.captions,
  };
}

export function allWords(tally: WordTally): number {
  return tally.text + tally.headings + tally.quotations + tally.citations + tally.tables + tally.captions;
}

/** The words that count toward a limit under these switches. */
export function countedWords(tally: WordTally, counting: CountingRules): number {
  return (
    tally.text +
    (counting.headings ? tally.headings : 0) +
    (counting.quotations ? tally.quotations : 0) +
    (counting.citations ? tally.citations : 0) +
    (counting.tables ? tally.tables : 0) +
    (counting.captions ? tally.captions : 0)
  );
}
