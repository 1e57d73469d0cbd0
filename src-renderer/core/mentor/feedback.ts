import type { SectionComment } from '../comments/section-comment.js';
import type { MentorRecord, OutcomeSignOff, Signatory, TypedSignature } from './mentor-handbook.js';

/**
 * The mentor's round trip. The candidate shares a portfolio; the mentor opens it as a mentor
 * copy, where the candidate's writing cannot be changed, adds comments, records, sign-offs and
 * final statements, and sends feedback: a file holding only those. The candidate brings the
 * feedback in and it merges beside their work, which it never touches (docs/mentor-round-trip.md).
 */

/** The sign-offs and final statements: the judgements a mentor makes. */
export interface MentorJudgements {
  readonly signOffs: readonly OutcomeSignOff[];
  readonly mentorStatement: TypedSignature | null;
  readonly headTeacherStatement: TypedSignature | null;
}

/** What marks a portfolio as a mentor's copy of a shared one. */
export interface MentorCopy {
  /** When the mentor opened the shared file on this computer. */
  readonly openedAt: number;
  /** When the candidate saved the shared file (ISO time, from its manifest). */
  readonly sharedAt: string;
  /** The judgements as shared: feedback carries only those the mentor has changed since. */
  readonly asShared: MentorJudgements;
  /** When feedback was last sent from this copy; null until it has been. */
  readonly feedbackSentAt: number | null;
}

/** What a feedback file holds. */
export interface MentorFeedback {
  readonly portfolioId: string;
  readonly portfolioTitle: string;
  readonly candidateName: string;
  /** The mentor's name as the handbook gives it, or empty. */
  readonly sentBy: string;
  readonly sentAt: number;
  /** The mentor's comments, and the candidate's comments the mentor replied to, carrying only the mentor's replies. */
  readonly sectionComments: readonly SectionComment[];
  /** Records by the mentor or the head teacher. */
  readonly mentorRecords: readonly MentorRecord[];
  /** Only the judgements changed in the mentor copy. */
  readonly signOffs: readonly OutcomeSignOff[];
  readonly mentorStatement: TypedSignature | null;
  readonly headTeacherStatement: TypedSignature | null;
}

/**
 * A judgement set aside when a different one arrived for the same outcome or statement, so
 * that neither is ever silently dropped: the later one is shown, this one listed under it.
 */
export type EarlierVersion =
  | {
      readonly kind: 'sign-off';
      readonly id: string;
      readonly portfolioId: string;
      readonly outcomeId: string;
      readonly signOff: OutcomeSignOff;
      readonly setAsideAt: number;
    }
  | {
      readonly kind: 'statement';
      readonly id: string;
      readonly portfolioId: string;
      readonly signatory: Signatory;
      readonly signature: TypedSignature;
      readonly setAsideAt: number;
    };

/**
 * Something the candidate deleted or withdrew: a comment, a record, a sign-off or a statement.
 * Bringing feedback in again must not bring it back, so the merge leaves out what matches one.
 */
export type Deletion =
  | {
      readonly kind: 'comment' | 'record';
      readonly id: string;
      readonly portfolioId: string;
      readonly deletedAt: number;
    }
  | {
      readonly kind: 'sign-off';
      readonly id: string;
      readonly portfolioId: string;
      readonly signOff: OutcomeSignOff;
      readonly deletedAt: number;
    }
  | {
      readonly kind: 'statement';
      readonly id: string;
      readonly portfolioId: string;
      readonly signatory: Signatory;
      readonly signature: TypedSignature;
      readonly deletedAt: number;
    };

/** Everything a mentor copy holds that feedback is made from. */
export interface MentorCopyContents extends MentorJudgements {
  readonly portfolioId: string;
  readonly portfolioTitle: string;
  readonly candidateName: string;
  readonly mentorName: string;
  readonly copy: MentorCopy;
  readonly sectionComments: readonly SectionComment[];
  readonly mentorRecords: readonly MentorRecord[];
}

