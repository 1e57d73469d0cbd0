import type { RichTextNode } from '../document/rich-text.js';

/**
 * Reflective models candidates structure commentary with (shared domain notes). Choosing
 * one inserts its stages as headings, each over an empty paragraph where the stage's prompt
 * shows until the writer types: a prompt is never text, so it never counts or exports.
 */
export interface ReflectiveModel {
  readonly id: string;
  readonly name: string;
  readonly stages: readonly { readonly heading: string; readonly prompt: string }[];
}

export const REFLECTIVE_MODELS: readonly ReflectiveModel[] = [
  {
    id: 'gibbs',
    name: 'Gibbs’ reflective cycle',
    stages: [
      { heading: 'Description', prompt: 'What happened? Who was involved, where and when?' },
      { heading: 'Feelings', prompt: 'What were you thinking and feeling at the time?' },
      { heading: 'Evaluation', prompt: 'What went well, and what did not?' },
      { heading: 'Analysis', prompt: 'Why did it go that way? What does the reading say?' },
      { heading: 'Conclusion', prompt: 'What else could you have done? What have you learned?' },
      { heading: 'Action plan', prompt: 'What will you do next time, and how will you know it worked?' },
    ],
  },
  {
    id: 'kolb',
    name: 'Kolb’s experiential learning cycle',
    stages: [
      { heading: 'Concrete experience', prompt: 'Describe the experience.' },
      { heading: 'Reflective observation', prompt: 'What did you notice on reflection?' },
      { heading: 'Abstract conceptualisation', prompt: 'What theory or reading helps explain it?' },
      { heading: 'Active experimentation', prompt: 'What will you try as a result?' },
    ],
  },
  {
    id: 'rolfe',
    name: 'Rolfe: What? So what? Now what?',
    stages: [
      { heading: 'What?', prompt: 'What happened, and what was your part in it?' },
      { heading: 'So what?', prompt: 'What does it mean for pupils, colleagues and your practice?' },
      { heading: 'Now what?', prompt: 'What will you do now, and what might follow?' },
    ],
  },
  {
    id: 'brookfield',
    name: 'Brookfield’s four lenses',
    stages: [
      { heading: 'Autobiographical lens', prompt: 'What does your own experience as a learner and teacher tell you?' },
      { heading: 'Learners’ lens', prompt: 'What do the pupils’ views and responses tell you?' },
      { heading: 'Colleagues’ lens', prompt: 'What do colleagues, your mentor or other professionals see?' },
      { heading: 'Theoretical lens', prompt: 'What does research and the literature say?' },
    ],
  },
  {
    id: 'schon',
    name: 'Schön: reflection in and on action',
    stages: [
      { heading: 'Reflection in action', prompt: 'What did you notice and change while it was happening?' },
      { heading: 'Reflection on action', prompt: 'Looking back, what do you make of it now?' },
    ],
  },
];

/** The level of a model's stage headings: the sub-heading level, under a section's own headings. */
export const SCAFFOLD_HEADING_LEVEL = 3;

/** The headings a model inserts, each over an empty paragraph for the writing (where its prompt shows). */
export function scaffoldFor(model: ReflectiveModel): RichTextNode[] {
  return model.stages.flatMap((stage) => [
    { type: 'heading', attrs: { level: SCAFFOLD_HEADING_LEVEL }, content: [{ type: 'text', text: stage.heading }] },
    { type: 'paragraph' },
  ]);
}

const PROMPTS = new Map(
  REFLECTIVE_MODELS.flatMap((model) =>
    model.stages.map((stage) => [stage.heading.toLowerCase(), stage.prompt] as const),
  ),
);

/** The prompt for the paragraph under a heading, when the heading is a reflective model's stage. */
export function promptAfterHeading(heading: string): string | undefined {
  return PROMPTS.get(heading.trim().toLowerCase());
}
