import { describe, expect, it } from 'vitest';
import { NO_WORDS } from '../counting/word-tally.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import { TWO_PARTS } from '../programme/templates.js';
import { pieceBreakdown } from './breakdown.js';
import { planNewPortfolio, wordsInPiece, type Section } from './portfolio.js';

let next = 0;
const { portfolio, sections } = planNewPortfolio(
  { title: 'T', candidateName: '', candidateNumber: '' },
  TWO_PARTS,
  () => `id-${++next}`,
  0,
);
const part1 = portfolio.pieces[0]!;
const part2 = portfolio.pieces[1]!;
const written = sections.map((section): Section => ({
  ...section,
  words: { text: 100, headings: 10, quotations: 20, citations: 5, tables: 0, captions: 0 },
}));

describe('pieceBreakdown', () => {
  it('says why each section counts or not, and adds up to the piece’s total', () => {
    const rows = pieceBreakdown(part2, written, []);
    expect(rows.find((row) => row.label === 'References')).toMatchObject({
      written: 136,
      counted: 0,
      note: 'Reference list — excluded by your programme’s rules',
    });
    expect(rows.find((row) => row.label === 'Abstract')?.note).toBe('Abstract — excluded by your programme’s rules');
    expect(rows.find((row) => row.label === 'Findings')).toMatchObject({ written: 136, counted: 136, note: '' });
    expect(rows.reduce((sum, row) => sum + row.counted, 0)).toBe(wordsInPiece(part2, written));
  });

  it('names what a switch leaves out, and sections left out by hand', () => {
    const strict = { ...part2, counting: { ...part2.counting, headings: false, citations: false } };
    const leftOut = written.map((section) =>
      section.title === 'Discussion' ? { ...section, counted: false } : section,
    );
    const rows = pieceBreakdown(strict, leftOut, []);
    expect(rows.find((row) => row.label === 'Findings')).toMatchObject({
      counted: 120,
      note: 'Not counted under your programme’s rules: 11 in headings, 5 in citations',
    });
    expect(rows.find((row) => row.label === 'Discussion')).toMatchObject({
      counted: 0,
      note: 'Left out of the count by you',
    });
    expect(rows.reduce((sum, row) => sum + row.counted, 0)).toBe(wordsInPiece(strict, leftOut));
  });

  it('names the words in tables and captions that the usual rules leave out', () => {
    const withTable = written.map((section) =>
      section.title === 'Findings' ? { ...section, words: { ...section.words, tables: 30, captions: 6 } } : section,
    );
    const rows = pieceBreakdown(part2, withTable, []);
    expect(rows.find((row) => row.label === 'Findings')).toMatchObject({
      written: 172,
      counted: 136,
      note: 'Not counted under your programme’s rules: 30 in tables, 6 in captions',
    });
    expect(rows.reduce((sum, row) => sum + row.counted, 0)).toBe(wordsInPiece(part2, withTable));
  });

  it('lists evidence with its commentary and word equivalence', () => {
    const item: EvidenceItem = {
      id: 'e',
      portfolioId: portfolio.id,
      pieceId: part1.id,
      title: 'Observation',
      date: '2026-10-01',
      type: 'observation',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: 250,
      commentaryWords: { ...NO_WORDS, text: 40 },
      citedEntryIds: [],
      position: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    const rows = pieceBreakdown(part1, written, [item]);
    expect(rows.at(-1)).toEqual({
      label: 'Evidence: Observation',
      written: 40,
      counted: 290,
      note: 'with a word equivalence of 250',
    });
    expect(rows.reduce((sum, row) => sum + row.counted, 0)).toBe(wordsInPiece(part1, written, [item]));
  });
});
