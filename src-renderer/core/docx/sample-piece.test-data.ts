import type { PieceForExport } from './build-piece-document.js';

/** An invented part with every kind of block the editor makes, for document tests. */
export const SAMPLE_PIECE: PieceForExport = {
  pieceTitle: 'Part 1 — Portfolio of Evidence',
  candidateNumber: '7654321',
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
                    content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'with parents' }] }] }],
                  },
                ],
              },
            ],
          },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'High quality teaching comes first.' }] }] },
        ],
      },
    },
    {
      title: 'Second section',
      document: {
        type: 'doc',
        content: [
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Review' }] }] }] },
        ],
      },
    },
  ],
};
