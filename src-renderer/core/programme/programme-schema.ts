import * as v from 'valibot';
import {
  COUNTING_SWITCHES,
  EVIDENCE_TYPES,
  type PieceSettings,
  type ProgrammeSettings,
  type ProgrammeTemplate,
} from './programme.js';
import { PICTURE_QUALITIES } from '../pictures/print-size.js';
import { GENERATED_APPENDICES, SUBMISSION_FONTS, USUAL_SUBMISSION } from './submission-settings.js';

/**
 * Checks programme templates and piece settings, whether shipped, imported or edited,
 * and names the field that is wrong in the words the settings screen uses.
 */

const MAX_WORDS = 100_000;
const wholeNumber = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(`${what} must be a number.`),
    v.integer(`${what} must be a whole number.`),
    v.minValue(min, `${what} must be at least ${min.toLocaleString('en-GB')}.`),
    v.maxValue(max, `${what} must be at most ${max.toLocaleString('en-GB')}.`),
  );
const text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    v.nonEmpty(`${what} cannot be empty.`),
    v.maxLength(max, `${what} must be under ${max} characters.`),
  );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dueDate = v.nullable(
  v.pipe(
    v.string('The due date must be a date.'),
    v.regex(ISO_DATE, 'The due date must be a date like 2027-05-14.'),
    v.check(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      'The due date is not a real date.',
    ),
  ),
);

const countingRules = v.strictObject(
  Object.fromEntries(
    COUNTING_SWITCHES.map((name) => [name, v.boolean('Each counting switch must be on or off.')]),
  ) as Record<(typeof COUNTING_SWITCHES)[number], v.BooleanSchema<string>>,
);

const evidenceWords = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('none') }),
    v.strictObject({ kind: v.literal('fixed'), wordsPerItem: wholeNumber(0, 10_000, 'Words per evidence item') }),
    v.strictObject({
      kind: v.literal('by-type'),
      wordsByType: v.strictObject(
        Object.fromEntries(
          EVIDENCE_TYPES.map((type) => [type, wholeNumber(0, 10_000, 'Words for each evidence type')]),
        ) as Record<(typeof EVIDENCE_TYPES)[number], ReturnType<typeof wholeNumber>>,
      ),
    }),
    v.strictObject({ kind: v.literal('per-item') }),
  ],
  'How evidence converts to words must be none, fixed, by type or per item.',
);

const pieceFields = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/, 'A piece’s id must be lower-case letters, digits and hyphens.')),
  title: text('The title', 200),
  kind: v.picklist(
    ['evidence-portfolio', 'enquiry', 'assignment', 'outcomes-portfolio'],
    'The kind of piece is not one the app knows.',
  ),
  targetWords: v.nullable(wholeNumber(1, MAX_WORDS, 'The target')),
  tolerance: v.strictObject({
    belowPercent: wholeNumber(0, 100, 'The tolerance below the target'),
    abovePercent: wholeNumber(0, 100, 'The tolerance above the target'),
  }),
  dueDate,
  counting: countingRules,
  evidenceWords,
  moduleCode: v.pipe(
    v.string('The module code must be text.'),
    v.trim(),
    v.maxLength(30, 'The module code must be under 30 characters.'),
  ),
  moduleTitle: v.pipe(
    v.string('The module title must be text.'),
    v.trim(),
    v.maxLength(200, 'The module title must be under 200 characters.'),
  ),
  appendices: v.pipe(
    v.array(
      v.picklist(
        GENERATED_APPENDICES,
        'An appendix must be the reading log, the mentor handbook or the outcomes coverage.',
      ),
    ),
    v.check((appendices) => new Set(appendices).size === appendices.length, 'An appendix is listed twice.'),
  ),
};

export const pieceSettingsSchema = v.strictObject(pieceFields);

const sectionOutline = v.strictObject({
  title: text('A section’s title', 200),
  role: v.picklist(
    ['body', 'abstract', 'references', 'appendix'],
    'A section’s role must be body, abstract, references or appendix.',
  ),
});

const attendancePlan = v.nullable(
  v.strictObject({
    taughtDays: wholeNumber(1, 200, 'The number of taught days'),
    requiredShare: v.pipe(
      v.number('The attendance required must be a number.'),
      v.minValue(0, 'The attendance required must be between 0 % and 100 %.'),
      v.maxValue(1, 'The attendance required must be between 0 % and 100 %.'),
    ),
  }),
);

