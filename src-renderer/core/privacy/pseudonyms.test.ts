import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../document/rich-text.js';
import { findIdentifyingData } from './identifying-data.js';
import { plainTextOf, replaceNameInDocument, replaceNameInText } from './pseudonyms.js';

const text = (value: string, ...marks: string[]): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks.length === 0 ? {} : { marks: marks.map((type) => ({ type })) }),
});
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', ...content: RichTextNode[]): RichTextNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(...content)],
});

/** A deep-frozen copy: changing any part of it throws, so a test proves the input is never changed. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

const SECTION: RichTextNode = frozen({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Working with Jamie')] },
    paragraph(
      text('I met '),
      text('Jamie’s', 'bold'),
      text(' mum, and JAMIE chose a book. Jamieson and Benjamie were not there.'),
    ),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph(text('Pre-teach vocabulary with jamie'))] }],
    },
    { type: 'blockquote', content: [paragraph(text('“I like it,” said Jamie.', 'italic'))] },
    {
      type: 'table',
      content: [{ type: 'tableRow', content: [cell('tableHeader', text('Pupil')), cell('tableCell', text('Jamie'))] }],
    },
    {
      type: 'figure',
      attrs: { pictureId: 'p1', name: 'Jamie reading.png' },
      content: [{ type: 'figureCaption', content: [text('Jamie at the reading table')] }],
    },
    paragraph(
      text('As '),
      { type: 'citation', attrs: { entryIds: ['r1'], page: '', narrative: true, text: 'Jamie (2020)' } },
      text(' says.'),
    ),
  ],
});

describe('replaceNameInText', () => {
  it('replaces whole words in any case, keeps possessives, and counts', () => {
    expect(
      replaceNameInText("Jamie’s book, JAMIE's bag and jamie; not Jamieson or Jamie-Lee.", 'Jamie', 'Pupil A'),
    ).toEqual({
      text: "Pupil A’s book, Pupil A's bag and Pupil A; not Jamieson or Jamie-Lee.",
      replaced: 3,
    });
  });

  it('replaces a longer name across any white space', () => {
    expect(
      replaceNameInText(
        'Elmfield  Primary\nSchool and Elmfield Primary School',
        'Elmfield Primary School',
        'the school',
      ),
    ).toEqual({ text: 'the school and the school', replaced: 2 });
  });

  it('replaces nothing while no pseudonym has been chosen, or for a blank name', () => {
    expect(replaceNameInText('Jamie read.', 'Jamie', '')).toEqual({ text: 'Jamie read.', replaced: 0 });
    expect(replaceNameInText('Jamie read.', ' ', 'Pupil A')).toEqual({ text: 'Jamie read.', replaced: 0 });
  });

  it('writes a pseudonym with $ signs as it is', () => {
    expect(replaceNameInText('Jamie', 'Jamie', '$& $1')).toEqual({ text: '$& $1', replaced: 1 });
  });
});

describe('replaceNameInDocument', () => {
  it('replaces the name in every text node, however nested, keeping marks and structure', () => {
    const { document, replaced } = replaceNameInDocument(SECTION, 'Jamie', 'Pupil A');
    expect(replaced).toBe(8);
    expect(document.content?.[1]).toEqual(
      paragraph(
        text('I met '),
        text('Pupil A’s', 'bold'),
        text(' mum, and Pupil A chose a book. Jamieson and Benjamie were not there.'),
      ),
    );
    expect(document.content?.[3]).toEqual({
      type: 'blockquote',
      content: [paragraph(text('“I like it,” said Pupil A.', 'italic'))],
    });
    expect(plainTextOf(document)).toBe(
      [
        'Working with Pupil A',
        'I met Pupil A’s mum, and Pupil A chose a book. Jamieson and Benjamie were not there.',
        'Pre-teach vocabulary with Pupil A',
        '“I like it,” said Pupil A.',
        'Pupil',
        'Pupil A',
        'Pupil A at the reading table',
        'As  says.',
      ].join('\n\n'),
    );
  });

  it('replaces the name in a picture’s name, which the export writes into the file', () => {
    const figure = replaceNameInDocument(SECTION, 'Jamie', 'Pupil A').document.content?.[5];
    expect(figure?.attrs).toEqual({ pictureId: 'p1', name: 'Pupil A reading.png' });
  });

  it('leaves citations alone: they name the authors read', () => {
    const citation = replaceNameInDocument(SECTION, 'Jamie', 'Pupil A').document.content?.[6]?.content?.[1];
    expect(citation).toBe(SECTION.content?.[6]?.content?.[1]);
  });

  it('never changes the input, and shares the parts without the name', () => {
    const before = JSON.stringify(SECTION);
    const { document } = replaceNameInDocument(SECTION, 'Jamie', 'Pupil A');
    expect(JSON.stringify(SECTION)).toBe(before);
    expect(document).not.toBe(SECTION);
    const untouched = paragraph(text('Nothing to change.'));
    const mixed: RichTextNode = { type: 'doc', content: [untouched, paragraph(text('Jamie'))] };
    expect(replaceNameInDocument(mixed, 'Jamie', 'Pupil A').document.content?.[0]).toBe(untouched);
  });

  it('gives back the same document when the name is not there or no pseudonym is chosen', () => {
    expect(replaceNameInDocument(SECTION, 'Amelia', 'Pupil B')).toEqual({ document: SECTION, replaced: 0 });
    expect(replaceNameInDocument(SECTION, 'Amelia', 'Pupil B').document).toBe(SECTION);
    expect(replaceNameInDocument(SECTION, 'Jamie', '  ').document).toBe(SECTION);
  });

  it('does not replace a name split across runs with different marks, which the check still flags', () => {
    const split: RichTextNode = { type: 'doc', content: [paragraph(text('Ja'), text('mie', 'bold'), text(' read.'))] };
    expect(replaceNameInDocument(split, 'Jamie', 'Pupil A')).toEqual({ document: split, replaced: 0 });
    expect(
      findIdentifyingData(plainTextOf(split), [{ name: 'Jamie', kind: 'pupil', pseudonym: 'Pupil A' }]).map(
        (finding) => finding.text,
      ),
    ).toEqual(['Jamie']);
  });

  it('leaves nothing for the check to find once every listed name is replaced', () => {
    const names = [{ name: 'Jamie', kind: 'pupil' as const, pseudonym: 'Pupil A' }];
    const { document } = replaceNameInDocument(SECTION, 'Jamie', 'Pupil A');
    expect(findIdentifyingData(plainTextOf(document), names)).toEqual([]);
  });
});

describe('plainTextOf', () => {
  it('gives each block on its own, with line breaks, and leaves citations out', () => {
    const document: RichTextNode = {
      type: 'doc',
      content: [paragraph(text('One'), { type: 'hardBreak' }, text('line')), paragraph(text('Two'))],
    };
    expect(plainTextOf(document)).toBe('One\nline\n\nTwo');
  });
});
