import { TableKit } from '@tiptap/extension-table';
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
  link: { openOnClick: false, autolink: true, linkOnPaste: true, defaultProtocol: 'https', protocols: ['mailto'], HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' } },
});

/** Tables without resizing: the export gives every column an equal share of the page. */
const TABLES = TableKit.configure({ table: { resizable: false, allowTableNodeSelection: true } });

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
  return [...FIXED, citations === undefined ? Citation : Citation.configure(citations), pictures === undefined ? Figure : Figure.configure(pictures)];
}
