import { describe, expect, it } from 'vitest';
import { NO_WORDS } from '../counting/word-tally.js';
import type { Outcome } from '../outcomes/outcomes.js';
import { EVIDENCE_TYPES } from '../programme/programme.js';
import { evidenceMappedTo, outcomeCoverage } from './coverage.js';
import { attachmentProblem, evidenceWordEquivalence, type EvidenceItem } from './evidence.js';
import { countDocumentWords } from '../counting/count-document.js';
import { promptAfterHeading, REFLECTIVE_MODELS, scaffoldFor } from './reflective-models.js';

const item = (id: string, outcomeIds: string[], date = '2026-10-01'): EvidenceItem => ({
  id,
  portfolioId: 'p',
  pieceId: 'part-1',
  title: id,
  date,
  type: 'observation',
  context: '',
  description: '',
  outcomeIds,
  wordsOverride: null,
  commentaryWords: NO_WORDS,
  citedEntryIds: [],
  position: 0,
  createdAt: 0,
  updatedAt: 0,
});
const outcome = (id: string, area: 'A' | 'B' | 'C', position = 0): Outcome => ({
  id,
  portfolioId: 'p',
  area,
  code: id,
  title: id,
  description: '',
  position,
});

describe('evidenceWordEquivalence', () => {
  const byType = Object.fromEntries(EVIDENCE_TYPES.map((type) => [type, type === 'observation' ? 400 : 150])) as Record<
    (typeof EVIDENCE_TYPES)[number],
    number
  >;

  it.each([
    [{ kind: 'none' } as const, 0],
    [{ kind: 'per-item' } as const, 0],
    [{ kind: 'fixed', wordsPerItem: 250 } as const, 250],
    [{ kind: 'by-type', wordsByType: byType } as const, 400],
  ])('follows the programme’s rule %j', (rule, words) => {
    expect(evidenceWordEquivalence({ type: 'observation', wordsOverride: null }, rule)).toBe(words);
  });

  it('takes the candidate’s own figure over any rule', () => {
    expect(
      evidenceWordEquivalence({ type: 'observation', wordsOverride: 120 }, { kind: 'fixed', wordsPerItem: 250 }),
    ).toBe(120);
    expect(
      evidenceWordEquivalence({ type: 'policy', wordsOverride: 0 }, { kind: 'by-type', wordsByType: byType }),
    ).toBe(0);
  });
});

describe('outcomeCoverage', () => {
  const outcomes = [outcome('B1', 'B'), outcome('A2', 'A', 1), outcome('A1', 'A', 0)];
  const evidence = [item('late', ['A1', 'B1'], '2026-11-01'), item('early', ['A1'], '2026-09-01')];

  it('lists each outcome with the evidence that shows it, in order, and counts the covered ones', () => {
    const coverage = outcomeCoverage(outcomes, evidence);
    expect(coverage.rows.map((row) => [row.outcome.id, row.evidence.map((e) => e.id)])).toEqual([
      ['A1', ['early', 'late']],
      ['A2', []],
      ['B1', ['late']],
    ]);
    expect([coverage.covered, coverage.total]).toEqual([2, 3]);
  });

  it('filters by area', () => {
    expect(outcomeCoverage(outcomes, evidence, 'B').rows.map((row) => row.outcome.id)).toEqual(['B1']);
  });

  it('counts the evidence mapped to an outcome', () => {
    expect(evidenceMappedTo('A1', evidence)).toBe(2);
    expect(evidenceMappedTo('A2', evidence)).toBe(0);
  });
});

describe('attachments', () => {
  it('accepts images, PDFs and Word documents up to the limit', () => {
    expect(attachmentProblem('plan.pdf', 'application/pdf', 1000)).toBeUndefined();
    expect(attachmentProblem('photo.jpg', 'image/jpeg', 20 * 1024 * 1024)).toBeUndefined();
  });

  it('explains what is wrong with a file it refuses', () => {
    expect(attachmentProblem('notes.exe', 'application/x-msdownload', 10)).toMatch(
      /not an image, a PDF or a Word document/,
    );
    expect(attachmentProblem('video.png', 'image/png', 30 * 1024 * 1024)).toMatch(
      /“video.png” is 30 MB; attachments can be up to 20 MB/,
    );
  });
});

describe('reflective models', () => {
  it('turns each stage into a heading with a prompt', () => {
    const gibbs = REFLECTIVE_MODELS.find((model) => model.id === 'gibbs');
    const scaffold = scaffoldFor(gibbs!);
    expect(scaffold).toHaveLength(12);
    expect(scaffold[0]).toEqual({
      type: 'heading',
      attrs: { level: 3 },
      content: [{ type: 'text', text: 'Description' }],
    });
    // The prompt is not text: the paragraph is empty, and the prompt comes from the heading above it.
    expect(scaffold[1]).toEqual({ type: 'paragraph' });
    expect(countDocumentWords({ type: 'doc', content: scaffold })).toBe(7);
    expect(promptAfterHeading('Action plan')).toBe('What will you do next time, and how will you know it worked?');
    expect(promptAfterHeading('Findings')).toBeUndefined();
  });
});
