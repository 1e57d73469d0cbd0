import {
  NO_MENTOR_DETAILS,
  outcomesSignedOffAsMet,
  signatureProblem,
  type MadeIn,
  type OutcomesMetCount,
  type Signatory,
  type MentorDetails,
  type MentorHandbook,
  type MentorRecord,
  type OutcomeSignOff,
  type SignOffState,
  type TypedSignature,
} from '../core/mentor/mentor-handbook.js';
import type { EarlierVersion } from '../core/mentor/feedback.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

export async function handbookOf(db: PortfolioDatabase, portfolioId: string): Promise<MentorHandbook> {
  return (
    (await db.mentorHandbooks.get(portfolioId)) ?? {
      portfolioId,
      details: NO_MENTOR_DETAILS,
      mentorStatement: null,
      headTeacherStatement: null,
    }
  );
}

export async function saveMentorDetails(
  db: PortfolioDatabase,
  portfolioId: string,
  details: MentorDetails,
): Promise<void> {
  const values: readonly string[] = Object.values(details);
  if (values.some((value) => value.length > 300)) throw new UserFacingError('Keep each detail under 300 characters.');
  await db.transaction('rw', db.portfolios, db.mentorHandbooks, async () => {
    // The details are the candidate's: the mentor's copy shows them as shared.
    await db.mentorHandbooks.put({ ...(await handbookOf(db, portfolioId)), details });
  });
}

/** Where a judgement made now is made: in a mentor's copy, or in the candidate's on the signer's behalf. */
async function madeInNow(db: PortfolioDatabase, portfolioId: string): Promise<MadeIn> {
  return (await db.portfolios.get(portfolioId))?.mentorCopy === undefined ? 'candidate-copy' : 'mentor-copy';
}

/**
 * A judgement signed in the mentor's own copy is theirs: in the candidate's copy it can be read,
 * never changed or withdrawn (the mentor changes it in their copy and sends it back).
 */
function refuseChangingTheMentors(judgement: { readonly madeIn?: MadeIn } | null | undefined, madeIn: MadeIn): void {
  if (madeIn === 'candidate-copy' && judgement?.madeIn === 'mentor-copy')
    throw new UserFacingError(SIGNED_IN_THE_MENTORS_COPY);
}

export const SIGNED_IN_THE_MENTORS_COPY =
  'This was signed in your mentor’s own copy of the app, so only they can change it: in their copy, sending it back with their feedback.';

/**
 * Records a final statement signed by typed name and date, with how many outcomes were signed
 * off as met when it was signed, or clears it (null).
 */
export async function signFinalStatement(
  db: PortfolioDatabase,
  portfolioId: string,
  signatory: Signatory,
  signature: Pick<TypedSignature, 'statement' | 'name' | 'date'> | null,
  now = Date.now(),
): Promise<void> {
  if (signature !== null) {
    const problem = signatureProblem(signature);
    if (problem !== undefined) throw new UserFacingError(problem);
  }
  await db.transaction('rw', [db.portfolios, db.outcomes, db.signOffs, db.mentorHandbooks, db.deletions], async () => {
    const madeIn = await madeInNow(db, portfolioId);
    const handbook = await handbookOf(db, portfolioId);
    const before = signatory === 'mentor' ? handbook.mentorStatement : handbook.headTeacherStatement;
    refuseChangingTheMentors(before, madeIn);
    const signed =
      signature === null
        ? null
        : {
            statement: signature.statement,
            name: signature.name,
            date: signature.date,
            signedAt: now,
            madeIn,
            outcomesMet: await outcomesMetCount(db, portfolioId),
          };
    if (signed === null && before !== null)
      await db.deletions.add({
        kind: 'statement',
        id: crypto.randomUUID(),
        portfolioId,
        signatory,
        signature: before,
        deletedAt: now,
      });
    await db.mentorHandbooks.put(
      signatory === 'mentor' ? { ...handbook, mentorStatement: signed } : { ...handbook, headTeacherStatement: signed },
    );
  });
}

/** How many of the portfolio's outcomes are signed off as met, now. */
export async function outcomesMetCount(db: PortfolioDatabase, portfolioId: string): Promise<OutcomesMetCount> {
  const [outcomes, signOffs] = await Promise.all([
    db.outcomes.where('portfolioId').equals(portfolioId).primaryKeys(),
    db.signOffs.where('portfolioId').equals(portfolioId).toArray(),
  ]);
  return { met: outcomesSignedOffAsMet(outcomes, signOffs), of: outcomes.length };
}

