import { USUAL_SUBMISSION } from './submission-settings.js';
import { describe, expect, it } from 'vitest';
import { checkPieceSettings, checkProgrammeSettings, checkProgrammeTemplate } from './programme-schema.js';
import { BUILT_IN_TEMPLATES, TWO_PARTS } from './templates.js';

const withPiece = (change: Record<string, unknown>, index = 0) => ({
  ...TWO_PARTS,
  pieces: TWO_PARTS.pieces.map((piece, at) => (at === index ? { ...piece, ...change } : piece)),
});

describe('programme templates', () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.name, template] as const))(
    'ships %s as a valid template',
    (_name, template) => {
      expect(checkProgrammeTemplate(template)).toEqual({ ok: true, value: template });
    },
  );

  it.each([
    [withPiece({ targetWords: -5 }, 1), '“Part 2 — Reflective Practitioner Enquiry”: The target must be at least 1.'],
    [withPiece({ targetWords: 4500.5 }), '“Part 1 — Portfolio of Evidence”: The target must be a whole number.'],
    [
      withPiece({ tolerance: { belowPercent: 10, abovePercent: 150 } }),
      '“Part 1 — Portfolio of Evidence”: The tolerance above the target must be at most 100.',
    ],
    [withPiece({ dueDate: '2027-02-30' }), '“Part 1 — Portfolio of Evidence”: The due date is not a real date.'],
    [
      withPiece({ dueDate: '14/05/2027' }),
      '“Part 1 — Portfolio of Evidence”: The due date must be a date like 2027-05-14.',
    ],
    [withPiece({ title: '   ' }), 'Piece 1: The title cannot be empty.'],
    [withPiece({ sections: [] }), '“Part 1 — Portfolio of Evidence”: Each piece needs at least one section.'],
    [
      withPiece({ sections: [{ title: '', role: 'body' }] }),
      '“Part 1 — Portfolio of Evidence”, section 1: A section’s title cannot be empty.',
    ],
    [
      withPiece({ evidenceWords: { kind: 'fixed', wordsPerItem: 'lots' } }),
      '“Part 1 — Portfolio of Evidence”: Words per evidence item must be a number.',
    ],
    [
      withPiece({ evidenceWords: { kind: 'guess' } }),
      '“Part 1 — Portfolio of Evidence”: How evidence converts to words must be none, fixed, by type or per item.',
    ],
    [{ ...TWO_PARTS, pieces: [] }, 'A programme needs at least one assessment piece.'],
    [{ ...TWO_PARTS, pieces: [TWO_PARTS.pieces[0], TWO_PARTS.pieces[0]] }, 'Two assessment pieces share an id.'],
    [
      { ...TWO_PARTS, attendance: { taughtDays: 10, requiredShare: 1.5 } },
      'The attendance required must be between 0 % and 100 %.',
    ],
    [
      withPiece({ appendices: ['reading-log', 'reading-log'] }),
      '“Part 1 — Portfolio of Evidence”: An appendix is listed twice.',
    ],
    [
      withPiece({ appendices: ['photos'] }),
      '“Part 1 — Portfolio of Evidence”: An appendix must be the reading log, the mentor handbook or the outcomes coverage.',
    ],
    [
      withPiece({ moduleCode: 'X'.repeat(31) }),
      '“Part 1 — Portfolio of Evidence”: The module code must be under 30 characters.',
    ],
    [{ ...TWO_PARTS, submission: { ...USUAL_SUBMISSION, declaration: '  ' } }, 'The declaration cannot be empty.'],
    [
      {
        ...TWO_PARTS,
        submission: { ...USUAL_SUBMISSION, layout: { ...USUAL_SUBMISSION.layout, font: 'Comic Sans MS' } },
      },
      'The font must be one of Arial, Calibri, Verdana, Times New Roman.',
    ],
    [
      { ...TWO_PARTS, submission: { ...USUAL_SUBMISSION, layout: { ...USUAL_SUBMISSION.layout, marginCm: 0.5 } } },
      'The margins must be between 1.5 and 4 cm.',
    ],
    [
      { ...TWO_PARTS, submission: { ...USUAL_SUBMISSION, layout: { ...USUAL_SUBMISSION.layout, fontSizePt: 12.5 } } },
      'The font size must be a whole number.',
    ],
  ])('refuses a bad template and names the field (%#)', (template, problem) => {
    expect(checkProgrammeTemplate(template)).toEqual({ ok: false, problem });
  });

  it('trims titles and refuses unknown fields', () => {
    const result = checkProgrammeTemplate(withPiece({ title: '  Part 1  ' }));
    expect(result.ok && result.value.pieces[0]?.title).toBe('Part 1');
    expect(checkProgrammeTemplate({ ...TWO_PARTS, script: 'x' }).ok).toBe(false);
  });
});

describe('piece settings', () => {
  const { sections, ...part1 } = TWO_PARTS.pieces[0]!;
  expect(sections.length).toBeGreaterThan(0);

  it('accepts a piece without a word limit', () => {
    expect(checkPieceSettings({ ...part1, targetWords: null }).ok).toBe(true);
  });

  it('names the piece when a setting is wrong', () => {
    expect(checkPieceSettings({ ...part1, targetWords: 0 })).toEqual({
      ok: false,
      problem: '“Part 1 — Portfolio of Evidence”: The target must be at least 1.',
    });
  });
});

describe('programme settings', () => {
  const settings = {
    templateId: 'two-parts',
    templateName: 'Two parts',
    attendance: { taughtDays: 10, requiredShare: 0.8 },
    studyPlan: null,
    submission: USUAL_SUBMISSION,
  };

  it('accepts attendance and study plans, or none', () => {
    expect(checkProgrammeSettings(settings).ok).toBe(true);
    expect(
      checkProgrammeSettings({ ...settings, attendance: null, studyPlan: { units: 24, hoursPerUnit: 5 } }).ok,
    ).toBe(true);
  });

  it('says what is wrong', () => {
    expect(checkProgrammeSettings({ ...settings, attendance: { taughtDays: 0, requiredShare: 0.8 } })).toEqual({
      ok: false,
      problem: 'The number of taught days must be at least 1.',
    });
    expect(checkProgrammeSettings({ ...settings, studyPlan: { units: 12, hoursPerUnit: Number.NaN } })).toEqual({
      ok: false,
      problem: 'Hours per unit must be a number.',
    });
  });
});
