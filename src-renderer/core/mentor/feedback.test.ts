import { describe, expect, it } from 'vitest';
import type { SectionComment } from '../comments/section-comment.js';
import {
  feedbackFrom,
  isEmptyMerge,
  planFeedbackMerge,
  type MentorCopyContents,
  type MentorFeedback,
  type MergeTarget,
} from './feedback.js';
import type { MentorMeeting, MentorRecord, OutcomeSignOff, TypedSignature } from './mentor-handbook.js';

const P = 'portfolio-1';

function comment(id: string, author: SectionComment['author'], extra: Partial<SectionComment> = {}): SectionComment {
  return {
    id,
    portfolioId: P,
    sectionId: 'section-1',
    anchor: { quote: 'graduated approach', prefix: 'The ', suffix: ' worked' },
    author,
    text: `Comment ${id}`,
    createdAt: 10,
    replies: [],
    resolvedAt: null,
    ...extra,
  };
}

function signOff(outcomeId: string, extra: Partial<OutcomeSignOff> = {}): OutcomeSignOff {
  return {
    id: outcomeId,
    portfolioId: P,
    outcomeId,
    state: 'met',
    statement: 'Seen in practice.',
    name: 'J. Mentor',
    date: '2027-03-01',
    author: 'mentor',
    updatedAt: 100,
    ...extra,
  };
}

const meeting = (id: string, author: MentorRecord['author']): MentorMeeting => ({
  kind: 'meeting',
  id,
  portfolioId: P,
  date: '2027-02-01',
  focus: 'The enquiry question',
  outcomeIds: [],
  agreedActions: 'Draft it.',
  initials: 'JM',
  author,
  createdAt: 5,
});
const statement = (date: string, signedAt: number, text = 'The outcomes were met in practice.'): TypedSignature => ({
  statement: text,
  name: 'J. Mentor',
  date,
  signedAt,
});

function target(extra: Partial<MergeTarget> = {}): MergeTarget {
  return {
    sectionIds: ['section-1', 'section-2'],
    outcomeIds: ['A1', 'A2', 'B1'],
    evidenceIds: ['evidence-1'],
    sectionComments: [],
    mentorRecords: [],
    signOffs: [],
    mentorStatement: null,
    headTeacherStatement: null,
    earlierVersions: [],
    deletions: [],
    ...extra,
  };
}

function feedback(extra: Partial<MentorFeedback> = {}): MentorFeedback {
  return {
    portfolioId: P,
    portfolioTitle: 'NASENCO 2026–27',
    candidateName: 'Ada Example',
    sentBy: 'J. Mentor',
    sentAt: 1000,
    sectionComments: [],
    mentorRecords: [],
    signOffs: [],
    mentorStatement: null,
    headTeacherStatement: null,
    ...extra,
  };
}

/** What the database does with a plan, in memory, so that merges can follow one another. */
function applied(here: MergeTarget, incoming: MentorFeedback, now = 2000): MergeTarget {
  let next = 0;
  const merge = planFeedbackMerge(here, incoming, () => `new-${now}-${next++}`, now);
  const put = <T extends { id: string }>(list: readonly T[], added: readonly T[]) => [
    ...list.filter((item) => !added.some((one) => one.id === item.id)),
    ...added,
  ];
  return {
    ...here,
    sectionComments: put(here.sectionComments, merge.commentsToPut),
    mentorRecords: [...here.mentorRecords, ...merge.recordsToAdd],
    signOffs: put(here.signOffs, merge.signOffsToPut),
    mentorStatement: merge.mentorStatement ?? here.mentorStatement,
    headTeacherStatement: merge.headTeacherStatement ?? here.headTeacherStatement,
    earlierVersions: [...here.earlierVersions, ...merge.earlierVersionsToAdd],
  };
}

