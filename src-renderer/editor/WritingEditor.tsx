import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WordTally } from '../core/counting/word-tally.js';
import { CITATION, type CitationAttributes, type RichTextNode } from '../core/document/rich-text.js';
import { createAutosave, type SaveStatus } from './autosave.js';
import { CitationPicker, type CitableEntry } from './CitationPicker.js';
import { editorExtensions } from './extensions.js';
import { liveWordTally } from './live-word-count.js';
import { countWords } from '../core/counting/count-words.js';
import { cleanPastedHtml } from './paste-from-word.js';
import { Toolbar } from './Toolbar.js';
import { Problem } from '../ui/Problem.js';
import { anchorAt, type PassageAnchor, type PassagePlace } from '../core/comments/section-comment.js';
import { commentDecorations, commentHighlightsKey, textIndex, type CommentPassage } from './comment-highlights.js';
import { describeFailure } from '../core/failure/failure.js';
import { HEIF_ACCEPT, mayBeHeif } from '../core/pictures/heif.js';

/** Comments on the text: highlighted, placed, started from the toolbar, and brought into view. */
export interface EditorComments {
  readonly passages: readonly CommentPassage[];
  /** Where each passage is in the text now (undefined: nothing of it is left). */
  readonly onPlaces: (places: ReadonlyMap<string, PassagePlace | undefined>) => void;
  /** The candidate asked to comment on the selection (or on the section, with nothing selected). */
  readonly onStart: (anchor: PassageAnchor | null) => void;
  /** The comment whose passage to select and scroll to; changes each time one is chosen. */
  readonly focus: { readonly id: string } | undefined;
}

/** Where the pictures in a text are kept: the editor holds only their ids. */
export interface PictureStore {
  /** Keeps a picture and gives its id; throws a UserFacingError saying why a file cannot be used. */
  readonly add: (picture: { readonly name: string; readonly data: Blob }) => Promise<string>;
  readonly load: (pictureId: string) => Promise<Blob | undefined>;
}

/** Image files on a clipboard or in a drop, unless text came with them (as when copying from Word): then the text is wanted. */
function pictureFiles(data: DataTransfer | null): File[] {
  if (data === null || data.getData('text/plain') !== '') return [];
  return [...data.files].filter((file) => file.type.startsWith('image/') || mayBeHeif(file));
}

export interface WritingEditorProps {
  readonly title: string;
  readonly initialDocument: RichTextNode;
  readonly save: (document: RichTextNode) => Promise<void>;
  readonly onWords?: (words: WordTally) => void;
  /** Words in the selection, or undefined when nothing is selected. */
  readonly onSelectionWords?: (words: number | undefined) => void;
  readonly onSaveStatus: (status: SaveStatus) => void;
  /** Pixels at the foot of the screen the caret is kept clear of (the app's notices). */
  readonly bottomClearance?: number;
  /** Tells the app how to save this editor now (so export and navigation can save first), and what it has not stored yet; returns how to stop. */
  readonly registerFlush: (flush: () => Promise<void>, unsaved: () => RichTextNode | undefined) => () => void;
  /** More toolbar controls for this kind of writing (e.g. reflective model scaffolds). */
  readonly toolbarExtras?: (editor: Editor) => ReactNode;
  /** Offers "Cite" from the reading log; `useLabel` must be the same hook for the editor's lifetime. */
  readonly citations?: {
    readonly entries: readonly CitableEntry[];
    readonly useLabel: (citation: CitationAttributes) => string;
  };
  /** Offers pictures with captions in the text, kept here. */
  readonly pictures?: PictureStore;
  readonly comments?: EditorComments;
  /** Shown, selectable and open to comments, but not editable (a mentor's copy of the candidate's work). */
  readonly readOnly?: boolean;
}

function refuseToFollowLinks(event: MouseEvent): boolean {
  if (!(event.target instanceof Element) || event.target.closest('a') === null) return false;
  event.preventDefault();
  return false;
}

/** Words in the selection, by the same rule as everything else; undefined for a bare cursor. */
function selectionWords(editor: Editor): number | undefined {
  const { from, to, empty } = editor.state.selection;
  if (empty) return undefined;
  return countWords(
    editor.state.doc.textBetween(from, to, '\n', (leaf) =>
      leaf.type.name === CITATION ? String(leaf.attrs['text']) : leaf.type.name === 'hardBreak' ? '\n' : '',
    ),
  );
}

/**
 * A piece of the candidate's writing (a section, an evidence commentary). Give it a `key`
 * per document: it reads `initialDocument` once, then owns the text until it unmounts,
 * saving as the candidate types.
 */
