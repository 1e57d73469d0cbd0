import type { RichTextNode } from '../document/rich-text.js';

/**
 * A piece of assessed work the candidate submits on its own: a part, or a module's
 * assignment. Its sections are written in the editor and exported together.
 */
export interface AssessmentPiece {
  readonly id: string;
  readonly title: string;
  readonly targetWords: number;
}

export interface Portfolio {
  readonly id: string;
  readonly title: string;
  readonly candidateName: string;
  /** Anonymous marking uses this, not the name: it goes in exported headers and metadata. */
  readonly candidateNumber: string;
  readonly pieces: readonly AssessmentPiece[];
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Set while a deleted portfolio can still be brought back. */
  readonly deletedAt?: number;
}

export interface Section {
  readonly id: string;
  readonly portfolioId: string;
  readonly pieceId: string;
  readonly title: string;
  /** Order within the whole portfolio, so sorting by it gives reading order. */
  readonly position: number;
  /** Words in the section's text, kept beside the section so counters never load the text. */
  readonly wordCount: number;
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

interface PieceOutline {
  readonly key: string;
  readonly title: string;
  readonly targetWords: number;
  readonly sections: readonly string[];
}

/**
 * The award's two parts as one provider sets them (domain notes, seed 000).
 * Programme templates replace this fixed outline.
 */
const TWO_PARTS_OUTLINE: readonly PieceOutline[] = [
  {
    key: 'part-1',
    title: 'Part 1 — Portfolio of Evidence',
    targetWords: 5000,
    sections: ['Part 1 — Portfolio of Evidence: reflective commentary'],
  },
  {
    key: 'part-2',
    title: 'Part 2 — Reflective Practitioner Enquiry',
    targetWords: 5000,
    sections: ['Part 2 — Reflective Practitioner Enquiry'],
  },
];

export interface NewPortfolio {
  readonly portfolio: Portfolio;
  readonly sections: readonly Section[];
}

/** Lays out a new portfolio with its parts and empty sections. */
export function planNewPortfolio(details: PortfolioDetails, newId: () => string, now: number): NewPortfolio {
  const portfolioId = newId();
  const pieces: AssessmentPiece[] = [];
  const sections: Section[] = [];
  for (const outline of TWO_PARTS_OUTLINE) {
    const piece: AssessmentPiece = { id: outline.key, title: outline.title, targetWords: outline.targetWords };
    pieces.push(piece);
    for (const title of outline.sections) {
      sections.push({ id: newId(), portfolioId, pieceId: piece.id, title, position: sections.length, wordCount: 0, updatedAt: now });
    }
  }
  const portfolio: Portfolio = { id: portfolioId, ...details, pieces, createdAt: now, updatedAt: now };
  return { portfolio, sections };
}

/** The sections of one piece, in the order the candidate arranged them. */
export function sectionsOfPiece(sections: readonly Section[], pieceId: string): Section[] {
  return sections.filter((section) => section.pieceId === pieceId).sort((a, b) => a.position - b.position);
}

/** All sections in reading order: piece by piece, then as arranged within each piece. */
export function sectionsInOrder(portfolio: Portfolio, sections: readonly Section[]): Section[] {
  return portfolio.pieces.flatMap((piece) => sectionsOfPiece(sections, piece.id));
}

export function wordsInPiece(sections: readonly Section[], pieceId: string): number {
  return sectionsOfPiece(sections, pieceId).reduce((sum, section) => sum + section.wordCount, 0);
}