describe('the feedback a mentor copy sends', () => {
  const copy = (extra: Partial<MentorCopyContents> = {}): MentorCopyContents => ({
    portfolioId: P,
    portfolioTitle: 'NASENCO 2026–27',
    candidateName: 'Ada Example',
    mentorName: 'J. Mentor',
    copy: {
      openedAt: 1,
      sharedAt: '2027-02-01T09:00:00.000Z',
      asShared: { signOffs: [signOff('A1')], mentorStatement: null, headTeacherStatement: null },
      feedbackSentAt: null,
    },
    sectionComments: [],
    mentorRecords: [],
    signOffs: [signOff('A1')],
    mentorStatement: null,
    headTeacherStatement: null,
    ...extra,
  });

  it('carries the mentor’s comments and records, and none of the candidate’s', () => {
    const candidatesOwn = comment('c-own', 'candidate', {
      replies: [{ id: 'r1', author: 'candidate', text: 'Note to self', createdAt: 11 }],
    });
    const repliedTo = comment('c-replied', 'candidate', {
      replies: [
        { id: 'r2', author: 'candidate', text: 'Is this clear?', createdAt: 12 },
        { id: 'r3', author: 'mentor', text: 'Yes, now it is.', createdAt: 13 },
      ],
    });
    const sent = feedbackFrom(
      copy({
        sectionComments: [candidatesOwn, repliedTo, comment('c-mentor', 'mentor')],
        mentorRecords: [
          meeting('m-candidate', 'candidate'),
          meeting('m-mentor', 'mentor'),
          meeting('m-head', 'head-teacher'),
        ],
      }),
      500,
    );
    expect(sent.sectionComments.map((one) => [one.id, one.replies.map((reply) => reply.id)])).toEqual([
      ['c-replied', ['r3']],
      ['c-mentor', []],
    ]);
    expect(sent.mentorRecords.map((record) => record.id)).toEqual(['m-mentor', 'm-head']);
    expect(sent).toMatchObject({ portfolioId: P, sentBy: 'J. Mentor', sentAt: 500 });
  });

  it('carries only the judgements changed since the portfolio was shared', () => {
    const resaved = signOff('A1', { updatedAt: 999 });
    const sent = feedbackFrom(
      copy({
        signOffs: [resaved, signOff('A2', { state: 'not-yet-met' })],
        mentorStatement: statement('2027-06-01', 5),
      }),
      500,
    );
    expect(sent.signOffs.map((one) => one.outcomeId)).toEqual(['A2']);
    expect(sent.mentorStatement?.date).toBe('2027-06-01');
    expect(sent.headTeacherStatement).toBeNull();
  });
});

