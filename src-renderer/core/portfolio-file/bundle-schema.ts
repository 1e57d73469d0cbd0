import * as v from 'valibot';
import { MAX_STORED_FILE_BYTES } from '../files/limits.js';
import { EVIDENCE_TYPES } from '../programme/programme.js';
import { pieceSettingsSchema, programmeSettingsSchema } from '../programme/programme-schema.js';
import { readingLogDetailsSchema } from '../references/reading-log-schema.js';
import type { RichTextNode } from '../document/rich-text.js';

/**
 * What `portfolio.json` must be, checked on every read: every record as the database keeps it.
 * Limits are far above real use and far below what would strain the app.
 */

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/u));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/** A stored document's shape, walked without recursion: a hostile file may nest thousands deep. */
const MAX_NODES = 2_000_000;
const richText = v.custom<RichTextNode>((value) => {
  const stack: unknown[] = [value];
  let nodes = 0;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (++nodes > MAX_NODES || typeof node !== 'object' || node === null || Array.isArray(node)) return false;
    const { type, content, text: nodeText, marks, attrs } = node as Record<string, unknown>;
    if (typeof type !== 'string' || type.length > 50) return false;
    if (nodeText !== undefined && typeof nodeText !== 'string') return false;
    if (attrs !== undefined && (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs))) return false;
    if (
      marks !== undefined &&
      !(
        Array.isArray(marks) &&
        marks.every(
          (mark) => typeof mark === 'object' && mark !== null && typeof (mark as { type?: unknown }).type === 'string',
        )
      )
    )
      return false;
    if (content !== undefined) {
      if (!Array.isArray(content)) return false;
      stack.push(...(content as unknown[]));
    }
  }
  return true;
}, 'A text in the file is not in the form the app writes.');

const wordTally = v.strictObject({
  text: count,
  headings: count,
  quotations: count,
  citations: count,
  tables: count,
  captions: count,
});

const author = v.picklist(['candidate', 'mentor', 'head-teacher']);
const madeIn = v.optional(v.picklist(['mentor-copy', 'candidate-copy']));
const typedSignature = v.strictObject({
  statement: text(5000),
  name: text(200),
  date: isoDate,
  signedAt: v.optional(time),
  madeIn,
  outcomesMet: v.optional(
    v.pipe(
      v.strictObject({ met: count, of: count }),
      v.check(({ met, of }) => met <= of, 'More outcomes met than there are.'),
    ),
  ),
});
const signature = v.nullable(typedSignature);
const signOff = v.strictObject({
  id,
  portfolioId: id,
  outcomeId: id,
  state: v.picklist(['met', 'not-yet-met']),
  statement: text(5000),
  name: text(200),
  date: isoDate,
  author,
  updatedAt: time,
  madeIn,
});

const mentorCopy = v.strictObject({
  openedAt: time,
  sharedAt: text(40),
  asShared: v.strictObject({
    signOffs: list(signOff, 5000),
    mentorStatement: signature,
    headTeacherStatement: signature,
  }),
  feedbackSentAt: v.nullable(time),
});

const portfolio = v.strictObject({
  id,
  title: text(200),
  candidateName: text(200),
  candidateNumber: text(40),
  programme: programmeSettingsSchema,
  pieces: list(pieceSettingsSchema, 20),
  attendedDays: v.pipe(v.number(), v.minValue(0), v.maxValue(1000)),
  createdAt: time,
  updatedAt: time,
  mentorCopy: v.optional(mentorCopy),
});

const section = v.strictObject({
  id,
  portfolioId: id,
  pieceId: id,
  title: text(200),
  role: v.picklist(['body', 'abstract', 'references', 'appendix']),
  counted: v.boolean(),
  position: v.number(),
  words: wordTally,
  citedEntryIds: list(id, 10_000),
  updatedAt: time,
});

const outcome = v.strictObject({
  id,
  portfolioId: id,
  area: v.picklist(['A', 'B', 'C']),
  code: text(20),
  title: text(500),
  description: text(5000),
  position: v.number(),
});

const evidence = v.strictObject({
  id,
  portfolioId: id,
  pieceId: id,
  title: text(200),
  date: isoDate,
  type: v.picklist(EVIDENCE_TYPES),
  context: text(2000),
  description: text(5000),
  outcomeIds: list(id, 1000),
  wordsOverride: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))),
  commentaryWords: wordTally,
  citedEntryIds: list(id, 10_000),
  position: v.number(),
  createdAt: time,
  updatedAt: time,
});

// No larger than the app accepts (core/limits.ts): every file it took in can travel, and no file can bring in more.
const storedFile = {
  id,
  portfolioId: id,
  name: text(300),
  mediaType: text(200),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_STORED_FILE_BYTES)),
  createdAt: time,
  sha256,
};

