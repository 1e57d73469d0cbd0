import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countWords } from '../core/counting/count-words.js';

/**
 * The section's word count while typing, recomputed on every keystroke.
 *
 * ProseMirror documents are immutable and share unchanged nodes between versions, so
 * a count cached per node stays right: a keystroke recounts the one paragraph it changed
 * and adds up cached numbers for the rest. Must agree with `countDocumentWords` on the
 * stored JSON (tested), which is what the database and export use.
 */
const wordsInNode = new WeakMap<ProseMirrorNode, number>();

export function liveWordCount(node: ProseMirrorNode): number {
  const cached = wordsInNode.get(node);
  if (cached !== undefined) return cached;
  let words = 0;
  if (node.isTextblock) {
    words = countWords(node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')));
  } else {
    node.forEach((child) => {
      words += liveWordCount(child);
    });
  }
  wordsInNode.set(node, words);
  return words;
}
