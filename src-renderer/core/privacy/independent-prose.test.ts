import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, type CorpusDocument, type IdentifierKind } from './corpus/corpus.test-data.js';
import { findIdentifyingData } from './identifying-data.js';
import { loadLexicon } from './lexicon.js';

/**
 * How well the check finds names in SENCO prose it was not written beside (corpus/README.md):
 * with no names list, only the word lists and each document's reading log. The development
 * set was read while the rules were written; the held-out set never was (only its totals were
 * looked at), so its figures are the ones docs/pupil-data.md reports.
 */

const read = (name: string) => corpusDocuments(readFileSync(new URL(`./corpus/${name}.json`, import.meta.url), 'utf8'));

async function score(documents: readonly CorpusDocument[]) {
  const lexicon = await loadLexicon();
  let found = 0;
  let marked = 0;
  let right = 0;
  let wrong = 0;
  const authorsFlagged: string[] = [];
  const byKind = new Map<IdentifierKind, { found: number; marked: number }>();
  for (const document of documents) {
    const findings = findIdentifyingData(document.text, [], { lexicon, authors: document.authors });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const finding of findings) {
      if (document.identifiers.some((identifier) => overlaps(finding, identifier))) right++;
      else {
        wrong++;
        if (document.authors.some((author) => finding.text.includes(author)))
          authorsFlagged.push(`${document.id}: ${finding.text}`);
      }
    }
    for (const identifier of document.identifiers) {
      const hit = findings.some((finding) => overlaps(finding, identifier));
      const kind = byKind.get(identifier.kind) ?? { found: 0, marked: 0 };
      byKind.set(identifier.kind, { found: kind.found + (hit ? 1 : 0), marked: kind.marked + 1 });
      found += hit ? 1 : 0;
      marked++;
    }
  }
  return {
    recall: found / marked,
    precision: right / (right + wrong),
    found,
    marked,
    right,
    wrong,
    authorsFlagged,
    byKind,
  };
}

describe.each(['held-out', 'development'])('the %s corpus of independent SENCO prose, with no names list', (name) => {
  it('finds at least 95 % of the names of pupils, families, staff, schools, councils, organisations and places, and at least 90 % of what it flags is one', async () => {
    const result = await score(read(name));
    const kinds = [...result.byKind].map(([kind, { found, marked }]) => `${kind} ${found}/${marked}`).join(', ');
    console.log(
      `Pupil-data check, ${name} corpus: recall ${result.recall.toFixed(3)} (${result.found}/${result.marked}), precision ${result.precision.toFixed(3)} (${result.right}/${result.right + result.wrong}); ${kinds}`,
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('never flags an author the reading log or a citation names', async () => {
    expect((await score(read(name))).authorsFlagged).toEqual([]);
  });
});
