import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countDocumentTally } from '../counting/count-document.js';
import { NO_WORDS } from '../counting/word-tally.js';
import type { RichTextNode } from '../document/rich-text.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import {
  planNewPortfolio,
  sectionCounts,
  sectionsOfPiece,
  wordsInPiece,
  type Section,
} from '../portfolio/portfolio.js';
import type { CountingRules } from '../programme/programme.js';
import { TWO_PARTS } from '../programme/templates.js';
import { buildSubmissionDocx } from './build-submission.js';
import { pieceOf, submissionOf } from './sample-submission.test-data.js';

/**
 * The number the app shows must be the number a marker gets by counting the counted parts
 * of the exported document in Word. Here an independent counter (runs between white space,
 * enough for this English text) counts the exported file.
 */
const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

const WRITTEN: Readonly<Record<string, RichTextNode>> = {
  Abstract: doc(paragraph(text('A short abstract that does not count.'))),
  'Introduction and rationale': doc(
    { type: 'heading', attrs: { level: 2 }, content: [text('Why this enquiry')] },
    paragraph(text('Reading ages in Year 5 had stalled for pupils on SEN support.')),
  ),
  Findings: doc(
    paragraph(
      text('Most pupils gained six months '),
      { type: 'citation', attrs: { entryIds: ['x'], page: '', narrative: false, text: '(Ainscow, 2020)' } },
      text('.'),
    ),
    { type: 'blockquote', content: [paragraph(text('“I can read the board now,” said one pupil.'))] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('Pre-teaching vocabulary'))] },
        { type: 'listItem', content: [paragraph(text('Daily paired reading'))] },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [paragraph(text('Pupil'))] },
            { type: 'tableHeader', content: [paragraph(text('Reading age gain'))] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [paragraph(text('Pupil A'))] },
            { type: 'tableCell', content: [paragraph(text('seven months'))] },
          ],
        },
      ],
    },
    {
      type: 'figure',
      attrs: { pictureId: 'chart-1', name: 'Attendance chart.png' },
      content: [{ type: 'figureCaption', content: [text('Reading ages by term')] }],
    },
  ),
  References: doc(paragraph(text('Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.'))),
  Appendices: doc(paragraph(text('Consent letter template'))),
};

let next = 0;
const planned = planNewPortfolio(
  { title: 'T', candidateName: '', candidateNumber: '1' },
  TWO_PARTS,
  () => `id-${++next}`,
  0,
);
const sections: Section[] = planned.sections.map((section) => {
  const written = WRITTEN[section.title];
  return written === undefined ? section : { ...section, words: countDocumentTally(written) };
});

/** Words in the sections `counts` accepts (by their Heading 1), headings, tables and captions included or not. */
function independentCount(
  body: string,
  counts: (heading: string) => boolean,
  rules: Pick<CountingRules, 'headings' | 'tables' | 'captions'> = { headings: true, tables: false, captions: false },
): number {
  let counting = false;
  let total = 0;
  // The cover's details are a table too, but before any section heading.
  const read = rules.tables
    ? body
    : body.replace(/<w:tbl>.*?<\/w:tbl>/gs, (table) => (/Candidate number/.test(table) ? table : ''));
  for (const match of read.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)) {
    const xml = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? 'Normal';
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (style === 'Title') continue;
    if (style === 'Heading1') counting = counts(words);
    if (style.startsWith('Heading') && !rules.headings) continue;
    if (style === 'Caption' && !rules.captions) continue;
    if (counting) total += words.split(/\s+/u).filter((word) => word !== '').length;
  }
  return total;
}

describe('the count agrees with the exported document', () => {
  it.each([
    ['with the usual rules', TWO_PARTS.pieces[1]!],
    [
      'with headings not counted',
      { ...TWO_PARTS.pieces[1]!, counting: { ...TWO_PARTS.pieces[1]!.counting, headings: false } },
    ],
    [
      'with tables and captions counted',
      { ...TWO_PARTS.pieces[1]!, counting: { ...TWO_PARTS.pieces[1]!.counting, tables: true, captions: true } },
    ],
  ])('for the enquiry, %s', async (_rules, piece) => {
    const ordered = sectionsOfPiece(sections, piece.id);
    const bytes = await buildSubmissionDocx(
      submissionOf(
        pieceOf(
          piece.title,
          ordered.map((section) => ({
            title: section.title,
            document: WRITTEN[section.title] ?? doc(paragraph()),
            role: section.role,
          })),
        ),
      ),
    );
    const body = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const counted = (heading: string) =>
      ordered.some((section) => section.title === heading && sectionCounts(section, piece));
    expect(independentCount(body, counted, piece.counting)).toBe(wordsInPiece(piece, sections));
  });

  it('for a part with evidence: sections and commentaries are counted, the word equivalence is added', async () => {
    const piece = TWO_PARTS.pieces[0]!;
    const commentary = doc(paragraph(text('The review showed what went well.')));
    const item: EvidenceItem = {
      id: 'e',
      portfolioId: 'p',
      pieceId: piece.id,
      title: 'Provision map review',
      date: '2026-10-12',
      type: 'provision-map',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: 300,
      commentaryWords: countDocumentTally(commentary),
      citedEntryIds: [],
      position: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    const reflective = sections.map((section) =>
      section.title === 'Reflective commentary'
        ? { ...section, words: countDocumentTally(WRITTEN['Findings']!) }
        : section,
    );
    const bytes = await buildSubmissionDocx(
      submissionOf(
        pieceOf(
          piece.title,
          sectionsOfPiece(reflective, piece.id).map((section) => ({
            title: section.title,
            document: section.title === 'Reflective commentary' ? WRITTEN['Findings']! : doc(paragraph()),
          })),
          {
            evidence: [
              {
                title: item.title,
                summary: '12 October 2026 · Provision map',
                context: '',
                description: '',
                commentary,
                pictures: [],
                otherAttachments: [],
              },
            ],
          },
        ),
      ),
    );
    const body = strFromU8(unzipSync(bytes)['word/document.xml']!)
      // The item's heading and its date line describe it; its word equivalence stands for it.
      .replace(/<w:p>(?:(?!<\/w:p>).)*?Evidence 1: Provision map review.*?<\/w:p>/gs, '')
      .replace(/<w:p>(?:(?!<\/w:p>).)*?12 October 2026 · Provision map.*?<\/w:p>/s, '');
    const counted =
      independentCount(body, (heading) => heading === 'Reflective commentary' || heading === 'Evidence') - 1; // “Evidence” heading itself
    expect(counted + 300).toBe(
      wordsInPiece(piece, reflective, [{ ...item, commentaryWords: { ...NO_WORDS, ...item.commentaryWords } }]),
    );
  });
});
