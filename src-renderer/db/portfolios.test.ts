import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichTextNode } from '../core/document/rich-text.js';
import { TWO_MODULES, TWO_PARTS } from '../core/programme/templates.js';
import { PortfolioDatabase } from './database.js';
import { createEvidence, saveEvidenceCommentary } from './evidence.js';
import { outcomesOfPortfolio } from './outcomes.js';
import {
  createPortfolio,
  deletePortfolio,
  listDeletedPortfolios,
  listPortfolios,
  purgeDeletedPortfolios,
  renamePortfolio,
  restorePortfolio,
  updatePieceSettings,
} from './portfolios.js';
import { SCHEMA_VERSIONS } from './schema.js';
import { loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';

let db: PortfolioDatabase;
beforeEach(() => {
  db = new PortfolioDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const details = (title: string) => ({ title, candidateName: 'Ada Example', candidateNumber: '1234567' });
const paragraph = (text: string): RichTextNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function create(title: string, now: number, template = TWO_PARTS): Promise<string> {
  const result = await createPortfolio(db, details(title), template, now);
  if (!result.ok) throw new Error('could not create');
  return result.id;
}

describe('the portfolio database', () => {
  it('opens at the newest schema version', async () => {
    await db.open();
    expect(db.verno).toBe(Math.max(...SCHEMA_VERSIONS.map((version) => version.version)));
  });

  it('creates a portfolio from a template with its sections and outcomes, and lists the latest edited first', async () => {
    const older = await create('Autumn draft', 1000);
    const newer = await create('Spring draft', 2000, TWO_MODULES);
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([newer, older]);
    const sections = await sectionsOfPortfolio(db, older);
    expect(sections.map((section) => section.title)).toEqual(
      TWO_PARTS.pieces.flatMap((piece) => piece.sections.map((outline) => outline.title)),
    );
    expect((await outcomesOfPortfolio(db, older)).length).toBeGreaterThan(10);
    expect((await db.portfolios.get(newer))?.pieces.map((piece) => piece.id)).toEqual(
      TWO_MODULES.pieces.map((piece) => piece.id),
    );
  });

  it('refuses details that fail the check and writes nothing', async () => {
    const result = await createPortfolio(db, details('  '), TWO_PARTS, 1);
    expect(result.ok).toBe(false);
    expect(await db.portfolios.count()).toBe(0);
    expect(await db.sections.count()).toBe(0);
    expect(await db.outcomes.count()).toBe(0);
  });

  it('saves text with its word counts by kind and marks the portfolio as edited', async () => {
    const id = await create('Draft', 1000);
    const older = await create('Other', 2000);
    const [section] = await sectionsOfPortfolio(db, id);
    await saveSectionDocument(db, section!.id, paragraph('Pupil voice shaped the plan'), 3000);
    expect(await loadSectionDocument(db, section!.id)).toEqual(paragraph('Pupil voice shaped the plan'));
    expect((await db.sections.get(section!.id))?.words).toEqual({
      text: 5,
      headings: 0,
      quotations: 0,
      citations: 0,
      tables: 0,
      captions: 0,
    });
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([id, older]);
  });

  it('says so when saving to a section that is gone, and changes nothing', async () => {
    await expect(saveSectionDocument(db, 'missing', paragraph('lost?'))).rejects.toThrow(/no longer exists/);
    expect(await db.sectionContents.count()).toBe(0);
  });

  it('renames with the same checks as creating', async () => {
    const id = await create('Draft', 1000);
    expect((await renamePortfolio(db, id, '  Final   version ', 5)).ok).toBe(true);
    expect((await db.portfolios.get(id))?.title).toBe('Final version');
    expect((await renamePortfolio(db, id, '', 6)).ok).toBe(false);
    expect((await db.portfolios.get(id))?.title).toBe('Final version');
  });

  it('changes a piece’s settings only when they pass the check, naming the field otherwise', async () => {
    const id = await create('Draft', 1000);
    const part1 = (await db.portfolios.get(id))!.pieces[0]!;
    expect(await updatePieceSettings(db, id, { ...part1, targetWords: 4500, dueDate: '2027-05-14' })).toEqual({
      ok: true,
    });
    expect((await db.portfolios.get(id))!.pieces[0]).toMatchObject({ targetWords: 4500, dueDate: '2027-05-14' });

    const refused = await updatePieceSettings(db, id, {
      ...part1,
      targetWords: 4000,
      tolerance: { belowPercent: 10, abovePercent: -1 },
    });
    expect(refused).toEqual({
      ok: false,
      problem: '“Part 1 — Portfolio of Evidence”: The tolerance above the target must be at least 0.',
    });
    expect((await db.portfolios.get(id))!.pieces[0]).toMatchObject({ targetWords: 4500 });
  });

  it('hides a deleted portfolio, brings it back on undo, and purges everything in it only after the session', async () => {
    const kept = await create('Kept', 1000);
    const deleted = await create('Deleted', 1000);
    const [section] = await sectionsOfPortfolio(db, deleted);
    await saveSectionDocument(db, section!.id, paragraph('text'), 1500);
    const evidenceId = await createEvidence(db, deleted, 'part-1', {
      title: 'Observation',
      date: '2026-10-01',
      type: 'observation',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: null,
    });
    await saveEvidenceCommentary(db, evidenceId, paragraph('Reflection'));

    await deletePortfolio(db, deleted, 2000);
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([kept]);
    expect((await listDeletedPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([deleted]);
    await restorePortfolio(db, deleted);
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toContain(deleted);
    expect(await listDeletedPortfolios(db)).toEqual([]);

    await deletePortfolio(db, deleted, 2000);
    expect(await purgeDeletedPortfolios(db, 2000)).toBe(0);
    expect(await purgeDeletedPortfolios(db, 3000)).toBe(1);
    expect(await db.portfolios.get(deleted)).toBeUndefined();
    expect(await sectionsOfPortfolio(db, deleted)).toEqual([]);
    expect(await db.sectionContents.get(section!.id)).toBeUndefined();
    expect(await outcomesOfPortfolio(db, deleted)).toEqual([]);
    expect(await db.evidence.get(evidenceId)).toBeUndefined();
    expect(await db.evidenceCommentaries.get(evidenceId)).toBeUndefined();
    expect(await db.portfolios.get(kept)).toBeDefined();
    expect((await outcomesOfPortfolio(db, kept)).length).toBeGreaterThan(0);
  });
});
