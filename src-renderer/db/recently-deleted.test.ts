import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../core/docx/sample-submission.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import { bookBy, detailsFor } from '../core/references/reading-log.test-data.js';
import type { PortfolioDatabase } from './database.js';
import { attachFiles, createEvidence, saveEvidenceCommentary } from './evidence.js';
import { addMentorRecord } from './mentor.js';
import { addReadingLogEntry } from './reading-log.js';
import {
  deleteEvidence,
  deleteForGood,
  deleteReadingLogEntry,
  deleteSection,
  purgeRecentlyDeleted,
  recentlyDeletedOf,
  restoreDeleted,
} from './recently-deleted.js';
import { addSectionComment } from './section-comments.js';
import { saveNamedVersion } from './section-versions.js';
import { saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { dumpDatabase, freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const DAY = 24 * 60 * 60 * 1000;

describe('Recently deleted', () => {
  it('keeps a deleted section with its text, comments and history, and puts it all back exactly', async () => {
    const section = (await sectionsOfPortfolio(db, portfolioId)).find((one) => one.title === 'Literature review')!;
    await saveSectionDocument(db, section.id, doc('Norwich argues for flexibility in provision.'));
    await addSectionComment(db, {
      portfolioId,
      sectionId: section.id,
      anchor: null,
      author: 'mentor',
      text: 'Good start.',
    });
    await saveNamedVersion(db, section.id, 'Draft for my mentor');
    const before = await dumpDatabase(db);

    const deleted = await deleteSection(db, section.id, 1000);
    expect((await sectionsOfPortfolio(db, portfolioId)).map((one) => one.id)).not.toContain(section.id);
    expect(await db.sectionComments.where('sectionId').equals(section.id).count()).toBe(0);
    expect(await recentlyDeletedOf(db, portfolioId)).toEqual([
      expect.objectContaining({ id: deleted, kind: 'section', title: 'Literature review', words: 6, deletedAt: 1000 }),
    ]);

    await restoreDeleted(db, deleted);
    const after = await dumpDatabase(db);
    expect({ ...after, recentlyDeleted: [] }).toEqual({ ...before, recentlyDeleted: [] });
    expect(await recentlyDeletedOf(db, portfolioId)).toEqual([]);
  });

  it('keeps every deletion, however many follow it: the first can still be put back after the second', async () => {
    const [first, second] = await sectionsOfPortfolio(db, portfolioId);
    const one = await deleteSection(db, first!.id, 1);
    await deleteSection(db, second!.id, 2);
    await restoreDeleted(db, one);
    expect((await sectionsOfPortfolio(db, portfolioId)).map((section) => section.id)).toContain(first!.id);
    expect((await recentlyDeletedOf(db, portfolioId)).map((entry) => entry.title)).toEqual([second!.title]);
  });

  it('keeps deleted evidence with its commentary, files and the mentor’s comments on it', async () => {
    const id = await createEvidence(db, portfolioId, 'part-1', {
      title: 'Display board',
      date: '2026-11-02',
      type: 'observation',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: null,
    });
    await saveEvidenceCommentary(db, id, doc('What changed after the review.'));
    await attachFiles(db, id, [
      { name: 'board.png', type: 'image/png', size: TINY_PNG.length, data: new Blob([TINY_PNG]) },
    ]);
    await addMentorRecord(db, {
      kind: 'evidence-comment',
      portfolioId,
      evidenceId: id,
      date: '2026-11-03',
      comment: 'Strong evidence.',
      author: 'mentor',
    });
    const deleted = await deleteEvidence(db, id);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.mentorRecords.count()).toBe(0);
    await restoreDeleted(db, deleted!);
    expect(await db.evidence.get(id)).toBeDefined();
    expect(await db.evidenceCommentaries.get(id)).toEqual({
      evidenceId: id,
      document: doc('What changed after the review.'),
    });
    expect(new Uint8Array(await (await db.attachments.toArray())[0]!.data.arrayBuffer())).toEqual(TINY_PNG);
    expect(await db.mentorRecords.count()).toBe(1);
  });

  it('keeps a deleted reading-log entry; the citations of it work again when it is put back', async () => {
    const entryId = await addReadingLogEntry(
      db,
      portfolioId,
      detailsFor(bookBy(['Ainscow'], '2020', 'Promoting equity in schools')),
    );
    const deleted = await deleteReadingLogEntry(db, entryId);
    expect(await db.readingLog.count()).toBe(0);
    await restoreDeleted(db, deleted!);
    expect((await db.readingLog.get(entryId))?.reference.title).toBe('Promoting equity in schools');
  });

  it('lets go of what was deleted more than 30 days ago, and only that', async () => {
    const [first, second] = await sectionsOfPortfolio(db, portfolioId);
    await deleteSection(db, first!.id, 0);
    await deleteSection(db, second!.id, 20 * DAY);
    expect(await purgeRecentlyDeleted(db, 31 * DAY)).toBe(1);
    expect((await recentlyDeletedOf(db, portfolioId)).map((entry) => entry.title)).toEqual([second!.title]);
  });

  it('lets go of one deletion for good when asked, and only that one', async () => {
    const sections = await sectionsOfPortfolio(db, portfolioId);
    const [first, second] = sections.filter((one) => one.pieceId === sections[0]!.pieceId);
    await deleteSection(db, first!.id);
    await deleteSection(db, second!.id);
    const [newer, older] = await recentlyDeletedOf(db, portfolioId);
    await deleteForGood(db, newer!.id);
    expect((await recentlyDeletedOf(db, portfolioId)).map((entry) => entry.id)).toEqual([older!.id]);
  });
});
