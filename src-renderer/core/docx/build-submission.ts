import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell as WordTableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';
import { partsInOrder } from '../submission/piece-order.js';
import type {
  AppendixBlock,
  CoverPage,
  EvidenceForExport,
  Line,
  PieceForExport,
  Submission,
  TableCell,
} from '../submission/submission.js';
import { FigureWriter } from './figures.js';
import { RichTextConverter, wordHeading } from './rich-text-to-docx.js';
import {
  CELL_MARGINS,
  HEADER_SHADING,
  NUMBERING,
  pageFor,
  stylesFor,
  TABLE_BORDERS,
  textWidthPx,
} from './submission-style.js';

/**
 * The document a candidate submits: a cover page, a contents list Word and LibreOffice can
 * update, then each piece's sections, evidence, references and lettered appendices.
 * Marking is anonymous: the candidate number goes in the header and the file's properties,
 * the name only on the cover and only when the programme's settings ask for it.
 */
export function buildSubmissionDocument(submission: Submission): Document {
  const author = submission.candidateNumber.trim();
  const whole = submission.pieces.length > 1;
  const body = new BodyWriter(submission, whole ? 2 : 1);
  submission.pieces.forEach((piece, index) => body.piece(piece, whole, index > 0));
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: submission.title,
    description: '',
    styles: stylesFor(submission.layout),
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: pageFor(submission.layout), titlePage: true },
        headers: {
          default: runningHeader(submission.runningHeader),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: { default: pageNumberFooter(), first: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: [...coverPage(submission.cover), ...contents(), ...body.children],
      },
    ],
  });
}

export async function buildSubmissionDocx(submission: Submission): Promise<Uint8Array> {
  return Packer.pack(buildSubmissionDocument(submission), 'uint8array');
}

class BodyWriter {
  readonly children: FileChild[] = [];
  private readonly converter: RichTextConverter;
  private readonly figures: FigureWriter;

  constructor(
    submission: Submission,
    private readonly sectionLevel: number,
  ) {
    this.figures = new FigureWriter(textWidthPx(submission.layout));
    this.converter = new RichTextConverter(sectionLevel, this.figures, submission.pictures);
  }

  piece(piece: PieceForExport, whole: boolean, newPage: boolean): void {
    if (whole)
      this.children.push(
        new Paragraph({ heading: wordHeading(1), pageBreakBefore: newPage, children: [new TextRun(piece.title)] }),
      );
    for (const part of partsInOrder(piece)) {
      switch (part.kind) {
        case 'section':
          this.heading(0, part.title);
          this.children.push(...this.converter.childrenOf(part.document));
          break;
        case 'evidence':
          this.evidence(part.items);
          break;
        case 'references':
          this.references(part.heading, part.references);
          break;
        case 'appendix':
          this.appendix(part.title, part.blocks);
          break;
      }
    }
  }

  /** A heading `depth` levels below a section's title. */
  private heading(depth: number, text: string): void {
    this.children.push(
      new Paragraph({ heading: wordHeading(this.sectionLevel + depth), children: [new TextRun(text)] }),
    );
  }

  private evidence(items: readonly EvidenceForExport[]): void {
    this.heading(0, 'Evidence');
    items.forEach((item, index) => {
      this.heading(1, `Evidence ${index + 1}: ${item.title}`);
      this.children.push(new Paragraph({ children: [run({ text: item.summary, italics: true })] }));
      for (const text of [item.context, item.description])
        if (text.trim() !== '') this.children.push(new Paragraph({ children: [new TextRun(text)] }));
      // Captioned by the evidence's title, not the files' names: a photo's name is the camera's ("IMG_2041.jpg") or a child's.
      item.pictures.forEach((attached, number) => {
        const caption =
          item.pictures.length === 1 ? item.title : `${item.title} (picture ${number + 1} of ${item.pictures.length})`;
        this.children.push(...this.figures.figure(attached.bytes, [new TextRun(caption)], caption));
      });
      if (item.otherAttachments.length > 0) {
        this.children.push(
          new Paragraph({
            style: 'Caption',
            children: [
              new TextRun(
                `Also kept with this evidence, not in this document: ${kindsInWords(item.otherAttachments)}.`,
              ),
            ],
          }),
        );
      }
      this.children.push(...this.converter.childrenOf(item.commentary));
    });
  }

