import { describe, expect, it } from 'vitest';
import { BLANK } from '../core/programme/templates.js';
import type { PortfolioDatabase } from './database.js';
import { freshPortfolioEachTest } from './test-database.js';
import { deleteSection, restoreDeleted } from './recently-deleted.js';
import {
  addSection,
  loadSectionDocument,
  moveSection,
  saveSectionDocument,
  sectionsOfPortfolio,
  updateSection,
} from './sections.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(BLANK, (made) => ({ db, portfolioId } = made));
const titles = async () => (await sectionsOfPortfolio(db, portfolioId)).map((section) => section.title);

describe('sections', () => {
  it('adds, renames, reorders and leaves out of the count', async () => {
    const id = await addSection(db, portfolioId, 'assignment-1', '  Glossary ');
    expect(await titles()).toEqual(['Main text', 'References', 'Glossary']);
    await moveSection(db, id, 'up');
    expect(await titles()).toEqual(['Main text', 'Glossary', 'References']);
    await updateSection(db, id, { title: 'Key terms', counted: false, role: 'appendix' });
    expect(await db.sections.get(id)).toMatchObject({ title: 'Key terms', counted: false, role: 'appendix' });
    await expect(updateSection(db, id, { title: '  ' })).rejects.toThrow('Give the section a title.');
    await expect(addSection(db, portfolioId, 'no-such-piece', 'X')).rejects.toThrow(/no longer in the portfolio/);
  });

  it('deletes a section with its text and restores both on undo', async () => {
    const [main] = await sectionsOfPortfolio(db, portfolioId);
    await saveSectionDocument(db, main!.id, {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Keep me' }] }],
    });
    const deleted = await deleteSection(db, main!.id);
    expect(await titles()).toEqual(['References']);
    await restoreDeleted(db, deleted);
    expect(await titles()).toEqual(['Main text', 'References']);
    expect(JSON.stringify(await loadSectionDocument(db, main!.id))).toContain('Keep me');
  });
});
