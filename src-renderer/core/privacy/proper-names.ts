import { citedStretches, type Stretch } from './citations.js';
import type { Finding } from './identifying-data.js';
import type { Lexicon } from './lexicon.js';
import {
  isCountryWord,
  isGenericOrganisationWord,
  isKnownAcronym,
  isNationalMarker,
  isSentenceWord,
  isTermOrResource,
} from './not-names.js';

/**
 * Names found without the writer's list and without a clue beside them, as a reader finds
 * them: a capitalised word in the middle of a sentence that is a given name or no English
 * word ("Kacper", "Okafor", "Barnsley", "Grace" but not "Precision Teaching"); a school,
 * council or local organisation by its shape ("Oakfield Primary School", "Kent County
 * Council", "Brookside Children's Centre"); and a word once found as a name, wherever else it
 * stands in the same text ("Grace struggled" at the start of a sentence). The authors cited
 * and those in the reading log are never flagged; nor are programmes, tests, national bodies,
 * countries, languages or faiths (not-names.ts).
 */

export interface NameContext {
  readonly lexicon: Lexicon;
  /** The family names of the reading log's authors and editors ("Norwich", "de Boer"): the people read are not people in school. */
  readonly authors: readonly string[];
}

interface Token {
  readonly start: number;
  /** Without a possessive ’s. */
  readonly end: number;
  readonly word: string;
  readonly sentenceStart: boolean;
}

