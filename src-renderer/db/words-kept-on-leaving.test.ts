import { describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { PortfolioDatabase } from './database.js';
import { loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { freshPortfolioEachTest } from './test-database.js';
import { putBackKeptText } from './words-kept-on-leaving.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('words kept as the page went', () => {
  it('are put in their place at the next start, and said where', async () => {
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    await saveSectionDocument(db, section!.id, doc('First thoughts'), 1000);
    expect(
      await putBackKeptText(
        db,
        {
          place: { kind: 'section', sectionId: section!.id },
          document: doc('First thoughts on the graduated approach'),
          at: 1200,
        },
        5000,
      ),
    ).toBe(`“${section!.title}”`);
    expect(await loadSectionDocument(db, section!.id)).toEqual(doc('First thoughts on the graduated approach'));
  });

  it('change nothing when they are there already, or the text was edited well after they were kept, or is gone', async () => {
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    await saveSectionDocument(db, section!.id, doc('Same'), 1000);
    expect(
      await putBackKeptText(db, {
        place: { kind: 'section', sectionId: section!.id },
        document: doc('Same'),
        at: 1200,
      }),
    ).toBeUndefined();
    await saveSectionDocument(db, section!.id, doc('Edited later in another window'), 200_000);
    expect(
      await putBackKeptText(db, {
        place: { kind: 'section', sectionId: section!.id },
        document: doc('Older'),
        at: 1200,
      }),
    ).toBeUndefined();
    expect(await loadSectionDocument(db, section!.id)).toEqual(doc('Edited later in another window'));
    expect(
      await putBackKeptText(db, { place: { kind: 'commentary', evidenceId: 'gone' }, document: doc('x'), at: 1 }),
    ).toBeUndefined();
  });
});
