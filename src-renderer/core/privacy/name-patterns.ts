import type { Finding } from './identifying-data.js';
import { isKnownNotIdentifying, isNotAName, isResourceName, isSentenceWord } from './not-names.js';

/**
 * Names the writer has not put on their list, found by what stands around them: a word for
 * a child ("pupil Jamie", "Jamie, a pupil with ASD"), a year group or age ("Jamie (Year 4)"),
 * a parent or plan ("Jamie’s mum", "Jamie has an EHCP"), or a title ("Mrs Patel").
 * Only capitalised words of two or more letters can be names here, which keeps out the
 * usual pseudonyms (Pupil A, Child B, Student 3, P1) and acronyms (SEN, SpLD, DfE).
 */

// One word of a name: "Jamie", "O'Neill", "McDonald", "Smith-Jones"; not "SpLD", "DfE" or "A".
const NAME_WORD = String.raw`(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{M}\p{N}])`;
// Spaces inside one line: a name never runs on from one paragraph or cell into the next.
const GAP = String.raw`[ \u00A0]+`;
// The same, where a space may be left out: "Jamie(Year 4)", "Y4".
const SPACE_OR_NONE = String.raw`[ \u00A0]*`;
// A first name with up to two more names: "Jamie", "Jamie Smith", "Jamie Lee Smith".
const NAME = `${NAME_WORD}(?:${GAP}${NAME_WORD}){0,2}`;
// Names in a list after one cue: "pupils Jamie, Amy and Leo".
const NAMES = `${NAME}(?:(?:,${GAP}|${GAP}and${GAP}|${GAP}&${GAP})${NAME})*`;
// The words for a child that mark a name near them.
const CHILD_WORD = 'pupils?|child(?:ren)?|students?|boys?|girls?|learners?|sons?|daughters?';
// The same words capitalised: straight before another capitalised word they make a term ("Pupil Premium", "Child Protection", "Pupil Asset"), so they mark a name only before a comma, colon or bracket.
const CHILD_WORD_CAPITALISED = CHILD_WORD.replace(
  /(^|\|)(\p{Ll})/gu,
  (_, bar: string, letter: string) => bar + letter.toUpperCase(),
);
// A child's year group: "Year 4", "Yr 4", "Y4", "Year R"; not a school's range of years, "Year 7 to 11".
const YEAR_GROUP = String.raw`(?:Year|Yr|Y)${SPACE_OR_NONE}(?:\d{1,2}|R)(?![\p{L}\p{N}])(?!${SPACE_OR_NONE}(?:to|-|–)${SPACE_OR_NONE}\d)`;
// Words that lead from a word for a child to names: "pupils such as Amy", "a boy called Leo".
const INTRODUCING = String.raw`called|named|known${GAP}as|such${GAP}as|including|like`;
// Words that describe a thing rather than a child: "Talk Boost, a programme for children" is no child.
const NOT_DESCRIBING_A_CHILD =
  'for|with|to|of|in|on|at|by|from|about|across|among|the|a|an|our|their|programme|intervention|approach|tool|scheme|routine|resource|framework|strategy|way|group|club|service|course|session|lesson|activity|game|initiative|project|model|system|app';
// "a", "the Year 5", "one of our quieter Year 3": what may stand between a name's comma and the word for a child.
const DESCRIBED_AS = String.raw`(?:a|an|the|my|our|one${GAP}of${GAP}(?:the|my|our))${GAP}(?:(?!(?:${NOT_DESCRIBING_A_CHILD})s?${GAP})[\p{L}\p{N}-]+${GAP}){0,3}?`;

/** Whether the clue comes before the names it marks ("pupil Jamie") or after them ("Jamie (Year 4)"). */
type Order = 'cue-then-names' | 'names-then-cue';

/** A way of spotting a name, the order of name and clue, and what the writer is told. */
interface NamePattern {
  readonly pattern: RegExp;
  readonly order: Order;
  readonly reason: (cue: string) => string;
}

