import { describe, expect, it } from 'vitest';
import { findIdentifyingData, type Finding, type FindingKind } from './identifying-data.js';
import { loadLexicon } from './lexicon.js';
import { generatedSample, type PlantedIdentifier } from './sample-texts.test-data.js';

/**
 * How well the check does on a larger generated sample: precision (how many findings are
 * real) and recall (how many planted identifiers are found). The sample is invented and was
 * written alongside the rules, so these numbers say the rules do what they claim on writing
 * of this kind, not how they do on a real portfolio.
 */
const SEEDS = [1, 2, 3];
const PARAGRAPHS = 400;

const NAMES: ReadonlySet<FindingKind> = new Set([
  'known-name',
  'name-near-pupil-word',
  'title-and-name',
  'likely-name',
  'organisation',
  'initials',
]);

/** A name found by any of the name rules counts as the name planted, whichever rule planted it. */
const compatible = (a: FindingKind, b: FindingKind) => a === b || (NAMES.has(a) && NAMES.has(b));
const overlaps = (finding: Finding, planted: PlantedIdentifier) =>
  finding.start < planted.end && planted.start < finding.end && compatible(finding.kind, planted.kind);

describe('precision and recall on generated portfolio prose', () => {
  it.each([
    ['with the names list alone', false],
    ['with the word lists too, as the app runs it', true],
  ])('finds nearly every planted identifier without flagging much else, %s', async (_how, withLexicon) => {
    const context = withLexicon ? { lexicon: await loadLexicon(), authors: [] } : undefined;
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const seed of SEEDS) {
      const sample = generatedSample(seed, PARAGRAPHS);
      const findings = findIdentifyingData(sample.text, sample.names, context);
      for (const finding of findings) {
        if (sample.planted.some((planted) => overlaps(finding, planted))) truePositives++;
        else falsePositives++;
      }
      falseNegatives += sample.planted.filter(
        (planted) => !findings.some((finding) => overlaps(finding, planted)),
      ).length;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `Pupil-data check on ${SEEDS.length * PARAGRAPHS} generated paragraphs, ${_how}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${truePositives}/${falsePositives}/${falseNegatives})`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
