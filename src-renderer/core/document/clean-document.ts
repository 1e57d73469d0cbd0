import type { RichTextMark, RichTextNode } from './rich-text.js';

/**
 * A document from outside the app (a shared file, a backup from another device) made safe to
 * open: only the nodes, marks and attributes the editor knows are kept, links only to web and
 * email addresses, and the nesting the editor expects. Text is never lost: an unknown block
 * gives up its text, stray text in a list of blocks is wrapped in a paragraph. A document the
 * app wrote comes back unchanged.
 */

type Content = 'blocks' | 'inline' | 'none';

/** Each node the editor knows: what it holds and which attributes it keeps. */
const NODES: Readonly<Record<string, { readonly content: Content; readonly attrs: readonly string[] }>> = {
  doc: { content: 'blocks', attrs: [] },
  paragraph: { content: 'inline', attrs: [] },
  heading: { content: 'inline', attrs: ['level'] },
  blockquote: { content: 'blocks', attrs: [] },
  bulletList: { content: 'blocks', attrs: [] },
  orderedList: { content: 'blocks', attrs: ['start', 'type'] },
  listItem: { content: 'blocks', attrs: [] },
  table: { content: 'blocks', attrs: [] },
  tableRow: { content: 'blocks', attrs: [] },
  tableHeader: { content: 'blocks', attrs: ['colspan', 'rowspan', 'colwidth'] },
  tableCell: { content: 'blocks', attrs: ['colspan', 'rowspan', 'colwidth'] },
  figure: { content: 'blocks', attrs: ['pictureId', 'name'] },
  figureCaption: { content: 'inline', attrs: [] },
  text: { content: 'none', attrs: [] },
  hardBreak: { content: 'none', attrs: [] },
  citation: { content: 'none', attrs: ['entryIds', 'page', 'narrative', 'text'] },
};

const INLINE = new Set(['text', 'hardBreak', 'citation']);

/** Containers that hold one kind of child: anything else inside is wrapped in it. */
const ONLY_CHILD: Readonly<Record<string, string>> = {
  bulletList: 'listItem',
  orderedList: 'listItem',
  table: 'tableRow',
  tableRow: 'tableCell',
};
const MARKS: Readonly<Record<string, readonly string[]>> = {
  bold: [],
  italic: [],
  underline: [],
  link: ['href', 'target', 'rel', 'class'],
};
const SAFE_LINK = /^\s*(https?:|mailto:)/iu;
/** Deeper than any list or table a person writes; past it, only the text is kept. */
const MAX_DEPTH = 40;

export function cleanDocument(value: RichTextNode): RichTextNode {
  return { type: 'doc', content: blocksOf(value.content ?? [], 1) };
}

function blocksOf(nodes: readonly RichTextNode[], depth: number): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let loose: RichTextNode[] = [];
  const wrapLoose = () => {
    if (loose.length > 0) blocks.push({ type: 'paragraph', content: loose });
    loose = [];
  };
  for (const node of nodes) {
    if (INLINE.has(node.type)) {
      loose.push(...inlineOf([node]));
      continue;
    }
    wrapLoose();
    const known = NODES[node.type];
    if (known === undefined || depth > MAX_DEPTH) {
      // An unknown block gives up its text as a paragraph.
      const text = inlineOf([node]);
      if (text.length > 0) blocks.push({ type: 'paragraph', content: text });
      continue;
    }
    if (node.type === 'figure') {
      // A figure is its picture and one caption, which holds whatever text came inside it.
      const caption = inlineOf(node.content ?? []);
      blocks.push(
        withKnownParts(node, known.attrs, [
          caption.length === 0 ? { type: 'figureCaption' } : { type: 'figureCaption', content: caption },
        ]),
      );
      continue;
    }
    const content = known.content === 'blocks' ? blocksOf(node.content ?? [], depth + 1) : inlineOf(node.content ?? []);
    const only = ONLY_CHILD[node.type];
    blocks.push(
      withKnownParts(
        node,
        known.attrs,
        only === undefined
          ? content
          : content.map((child) =>
              child.type === only || (only === 'tableCell' && child.type === 'tableHeader')
                ? child
                : wrapIn(only, child),
            ),
      ),
    );
  }
  wrapLoose();
  return blocks;
}

/** The inline nodes in `nodes`, those inside blocks included, in reading order, at any depth. */
function inlineOf(nodes: readonly RichTextNode[]): RichTextNode[] {
  const inline: RichTextNode[] = [];
  // A stack rather than recursion: a hostile file may nest thousands deep.
  const stack: RichTextNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') {
      if (typeof node.text === 'string' && node.text !== '')
        inline.push(withMarks({ type: 'text', text: node.text }, node.marks));
    } else if (node.type === 'hardBreak') {
      inline.push(withMarks({ type: 'hardBreak' }, node.marks));
    } else if (node.type === 'citation') {
      inline.push(withMarks(withKnownParts(node, NODES['citation']?.attrs ?? [], undefined), node.marks));
    } else if (node.content !== undefined) {
      for (let index = node.content.length - 1; index >= 0; index--) {
        const child = node.content[index];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return inline;
}

function withKnownParts(
  node: RichTextNode,
  attrNames: readonly string[],
  content: RichTextNode[] | undefined,
): RichTextNode {
  const attrs = keptAttrs(node.attrs, attrNames);
  return {
    type: node.type,
    ...(attrs === undefined ? {} : { attrs }),
    ...(content === undefined || (content.length === 0 && node.content === undefined) ? {} : { content }),
  };
}

function withMarks(node: RichTextNode, marks: readonly RichTextMark[] | undefined): RichTextNode {
  const kept = (marks ?? []).flatMap((mark): RichTextMark[] => {
    const names = MARKS[mark.type];
    if (names === undefined) return [];
    if (mark.type === 'link' && !(typeof mark.attrs?.['href'] === 'string' && SAFE_LINK.test(mark.attrs['href'])))
      return [];
    const attrs = keptAttrs(mark.attrs, names);
    return [{ type: mark.type, ...(attrs === undefined ? {} : { attrs }) }];
  });
  return kept.length === 0 ? node : { ...node, marks: kept };
}

/** Attributes with these names whose values are plain data: text, numbers, yes/no, nothing, or lists of those. */
function keptAttrs(
  attrs: Readonly<Record<string, unknown>> | undefined,
  names: readonly string[],
): Record<string, unknown> | undefined {
  // A file's attributes may be anything at all, whatever the type says.
  if (typeof attrs !== 'object' || (attrs as unknown) === null) return undefined;
  const isPlain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  const kept = Object.fromEntries(
    names
      .filter(
        (name) => name in attrs && (isPlain(attrs[name]) || (Array.isArray(attrs[name]) && attrs[name].every(isPlain))),
      )
      .map((name) => [name, attrs[name]]),
  );
  return Object.keys(kept).length === 0 && Object.keys(attrs).length === 0 ? attrs : kept;
}

function wrapIn(type: string, child: RichTextNode): RichTextNode {
  return type === 'tableRow'
    ? { type, content: [{ type: 'tableCell', content: [child] }] }
    : { type, content: [child] };
}
