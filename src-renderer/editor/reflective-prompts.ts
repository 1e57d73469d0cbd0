import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { promptAfterHeading, SCAFFOLD_HEADING_LEVEL } from '../core/evidence/reflective-models.js';

const KEY = new PluginKey<DecorationSet>('reflective-prompts');

/**
 * A reflective model's prompts, shown in the empty paragraph under each stage's heading and
 * never part of the text: they are decorations, so they are not counted, saved or exported,
 * and go as soon as the writer types there.
 */
export const ReflectivePrompts = Extension.create({
  name: 'reflectivePrompts',
  addProseMirrorPlugins() {
    return [reflectivePromptsPlugin()];
  },
});

export function reflectivePromptsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: KEY,
    state: {
      init: (_, state) =>
        DecorationSet.create(state.doc, promptsIn(state.doc, { index: 0, position: 0 }, state.doc.childCount).prompts),
      apply: (transaction, prompts, _, state) => {
        if (!transaction.docChanged) return prompts;
        // Only the top-level blocks a change touched, and their neighbours, are looked at again.
        let updated = prompts.map(transaction.mapping, state.doc);
        transaction.mapping.maps.forEach((map, step) => {
          const later = transaction.mapping.slice(step + 1);
          map.forEach((_oldFrom, _oldTo, start, end) => {
            const first = blockBefore(state.doc, later.map(start, -1));
            const last = blockBefore(state.doc, later.map(end, 1));
            const { prompts: found, end: until } = promptsIn(state.doc, first, last.index + 3);
            // `find` also gives decorations that only touch the range: those on the next block stay.
            const stale = updated
              .find(first.position, until)
              .filter((prompt) => prompt.from >= first.position && prompt.from < until);
            updated = updated.remove(stale).add(state.doc, found);
          });
        });
        return updated;
      },
    },
    props: { decorations: (state) => KEY.getState(state) },
  });
}

interface Block {
  readonly index: number;
  readonly position: number;
}

/** The top-level block before the one at `position` (or the first block): where a prompt may have changed. */
function blockBefore(doc: ProseMirrorNode, position: number): Block {
  if (doc.childCount === 0) return { index: 0, position: 0 };
  const resolved = doc.resolve(Math.min(position, doc.content.size));
  let index = resolved.index(0);
  let start = resolved.depth > 0 ? resolved.before(1) : resolved.pos;
  if (index >= doc.childCount) {
    index = doc.childCount - 1;
    start -= doc.child(index).nodeSize;
  }
  return index === 0
    ? { index, position: start }
    : { index: index - 1, position: start - doc.child(index - 1).nodeSize };
}

/** A prompt on each empty paragraph straight after a stage heading (at the level a model puts its stages, so a section's own "Conclusion" gets none), among the blocks from `first` up to index `to`; and where they end. */
function promptsIn(doc: ProseMirrorNode, first: Block, to: number): { prompts: Decoration[]; end: number } {
  const prompts: Decoration[] = [];
  let position = first.position;
  for (let index = first.index; index < Math.min(to, doc.childCount); index++) {
    const block = doc.child(index);
    const before = index > 0 ? doc.child(index - 1) : undefined;
    if (
      block.type.name === 'paragraph' &&
      block.content.size === 0 &&
      before?.type.name === 'heading' &&
      before.attrs['level'] === SCAFFOLD_HEADING_LEVEL
    ) {
      const prompt = promptAfterHeading(before.textContent);
      if (prompt !== undefined)
        prompts.push(
          Decoration.node(position, position + block.nodeSize, { class: 'reflective-prompt', 'data-prompt': prompt }),
        );
    }
    position += block.nodeSize;
  }
  return { prompts, end: position };
}
