import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';
const ALT = isMac ? '⌥' : 'Alt+';
const SHIFT = isMac ? '⇧' : 'Shift+';

interface ToolbarButton {
  readonly label: string;
  readonly text: string;
  readonly shortcut: string;
  readonly isActive?: (editor: Editor) => boolean;
  readonly canRun?: (editor: Editor) => boolean;
  readonly run: (editor: Editor) => void;
}

const GROUPS: readonly (readonly ToolbarButton[])[] = [
  [
    { label: 'Heading', text: 'H2', shortcut: `${MOD}${ALT}2`, isActive: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: 'Subheading', text: 'H3', shortcut: `${MOD}${ALT}3`, isActive: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  ],
  [
    { label: 'Bold', text: 'B', shortcut: `${MOD}B`, isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
    { label: 'Italic', text: 'I', shortcut: `${MOD}I`, isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
    { label: 'Underline', text: 'U', shortcut: `${MOD}U`, isActive: (e) => e.isActive('underline'), run: (e) => e.chain().focus().toggleUnderline().run() },
  ],
  [
    { label: 'Bulleted list', text: '• List', shortcut: `${MOD}${SHIFT}8`, isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: 'Numbered list', text: '1. List', shortcut: `${MOD}${SHIFT}7`, isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
    { label: 'Quotation', text: '“ Quote', shortcut: `${MOD}${SHIFT}B`, isActive: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  ],
  [
    { label: 'Undo', text: '↶ Undo', shortcut: `${MOD}Z`, canRun: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
    { label: 'Redo', text: '↷ Redo', shortcut: isMac ? `${MOD}${SHIFT}Z` : `${MOD}Y`, canRun: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
  ],
];

const BUTTONS = GROUPS.flat();

/** Formatting buttons. Re-renders only when a button's pressed or enabled state changes. */
export function Toolbar({ editor, children }: { readonly editor: Editor; readonly children?: ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      BUTTONS.map((button) => `${button.isActive?.(current) === true ? 1 : 0}${button.canRun?.(current) === false ? 0 : 1}`).join(''),
  });
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {group.map((button) => {
            const index = BUTTONS.indexOf(button);
            const pressed = button.isActive === undefined ? undefined : state[index * 2] === '1';
            return (
              <button
                key={button.label}
                type="button"
                className={`toolbar-button toolbar-${button.label.toLowerCase().replace(/\s+/g, '-')}`}
                aria-label={button.label}
                aria-pressed={pressed}
                title={`${button.label} (${button.shortcut})`}
                disabled={state[index * 2 + 1] === '0'}
                // Keep the text selected while clicking a button.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => button.run(editor)}
              >
                {button.text}
              </button>
            );
          })}
        </div>
      ))}
      {children}
    </div>
  );
}
