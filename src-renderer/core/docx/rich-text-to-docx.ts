import {
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import {
  CITATION,
  citationAttributes,
  FIGURE,
  figurePictureId,
  inlineText,
  TABLE_HEADER_CELL,
  type RichTextMark,
  type RichTextNode,
} from '../document/rich-text.js';
import { spaceCitations } from '../document/citation-spacing.js';
import type { AttachedPicture } from '../submission/submission.js';
import type { FigureWriter } from './figures.js';
import {
  BULLET_LIST,
  CELL_MARGINS,
  HEADER_SHADING,
  LIST_LEVELS,
  NUMBERED_LIST,
  TABLE_BORDERS,
  listContinuationIndent,
} from './submission-style.js';

interface Context {
  readonly quote?: boolean;
  readonly list?: { readonly reference: string; readonly instance: number; readonly level: number };
  /** Inside a table's cell: its paragraphs are set as table text, a header's in bold. */
  readonly cell?: 'header' | 'body';
  /** The width a picture may take here, in pixels: less than the text's inside a table cell. */
  readonly widthPx?: number;
}

/** A cell's left and right margins together, in pixels (15 twips to the pixel at 96 to the inch). */
const CELL_MARGINS_PX = Math.ceil((CELL_MARGINS.left + CELL_MARGINS.right) / 15);

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Word's heading for a level from 1 (a section's title) down to 3; deeper levels stay at 3. */
export function wordHeading(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(level, 1), 3) - 1] ?? HeadingLevel.HEADING_3;
}

/**
 * Turns sections' editor documents into Word paragraphs and tables. A section's own title is
 * the heading at `sectionLevel` (1 in a piece's document, 2 under a piece's title in the whole
 * portfolio), and headings the candidate typed (levels 2 and 3 in the editor) sit below it.
 * Use one converter per Word document: each list in the whole document gets a numbering
 * instance of its own, so every numbered list starts again at 1, and figures share the
 * document's numbering through `figures`.
 */
export class RichTextConverter {
  private nextListInstance = 0;

  constructor(
    private readonly sectionLevel: number,
    private readonly figures: FigureWriter,
    private readonly pictures: ReadonlyMap<string, AttachedPicture>,
  ) {}

  childrenOf(document: RichTextNode): FileChild[] {
    const out: FileChild[] = [];
    this.blocks(document.content ?? [], {}, out);
    return out;
  }

  private blocks(nodes: readonly RichTextNode[], context: Context, out: FileChild[]): void {
    for (const node of nodes) this.block(node, context, out);
  }

  private block(node: RichTextNode, context: Context, out: FileChild[]): void {
    switch (node.type) {
      case 'heading': {
        // A heading typed in a table's cell stays table text: Word's headings would put it in the contents.
        if (context.cell !== undefined) {
          out.push(new Paragraph({ ...placement(context, true), children: runs(node, true) }));
          return;
        }
        const level = Math.max(2, Number(node.attrs?.['level'] ?? 2));
        out.push(new Paragraph({ heading: wordHeading(this.sectionLevel + level - 1), children: runs(node) }));
        return;
      }
      case 'paragraph':
        out.push(new Paragraph({ ...placement(context, true), children: runs(node, context.cell === 'header') }));
        return;
      case 'blockquote':
        this.blocks(node.content ?? [], { ...context, quote: true }, out);
        return;
      case 'bulletList':
      case 'orderedList':
        this.list(node, context, out);
        return;
      case 'table':
        out.push(this.table(node, context), new Paragraph({ children: [] }));
        return;
      case FIGURE: {
        const picture = this.pictures.get(figurePictureId(node));
        const caption = node.content?.[0];
        const described = caption === undefined ? '' : inlineText(caption, true);
        out.push(
          ...this.figures.figure(
            picture?.bytes,
            caption === undefined ? [] : runs(caption),
            described,
            context.widthPx,
          ),
        );
        return;
      }
      default:
        // Unknown blocks (from a later version of the app) still give up their text.
        this.blocks(node.content ?? [], context, out);
    }
  }

