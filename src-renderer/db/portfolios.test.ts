import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichTextNode } from '../core/document/rich-text.js';
import { PortfolioDatabase } from './database.js';
import {
  createPortfolio,
  deletePortfolio,
  listDeletedPortfolios,
  listPortfolios,
  loadSectionDocument,
  purgeDeletedPortfolios,
  renamePortfolio,
  restorePortfolio,
  saveSectionDocument,
  sectionsOfPortfolio,
} from './portfolios.js';
import { SCHEMA_VERSIONS } from './schema.js';

let db: PortfolioDatabase;
beforeEach(() => {
  db = new PortfolioDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const details = (title: string) => ({ title, candidateName: 'Ada Example', candidateNumber: '1234567' });
const paragraph = (text: string): RichTextNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function create(title: string, now: number): Promise<string> {
  const result = await createPortfolio(db, details(title), now);
  if (!result.ok) throw new Error('could not create');
  return result.id;
}

describe('the portfolio database', () => {
  it('opens at the newest schema version', async () => {
    await db.open();
    expect(db.verno).toBe(Math.max(...SCHEMA_VERSIONS.map((version) => version.version)));
  });

  it('creates a portfolio with its sections and lists the latest edited first', async () => {
    const older = await create('Autumn draft', 1000);
    const newer = await create('Spring draft', 2000);
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([newer, older]);
    const sections = await sectionsOfPortfolio(db, older);
    expect(sections.map((section) => [section.pieceId, section.wordCount])).toEqual([
      ['part-1', 0],
      ['part-2', 0],
    ]);
  });

  it('refuses details that fail the check and writes nothing', async () => {
    const result = await createPortfolio(db, details('  '), 1);
    expect(result.ok).toBe(false);
    expect(await db.portfolios.count()).toBe(0);
    expect(await db.sections.count()).toBe(0);
  });

  it('saves text with its word count and marks the portfolio as edited', async () => {
    const id = await create('Draft', 1000);
    const older = await create('Other', 2000);
    const [section] = await sectionsOfPortfolio(db, id);
    const words = await saveSectionDocument(db, section!.id, paragraph('Pupil voice shaped the plan'), 3000);
    expect(words).toBe(5);
    expect(await loadSectionDocument(db, section!.id)).toEqual(paragraph('Pupil voice shaped the plan'));
    expect((await db.sections.get(section!.id))?.wordCount).toBe(5);
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

  it('hides a deleted portfolio, brings it back on undo, and purges it only after the session', async () => {
    const kept = await create('Kept', 1000);
    const deleted = await create('Deleted', 1000);
    const [section] = await sectionsOfPortfolio(db, deleted);
    await saveSectionDocument(db, section!.id, paragraph('text'), 1500);

    await deletePortfolio(db, deleted, 2000);
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([kept]);
    expect((await listDeletedPortfolios(db)).map((portfolio) => portfolio.id)).toEqual([deleted]);
    await restorePortfolio(db, deleted);
    expect((await listPortfolios(db)).map((portfolio) => portfolio.id)).toContain(deleted);
    expect((await db.portfolios.get(deleted))?.deletedAt).toBeUndefined();
    expect(await listDeletedPortfolios(db)).toEqual([]);

    await deletePortfolio(db, deleted, 2000);
    expect(await purgeDeletedPortfolios(db, 2000)).toBe(0);
    expect(await purgeDeletedPortfolios(db, 3000)).toBe(1);
    expect(await db.portfolios.get(deleted)).toBeUndefined();
    expect(await sectionsOfPortfolio(db, deleted)).toEqual([]);
    expect(await db.sectionContents.get(section!.id)).toBeUndefined();
    expect(await db.portfolios.get(kept)).toBeDefined();
  });
});
