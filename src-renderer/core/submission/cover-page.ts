import { formatIsoDate } from '../dates/dates.js';
import type { CountingRules, PieceSettings } from '../programme/programme.js';
import type { SubmissionSettings } from '../programme/submission-settings.js';
import type { CoverDetail, CoverPage } from './submission.js';

/** A piece as the cover speaks of it: its count, and what its document holds that may not count. */
export interface CountedPiece {
  readonly piece: PieceSettings;
  readonly words: number;
  readonly holds: DocumentParts;
}

/** What a piece's document holds besides its text: only what is there is named as not counted. */
export interface DocumentParts {
  readonly evidenceWords: boolean;
  readonly tables: boolean;
  readonly captions: boolean;
  readonly abstract: boolean;
  readonly referenceList: boolean;
  readonly appendices: boolean;
}

export interface CoverInput {
  readonly submission: SubmissionSettings;
  readonly candidateName: string;
  readonly candidateNumber: string;
  /** The pieces in the document, each with the counting engine's number for it. */
  readonly pieces: readonly CountedPiece[];
  /** The heading of a whole-portfolio document: the portfolio's title. */
  readonly portfolioTitle: string;
  /** yyyy-mm-dd */
  readonly date: string;
}

const formatWords = (words: number) => `${words.toLocaleString('en-GB')} words`;

/**
 * The cover page. Marking is anonymous unless the programme's settings say otherwise: the
 * candidate number always, the name only when asked for. The word count is the counting
 * engine's, with a line on what it left out, since markers check counts in Word.
 */
export function coverPage(input: CoverInput): CoverPage {
  const { submission, pieces } = input;
  const single = pieces.length === 1 ? pieces[0] : undefined;
  const details: CoverDetail[] = [{ label: 'Programme', value: submission.programmeTitle }];
  if (submission.provider.trim() !== '') details.push({ label: 'Provider', value: submission.provider.trim() });
  const modules = [...new Set(pieces.map(({ piece }) => moduleName(piece)).filter((name) => name !== ''))];
  if (modules.length > 0)
    details.push({ label: modules.length === 1 ? 'Module' : 'Modules', value: modules.join('; ') });
  if (single !== undefined) details.push({ label: 'Assessment', value: single.piece.title });
  if (input.candidateNumber.trim() !== '')
    details.push({ label: 'Candidate number', value: input.candidateNumber.trim() });
  if (submission.nameOnCover && input.candidateName.trim() !== '')
    details.push({ label: 'Name', value: input.candidateName.trim() });
  details.push({ label: 'Date submitted', value: formatIsoDate(input.date) });
  if (single !== undefined) details.push({ label: 'Word count', value: formatWords(single.words) });
  else
    for (const { piece, words } of pieces)
      details.push({ label: `Word count, ${shortTitle(piece.title)}`, value: formatWords(words) });

  const notes = [...new Set(pieces.map(({ piece, holds }) => wordCountNote(piece.counting, holds)))];
  const signedBy = input.candidateNumber.trim() === '' ? 'The candidate' : `Candidate ${input.candidateNumber.trim()}`;
  return {
    heading: single?.piece.title ?? input.portfolioTitle,
    details,
    wordCountNote:
      notes.length === 1 && notes[0] !== undefined
        ? notes[0]
        : pieces.map(({ piece, holds }) => `${piece.title}: ${wordCountNote(piece.counting, holds)}`).join(' '),
    declaration: submission.declaration.trim(),
    signature: `${signedBy}, ${formatIsoDate(input.date)}`,
  };
}

/** "SEN7001 Leading inclusive provision", or whichever half is given. */
export function moduleName(piece: Pick<PieceSettings, 'moduleCode' | 'moduleTitle'>): string {
  return [piece.moduleCode.trim(), piece.moduleTitle.trim()].filter((part) => part !== '').join(' ');
}

/** The header on every page after the cover: candidate number, module code and a short title. */
export function runningHeader(
  candidateNumber: string,
  pieces: readonly Pick<PieceSettings, 'moduleCode' | 'title'>[],
  portfolioTitle: string,
): string {
  const codes = [...new Set(pieces.map((piece) => piece.moduleCode.trim()).filter((code) => code !== ''))];
  const title = pieces.length === 1 && pieces[0] !== undefined ? shortTitle(pieces[0].title) : portfolioTitle.trim();
  return [candidateNumber.trim() === '' ? '' : `Candidate ${candidateNumber.trim()}`, codes.join(', '), title]
    .filter((part) => part !== '')
    .join(' · ');
}

/** "Part 1" from "Part 1 — Portfolio of Evidence". */
export function shortTitle(title: string): string {
  return (title.split(/\s+[—–-]\s+/u)[0] ?? title).trim();
}

/**
 * What the cover says about the count: Word's rule, what was left out, and the word
 * equivalence of evidence when it was added. Only what the document holds and the
 * switches leave out is named.
 */
export function wordCountNote(counting: CountingRules, holds: DocumentParts): string {
  const left = ['this cover page', 'the contents list'];
  if (!counting.headings) left.push('headings');
  if (!counting.quotations) left.push('quotations');
  if (!counting.citations) left.push('in-text citations');
  if (!counting.tables && holds.tables) left.push('tables');
  if (!counting.captions && holds.captions) left.push('figure captions');
  if (!counting.abstract && holds.abstract) left.push('the abstract');
  if (!counting.referenceList && holds.referenceList) left.push('the reference list');
  if (!counting.appendices && holds.appendices) left.push('the appendices');
  const evidence = holds.evidenceWords
    ? ', with each evidence item’s agreed word equivalence in place of its description'
    : '';
  return `Counted as Microsoft Word counts words${evidence}. Not counted: ${listInWords(left)}.`;
}

function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
