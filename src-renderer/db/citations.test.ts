import { describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import { bookBy, detailsFor } from '../core/references/reading-log.test-data.js';
import type { PortfolioDatabase } from './database.js';
import { addReadingLogEntry, updateReadingLogEntry } from './reading-log.js';
import { deleteReadingLogEntry, restoreDeleted } from './recently-deleted.js';
import { loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const book = (families: string[]) =>
  detailsFor({ ...bookBy(families, '2020', 'Promoting equity'), place: 'Abingdon', publisher: 'Routledge' });

describe('citations kept in step with the reading log', () => {
  it('rewrites and recounts every stored citation when its entry changes, is deleted or comes back', async () => {
    const entryId = await addReadingLogEntry(db, portfolioId, book(['Ainscow']));
    const findings = (await sectionsOfPortfolio(db, portfolioId)).find((section) => section.title === 'Findings')!;
    await saveSectionDocument(db, findings.id, {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'As argued ' },
            { type: 'citation', attrs: { entryIds: [entryId], page: '', narrative: false, text: '(Ainscow, 2020)' } },
          ],
        },
      ],
    });
    expect(await db.sections.get(findings.id)).toMatchObject({
      citedEntryIds: [entryId],
      words: { text: 2, citations: 2 },
    });

    await updateReadingLogEntry(db, entryId, book(['Ainscow', 'Booth']));
    expect(JSON.stringify(await loadSectionDocument(db, findings.id))).toContain('(Ainscow and Booth, 2020)');
    expect((await db.sections.get(findings.id))?.words.citations).toBe(4);

    const deleted = await deleteReadingLogEntry(db, entryId);
    expect(JSON.stringify(await loadSectionDocument(db, findings.id))).toContain('(citation missing)');
    await restoreDeleted(db, deleted!);
    expect(JSON.stringify(await loadSectionDocument(db, findings.id))).toContain('(Ainscow and Booth, 2020)');
  });
});
