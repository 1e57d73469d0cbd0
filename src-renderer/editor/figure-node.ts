import { mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { FIGURE, FIGURE_CAPTION } from '../core/document/rich-text.js';

export interface FigureOptions {
  /** The picture's file, for display; undefined when it is missing. The editor never reads the database itself. */
  readonly loadPicture: (pictureId: string) => Promise<Blob | undefined>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Puts a picture in the text after the cursor's paragraph, with the cursor in its empty caption. */
      insertFigure: (picture: { readonly pictureId: string; readonly name: string }) => ReturnType;
    };
  }
}

/** A figure's caption: a line of text under the picture, exported as "Figure N: caption". */
export const FigureCaption = Node.create({
  name: FIGURE_CAPTION,
  content: 'inline*',
  marks: '_',
  defining: true,

  parseHTML() {
    return [{ tag: 'figcaption' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figcaption', HTMLAttributes, 0];
  },

  addKeyboardShortcuts() {
    return {
      // A caption is one line: Enter carries on writing in a new paragraph after the figure.
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== FIGURE_CAPTION) return false;
        const after = $from.after($from.depth - 1);
        return editor
          .chain()
          .insertContentAt(after, { type: 'paragraph' })
          .setTextSelection(after + 1)
          .scrollIntoView()
          .run();
      },
    };
  },
});

/**
 * A picture in the candidate's text with its caption. The picture lives in the portfolio's
 * pictures and the document holds only its id, so a long section with photos stays small
 * to save and count. Only PNG and JPEG are let in (db/pictures.ts), as Word shows them everywhere.
 */
export const Figure = Node.create<FigureOptions>({
  name: FIGURE,
  group: 'block',
  content: FIGURE_CAPTION,
  draggable: true,
  isolating: true,

  addOptions() {
    return { loadPicture: () => Promise.resolve(undefined) };
  },

  addAttributes() {
    return {
      pictureId: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-picture-id') ?? '',
        renderHTML: (attributes) => ({ 'data-picture-id': String(attributes['pictureId']) }),
      },
      name: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-name') ?? '',
        renderHTML: (attributes) => ({ 'data-name': String(attributes['name']) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-picture-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'figure' }), 0];
  },

  addCommands() {
    return {
      insertFigure:
        ({ pictureId, name }) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          // After the paragraph the cursor is in, in its list item or table cell, so a picture
          // goes where the candidate is writing; after the figure itself when in a caption.
          const inCaption = $from.parent.type.name === FIGURE_CAPTION;
          const at = $from.depth === 0 ? $from.pos : $from.after(inCaption ? $from.depth - 1 : $from.depth);
          const figure = state.schema.nodes[FIGURE]?.create(
            { pictureId, name },
            state.schema.nodes[FIGURE_CAPTION]?.create(),
          );
          if (figure === undefined) return false;
          if (dispatch !== undefined) {
            tr.insert(at, figure);
            tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView();
          }
          return true;
        },
    };
  },

  addNodeView() {
    return ({ node, extension }) => {
      const dom = document.createElement('figure');
      dom.className = 'figure';
      const picture = document.createElement('img');
      picture.className = 'figure-picture';
      picture.draggable = false;
      const label = document.createElement('span');
      label.className = 'figure-label';
      label.contentEditable = 'false';
      label.textContent = 'Figure:';
      const caption = document.createElement('div');
      caption.className = 'figure-caption';
      const row = document.createElement('div');
      row.className = 'figure-caption-row';
      row.append(label, caption);
      dom.append(picture, row);

      let url: string | undefined;
      let shown: string | undefined;
      const show = (pictureId: string, name: string) => {
        picture.alt = name === '' ? 'Picture' : `Picture: ${name}`;
        if (pictureId === shown) return;
        shown = pictureId;
        void (extension.options as FigureOptions).loadPicture(pictureId).then((file) => {
          if (shown !== pictureId) return;
          if (url !== undefined) URL.revokeObjectURL(url);
          url = file === undefined ? undefined : URL.createObjectURL(file);
          dom.classList.toggle('figure-missing', url === undefined);
          if (url === undefined) picture.removeAttribute('src');
          else picture.src = url;
        });
      };
      show(String(node.attrs['pictureId']), String(node.attrs['name']));

      return {
        dom,
        contentDOM: caption,
        update: (updated) => {
          if (updated.type !== node.type) return false;
          show(String(updated.attrs['pictureId']), String(updated.attrs['name']));
          return true;
        },
        // The picture's own changes (its address arriving) are not the document's.
        ignoreMutation: (mutation) => mutation.type !== 'selection' && !caption.contains(mutation.target),
        destroy: () => {
          shown = undefined;
          if (url !== undefined) URL.revokeObjectURL(url);
        },
      };
    };
  },
});