const mentorRecord = v.variant('kind', [
  v.strictObject({
    kind: v.literal('meeting'),
    id,
    portfolioId: id,
    date: isoDate,
    focus: text(2000),
    outcomeIds: list(id, 1000),
    agreedActions: text(5000),
    initials: text(20),
    author,
    createdAt: time,
  }),
  v.strictObject({
    kind: v.literal('observation'),
    id,
    portfolioId: id,
    date: isoDate,
    focus: text(2000),
    notes: text(20_000),
    author,
    createdAt: time,
  }),
  v.strictObject({
    kind: v.literal('evidence-comment'),
    id,
    portfolioId: id,
    evidenceId: id,
    date: isoDate,
    comment: text(20_000),
    author,
    createdAt: time,
  }),
]);

const sectionComment = v.strictObject({
  id,
  portfolioId: id,
  sectionId: id,
  anchor: v.nullable(v.strictObject({ quote: text(20_000), prefix: text(200), suffix: text(200) })),
  author,
  text: text(5000),
  createdAt: time,
  replies: list(v.strictObject({ id, author, text: text(5000), createdAt: time }), 1000),
  resolvedAt: v.nullable(time),
});

const bundle = v.strictObject({
  portfolio,
  sections: list(section, 1000),
  sectionContents: list(v.strictObject({ sectionId: id, document: richText }), 1000),
  outcomes: list(outcome, 1000),
  evidence: list(evidence, 5000),
  evidenceCommentaries: list(v.strictObject({ evidenceId: id, document: richText }), 5000),
  attachments: list(v.strictObject({ ...storedFile, evidenceId: id }), 20_000),
  pictures: list(v.strictObject(storedFile), 20_000),
  studyLog: list(
    v.strictObject({
      id,
      portfolioId: id,
      date: isoDate,
      hours: v.pipe(v.number(), v.minValue(0), v.maxValue(24)),
      note: text(2000),
    }),
    20_000,
  ),
  readingLog: list(
    v.strictObject({ ...readingLogDetailsSchema.entries, id, portfolioId: id, createdAt: time, updatedAt: time }),
    20_000,
  ),
  mentorHandbook: v.nullable(
    v.strictObject({
      portfolioId: id,
      details: v.strictObject({
        mentorName: text(200),
        mentorRole: text(200),
        mentorContact: text(500),
        headTeacherName: text(200),
        school: text(300),
      }),
      mentorStatement: signature,
      headTeacherStatement: signature,
    }),
  ),
  mentorRecords: list(mentorRecord, 20_000),
  signOffs: list(signOff, 5000),
  sectionComments: list(sectionComment, 20_000),
  earlierVersions: list(
    v.variant('kind', [
      v.strictObject({ kind: v.literal('sign-off'), id, portfolioId: id, outcomeId: id, signOff, setAsideAt: time }),
      v.strictObject({
        kind: v.literal('statement'),
        id,
        portfolioId: id,
        signatory: v.picklist(['mentor', 'head-teacher']),
        signature: typedSignature,
        setAsideAt: time,
      }),
    ]),
    20_000,
  ),
  deletions: v.optional(
    list(
      v.variant('kind', [
        v.strictObject({ kind: v.picklist(['comment', 'record']), id, portfolioId: id, deletedAt: time }),
        v.strictObject({ kind: v.literal('sign-off'), id, portfolioId: id, signOff, deletedAt: time }),
        v.strictObject({
          kind: v.literal('statement'),
          id,
          portfolioId: id,
          signatory: v.picklist(['mentor', 'head-teacher']),
          signature: typedSignature,
          deletedAt: time,
        }),
      ]),
      100_000,
    ),
    [],
  ),
});

const feedback = v.strictObject({
  portfolioId: id,
  portfolioTitle: text(200),
  candidateName: text(200),
  sentBy: text(200),
  sentAt: time,
  sectionComments: list(sectionComment, 20_000),
  mentorRecords: list(mentorRecord, 20_000),
  signOffs: list(signOff, 5000),
  mentorStatement: signature,
  headTeacherStatement: signature,
});

export const portfolioFileSchema = v.variant('purpose', [
  v.strictObject({ purpose: v.picklist(['backup', 'share']), portfolios: list(bundle, 500) }),
  v.strictObject({ purpose: v.literal('feedback'), feedback }),
]);

/** Where in the file a problem is, in words: "portfolio 1, its sections, number 3, words". */
export function describeIssuePath(path: readonly { readonly key: unknown }[] | undefined): string {
  const parts: string[] = [];
  for (const { key } of path ?? []) parts.push(typeof key === 'number' ? `number ${key + 1}` : String(key));
  return parts.join(', ');
}
