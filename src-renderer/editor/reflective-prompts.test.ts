import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { REFLECTIVE_MODELS, scaffoldFor } from '../core/evidence/reflective-models.js';
import { EDITOR_EXTENSIONS } from './extensions.js';
import { reflectivePromptsPlugin } from './reflective-prompts.js';

const schema = getSchema(EDITOR_EXTENSIONS);
const plugin = reflectivePromptsPlugin();

function stateOf(content: unknown[]): EditorState {
  return EditorState.create({
    schema,
    doc: ProseMirrorNode.fromJSON(schema, { type: 'doc', content }),
    plugins: [plugin],
  });
}

/** Where the prompts are, and what they say, as the plugin keeps them. */
function prompts(state: EditorState): string[] {
  const set = plugin.getState(state) as DecorationSet;
  return set
    .find()
    .map(
      (prompt) =>
        `${prompt.from}-${prompt.to}:${(prompt as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-prompt']}`,
    )
    .sort();
}

/** A small seeded random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let value = seed;
  return () => {
    value = (value * 1_103_515_245 + 12_345) % 2 ** 31;
    return value / 2 ** 31;
  };
}

const gibbs = REFLECTIVE_MODELS[0]!;

describe('reflective prompts', () => {
  it('shows a prompt in each empty paragraph under a stage heading, and none once the writer types there', () => {
    let state = stateOf([{ type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] }, ...scaffoldFor(gibbs)]);
    expect(prompts(state)).toHaveLength(6);
    expect(prompts(state)[0]).toMatch(/What happened\? Who was involved/u);
    const firstEmpty = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 1;
    state = state.apply(state.tr.insertText('We met.', firstEmpty));
    expect(prompts(state)).toHaveLength(5);
    expect(prompts(state).join()).not.toMatch(/What happened\?/u);
  });

  it('shows none under a section’s own main heading that happens to share a stage’s name', () => {
    const state = stateOf([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Conclusion' }] },
      { type: 'paragraph' },
    ]);
    expect(prompts(state)).toEqual([]);
  });

  it('keeps, edit after edit, exactly the prompts a fresh look at the whole text finds', () => {
    const next = random(20261128);
    let state = stateOf([
      ...scaffoldFor(gibbs),
      { type: 'paragraph', content: [{ type: 'text', text: 'Notes.' }] },
      ...scaffoldFor(REFLECTIVE_MODELS[2]!),
    ]);
    let applied = 0;
    for (let edit = 0; edit < 400; edit++) {
      const size = state.doc.content.size;
      const at = 1 + Math.floor(next() * Math.max(1, size - 1));
      const tr: Transaction = state.tr;
      const choice = next();
      try {
        if (choice < 0.35) tr.insertText('x', at);
        else if (choice < 0.6) tr.delete(at, Math.min(size, at + 1 + Math.floor(next() * 12)));
        else if (choice < 0.75) tr.split(Math.min(at, size - 1));
        else if (choice < 0.9)
          tr.insert(
            state.doc.resolve(at).before(1),
            ProseMirrorNode.fromJSON(schema, scaffoldFor(gibbs)[Math.floor(next() * 12)]!),
          );
        else tr.join(state.doc.resolve(at).before(1));
      } catch {
        continue;
      }
      state = state.apply(tr);
      applied += 1;
      expect(prompts(state), `after edit ${edit}`).toEqual(
        prompts(EditorState.create({ schema, doc: state.doc, plugins: [plugin] })),
      );
    }
    expect(applied).toBeGreaterThan(300);
    expect(prompts(state).length).toBeGreaterThan(0);
  });
});
