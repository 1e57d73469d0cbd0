import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';
const ALT = isMac ? '⌥' : 'Alt+';
const SHIFT = isMac ? '⇧' : 'Shift+';

interface ToolbarButton {
  readonly label: string;
  readonly text: string;
  readonly shortcut?: string;
  readonly isActive?: (editor: Editor) => boolean;
  readonly canRun?: (editor: Editor) => boolean;
  readonly run: (editor: Editor) => void;
}

/** Shown only while the cursor is in a table. */
const TABLE_BUTTONS: readonly ToolbarButton[] = [
  {
    label: 'Add a row below',
    text: '+ Row',
    shortcut: 'Tab in the last cell',
    run: (e) => e.chain().focus().addRowAfter().run(),
  },
  { label: 'Add a column to the right', text: '+ Column', run: (e) => e.chain().focus().addColumnAfter().run() },
  {
    label: 'Delete this row',
    text: '− Row',
    canRun: (e) => e.can().deleteRow(),
    run: (e) => e.chain().focus().deleteRow().run(),
  },
  {
    label: 'Delete this column',
    text: '− Column',
    canRun: (e) => e.can().deleteColumn(),
    run: (e) => e.chain().focus().deleteColumn().run(),
  },
  {
    label: 'Header row',
    text: 'Header row',
    isActive: (e) => e.isActive('tableHeader'),
    run: (e) => e.chain().focus().toggleHeaderRow().run(),
  },
  { label: 'Delete the table', text: 'Delete table', run: (e) => e.chain().focus().deleteTable().run() },
];

const GROUPS: readonly (readonly ToolbarButton[])[] = [
  [
    {
      label: 'Heading',
      text: 'H2',
      shortcut: `${MOD}${ALT}2`,
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'Subheading',
      text: 'H3',
      shortcut: `${MOD}${ALT}3`,
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    {
      label: 'Bold',
      text: 'B',
      shortcut: `${MOD}B`,
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      label: 'Italic',
      text: 'I',
      shortcut: `${MOD}I`,
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
    {
      label: 'Underline',
      text: 'U',
      shortcut: `${MOD}U`,
      isActive: (e) => e.isActive('underline'),
      run: (e) => e.chain().focus().toggleUnderline().run(),
    },
  ],
  [
    {
      label: 'Bulleted list',
      text: '• List',
      shortcut: `${MOD}${SHIFT}8`,
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      label: 'Numbered list',
      text: '1. List',
      shortcut: `${MOD}${SHIFT}7`,
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      label: 'Quotation',
      text: '“ Quote',
      shortcut: `${MOD}${SHIFT}B`,
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
    {
      label: 'Insert a table',
      text: '▦ Table',
      canRun: (e) => !e.isActive('table') && e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
  ],
  [
    {
      label: 'Undo',
      text: '↶ Undo',
      shortcut: `${MOD}Z`,
      canRun: (e) => e.can().undo(),
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      label: 'Redo',
      text: '↷ Redo',
      shortcut: isMac ? `${MOD}${SHIFT}Z` : `${MOD}Y`,
      canRun: (e) => e.can().redo(),
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
];

const BUTTONS = [...GROUPS.flat(), ...TABLE_BUTTONS];

/** Formatting buttons. Re-renders only when a button's pressed or enabled state changes, or the cursor enters or leaves a table. */
export function Toolbar({ editor, children }: { readonly editor: Editor; readonly children?: ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      BUTTONS.map(
        (button) => `${button.isActive?.(current) === true ? 1 : 0}${button.canRun?.(current) === false ? 0 : 1}`,
      ).join('') + (current.isActive('table') ? 'T' : ''),
  });
  const groups = state.endsWith('T') ? [...GROUPS, TABLE_BUTTONS] : GROUPS;
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {groups.map((group, groupIndex) => (
        <div className={`toolbar-group${group === TABLE_BUTTONS ? ' toolbar-table' : ''}`} key={groupIndex}>
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
                title={button.shortcut === undefined ? button.label : `${button.label} (${button.shortcut})`}
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
