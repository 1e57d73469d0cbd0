/**
 * The mentor handbook, an appendix of Part 1 (shared domain notes, modelled on teacher
 * training handbooks): who mentors, what was discussed, what was observed, and the
 * mentor's and head teacher's judgement that the outcomes were met in practice.
 */

/** Who wrote a record. Mentors' records stay theirs when portfolios are shared with them. */
export type RecordAuthor = 'candidate' | 'mentor' | 'head-teacher';

/** Who wrote a record, as the candidate reads it. */
export const AUTHOR_LABELS: Readonly<Record<RecordAuthor, string>> = {
  candidate: 'Me (the SENCO)',
  mentor: 'My mentor',
  'head-teacher': 'The head teacher',
};

/** Who wrote a record, as the mentor reads it in their copy of a shared portfolio. */
export const AUTHOR_LABELS_FOR_MENTOR: Readonly<Record<RecordAuthor, string>> = {
  candidate: 'The SENCO',
  mentor: 'Me (the mentor)',
  'head-teacher': 'The head teacher',
};

/** Who wrote a record, as a sentence about it says it to the candidate: "recorded by your mentor". */
export const RECORDED_BY: Readonly<Record<RecordAuthor, string>> = {
  candidate: 'you',
  mentor: 'your mentor',
  'head-teacher': 'the head teacher',
};

/** The same, said to the mentor. */
export const RECORDED_BY_FOR_MENTOR: Readonly<Record<RecordAuthor, string>> = {
  candidate: 'the SENCO',
  mentor: 'you',
  'head-teacher': 'the head teacher',
};

export interface MentorDetails {
  readonly mentorName: string;
  readonly mentorRole: string;
  readonly mentorContact: string;
  readonly headTeacherName: string;
  readonly school: string;
}

export const NO_MENTOR_DETAILS: MentorDetails = {
  mentorName: '',
  mentorRole: '',
  mentorContact: '',
  headTeacherName: '',
  school: '',
};

/**
 * Where a judgement was made: in the mentor's own copy of the app (and brought in with their
 * feedback), or in the candidate's copy, entered by the candidate on the signatory's behalf (at
 * a meeting in school). Absent on judgements made before the app kept it.
 */
export type MadeIn = 'mentor-copy' | 'candidate-copy';

/** How many of the portfolio's outcomes were signed off as met when a final statement was signed. */
export interface OutcomesMetCount {
  readonly met: number;
  readonly of: number;
}

/** A signature by typed name and date. */
export interface TypedSignature {
  readonly statement: string;
  readonly name: string;
  /** yyyy-mm-dd */
  readonly date: string;
  /** When it was signed in the app (absent in records made before this was kept): orders two signed on one day. */
  readonly signedAt?: number;
  readonly madeIn?: MadeIn;
  /** Final statements only: what the statement was signed beside (absent before this was kept). */
  readonly outcomesMet?: OutcomesMetCount;
}

export interface MentorHandbook {
  readonly portfolioId: string;
  readonly details: MentorDetails;
  /** The final statement that the outcomes were met in practice, by each signatory; null until signed. */
  readonly mentorStatement: TypedSignature | null;
  readonly headTeacherStatement: TypedSignature | null;
}

export interface MentorMeeting {
  readonly kind: 'meeting';
  readonly id: string;
  readonly portfolioId: string;
  readonly date: string;
  readonly focus: string;
  readonly outcomeIds: readonly string[];
  readonly agreedActions: string;
  readonly initials: string;
  readonly author: RecordAuthor;
  readonly createdAt: number;
}

export interface ObservationNote {
  readonly kind: 'observation';
  readonly id: string;
  readonly portfolioId: string;
  readonly date: string;
  readonly focus: string;
  readonly notes: string;
  readonly author: RecordAuthor;
  readonly createdAt: number;
}

export interface EvidenceComment {
  readonly kind: 'evidence-comment';
  readonly id: string;
  readonly portfolioId: string;
  readonly evidenceId: string;
  readonly date: string;
  readonly comment: string;
  readonly author: RecordAuthor;
  readonly createdAt: number;
}

