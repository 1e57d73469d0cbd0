import { describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { PortfolioDatabase } from './database.js';
import {
  addMentorRecord,
  deleteMentorRecord,
  handbookOf,
  mentorRecordsOf,
  restoreMentorRecord,
  saveMentorDetails,
  setSignOff,
  signFinalStatement,
  signOffsOf,
} from './mentor.js';
import { deleteOutcome, outcomesOfPortfolio } from './outcomes.js';
import { deletePortfolio, purgeDeletedPortfolios } from './portfolios.js';
import { freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

describe('the mentor handbook in the database', () => {
  it('keeps details and typed-name final statements, refusing an unsigned one', async () => {
    await saveMentorDetails(db, portfolioId, {
      mentorName: 'Sam Mentor',
      mentorRole: 'Deputy head',
      mentorContact: '',
      headTeacherName: 'Jo Head',
      school: 'Example Primary',
    });
    await expect(
      signFinalStatement(db, portfolioId, 'mentor', {
        statement: 'The outcomes were met in practice.',
        name: '',
        date: '2027-05-01',
      }),
    ).rejects.toThrow('Type your name to sign.');
    await signFinalStatement(db, portfolioId, 'mentor', {
      statement: 'The outcomes were met in practice.',
      name: 'Sam Mentor',
      date: '2027-05-01',
    });
    const handbook = await handbookOf(db, portfolioId);
    expect(handbook.details.mentorName).toBe('Sam Mentor');
    expect(handbook.mentorStatement?.name).toBe('Sam Mentor');
    expect(handbook.headTeacherStatement).toBeNull();
  });

  it('keeps with a final statement how many outcomes were signed off as met when it was signed, and that it was entered in the candidate’s copy', async () => {
    const [a1, a2] = await outcomesOfPortfolio(db, portfolioId);
    await setSignOff(db, portfolioId, a1!.id, {
      state: 'met',
      statement: '',
      name: 'Sam Mentor',
      date: '2027-05-01',
      author: 'mentor',
    });
    await setSignOff(db, portfolioId, a2!.id, {
      state: 'not-yet-met',
      statement: '',
      name: 'Sam Mentor',
      date: '2027-05-01',
      author: 'mentor',
    });
    await signFinalStatement(
      db,
      portfolioId,
      'head-teacher',
      { statement: 'Met in practice.', name: 'Jo Head', date: '2027-05-02' },
      7000,
    );
    const outcomes = (await outcomesOfPortfolio(db, portfolioId)).length;
    expect((await handbookOf(db, portfolioId)).headTeacherStatement).toEqual({
      statement: 'Met in practice.',
      name: 'Jo Head',
      date: '2027-05-02',
      signedAt: 7000,
      madeIn: 'candidate-copy',
      outcomesMet: { met: 1, of: outcomes },
    });
    expect((await signOffsOf(db, portfolioId)).map((signOff) => signOff.madeIn)).toEqual([
      'candidate-copy',
      'candidate-copy',
    ]);
  });

  it('logs meetings and notes with who wrote them, newest first, deletable undoably', async () => {
    const older = await addMentorRecord(db, {
      kind: 'meeting',
      portfolioId,
      date: '2026-10-01',
      focus: 'Provision map',
      outcomeIds: [],
      agreedActions: 'Review Year 6',
      initials: 'SM',
      author: 'mentor',
    });
    await addMentorRecord(db, {
      kind: 'observation',
      portfolioId,
      date: '2026-11-01',
      focus: 'Year 4 maths',
      notes: 'Pre-teaching worked',
      author: 'candidate',
    });
    await expect(
      addMentorRecord(db, {
        kind: 'evidence-comment',
        portfolioId,
        evidenceId: 'e',
        date: '2026-11-02',
        comment: ' ',
        author: 'mentor',
      }),
    ).rejects.toThrow('Write the comment first.');
    expect((await mentorRecordsOf(db, portfolioId)).map((record) => [record.kind, record.author])).toEqual([
      ['observation', 'candidate'],
      ['meeting', 'mentor'],
    ]);
    const deleted = await deleteMentorRecord(db, older);
    expect(await mentorRecordsOf(db, portfolioId)).toHaveLength(1);
    await restoreMentorRecord(db, deleted!);
    expect(await mentorRecordsOf(db, portfolioId)).toHaveLength(2);
  });

  it('records one sign-off per outcome, replaces it, and drops it with its outcome or portfolio', async () => {
    const [a1, a2] = await outcomesOfPortfolio(db, portfolioId);
    const judgement = {
      state: 'not-yet-met' as const,
      statement: 'Needs governor work',
      name: 'Sam Mentor',
      date: '2027-01-10',
      author: 'mentor' as const,
    };
    await setSignOff(db, portfolioId, a1!.id, judgement);
    await setSignOff(db, portfolioId, a1!.id, { ...judgement, state: 'met' });
    await setSignOff(db, portfolioId, a2!.id, judgement);
    await expect(setSignOff(db, portfolioId, a2!.id, { ...judgement, name: '' })).rejects.toThrow(/name/);
    expect((await signOffsOf(db, portfolioId)).map((signOff) => [signOff.outcomeId, signOff.state]).sort()).toEqual(
      [
        [a1!.id, 'met'],
        [a2!.id, 'not-yet-met'],
      ].sort(),
    );
    await deleteOutcome(db, a2!.id);
    expect(await signOffsOf(db, portfolioId)).toHaveLength(1);
    await deletePortfolio(db, portfolioId, 1);
    await purgeDeletedPortfolios(db, 2);
    expect(await db.signOffs.count()).toBe(0);
  });
});
