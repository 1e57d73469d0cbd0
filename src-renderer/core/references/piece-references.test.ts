import { describe, expect, it } from 'vitest';
import { citedEntryIds, relabelCitations, type RichTextNode } from '../document/rich-text.js';
import { countDocumentTally } from '../counting/count-document.js';
import { harvardText } from './harvard.js';
import { pieceReferences } from './piece-references.js';
import { bookBy, entryFor } from './reading-log.test-data.js';

const entry = (id: string, family: string, year: string, title: string) => entryFor(id, bookBy([family], year, title));
const cite = (entryIds: string[], page = '', narrative = false, text = ''): RichTextNode => ({
  type: 'citation',
  attrs: { entryIds, page, narrative, text },
});
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

const log = [
  entry('a1', 'Ainscow', '2020', 'Zeal'),
  entry('a2', 'Ainscow', '2020', 'Equity'),
  entry('b', 'Booth', '2011', 'Index'),
  entry('unused', 'Cline', '2015', 'Diversity'),
];

describe('pieceReferences', () => {
  it('lists only the cited entries, in Harvard order, with suffixes that citations share', () => {
    const refs = pieceReferences(log, ['b', 'a1', 'a2', 'b']);
    expect(refs.list.map(({ entry: e, suffix }) => harvardText(e.reference, suffix))).toEqual([
      'Ainscow, A. (2020a) Equity. London: Press.',
      'Ainscow, A. (2020b) Zeal. London: Press.',
      'Booth, A. (2011) Index. London: Press.',
    ]);
    expect(refs.label({ entryIds: ['a1'], page: '4', narrative: false, text: '' })).toBe('(Ainscow, 2020b, p. 4)');
    expect(refs.label({ entryIds: ['a2', 'b'], page: '', narrative: false, text: '' })).toBe(
      '(Ainscow, 2020a; Booth, 2011)',
    );
    expect(refs.label({ entryIds: ['b'], page: '', narrative: true, text: '' })).toBe('Booth (2011)');
  });

  it('shows a citation whose entry was deleted as missing, and reports it', () => {
    const refs = pieceReferences(log, ['b', 'gone']);
    expect(refs.missingIds).toEqual(['gone']);
    expect(refs.label({ entryIds: ['gone'], page: '', narrative: false, text: '' })).toBe('(citation missing)');
  });
});

describe('citations in documents', () => {
  const document: RichTextNode = {
    type: 'doc',
    content: [
      paragraph({ type: 'text', text: 'Inclusion grows ' }, cite(['a1'], '', false, '(Ainscow, 2020)'), {
        type: 'text',
        text: ' slowly.',
      }),
    ],
  };

  it('finds what a document cites', () => {
    expect(citedEntryIds({ type: 'doc', content: [document, paragraph(cite(['b', 'a1']))] })).toEqual(['a1', 'b']);
  });

  it('counts citation words apart from the text', () => {
    expect(countDocumentTally(document)).toEqual({
      text: 3,
      headings: 0,
      quotations: 0,
      citations: 2,
      tables: 0,
      captions: 0,
    });
  });

  it('rewrites every citation’s text after an entry changes, leaving the rest untouched', () => {
    const relabelled = relabelCitations(document, () => '(Ainscow and Booth, 2020)');
    expect(JSON.stringify(relabelled)).toContain('(Ainscow and Booth, 2020)');
    expect(countDocumentTally(relabelled).citations).toBe(4);
    expect(relabelCitations(document, () => '(Ainscow, 2020)')).toBe(document);
  });
});
