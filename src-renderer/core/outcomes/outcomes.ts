/**
 * The award's learning outcomes, grouped in three areas. Providers number and word
 * them their own way, so each portfolio holds its own editable list.
 */
export const OUTCOME_AREAS = ['A', 'B', 'C'] as const;
export type OutcomeArea = (typeof OUTCOME_AREAS)[number];

export const OUTCOME_AREA_TITLES: Readonly<Record<OutcomeArea, string>> = {
  A: 'Professional knowledge and understanding',
  B: 'Leading and co-ordinating provision',
  C: 'Personal and professional qualities',
};

export interface Outcome {
  readonly id: string;
  readonly portfolioId: string;
  readonly area: OutcomeArea;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly position: number;
}

export type OutcomeDraft = Pick<Outcome, 'area' | 'code' | 'title' | 'description'>;

/**
 * A starting list drawn from the published outcome areas (shared domain notes). The full
 * numbered list is not verified: the app tells the candidate to check it against their
 * provider's handbook.
 */
export const STARTING_OUTCOMES: readonly OutcomeDraft[] = [
  {
    area: 'A',
    code: 'A1',
    title: 'The statutory and regulatory framework for SEN and disability',
    description:
      'The SEND Code of Practice 0–25, the Children and Families Act 2014 and the Equality Act 2010, and what they ask of the school.',
  },
  {
    area: 'A',
    code: 'A2',
    title: 'How SEN and disabilities affect pupils’ participation and learning',
    description: 'The high-incidence needs and the evidence on effective teaching for them.',
  },
  {
    area: 'A',
    code: 'A3',
    title: 'Identifying and assessing pupils’ needs',
    description: 'Using data and assessment to identify needs early and to plan the graduated approach.',
  },
  {
    area: 'A',
    code: 'A4',
    title: 'Theory and evidence behind effective leadership of SEN',
    description: 'What research says about leading inclusive provision and managing change.',
  },
  {
    area: 'B',
    code: 'B1',
    title: 'Working strategically with senior colleagues and governors',
    description: 'Shaping policy, provision and the school development plan for pupils with SEN.',
  },
  {
    area: 'B',
    code: 'B2',
    title: 'Leading, developing and, where necessary, challenging colleagues',
    description: 'Leading, developing and where necessary challenging senior leaders, colleagues and governors.',
  },
  {
    area: 'B',
    code: 'B3',
    title: 'Systems for identifying, planning, monitoring and reviewing',
    description: 'Developing, implementing, monitoring and evaluating systems that secure provision.',
  },
  {
    area: 'B',
    code: 'B4',
    title: 'Critically evaluating evidence about learning, teaching and assessment',
    description: 'Evaluating evidence about learning, teaching and assessment for pupils with SEN.',
  },
  {
    area: 'B',
    code: 'B5',
    title: 'Drawing on external sources of support and expertise',
    description: 'Working with other schools, services and agencies.',
  },
  {
    area: 'B',
    code: 'B6',
    title: 'Deploying and developing staff',
    description: 'Managing teaching assistants and developing staff so that provision is effective.',
  },
  {
    area: 'C',
    code: 'C1',
    title: 'Shaping a person-centred, inclusive ethos and culture',
    description: 'Championing pupils with SEN and their families across the school.',
  },
  {
    area: 'C',
    code: 'C2',
    title: 'Working in partnership with pupils and families',
    description: 'Putting pupils’ and parents’ views at the centre of planning and review.',
  },
  {
    area: 'C',
    code: 'C3',
    title: 'Reflecting on and developing one’s own practice',
    description: 'Using reflection, reading and feedback to improve as a SENCO.',
  },
];

/** The area an outcome code belongs to ("B3" → "B"), or undefined for a code without one. */
export function areaOfCode(code: string): OutcomeArea | undefined {
  const first = code.trim().charAt(0).toUpperCase();
  return (OUTCOME_AREAS as readonly string[]).includes(first) ? (first as OutcomeArea) : undefined;
}

export type PastedOutcomeLine =
  | { readonly ok: true; readonly line: number; readonly outcome: OutcomeDraft }
  | { readonly ok: false; readonly line: number; readonly text: string; readonly problem: string };

const PASTED_LINE = /^([A-Ca-c]\s?\d{1,2}(?:\.\d{1,2})?[a-z]?)[\s.:)–—-]+(.+)$/u;

/**
 * Reads outcomes pasted one per line ("B3 Working strategically with senior colleagues"),
 * as copied from a handbook: bullets, numbering punctuation and blank lines are ignored.
 * Every line is reported, so the preview can show what will and will not be added.
 */
export function parsePastedOutcomes(pasted: string): PastedOutcomeLine[] {
  const lines: PastedOutcomeLine[] = [];
  pasted.split(/\r?\n/u).forEach((raw, index) => {
    const text = raw.replace(/^[\s•\-*·–]+/u, '').trim();
    if (text === '') return;
    const match = PASTED_LINE.exec(text);
    if (match === null) {
      lines.push({ ok: false, line: index + 1, text, problem: 'Start the line with a code such as A1, B3 or C2.' });
      return;
    }
    const code = (match[1] ?? '').replace(/\s/gu, '').toUpperCase();
    const area = areaOfCode(code);
    const title = (match[2] ?? '').trim();
    if (area === undefined) return;
    lines.push({ ok: true, line: index + 1, outcome: { area, code, title: title.slice(0, 300), description: '' } });
  });
  return lines;
}

/** Sorts outcomes by area, then by the candidate's order. */
export function outcomesInOrder(outcomes: readonly Outcome[]): Outcome[] {
  return [...outcomes].sort((a, b) => a.area.localeCompare(b.area) || a.position - b.position);
}