const NAME_PATTERNS: readonly NamePattern[] = [
  {
    // "pupil Jamie", "a Year 5 pupil, Jamie Smith,", "her son Jamie", "pupils such as Amy and Leo", "the girls (Amy and Zoë)"
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?<cue>(?:${CHILD_WORD})|(?:${CHILD_WORD_CAPITALISED})(?=[,:]|${SPACE_OR_NONE}\(|${GAP}(?:${INTRODUCING})${GAP}))(?:[,:]?${GAP}|${SPACE_OR_NONE}\()(?:(?:${INTRODUCING})${GAP})?(?<names>${NAMES})`,
      'dgu',
    ),
    order: 'cue-then-names',
    reason: (cue) => `Looks like a name after “${cue.toLowerCase()}”.`,
  },
  {
    // "Jamie, a pupil with ASD", "Jamie Smith, one of our Year 6 boys", "Jamie (a Year 2 boy with…)"
    pattern: new RegExp(
      String.raw`(?<names>${NAME})(?:,${GAP}|${SPACE_OR_NONE}\()(?:who${GAP}(?:is|was)${GAP})?${DESCRIBED_AS}(?<cue>${CHILD_WORD})(?![\p{L}])`,
      'dgu',
    ),
    order: 'names-then-cue',
    reason: (cue) => `Looks like a name near “${cue.toLowerCase()}”.`,
  },
  {
    // "Jamie is a Year 4 pupil", "Amy was one of the girls"
    pattern: new RegExp(
      String.raw`(?<names>${NAME})${GAP}(?:is|was)${GAP}${DESCRIBED_AS}(?<cue>${CHILD_WORD})(?![\p{L}])`,
      'dgu',
    ),
    order: 'names-then-cue',
    reason: (cue) => `Looks like a name near “${cue.toLowerCase()}”.`,
  },
  {
    // "Jamie (Year 4)", "Jamie (Y4, ASD)", "Jamie (aged 9)", "Jamie, aged 9,", "Jamie in Year 4", "Jamie is in Year 4", "Jamie, who is in Year 4,"
    pattern: new RegExp(
      String.raw`(?<names>${NAME})(?<cue>${SPACE_OR_NONE}\(${YEAR_GROUP}|${SPACE_OR_NONE}\(aged?${GAP}\d|,${GAP}aged${GAP}\d|(?:,${GAP}who${GAP}(?:is|was)|${GAP}(?:is|was))?(?:${GAP}now)?${GAP}in${GAP}${YEAR_GROUP})`,
      'dgu',
    ),
    order: 'names-then-cue',
    reason: () => 'Looks like a name beside a year group or age.',
  },
  {
    // "Jamie’s mum", "Jamie's EHCP", "Amy’s class teacher"
    pattern: new RegExp(
      String.raw`(?<names>${NAME})['’]s${GAP}(?<cue>mum|mother|dad|father|parents?|carers?|foster${GAP}carers?|family|grandparents?|grandmother|grandfather|nan|gran|brother|sister|siblings?|EHCP|EHC${GAP}plan|IEP|one-page${GAP}profile|pupil${GAP}passport|class${GAP}teacher|key${GAP}worker|TA)(?![\p{L}])`,
      'dgu',
    ),
    order: 'names-then-cue',
    reason: (cue) => `Looks like a name before “${cue}”.`,
  },
  {
    // "Jamie has an EHCP", "Amy was diagnosed with dyslexia", "Leo receives SEN support"
    pattern: new RegExp(
      String.raw`(?<names>${NAME})${GAP}(?:has|had|was${GAP}diagnosed${GAP}with|has${GAP}a${GAP}diagnosis${GAP}of|receives|received|is${GAP}on)${GAP}(?:an?${GAP}|the${GAP})?(?<cue>ASD|ADHD|ADD|EHCP|EHC${GAP}plan|SEMH|SLCN|MLD|SpLD|PDA|autism|dyslexia|dyspraxia|dyscalculia|SEN${GAP}support|SEN${GAP}register)(?![\p{L}])`,
      'dgu',
    ),
    order: 'names-then-cue',
    reason: () => 'Looks like a name beside a need or plan.',
  },
];

// Every word of a name in a stretch of text.
const NAME_WORDS = new RegExp(NAME_WORD, 'gu');
// A title: "Mr", "Mrs.", "Dr".
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/u;
// A title and the name after it: "Mrs Patel", "Dr. O'Neill", "Mr J. Smith-Jones", "Ms Amy Patel".
const TITLE_AND_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?<title>Mr|Mrs|Ms|Miss|Mx|Dr)\.?${GAP}(?:\p{Lu}\.?${GAP})?(?<names>${NAME_WORD}(?:${GAP}${NAME_WORD})?)`,
  'dgu',
);

export function isTitle(word: string): boolean {
  return TITLE.test(word);
}

/** A word of a name and where it starts and ends in the text. */
interface NameWord {
  readonly start: number;
  readonly end: number;
}

/** The capitalised words in a stretch of text, each with its place in the whole text. */
export function nameWordsIn(text: string, start: number, end: number): NameWord[] {
  const words: NameWord[] = [];
  for (const match of text.slice(start, end).matchAll(NAME_WORDS)) {
    words.push({ start: start + match.index, end: start + match.index + match[0].length });
  }
  return words;
}

/** Words with only spaces between them belong to one name; anything else starts the next. */
function groupIntoNames(text: string, words: readonly NameWord[]): NameWord[][] {
  const names: NameWord[][] = [];
  for (const word of words) {
    const current = names.at(-1);
    const previous = current?.at(-1);
    if (current !== undefined && previous !== undefined && /^[ \u00A0]+$/u.test(text.slice(previous.end, word.start)))
      current.push(word);
    else names.push([word]);
  }
  return names;
}

/**
 * The real names among the words a pattern caught. After its clue ("pupil Jamie Year 4") a
 * name runs until the first word that is not a name, and a list ends at its first item that
 * is not a name. Before its clue, words that start sentences are dropped ("Then Jamie (Year 4)"),
 * and a run holding a school or SEN word is a term, not a name ("Reading Recovery, a…").
 */
function namesNearCue(text: string, start: number, end: number, order: Order): NameWord[] {
  const names = groupIntoNames(text, nameWordsIn(text, start, end));
  const wordOf = (word: NameWord) => text.slice(word.start, word.end);
  const span = (words: readonly NameWord[]) => {
    const first = words.at(0);
    const last = words.at(-1);
    return first === undefined || last === undefined ? undefined : { start: first.start, end: last.end };
  };
  if (order === 'names-then-cue') {
    const caught = names.at(-1) ?? [];
    const firstName = caught.findIndex((word) => !isSentenceWord(wordOf(word)));
    const words = firstName === -1 ? [] : caught.slice(firstName);
    const name = span(words);
    return name === undefined || words.some((word) => isNotAName(wordOf(word))) ? [] : [name];
  }
  const found: NameWord[] = [];
  for (const words of names) {
    const firstNotAName = words.findIndex((word) => isNotAName(wordOf(word)));
    const name = span(firstNotAName === -1 ? words : words.slice(0, firstNotAName));
    if (name === undefined) break;
    found.push(name);
  }
  return found;
}

export function findNamesNearPupilWords(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, order, reason } of NAME_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const names = match.indices?.groups?.['names'];
      if (names === undefined) continue;
      const why = reason(match.groups?.['cue']?.trim() ?? '');
      for (const name of namesNearCue(text, names[0], names[1], order)) {
        findings.push({
          kind: 'name-near-pupil-word',
          start: name.start,
          end: name.end,
          text: text.slice(name.start, name.end),
          reason: why,
        });
      }
    }
  }
  return findings;
}

/**
 * The name after a title. A title is the surest clue there is, so the first word is taken as a
 * name even when it is also a school or everyday word (Mrs Page, Mr Young, Ms Head, Mrs May),
 * unless it names a resource ("Mr Tumble"); a second word that is a school word is left out
 * ("Mrs Patel Year 4").
 */
function nameAfterTitle(text: string, start: number, end: number): NameWord | undefined {
  const [first, second] = nameWordsIn(text, start, end);
  if (
    first === undefined ||
    isResourceName(text.slice(first.start, first.end)) ||
    isKnownNotIdentifying(text.slice(first.start, first.end))
  )
    return undefined;
  return second === undefined || isNotAName(text.slice(second.start, second.end))
    ? first
    : { start: first.start, end: second.end };
}

export function findTitlesAndNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(TITLE_AND_NAME)) {
    const names = match.indices?.groups?.['names'];
    const name = names === undefined ? undefined : nameAfterTitle(text, names[0], names[1]);
    if (name === undefined) continue;
    findings.push({
      kind: 'title-and-name',
      start: match.index,
      end: name.end,
      text: text.slice(match.index, name.end),
      reason: `Looks like a name after “${match.groups?.['title'] ?? ''}”.`,
    });
  }
  return findings;
}