const submission = v.strictObject({
  programmeTitle: text('The programme’s title', 200),
  provider: v.pipe(
    v.string('The provider must be text.'),
    v.trim(),
    v.maxLength(200, 'The provider must be under 200 characters.'),
  ),
  declaration: text('The declaration', 2000),
  nameOnCover: v.boolean('Whether the name goes on the cover must be yes or no.'),
  layout: v.strictObject({
    font: v.picklist(SUBMISSION_FONTS, `The font must be one of ${SUBMISSION_FONTS.join(', ')}.`),
    fontSizePt: wholeNumber(10, 14, 'The font size'),
    lineSpacing: v.pipe(
      v.number('The line spacing must be a number.'),
      v.minValue(1, 'The line spacing must be between 1 and 2.'),
      v.maxValue(2, 'The line spacing must be between 1 and 2.'),
    ),
    marginCm: v.pipe(
      v.number('The margins must be a number.'),
      v.minValue(1.5, 'The margins must be between 1.5 and 4 cm.'),
      v.maxValue(4, 'The margins must be between 1.5 and 4 cm.'),
    ),
  }),
  // Optional, with the usual value, so templates and portfolio files written before they existed still read.
  pictureQuality: v.optional(
    v.picklist(PICTURE_QUALITIES, 'The picture quality must be standard, high or original.'),
    USUAL_SUBMISSION.pictureQuality,
  ),
  uploadLimitMb: v.optional(
    v.nullable(
      v.pipe(
        v.number('The upload limit must be a number of megabytes.'),
        v.minValue(1, 'The upload limit must be between 1 and 2,000 MB.'),
        v.maxValue(2000, 'The upload limit must be between 1 and 2,000 MB.'),
      ),
    ),
    USUAL_SUBMISSION.uploadLimitMb,
  ),
});

const studyPlan = v.nullable(
  v.strictObject({
    units: wholeNumber(1, 500, 'The number of study units'),
    hoursPerUnit: wholeNumber(1, 100, 'Hours per unit'),
  }),
);

export const programmeTemplateSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string(),
      v.regex(/^[a-z0-9-]{1,60}$/, 'The template’s id must be lower-case letters, digits and hyphens.'),
    ),
    name: text('The template’s name', 120),
    description: v.pipe(v.string(), v.maxLength(1000, 'The description must be under 1,000 characters.')),
    pieces: v.pipe(
      v.array(
        v.strictObject({
          ...pieceFields,
          sections: v.pipe(v.array(sectionOutline), v.minLength(1, 'Each piece needs at least one section.')),
        }),
      ),
      v.minLength(1, 'A programme needs at least one assessment piece.'),
      v.maxLength(20, 'A programme can have at most 20 assessment pieces.'),
      v.check(
        (pieces) => new Set(pieces.map((piece) => piece.id)).size === pieces.length,
        'Two assessment pieces share an id.',
      ),
    ),
    attendance: attendancePlan,
    studyPlan,
    submission,
  }),
);

export const programmeSettingsSchema = v.strictObject({
  templateId: v.string(),
  templateName: v.string(),
  attendance: attendancePlan,
  studyPlan,
  submission,
});

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export function checkProgrammeTemplate(value: unknown): Checked<ProgrammeTemplate> {
  const result = v.safeParse(programmeTemplateSchema, value, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  return { ok: false, problem: `${whereIs(issue.path ?? [], value)}${issue.message}` };
}

export function checkProgrammeSettings(value: unknown): Checked<ProgrammeSettings> {
  const result = v.safeParse(programmeSettingsSchema, value, { abortPipeEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, problem: result.issues[0].message };
}

export function checkPieceSettings(value: unknown): Checked<PieceSettings> {
  const result = v.safeParse(pieceSettingsSchema, value, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  return {
    ok: false,
    problem: `${whereIs([{ key: 'pieces' }, { key: 0 }, ...(issue.path ?? [])], { pieces: [value] })}${issue.message}`,
  };
}

/** "Module 1 — Assignment 2: " or "Piece 3, section 2: " in front of the message. */
function whereIs(path: readonly { readonly key: unknown }[], root: unknown): string {
  const keys = path.map((item) => item.key);
  const pieceIndex = keys[0] === 'pieces' && typeof keys[1] === 'number' ? keys[1] : undefined;
  if (pieceIndex === undefined) return '';
  const pieces = (root as { pieces?: unknown } | null)?.pieces;
  const piece = Array.isArray(pieces) ? (pieces[pieceIndex] as { title?: unknown } | undefined) : undefined;
  const name =
    typeof piece?.title === 'string' && piece.title.trim() !== ''
      ? `“${piece.title.trim()}”`
      : `Piece ${pieceIndex + 1}`;
  const sectionIndex = keys[2] === 'sections' && typeof keys[3] === 'number' ? keys[3] : undefined;
  return sectionIndex === undefined ? `${name}: ` : `${name}, section ${sectionIndex + 1}: `;
}
