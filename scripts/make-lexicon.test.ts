import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_FOLDER, lexiconLists, lexiconModule } from './make-lexicon.js';

describe('the word lists the pupil-data check carries', () => {
  it('are exactly what the installed packages hold: run `npx tsx scripts/make-lexicon.ts` after upgrading one', () => {
    for (const [name, words] of Object.entries(lexiconLists())) {
      expect(
        readFileSync(join(LEXICON_FOLDER, `${name}.ts`), 'utf8') === lexiconModule(name, words),
        `${name}.ts is out of date`,
      ).toBe(true);
    }
  });

  it('hold the names of children in English schools today, of every background, and the words of British English', () => {
    const lists = lexiconLists();
    for (const name of ['jayden', 'oliwia', 'kacper', 'aisha', 'mohammed', 'oluwaseun', 'siobhan', 'zainab', 'amelia'])
      expect(lists['given-names']).toContain(name);
    for (const name of ['patel', 'begum', 'hussain', 'nguyen', 'kowalski', 'okafor'])
      expect(lists['people-names']).toContain(name);
    for (const word of ['colour', 'organise', 'programme', 'grace', 'brown'])
      expect(lists['english-words']).toContain(word);
  });
});
