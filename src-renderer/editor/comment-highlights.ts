import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { CITATION } from '../core/document/rich-text.js';
import { locatePassage, type PassageAnchor, type PassagePlace } from '../core/comments/section-comment.js';

/** A commented passage to highlight. */
export interface CommentPassage {
  readonly id: string;
  readonly anchor: PassageAnchor;
  readonly resolved: boolean;
}

/**
 * The document's text as one string, as comments quote it (blocks separated by a newline,
 * citations as their text), with the way back and forth between its offsets and the
 * editor's positions.
 */
export interface TextIndex {
  readonly text: string;
  toPosition(offset: number): number;
  toOffset(position: number): number;
}

interface Segment {
  readonly textStart: number;
  readonly length: number;
  readonly position: number;
  /** A citation: one position in the editor, many characters of text. */
  readonly atom: boolean;
}

export function textIndex(doc: ProseMirrorNode): TextIndex {
  const segments: Segment[] = [];
  let text = '';
  let lastBlockEnd = -1;
  doc.descendants((node, position) => {
    if (node.isTextblock) {
      if (lastBlockEnd !== -1) text += '\n';
      lastBlockEnd = position + node.nodeSize;
      return true;
    }
    if (node.isText) {
      segments.push({ textStart: text.length, length: node.text?.length ?? 0, position, atom: false });
      text += node.text ?? '';
    } else if (node.type.name === CITATION) {
      const label = String(node.attrs['text'] ?? '');
      segments.push({ textStart: text.length, length: label.length, position, atom: true });
      text += label;
    } else if (node.type.name === 'hardBreak') {
      text += '\n';
    }
    return true;
  });
  const segmentAtOffset = (offset: number) =>
    segments.find((segment) => offset >= segment.textStart && offset <= segment.textStart + segment.length);
  return {
    text,
    toPosition(offset) {
      const segment =
        segmentAtOffset(offset) ?? segments.find((candidate) => candidate.textStart >= offset) ?? segments.at(-1);
      if (segment === undefined) return 0;
      if (segment.atom) return offset <= segment.textStart ? segment.position : segment.position + 1;
      return segment.position + Math.max(0, Math.min(segment.length, offset - segment.textStart));
    },
    toOffset(position) {
      const segment = segments.find(
        (candidate) =>
          position >= candidate.position && position <= candidate.position + (candidate.atom ? 1 : candidate.length),
      );
      if (segment === undefined)
        return segments
          .filter((candidate) => candidate.position < position)
          .reduce((end, candidate) => Math.max(end, candidate.textStart + candidate.length), 0);
      if (segment.atom) return position <= segment.position ? segment.textStart : segment.textStart + segment.length;
      return segment.textStart + (position - segment.position);
    },
  };
}

/** Where each comment's passage is in this document, and the highlights that show them. */
export function commentDecorations(
  doc: ProseMirrorNode,
  passages: readonly CommentPassage[],
): { decorations: DecorationSet; places: Map<string, PassagePlace | undefined> } {
  const index = textIndex(doc);
  const places = new Map<string, PassagePlace | undefined>();
  const decorations: Decoration[] = [];
  for (const passage of passages) {
    const place = locatePassage(index.text, passage.anchor);
    places.set(passage.id, place);
    if (place === undefined || passage.resolved) continue;
    const from = index.toPosition(place.start);
    const to = index.toPosition(place.end);
    if (to > from)
      decorations.push(
        Decoration.inline(
          from,
          to,
          { class: place.moved ? 'comment-passage moved' : 'comment-passage', 'data-comment-id': passage.id },
          { commentId: passage.id },
        ),
      );
  }
  return { decorations: DecorationSet.create(doc, decorations), places };
}

/** A transaction with this meta (a DecorationSet) sets the highlights; typing afterwards moves them with the text. */
export const commentHighlightsKey = new PluginKey<DecorationSet>('comment-highlights');
const key = commentHighlightsKey;

/** Highlights commented passages in the text; they follow the text as it is edited. */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, decorations) => {
            const set = transaction.getMeta(key) as DecorationSet | undefined;
            return set ?? decorations.map(transaction.mapping, transaction.doc);
          },
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});
