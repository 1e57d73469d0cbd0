import { hasText, pictureIdsIn, type RichTextNode } from '../document/rich-text.js';
import type { AppendixBlock, EvidenceForExport, PieceForExport } from './submission.js';

/** One part of a piece as it is submitted, in order; the document writer only writes each. */
export type PiecePart =
  | { readonly kind: 'section'; readonly title: string; readonly document: RichTextNode }
  | { readonly kind: 'evidence'; readonly items: readonly EvidenceForExport[] }
  /** Under its own heading, or (heading undefined) inside the candidate's references section. */
  | {
      readonly kind: 'references';
      readonly heading: string | undefined;
      readonly references: PieceForExport['references'];
    }
  | { readonly kind: 'appendix'; readonly title: string; readonly blocks: readonly AppendixBlock[] };

/**
 * The order a piece is submitted in: its sections as the candidate arranged them, the evidence
 * before the first references or appendix section, the reference list in the references section
 * (or under its own heading before the appendices), then the appendices the app writes, lettered
 * before the candidate's own. A section with neither text nor a picture yet is left out: it
 * would be an empty heading. One holding only pictures (an appendix of photos) goes in.
 */
export function partsInOrder(piece: PieceForExport): PiecePart[] {
  const parts: PiecePart[] = [];
  const { references } = piece;
  let evidenceWritten = piece.evidence.length === 0;
  let referencesWritten = references.length === 0;
  let appendicesWritten = piece.appendices.length === 0;
  let letter = 0;
  const written = piece.sections.filter(
    (section) =>
      hasText(section.document) ||
      pictureIdsIn(section.document).length > 0 ||
      (section.role === 'references' && !referencesWritten),
  );
  const hasReferenceSection = written.some((section) => section.role === 'references');
  const writeGenerated = () => {
    for (const appendix of piece.appendices)
      parts.push({
        kind: 'appendix',
        title: `Appendix ${appendixLetter(letter++)}: ${appendix.title}`,
        blocks: appendix.blocks,
      });
    appendicesWritten = true;
  };
  for (const section of written) {
    const isBackMatter = section.role === 'references' || section.role === 'appendix';
    if (isBackMatter && !evidenceWritten) {
      parts.push({ kind: 'evidence', items: piece.evidence });
      evidenceWritten = true;
    }
    if (section.role === 'appendix' && !referencesWritten && !hasReferenceSection) {
      parts.push({ kind: 'references', heading: 'References', references });
      referencesWritten = true;
    }
    if (section.role === 'appendix' && !appendicesWritten) writeGenerated();
    const title =
      section.role === 'appendix' && !/^appendi(x|ces)\b/iu.test(section.title)
        ? `Appendix ${appendixLetter(letter++)}: ${section.title}`
        : section.title;
    parts.push({ kind: 'section', title, document: section.document });
    if (section.role === 'references' && !referencesWritten) {
      parts.push({ kind: 'references', heading: undefined, references });
      referencesWritten = true;
    }
  }
  if (!evidenceWritten) parts.push({ kind: 'evidence', items: piece.evidence });
  if (!referencesWritten) parts.push({ kind: 'references', heading: 'References', references });
  if (!appendicesWritten) writeGenerated();
  return parts;
}

/** A, B, … Z, then AA, AB: more than 26 appendices is unlikely, never impossible. */
export function appendixLetter(index: number): string {
  return index < 26
    ? String.fromCharCode(65 + index)
    : `${appendixLetter(Math.floor(index / 26) - 1)}${appendixLetter(index % 26)}`;
}
