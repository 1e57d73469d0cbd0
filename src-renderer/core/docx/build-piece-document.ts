import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, HeadingLevel, TextRun } from 'docx';
import type { RichTextNode } from '../document/rich-text.js';
import { RichTextConverter } from './rich-text-to-docx.js';
import { NUMBERING, PAGE, STYLES } from './submission-style.js';

export interface PieceForExport {
  readonly pieceTitle: string;
  readonly candidateNumber: string;
  readonly sections: readonly { readonly title: string; readonly document: RichTextNode }[];
}

/**
 * The document a candidate submits for one piece (a part or an assignment).
 * Marking is anonymous: the candidate number goes in the header and the file's
 * properties; the name goes nowhere.
 */
export function buildPieceDocument(piece: PieceForExport): Document {
  const author = piece.candidateNumber === '' ? 'Candidate' : piece.candidateNumber;
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(piece.pieceTitle)] })];
  const converter = new RichTextConverter();
  for (const section of piece.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }));
    children.push(...converter.paragraphsOf(section.document));
  }
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: piece.pieceTitle,
    description: '',
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: runningHeader(piece) },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

export async function buildPieceDocx(piece: PieceForExport): Promise<Uint8Array> {
  return Packer.pack(buildPieceDocument(piece), 'uint8array');
}

function runningHeader(piece: PieceForExport): Header {
  const text = piece.candidateNumber === '' ? piece.pieceTitle : `Candidate ${piece.candidateNumber} · ${piece.pieceTitle}`;
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, size: 18 })] })],
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
