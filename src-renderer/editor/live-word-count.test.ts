import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { countDocumentTally } from '../core/counting/count-document.js';
import { allWords } from '../core/counting/word-tally.js';
import type { RichTextNode } from '../core/document/rich-text.js';
import { SAMPLE_PIECE } from '../core/docx/sample-piece.test-data.js';
import { EDITOR_EXTENSIONS } from './extensions.js';
import { liveWordTally } from './live-word-count.js';

const schema = getSchema(EDITOR_EXTENSIONS);

describe('liveWordTally', () => {
  it.each(SAMPLE_PIECE.sections.map((section) => [section.title, section.document] as const))(
    'agrees with the stored count for %s',
    (_title, json) => {
      const document = ProseMirrorNode.fromJSON(schema, json);
      expect(liveWordTally(document)).toEqual(countDocumentTally(json));
      expect(countDocumentTally(document.toJSON() as RichTextNode)).toEqual(countDocumentTally(json));
    },
  );

  it('stays right as the candidate types, splits and joins paragraphs', () => {
    let state = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, SAMPLE_PIECE.sections[0]!.document) });
    const before = liveWordTally(state.doc);
    state = state.apply(state.tr.insertText(' more words here', 5));
    expect(liveWordTally(state.doc)).toEqual(countDocumentTally(state.doc.toJSON() as RichTextNode));
    expect(allWords(liveWordTally(state.doc))).toBe(allWords(before) + 3);
    state = state.apply(state.tr.split(8));
    expect(liveWordTally(state.doc)).toEqual(countDocumentTally(state.doc.toJSON() as RichTextNode));
    state = state.apply(state.tr.delete(3, 20));
    expect(liveWordTally(state.doc)).toEqual(countDocumentTally(state.doc.toJSON() as RichTextNode));
  });
});