// "Kacper", "O'Neill", "D’Souza", "McDonald", "Smith-Jones", "Ellie-May", "Nguyễn"; a possessive ’s is read but not kept.
// An apostrophe before the word is a quotation mark ('Kofi said…'), not part of a name, unless a letter stands before it.
const NOT_IN_A_WORD = String.raw`(?<![\p{L}\p{M}\p{N}-])(?<![\p{L}\p{M}\p{N}]['’])`;
const CAPITALISED = new RegExp(
  String.raw`${NOT_IN_A_WORD}((?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]+)*)(?:['’]s?)?(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
// Initials standing for a person: "JT", "KO", "RS-J".
const INITIALS = new RegExp(
  String.raw`${NOT_IN_A_WORD}(\p{Lu}{2,3}(?:-\p{Lu})?)(?:['’]s)?(?![\p{L}\p{M}\p{N}-])`,
  'gu',
);
// What may stand between the end of a sentence (or line) and its first word: spaces, quotes, brackets, list marks, heading numbers, a time.
const SENTENCE_OPENING = /(?:(?:^|[.!?:;\n•–—]|\s-\s)[\s"“‘'([*\d.)•–-]*|\s["“‘'])$/u;
// Verbs that follow a person: "Hazel linked the discussion", "Will was in yellow".
const PERSON_VERB =
  /^[ \u00A0]+(?:said|says|told|tells|asked|asks|explained|was|is|has|had|did|does|could|can|would|will|wanted|wants|felt|feels|thought|thinks|agreed|agrees|needed|needs|joined|left|arrived|came|went|made|makes|took|takes|used|uses|worked|works|read|reads|wrote|writes|linked|noted|reported|described|suggested|struggled|struggles|loves|loved|likes|liked|enjoys|enjoyed|refused|refuses|showed|shows|tried|tries|began|started|finished|moved|lives|lived|spoke|speaks)\b/u;
// What follows and goes before a child, never an author read: "Rose struggled", "I observed Rose".
const CHILD_AFTER =
  /^(?:['’]s[ \u00A0]+(?:mum|mother|dad|father|parents?|carers?|family|brother|sister|teacher|class|EHCP|plan|needs|reading|behaviour|attendance)|[ \u00A0]+(?:struggled|struggles|was|is|has|had|joined|left|arrived|loves|loved|likes|liked|enjoys|enjoyed|refused|refuses|tried|tries|began|started|finished|moved|lives|lived|spoke|speaks|told|tells|asked|said|says|cried|laughed|smiled|sat|stood|ran|read|wrote|made|needs|needed|wanted|wants|felt|feels|responds|responded|is|was|became|seems|seemed)\b)/u;
const CHILD_BEFORE =
  /\b(?:observed|with|helped|supported|taught|met|told|asked|gave|praised|encouraged|watched|heard|saw|noticed|pupil|child|girl|boy|son|daughter|learner|student)[ \u00A0]+$/u;
// What may follow "Will" or "May" as verbs: these say nothing of a person.
const AFTER_A_MODAL =
  /^[ \u00A0]+(?:read|will|can|could|would|did|does|made|used|worked|moved|started|finished|joined|left|came|went|took)\b/u;
// Words of time that are also given names ("Summer", "April", "May") and how they stand when they are times: "in Summer", "Summer Term", "May 2026".
const TIME_WORDS = new Set([
  'spring',
  'summer',
  'autumn',
  'winter',
  'april',
  'may',
  'june',
  'july',
  'august',
  'january',
]);
const BEFORE_A_TIME =
  /(?:\b(?:in|this|last|next|the|over|during|by|until|till|before|after|since|early|late|each|every|of|from|to|through|throughout|mid|end|start|beginning|and|or)|\b\d{1,2}(?:st|nd|rd|th)?)[ \u00A0]+$/iu;
const AFTER_A_TIME =
  /^(?:[ \u00A0]+(?:Term|term|terms|half|holiday|holidays|break|school|[12]|\d{4}|\d{1,2}(?:st|nd|rd|th)?\b)|[ \u00A0]*[–-][ \u00A0]*\d)/u;
// A capitalised run ending in one of these names a test, a programme or a model, place name and all: "Salford Sentence Reading Test", "Boxall Profile".
const RESOURCE_ENDINGS =
  /^(?:Test|Tests|Assessment|Scale|Scales|Profile|Screener|Screening|Programme|Programmes|Program|Intervention|Approach|Model|Framework|Index|Inventory|Questionnaire|Battery|Toolkit|Scheme|Curriculum|Method|Cycle|Taxonomy|Hierarchy)$/u;
const RESOURCE_LINKING = /^(?:['’]s?)?(?:[ \u00A0]+(?:of|for|and|&))*[ \u00A0]+$/u;

/** The capitalised words of a text, each marked when it starts a sentence, a line or a heading. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const word = match[1] ?? '';
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      word,
      sentenceStart: SENTENCE_OPENING.test(text.slice(Math.max(0, match.index - 12), match.index)),
    });
  }
  return tokens;
}

const within = (stretches: readonly Stretch[], start: number, end: number) =>
  stretches.some((stretch) => start < stretch.end && stretch.start < end);

/** A word as the lists hold it: lower case, without accents ("Oisín" is "oisin"). */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The stretches of capitalised runs that name a test, programme or model ("Salford Sentence Reading Test"). */
function resourceRuns(text: string, tokens: readonly Token[]): Stretch[] {
  return runsOf(text, tokens, RESOURCE_LINKING).flatMap((run) => {
    const [first] = run;
    return first === undefined
      ? []
      : run
          .filter((token) => RESOURCE_ENDINGS.test(token.word))
          .map((ending) => ({ start: first.start, end: ending.end }));
  });
}

export function findProperNames(text: string, context: NameContext): Finding[] {
  const { lexicon } = context;
  const tokens = tokensOf(text);
  const cited = [...citedStretches(text), ...resourceRuns(text, tokens)];
  const authors = new Set(context.authors.flatMap((author) => author.split(/\s+/u)).map(folded));
  const parts = (token: Token) => token.word.split('-').map(folded);
  const isWord = (token: Token) => parts(token).every((part) => lexicon.englishWords.has(part));
  const isGiven = (token: Token) => parts(token).every((part) => lexicon.givenNames.has(part));
  const isPerson = (token: Token) =>
    parts(token).every((part) => lexicon.givenNames.has(part) || lexicon.peopleNames.has(part));
  /** "Ellie-May", "Summer-Rose": capitalised parts joined, one a given name, are a name whatever the dictionary says. */
  const isDoubleName = (token: Token) =>
    /^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)+$/u.test(token.word) && parts(token).some((part) => lexicon.givenNames.has(part));
  /** A lower-case word joined to capitals is no name: "Co-ordinator", "Non-verbal". */
  const compound = (token: Token) => /-\p{Ll}/u.test(token.word);
  const next = (token: Token) => text.slice(token.end, token.end + 40);
  const previousText = (token: Token) => text.slice(Math.max(0, token.start - 20), token.start);
  /**
   * A reading-log author named without a year ("as Norwich argues", "Reading Milton, I…") is no
   * one in school, and never flagged; but a surname of an author that is also a first name
   * stands for a child where only a child would stand: "Rose struggled", "I observed Rose".
   */
  const isAuthor = (token: Token) =>
    authors.has(folded(token.word)) &&
    !(isGiven(token) && (CHILD_AFTER.test(next(token)) || CHILD_BEFORE.test(previousText(token))));
  const neverAName = (token: Token) =>
    compound(token) ||
    isTermOrResource(token.word) ||
    isAuthor(token) ||
    within(cited, token.start, token.end) ||
    (isCountryWord(folded(token.word)) && !isGiven(token) && !isWord(token));
  /** A time that is also a name ("Summer"): a name only where no time would stand. */
  const timeAsName = (token: Token) =>
    TIME_WORDS.has(folded(token.word)) &&
    isGiven(token) &&
    !BEFORE_A_TIME.test(previousText(token)) &&
    !AFTER_A_TIME.test(next(token));
  /** A given name that is also a word, at the head of a capitalised term: "Early Years", "Golden Time". */
  const headsATerm = (token: Token, index: number) => {
    const following = tokens[index + 1];
    return (
      isWord(token) &&
      following !== undefined &&
      /^[ \u00A0]$/u.test(text.slice(token.end, following.start)) &&
      (isTermOrResource(following.word) || (isWord(following) && !isPerson(following)))
    );
  };

  const organisations = findOrganisations(text, tokens, (token) => neverAName(token) || isSentenceWord(token.word));
  const names = new Set<string>();
  const flagged = new Set<Token>();
  const flag = (token: Token) => {
    flagged.add(token);
    names.add(folded(token.word));
  };
  tokens.forEach((token, index) => {
    if (TIME_WORDS.has(folded(token.word))) {
      if (!token.sentenceStart && timeAsName(token)) flag(token);
      return;
    }
    if (neverAName(token)) return;
    // A word that opens sentences ("Will", "May") is a name there only before a verb no such word takes: "Will was in yellow".
    if (token.sentenceStart && isSentenceWord(token.word)) {
      if (isGiven(token) && PERSON_VERB.test(next(token)) && !AFTER_A_MODAL.test(next(token))) flag(token);
      return;
    }
    if (isDoubleName(token)) flag(token);
    else if (!token.sentenceStart) {
      if (!isWord(token) || (isGiven(token) && !headsATerm(token, index))) flag(token);
    } else if (
      isPerson(token) &&
      (!isWord(token) || (isGiven(token) && (PERSON_VERB.test(next(token)) || /^[ \u00A0]+\(/u.test(next(token)))))
    )
      flag(token);
  });
  // "Poppy and Ahmed arrive": a given name joined by "and" to a name found is a name too.
  tokens.forEach((token, index) => {
    const partner = tokens[index + 1];
    if (
      !flagged.has(token) &&
      isGiven(token) &&
      !neverAName(token) &&
      partner !== undefined &&
      flagged.has(partner) &&
      /^[ \u00A0]+and[ \u00A0]+$/u.test(text.slice(token.end, partner.start))
    )
      flag(token);
  });
  for (const organisation of organisations)
    for (const word of organisation.particular) if (!lexicon.englishWords.has(word)) names.add(word);
  // Then every other place the same word stands as a name: "Grace" at the start of a sentence, "Hillcrest" without "Academy".
  for (const token of tokens) {
    const time = TIME_WORDS.has(folded(token.word)) && !timeAsName(token);
    if (
      !flagged.has(token) &&
      names.has(folded(token.word)) &&
      !neverAName(token) &&
      !time &&
      !(token.sentenceStart && isSentenceWord(token.word))
    )
      flagged.add(token);
  }

  const findings: Finding[] = organisations.map(({ start, end, reason }) => ({
    kind: 'organisation',
    start,
    end,
    text: text.slice(start, end),
    reason,
  }));
  const couldBeName = (token: Token) =>
    !neverAName(token) && !isSentenceWord(token.word) && (isPerson(token) || !isWord(token));
  for (const name of fullNames(text, tokens, flagged, couldBeName)) {
    const [first] = name;
    const last = name.at(-1);
    if (first === undefined || last === undefined) continue;
    const reason = name.some(isGiven)
      ? 'Looks like someone’s name: it is a first name.'
      : 'Looks like a name: it is in no English dictionary.';
    findings.push({
      kind: 'likely-name',
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      reason,
    });
  }
  for (const match of text.matchAll(INITIALS)) {
    const initials = match[1] ?? '';
    if (isKnownAcronym(initials) || within(cited, match.index, match.index + initials.length)) continue;
    findings.push({
      kind: 'initials',
      start: match.index,
      end: match.index + initials.length,
      text: initials,
      reason: 'Looks like someone’s initials.',
    });
  }
  return findings;
}

/** The tokens in runs: each run's tokens follow one another with only `linking` text between them. */
function runsOf(text: string, tokens: readonly Token[], linking: RegExp): Token[][] {
  const runs: Token[][] = [];
  let previous: Token | undefined;
  for (const token of tokens) {
    const run = runs.at(-1);
    if (run !== undefined && previous !== undefined && linking.test(text.slice(previous.end, token.start)))
      run.push(token);
    else runs.push([token]);
    previous = token;
  }
  return runs;
}

/** Flagged words with the capitalised words beside them that could be part of the same name: "Catherine Doyle", "Kelsey Hall". */
function fullNames(
  text: string,
  tokens: readonly Token[],
  flagged: ReadonlySet<Token>,
  couldBeName: (token: Token) => boolean,
): Token[][] {
  const names: Token[][] = [];
  for (const run of runsOf(text, tokens, /^[ \u00A0]$/u)) {
    let part: Token[] = [];
    const close = () => {
      if (part.some((token) => flagged.has(token))) names.push(part);
      part = [];
    };
    for (const token of run) {
      if (flagged.has(token) || couldBeName(token)) part.push(token);
      else close();
    }
    close();
  }
  return names;
}

interface Organisation extends Stretch {
  readonly reason: string;
  /** Its own words, in lower case ("oakfield" of "Oakfield Primary School"), found again when they stand alone. */
  readonly particular: readonly string[];
}

/**
 * Organisations by their shape: capitalised words (with "St", "of", "and", "C of E" between
 * them) ending in a word such names end in, and "London Borough of Newham". Only those with a
 * word of their own are flagged: "Oakfield Primary School" and "Kent County Council" are
 * somewhere; "the National Autistic Society" and "the Education Endowment Foundation" are
 * everywhere.
 */
function findOrganisations(
  text: string,
  tokens: readonly Token[],
  excluded: (token: Token) => boolean,
): Organisation[] {
  const found: Organisation[] = [];
  for (const run of runsOf(text, tokens, LINKING)) {
    // Sentence words and the like do not begin a name: "When Oakfield Primary…" is Oakfield Primary.
    const begins = run.findIndex((token) => !excluded(token) || isGenericOrganisationWord(token.word));
    run.forEach((token, index) => {
      const kind =
        ENDINGS.find(([ending]) => ending.test(token.word))?.[1] ??
        (BOROUGH_OF.test(text.slice(Math.max(0, token.start - 14), token.start)) ? 'council' : undefined);
      if (kind === undefined || begins < 0) return;
      const words = run.slice(begins, index + 1);
      const [first] = words;
      if (words.length < 2 || first === undefined) return;
      // "Royal Borough of Greenwich" is a council; "Oak National Academy" and "the British Dyslexia Association" are everyone's.
      if (
        words.some((word) => isNationalMarker(word.word)) &&
        !(kind === 'council' && /Borough/u.test(text.slice(first.start, token.end)))
      )
        return;
      const particular = words.filter(
        (word) =>
          !isGenericOrganisationWord(word.word) &&
          !ENDINGS.some(([ending]) => ending.test(word.word)) &&
          !excluded(word),
      );
      if (particular.length > 0)
        found.push({
          start: first.start,
          end: token.end,
          reason: REASONS[kind],
          particular: particular.map((word) => word.word.toLowerCase()),
        });
    });
  }
  return found;
}

const REASONS = {
  school: 'Looks like the name of a school.',
  council: 'Looks like the name of a council.',
  organisation: 'Looks like the name of a local organisation or place.',
} as const;

/** What may stand between the words of one name: spaces, a possessive, and "of", "and", "C of E", "upon". */
const LINKING = /^(?:['’]s?)?(?:[ \u00A0]+(?:of|and|&|upon|on|C of E|CofE|CE|RC))*[ \u00A0]+$/u;
const BOROUGH_OF = /Borough of\s+$/u;
/** The last words of names of each kind. */
const ENDINGS: readonly (readonly [RegExp, keyof typeof REASONS])[] = [
  [
    /^(?:School|Schools|Primary|Infants?|Juniors?|Nursery|Academy|College|Federation|Preschool|Pre-school|Kindergarten)$/u,
    'school',
  ],
  [/^Council$/u, 'council'],
  [
    /^(?:Therapy|Therapies|Centre|Center|Hub|Library|Church|Chapel|Cathedral|Mosque|Masjid|Gurdwara|Temple|Mandir|Synagogue|Club|FC|Hospital|Infirmary|Surgery|Clinic|Practice|Trust|Partnership|Foundation|Group|Forum|Project|Service|Services|Association|Society|Network|Alliance|Park|Estate|Road|Street|Lane|Avenue|Close|Grove|Drive|Crescent|Gardens|Terrace|Square)$/u,
    'organisation',
  ],
];