  /** Harvard references, each a paragraph with a hanging indent, under an optional heading. */
  private references(heading: string | undefined, references: readonly Line[]): void {
    if (heading !== undefined) this.heading(0, heading);
    for (const reference of references)
      this.children.push(new Paragraph({ indent: { left: 720, hanging: 720 }, children: runsOf(reference) }));
  }

  private appendix(title: string, blocks: readonly AppendixBlock[]): void {
    this.heading(0, title);
    for (const block of blocks) {
      switch (block.kind) {
        case 'subheading':
          this.heading(1, block.text);
          break;
        case 'paragraph':
          this.children.push(new Paragraph({ children: runsOf(block.line) }));
          break;
        case 'table':
          this.children.push(table(block.columns, block.widths, block.rows), new Paragraph({ children: [] }));
          break;
      }
    }
  }
}

/** A run from options; typed so `italics` is read as the run's, not as the old `String.prototype.italics`. */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

function runsOf(line: Line): TextRun[] {
  return line.map((part) =>
    run({ text: part.text, italics: part.italic === true || undefined, bold: part.bold === true || undefined }),
  );
}

/** A table whose header row repeats on every page it runs onto; an empty header is left out. */
function table(columns: readonly string[], widths: readonly number[], rows: readonly (readonly TableCell[])[]): Table {
  const cell = (paragraphs: TableCell, index: number, header = false) =>
    new WordTableCell({
      width: { size: widths[index] ?? Math.floor(100 / columns.length), type: WidthType.PERCENTAGE },
      margins: CELL_MARGINS,
      ...(header ? { shading: HEADER_SHADING } : {}),
      children: (paragraphs.length === 0 ? [[]] : paragraphs).map(
        (line) =>
          new Paragraph({
            style: 'TableText',
            children: header ? line.map((part) => run({ text: part.text, bold: true })) : runsOf(line),
          }),
      ),
    });
  const headed = columns.some((column) => column !== '');
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TABLE_BORDERS,
    rows: [
      ...(headed
        ? [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: columns.map((column, index) => cell([[{ text: column }]], index, true)),
            }),
          ]
        : []),
      ...rows.map((row) => new TableRow({ children: row.map((paragraphs, index) => cell(paragraphs, index)) })),
    ],
  });
}

function coverPage(cover: CoverPage): FileChild[] {
  const details = cover.details.map((detail): TableCell[] => [
    [[{ text: detail.label, bold: true }]],
    [[{ text: detail.value }]],
  ]);
  return [
    new Paragraph({ style: 'Title', spacing: { before: 1440, after: 480 }, children: [new TextRun(cover.heading)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TABLE_BORDERS,
      rows: details.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map(
              (paragraphs, index) =>
                new WordTableCell({
                  width: { size: index === 0 ? 32 : 68, type: WidthType.PERCENTAGE },
                  margins: { top: 60, bottom: 60, left: 100, right: 100 },
                  children: paragraphs.map((line) => new Paragraph({ style: 'CoverDetail', children: runsOf(line) })),
                }),
            ),
          }),
      ),
    }),
    new Paragraph({ style: 'SmallPrint', spacing: { before: 120 }, children: [new TextRun(cover.wordCountNote)] }),
    new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [run({ text: 'Declaration', bold: true })] }),
    new Paragraph({ children: [new TextRun(cover.declaration)] }),
    new Paragraph({ children: [run({ text: cover.signature, italics: true })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function contents(): FileChild[] {
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun('Contents')] }),
    // Entries link to their headings and carry no page numbers (docs/submission-export.md): working out Word's
    // pagination took 40 times as long as the rest of the export, and a field left for Word to update makes it ask on opening.
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-3',
      pageNumbersEntryLevelsRange: '1-3',
      beginDirty: false,
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function runningHeader(text: string): Header {
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

/** "a PDF", "2 PDFs and a Word document": how many files of each kind. */
function kindsInWords(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) =>
    count === 1
      ? `${/^[aeiou]/iu.test(kind) || /^[FHLMNRSX][A-Z]/u.test(kind) ? 'an' : 'a'} ${kind}`
      : `${count} ${kind}s`,
  );
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
