import StarterKit from '@tiptap/starter-kit';
import { Citation, type CitationOptions } from './citation-node.js';

/**
 * What the editor lets a candidate write: exactly what the .docx builder exports.
 * Headings start at level 2 because each section's own title is the level above.
 * Code, strike-through, rules and links are off: an assignment rarely needs them and
 * the exported document would not carry them faithfully.
 */
const STARTER_KIT = StarterKit.configure({
  heading: { levels: [2, 3] },
  code: false,
  codeBlock: false,
  strike: false,
  horizontalRule: false,
  link: false,
});

export const EDITOR_EXTENSIONS = [STARTER_KIT, Citation];

/** The editor's extensions, with citations tied to the reading log where citing is offered. */
export function editorExtensions(citations?: Partial<CitationOptions>) {
  return citations === undefined ? EDITOR_EXTENSIONS : [STARTER_KIT, Citation.configure(citations)];
}
