import { describe, expect, it } from 'vitest';
import { NO_WORDS } from '../counting/word-tally.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import { BUILT_IN_TEMPLATES, TWO_PARTS } from '../programme/templates.js';
import { checkPortfolioDetails } from './portfolio-details.js';
import {
  planNewPortfolio,
  sectionCounts,
  sectionsInOrder,
  sectionsOfPiece,
  wordsInPiece,
  type Section,
} from './portfolio.js';

function counter() {
  let next = 0;
  return () => `id-${++next}`;
}
const details = { title: 'NASENCO 2026', candidateName: 'Ada Example', candidateNumber: '1234567' };

describe('planNewPortfolio', () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.name, template] as const))(
    'lays out %s with every piece and section',
    (_name, template) => {
      const { portfolio, sections, outcomes } = planNewPortfolio(details, template, counter(), 1000);
      expect(portfolio.pieces.map((piece) => piece.id)).toEqual(template.pieces.map((piece) => piece.id));
      expect(sections.map((section) => section.title)).toEqual(
        template.pieces.flatMap((piece) => piece.sections.map((section) => section.title)),
      );
      expect(sections.map((section) => section.position)).toEqual(sections.map((_section, index) => index));
      expect(new Set(sections.map((section) => section.portfolioId))).toEqual(new Set([portfolio.id]));
      expect(outcomes.length).toBeGreaterThan(0);
      expect(portfolio.programme.templateId).toBe(template.id);
    },
  );

  it('puts sections in reading order, part by part', () => {
    const { portfolio, sections } = planNewPortfolio(details, TWO_PARTS, counter(), 0);
    expect(sectionsInOrder(portfolio, [...sections].reverse()).map((section) => section.id)).toEqual(
      sections.map((section) => section.id),
    );
  });
});

describe('wordsInPiece', () => {
  const { portfolio, sections } = planNewPortfolio(details, TWO_PARTS, counter(), 0);
  const [part1, part2] = portfolio.pieces as [(typeof portfolio.pieces)[0], (typeof portfolio.pieces)[0]];
  const withWords = sections.map((section): Section => ({
    ...section,
    words: { text: 100, headings: 10, quotations: 20, citations: 5, tables: 0, captions: 0 },
  }));

  it('counts headings (section titles too) and quotations under the usual rules and leaves out appendices, abstract and references', () => {
    // Part 1: two body sections count (135 each with citations), plus their titles
    // “Reflective commentary” (2) and “Critical reflections on practice” (4).
    expect(wordsInPiece(part1, withWords)).toBe(270 + 6);
    // Part 2: eight body sections and their titles (17 words); abstract, references and appendices left out.
    expect(sectionsOfPiece(withWords, part2.id).filter((section) => sectionCounts(section, part2))).toHaveLength(8);
    expect(wordsInPiece(part2, withWords)).toBe(8 * 135 + 17);
  });

  it('leaves out the title of a section with nothing written, as the export does', () => {
    expect(wordsInPiece(part1, sections)).toBe(0);
  });

  it('follows the switches and sections left out by the candidate', () => {
    const strict = {
      ...part1,
      counting: { ...part1.counting, headings: false, quotations: false, citations: false, appendices: true },
    };
    // Text only, in Part 1's two sections.
    expect(wordsInPiece(strict, withWords)).toBe(200);
    const oneLeftOut = withWords.map((section, index) => (index === 0 ? { ...section, counted: false } : section));
    expect(wordsInPiece(part1, oneLeftOut)).toBe(135 + 4);
  });

  it('adds evidence commentary and word equivalence, and live counts ahead of saving', () => {
    const evidence: EvidenceItem = {
      id: 'e1',
      portfolioId: portfolio.id,
      pieceId: part1.id,
      title: 'Observation',
      date: '2026-10-01',
      type: 'observation',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: 300,
      commentaryWords: { ...NO_WORDS, text: 50 },
      citedEntryIds: [],
      position: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    expect(wordsInPiece(part1, withWords, [evidence])).toBe(276 + 350);
    const typing = withWords[0]!;
    expect(
      wordsInPiece(part1, withWords, [], (section) =>
        section.id === typing.id ? { ...NO_WORDS, text: 1 } : section.words,
      ),
    ).toBe(1 + 2 + 135 + 4);
  });
});

describe('checkPortfolioDetails', () => {
  it('tidies spaces and accepts a title with an optional name and number', () => {
    const check = checkPortfolioDetails({
      title: '  My   portfolio ',
      candidateName: ' Ada  Example',
      candidateNumber: 'NA-2026/014 ',
    });
    expect(check).toEqual({
      ok: true,
      details: { title: 'My portfolio', candidateName: 'Ada Example', candidateNumber: 'NA-2026/014' },
    });
  });

  it('names each field that needs changing', () => {
    const check = checkPortfolioDetails({ title: '   ', candidateName: 'x'.repeat(121), candidateNumber: '<script>' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.title).toMatch(/title/);
    expect(check.problems.candidateName).toMatch(/120/);
    expect(check.problems.candidateNumber).toMatch(/letters, digits/);
  });
});
