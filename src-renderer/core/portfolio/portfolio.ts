import type { MentorCopy } from '../mentor/feedback.js';
import type { RichTextNode } from '../document/rich-text.js';
import { countWords } from '../counting/count-words.js';
import { allWords, countedWords, NO_WORDS, type WordTally } from '../counting/word-tally.js';
import { evidenceWordEquivalence, type EvidenceItem } from '../evidence/evidence.js';
import { STARTING_OUTCOMES, type Outcome } from '../outcomes/outcomes.js';
import {
  roleCounts,
  type PieceSettings,
  type ProgrammeSettings,
  type ProgrammeTemplate,
  type SectionRole,
} from '../programme/programme.js';

export interface Portfolio {
  readonly id: string;
  readonly title: string;
  readonly candidateName: string;
  /** Anonymous marking uses this, not the name: it goes in exported headers and metadata. */
  readonly candidateNumber: string;
  readonly programme: ProgrammeSettings;
  /** The assessment pieces (parts, or modules' assignments), each submitted on its own. */
  readonly pieces: readonly PieceSettings[];
  readonly attendedDays: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Set while a deleted portfolio can still be brought back. */
  readonly deletedAt?: number;
  /** Set on a mentor's copy of a shared portfolio: the candidate's writing is then read-only. */
  readonly mentorCopy?: MentorCopy;
}

export interface Section {
  readonly id: string;
  readonly portfolioId: string;
  readonly pieceId: string;
  readonly title: string;
  readonly role: SectionRole;
  /** The candidate can leave a section out of the count (e.g. a glossary). */
  readonly counted: boolean;
  /** Order within its piece; `sectionsInOrder` puts the pieces in the portfolio's order. */
  readonly position: number;
  /** Words in the section's text by kind, kept beside the section so counters never load the text. */
  readonly words: WordTally;
  /** Reading-log entries the text cites, kept beside it so reference lists never load the text. */
  readonly citedEntryIds: readonly string[];
  readonly updatedAt: number;
}

/** A section's text, stored apart from the section so lists stay light. */
export interface SectionContent {
  readonly sectionId: string;
  readonly document: RichTextNode;
}

/** What the candidate types when creating a portfolio. */
export interface PortfolioDetails {
  readonly title: string;
  readonly candidateName: string;
  readonly candidateNumber: string;
}

export interface NewPortfolio {
  readonly portfolio: Portfolio;
  readonly sections: readonly Section[];
  readonly outcomes: readonly Outcome[];
}

/** Lays out a new portfolio from a programme template: its pieces, empty sections and starting outcomes. */
export function planNewPortfolio(
  details: PortfolioDetails,
  template: ProgrammeTemplate,
  newId: () => string,
  now: number,
): NewPortfolio {
  const portfolioId = newId();
  const sections: Section[] = [];
  for (const piece of template.pieces) {
    for (const outline of piece.sections) {
      sections.push({
        id: newId(),
        portfolioId,
        pieceId: piece.id,
        title: outline.title,
        role: outline.role,
        counted: true,
        position: sections.length,
        words: NO_WORDS,
        citedEntryIds: [],
        updatedAt: now,
      });
    }
  }
  const portfolio: Portfolio = {
    id: portfolioId,
    ...details,
    programme: {
      templateId: template.id,
      templateName: template.name,
      attendance: template.attendance,
      studyPlan: template.studyPlan,
      submission: template.submission,
    },
    pieces: template.pieces.map(({ sections: _sections, ...settings }) => settings),
    attendedDays: 0,
    createdAt: now,
    updatedAt: now,
  };
  const outcomes = STARTING_OUTCOMES.map((draft, position) => ({ ...draft, id: newId(), portfolioId, position }));
  return { portfolio, sections, outcomes };
}

/** The sections of one piece, in the order the candidate arranged them. */
export function sectionsOfPiece(sections: readonly Section[], pieceId: string): Section[] {
  return sections.filter((section) => section.pieceId === pieceId).sort((a, b) => a.position - b.position);
}

/** All sections in reading order: piece by piece, then as arranged within each piece. */
export function sectionsInOrder(portfolio: Portfolio, sections: readonly Section[]): Section[] {
  return portfolio.pieces.flatMap((piece) => sectionsOfPiece(sections, piece.id));
}

/**
 * A section's words with its title, which the exported document gives as a heading: a
 * marker counting in Word counts it when headings count. An empty section is left out
 * of the export, so its title is not counted either.
 */
export function withTitle(section: Section, words: WordTally): WordTally {
  return allWords(words) === 0 ? words : { ...words, headings: words.headings + countWords(section.title) };
}

/** Whether a section's words count toward its piece's limit. */
export function sectionCounts(section: Section, piece: PieceSettings): boolean {
  return section.counted && roleCounts(section.role, piece.counting);
}

/** A section's words toward its piece's limit (0 when it does not count). */
export function sectionWordsTowardLimit(
  section: Section,
  piece: PieceSettings,
  words: WordTally = section.words,
): number {
  return sectionCounts(section, piece) ? countedWords(withTitle(section, words), piece.counting) : 0;
}

/**
 * A piece's words toward its limit: its counted sections under the piece's switches,
 * each evidence item's reflective commentary, and each item's word equivalence.
 * `wordsNow` supplies counts ahead of the database (the section being typed in).
 */
export function wordsInPiece(
  piece: PieceSettings,
  sections: readonly Section[],
  evidence: readonly EvidenceItem[] = [],
  wordsNow: (section: Section) => WordTally = (section) => section.words,
): number {
  const inSections = sectionsOfPiece(sections, piece.id).reduce(
    (sum, section) => sum + sectionWordsTowardLimit(section, piece, wordsNow(section)),
    0,
  );
  const inEvidence = evidence
    .filter((item) => item.pieceId === piece.id)
    .reduce(
      (sum, item) =>
        sum + countedWords(item.commentaryWords, piece.counting) + evidenceWordEquivalence(item, piece.evidenceWords),
      0,
    );
  return inSections + inEvidence;
}

/** Every reading-log entry a piece cites, in its sections and its evidence commentaries. */
export function entriesCitedInPiece(
  pieceId: string,
  sections: readonly Section[],
  evidence: readonly EvidenceItem[],
): string[] {
  const ids = new Set<string>();
  for (const section of sectionsOfPiece(sections, pieceId)) for (const id of section.citedEntryIds) ids.add(id);
  for (const item of evidence) if (item.pieceId === pieceId) for (const id of item.citedEntryIds) ids.add(id);
  return [...ids];
}