export function WritingEditor({
  title,
  initialDocument,
  save,
  onWords,
  onSelectionWords,
  onSaveStatus,
  registerFlush,
  toolbarExtras,
  citations,
  pictures,
  comments,
  readOnly = false,
  bottomClearance = 0,
}: WritingEditorProps) {
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const choosePicture = useRef<HTMLInputElement>(null);
  const extensions = useMemo(
    () =>
      editorExtensions({
        citations:
          citations === undefined ? undefined : { useLabel: citations.useLabel, openPicker: () => setPicking(true) },
        pictures: pictures === undefined ? undefined : { loadPicture: pictures.load },
      }),
    // Extensions are fixed for the editor's lifetime; the component is keyed per document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const autosave = useMemo(
    () =>
      createAutosave<RichTextNode>({
        save,
        onStatus: onSaveStatus,
        describeError: describeFailure,
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
    editable: !readOnly,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      // A link in the text is kept, never followed: not by a click, a Ctrl+click or a middle-click, editable or read-only.
      handleDOMEvents: {
        click: (_view, event) => refuseToFollowLinks(event),
        auxclick: (_view, event) => refuseToFollowLinks(event),
      },
      handlePaste: (_view, event) => {
        const files = pictureFiles(event.clipboardData);
        if (files.length === 0 || pictures === undefined) return false;
        void addPictures(files);
        return true;
      },
      handleDrop: (view, event) => {
        const files = pictureFiles(event.dataTransfer);
        if (files.length === 0 || pictures === undefined) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void addPictures(files, at);
        return true;
      },
      attributes: {
        'aria-label': `${title}: text`,
        'aria-multiline': 'true',
        'aria-readonly': String(readOnly),
        role: 'textbox',
        spellcheck: String(!readOnly),
        lang: 'en-GB',
        class: 'section-text',
      },
    },
    onCreate: ({ editor: created }) => onWords?.(liveWordTally(created.state.doc)),
    onSelectionUpdate: ({ editor: selecting }) => onSelectionWords?.(selectionWords(selecting)),
    onUpdate: ({ editor: changed }) => {
      onWords?.(liveWordTally(changed.state.doc));
      autosave.changed(() => changed.getJSON() as RichTextNode);
    },
  });

  /** Keeps each picture, then puts it in the text after the block at `at` (or the cursor's); a refused file says why. */
  async function addPictures(files: readonly File[], at?: number): Promise<void> {
    if (pictures === undefined) return;
    setProblem(undefined);
    for (const file of files) {
      const name = file.name === '' ? 'Pasted picture' : file.name;
      try {
        const pictureId = await pictures.add({ name, data: file });
        const chain = editor.chain().focus();
        if (at !== undefined) chain.setTextSelection(at);
        chain.insertFigure({ pictureId, name }).run();
      } catch (error) {
        setProblem(describeFailure(error));
      }
    }
  }

  const passages = comments?.passages;
  const onPlaces = comments?.onPlaces;
  useEffect(() => {
    if (passages === undefined) return;
    const { decorations, places } = commentDecorations(editor.state.doc, passages);
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, decorations));
    onPlaces?.(places);
  }, [editor, passages, onPlaces]);

  const focus = comments?.focus;
  useEffect(() => {
    if (focus === undefined) return;
    const [highlight] =
      commentHighlightsKey
        .getState(editor.state)
        ?.find(undefined, undefined, (spec: { readonly commentId?: string }) => spec.commentId === focus.id) ?? [];
    if (highlight !== undefined)
      editor.chain().setTextSelection({ from: highlight.from, to: highlight.to }).scrollIntoView().run();
  }, [editor, focus]);

  function startComment(): void {
    const { from, to, empty } = editor.state.selection;
    if (empty) {
      comments?.onStart(null);
      return;
    }
    const index = textIndex(editor.state.doc);
    comments?.onStart(anchorAt(index.text, index.toOffset(from), index.toOffset(to)));
  }

  useEffect(() => {
    const flush = () => autosave.flush();
    const unregister = registerFlush(flush, () => autosave.unsaved());
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

  // The caret is kept clear of what the app shows at the foot of the screen (its notices).
  useEffect(() => {
    if (!editor.isDestroyed)
      editor.view.setProps({ scrollMargin: { top: 5, left: 5, right: 5, bottom: 5 + bottomClearance } });
  }, [editor, bottomClearance]);

  // A selection belongs to this editor: when it closes, there is none.
  useEffect(() => () => onSelectionWords?.(undefined), [onSelectionWords]);

  const commentButton = comments !== undefined && (
    <div className="toolbar-group">
      <button
        type="button"
        className="toolbar-button"
        title="Comment on the selected words, or on the section if nothing is selected"
        onMouseDown={(event) => event.preventDefault()}
        onClick={startComment}
      >
        ✎ Comment
      </button>
    </div>
  );

  if (readOnly) {
    return (
      <div className="section-editor read-only">
        <div className="toolbar" role="toolbar" aria-label={`${title}: comments`}>
          {commentButton}
        </div>
        <EditorContent editor={editor} className="section-page" />
      </div>
    );
  }

  return (
    <div className="section-editor">
      <Toolbar editor={editor}>
        {citations !== undefined && (
          <div className="toolbar-group">
            <button
              type="button"
              className="toolbar-button"
              title="Insert a citation from your reading log (Ctrl+Shift+C)"
              onClick={() => setPicking(true)}
            >
              Cite
            </button>
          </div>
        )}
        {pictures !== undefined && (
          <div className="toolbar-group">
            <button
              type="button"
              className="toolbar-button"
              title="Put a picture (PNG, JPEG, or an iPhone's HEIC photo) in the text, with a caption"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choosePicture.current?.click()}
            >
              ▨ Picture
            </button>
            <input
              ref={choosePicture}
              type="file"
              accept={`image/png,image/jpeg,${HEIF_ACCEPT}`}
              multiple
              hidden
              aria-label="Choose a picture"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void addPictures(files);
              }}
            />
          </div>
        )}
        {commentButton}
        {toolbarExtras?.(editor)}
      </Toolbar>
      <Problem message={problem} />
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
              .insertContent([
                { type: CITATION, attrs: { entryIds, page, narrative, text: '' } },
                { type: 'text', text: ' ' },
              ])
              .run();
          }}
        />
      )}
    </div>
  );
}
