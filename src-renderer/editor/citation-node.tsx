import { mergeAttributes, Node } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect } from 'react';
import { CITATION, citationAttributes, type CitationAttributes, type RichTextNode } from '../core/document/rich-text.js';

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
      page: { default: '', parseHTML: (element) => element.getAttribute('data-page') ?? '', renderHTML: (attributes) => ({ 'data-page': String(attributes['page']) }) },
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
    return ['span', mergeAttributes(HTMLAttributes, { 'data-citation': '', class: 'citation' }), String(node.attrs['text'])];
  },

  renderText({ node }) {
    return String(node.attrs['text']);
  },

  addNodeView() {
    return ReactNodeViewRenderer(CitationView);
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
    <NodeViewWrapper as="span" className={`citation${missing ? ' broken' : ''}${selected ? ' selected' : ''}`} title={missing ? 'The reading-log entry this cited has been deleted' : undefined}>
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
