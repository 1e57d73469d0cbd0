import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { RichTextNode } from '../document/rich-text.js';
import { RichTextConverter } from './rich-text-to-docx.js';
import { inlineText, textBlocks } from '../document/rich-text.js';
import type { Styled } from '../references/harvard.js';
import { NUMBERING, PAGE, STYLES } from './submission-style.js';

export interface EvidenceForExport {
  readonly title: string;
  /** "12 October 2026 · Observation · Outcomes A1, B3" */
  readonly summary: string;
  readonly context: string;
  readonly description: string;
  readonly commentary: RichTextNode;
}

export interface SectionForExport {
  readonly title: string;
  readonly document: RichTextNode;
  /** References and appendices: evidence goes before the first of them. */
  readonly isBackMatter?: boolean;
  /** The section the generated reference list goes in. */
  readonly isReferenceList?: boolean;
}

export interface PieceForExport {
  readonly pieceTitle: string;
  readonly candidateNumber: string;
  readonly sections: readonly SectionForExport[];
  /** Evidence items, placed after the main sections and before references and appendices. */
  readonly evidence?: readonly EvidenceForExport[];
  /** The piece's reference list, generated from what it cites, each reference as styled runs. */
  readonly references?: readonly (readonly Styled[])[];
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
  const evidence = piece.evidence ?? [];
  const references = piece.references ?? [];
  let evidenceWritten = evidence.length === 0;
  let referencesWritten = references.length === 0;
  // A section not yet written would be an empty heading in the submission: leave it out.
  const written = piece.sections.filter((candidate) => hasText(candidate.document) || (candidate.isReferenceList === true && !referencesWritten));
  for (const section of written) {
    if (section.isBackMatter === true && !evidenceWritten) {
      children.push(...evidenceParagraphs(evidence, converter));
      evidenceWritten = true;
    }
    if (section.isBackMatter === true && section.isReferenceList !== true && !referencesWritten && !written.some((other) => other.isReferenceList === true)) {
      children.push(...referenceParagraphs('References', references));
      referencesWritten = true;
    }
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }));
    children.push(...converter.paragraphsOf(section.document));
    if (section.isReferenceList === true && !referencesWritten) {
      children.push(...referenceParagraphs(undefined, references));
      referencesWritten = true;
    }
  }
  if (!evidenceWritten) children.push(...evidenceParagraphs(evidence, converter));
  if (!referencesWritten) children.push(...referenceParagraphs('References', references));
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

/** Harvard references, each a paragraph with a hanging indent, under an optional heading. */
function referenceParagraphs(heading: string | undefined, references: readonly (readonly Styled[])[]): Paragraph[] {
  const paragraphs = heading === undefined ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] })];
  for (const reference of references) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 720, hanging: 720 },
        children: reference.map((run) => {
          const options: IRunOptions = { text: run.text, italics: run.italic === true };
          return new TextRun(options);
        }),
      }),
    );
  }
  return paragraphs;
}

function hasText(document: RichTextNode): boolean {
  for (const block of textBlocks(document)) if (inlineText(block).trim() !== '') return true;
  return false;
}

function evidenceParagraphs(evidence: readonly EvidenceForExport[], converter: RichTextConverter): Paragraph[] {
  const paragraphs = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Evidence')] })];
  evidence.forEach((item, index) => {
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Evidence ${index + 1}: ${item.title}`)] }));
    const summary: IRunOptions = { text: item.summary, italics: true };
    paragraphs.push(new Paragraph({ children: [new TextRun(summary)] }));
    for (const text of [item.context, item.description]) {
      if (text.trim() !== '') paragraphs.push(new Paragraph({ children: [new TextRun(text)] }));
    }
    paragraphs.push(...converter.paragraphsOf(item.commentary));
  });
  return paragraphs;
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
