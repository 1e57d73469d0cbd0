import { USUAL_SUBMISSION } from './submission-settings.js';
import {
  USUAL_COUNTING,
  type PieceTemplate,
  type ProgrammeTemplate,
  type SectionOutline,
  type Tolerance,
} from './programme.js';

/**
 * The programme shapes the app ships with, from the shared domain notes. Each is a
 * starting point: the candidate changes targets, dates, switches and sections in settings.
 */

const PLUS_MINUS_TEN: Tolerance = { belowPercent: 10, abovePercent: 10 };
const NO_TOLERANCE: Tolerance = { belowPercent: 0, abovePercent: 0 };

const body = (title: string): SectionOutline => ({ title, role: 'body' });

/** The provider's module code and title are the candidate's to fill in. */
const NO_MODULE = { moduleCode: '', moduleTitle: '' } as const;

export const ENQUIRY_SECTIONS: readonly SectionOutline[] = [
  { title: 'Abstract', role: 'abstract' },
  body('Introduction and rationale'),
  body('Literature review'),
  body('Methodology and ethics'),
  body('The intervention'),
  body('Findings'),
  body('Discussion'),
  body('Conclusions and recommendations'),
  body('Personal reflection'),
  { title: 'References', role: 'references' },
  { title: 'Appendices', role: 'appendix' },
];

function assignment(id: string, title: string, targetWords: number): PieceTemplate {
  return {
    id,
    title,
    kind: 'assignment',
    targetWords,
    tolerance: PLUS_MINUS_TEN,
    dueDate: null,
    counting: USUAL_COUNTING,
    evidenceWords: { kind: 'none' },
    ...NO_MODULE,
    appendices: [],
    sections: [body('Main text'), { title: 'References', role: 'references' }],
  };
}

/** Seed 000's shape: two parts, each 5,000 words (equivalent), each passed on its own. */
export const TWO_PARTS: ProgrammeTemplate = {
  id: 'two-parts',
  name: 'Two parts of 5,000 words',
  description:
    'Part 1, a Portfolio of Evidence with a reading log and the mentor handbook as appendices; Part 2, a Report of a Reflective Practitioner Enquiry.',
  pieces: [
    {
      id: 'part-1',
      title: 'Part 1 — Portfolio of Evidence',
      kind: 'evidence-portfolio',
      targetWords: 5000,
      tolerance: PLUS_MINUS_TEN,
      dueDate: null,
      counting: USUAL_COUNTING,
      // How evidence converts to words is the provider's call: the candidate enters it per item.
      evidenceWords: { kind: 'per-item' },
      ...NO_MODULE,
      // The reading log and the mentor handbook are Part 1's appendices, written from what the app holds.
      appendices: ['reading-log', 'mentor-handbook', 'coverage-matrix'],
      sections: [body('Reflective commentary'), body('Critical reflections on practice')],
    },
    {
      id: 'part-2',
      title: 'Part 2 — Reflective Practitioner Enquiry',
      kind: 'enquiry',
      targetWords: 5000,
      tolerance: PLUS_MINUS_TEN,
      dueDate: null,
      counting: USUAL_COUNTING,
      evidenceWords: { kind: 'none' },
      ...NO_MODULE,
      appendices: [],
      sections: ENQUIRY_SECTIONS,
    },
  ],
  attendance: { taughtDays: 10, requiredShare: 0.8 },
  studyPlan: null,
  submission: USUAL_SUBMISSION,
};

/** Seed 003's shape: two modules of two assignments, about 4,500 words a module, and a portfolio of evidence. */
export const TWO_MODULES: ProgrammeTemplate = {
  id: 'two-modules',
  name: 'Two modules, two assignments each',
  description:
    'Two modules over about ten months, each with two work-based assignments (about 4,500 words a module), and a portfolio of evidence.',
  pieces: [
    assignment('module-1-assignment-1', 'Module 1 — Assignment 1', 2250),
    assignment('module-1-assignment-2', 'Module 1 — Assignment 2', 2250),
    assignment('module-2-assignment-1', 'Module 2 — Assignment 1', 2250),
    assignment('module-2-assignment-2', 'Module 2 — Assignment 2', 2250),
    {
      id: 'portfolio-of-evidence',
      title: 'Portfolio of evidence',
      kind: 'evidence-portfolio',
      targetWords: null,
      tolerance: NO_TOLERANCE,
      dueDate: null,
      counting: USUAL_COUNTING,
      evidenceWords: { kind: 'none' },
      ...NO_MODULE,
      appendices: ['coverage-matrix', 'mentor-handbook'],
      sections: [body('Reflective commentary')],
    },
  ],
  attendance: { taughtDays: 12, requiredShare: 1 },
  studyPlan: { units: 24, hoursPerUnit: 5 },
  submission: USUAL_SUBMISSION,
};

/** The Exeter/Plymouth shape: module tasks with their own limits beside a pass/fail outcomes portfolio. */
export const OUTCOMES_PORTFOLIO: ProgrammeTemplate = {
  id: 'outcomes-portfolio',
  name: 'Learning-outcomes portfolio with module tasks',
  description:
    'A pass/fail learning-outcomes portfolio organised by areas A, B and C, with no set length, beside module tasks of 1,000, 2,500 and 1,500 words.',
  pieces: [
    assignment('critical-review', 'Critical review', 1000),
    assignment('evaluative-study', 'Evaluative study', 2500),
    assignment('send-data-reflection', 'Reflection on SEND data', 1500),
    {
      id: 'learning-outcomes-portfolio',
      title: 'Learning outcomes portfolio',
      kind: 'outcomes-portfolio',
      targetWords: null,
      tolerance: NO_TOLERANCE,
      dueDate: null,
      counting: USUAL_COUNTING,
      evidenceWords: { kind: 'none' },
      ...NO_MODULE,
      appendices: ['coverage-matrix', 'mentor-handbook'],
      sections: [
        body('Area A — Professional knowledge and understanding'),
        body('Area B — Leading and co-ordinating provision'),
        body('Area C — Personal and professional qualities'),
      ],
    },
  ],
  attendance: null,
  studyPlan: null,
  submission: USUAL_SUBMISSION,
};

/** A single piece to build from. */
export const BLANK: ProgrammeTemplate = {
  id: 'blank',
  name: 'Blank',
  description: 'One assignment to start from: add the pieces and sections your programme asks for in settings.',
  pieces: [assignment('assignment-1', 'Assignment 1', 5000)],
  attendance: null,
  studyPlan: null,
  submission: USUAL_SUBMISSION,
};

export const BUILT_IN_TEMPLATES: readonly ProgrammeTemplate[] = [TWO_PARTS, TWO_MODULES, OUTCOMES_PORTFOLIO, BLANK];
