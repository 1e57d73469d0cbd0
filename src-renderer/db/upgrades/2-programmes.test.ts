import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { wordsInPiece } from '../../core/portfolio/portfolio.js';
import { PortfolioDatabase } from '../database.js';
import { SCHEMA_VERSIONS } from '../schema.js';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** Writes a database exactly as the Foundation release (schema version 1) left it. */
async function writeVersionOne(): Promise<void> {
  const v1 = new Dexie(name);
  const first = SCHEMA_VERSIONS[0];
  if (first === undefined) throw new Error('no version 1');
  v1.version(first.version).stores(first.stores);
  await v1.table('portfolios').add({
    id: 'p1',
    title: 'NASENCO 2025',
    candidateName: 'Ada Example',
    candidateNumber: '7654321',
    pieces: [
      { id: 'part-1', title: 'Part 1 — Portfolio of Evidence', targetWords: 5000 },
      { id: 'part-2', title: 'Part 2 — Reflective Practitioner Enquiry', targetWords: 6000 },
    ],
    createdAt: 1,
    updatedAt: 2,
  });
  await v1.table('sections').bulkAdd([
    {
      id: 's1',
      portfolioId: 'p1',
      pieceId: 'part-1',
      title: 'Part 1 — Portfolio of Evidence: reflective commentary',
      position: 0,
      wordCount: 6,
      updatedAt: 2,
    },
    {
      id: 's2',
      portfolioId: 'p1',
      pieceId: 'part-2',
      title: 'Part 2 — Reflective Practitioner Enquiry',
      position: 1,
      wordCount: 0,
      updatedAt: 2,
    },
  ]);
  await v1.table('sectionContents').add({
    sectionId: 's1',
    document: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Context' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Every word is kept' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }] },
      ],
    },
  });
  v1.close();
}

describe('upgrading from the Foundation release', () => {
  it('turns version 1 portfolios into the two-parts programme without losing a word', async () => {
    await writeVersionOne();
    const db = new PortfolioDatabase(name);
    const portfolio = await db.portfolios.get('p1');
    expect(portfolio).toMatchObject({
      title: 'NASENCO 2025',
      candidateNumber: '7654321',
      attendedDays: 0,
      programme: { templateId: 'two-parts' },
    });
    expect(portfolio?.pieces.map((piece) => [piece.id, piece.title, piece.targetWords, piece.kind])).toEqual([
      ['part-1', 'Part 1 — Portfolio of Evidence', 5000, 'evidence-portfolio'],
      ['part-2', 'Part 2 — Reflective Practitioner Enquiry', 6000, 'enquiry'],
    ]);

    const sections = await db.sections.toArray();
    expect(
      sections.map((section) => [section.id, section.title, section.role, section.counted, section.words]),
    ).toEqual([
      [
        's1',
        'Part 1 — Portfolio of Evidence: reflective commentary',
        'body',
        true,
        { headings: 1, text: 4, quotations: 1, citations: 0, tables: 0, captions: 0 },
      ],
      [
        's2',
        'Part 2 — Reflective Practitioner Enquiry',
        'body',
        true,
        { headings: 0, text: 0, quotations: 0, citations: 0, tables: 0, captions: 0 },
      ],
    ]);
    expect(sections.some((section) => 'wordCount' in section)).toBe(false);
    expect((await db.sectionContents.get('s1'))?.document.content).toHaveLength(3);
    // Six words of text, and the section's eight-word title, a heading in the export.
    expect(wordsInPiece(portfolio!.pieces[0]!, sections)).toBe(6 + 8);
    expect(await db.outcomes.where('portfolioId').equals('p1').count()).toBeGreaterThan(10);
    db.close();
  });
});
