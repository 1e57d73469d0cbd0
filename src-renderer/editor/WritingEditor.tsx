import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WordTally } from '../core/counting/word-tally.js';
import { CITATION, type CitationAttributes, type RichTextNode } from '../core/document/rich-text.js';
import { createAutosave, type SaveStatus } from './autosave.js';
import { CitationPicker, type CitableEntry } from './CitationPicker.js';
import { editorExtensions } from './extensions.js';
import { liveWordTally } from './live-word-count.js';
import { countWords } from '../core/counting/count-words.js';
import { cleanPastedHtml } from './paste-from-word.js';
import { Toolbar } from './Toolbar.js';

export interface WritingEditorProps {
  readonly title: string;
  readonly initialDocument: RichTextNode;
  readonly save: (document: RichTextNode) => Promise<void>;
  readonly describeSaveError: (error: unknown) => string;
  readonly onWords?: (words: WordTally) => void;
  /** Words in the selection, or undefined when nothing is selected. */
  readonly onSelectionWords?: (words: number | undefined) => void;
  readonly onSaveStatus: (status: SaveStatus) => void;
  /** Receives the editor's flush, so others (export, navigation) can save first. */
  readonly registerFlush: (flush: () => Promise<void>) => () => void;
  /** More toolbar controls for this kind of writing (e.g. reflective model scaffolds). */
  readonly toolbarExtras?: (editor: Editor) => ReactNode;
  /** Offers "Cite" from the reading log; `useLabel` must be the same hook for the editor's lifetime. */
  readonly citations?: { readonly entries: readonly CitableEntry[]; readonly useLabel: (citation: CitationAttributes) => string };
}

/** Words in the selection, by the same rule as everything else; undefined for a bare cursor. */
function selectionWords(editor: Editor): number | undefined {
  const { from, to, empty } = editor.state.selection;
  if (empty) return undefined;
  return countWords(
    editor.state.doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === CITATION ? String(leaf.attrs['text']) : leaf.type.name === 'hardBreak' ? '\n' : '')),
  );
}

/**
 * A piece of the candidate's writing (a section, an evidence commentary). Give it a `key`
 * per document: it reads `initialDocument` once, then owns the text until it unmounts,
 * saving as the candidate types.
 */
export function WritingEditor({ title, initialDocument, save, describeSaveError, onWords, onSelectionWords, onSaveStatus, registerFlush, toolbarExtras, citations }: WritingEditorProps) {
  const [picking, setPicking] = useState(false);
  const extensions = useMemo(
    () => editorExtensions(citations === undefined ? undefined : { useLabel: citations.useLabel, openPicker: () => setPicking(true) }),
    // Extensions are fixed for the editor's lifetime; the component is keyed per document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const autosave = useMemo(
    () =>
      createAutosave<RichTextNode>({
        save,
        onStatus: onSaveStatus,
        describeError: describeSaveError,
        // Turning a long document into JSON takes a few milliseconds: do it between keystrokes.
        whenIdle: (work) => requestIdleCallback(work, { timeout: 500 }),
      }),
    // The editor is keyed by section, so these are fixed for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const editor = useEditor({
    extensions,
    // The same JSON shape; tiptap's type only lacks our `readonly`.
    content: initialDocument as unknown as JSONContent,
    injectCSS: false,
    // The toolbar subscribes to what it shows; typing must not re-render the screen.
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: { 'aria-label': `${title}: text`, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'en-GB', class: 'section-text' },
    },
    onCreate: ({ editor: created }) => onWords?.(liveWordTally(created.state.doc)),
    onSelectionUpdate: ({ editor: selecting }) => onSelectionWords?.(selectionWords(selecting)),
    onUpdate: ({ editor: changed }) => {
      onWords?.(liveWordTally(changed.state.doc));
      autosave.changed(() => changed.getJSON() as RichTextNode);
    },
  });

  useEffect(() => {
    const flush = () => autosave.flush();
    const unregister = registerFlush(flush);
    const saveNow = () => void flush();
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      unregister();
      void flush();
    };
  }, [autosave, registerFlush]);

  // A selection belongs to this editor: when it closes, there is none.
  useEffect(() => () => onSelectionWords?.(undefined), [onSelectionWords]);

  return (
    <div className="section-editor">
      <Toolbar editor={editor}>
        {citations !== undefined && (
          <div className="toolbar-group">
            <button type="button" className="toolbar-button" title="Insert a citation from your reading log (Ctrl+Shift+C)" onClick={() => setPicking(true)}>
              Cite
            </button>
          </div>
        )}
        {toolbarExtras?.(editor)}
      </Toolbar>
      <EditorContent editor={editor} className="section-page" />
      {picking && citations !== undefined && (
        <CitationPicker
          entries={citations.entries}
          onClose={() => {
            setPicking(false);
            editor.commands.focus();
          }}
          onInsert={({ entryIds, page, narrative }) => {
            setPicking(false);
            editor
              .chain()
              .focus()
              .insertContent([{ type: CITATION, attrs: { entryIds, page, narrative, text: '' } }, { type: 'text', text: ' ' }])
              .run();
          }}
        />
      )}
    </div>
  );
}
