/**
 * What the check knows of words without being told: given names, people's names of every
 * culture, and the words of English (scripts/make-lexicon.ts says where each list comes from).
 * A capitalised word in the middle of a sentence that is a given name, or is no English word,
 * is most likely someone's name, a school's or a place's.
 */
export interface Lexicon {
  /** Lower case, as every lookup is. */
  readonly givenNames: ReadonlySet<string>;
  /** Given names and family names together. */
  readonly peopleNames: ReadonlySet<string>;
  readonly englishWords: ReadonlySet<string>;
}

const setOf = (list: string): ReadonlySet<string> => new Set(list.split('\n'));

/** The lists, each a word a line, as sets. */
export function lexiconOf(lists: {
  readonly givenNames: string;
  readonly peopleNames: string;
  readonly englishWords: string;
}): Lexicon {
  return {
    givenNames: setOf(lists.givenNames),
    peopleNames: setOf(lists.peopleNames),
    englishWords: setOf(lists.englishWords),
  };
}

let loaded: Promise<Lexicon> | undefined;

/** The lists, loaded once, when the check first runs: about 1.2 MB the page does not need before then. */
export function loadLexicon(): Promise<Lexicon> {
  loaded ??= Promise.all([
    import('./lexicon/given-names.js'),
    import('./lexicon/people-names.js'),
    import('./lexicon/english-words.js'),
  ]).then(([givenNames, peopleNames, englishWords]) =>
    lexiconOf({ givenNames: givenNames.default, peopleNames: peopleNames.default, englishWords: englishWords.default }),
  );
  return loaded;
}
