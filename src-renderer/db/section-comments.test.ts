import { describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { PortfolioDatabase } from './database.js';
import { purgeDeletedPortfolios, deletePortfolio } from './portfolios.js';
import {
  addSectionComment,
  commentsOfSection,
  deleteSectionComment,
  replyToComment,
  restoreSectionComment,
  setCommentResolved,
} from './section-comments.js';
import { sectionsOfPortfolio } from './sections.js';
import { freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

describe('comments on a section', () => {
  it('are added, replied to, resolved and opened again, deleted and brought back', async () => {
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    const anchor = { quote: 'most pupils', prefix: 'rose for ', suffix: ' after' };
    const id = await addSectionComment(
      db,
      { portfolioId, sectionId: section!.id, anchor, author: 'mentor', text: '  How many exactly?  ' },
      10,
    );
    await replyToComment(db, id, { author: 'candidate', text: 'Eleven of fourteen.' }, 20);
    await setCommentResolved(db, id, true, 30);
    const [comment] = await commentsOfSection(db, section!.id);
    expect(comment).toMatchObject({
      anchor,
      author: 'mentor',
      text: 'How many exactly?',
      createdAt: 10,
      resolvedAt: 30,
      replies: [{ author: 'candidate', text: 'Eleven of fourteen.', createdAt: 20 }],
    });
    await setCommentResolved(db, id, false);
    expect((await commentsOfSection(db, section!.id))[0]?.resolvedAt).toBeNull();
    const deleted = await deleteSectionComment(db, id);
    expect(await commentsOfSection(db, section!.id)).toEqual([]);
    await restoreSectionComment(db, deleted!);
    expect(await commentsOfSection(db, section!.id)).toHaveLength(1);
  });

  it('refuses an empty comment or reply, in words', async () => {
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    await expect(
      addSectionComment(db, { portfolioId, sectionId: section!.id, anchor: null, author: 'candidate', text: '   ' }),
    ).rejects.toThrow('Write the comment first.');
    const id = await addSectionComment(db, {
      portfolioId,
      sectionId: section!.id,
      anchor: null,
      author: 'candidate',
      text: 'A note to self.',
    });
    await expect(replyToComment(db, id, { author: 'mentor', text: '' })).rejects.toThrow('Write the comment first.');
  });

  it('go with their portfolio when it is deleted for good', async () => {
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    await addSectionComment(db, {
      portfolioId,
      sectionId: section!.id,
      anchor: null,
      author: 'candidate',
      text: 'A note to self.',
    });
    await deletePortfolio(db, portfolioId, 1);
    await purgeDeletedPortfolios(db, 2);
    expect(await db.sectionComments.count()).toBe(0);
  });
});
