import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../document/rich-text.js';
import type { PieceForExport, SectionForExport } from './submission.js';
import { appendixLetter, partsInOrder } from './piece-order.js';

const text = (words: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});
const empty = { type: 'doc', content: [] };
const section = (
  title: string,
  role: SectionForExport['role'] = 'body',
  document: RichTextNode = text(`${title} text`),
): SectionForExport => ({ title, role, document });
const evidence = [
  {
    title: 'Provision map',
    summary: '',
    context: '',
    description: '',
    commentary: empty,
    pictures: [],
    otherAttachments: [],
  },
];
const references = [[{ text: 'Ainscow, M. (2020)' }]];
const appendices = [{ title: 'Reflective reading log', blocks: [] }];
const shape = (piece: PieceForExport) =>
  partsInOrder(piece).map((part) =>
    part.kind === 'section' || part.kind === 'appendix'
      ? `${part.kind}: ${part.title}`
      : part.kind === 'references'
        ? `references under ${part.heading ?? 'the section'}`
        : part.kind,
  );

describe('the order a piece is submitted in', () => {
  it('puts evidence before the references section, the reference list inside it, and the app’s appendices, lettered, before the candidate’s', () => {
    const piece: PieceForExport = {
      title: 'Part 1',
      sections: [section('Introduction'), section('References', 'references', empty), section('Timetable', 'appendix')],
      evidence,
      references,
      appendices,
    };
    expect(shape(piece)).toEqual([
      'section: Introduction',
      'evidence',
      'section: References',
      'references under the section',
      'appendix: Appendix A: Reflective reading log',
      'section: Appendix B: Timetable',
    ]);
  });

  it('writes the reference list under its own heading when no section holds it, and leaves out sections with no text', () => {
    const piece: PieceForExport = {
      title: 'Part 2',
      sections: [section('Abstract', 'abstract', empty), section('Findings')],
      evidence: [],
      references,
      appendices: [],
    };
    expect(shape(piece)).toEqual(['section: Findings', 'references under References']);
  });

  it('keeps a section holding only a picture (an appendix of photos), though it has no text', () => {
    const photos = {
      type: 'doc',
      content: [{ type: 'figure', attrs: { pictureId: 'p1', name: 'Display' }, content: [{ type: 'figureCaption' }] }],
    };
    const piece: PieceForExport = {
      title: 'Part 2',
      sections: [section('Findings'), section('Photos of the displays', 'appendix', photos)],
      evidence: [],
      references: [],
      appendices: [],
    };
    expect(shape(piece)).toEqual(['section: Findings', 'section: Appendix A: Photos of the displays']);
  });

  it('letters past Z as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 51, 52].map(appendixLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