describe('bringing feedback in', () => {
  it('adds the mentor’s comments, records and judgements beside what is here', () => {
    const merge = planFeedbackMerge(
      target(),
      feedback({
        sectionComments: [comment('c1', 'mentor')],
        mentorRecords: [meeting('m1', 'mentor')],
        signOffs: [signOff('A1')],
        mentorStatement: statement('2027-06-01', 5),
      }),
      () => 'new',
      2000,
    );
    expect(merge.commentsToPut.map((one) => one.id)).toEqual(['c1']);
    expect(merge.recordsToAdd.map((one) => one.id)).toEqual(['m1']);
    expect(merge.signOffsToPut.map((one) => one.outcomeId)).toEqual(['A1']);
    expect(merge.mentorStatement?.date).toBe('2027-06-01');
    expect(merge.summary).toEqual({
      comments: 1,
      replies: 0,
      records: 1,
      judgements: 2,
      keptBoth: 0,
      movedComments: 0,
      signOffsOnDeletedOutcomes: 0,
      recordsOnDeletedEvidence: 0,
      leftOut: 0,
    });
  });

  it('changes nothing when the same feedback comes in twice', () => {
    const sent = feedback({
      sectionComments: [comment('c1', 'mentor')],
      mentorRecords: [meeting('m1', 'mentor')],
      signOffs: [signOff('A1')],
      headTeacherStatement: statement('2027-06-01', 5),
    });
    const once = applied(target(), sent);
    expect(isEmptyMerge(planFeedbackMerge(once, sent, () => 'new', 3000))).toBe(true);
  });

  it('adds the mentor’s replies to a comment here, and keeps its text and whether it was resolved as they are here', () => {
    const here = comment('c1', 'candidate', {
      resolvedAt: 50,
      replies: [{ id: 'r1', author: 'candidate', text: 'Mine', createdAt: 20 }],
    });
    const incoming = comment('c1', 'candidate', {
      text: 'An older wording',
      resolvedAt: null,
      replies: [{ id: 'r2', author: 'mentor', text: 'Theirs', createdAt: 15 }],
    });
    const merge = planFeedbackMerge(
      target({ sectionComments: [here] }),
      feedback({ sectionComments: [incoming] }),
      () => 'new',
      2000,
    );
    expect(merge.commentsToPut).toEqual([{ ...here, replies: [incoming.replies[0], here.replies[0]] }]);
    expect(merge.summary.replies).toBe(1);
  });

  it('moves a comment on a section deleted since sharing to the first section, and says so', () => {
    const merge = planFeedbackMerge(
      target(),
      feedback({ sectionComments: [comment('c1', 'mentor', { sectionId: 'deleted-section' })] }),
      () => 'new',
      2000,
    );
    expect(merge.commentsToPut[0]?.sectionId).toBe('section-1');
    expect(merge.summary.movedComments).toBe(1);
  });

  it('counts a sign-off on an outcome deleted since sharing, rather than dropping it without a word', () => {
    const merge = planFeedbackMerge(target(), feedback({ signOffs: [signOff('deleted-outcome')] }), () => 'new', 2000);
    expect(merge.signOffsToPut).toEqual([]);
    expect(merge.summary.signOffsOnDeletedOutcomes).toBe(1);
  });

  it('adds no comment on evidence that is not in this portfolio, and no meeting outcome that is not either, and says so', () => {
    const onEvidence = (id: string, evidenceId: string): MentorRecord => ({
      kind: 'evidence-comment',
      id,
      portfolioId: P,
      evidenceId,
      date: '2027-02-01',
      comment: 'Strong.',
      author: 'mentor',
      createdAt: 5,
    });
    const discussed: MentorRecord = { ...meeting('m1', 'mentor'), outcomeIds: ['A1', 'an-outcome-elsewhere'] };
    const merge = planFeedbackMerge(
      target(),
      feedback({
        mentorRecords: [onEvidence('r1', 'evidence-1'), onEvidence('r2', 'evidence-of-another-portfolio'), discussed],
      }),
      () => 'new',
      2000,
    );
    expect(merge.recordsToAdd.map((record) => record.id)).toEqual(['r1', 'm1']);
    expect(merge.recordsToAdd[1]).toMatchObject({ outcomeIds: ['A1'] });
    expect(merge.summary.recordsOnDeletedEvidence).toBe(1);
  });

  it('keeps both when two feedback files judge the same outcome differently: the later shows, the earlier is kept, dated', () => {
    const first = feedback({ sentAt: 1000, signOffs: [signOff('A1', { state: 'not-yet-met', updatedAt: 100 })] });
    const second = feedback({ sentAt: 2000, signOffs: [signOff('A1', { state: 'met', updatedAt: 200 })] });
    const inOrder = applied(applied(target(), first, 3000), second, 4000);
    expect(inOrder.signOffs.map((one) => one.state)).toEqual(['met']);
    expect(inOrder.earlierVersions).toEqual([
      {
        kind: 'sign-off',
        id: 'new-4000-0',
        portfolioId: P,
        outcomeId: 'A1',
        signOff: { ...first.signOffs[0], madeIn: 'mentor-copy' },
        setAsideAt: 4000,
      },
    ]);

    // Brought in the other way round, the later still shows and the earlier is still kept.
    const reversed = applied(applied(target(), second, 3000), first, 4000);
    expect(reversed.signOffs.map((one) => one.state)).toEqual(['met']);
    expect(reversed.earlierVersions.map((version) => version.kind === 'sign-off' && version.signOff.state)).toEqual([
      'not-yet-met',
    ]);
    // And bringing either in again changes nothing.
    expect(isEmptyMerge(planFeedbackMerge(reversed, first, () => 'x', 5000))).toBe(true);
    expect(isEmptyMerge(planFeedbackMerge(reversed, second, () => 'x', 5000))).toBe(true);
  });

  it('keeps both final statements when two feedback files sign differently, the later shown', () => {
    const earlier = statement('2027-06-01', 10, 'Met in practice, bar B1.');
    const later = statement('2027-06-01', 20, 'Met in practice.');
    const merged = applied(
      applied(target(), feedback({ mentorStatement: later })),
      feedback({ mentorStatement: earlier }),
    );
    expect(merged.mentorStatement).toEqual({ ...later, madeIn: 'mentor-copy' });
    expect(merged.earlierVersions).toMatchObject([{ kind: 'statement', signatory: 'mentor', signature: earlier }]);
  });

  it('marks every judgement it brings in as made in the mentor’s copy, whatever the file says', () => {
    const claimed = feedback({
      signOffs: [signOff('A1', { madeIn: 'candidate-copy' })],
      headTeacherStatement: { ...statement('2027-06-01', 10, 'Met.'), madeIn: 'candidate-copy' },
    });
    const merge = planFeedbackMerge(target(), claimed, () => 'x', 2000);
    expect(merge.signOffsToPut.map((one) => one.madeIn)).toEqual(['mentor-copy']);
    expect(merge.headTeacherStatement?.madeIn).toBe('mentor-copy');
  });

  it('keeps a different record that arrives under an id already here beside it, never over it', () => {
    const here = meeting('m1', 'mentor');
    const merge = planFeedbackMerge(
      target({ mentorRecords: [here] }),
      feedback({ mentorRecords: [{ ...here, focus: 'Something else' }] }),
      () => 'renewed',
      2000,
    );
    expect(merge.recordsToAdd).toEqual([{ ...here, id: 'renewed', focus: 'Something else' }]);
  });

  it('takes only the mentor’s words: comments, replies and records said to be the candidate’s are left out', () => {
    const here = comment('c1', 'candidate');
    const merge = planFeedbackMerge(
      target({ sectionComments: [here] }),
      feedback({
        sectionComments: [
          comment('c-new', 'candidate'),
          { ...here, replies: [{ id: 'r1', author: 'candidate', text: 'Not mine', createdAt: 20 }] },
        ],
        mentorRecords: [meeting('m1', 'candidate')],
      }),
      () => 'new',
      2000,
    );
    expect([merge.commentsToPut, merge.recordsToAdd]).toEqual([[], []]);
    expect(merge.summary.leftOut).toBe(2);
  });

  it('keeps a different record under an id already here once, not again each time the feedback comes in', () => {
    const here = meeting('m1', 'mentor');
    const incoming = feedback({ mentorRecords: [{ ...here, focus: 'Something else' }] });
    const once = applied(target({ mentorRecords: [here] }), incoming);
    expect(once.mentorRecords).toHaveLength(2);
    expect(isEmptyMerge(planFeedbackMerge(once, incoming, () => 'again', 3000))).toBe(true);
  });

  it('leaves out what the candidate deleted or withdrew: the same comment, record, sign-off or statement does not come back', () => {
    const withdrawnSignOff = signOff('A1', { state: 'not-yet-met' });
    const withdrawnStatement = statement('2027-06-01', 5);
    const here = target({
      deletions: [
        { kind: 'comment', id: 'c1', portfolioId: P, deletedAt: 1 },
        { kind: 'record', id: 'm1', portfolioId: P, deletedAt: 1 },
        { kind: 'sign-off', id: 'd3', portfolioId: P, signOff: withdrawnSignOff, deletedAt: 1 },
        {
          kind: 'statement',
          id: 'd4',
          portfolioId: P,
          signatory: 'mentor',
          signature: withdrawnStatement,
          deletedAt: 1,
        },
      ],
    });
    const merge = planFeedbackMerge(
      here,
      feedback({
        sectionComments: [comment('c1', 'mentor')],
        mentorRecords: [meeting('m1', 'mentor')],
        signOffs: [withdrawnSignOff],
        mentorStatement: withdrawnStatement,
      }),
      () => 'new',
      2000,
    );
    expect(isEmptyMerge(merge)).toBe(true);
    expect(merge.summary.leftOut).toBe(4);
    // A different judgement on the same outcome is the mentor's new word, and comes in.
    expect(
      planFeedbackMerge(here, feedback({ signOffs: [signOff('A1', { state: 'met' })] }), () => 'new', 2000)
        .signOffsToPut,
    ).toHaveLength(1);
  });

  it('puts everything it adds in the portfolio the feedback is on, whatever the file says', () => {
    const stray = { portfolioId: 'another-portfolio' };
    const merge = planFeedbackMerge(
      target(),
      feedback({
        sectionComments: [comment('c1', 'mentor', stray)],
        mentorRecords: [{ ...meeting('m1', 'mentor'), ...stray }],
        signOffs: [signOff('A1', { ...stray, id: 'not-the-outcome' })],
      }),
      () => 'new',
      2000,
    );
    expect(
      [...merge.commentsToPut, ...merge.recordsToAdd, ...merge.signOffsToPut].map((record) => record.portfolioId),
    ).toEqual([P, P, P]);
    expect(merge.signOffsToPut[0]?.id).toBe('A1');
  });
});