/** The feedback a mentor copy sends: the mentor's own contributions and changed judgements, nothing of the candidate's. */
export function feedbackFrom(contents: MentorCopyContents, sentAt: number): MentorFeedback {
  const { asShared } = contents.copy;
  const sharedSignOffs = new Map(asShared.signOffs.map((signOff) => [signOff.outcomeId, signOff]));
  const changed = (signature: TypedSignature | null, shared: TypedSignature | null) =>
    signature !== null && (shared === null || !sameSignature(signature, shared)) ? signature : null;
  return {
    portfolioId: contents.portfolioId,
    portfolioTitle: contents.portfolioTitle,
    candidateName: contents.candidateName,
    sentBy: contents.mentorName,
    sentAt,
    sectionComments: contents.sectionComments.flatMap((comment) => {
      if (comment.author !== 'candidate') return [comment];
      const replies = comment.replies.filter((reply) => reply.author !== 'candidate');
      return replies.length === 0 ? [] : [{ ...comment, replies }];
    }),
    mentorRecords: contents.mentorRecords.filter((record) => record.author !== 'candidate'),
    signOffs: contents.signOffs.filter((signOff) => {
      const shared = sharedSignOffs.get(signOff.outcomeId);
      return shared === undefined || !sameSignOff(signOff, shared);
    }),
    mentorStatement: changed(contents.mentorStatement, asShared.mentorStatement),
    headTeacherStatement: changed(contents.headTeacherStatement, asShared.headTeacherStatement),
  };
}

/** What is here already that feedback merges into. */
export interface MergeTarget extends MentorJudgements {
  /** The portfolio's sections in order: a comment whose section has gone moves to the first. */
  readonly sectionIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly evidenceIds: readonly string[];
  readonly sectionComments: readonly SectionComment[];
  readonly mentorRecords: readonly MentorRecord[];
  readonly earlierVersions: readonly EarlierVersion[];
  readonly deletions: readonly Deletion[];
}

export interface FeedbackMerge {
  /** New comments, and comments here with the mentor's new replies added. */
  readonly commentsToPut: readonly SectionComment[];
  readonly recordsToAdd: readonly MentorRecord[];
  readonly signOffsToPut: readonly OutcomeSignOff[];
  readonly mentorStatement: TypedSignature | undefined;
  readonly headTeacherStatement: TypedSignature | undefined;
  readonly earlierVersionsToAdd: readonly EarlierVersion[];
  readonly summary: MergeSummary;
}

export interface MergeSummary {
  readonly comments: number;
  readonly replies: number;
  readonly records: number;
  /** Sign-offs and final statements that now show. */
  readonly judgements: number;
  /** Judgements that differed from one here: both kept, the earlier listed under the later. */
  readonly keptBoth: number;
  /** Comments on sections deleted since sharing, now on the first section. */
  readonly movedComments: number;
  /** Sign-offs on outcomes deleted since sharing: nowhere to show them. */
  readonly signOffsOnDeletedOutcomes: number;
  /** Mentor's comments on evidence deleted since sharing (or not in this portfolio): nowhere to show them. */
  readonly recordsOnDeletedEvidence: number;
  /** Comments, records and judgements the candidate deleted or withdrew here, which stay deleted. */
  readonly leftOut: number;
}

/**
 * How feedback merges in: it adds and never removes or rewrites what is here. Comments and
 * records are matched by id, so bringing the same feedback in twice changes nothing. A
 * judgement different from the one here keeps both: the later shows, the other is set aside
 * as an earlier version, dated.
 */
export function planFeedbackMerge(
  target: MergeTarget,
  feedback: MentorFeedback,
  newId: () => string,
  now: number,
): FeedbackMerge {
  // Everything added belongs to the portfolio the feedback is on, whatever the file says.
  const context: MergeContext = {
    target,
    portfolioId: feedback.portfolioId,
    newId,
    now,
    deleted: new Set(
      target.deletions.flatMap((deletion) =>
        deletion.kind === 'comment' || deletion.kind === 'record' ? [deletion.id] : [],
      ),
    ),
  };
  const comments = mergeComments(context, feedback.sectionComments);
  const records = mergeRecords(context, feedback.mentorRecords);
  const judgements = mergeJudgements(context, feedback);
  return {
    commentsToPut: comments.commentsToPut,
    recordsToAdd: records.recordsToAdd,
    signOffsToPut: judgements.signOffsToPut,
    mentorStatement: judgements.mentorStatement,
    headTeacherStatement: judgements.headTeacherStatement,
    earlierVersionsToAdd: judgements.earlierVersionsToAdd,
    summary: {
      comments: comments.comments,
      replies: comments.replies,
      records: records.recordsToAdd.length,
      judgements: judgements.judgements,
      keptBoth: judgements.keptBoth,
      movedComments: comments.movedComments,
      signOffsOnDeletedOutcomes: judgements.signOffsOnDeletedOutcomes,
      recordsOnDeletedEvidence: records.recordsOnDeletedEvidence,
      leftOut: comments.leftOut + records.leftOut + judgements.leftOut,
    },
  };
}