  private list(node: RichTextNode, context: Context, out: FileChild[]): void {
    const reference = node.type === 'orderedList' ? NUMBERED_LIST : BULLET_LIST;
    const level = context.list === undefined ? 0 : Math.min(context.list.level + 1, LIST_LEVELS - 1);
    const instance = context.list?.reference === reference ? context.list.instance : this.nextListInstance++;
    const listContext: Context = { ...context, list: { reference, instance, level } };
    for (const item of node.content ?? []) {
      let first = true;
      for (const child of item.content ?? []) {
        if (child.type === 'paragraph') {
          out.push(
            new Paragraph({ ...placement(listContext, first), children: runs(child, context.cell === 'header') }),
          );
          first = false;
        } else {
          this.block(child, listContext, out);
        }
      }
    }
  }

  /**
   * A table across the text width, columns shared equally (the editor does not size them).
   * Leading rows of header cells repeat at the top of every page the table runs onto.
   */
  private table(node: RichTextNode, context: Context): Table {
    const tableWidthPx = context.widthPx ?? this.figures.textWidthPx;
    const rows = node.content ?? [];
    const span = (cell: RichTextNode, name: 'colspan' | 'rowspan') => Math.max(1, Number(cell.attrs?.[name] ?? 1) || 1);
    const columns = Math.max(
      1,
      ...rows.map((row) => (row.content ?? []).reduce((sum, cell) => sum + span(cell, 'colspan'), 0)),
    );
    const isHeaderRow = (row: RichTextNode) =>
      (row.content ?? []).length > 0 && (row.content ?? []).every((cell) => cell.type === TABLE_HEADER_CELL);
    const headerRows = rows.findIndex((row) => !isHeaderRow(row));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TABLE_BORDERS,
      rows: rows.map(
        (row, index) =>
          new TableRow({
            tableHeader: index < (headerRows === -1 ? rows.length : headerRows) || undefined,
            children: (row.content ?? []).map((cell) => {
              const header = cell.type === TABLE_HEADER_CELL;
              const children: FileChild[] = [];
              const widthPx = Math.max(
                24,
                Math.floor((tableWidthPx * span(cell, 'colspan')) / columns) - CELL_MARGINS_PX,
              );
              this.blocks(cell.content ?? [], { cell: header ? 'header' : 'body', widthPx }, children);
              return new TableCell({
                columnSpan: span(cell, 'colspan'),
                rowSpan: span(cell, 'rowspan'),
                width: { size: (100 * span(cell, 'colspan')) / columns, type: WidthType.PERCENTAGE },
                margins: CELL_MARGINS,
                ...(header ? { shading: HEADER_SHADING } : {}),
                // Word needs a paragraph in every cell, even an empty one.
                children:
                  children.length === 0
                    ? [new Paragraph({ style: 'TableText', children: [] })]
                    : (children as (Paragraph | Table)[]),
              });
            }),
          }),
      ),
    });
  }
}

function placement(context: Context, firstInItem: boolean): IParagraphOptions {
  const style = context.cell !== undefined ? 'TableText' : context.quote === true ? 'Quote' : undefined;
  const list = context.list;
  if (list === undefined) return { style };
  if (!firstInItem) return { style, indent: { left: listContinuationIndent(list.level) } };
  return { style, numbering: { reference: list.reference, level: list.level, instance: list.instance } };
}

/**
 * A text block's runs. Links are written as their text: the address stays in the app.
 * Citations get the spacing a writer expects, whatever was typed around them.
 */
function runs(block: RichTextNode, bold = false): TextRun[] {
  const result: TextRun[] = [];
  for (const child of spaceCitations(block.content ?? [])) {
    if (child.type === 'hardBreak') result.push(new TextRun({ break: 1 }));
    else if (child.type === 'text' && child.text !== undefined)
      result.push(new TextRun({ text: child.text, ...formatting(child.marks ?? [], bold) }));
    else if (child.type === CITATION)
      result.push(new TextRun({ text: citationAttributes(child).text, ...formatting(child.marks ?? [], bold) }));
  }
  return result;
}

function formatting(marks: readonly RichTextMark[], bold: boolean) {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  return {
    bold: bold || has('bold') || undefined,
    italics: has('italic') || undefined,
    underline: has('underline') ? {} : undefined,
  };
}
