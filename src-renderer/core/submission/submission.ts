import type { RichTextNode } from '../document/rich-text.js';
import type { SectionRole } from '../programme/programme.js';
import type { PictureQuality } from '../pictures/print-size.js';
import type { SubmissionLayout } from '../programme/submission-settings.js';
import type { Styled } from '../references/harvard.js';

/**
 * What a submitted document holds, as plain data: everything the document builder needs
 * and nothing it must look up. One piece, or every piece for "whole portfolio".
 */
export interface Submission {
  /** The file's title property, and the header's short title. */
  readonly title: string;
  readonly candidateNumber: string;
  /** "Candidate 7654321 · SEN7001 · Part 1": on every page but the cover. */
  readonly runningHeader: string;
  readonly layout: SubmissionLayout;
  /** How the export sizes its copies of the pictures (docx/export-pictures.ts). */
  readonly pictureQuality: PictureQuality;
  readonly cover: CoverPage;
  readonly pieces: readonly PieceForExport[];
  /** The pictures the pieces' figures show, by id; a figure whose picture is missing says so in the document. */
  readonly pictures: ReadonlyMap<string, AttachedPicture>;
}

export interface CoverPage {
  readonly heading: string;
  readonly details: readonly CoverDetail[];
  /** One line on how the words were counted and what was left out. */
  readonly wordCountNote: string;
  readonly declaration: string;
  /** Under the declaration: "Candidate 7654321, 23 November 2026". */
  readonly signature: string;
}

export interface CoverDetail {
  readonly label: string;
  readonly value: string;
}

export interface PieceForExport {
  readonly title: string;
  readonly sections: readonly SectionForExport[];
  /** Evidence items, placed after the main sections and before references and appendices. */
  readonly evidence: readonly EvidenceForExport[];
  /** The piece's reference list, generated from what it cites, each reference as styled runs. */
  readonly references: readonly (readonly Styled[])[];
  /** Written from the app's records; lettered before the candidate's own appendix sections. */
  readonly appendices: readonly AppendixForExport[];
}

export interface SectionForExport {
  readonly title: string;
  readonly document: RichTextNode;
  /**
   * Body by default. Evidence goes before the first references or appendix section; the
   * generated reference list goes in the references section; appendices are lettered.
   */
  readonly role?: SectionRole;
}

export interface EvidenceForExport {
  readonly title: string;
  /** "12 October 2026 · Observation · Outcomes A1, B3 · counts as 300 words" */
  readonly summary: string;
  readonly context: string;
  readonly description: string;
  readonly commentary: RichTextNode;
  readonly pictures: readonly AttachedPicture[];
  /** What kind each attachment that is not a picture is ("PDF", "Word document"): said, not embedded, and not named, since a file's name may be a child's. */
  readonly otherAttachments: readonly string[];
}

export interface AttachedPicture {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface AppendixForExport {
  /** Without its letter: the builder letters appendices in order. */
  readonly title: string;
  readonly blocks: readonly AppendixBlock[];
}

/** A paragraph of a table cell or an appendix, as runs. */
export type Line = readonly Run[];
export interface Run extends Styled {
  readonly bold?: boolean;
}

export type AppendixBlock =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly line: Line }
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly widths: readonly number[];
      readonly rows: readonly (readonly TableCell[])[];
    };

/** A cell's paragraphs. */
export type TableCell = readonly Line[];

/** A cell of plain text; each line of the text a paragraph. */
export function textCell(text: string): TableCell {
  return text
    .split(/\r?\n/u)
    .filter((line, index, lines) => line.trim() !== '' || lines.length === 1)
    .map((line) => [{ text: line }]);
}
