import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../document/rich-text.js';
import { countDocumentTally, countDocumentWords } from './count-document.js';

const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

describe('countDocumentWords', () => {
  it('counts an empty document as nothing', () => {
    expect(countDocumentWords({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe(0);
  });

  it('treats the end of a block as a word boundary', () => {
    const document: RichTextNode = { type: 'doc', content: [paragraph(text('end')), paragraph(text('start'))] };
    expect(countDocumentWords(document)).toBe(2);
  });

  it('joins marked runs inside a word and splits at line breaks', () => {
    const document: RichTextNode = {
      type: 'doc',
      content: [
        paragraph(
          text('in'),
          { type: 'text', text: 'clusive', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          text('ethos'),
        ),
      ],
    };
    expect(countDocumentWords(document)).toBe(2);
  });

  it('counts headings, nested lists and quotations', () => {
    const document: RichTextNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Context and rationale')] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                paragraph(text('Plan the review')),
                { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('Invite parents'))] }] },
              ],
            },
          ],
        },
        { type: 'blockquote', content: [paragraph(text('All teachers are teachers of SEN'))] },
      ],
    };
    expect(countDocumentWords(document)).toBe(3 + 3 + 2 + 6);
    expect(countDocumentTally(document)).toEqual({
      headings: 3,
      text: 5,
      quotations: 6,
      citations: 0,
      tables: 0,
      captions: 0,
    });
  });

  it('counts a heading inside a quotation as quotation', () => {
    const document: RichTextNode = {
      type: 'doc',
      content: [{ type: 'blockquote', content: [{ type: 'heading', content: [text('Two words')] }] }],
    };
    expect(countDocumentTally(document)).toEqual({
      headings: 0,
      text: 0,
      quotations: 2,
      citations: 0,
      tables: 0,
      captions: 0,
    });
  });
});

describe('tables and figures', () => {
  const cell = (type: string, ...content: RichTextNode[]): RichTextNode => ({ type, content: [paragraph(...content)] });

  it('counts every word in a table as table text, headers, quotations and citations included', () => {
    const citation: RichTextNode = {
      type: 'citation',
      attrs: { entryIds: ['a'], page: '', narrative: false, text: '(Ainscow, 2020)' },
    };
    const document: RichTextNode = {
      type: 'doc',
      content: [
        paragraph(text('Before the table')),
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [cell('tableHeader', text('Pupil')), cell('tableHeader', text('Reading age'))],
            },
            {
              type: 'tableRow',
              content: [
                cell('tableCell', text('Pupil A')),
                {
                  type: 'tableCell',
                  content: [{ type: 'blockquote', content: [paragraph(text('rose'), text(' '), citation)] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(countDocumentTally(document)).toEqual({
      text: 3,
      headings: 0,
      quotations: 0,
      citations: 0,
      tables: 1 + 2 + 2 + 3,
      captions: 0,
    });
  });

  it('counts a caption with the “Figure N:” the export writes before it, and its citations apart', () => {
    const caption = (...content: RichTextNode[]): RichTextNode => ({
      type: 'figure',
      attrs: { pictureId: 'p', name: 'chart.png' },
      content: [{ type: 'figureCaption', content }],
    });
    const citation: RichTextNode = {
      type: 'citation',
      attrs: { entryIds: ['a'], page: '', narrative: false, text: '(DfE, 2015)' },
    };
    expect(countDocumentTally({ type: 'doc', content: [caption(text('Reading ages by term '), citation)] })).toEqual({
      text: 0,
      headings: 0,
      quotations: 0,
      citations: 2,
      tables: 0,
      captions: 4 + 2,
    });
    expect(countDocumentTally({ type: 'doc', content: [caption()] })).toEqual({
      text: 0,
      headings: 0,
      quotations: 0,
      citations: 0,
      tables: 0,
      captions: 2,
    });
  });
});

describe('a citation typed against a word or before a full stop', () => {
  it('is counted as the export spaces it: "support(Cite) ." as "support (Cite)."', () => {
    const citation = {
      type: 'citation',
      attrs: { entryIds: ['a'], page: '', narrative: false, text: '(Webster and Blatchford, 2015)' },
    };
    const glued = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Assistants need support' }, citation, { type: 'text', text: ' .' }],
        },
      ],
    };
    const spaced = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Assistants need support ' }, citation, { type: 'text', text: '.' }],
        },
      ],
    };
    expect(countDocumentTally(glued)).toEqual(countDocumentTally(spaced));
    expect(countDocumentTally(spaced)).toMatchObject({ text: 3, citations: 4 });
  });
});
