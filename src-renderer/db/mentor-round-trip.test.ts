import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackContents } from '../core/portfolio-file/bundle.js';
import { readPortfolioFile, writePortfolioFile } from '../core/portfolio-file/portfolio-file.js';
import { sampleBundle } from '../core/portfolio-file/sample-bundle.test-data.js';
import { feedbackFrom } from '../core/mentor/feedback.js';
import { webFileCrypto } from '../host/file-crypto.js';
import { PortfolioDatabase } from './database.js';
import { TINY_PNG } from '../core/docx/sample-submission.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { ReadingLogDetails } from '../core/references/reading-log-schema.js';
import {
  addMentorRecord,
  deleteMentorRecord,
  handbookOf,
  saveMentorDetails,
  setSignOff,
  SIGNED_IN_THE_MENTORS_COPY,
  signFinalStatement,
} from './mentor.js';
import { attachFiles, createEvidence, removeAttachment, saveEvidenceCommentary, updateEvidence } from './evidence.js';
import { deleteEvidence, deleteReadingLogEntry, deleteSection } from './recently-deleted.js';
import { addOutcomes, deleteOutcome, moveOutcome, updateOutcome } from './outcomes.js';
import { addPicture } from './pictures.js';
import { addReadingLogEntry, updateReadingLogEntry } from './reading-log.js';
import { logStudy, removeStudyEntry } from './study-log.js';
import {
  importFeedback,
  mentorCopyContents,
  openAsMentorCopy,
  previewFeedback,
  sharedPortfolioOpening,
} from './mentor-round-trip.js';
import { portfolioFileContents, restorePortfolios } from './portfolio-files.js';
import { createPortfolio, setAttendedDays, updatePieceSettings, updateProgrammeSettings } from './portfolios.js';
import { MENTOR_COPY_IS_READ_ONLY } from './mentor-copy-guard.js';
import { addSectionComment, deleteSectionComment, replyToComment, restoreSectionComment } from './section-comments.js';
import { addSection, moveSection, saveSectionDocument, updateSection } from './sections.js';
import { saveNamedVersion, versionsOfSection } from './section-versions.js';
import { replaceNameEverywhere } from './identifying-data.js';
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

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The candidate's app holding the sample portfolio, and the mentor's app holding the copy it shared. */
async function sharedWithMentor() {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const candidate = freshDatabase();
  await restorePortfolios(
    candidate,
    { contents: { purpose: 'backup', portfolios: [bundle] }, files },
    new Map(),
    webFileCrypto,
    WRITE,
  );
  const share = await portfolioFileContents(candidate, webFileCrypto, 'share', [bundle.portfolio.id]);
  const read = await readPortfolioFile(
    await writePortfolioFile(share.contents, share.files, webFileCrypto, WRITE),
    webFileCrypto,
  );
  if (!read.ok || read.file.contents.purpose === 'feedback') throw new Error('The shared file did not read back.');
  const mentor = freshDatabase();
  const shared = { contents: read.file.contents, files: read.file.files, createdAt: read.file.createdAt };
  await openAsMentorCopy(mentor, shared, 1000);
  return { candidate, mentor, bundle, shared, portfolioId: bundle.portfolio.id };
}

/** Feedback as it arrives: written to a file by the mentor's app and read by the candidate's. */
async function sentFeedback(mentor: PortfolioDatabase, portfolioId: string, sentAt: number) {
  const contents: FeedbackContents = {
    purpose: 'feedback',
    feedback: feedbackFrom(await mentorCopyContents(mentor, portfolioId), sentAt),
  };
  const read = await readPortfolioFile(
    await writePortfolioFile(contents, new Map(), webFileCrypto, WRITE),
    webFileCrypto,
  );
  if (!read.ok || read.file.contents.purpose !== 'feedback') throw new Error('The feedback did not read back.');
  expect(read.file.contents).toEqual(contents);
  return read.file.contents.feedback;
}

const MENTOR_TABLES = ['sectionComments', 'mentorRecords', 'signOffs', 'mentorHandbooks', 'earlierVersions'];
const withoutMentorTables = (dump: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(dump).filter(([table]) => !MENTOR_TABLES.includes(table)));

