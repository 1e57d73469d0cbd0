import { mergeAttributes, Node } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect } from 'react';
import {
  closesUpToCitation,
  isOnlySpaces,
  spacingAfterCitation,
  spacingBeforeCitation,
  type TextEdit,
} from '../core/document/citation-spacing.js';
import {
  CITATION,
  citationAttributes,
  type CitationAttributes,
  type RichTextNode,
} from '../core/document/rich-text.js';

export interface CitationOptions {
  /**
   * A React hook giving a citation's text from the reading log as it is now, so editing an
   * entry rewrites every citation of it on screen. Without one, the stored text is shown.
   */
  readonly useLabel: (citation: CitationAttributes) => string;
  /** Opens the citation picker (Ctrl/Cmd+Shift+C); undefined where citing is not offered. */
  readonly openPicker: (() => void) | undefined;
}

/**
 * An in-text citation: one inline, atomic node bound to reading-log entries by id. Its
 * `text` attribute keeps the last rendered text, so counting and export need no lookup.
 */
export const Citation = Node.create<CitationOptions>({
  name: CITATION,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { useLabel: (citation) => citation.text, openPicker: undefined };
  },

  addAttributes() {
    return {
      entryIds: {
        default: [],
        parseHTML: (element) => parseIds(element.getAttribute('data-entry-ids')),
        renderHTML: (attributes) => ({ 'data-entry-ids': JSON.stringify(attributes['entryIds']) }),
      },
      page: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-page') ?? '',
        renderHTML: (attributes) => ({ 'data-page': String(attributes['page']) }),
      },
      narrative: {
        default: false,
        parseHTML: (element) => element.getAttribute('data-narrative') === 'true',
        renderHTML: (attributes) => ({ 'data-narrative': String(attributes['narrative']) }),
      },
      text: { default: '', parseHTML: (element) => element.textContent, renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-citation]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-citation': '', class: 'citation' }),
      String(node.attrs['text']),
    ];
  },

  renderText({ node }) {
    return String(node.attrs['text']);
  },

  addNodeView() {
    return ReactNodeViewRenderer(CitationView);
  },

  addProseMirrorPlugins() {
    return [citationSpacing()];
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-c': () => {
        const open = this.options.openPicker;
        open?.();
        return open !== undefined;
      },
    };
  },
});

const citationSpacingKey = new PluginKey('citationSpacing');

/**
 * Keeps the spacing around citations as a writer expects it (see citation-spacing.ts): when a
 * citation goes in, and when punctuation is typed after one. It looks only at the text just
 * changed, so typing stays cheap however long the document.
 */
export function citationSpacing(): Plugin {
  return new Plugin({
    key: citationSpacingKey,
    props: {
      handleTextInput(view, from, to, text) {
        const closedUp = closeUpToCitation(view.state, from, to, text);
        if (closedUp === undefined) return false;
        view.dispatch(closedUp);
        return true;
      },
    },
    appendTransaction(transactions, _before, state) {
      const citations = citationsPutIn(transactions, state.doc);
      if (citations.length === 0) return null;
      const tr = state.tr;
      for (const position of citations) spaceAround(tr, tr.mapping.map(position));
      return tr.docChanged ? tr : null;
    },
  });
}

/**
 * Typing a full stop (or other closing punctuation) after a citation and a space: the
 * punctuation goes against the citation, as the space was only there for a next word.
 * Undefined when the typing is anything else.
 */
export function closeUpToCitation(state: EditorState, from: number, to: number, text: string): Transaction | undefined {
  if (!closesUpToCitation(text)) return undefined;
  const spaces = spacesAfterCitation(state.doc, from);
  if (spaces === 0) return undefined;
  const marks = state.storedMarks ?? state.doc.resolve(from).marks();
  return state.tr.replaceWith(from - spaces, to, state.schema.text(text, marks)).scrollIntoView();
}

/** How many spaces stand between a citation and `position`, or 0 if anything else stands there. */
function spacesAfterCitation(doc: ProseMirrorNode, position: number): number {
  const $position = doc.resolve(position);
  const parent = $position.parent;
  const index = $position.index();
  // Inside a text node, what comes before the position is the start of that node; otherwise the whole node before.
  const [textBefore, before] =
    $position.textOffset > 0
      ? [parent.child(index).text?.slice(0, $position.textOffset), index - 1]
      : [parent.maybeChild(index - 1)?.text, index - 2];
  if (textBefore === undefined || !isOnlySpaces(textBefore)) return 0;
  return parent.maybeChild(before)?.type.name === CITATION ? textBefore.length : 0;
}

/** Where the citations put in by these transactions are in `doc` (typing, pasting, undoing, or the picker). */
function citationsPutIn(transactions: readonly Transaction[], doc: ProseMirrorNode): number[] {
  const positions = new Set<number>();
  transactions.forEach((transaction, index) => {
    const later = transactions.slice(index + 1);
    const toFinal = (position: number, step: number, side: -1 | 1) =>
      later.reduce(
        (mapped, next) => next.mapping.map(mapped, side),
        transaction.mapping.slice(step + 1).map(position, side),
      );
    transaction.steps.forEach((step, stepIndex) => {
      step.getMap().forEach((_oldFrom, _oldTo, newFrom, newTo) => {
        if (newTo === newFrom) return;
        doc.nodesBetween(toFinal(newFrom, stepIndex, -1), toFinal(newTo, stepIndex, 1), (node, position) => {
          if (node.type.name === CITATION) positions.add(position);
        });
      });
    });
  });
  return [...positions];
}

/** One space before the citation at `position` and the right spacing after it, in `tr`. */
function spaceAround(tr: Transaction, position: number): void {
  const citation = tr.doc.nodeAt(position);
  if (citation?.type.name !== CITATION) return;
  const end = position + citation.nodeSize;
  const after = tr.doc.resolve(end).nodeAfter?.text ?? '';
  const before = tr.doc.resolve(position).nodeBefore?.text ?? '';
  // After first: an edit there leaves the positions before the citation where they were.
  replace(tr, end, spacingAfterCitation(after));
  replace(tr, position - before.length, spacingBeforeCitation(before));
}

/** Makes an edit to the text that starts at `start`. */
function replace(tr: Transaction, start: number, edit: TextEdit | undefined): void {
  if (edit === undefined) return;
  if (edit.insert === '') tr.delete(start + edit.from, start + edit.to);
  else tr.insertText(edit.insert, start + edit.from, start + edit.to);
}

function CitationView({ node, editor, getPos, extension, selected }: ReactNodeViewProps) {
  const attributes = citationAttributes(node.toJSON() as RichTextNode);
  const label = (extension.options as CitationOptions).useLabel(attributes);
  useEffect(() => {
    const position = getPos();
    if (label === attributes.text || position === undefined || !editor.isEditable) return;
    // Keeping the stored text in step is bookkeeping, not an edit the writer should undo.
    editor.view.dispatch(editor.state.tr.setNodeAttribute(position, 'text', label).setMeta('addToHistory', false));
  }, [label, attributes.text, editor, getPos]);
  const missing = label === '(citation missing)';
  return (
    <NodeViewWrapper
      as="span"
      className={`citation${missing ? ' broken' : ''}${selected ? ' selected' : ''}`}
      title={missing ? 'The reading-log entry this cited has been deleted' : undefined}
    >
      {label}
    </NodeViewWrapper>
  );
}

function parseIds(value: string | null): string[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
