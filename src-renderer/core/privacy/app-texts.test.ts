import { describe, expect, it } from 'vitest';
import { REFLECTIVE_MODELS } from '../evidence/reflective-models.js';
import { STARTING_OUTCOMES } from '../outcomes/outcomes.js';
import { BUILT_IN_TEMPLATES } from '../programme/templates.js';
import { findIdentifyingData } from './identifying-data.js';
import { loadLexicon } from './lexicon.js';

/** What the app itself writes into a new portfolio must never be flagged: a new user would learn to ignore the check. */
describe('the app’s own words', () => {
  it('flags nothing in the templates’ part and section titles, the starting outcomes or the reflective models’ prompts', async () => {
    const lexicon = await loadLexicon();
    const texts = [
      ...BUILT_IN_TEMPLATES.flatMap((template) => [
        template.name,
        template.description,
        ...template.pieces.flatMap((piece) => [piece.title, ...piece.sections.map((section) => section.title)]),
      ]),
      ...STARTING_OUTCOMES.flatMap((outcome) => [outcome.title, outcome.description]),
      ...(JSON.stringify(REFLECTIVE_MODELS).match(/"[^"]{12,}"/gu) ?? []),
    ];
    const flagged = texts.flatMap((text) =>
      findIdentifyingData(text, [], { lexicon, authors: [] }).map((finding) => `${finding.text} in “${text}”`),
    );
    expect(flagged).toEqual([]);
  });
});
