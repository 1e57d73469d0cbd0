import { findDatesOfBirth } from './dates-of-birth.js';
import { findNamesNearPupilWords, findTitlesAndNames, isTitle, nameWordsIn } from './name-patterns.js';
import { findEmailAddresses, findPhoneNumbers, findPostcodes, findPupilNumbers } from './numbers-and-addresses.js';
import { findProperNames, type NameContext } from './proper-names.js';
import { nameKey, wholeNamesPattern } from './whole-name.js';

/**
 * Finding what could identify a pupil, a member of staff or the school in a portfolio's text,
 * so the writer can change it before the portfolio is exported or shared. The check suggests;
 * the writer decides. Nothing leaves the device.
 */

export type KnownNameKind = 'pupil' | 'staff' | 'school' | 'local-authority' | 'other';

/** A name the writer has listed on this device, with the pseudonym they chose for it ('' if none yet). */
export interface KnownName {
  readonly name: string;
  readonly kind: KnownNameKind;
  readonly pseudonym: string;
}

export type FindingKind =
  | 'known-name'
  | 'name-near-pupil-word'
  | 'title-and-name'
  | 'organisation'
  | 'likely-name'
  | 'initials'
  | 'date-of-birth'
  | 'upn'
  | 'postcode'
  | 'email'
  | 'phone';

/** Something in the text that may identify someone: where it is (offsets into the text checked) and why it was flagged. */
export interface Finding {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: string;
}

const KIND_IN_WORDS: Readonly<Record<KnownNameKind, string>> = {
  pupil: ' (pupil)',
  staff: ' (staff)',
  school: ' (school)',
  'local-authority': ' (local authority)',
  other: '',
};

/**
 * Which finding stays when two overlap: the writer's own list is surer than any pattern, and
 * a fixed-shape identifier surer than a guessed name. An email address comes before the list
 * because a listed name inside it ("jamie.smith@…") is only part of what identifies.
 */
const PRECEDENCE: Readonly<Record<FindingKind, number>> = {
  email: 0,
  'known-name': 1,
  upn: 2,
  'date-of-birth': 3,
  postcode: 4,
  phone: 5,
  'title-and-name': 6,
  'name-near-pupil-word': 7,
  organisation: 8,
  'likely-name': 9,
  initials: 10,
};

/** Names the patterns guessed, as against names from the writer's list. */
const GUESSED_NAMES: ReadonlySet<FindingKind> = new Set(['title-and-name', 'name-near-pupil-word', 'likely-name']);

/**
 * Everything in `text` that may identify someone. With `context` (the word lists and the
 * reading log's authors), names are found without any clue beside them too (proper-names.ts).
 */
export function findIdentifyingData(text: string, names: readonly KnownName[], context?: NameContext): Finding[] {
  const pseudonymWords = wordsOfPseudonyms(names);
  const guessedNames = [
    ...findNamesNearPupilWords(text),
    ...findTitlesAndNames(text),
    ...(context === undefined ? [] : findProperNames(text, context)),
  ].filter((finding) => !isPseudonym(finding, pseudonymWords));
  const findings = [
    ...findKnownNames(text, names),
    ...guessedNames,
    ...findDatesOfBirth(text),
    ...findPupilNumbers(text),
    ...findPostcodes(text),
    ...findEmailAddresses(text),
    ...findPhoneNumbers(text),
  ];
  return withoutOverlaps(text, findings);
}

function findKnownNames(text: string, names: readonly KnownName[]): Finding[] {
  const pattern = wholeNamesPattern(names.map((known) => known.name));
  if (pattern === undefined) return [];
  const byKey = new Map<string, KnownName>();
  for (const known of names) if (!byKey.has(nameKey(known.name))) byKey.set(nameKey(known.name), known);
  return [...text.matchAll(pattern)].map((match) => {
    const kind = byKey.get(nameKey(match[0]))?.kind ?? 'other';
    return {
      kind: 'known-name',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      reason: `A name on your list${KIND_IN_WORDS[kind]}.`,
    };
  });
}

/** The words of the writer's chosen pseudonyms: "Pupil Jay" must not be flagged as a name after “pupil”. */
function wordsOfPseudonyms(names: readonly KnownName[]): ReadonlySet<string> {
  return new Set(names.flatMap((known) => known.pseudonym.toLowerCase().split(/\s+/u)).filter((word) => word !== ''));
}

function isPseudonym(finding: Finding, pseudonymWords: ReadonlySet<string>): boolean {
  const words = finding.text.split(/\s+/u).filter((word) => !isTitle(word));
  return words.length > 0 && words.every((word) => pseudonymWords.has(word.toLowerCase()));
}

/**
 * One finding for each stretch of text, the surest kept. A guessed name that overlaps a surer
 * finding keeps its other words: in "pupil Jamie Smith" with Jamie listed, Smith is still flagged.
 * Which characters are taken is kept per character, so a text with thousands of findings
 * costs no more than reading it.
 */
function withoutOverlaps(text: string, findings: readonly Finding[]): Finding[] {
  const surestFirst = [...findings].sort(
    (a, b) => PRECEDENCE[a.kind] - PRECEDENCE[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const isFree = (finding: Finding) => taken.subarray(finding.start, finding.end).every((character) => character === 0);
  const kept: Finding[] = [];
  const keep = (finding: Finding) => {
    taken.fill(1, finding.start, finding.end);
    kept.push(finding);
  };
  for (const finding of surestFirst) {
    if (isFree(finding)) keep(finding);
    else if (GUESSED_NAMES.has(finding.kind)) wordsOf(text, finding).filter(isFree).forEach(keep);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Each word of a guessed name as a finding of its own, titles left out. */
function wordsOf(text: string, finding: Finding): Finding[] {
  return nameWordsIn(text, finding.start, finding.end)
    .map((word) => ({ ...finding, start: word.start, end: word.end, text: text.slice(word.start, word.end) }))
    .filter((word) => !isTitle(word.text));
}
