import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockTally, placeInside, textBlockWords, type Place } from '../core/counting/count-document.js';
import { countWords } from '../core/counting/count-words.js';
import { NO_WORDS, WORD_KINDS, type WordTally } from '../core/counting/word-tally.js';
import { CITATION, type RichTextNode } from '../core/document/rich-text.js';

/**
 * The section's words by kind while typing, recomputed on every keystroke.
 *
 * ProseMirror documents are immutable and share unchanged nodes between versions, so
 * a tally cached per node stays right: a keystroke recounts the one paragraph it changed.
 * For the document itself, even adding up every paragraph's cached tally grows with the
 * document, so the new total is the last one minus the replaced top-level blocks plus their
 * replacements: the cost of a keystroke does not depend on the document's length.
 * A node's tally depends on where it sits (in a quotation, in a table), so there is a cache
 * for each place. Must agree with `countDocumentTally` on the stored JSON (tested, including
 * random edit sequences), which is what the database and export use.
 */
const caches: Readonly<Record<Place, WeakMap<ProseMirrorNode, WordTally>>> = {
  body: new WeakMap(),
  quotation: new WeakMap(),
  table: new WeakMap(),
};
let lastDocument: { readonly node: ProseMirrorNode; readonly tally: WordTally } | undefined;

export function liveWordTally(node: ProseMirrorNode, place: Place = 'body'): WordTally {
  const cache = caches[place];
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const tally = node.isTextblock
    ? textBlockTally(node, place)
    : node.type.name === 'doc'
      ? documentTally(node)
      : childrenTally(node, place, 0, node.childCount);
  cache.set(node, tally);
  if (node.type.name === 'doc') lastDocument = { node, tally };
  return tally;
}

function textBlockTally(node: ProseMirrorNode, place: Place): WordTally {
  const citations: string[] = [];
  node.forEach((child) => {
    if (child.type.name === CITATION) citations.push(String(child.attrs['text'] ?? ''));
  });
  // A block with a citation is counted as it will be exported, spaced around the citation; the rest directly.
  const words =
    citations.length > 0
      ? textBlockWords(node.toJSON() as RichTextNode)
      : countWords(
          node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')),
        );
  return blockTally(node.type.name, words, citations, place);
}

type Mutable = { -readonly [K in keyof WordTally]: number };

function childrenTally(
  node: ProseMirrorNode,
  place: Place,
  from: number,
  to: number,
  sign = 1,
  start: Mutable = { ...NO_WORDS },
): Mutable {
  const inside = placeInside(node.type.name, place);
  for (let index = from; index < to; index++) {
    const child = liveWordTally(node.child(index), inside);
    for (const kind of WORD_KINDS) start[kind] += sign * child[kind];
  }
  return start;
}

/**
 * The last document's total, adjusted by the top-level blocks that differ from it. Blocks a
 * keystroke did not touch are the very same objects in both versions, so comparing by
 * identity from both ends finds the changed ones; any others are simply recounted.
 */
function documentTally(node: ProseMirrorNode): WordTally {
  const last = lastDocument;
  if (last === undefined || last.node.type !== node.type) return childrenTally(node, 'body', 0, node.childCount);
  const before = last.node;
  const shortest = Math.min(before.childCount, node.childCount);
  let from = 0;
  while (from < shortest && before.child(from) === node.child(from)) from++;
  let toBefore = before.childCount;
  let toNow = node.childCount;
  while (toBefore > from && toNow > from && before.child(toBefore - 1) === node.child(toNow - 1)) {
    toBefore--;
    toNow--;
  }
  const tally = childrenTally(before, 'body', from, toBefore, -1, { ...last.tally });
  return childrenTally(node, 'body', from, toNow, 1, tally);
}
