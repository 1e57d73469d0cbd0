import { describe, expect, it } from 'vitest';
import { checkPortfolioDetails } from './portfolio-details.js';
import { planNewPortfolio, sectionsInOrder, sectionsOfPiece, wordsInPiece } from './portfolio.js';

function counter() {
  let next = 0;
  return () => `id-${++next}`;
}

describe('planNewPortfolio', () => {
  it('lays out both parts, each with a 5,000-word target and its section', () => {
    const { portfolio, sections } = planNewPortfolio(
      { title: 'NASENCO 2026', candidateName: 'Ada Example', candidateNumber: '1234567' },
      counter(),
      1000,
    );
    expect(portfolio.pieces.map((piece) => [piece.title, piece.targetWords])).toEqual([
      ['Part 1 — Portfolio of Evidence', 5000],
      ['Part 2 — Reflective Practitioner Enquiry', 5000],
    ]);
    expect(sections.map((section) => section.title)).toEqual([
      'Part 1 — Portfolio of Evidence: reflective commentary',
      'Part 2 — Reflective Practitioner Enquiry',
    ]);
    expect(new Set(sections.map((section) => section.portfolioId))).toEqual(new Set([portfolio.id]));
    expect(portfolio.createdAt).toBe(1000);
  });

  it('sums a part from its own sections only', () => {
    const { sections } = planNewPortfolio({ title: 'T', candidateName: '', candidateNumber: '' }, counter(), 0);
    const counted = sections.map((section, index) => ({ ...section, wordCount: (index + 1) * 100 }));
    const extra = { ...counted[0]!, id: 'extra', position: 1, wordCount: 5 };
    expect(wordsInPiece([...counted, extra], 'part-1')).toBe(105);
    expect(sectionsOfPiece([extra, ...counted], 'part-1').map((section) => section.id)).toEqual([counted[0]!.id, 'extra']);
    expect(wordsInPiece(counted, 'part-2')).toBe(200);
  });

  it('puts sections in reading order, part by part', () => {
    const { portfolio, sections } = planNewPortfolio({ title: 'T', candidateName: '', candidateNumber: '' }, counter(), 0);
    const shuffled = [...sections].reverse();
    expect(sectionsInOrder(portfolio, shuffled).map((section) => section.pieceId)).toEqual(['part-1', 'part-2']);
  });
});

describe('checkPortfolioDetails', () => {
  it('tidies spaces and accepts a title with an optional name and number', () => {
    const check = checkPortfolioDetails({ title: '  My   portfolio ', candidateName: ' Ada  Example', candidateNumber: 'NA-2026/014 ' });
    expect(check).toEqual({ ok: true, details: { title: 'My portfolio', candidateName: 'Ada Example', candidateNumber: 'NA-2026/014' } });
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
