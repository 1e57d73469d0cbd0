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
        paragraph(text('in'), { type: 'text', text: 'clusive', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, text('ethos')),
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
    expect(countDocumentTally(document)).toEqual({ headings: 3, text: 5, quotations: 6, citations: 0 });
  });

  it('counts a heading inside a quotation as quotation', () => {
    const document: RichTextNode = { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'heading', content: [text('Two words')] }] }] };
    expect(countDocumentTally(document)).toEqual({ headings: 0, text: 0, quotations: 2, citations: 0 });
  });
});
