import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { bench, describe } from 'vitest';
import { countDocumentTally } from '../src-renderer/core/counting/count-document.js';
import type { RichTextNode } from '../src-renderer/core/document/rich-text.js';
import { EDITOR_EXTENSIONS } from '../src-renderer/editor/extensions.js';
import { liveWordTally } from '../src-renderer/editor/live-word-count.js';

/**
 * What one keystroke costs the counter: the editor's cached count against recounting
 * the whole document from JSON (the baseline, what a naive counter would do).
 */
const schema = getSchema(EDITOR_EXTENSIONS);
const SENTENCE = 'The SENCO met the class teacher and the family to review the plan, and/or agree next steps. ';

function documentOf(words: number): ProseMirrorNode {
  const paragraphs: RichTextNode[] = [];
  const sentenceWords = SENTENCE.trim().split(/\s+/).length;
  for (let written = 0; written < words; written += sentenceWords * 5) {
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: SENTENCE.repeat(5).trim() }] });
  }
  return ProseMirrorNode.fromJSON(schema, { type: 'doc', content: paragraphs });
}

for (const words of [5_000, 80_000]) {
  describe(`one keystroke in a ${words.toLocaleString('en-GB')}-word section`, () => {
    let state = EditorState.create({ doc: documentOf(words) });
    liveWordTally(state.doc);
    let typed = 0;
    const type = () => {
      state = state.apply(state.tr.insertText(typed++ % 7 === 0 ? ' ' : 'a', 3));
      return state.doc;
    };

    bench('full recount from JSON (baseline)', () => {
      countDocumentTally(type().toJSON() as RichTextNode);
    });

    bench('live count, cached per paragraph', () => {
      liveWordTally(type());
    });
  });
}
