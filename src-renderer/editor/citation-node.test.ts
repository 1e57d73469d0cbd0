import { getSchema } from '@tiptap/core';
import { history, undo } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Plugin } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { CITATION } from '../core/document/rich-text.js';
import { citationSpacing, closeUpToCitation } from './citation-node.js';
import { EDITOR_EXTENSIONS } from './extensions.js';
import { liveWordTally } from './live-word-count.js';

const schema = getSchema(EDITOR_EXTENSIONS);
const WEBSTER = '(Webster and Blatchford, 2015)';

/** A paragraph of this text, the cursor where the | is. */
function writing(text: string, plugins: readonly Plugin[] = [citationSpacing()]): EditorState {
  const cursor = text.indexOf('|');
  const typed = text.replace('|', '');
  const doc = schema.node('doc', null, [schema.node('paragraph', null, typed === '' ? [] : [schema.text(typed)])]);
  return EditorState.create({ doc, selection: TextSelection.create(doc, 1 + cursor), plugins: [...plugins] });
}

/** What the picker does: a citation and a space for the next word, in place of the selection. */
function cite(state: EditorState, text = WEBSTER, narrative = false): EditorState {
  const { from, to } = state.selection;
  const citation = schema.node(CITATION, { entryIds: ['w'], page: '', narrative, text });
  return state.apply(state.tr.replaceWith(from, to, [citation, schema.text(' ')]));
}

/** Types as the keyboard does: the spacing rule first, else plain text at the cursor. */
function type(state: EditorState, text: string): EditorState {
  const { from, to } = state.selection;
  return state.apply(closeUpToCitation(state, from, to, text) ?? state.tr.insertText(text, from, to));
}

function shown(doc: ProseMirrorNode): string {
  return doc.textBetween(0, doc.content.size, '\n', (leaf) =>
    leaf.type.name === CITATION ? String(leaf.attrs['text']) : '',
  );
}

/** The text with a | at the cursor. */
function withCursor(state: EditorState): string {
  const at = state.selection.from;
  return `${shown(state.doc.cut(0, at))}|${shown(state.doc.cut(at))}`;
}

describe('citing in the editor', () => {
  it.each([
    [
      'against a word',
      'Teaching assistants need support|',
      'Teaching assistants need support (Webster and Blatchford, 2015) |',
    ],
    [
      'after a space',
      'Teaching assistants need support |',
      'Teaching assistants need support (Webster and Blatchford, 2015) |',
    ],
    [
      'after two spaces',
      'Teaching assistants need support  |',
      'Teaching assistants need support (Webster and Blatchford, 2015) |',
    ],
    [
      'before a full stop',
      'Teaching assistants need support|.',
      'Teaching assistants need support (Webster and Blatchford, 2015)|.',
    ],
    [
      'before a space and a full stop',
      'Teaching assistants need support| .',
      'Teaching assistants need support (Webster and Blatchford, 2015)|.',
    ],
    [
      'after a space, before a full stop',
      'Teaching assistants need support |.',
      'Teaching assistants need support (Webster and Blatchford, 2015)|.',
    ],
    ['before a word', 'Support| matters.', 'Support (Webster and Blatchford, 2015) |matters.'],
    ['against the next word', 'Support|matters.', 'Support (Webster and Blatchford, 2015) |matters.'],
    ['after an opening bracket', 'Support (see |', 'Support (see (Webster and Blatchford, 2015) |'],
    ['at the start of a line', '|', '(Webster and Blatchford, 2015) |'],
  ])('%s', (_case, before, after) => {
    expect(withCursor(cite(writing(before)))).toBe(after);
  });

  it('puts a full stop typed next against the citation, the cursor after it', () => {
    expect(withCursor(type(cite(writing('Teaching assistants need support|')), '.'))).toBe(
      'Teaching assistants need support (Webster and Blatchford, 2015).|',
    );
    expect(withCursor(type(cite(writing('Teaching assistants need support |')), ','))).toBe(
      'Teaching assistants need support (Webster and Blatchford, 2015),|',
    );
  });

  it('keeps the space for a word typed next', () => {
    expect(withCursor(type(cite(writing('Teaching assistants need support|')), 'and'))).toBe(
      'Teaching assistants need support (Webster and Blatchford, 2015) and|',
    );
  });

  it('does the same for a narrative citation', () => {
    const narrative = (state: EditorState) => cite(state, 'Webster and Blatchford (2015)', true);
    expect(withCursor(type(narrative(writing('|')), 'argue'))).toBe('Webster and Blatchford (2015) argue|');
    expect(withCursor(type(narrative(writing('As shown by|')), ','))).toBe(
      'As shown by Webster and Blatchford (2015),|',
    );
  });

  it('leaves a space before punctuation typed anywhere else', () => {
    expect(withCursor(type(writing('Support |'), '.'))).toBe('Support .|');
  });

  it('does not put back a space the writer takes away', () => {
    const cited = type(cite(writing('Support|')), '.');
    const space = shown(cited.doc).indexOf(' (');
    const joined = cited.apply(cited.tr.delete(1 + space, 2 + space));
    expect(shown(joined.doc)).toBe('Support(Webster and Blatchford, 2015).');
    const before = cite(writing('Support| matters.'));
    const cursor = before.selection.from;
    expect(shown(before.apply(before.tr.delete(cursor - 1, cursor)).doc)).toBe(
      'Support (Webster and Blatchford, 2015)matters.',
    );
  });

  it('undoes a citation and its spacing together', () => {
    let state = cite(writing('Support|', [history(), citationSpacing()]));
    expect(shown(state.doc)).toBe('Support (Webster and Blatchford, 2015) ');
    undo(state, (tr) => (state = state.apply(tr)));
    expect(shown(state.doc)).toBe('Support');
  });

  it('counts the words a marker counts: the full stop is no word of its own', () => {
    const cited = type(cite(writing('Teaching assistants need support |')), '.');
    expect(liveWordTally(cited.doc)).toMatchObject({ text: 4, citations: 4 });
  });
});