interface MergeContext {
  readonly target: MergeTarget;
  readonly portfolioId: string;
  readonly newId: () => string;
  readonly now: number;
  /** Comments and records the candidate deleted: feedback never brings them back. */
  readonly deleted: ReadonlySet<string>;
}

/** The mentor's new comments, and their new replies to comments here. */
function mergeComments({ target, portfolioId, deleted }: MergeContext, incomingComments: readonly SectionComment[]) {
  const commentsHere = new Map(target.sectionComments.map((comment) => [comment.id, comment]));
  const sections = new Set(target.sectionIds);
  const [firstSection] = target.sectionIds;
  const commentsToPut: SectionComment[] = [];
  let comments = 0;
  let replies = 0;
  let movedComments = 0;
  let leftOut = 0;
  // The candidate's own words never come from feedback: only the mentor's comments and replies are taken.
  for (const incoming of incomingComments.map((comment) => ({
    ...comment,
    portfolioId,
    replies: comment.replies.filter((reply) => reply.author !== 'candidate'),
  }))) {
    const here = commentsHere.get(incoming.id);
    if (deleted.has(incoming.id) || (here === undefined && incoming.author === 'candidate')) {
      leftOut++;
      continue;
    }
    if (here === undefined) {
      if (sections.has(incoming.sectionId)) commentsToPut.push(incoming);
      else if (firstSection !== undefined) {
        commentsToPut.push({ ...incoming, sectionId: firstSection });
        movedComments++;
      } else continue;
      comments++;
      continue;
    }
    const repliesHere = new Set(here.replies.map((reply) => reply.id));
    const newReplies = incoming.replies.filter((reply) => !repliesHere.has(reply.id));
    if (newReplies.length === 0) continue;
    commentsToPut.push({
      ...here,
      replies: [...here.replies, ...newReplies].sort((a, b) => a.createdAt - b.createdAt),
    });
    replies += newReplies.length;
  }
  return { commentsToPut, comments, replies, movedComments, leftOut };
}

/** The mentor's new meetings, observations and comments on evidence. */
function mergeRecords({ target, portfolioId, deleted, newId }: MergeContext, incomingRecords: readonly MentorRecord[]) {
  const recordsHere = new Map(target.mentorRecords.map((record) => [record.id, record]));
  // What a record says, whatever its id.
  const contentOf = (record: MentorRecord) => canonical({ ...record, id: '' });
  const recordsHereByContent = new Set(target.mentorRecords.map(contentOf));
  const recordsToAdd: MentorRecord[] = [];
  const evidence = new Set(target.evidenceIds);
  const outcomes = new Set(target.outcomeIds);
  let recordsOnDeletedEvidence = 0;
  let leftOut = 0;
  // A record only ever names this portfolio's evidence and outcomes: one here by another's id would show on the other's page.
  const withKnownTargets = (record: MentorRecord): MentorRecord =>
    record.kind === 'meeting' ? { ...record, outcomeIds: record.outcomeIds.filter((id) => outcomes.has(id)) } : record;
  for (const incoming of incomingRecords.map((record) => withKnownTargets({ ...record, portfolioId }))) {
    if (deleted.has(incoming.id) || incoming.author === 'candidate') {
      leftOut++;
      continue;
    }
    if (incoming.kind === 'evidence-comment' && !evidence.has(incoming.evidenceId)) {
      recordsOnDeletedEvidence++;
      continue;
    }
    const here = recordsHere.get(incoming.id);
    if (here === undefined) {
      recordsToAdd.push(incoming);
      continue;
    }
    // Records are never edited, so a different one under the same id is kept beside it, not over it, once.
    if (canonical(here) !== canonical(incoming) && !recordsHereByContent.has(contentOf(incoming)))
      recordsToAdd.push({ ...incoming, id: newId() });
  }
  return { recordsToAdd, recordsOnDeletedEvidence, leftOut };
}

/**
 * The mentor's sign-offs and final statements. A judgement that differs from the one here is
 * kept beside it: the later is put in place, the other set aside as an earlier version.
 */
