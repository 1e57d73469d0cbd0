import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  closesUpToCitation,
  spaceCitations,
  spacingAfterCitation,
  spacingBeforeCitation,
} from './citation-spacing.js';
import type { RichTextNode } from './rich-text.js';

describe('spacingBeforeCitation', () => {
  it.each([
    ['a word', 'support', 'support '],
    ['a word and a space', 'support ', 'support '],
    ['a word and several spaces', 'support   ', 'support '],
    ['a word and a non-breaking space', 'support\u00a0', 'support\u00a0'],
    ['a number', 'in 2015', 'in 2015 '],
    ['a full stop', 'as shown.', 'as shown. '],
    ['a closing quotation mark', 'called it “the support gap”', 'called it “the support gap” '],
    ['a closing straight quotation mark', 'called it "the gap"', 'called it "the gap" '],
    ['an opening bracket', 'support (see', 'support (see '],
    ['an opening bracket alone', 'support (', 'support ('],
    ['an opening quotation mark', 'as ‘', 'as ‘'],
    ['an opening straight quotation mark', 'as "', 'as "'],
    ['a dash', 'support—', 'support—'],
    ['the start of the line', '', ''],
  ])('after %s', (_case, before, expected) => {
    expect(applyEdit(before, spacingBeforeCitation(before))).toBe(expected);
  });

  it('says nothing needs doing when one space is there', () => {
    expect(spacingBeforeCitation('support ')).toBeUndefined();
  });
});

describe('spacingAfterCitation', () => {
  it.each([
    ['a full stop', '.', '.'],
    ['a space and a full stop', ' .', '.'],
    ['spaces and a full stop', '   . Next sentence', '. Next sentence'],
    ['a space and a comma', ' , who', ', who'],
    ['a space and a semicolon', ' ;', ';'],
    ['a space and a colon', ' :', ':'],
    ['a space and a question mark', ' ?', '?'],
    ['a space and an exclamation mark', ' !', '!'],
    ['a space and a closing bracket', ' ) and', ') and'],
    ['a space and a closing quotation mark', ' ” said', '” said'],
    ['a space and a closing single quotation mark', ' ’.', '’.'],
    ['a space and a closing straight quotation mark', ' ".', '".'],
    ['a word', 'argue', ' argue'],
    ['a space and a word', ' argue', ' argue'],
    ['spaces and a word', '   argue', ' argue'],
    ['a non-breaking space and a word', '\u00a0argue', '\u00a0argue'],
    ['an opening bracket', '(see', ' (see'],
    ['an opening straight quotation mark', '"worlds apart"', ' "worlds apart"'],
    ['a space and an opening straight quotation mark', ' "worlds apart"', ' "worlds apart"'],
    ['a dash', '—and', '—and'],
    ['the end of the line', '', ''],
    ['a space at the end of the line', ' ', ' '],
    ['spaces at the end of the line', '  ', '  '],
  ])('before %s', (_case, after, expected) => {
    expect(applyEdit(after, spacingAfterCitation(after))).toBe(expected);
  });

  it('says nothing needs doing when the punctuation is already against the citation', () => {
    expect(spacingAfterCitation('.')).toBeUndefined();
  });
});

describe('closesUpToCitation', () => {
  it.each([
    ['.', true],
    [',', true],
    [';', true],
    [':', true],
    ['?', true],
    ['!', true],
    [')', true],
    ['”', true],
    ['a', false],
    [' ', false],
    ['(', false],
    // Typed, it may open a quotation.
    ['"', false],
    ["'", false],
  ])('%s: %s', (typed, closes) => {
    expect(closesUpToCitation(typed)).toBe(closes);
  });
});

describe('spaceCitations', () => {
  const text = (value: string): RichTextNode => ({ type: 'text', text: value });
  const citation = (value: string, narrative = false): RichTextNode => ({
    type: 'citation',
    attrs: { entryIds: ['w'], page: '', narrative, text: value },
  });
  const written = (content: readonly RichTextNode[]) =>
    content.map((node) => node.text ?? String(node.attrs?.['text'])).join('');

  it.each([
    [
      'against the word, a space before the full stop',
      [text('Teaching assistants need support'), citation('(Webster and Blatchford, 2015)'), text(' .')],
      'Teaching assistants need support (Webster and Blatchford, 2015).',
    ],
    [
      'as the editor leaves it',
      [text('Teaching assistants need support '), citation('(Webster and Blatchford, 2015)'), text('.')],
      'Teaching assistants need support (Webster and Blatchford, 2015).',
    ],
    [
      'against the next word',
      [text('As shown'), citation('(Ainscow, 2020)'), text('most pupils gained.')],
      'As shown (Ainscow, 2020) most pupils gained.',
    ],
    [
      'narrative, starting the line',
      [citation('Webster and Blatchford (2015)', true), text('argue that support matters .')],
      'Webster and Blatchford (2015) argue that support matters .',
    ],
    [
      'narrative, mid-sentence',
      [text('As'), citation('Webster and Blatchford (2015)', true), text(' , argue')],
      'As Webster and Blatchford (2015), argue',
    ],
    [
      'two citations with a word between',
      [text('Both'), citation('(A, 2020)'), text('and'), citation('(B, 2021)'), text(' .')],
      'Both (A, 2020) and (B, 2021).',
    ],
    [
      'two citations with a full stop between',
      [citation('(A, 2020)'), text(' .'), citation('(B, 2021)')],
      '(A, 2020). (B, 2021)',
    ],
    [
      'a line break before the citation',
      [text('Support'), { type: 'hardBreak' }, citation('(A, 2020)'), text(' .')],
      'Support\n(A, 2020).',
    ],
  ])('%s', (_case, content, expected) => {
    const shown = spaceCitations(content).map((node) => (node.type === 'hardBreak' ? { ...node, text: '\n' } : node));
    expect(written(shown)).toBe(expected);
  });

  it('gives back the same content when there is no citation or nothing to change', () => {
    const plain = [text('No citations here .')];
    expect(spaceCitations(plain)).toBe(plain);
    const right = [text('Support '), citation('(A, 2020)'), text('.')];
    expect(spaceCitations(right)).toEqual(right);
    expect(spaceCitations(right)[0]).toBe(right[0]);
  });

  it('keeps the marks of the text it changes', () => {
    const bold = [{ ...text('Support'), marks: [{ type: 'bold' }] }, citation('(A, 2020)')];
    expect(spaceCitations(bold)[0]).toEqual({ type: 'text', text: 'Support ', marks: [{ type: 'bold' }] });
  });
});
