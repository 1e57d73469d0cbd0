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

/** A picture in the text, with its caption as the figure's one text block. */
export const FIGURE = 'figure';
export const FIGURE_CAPTION = 'figureCaption';

/** Block types whose children are text, not other blocks. */
export const TEXT_BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', FIGURE_CAPTION]);

/** The table's nodes, as the editor's table extension names them. */
export const TABLE = 'table';
export const TABLE_HEADER_CELL = 'tableHeader';

/** The picture a figure shows: its id in the portfolio's pictures. */
export function figurePictureId(node: RichTextNode): string {
  const id = node.attrs?.['pictureId'];
  return typeof id === 'string' ? id : '';
}

/** Every picture a document shows, once each, in order. */
export function pictureIdsIn(document: RichTextNode): string[] {
  const ids = new Set<string>();
  const visit = (node: RichTextNode) => {
    if (node.type === FIGURE && figurePictureId(node) !== '') ids.add(figurePictureId(node));
    for (const child of node.content ?? []) visit(child);
  };
  visit(document);
  return [...ids];
}

/** An in-text citation: the reading-log entries it cites and how, with its text as last rendered. */
export interface CitationAttributes {
  readonly entryIds: readonly string[];
  readonly page: string;
  readonly narrative: boolean;
  readonly text: string;
}

export const CITATION = 'citation';

export function citationAttributes(node: RichTextNode): CitationAttributes {
  const attrs = node.attrs ?? {};
  const entryIds = Array.isArray(attrs['entryIds'])
    ? attrs['entryIds'].filter((id): id is string => typeof id === 'string')
    : [];
  return {
    entryIds,
    page: typeof attrs['page'] === 'string' ? attrs['page'] : '',
    narrative: attrs['narrative'] === true,
    text: typeof attrs['text'] === 'string' ? attrs['text'] : '',
  };
}

/**
 * The text of a text block, with line breaks as newlines. Citations are left out
 * unless asked for: they are counted as a kind of their own.
 */
export function inlineText(block: RichTextNode, withCitations = false): string {
  let text = '';
  for (const child of block.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
    else if (child.type === CITATION && withCitations) text += citationAttributes(child).text;
  }
  return text;
}

/** The text of each citation in a text block. */
export function citationTexts(block: RichTextNode): string[] {
  return (block.content ?? [])
    .filter((child) => child.type === CITATION)
    .map((child) => citationAttributes(child).text);
}

/** Every reading-log entry a document cites, once each, in order of first citation. */
export function citedEntryIds(document: RichTextNode): string[] {
  const ids = new Set<string>();
  const visit = (node: RichTextNode) => {
    if (node.type === CITATION) for (const id of citationAttributes(node).entryIds) ids.add(id);
    for (const child of node.content ?? []) visit(child);
  };
  visit(document);
  return [...ids];
}

/** The document with every citation's text written afresh, e.g. after an author was corrected. */
export function relabelCitations(
  document: RichTextNode,
  label: (citation: CitationAttributes) => string,
): RichTextNode {
  if (document.type === CITATION) {
    const attrs = citationAttributes(document);
    const text = label(attrs);
    return text === attrs.text ? document : { ...document, attrs: { ...document.attrs, text } };
  }
  if (document.content === undefined) return document;
  const content = document.content.map((child) => relabelCitations(child, label));
  return content.every((child, index) => child === document.content?.[index]) ? document : { ...document, content };
}

/** Every text block in reading order, however deeply nested in lists and quotes. */
export function* textBlocks(node: RichTextNode): Generator<RichTextNode> {
  if (TEXT_BLOCK_TYPES.has(node.type)) {
    yield node;
    return;
  }
  for (const child of node.content ?? []) yield* textBlocks(child);
}

/** The text of each text block in reading order, citations included only when asked for. */
export function blockTexts(document: RichTextNode, withCitations = false): string[] {
  return [...textBlocks(document)].map((block) => inlineText(block, withCitations));
}

/** Whether a document holds any writing: a section without any is not yet written. */
export function hasText(document: RichTextNode): boolean {
  for (const block of textBlocks(document)) if (inlineText(block, true).trim() !== '') return true;
  return false;
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
