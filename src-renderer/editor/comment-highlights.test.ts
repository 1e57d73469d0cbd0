import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { anchorAt } from '../core/comments/section-comment.js';
import { commentDecorations, textIndex } from './comment-highlights.js';
import { EDITOR_EXTENSIONS } from './extensions.js';

const schema = getSchema(EDITOR_EXTENSIONS);
const doc = ProseMirrorNode.fromJSON(schema, {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Findings' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Reading rose ' },
        { type: 'citation', attrs: { entryIds: ['a'], page: '', narrative: false, text: '(Ainscow, 2020)' } },
        { type: 'text', text: ' for most pupils.' },
      ],
    },
  ],
});

describe('textIndex', () => {
  it('gives the text comments quote, and maps between its offsets and the editor’s positions either side of a citation', () => {
    const index = textIndex(doc);
    expect(index.text).toBe('Findings\nReading rose (Ainscow, 2020) for most pupils.');
    const start = index.text.indexOf('most pupils');
    const from = index.toPosition(start);
    const to = index.toPosition(start + 'most pupils'.length);
    expect(doc.textBetween(from, to)).toBe('most pupils');
    expect(index.toOffset(from)).toBe(start);
    expect(index.toOffset(to)).toBe(start + 'most pupils'.length);
  });

  it('highlights a passage found in the text, and reports one that is gone', () => {
    const index = textIndex(doc);
    const start = index.text.indexOf('most pupils');
    const found = { id: 'a', anchor: anchorAt(index.text, start, start + 11), resolved: false };
    const gone = {
      id: 'b',
      anchor: { quote: 'nothing like this', prefix: 'nor this either', suffix: 'nor this at all' },
      resolved: false,
    };
    const { decorations, places } = commentDecorations(doc, [found, gone]);
    const [highlight] = decorations.find();
    expect(doc.textBetween(highlight!.from, highlight!.to)).toBe('most pupils');
    expect(places.get('a')).toEqual({ start, end: start + 11, moved: false });
    expect(places.has('b') && places.get('b')).toBeUndefined();
  });
});
