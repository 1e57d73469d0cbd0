import { describe, expect, it } from 'vitest';
import { SAMPLE_PIECE } from '../docx/sample-submission.test-data.js';
import { sampleRecords } from '../submission/sample-portfolio.test-data.js';
import { cleanDocument } from './clean-document.js';
import type { RichTextNode } from './rich-text.js';

const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

describe('cleanDocument', () => {
  it('gives back every document the app writes unchanged', () => {
    const documents = [
      ...SAMPLE_PIECE.sections.map((section) => section.document),
      ...sampleRecords().documents.values(),
      ...sampleRecords().commentaries.values(),
    ];
    for (const document of documents) expect(cleanDocument(document)).toEqual(document);
    const editorShapes = doc(
      { type: 'paragraph' },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('One')] }] }],
      },
      { type: 'figure', attrs: { pictureId: 'p', name: 'a.png' }, content: [{ type: 'figureCaption' }] },
    );
    expect(cleanDocument(editorShapes)).toEqual(editorShapes);
  });

  it('keeps the text of nodes it does not know, and drops their attributes', () => {
    const hostile = doc(
      { type: 'script', content: [text('alert(1)')] },
      {
        type: 'paragraph',
        attrs: { onclick: 'alert(2)', style: 'x' },
        content: [text('Kept'), { type: 'image', attrs: { src: 'javascript:alert(3)' } }],
      },
      { type: 'iframe', attrs: { src: 'https://example.org' } },
    );
    expect(cleanDocument(hostile)).toEqual(
      doc(
        { type: 'paragraph', content: [text('alert(1)')] },
        { type: 'paragraph', attrs: {}, content: [text('Kept')] },
      ),
    );
  });

  it('keeps web and email links and drops any other, keeping the text', () => {
    const link = (href: string): RichTextNode => ({
      type: 'text',
      text: href,
      marks: [{ type: 'link', attrs: { href, onmouseover: 'x' } }, { type: 'strike' }],
    });
    const cleaned = cleanDocument(
      doc({
        type: 'paragraph',
        content: [
          link('https://www.gov.uk'),
          link('javascript:alert(1)'),
          link('mailto:a@example.org'),
          link('file:///etc/passwd'),
        ],
      }),
    );
    expect(cleaned.content?.[0]?.content).toEqual([
      { type: 'text', text: 'https://www.gov.uk', marks: [{ type: 'link', attrs: { href: 'https://www.gov.uk' } }] },
      { type: 'text', text: 'javascript:alert(1)' },
      {
        type: 'text',
        text: 'mailto:a@example.org',
        marks: [{ type: 'link', attrs: { href: 'mailto:a@example.org' } }],
      },
      { type: 'text', text: 'file:///etc/passwd' },
    ]);
  });

  it('puts stray text in paragraphs, list contents in items and table contents in cells, and drops empty text', () => {
    const cleaned = cleanDocument(
      doc(
        text('Loose'),
        { type: 'text', text: '' },
        { type: 'bulletList', content: [{ type: 'paragraph', content: [text('Not an item')] }] },
        { type: 'table', content: [{ type: 'paragraph', content: [text('Not a row')] }] },
      ),
    );
    expect(cleaned).toEqual(
      doc(
        { type: 'paragraph', content: [text('Loose')] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Not an item')] }] }],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [text('Not a row')] }] }],
            },
          ],
        },
      ),
    );
  });

  it('keeps the text of nesting too deep to be real, without running out of stack', () => {
    let deep: RichTextNode = { type: 'paragraph', content: [text('bottom')] };
    for (let level = 0; level < 5000; level++) deep = { type: 'blockquote', content: [deep] };
    const cleaned = JSON.stringify(cleanDocument(doc(deep)));
    expect(cleaned.length).toBeLessThan(5000);
    expect(cleaned).toContain('"text":"bottom"');
  });
});
