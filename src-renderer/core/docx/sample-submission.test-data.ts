import { USUAL_LAYOUT } from '../programme/submission-settings.js';
import type { AttachedPicture, PieceForExport, Submission } from '../submission/submission.js';

/** A one-pixel PNG: the smallest picture a figure can show. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);

/** The pictures SAMPLE_PIECE's figure shows. */
export const SAMPLE_PICTURES: ReadonlyMap<string, AttachedPicture> = new Map([
  ['chart-1', { name: 'Attendance chart.png', bytes: TINY_PNG }],
]);

/** A submission of the given pieces with an invented candidate and a plain cover, for document tests. */
export function submissionOf(...pieces: PieceForExport[]): Submission {
  return {
    title: pieces.length === 1 ? pieces[0]!.title : 'NASENCO portfolio',
    candidateNumber: '7654321',
    runningHeader: 'Candidate 7654321 · SEN7001 · Part 1',
    layout: USUAL_LAYOUT,
    pictureQuality: 'standard',
    cover: {
      heading: pieces[0]?.title ?? '',
      details: [
        { label: 'Programme', value: 'National Award for Special Educational Needs Co-ordination' },
        { label: 'Candidate number', value: '7654321' },
        { label: 'Word count', value: '1,234 words' },
      ],
      wordCountNote:
        'Counted as Microsoft Word counts words. Not counted: this cover page, the contents list and the reference list.',
      declaration: 'I confirm that this work is my own.',
      signature: 'Candidate 7654321, 23 November 2026',
    },
    pieces,
    pictures: SAMPLE_PICTURES,
  };
}

/** A piece with no evidence, references or generated appendices, holding these sections. */
export function pieceOf(
  title: string,
  sections: PieceForExport['sections'],
  more: Partial<PieceForExport> = {},
): PieceForExport {
  return { title, sections, evidence: [], references: [], appendices: [], ...more };
}

/** An invented part with every kind of block the editor makes, for document tests. */
export const SAMPLE_PIECE: PieceForExport = {
  title: 'Part 1 — Portfolio of Evidence',
  evidence: [],
  references: [],
  appendices: [],
  sections: [
    {
      title: 'Reflective commentary',
      document: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Leading provision' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'The graduated approach ' },
              { type: 'text', text: 'matters', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' to ' },
              { type: 'text', text: 'every', marks: [{ type: 'italic' }] },
              { type: 'text', text: ' ' },
              { type: 'text', text: 'pupil', marks: [{ type: 'underline' }] },
              { type: 'hardBreak' },
              { type: 'text', text: 'on a new line.' },
            ],
          },
          {
            type: 'orderedList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Assess' }] }] },
              {
                type: 'listItem',
                content: [
                  { type: 'paragraph', content: [{ type: 'text', text: 'Plan' }] },
                  {
                    type: 'bulletList',
                    content: [
                      {
                        type: 'listItem',
                        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'with parents' }] }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            type: 'blockquote',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'High quality teaching comes first.' }] }],
          },
        ],
      },
    },
    {
      title: 'Second section',
      document: {
        type: 'doc',
        content: [
          {
            type: 'orderedList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Review' }] }] },
            ],
          },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'See the ' },
              {
                type: 'text',
                text: 'SEND Code of Practice',
                marks: [
                  {
                    type: 'link',
                    attrs: { href: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25' },
                  },
                ],
              },
              { type: 'text', text: ' for the duties.' },
            ],
          },
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [
                  {
                    type: 'tableHeader',
                    attrs: { colspan: 1, rowspan: 1, colwidth: null },
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Term' }] }],
                  },
                  {
                    type: 'tableHeader',
                    attrs: { colspan: 1, rowspan: 1, colwidth: null },
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Attendance' }] }],
                  },
                ],
              },
              {
                type: 'tableRow',
                content: [
                  {
                    type: 'tableCell',
                    attrs: { colspan: 1, rowspan: 1, colwidth: null },
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Autumn' }] }],
                  },
                  {
                    type: 'tableCell',
                    attrs: { colspan: 1, rowspan: 1, colwidth: null },
                    content: [
                      {
                        type: 'paragraph',
                        content: [{ type: 'text', text: '91 per cent', marks: [{ type: 'bold' }] }],
                      },
                    ],
                  },
                ],
              },
              {
                type: 'tableRow',
                content: [
                  {
                    type: 'tableCell',
                    attrs: { colspan: 2, rowspan: 1, colwidth: null },
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Spring to follow' }] }],
                  },
                ],
              },
            ],
          },
          {
            type: 'figure',
            attrs: { pictureId: 'chart-1', name: 'Attendance chart.png' },
            content: [{ type: 'figureCaption', content: [{ type: 'text', text: 'Attendance by term' }] }],
          },
        ],
      },
    },
  ],
};
