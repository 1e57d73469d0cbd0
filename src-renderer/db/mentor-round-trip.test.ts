import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackContents } from '../core/portfolio-file/bundle.js';
import { readPortfolioFile, writePortfolioFile } from '../core/portfolio-file/portfolio-file.js';
import { sampleBundle } from '../core/portfolio-file/sample-bundle.test-data.js';
import { feedbackFrom } from '../core/mentor/feedback.js';
import { webFileCrypto } from '../host/file-crypto.js';
import { PortfolioDatabase } from './database.js';
import { addMentorRecord, setSignOff, signFinalStatement } from './mentor.js';
import { importFeedback, mentorCopyContents, openAsMentorCopy, previewFeedback, sharedPortfolioOpening } from './mentor-round-trip.js';
import { portfolioFileContents, restorePortfolios } from './portfolio-files.js';
import { MENTOR_COPY_IS_READ_ONLY } from './portfolios.js';
import { addSectionComment, replyToComment } from './section-comments.js';
import { saveSectionDocument } from './sections.js';
import { dumpDatabase } from './test-database.js';

const WRITE = { appVersion: '0.1.0', createdAt: '2027-02-01T09:00:00.000Z' };
const made: PortfolioDatabase[] = [];
afterEach(async () => {
  for (const db of made.splice(0)) await db.delete();
});
function freshDatabase(): PortfolioDatabase {
  const db = new PortfolioDatabase(`round-trip-${crypto.randomUUID()}`);
  made.push(db);
  return db;
}

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The candidate's app holding the sample portfolio, and the mentor's app holding the copy it shared. */
async function sharedWithMentor() {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const candidate = freshDatabase();
  await restorePortfolios(candidate, { contents: { purpose: 'backup', portfolios: [bundle] }, files }, new Map(), webFileCrypto, WRITE);
  const share = await portfolioFileContents(candidate, webFileCrypto, 'share', [bundle.portfolio.id]);
  const read = await readPortfolioFile(await writePortfolioFile(share.contents, share.files, webFileCrypto, WRITE), webFileCrypto);
  if (!read.ok || read.file.contents.purpose === 'feedback') throw new Error('The shared file did not read back.');
  const mentor = freshDatabase();
  const shared = { contents: read.file.contents, files: read.file.files, createdAt: read.file.createdAt };
  await openAsMentorCopy(mentor, shared, 1000);
  return { candidate, mentor, bundle, shared, portfolioId: bundle.portfolio.id };
}

/** Feedback as it arrives: written to a file by the mentor's app and read by the candidate's. */
async function sentFeedback(mentor: PortfolioDatabase, portfolioId: string, sentAt: number) {
  const contents: FeedbackContents = { purpose: 'feedback', feedback: feedbackFrom(await mentorCopyContents(mentor, portfolioId), sentAt) };
  const read = await readPortfolioFile(await writePortfolioFile(contents, new Map(), webFileCrypto, WRITE), webFileCrypto);
  if (!read.ok || read.file.contents.purpose !== 'feedback') throw new Error('The feedback did not read back.');
  expect(read.file.contents).toEqual(contents);
  return read.file.contents.feedback;
}

const MENTOR_TABLES = ['sectionComments', 'mentorRecords', 'signOffs', 'mentorHandbooks', 'earlierVersions'];
const withoutMentorTables = (dump: Record<string, unknown[]>) => Object.fromEntries(Object.entries(dump).filter(([table]) => !MENTOR_TABLES.includes(table)));

describe('a portfolio opened as a mentor copy', () => {
  it('keeps the candidate’s work exactly as shared, and refuses to change it', async () => {
    const { mentor, bundle, portfolioId } = await sharedWithMentor();
    const copy = await mentor.portfolios.get(portfolioId);
    expect(copy?.mentorCopy).toMatchObject({ openedAt: 1000, sharedAt: WRITE.createdAt, feedbackSentAt: null, asShared: { signOffs: bundle.signOffs } });
    const before = await dumpDatabase(mentor);
    await expect(saveSectionDocument(mentor, bundle.sections[0]!.id, paragraph('Changed by the mentor'))).rejects.toThrow(MENTOR_COPY_IS_READ_ONLY);
    expect(await dumpDatabase(mentor)).toEqual(before);
  });

  it('is refused on the candidate’s own computer, where the portfolio is their own', async () => {
    const { candidate, shared } = await sharedWithMentor();
    expect(await sharedPortfolioOpening(candidate, shared.contents)).toEqual({ kind: 'own', title: 'NASENCO 2026–27' });
    const before = await dumpDatabase(candidate);
    await expect(openAsMentorCopy(candidate, shared)).rejects.toThrow('is your own portfolio');
    expect(await dumpDatabase(candidate)).toEqual(before);
  });

  it('is brought up to date by a newer share, keeping what the mentor added to the older', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    await addMentorRecord(mentor, { kind: 'observation', portfolioId, date: '2027-02-10', focus: 'Annual review meeting', notes: 'Calm, well prepared.', author: 'mentor' });
    await saveSectionDocument(candidate, bundle.sections[0]!.id, paragraph('Rewritten after sharing'));
    const newer = await portfolioFileContents(candidate, webFileCrypto, 'share', [portfolioId]);
    expect(await sharedPortfolioOpening(mentor, newer.contents)).toMatchObject({ kind: 'update' });
    const { carried } = await openAsMentorCopy(mentor, { contents: newer.contents, files: newer.files, createdAt: '2027-02-20T09:00:00.000Z' }, 2000);
    expect(carried?.records).toBe(1);
    expect((await mentor.sectionContents.get(bundle.sections[0]!.id))?.document).toEqual(paragraph('Rewritten after sharing'));
    expect((await mentor.mentorRecords.where({ portfolioId }).toArray()).map((record) => record.kind === 'observation' && record.focus)).toContain('Annual review meeting');
    expect((await mentor.portfolios.get(portfolioId))?.mentorCopy?.sharedAt).toBe('2027-02-20T09:00:00.000Z');
  });
});

