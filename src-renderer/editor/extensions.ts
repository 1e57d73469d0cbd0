import { Extension, mergeAttributes } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { DOMOutputSpec, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { FIGURE_CAPTION } from '../core/document/rich-text.js';
import { Citation, type CitationOptions } from './citation-node.js';
import { CommentHighlights } from './comment-highlights.js';
import { Figure, FigureCaption, type FigureOptions } from './figure-node.js';
import { ReflectivePrompts } from './reflective-prompts.js';

/**
 * What the editor lets a candidate write: exactly what the .docx builder exports.
 * Headings start at level 2 because each section's own title is the level above.
 * Code, strike-through and rules are off: an assignment rarely needs them and the exported
 * document would not carry them faithfully. Links keep their address in the app and are
 * exported as their text; they never open from the editor.
 */
const STARTER_KIT = StarterKit.configure({
  heading: { levels: [2, 3] },
  code: false,
  codeBlock: false,
  strike: false,
  horizontalRule: false,
  link: {
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    defaultProtocol: 'https',
    protocols: ['mailto'],
    HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
  },
});

/**
 * The width of each column of a table, in pixels, where its document sets one (from its first
 * row, as tiptap reads them): a document from elsewhere may bring widths; the editor makes none.
 */
function columnWidths(table: ProseMirrorNode): (number | undefined)[] {
  const widths: (number | undefined)[] = [];
  table.firstChild?.forEach((cell) => {
    const span = Math.max(1, Number(cell.attrs['colspan']) || 1);
    const colwidth: unknown = cell.attrs['colwidth'];
    for (let index = 0; index < span; index++) {
      const width: unknown = Array.isArray(colwidth) ? colwidth[index] : undefined;
      widths.push(typeof width === 'number' && width > 0 ? width : undefined);
    }
  });
  return widths;
}

/**
 * A table's HTML, what a copy or a drag carries, with no style attribute: tiptap's writes the
 * widths as `style="width: …"`, which the content-security policy refuses (and reports) when it
 * is pasted back (docs/security.md). Set widths go in `<col width>`, which tiptap reads back, as
 * it does each cell's `colwidth`. On screen the table's node view sets widths through CSSOM,
 * which the policy allows.
 */
const TableWithoutStyleAttributes = Table.extend({
  renderHTML({ node, HTMLAttributes }) {
    const columns = columnWidths(node).map((width): DOMOutputSpec => [
      'col',
      width === undefined ? {} : { width: String(width) },
    ]);
    return [
      'table',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes),
      ['colgroup', {}, ...columns],
      ['tbody', 0],
    ];
  },
});

/** Tables without resizing: the export gives every column an equal share of the page. */
const TABLES = Extension.create({
  name: 'tables',
  addExtensions: () => [
    TableWithoutStyleAttributes.configure({ resizable: false, allowTableNodeSelection: true }),
    TableCell,
    TableHeader,
    TableRow,
  ],
});

const CAPTION_PLACEHOLDER = Placeholder.configure({
  showOnlyCurrent: false,
  includeChildren: true,
  placeholder: ({ node }) => (node.type.name === FIGURE_CAPTION ? 'Type a caption: what the picture shows' : ''),
});

const FIXED = [STARTER_KIT, TABLES, FigureCaption, CAPTION_PLACEHOLDER, CommentHighlights, ReflectivePrompts];

export const EDITOR_EXTENSIONS = [...FIXED, Citation, Figure];

export interface EditorOptions {
  readonly citations?: Partial<CitationOptions>;
  readonly pictures?: FigureOptions;
}

/** The editor's extensions, with citations tied to the reading log and pictures to the portfolio where offered. */
export function editorExtensions({ citations, pictures }: EditorOptions = {}) {
  return [
    ...FIXED,
    citations === undefined ? Citation : Citation.configure(citations),
    pictures === undefined ? Figure : Figure.configure(pictures),
  ];
}