export async function mentorRecordsOf(db: PortfolioDatabase, portfolioId: string): Promise<MentorRecord[]> {
  const records = await db.mentorRecords.where('portfolioId').equals(portfolioId).toArray();
  return records.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

type NewRecord = MentorRecord extends infer R ? (R extends MentorRecord ? Omit<R, 'id' | 'createdAt'> : never) : never;

export async function addMentorRecord(db: PortfolioDatabase, record: NewRecord, now = Date.now()): Promise<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(record.date)) throw new UserFacingError('Give the date.');
  const text =
    record.kind === 'meeting'
      ? record.focus + record.agreedActions
      : record.kind === 'observation'
        ? record.focus + record.notes
        : record.comment;
  if (text.trim() === '')
    throw new UserFacingError(
      record.kind === 'evidence-comment' ? 'Write the comment first.' : 'Say what it was about.',
    );
  if (text.length > 20_000) throw new UserFacingError('That is too long to record in one go; split it in two.');
  const id = crypto.randomUUID();
  await db.mentorRecords.add({ ...record, id, createdAt: now });
  return id;
}

/** Deletes a record, noting the deletion so that feedback brought in again does not bring it back. */
export async function deleteMentorRecord(
  db: PortfolioDatabase,
  id: string,
  now = Date.now(),
): Promise<MentorRecord | undefined> {
  return db.transaction('rw', db.mentorRecords, db.deletions, async () => {
    const record = await db.mentorRecords.get(id);
    if (record === undefined) return undefined;
    await db.mentorRecords.delete(id);
    await db.deletions.put({ kind: 'record', id, portfolioId: record.portfolioId, deletedAt: now });
    return record;
  });
}

/** Undoes a deletion. */
export async function restoreMentorRecord(db: PortfolioDatabase, record: MentorRecord): Promise<void> {
  await db.transaction('rw', db.mentorRecords, db.deletions, async () => {
    await db.mentorRecords.put(record);
    await db.deletions.delete(record.id);
  });
}

/** Judgements set aside when a different one arrived in feedback, newest first. */
export async function earlierVersionsOf(db: PortfolioDatabase, portfolioId: string): Promise<EarlierVersion[]> {
  const versions = await db.earlierVersions.where('portfolioId').equals(portfolioId).toArray();
  return versions.sort((a, b) => b.setAsideAt - a.setAsideAt);
}

export async function signOffsOf(db: PortfolioDatabase, portfolioId: string): Promise<OutcomeSignOff[]> {
  return db.signOffs.where('portfolioId').equals(portfolioId).toArray();
}

/** Records (or replaces) the mentor's judgement on one outcome; `null` withdraws it. */
export async function setSignOff(
  db: PortfolioDatabase,
  portfolioId: string,
  outcomeId: string,
  judgement: {
    readonly state: SignOffState;
    readonly statement: string;
    readonly name: string;
    readonly date: string;
    readonly author: Signatory;
  } | null,
  now = Date.now(),
): Promise<void> {
  if (judgement !== null) {
    if (judgement.name.trim() === '') throw new UserFacingError('Type the name of whoever signs it off.');
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(judgement.date)) throw new UserFacingError('Give the date of the sign-off.');
  }
  await db.transaction('rw', [db.portfolios, db.outcomes, db.signOffs, db.deletions], async () => {
    const madeIn = await madeInNow(db, portfolioId);
    const before = await db.signOffs.get(outcomeId);
    refuseChangingTheMentors(before, madeIn);
    if (judgement === null) {
      if (before === undefined) return;
      await db.signOffs.delete(outcomeId);
      await db.deletions.add({
        kind: 'sign-off',
        id: crypto.randomUUID(),
        portfolioId: before.portfolioId,
        signOff: before,
        deletedAt: now,
      });
      return;
    }
    const outcome = await db.outcomes.get(outcomeId);
    if (outcome?.portfolioId !== portfolioId) throw new UserFacingError('This outcome is no longer in the portfolio.');
    await db.signOffs.put({
      id: outcomeId,
      portfolioId,
      outcomeId,
      ...judgement,
      statement: judgement.statement.trim(),
      name: judgement.name.trim(),
      updatedAt: now,
      madeIn,
    });
  });
}