describe('a portfolio opened as a mentor copy', () => {
  it('keeps the candidate’s work exactly as shared, and refuses to change it', async () => {
    const { mentor, bundle, portfolioId } = await sharedWithMentor();
    const copy = await mentor.portfolios.get(portfolioId);
    expect(copy?.mentorCopy).toMatchObject({
      openedAt: 1000,
      sharedAt: WRITE.createdAt,
      feedbackSentAt: null,
      asShared: { signOffs: bundle.signOffs },
    });
    const before = await dumpDatabase(mentor);
    const section = bundle.sections[0]!;
    const item = bundle.evidence[0]!;
    const outcome = bundle.outcomes[0]!;
    const entry = bundle.readingLog[0]!;
    const details = Object.fromEntries(
      Object.entries(entry).filter(([key]) => !['id', 'portfolioId', 'createdAt', 'updatedAt'].includes(key)),
    ) as ReadingLogDetails;
    const writes: [string, () => Promise<unknown>][] = [
      ['a section’s text', () => saveSectionDocument(mentor, section.id, paragraph('Changed by the mentor'))],
      ['a new section', () => addSection(mentor, portfolioId, section.pieceId, 'Added by the mentor')],
      ['a section’s title', () => updateSection(mentor, section.id, { title: 'Renamed' })],
      ['a section’s place', () => moveSection(mentor, section.id, 'down')],
      ['deleting a section', () => deleteSection(mentor, section.id)],
      [
        'new evidence',
        () => createEvidence(mentor, portfolioId, item.pieceId, { ...item, title: 'Added by the mentor' }),
      ],
      ['evidence details', () => updateEvidence(mentor, item.id, { ...item, title: 'Renamed' })],
      ['evidence commentary', () => saveEvidenceCommentary(mentor, item.id, paragraph('Changed'))],
      ['deleting evidence', () => deleteEvidence(mentor, item.id)],
      [
        'attaching a file',
        () =>
          attachFiles(mentor, item.id, [
            { name: 'note.pdf', type: 'application/pdf', size: 4, data: new Blob(['%PDF']) },
          ]),
      ],
      ['removing a file', () => removeAttachment(mentor, bundle.attachments[0]!.id)],
      ['a picture', () => addPicture(mentor, portfolioId, { name: 'Chart.png', data: new Blob([TINY_PNG]) })],
      [
        'new outcomes',
        () => addOutcomes(mentor, portfolioId, [{ area: 'A', code: 'A9', title: 'Added', description: '' }]),
      ],
      ['an outcome', () => updateOutcome(mentor, outcome.id, { ...outcome, title: 'Renamed' })],
      ['an outcome’s place', () => moveOutcome(mentor, outcome.id, 'down')],
      ['deleting an outcome', () => deleteOutcome(mentor, outcome.id)],
      ['the reading log', () => addReadingLogEntry(mentor, portfolioId, details)],
      ['a reading-log entry', () => updateReadingLogEntry(mentor, entry.id, details)],
      ['deleting a reading-log entry', () => deleteReadingLogEntry(mentor, entry.id)],
      ['the study log', () => logStudy(mentor, portfolioId, { date: '2027-02-01', hours: 1, note: '' })],
      ['removing study', () => removeStudyEntry(mentor, bundle.studyLog[0]!.id)],
      ['attendance', () => setAttendedDays(mentor, portfolioId, 9)],
      ['programme settings', () => updateProgrammeSettings(mentor, portfolioId, bundle.portfolio.programme)],
      ['a part’s settings', () => updatePieceSettings(mentor, portfolioId, bundle.portfolio.pieces[0]!)],
      [
        'the mentor’s details',
        () => saveMentorDetails(mentor, portfolioId, { ...bundle.mentorHandbook!.details, school: 'Another school' }),
      ],
      ['a named version', () => saveNamedVersion(mentor, section.id, 'The mentor’s version')],
      ['a pseudonym', () => replaceNameEverywhere(mentor, portfolioId, 'Ainscow', 'Author A')],
    ];
    for (const [what, write] of writes) {
      await expect(write(), what).rejects.toThrow(MENTOR_COPY_IS_READ_ONLY);
      expect(await dumpDatabase(mentor), what).toEqual(before);
    }
  });

  it('refuses a share older than the copy here, changing nothing', async () => {
    const { mentor, shared } = await sharedWithMentor();
    const older = { ...shared, createdAt: '2027-01-01T09:00:00.000Z' };
    const before = await dumpDatabase(mentor);
    await expect(sharedPortfolioOpening(mentor, older)).rejects.toThrow('older share');
    await expect(openAsMentorCopy(mentor, older)).rejects.toThrow('older share');
    expect(await dumpDatabase(mentor)).toEqual(before);
  });

  it('is refused on the candidate’s own computer, where the portfolio is their own', async () => {
    const { candidate, shared } = await sharedWithMentor();
    const before = await dumpDatabase(candidate);
    await expect(sharedPortfolioOpening(candidate, shared)).rejects.toThrow('“NASENCO 2026–27” is your own portfolio');
    await expect(openAsMentorCopy(candidate, shared)).rejects.toThrow('is your own portfolio');
    expect(await dumpDatabase(candidate)).toEqual(before);
  });

  it('is brought up to date by a newer share, keeping what the mentor added to the older', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    await addMentorRecord(mentor, {
      kind: 'observation',
      portfolioId,
      date: '2027-02-10',
      focus: 'Annual review meeting',
      notes: 'Calm, well prepared.',
      author: 'mentor',
    });
    await saveSectionDocument(candidate, bundle.sections[0]!.id, paragraph('Rewritten after sharing'));
    const newer = await portfolioFileContents(candidate, webFileCrypto, 'share', [portfolioId]);
    expect(
      await sharedPortfolioOpening(mentor, { contents: newer.contents, createdAt: '2027-02-20T09:00:00.000Z' }),
    ).toMatchObject({ kind: 'update' });
    const { carried } = await openAsMentorCopy(
      mentor,
      { contents: newer.contents, files: newer.files, createdAt: '2027-02-20T09:00:00.000Z' },
      2000,
    );
    expect(carried?.records).toBe(1);
    expect((await mentor.sectionContents.get(bundle.sections[0]!.id))?.document).toEqual(
      paragraph('Rewritten after sharing'),
    );
    expect(
      (await mentor.mentorRecords.where({ portfolioId }).toArray()).map(
        (record) => record.kind === 'observation' && record.focus,
      ),
    ).toContain('Annual review meeting');
    expect((await mentor.portfolios.get(portfolioId))?.mentorCopy?.sharedAt).toBe('2027-02-20T09:00:00.000Z');
  });
});