export type MentorRecord = MentorMeeting | ObservationNote | EvidenceComment;

export type SignOffState = 'met' | 'not-yet-met';

/** The mentor's judgement on one outcome. */
export interface OutcomeSignOff {
  readonly id: string;
  readonly portfolioId: string;
  readonly outcomeId: string;
  readonly state: SignOffState;
  readonly statement: string;
  readonly name: string;
  readonly date: string;
  readonly author: RecordAuthor;
  readonly updatedAt: number;
  readonly madeIn?: MadeIn;
}

export const SIGN_OFF_LABELS: Readonly<Record<SignOffState, string>> = { met: 'Met', 'not-yet-met': 'Not yet met' };

/** What a sign-off says in the coverage matrix: "Met — A. Mentor, 3 March 2027". */
export function describeSignOff(signOff: OutcomeSignOff | undefined, formatDate: (iso: string) => string): string {
  if (signOff === undefined) return 'Not signed off';
  const who = [signOff.name, signOff.date === '' ? '' : formatDate(signOff.date)]
    .filter((part) => part !== '')
    .join(', ');
  return who === '' ? SIGN_OFF_LABELS[signOff.state] : `${SIGN_OFF_LABELS[signOff.state]} — ${who}`;
}

/** How many outcomes the mentor has signed off as met. */
export function outcomesSignedOffAsMet(outcomeIds: readonly string[], signOffs: readonly OutcomeSignOff[]): number {
  const met = new Set(signOffs.filter((signOff) => signOff.state === 'met').map((signOff) => signOff.outcomeId));
  return outcomeIds.filter((id) => met.has(id)).length;
}

/** Who signs a final statement or an outcome's sign-off. */
export type Signatory = 'mentor' | 'head-teacher';

const SIGNATORY_WORDS: Readonly<Record<Signatory, string>> = {
  mentor: 'the mentor',
  'head-teacher': 'the head teacher',
};

/** Whose eyes a judgement's provenance is written for: the candidate, the mentor, or the assessor reading the export. */
export type ProvenanceReader = 'candidate' | 'mentor' | 'assessor';

/**
 * Where a judgement came from, in one sentence for whoever reads it. Defaults never put words in
 * someone else's mouth, so a judgement entered in the candidate's copy always says so, on screen
 * and in the exported appendix. The export says nothing of judgements made before this was kept.
 */
export function describeProvenance(
  madeIn: MadeIn | undefined,
  signatory: Signatory,
  reader: ProvenanceReader,
): string | undefined {
  const whose = SIGNATORY_WORDS[signatory];
  switch (madeIn) {
    case 'mentor-copy':
      if (reader === 'candidate')
        return 'Signed in the mentor’s own copy of the app and brought in with their feedback.';
      return 'Signed in the mentor’s own copy of the app.';
    case 'candidate-copy':
      return reader === 'candidate'
        ? `Entered by you on ${whose}’s behalf.`
        : `Entered by the candidate on ${whose}’s behalf.`;
    case undefined:
      return reader === 'assessor'
        ? undefined
        : 'Where this was signed was not recorded (signed in an earlier version of the app).';
  }
}

/** Who signed a sign-off: the mentor unless the head teacher signed it (a candidate cannot sign off their own outcomes). */
export function signOffSignatory(signOff: Pick<OutcomeSignOff, 'author'>): Signatory {
  return signOff.author === 'head-teacher' ? 'head-teacher' : 'mentor';
}

/** "1 of 13 outcomes signed off as met". */
export function describeOutcomesMet({ met, of }: OutcomesMetCount): string {
  return `${met} of ${of} ${of === 1 ? 'outcome' : 'outcomes'} signed off as met`;
}

/** Why a typed signature cannot be accepted yet, or undefined when it can. */
export function signatureProblem(signature: TypedSignature): string | undefined {
  if (signature.statement.trim() === '') return 'Write the statement before signing.';
  if (signature.name.trim() === '') return 'Type your name to sign.';
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(signature.date)) return 'Give the date of signing.';
  return undefined;
}