function mergeJudgements({ target, portfolioId, newId, now }: MergeContext, feedback: MentorFeedback) {
  const earlierVersionsToAdd: EarlierVersion[] = [];
  let keptBoth = 0;
  let judgements = 0;
  let leftOut = 0;
  const settle = <T>(
    here: T | null | undefined,
    incoming: T,
    earlier: readonly T[],
    same: (a: T, b: T) => boolean,
    later: (a: T, b: T) => boolean,
    setAside: (value: T) => EarlierVersion,
  ): T | undefined => {
    if (here === null || here === undefined) {
      judgements++;
      return incoming;
    }
    if (same(here, incoming) || earlier.some((version) => same(version, incoming))) return undefined;
    keptBoth++;
    if (later(incoming, here)) {
      judgements++;
      earlierVersionsToAdd.push(setAside(here));
      return incoming;
    }
    earlierVersionsToAdd.push(setAside(incoming));
    return undefined;
  };

  const outcomes = new Set(target.outcomeIds);
  const signOffsHere = new Map(target.signOffs.map((signOff) => [signOff.outcomeId, signOff]));
  const signOffsToPut: OutcomeSignOff[] = [];
  let signOffsOnDeletedOutcomes = 0;
  // A judgement that comes in feedback was made in the mentor's copy, whatever the file says of it.
  for (const incoming of feedback.signOffs.map((signOff): OutcomeSignOff => ({
    ...signOff,
    id: signOff.outcomeId,
    portfolioId,
    madeIn: 'mentor-copy',
  }))) {
    if (!outcomes.has(incoming.outcomeId)) {
      signOffsOnDeletedOutcomes++;
      continue;
    }
    if (target.deletions.some((deletion) => deletion.kind === 'sign-off' && sameSignOff(deletion.signOff, incoming))) {
      leftOut++;
      continue;
    }
    const earlier = target.earlierVersions.flatMap((version) =>
      version.kind === 'sign-off' && version.outcomeId === incoming.outcomeId ? [version.signOff] : [],
    );
    const put = settle(
      signOffsHere.get(incoming.outcomeId),
      incoming,
      earlier,
      sameSignOff,
      (a, b) => a.updatedAt > b.updatedAt,
      (signOff) => ({
        kind: 'sign-off',
        id: newId(),
        portfolioId: signOff.portfolioId,
        outcomeId: signOff.outcomeId,
        signOff,
        setAsideAt: now,
      }),
    );
    if (put !== undefined) signOffsToPut.push(put);
  }

  const statement = (signatory: Signatory, here: TypedSignature | null, sent: TypedSignature | null) => {
    if (sent === null) return undefined;
    const incoming: TypedSignature = { ...sent, madeIn: 'mentor-copy' };
    if (
      target.deletions.some(
        (deletion) =>
          deletion.kind === 'statement' &&
          deletion.signatory === signatory &&
          sameSignature(deletion.signature, incoming),
      )
    ) {
      leftOut++;
      return undefined;
    }
    const earlier = target.earlierVersions.flatMap((version) =>
      version.kind === 'statement' && version.signatory === signatory ? [version.signature] : [],
    );
    return settle(here, incoming, earlier, sameSignature, signedLater, (signature) => ({
      kind: 'statement',
      id: newId(),
      portfolioId,
      signatory,
      signature,
      setAsideAt: now,
    }));
  };
  const mentorStatement = statement('mentor', target.mentorStatement, feedback.mentorStatement);
  const headTeacherStatement = statement('head-teacher', target.headTeacherStatement, feedback.headTeacherStatement);
  return {
    signOffsToPut,
    mentorStatement,
    headTeacherStatement,
    earlierVersionsToAdd,
    judgements,
    keptBoth,
    signOffsOnDeletedOutcomes,
    leftOut,
  };
}

/** Whether feedback brought nothing new. */
export function isEmptyMerge({ summary }: FeedbackMerge): boolean {
  return summary.comments + summary.replies + summary.records + summary.judgements + summary.keptBoth === 0;
}

/** The same judgement, whenever it was saved. */
export function sameSignOff(a: OutcomeSignOff, b: OutcomeSignOff): boolean {
  return (
    a.outcomeId === b.outcomeId &&
    a.state === b.state &&
    a.statement === b.statement &&
    a.name === b.name &&
    a.date === b.date &&
    a.author === b.author
  );
}

export function sameSignature(a: TypedSignature, b: TypedSignature): boolean {
  return a.statement === b.statement && a.name === b.name && a.date === b.date;
}

/** Signed later: by the time of signing where both have it (files before it have only the date), else by date. */
function signedLater(a: TypedSignature, b: TypedSignature): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return (a.signedAt ?? 0) > (b.signedAt ?? 0);
}

/** A value as JSON with its keys in order, so records read from different places compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