describe('bringing a mentor’s feedback in', () => {
  it('adds the mentor’s comments, replies, records, sign-offs and statement, and changes none of the candidate’s work, edited since sharing', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    const section = bundle.sections[0]!;
    const outcome = bundle.outcomes[2]!;
    await addSectionComment(mentor, {
      portfolioId,
      sectionId: section.id,
      anchor: null,
      author: 'mentor',
      text: 'A strong opening.',
    });
    await replyToComment(mentor, 'c1', { author: 'mentor', text: 'Yes, that answers it.' });
    await addMentorRecord(mentor, {
      kind: 'meeting',
      portfolioId,
      date: '2027-02-12',
      focus: 'Reviewing Part 1',
      outcomeIds: [outcome.id],
      agreedActions: 'Add the parent voice.',
      initials: 'JM',
      author: 'mentor',
    });
    await setSignOff(mentor, portfolioId, outcome.id, {
      state: 'met',
      statement: 'Seen in the annual review.',
      name: 'J. Mentor',
      date: '2027-02-12',
      author: 'mentor',
    });
    await signFinalStatement(mentor, portfolioId, 'head-teacher', {
      statement: 'Met in practice.',
      name: 'P. Head',
      date: '2027-02-12',
    });
    const feedback = await sentFeedback(mentor, portfolioId, 3000);

    // The candidate went on writing after sharing.
    await saveSectionDocument(candidate, section.id, paragraph('Rewritten after sharing'));
    const before = await dumpDatabase(candidate);
    expect(await previewFeedback(candidate, feedback)).toMatchObject({
      summary: { comments: 1, replies: 1, records: 1, judgements: 2 },
    });
    expect(await dumpDatabase(candidate)).toEqual(before);

    const summary = await importFeedback(candidate, feedback, 4000);
    expect(summary).toMatchObject({ comments: 1, replies: 1, records: 1, judgements: 2, keptBoth: 0 });
    const after = await dumpDatabase(candidate);
    // The sections' histories gain their texts as they were before: the work itself is unchanged.
    const withoutHistory = (dump: Record<string, unknown[]>) => ({ ...withoutMentorTables(dump), sectionVersions: [] });
    expect(withoutHistory(after)).toEqual(withoutHistory(before));
    for (const content of await candidate.sectionContents.toArray()) {
      expect((await versionsOfSection(candidate, content.sectionId)).map((version) => version.document)).toContainEqual(
        content.document,
      );
    }
    expect((await candidate.sectionContents.get(section.id))?.document).toEqual(paragraph('Rewritten after sharing'));
    expect((await candidate.sectionComments.get('c1'))?.replies.map((reply) => reply.text)).toEqual([
      'Added the staff meeting.',
      'Yes, that answers it.',
    ]);
    expect(await candidate.signOffs.get(outcome.id)).toMatchObject({ state: 'met', name: 'J. Mentor' });
    expect((await candidate.mentorHandbooks.get(portfolioId))?.headTeacherStatement).toMatchObject({ name: 'P. Head' });

    // The same file again changes nothing.
    expect(await importFeedback(candidate, feedback, 5000)).toMatchObject({
      comments: 0,
      replies: 0,
      records: 0,
      judgements: 0,
      keptBoth: 0,
    });
    expect(await dumpDatabase(candidate)).toEqual(after);
  });

  it('keeps both sign-offs when a second feedback file changes one, the earlier listed under the later', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    const outcome = bundle.outcomes[2]!;
    await setSignOff(
      mentor,
      portfolioId,
      outcome.id,
      { state: 'not-yet-met', statement: 'Evidence to come.', name: 'J. Mentor', date: '2027-02-12', author: 'mentor' },
      3000,
    );
    const first = await sentFeedback(mentor, portfolioId, 3100);
    await setSignOff(
      mentor,
      portfolioId,
      outcome.id,
      { state: 'met', statement: 'Seen in practice.', name: 'J. Mentor', date: '2027-03-12', author: 'mentor' },
      4000,
    );
    const second = await sentFeedback(mentor, portfolioId, 4100);

    await importFeedback(candidate, second, 5000);
    expect(await importFeedback(candidate, first, 6000)).toMatchObject({ keptBoth: 1, judgements: 0 });
    expect(await candidate.signOffs.get(outcome.id)).toMatchObject({ state: 'met', date: '2027-03-12' });
    expect(
      (await candidate.earlierVersions.where({ portfolioId }).toArray()).filter(
        (version) => version.setAsideAt === 6000,
      ),
    ).toMatchObject([
      {
        kind: 'sign-off',
        outcomeId: outcome.id,
        signOff: { state: 'not-yet-met', date: '2027-02-12' },
        setAsideAt: 6000,
      },
    ]);
  });

  it('leaves out what the candidate deleted or withdrew since, when the same feedback comes in again; undoing a deletion lets it back', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    const outcome = bundle.outcomes[2]!;
    const commentId = await addSectionComment(mentor, {
      portfolioId,
      sectionId: bundle.sections[0]!.id,
      anchor: null,
      author: 'mentor',
      text: 'A strong opening.',
    });
    await addMentorRecord(mentor, {
      kind: 'observation',
      portfolioId,
      date: '2027-02-12',
      focus: 'TA briefing',
      notes: 'Clear.',
      author: 'mentor',
    });
    await setSignOff(mentor, portfolioId, outcome.id, {
      state: 'met',
      statement: 'Seen.',
      name: 'J. Mentor',
      date: '2027-02-12',
      author: 'mentor',
    });
    const feedback = await sentFeedback(mentor, portfolioId, 3000);
    await importFeedback(candidate, feedback, 4000);
    const recordId = (await candidate.mentorRecords.where({ portfolioId }).toArray()).find(
      (record) => record.kind === 'observation' && record.focus === 'TA briefing',
    )!.id;

    const deletedComment = await deleteSectionComment(candidate, commentId);
    await deleteMentorRecord(candidate, recordId);
    // The mentor's sign-off is theirs: the candidate cannot withdraw it.
    await expect(setSignOff(candidate, portfolioId, outcome.id, null)).rejects.toThrow(SIGNED_IN_THE_MENTORS_COPY);
    const before = await dumpDatabase(candidate);
    expect(await importFeedback(candidate, feedback, 5000)).toMatchObject({
      comments: 0,
      records: 0,
      judgements: 0,
      leftOut: 2,
    });
    expect(await dumpDatabase(candidate)).toEqual(before);

    await restoreSectionComment(candidate, deletedComment!);
    await candidate.sectionComments.delete(commentId);
    expect(await importFeedback(candidate, feedback, 6000)).toMatchObject({ comments: 1, leftOut: 1 });
  });

  it('keeps the mentor’s judgements theirs: brought into the candidate’s copy, they cannot be changed or withdrawn there; ones entered there on the mentor’s behalf say so and can', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    const [byMentor, onBehalf] = [bundle.outcomes[2]!, bundle.outcomes[3]!];
    await setSignOff(mentor, portfolioId, byMentor.id, {
      state: 'met',
      statement: 'Seen.',
      name: 'J. Mentor',
      date: '2027-02-12',
      author: 'mentor',
    });
    await signFinalStatement(mentor, portfolioId, 'mentor', {
      statement: 'Met in practice.',
      name: 'J. Mentor',
      date: '2027-02-12',
    });
    await importFeedback(candidate, await sentFeedback(mentor, portfolioId, 3000), 4000);
    const brought = (await candidate.signOffs.get(byMentor.id))!;
    expect(brought.madeIn).toBe('mentor-copy');
    expect((await handbookOf(candidate, portfolioId)).mentorStatement?.madeIn).toBe('mentor-copy');

    const before = await dumpDatabase(candidate);
    await expect(
      setSignOff(candidate, portfolioId, byMentor.id, { ...brought, state: 'not-yet-met', author: 'mentor' }),
    ).rejects.toThrow(SIGNED_IN_THE_MENTORS_COPY);
    await expect(
      signFinalStatement(candidate, portfolioId, 'mentor', {
        statement: 'Changed.',
        name: 'Someone',
        date: '2027-02-13',
      }),
    ).rejects.toThrow(SIGNED_IN_THE_MENTORS_COPY);
    await expect(signFinalStatement(candidate, portfolioId, 'mentor', null)).rejects.toThrow(
      SIGNED_IN_THE_MENTORS_COPY,
    );
    expect(await dumpDatabase(candidate)).toEqual(before);

    await setSignOff(candidate, portfolioId, onBehalf.id, {
      state: 'met',
      statement: 'At our meeting.',
      name: 'J. Mentor',
      date: '2027-02-14',
      author: 'mentor',
    });
    expect((await candidate.signOffs.get(onBehalf.id))?.madeIn).toBe('candidate-copy');
    await setSignOff(candidate, portfolioId, onBehalf.id, null);
    expect(await candidate.signOffs.get(onBehalf.id)).toBeUndefined();
  });

  it('refuses feedback naming a record that belongs to another portfolio here, changing nothing', async () => {
    const { candidate, mentor, bundle, portfolioId } = await sharedWithMentor();
    await addSectionComment(mentor, {
      portfolioId,
      sectionId: bundle.sections[0]!.id,
      anchor: null,
      author: 'mentor',
      text: 'Good.',
    });
    const feedback = await sentFeedback(mentor, portfolioId, 3000);
    // A comment in another portfolio here already has the id the feedback uses.
    const comment = feedback.sectionComments.find((one) => one.text === 'Good.');
    const secondPortfolio = (await createPortfolio(
      candidate,
      { title: 'Another', candidateName: '', candidateNumber: '' },
      TWO_PARTS,
    )) as { ok: true; id: string };
    const sectionElsewhere = (await candidate.sections.where({ portfolioId: secondPortfolio.id }).first())!;
    await candidate.sectionComments.add({
      ...comment!,
      portfolioId: secondPortfolio.id,
      sectionId: sectionElsewhere.id,
    });
    const before = await dumpDatabase(candidate);
    await expect(importFeedback(candidate, feedback)).rejects.toThrow('belong to another portfolio');
    expect(await dumpDatabase(candidate)).toEqual(before);
  });

  it('is refused, changing nothing, when the portfolio is not here or when this is the mentor’s own copy', async () => {
    const { mentor, portfolioId } = await sharedWithMentor();
    await addSectionComment(mentor, {
      portfolioId,
      sectionId: (await mentor.sections.where({ portfolioId }).first())!.id,
      anchor: null,
      author: 'mentor',
      text: 'Good.',
    });
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
