/**
 * The stored shape of a section's text: the editor's JSON document
 * (ProseMirror/tiptap JSON), described here so the domain can read it
 * without importing the editor.
 */
export interface RichTextMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

export interface RichTextNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly RichTextNode[];
  readonly text?: string;
  readonly marks?: readonly RichTextMark[];
}

export const EMPTY_DOCUMENT: RichTextNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Block types whose children are text, not other blocks. */
export const TEXT_BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading']);

/** The text of a text block, with line breaks as newlines. */
export function inlineText(block: RichTextNode): string {
  let text = '';
  for (const child of block.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
  }
  return text;
}

/** Every text block in reading order, however deeply nested in lists and quotes. */
export function* textBlocks(node: RichTextNode): Generator<RichTextNode> {
  if (TEXT_BLOCK_TYPES.has(node.type)) {
    yield node;
    return;
  }
  for (const child of node.content ?? []) yield* textBlocks(child);
}

/** Whether a value looks like a stored document; used when reading data we did not just write. */
export function isRichTextNode(value: unknown): value is RichTextNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as { type?: unknown; content?: unknown; text?: unknown };
  if (typeof node.type !== 'string') return false;
  if (node.text !== undefined && typeof node.text !== 'string') return false;
  if (node.content === undefined) return true;
  return Array.isArray(node.content) && node.content.every(isRichTextNode);
}
