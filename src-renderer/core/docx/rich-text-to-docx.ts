import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { CITATION, citationAttributes, type RichTextMark, type RichTextNode } from '../document/rich-text.js';
import { BULLET_LIST, LIST_LEVELS, NUMBERED_LIST, listContinuationIndent } from './submission-style.js';


interface Context {
  readonly quote?: boolean;
  readonly list?: { readonly reference: string; readonly instance: number; readonly level: number };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Word's heading for a level from 1 (a section's title) down to 3; deeper levels stay at 3. */
export function wordHeading(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(level, 1), 3) - 1] ?? HeadingLevel.HEADING_3;
}

/**
 * Turns sections' editor documents into Word paragraphs. A section's own title is the
 * heading at `sectionLevel` (1 in a piece's document, 2 under a piece's title in the whole
 * portfolio), and headings the candidate typed (levels 2 and 3 in the editor) sit below it.
 * Use one converter per Word document: each list in the whole document gets a numbering
 * instance of its own, so every numbered list starts again at 1.
 */
export class RichTextConverter {
  private paragraphs: Paragraph[] = [];
  private nextListInstance = 0;

  constructor(private readonly sectionLevel = 1) {}

  paragraphsOf(document: RichTextNode): Paragraph[] {
    this.paragraphs = [];
    this.blocks(document.content ?? [], {});
    return this.paragraphs;
  }

  private blocks(nodes: readonly RichTextNode[], context: Context): void {
    for (const node of nodes) this.block(node, context);
  }

  private block(node: RichTextNode, context: Context): void {
    switch (node.type) {
      case 'heading': {
        const level = Math.max(2, Number(node.attrs?.['level'] ?? 2));
        this.paragraphs.push(new Paragraph({ heading: wordHeading(this.sectionLevel + level - 1), children: runs(node) }));
        return;
      }
      case 'paragraph':
        this.paragraphs.push(new Paragraph({ ...paragraphPlacement(context, true), children: runs(node) }));
        return;
      case 'blockquote':
        this.blocks(node.content ?? [], { ...context, quote: true });
        return;
      case 'bulletList':
      case 'orderedList':
        this.list(node, context);
        return;
      default:
        // Unknown blocks (from a later version of the app) still give up their text.
        this.blocks(node.content ?? [], context);
    }
  }

  private list(node: RichTextNode, context: Context): void {
    const reference = node.type === 'orderedList' ? NUMBERED_LIST : BULLET_LIST;
    const level = context.list === undefined ? 0 : Math.min(context.list.level + 1, LIST_LEVELS - 1);
    const instance = context.list?.reference === reference ? context.list.instance : this.nextListInstance++;
    const listContext: Context = { ...context, list: { reference, instance, level } };
    for (const item of node.content ?? []) {
      let first = true;
      for (const child of item.content ?? []) {
        if (child.type === 'paragraph') {
          this.paragraphs.push(new Paragraph({ ...paragraphPlacement(listContext, first), children: runs(child) }));
          first = false;
        } else {
          this.block(child, listContext);
        }
      }
    }
  }
}

function paragraphPlacement(context: Context, firstInItem: boolean): IParagraphOptions {
  const style = context.quote === true ? 'Quote' : undefined;
  const list = context.list;
  if (list === undefined) return { style };
  if (!firstInItem) return { style, indent: { left: listContinuationIndent(list.level) } };
  return { style, numbering: { reference: list.reference, level: list.level, instance: list.instance } };
}

function runs(block: RichTextNode): TextRun[] {
  const result: TextRun[] = [];
  for (const child of block.content ?? []) {
    if (child.type === 'hardBreak') result.push(new TextRun({ break: 1 }));
    else if (child.type === 'text' && child.text !== undefined) result.push(new TextRun({ text: child.text, ...formatting(child.marks ?? []) }));
    else if (child.type === CITATION) result.push(new TextRun({ text: citationAttributes(child).text, ...formatting(child.marks ?? []) }));
  }
  return result;
}

function formatting(marks: readonly RichTextMark[]) {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  return {
    bold: has('bold') || undefined,
    italics: has('italic') || undefined,
    underline: has('underline') ? {} : undefined,
  };
}
