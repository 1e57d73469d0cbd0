import StarterKit from '@tiptap/starter-kit';

/**
 * What the editor lets a candidate write: exactly what the .docx builder exports.
 * Headings start at level 2 because each section's own title is the level above.
 * Code, strike-through, rules and links are off: an assignment rarely needs them and
 * the exported document would not carry them faithfully.
 */
export const EDITOR_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    horizontalRule: false,
    link: false,
  }),
];