describe('bringing a mentor’s feedback in', () => {
  it('adds the mentor’s comments, replies, records, sign-offs and statement, and changes none of the candidate’s work, edited since sharing', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    const section = bundle.sections[0]!;
    const outcome = bundle.outcomes[2]!;
    await addSectionComment(mentor, { portfolioId, sectionId: section.id, anchor: null, author: 'mentor', text: 'A strong opening.' });
    await replyToComment(mentor, 'c1', { author: 'mentor', text: 'Yes, that answers it.' });
    await addMentorRecord(mentor, { kind: 'meeting', portfolioId, date: '2027-02-12', focus: 'Reviewing Part 1', outcomeIds: [outcome.id], agreedActions: 'Add the parent voice.', initials: 'JM', author: 'mentor' });
    await setSignOff(mentor, portfolioId, outcome.id, { state: 'met', statement: 'Seen in the annual review.', name: 'J. Mentor', date: '2027-02-12', author: 'mentor' });
    await signFinalStatement(mentor, portfolioId, 'head-teacher', { statement: 'Met in practice.', name: 'P. Head', date: '2027-02-12' });
    const feedback = await sentFeedback(mentor, portfolioId, 3000);

    // The candidate went on writing after sharing.
    await saveSectionDocument(candidate, section.id, paragraph('Rewritten after sharing'));
    const before = await dumpDatabase(candidate);
    expect(await previewFeedback(candidate, feedback)).toMatchObject({ summary: { comments: 1, replies: 1, records: 1, judgements: 2 } });
    expect(await dumpDatabase(candidate)).toEqual(before);

    const summary = await importFeedback(candidate, feedback, 4000);
    expect(summary).toMatchObject({ comments: 1, replies: 1, records: 1, judgements: 2, keptBoth: 0 });
    const after = await dumpDatabase(candidate);
    expect(withoutMentorTables(after)).toEqual(withoutMentorTables(before));
    expect((await candidate.sectionContents.get(section.id))?.document).toEqual(paragraph('Rewritten after sharing'));
    expect((await candidate.sectionComments.get('c1'))?.replies.map((reply) => reply.text)).toEqual(['Added the staff meeting.', 'Yes, that answers it.']);
    expect(await candidate.signOffs.get(outcome.id)).toMatchObject({ state: 'met', name: 'J. Mentor' });
    expect((await candidate.mentorHandbooks.get(portfolioId))?.headTeacherStatement).toMatchObject({ name: 'P. Head' });

    // The same file again changes nothing.
    expect(await importFeedback(candidate, feedback, 5000)).toMatchObject({ comments: 0, replies: 0, records: 0, judgements: 0, keptBoth: 0 });
    expect(await dumpDatabase(candidate)).toEqual(after);
  });

  it('keeps both sign-offs when a second feedback file changes one, the earlier listed under the later', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    const outcome = bundle.outcomes[2]!;
    await setSignOff(mentor, portfolioId, outcome.id, { state: 'not-yet-met', statement: 'Evidence to come.', name: 'J. Mentor', date: '2027-02-12', author: 'mentor' }, 3000);
    const first = await sentFeedback(mentor, portfolioId, 3100);
    await setSignOff(mentor, portfolioId, outcome.id, { state: 'met', statement: 'Seen in practice.', name: 'J. Mentor', date: '2027-03-12', author: 'mentor' }, 4000);
    const second = await sentFeedback(mentor, portfolioId, 4100);

    await importFeedback(candidate, second, 5000);
    expect(await importFeedback(candidate, first, 6000)).toMatchObject({ keptBoth: 1, judgements: 0 });
    expect(await candidate.signOffs.get(outcome.id)).toMatchObject({ state: 'met', date: '2027-03-12' });
    expect((await candidate.earlierVersions.where({ portfolioId }).toArray()).filter((version) => version.setAsideAt === 6000)).toMatchObject([{ kind: 'sign-off', outcomeId: outcome.id, signOff: { state: 'not-yet-met', date: '2027-02-12' }, setAsideAt: 6000 }]);
  });

  it('is refused, changing nothing, when the portfolio is not here or when this is the mentor’s own copy', async () => {
    const { mentor, portfolioId } = await sharedWithMentor();
    await addSectionComment(mentor, { portfolioId, sectionId: (await mentor.sections.where({ portfolioId }).first())!.id, anchor: null, author: 'mentor', text: 'Good.' });
    const feedback = await sentFeedback(mentor, portfolioId, 3000);
    const elsewhere = freshDatabase();
    await elsewhere.open();
    const emptyBefore = await dumpDatabase(elsewhere);
    await expect(importFeedback(elsewhere, feedback)).rejects.toThrow('which is not in the app on this computer');
    expect(await dumpDatabase(elsewhere)).toEqual(emptyBefore);
    const mentorBefore = await dumpDatabase(mentor);
    await expect(importFeedback(mentor, feedback)).rejects.toThrow('which you have here as a mentor');
    expect(await dumpDatabase(mentor)).toEqual(mentorBefore);
  });
});
