import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countWords } from '../core/counting/count-words.js';
import { blockTally } from '../core/counting/count-document.js';
import { addTallies, NO_WORDS, type WordTally } from '../core/counting/word-tally.js';
import { CITATION } from '../core/document/rich-text.js';

/**
 * The section's words by kind while typing, recomputed on every keystroke.
 *
 * ProseMirror documents are immutable and share unchanged nodes between versions, so
 * a tally cached per node stays right: a keystroke recounts the one paragraph it changed
 * and adds up cached tallies for the rest. A node's tally depends on whether it sits in
 * a quotation, so there is a cache for each case. Must agree with `countDocumentTally`
 * on the stored JSON (tested), which is what the database and export use.
 */
const outsideQuotation = new WeakMap<ProseMirrorNode, WordTally>();
const insideQuotation = new WeakMap<ProseMirrorNode, WordTally>();

export function liveWordTally(node: ProseMirrorNode, inQuotation = false): WordTally {
  const cache = inQuotation ? insideQuotation : outsideQuotation;
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  let tally: WordTally;
  if (node.isTextblock) {
    const words = countWords(node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')));
    const citations: string[] = [];
    node.forEach((child) => {
      if (child.type.name === CITATION) citations.push(String(child.attrs['text'] ?? ''));
    });
    tally = blockTally(node.type.name, words, citations, inQuotation);
  } else {
    const quoted = inQuotation || node.type.name === 'blockquote';
    tally = NO_WORDS;
    node.forEach((child) => {
      tally = addTallies(tally, liveWordTally(child, quoted));
    });
  }
  cache.set(node, tally);
  return tally;
}
