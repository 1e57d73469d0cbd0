import { countDocumentTally } from '../counting/count-document.js';
import { citedEntryIds, type RichTextNode } from '../document/rich-text.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import type { MentorRecord, OutcomeSignOff } from '../mentor/mentor-handbook.js';
import { planNewPortfolio } from '../portfolio/portfolio.js';
import { USUAL_SUBMISSION } from '../programme/submission-settings.js';
import { TWO_PARTS } from '../programme/templates.js';
import { bookBy } from '../references/reading-log.test-data.js';
import type { ReadingLogEntry } from '../references/reading-log.js';
import type { AttachedFile, PortfolioRecords } from './assemble.js';

/**
 * An invented but realistic portfolio (no real pupil, school or person) for the export's
 * proof, `npm run render-sample` and the export benchmark. `wordsPerPart` sets how much
 * prose each part holds; `pictures` are spread over Part 1's evidence, in turn, and the
 * first is also a figure in each part's last main section, after a table of reading ages.
 */
export interface SampleOptions {
  readonly wordsPerPart?: number;
  readonly evidenceItems?: number;
  readonly pictures?: readonly AttachedFile[];
}

const text = (value: string, marks?: string[]): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks === undefined ? {} : { marks: marks.map((type) => ({ type })) }),
});
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const heading = (value: string): RichTextNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
const cite = (entryId: string, label: string): RichTextNode => ({
  type: 'citation',
  attrs: { entryIds: [entryId], page: '', narrative: false, text: label },
});
const cell = (type: 'tableHeader' | 'tableCell', value: string): RichTextNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text(value))],
});
const row = (type: 'tableHeader' | 'tableCell', ...values: string[]): RichTextNode => ({
  type: 'tableRow',
  content: values.map((value) => cell(type, value)),
});
const READING_AGES: RichTextNode = {
  type: 'table',
  content: [
    row('tableHeader', 'Pupil', 'Reading age in September', 'Reading age in December'),
    row('tableCell', 'Pupil A', '7y 2m', '7y 9m'),
    row('tableCell', 'Pupil B', '6y 11m', '7y 8m'),
  ],
};
/** The sample's figure: the first picture given, shown in the text. */
export const SAMPLE_FIGURE_ID = 'picture-1';
const FIGURE: RichTextNode = {
  type: 'figure',
  attrs: { pictureId: SAMPLE_FIGURE_ID, name: 'Reading ages.png' },
  content: [{ type: 'figureCaption', content: [text('Reading ages of the group, September to December')] }],
};
const list = (kind: 'bulletList' | 'orderedList', items: string[]): RichTextNode => ({
  type: kind,
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })),
});

const SENTENCES = [
  'The graduated approach gave the team a shared language for assess, plan, do and review.',
  'Class teachers adapted their planning once the provision map showed who was receiving which intervention.',
  'Pupil voice was gathered through short conversations rather than questionnaires, which suited younger learners.',
  'I met each family before the review so that their views shaped the outcomes we agreed.',
  'Teaching assistants were deployed to support access to the curriculum rather than to sit beside one pupil all day.',
  'The data showed that reading ages rose most where pre-teaching of vocabulary was consistent.',
  'Reflecting on the first cycle, I had underestimated how much time colleagues needed to embed the strategy.',
  'Leadership of SEN provision is shared work, and the head teacher’s support made the change sustainable.',
  'The Code of Practice frames this as a whole-school responsibility, not the SENCO’s alone.',
  'Next term I will train the lunchtime staff in the same visual supports used in class.',
];

/** About `words` words of prose in paragraphs of five sentences, with a heading every six paragraphs. */
function prose(words: number, seed: number, citeFirst?: RichTextNode): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let written = 0;
  let index = seed;
  while (written < words) {
    if (blocks.length % 7 === 0 && blocks.length > 0) blocks.push(heading(`Reflection ${blocks.length / 7 + 1}`));
    const sentences = Array.from({ length: 5 }, () => SENTENCES[index++ % SENTENCES.length]!);
    written += sentences.join(' ').split(/\s+/u).length;
    const content = [text(sentences.join(' '))];
    if (blocks.length === 0 && citeFirst !== undefined) content.push(text(' '), citeFirst, text('.'));
    blocks.push(paragraph(...content));
  }
  return blocks;
}

export function sampleRecords({
  wordsPerPart = 1200,
  evidenceItems = 3,
  pictures = [],
}: SampleOptions = {}): PortfolioRecords {
  let next = 0;
  const planned = planNewPortfolio(
    { title: 'NASENCO 2026–27', candidateName: 'Ada Example', candidateNumber: '7654321' },
    TWO_PARTS,
    () => `id-${++next}`,
    0,
  );
  const portfolio = {
    ...planned.portfolio,
    programme: {
      ...planned.portfolio.programme,
      submission: { ...USUAL_SUBMISSION, provider: 'University of Examplefield' },
    },
    pieces: planned.portfolio.pieces.map((piece, index) => ({
      ...piece,
      moduleCode: index === 0 ? 'SEN7001' : 'SEN7002',
      moduleTitle: index === 0 ? 'Leading SEN provision' : 'Practitioner enquiry',
    })),
  };
  const outcomes = planned.outcomes;
  const readingLog: ReadingLogEntry[] = [
    {
      id: 'r1',
      portfolioId: portfolio.id,
      dateRead: '2026-09-20',
      reference: bookBy(['Ainscow'], '2020', 'Promoting equity in schools'),
      keyPoints: 'Equity depends on the culture of the whole school.\nInclusion is a process, not a state.',
      evaluation: 'Persuasive, with case studies from several countries.',
      links: 'Echoes the Code of Practice on whole-school responsibility.',
      relevance: 'Our SEN register grew by a third in two years.',
      change: 'Share the inclusion audit with governors.',
      outcomeIds: [outcomes[0]!.id],
      quotations: [
        { text: 'Inclusion is a never-ending search for better ways of responding to diversity', page: '14' },
      ],
      tags: ['inclusion'],
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'r2',
      portfolioId: portfolio.id,
      dateRead: '2026-10-04',
      reference: bookBy(['Webster', 'Blatchford'], '2019', 'Maximising the impact of teaching assistants'),
      keyPoints: 'Teaching assistants should add to, not replace, teaching.',
      evaluation: 'Grounded in a large study.',
      links: '',
      relevance: 'Three pupils spend most of the day with one adult.',
      change: 'Redeploy TAs to small-group pre-teaching.',
      outcomeIds: [outcomes[1]!.id],
      quotations: [],
      tags: ['TA deployment'],
      createdAt: 2,
      updatedAt: 2,
    },
    {
      id: 'r3',
      portfolioId: portfolio.id,
      dateRead: '2026-10-18',
      reference: bookBy(['Norwich'], '2013', 'Addressing tensions and dilemmas in inclusive education'),
      keyPoints: 'Dilemmas of difference cannot be dissolved, only managed.',
      evaluation: 'Theoretical but useful for framing decisions.',
      links: 'Links to my enquiry question on withdrawal groups.',
      relevance: '',
      change: '',
      outcomeIds: [],
      quotations: [],
      tags: [],
      createdAt: 3,
      updatedAt: 3,
    },
  ];
  const bodySections = (pieceId: string) =>
    planned.sections.filter((section) => section.pieceId === pieceId && section.role === 'body').length;
  const lastBodySection = (pieceId: string) =>
    planned.sections.filter((section) => section.pieceId === pieceId && section.role === 'body').at(-1)?.id;
  const sections = planned.sections.map((section) => {
    const document: RichTextNode = {
      type: 'doc',
      content:
        section.role === 'references'
          ? [paragraph()]
          : section.role === 'appendix'
            ? [paragraph(text('Appendix 1: consent letter to families (template).'))]
            : section.role === 'abstract'
              ? [
                  paragraph(
                    text(
                      'This enquiry examined whether pre-teaching vocabulary improved reading for pupils on SEN support in Year 5.',
                    ),
                  ),
                ]
              : [
                  ...prose(
                    Math.max(60, Math.round(wordsPerPart / bodySections(section.pieceId)) - 20),
                    section.position,
                    cite('r1', '(Ainscow, 2020)'),
                  ),
                  list('bulletList', [
                    'Assess with the class teacher',
                    'Plan with the family',
                    'Review after six weeks',
                  ]),
                  {
                    type: 'blockquote',
                    content: [paragraph(text('“I like it when I know the words before the lesson,” said one pupil.'))],
                  },
                  ...(lastBodySection(section.pieceId) === section.id
                    ? [READING_AGES, ...(pictures.length > 0 ? [FIGURE] : [])]
                    : []),
                ],
    };
    return {
      section: { ...section, words: countDocumentTally(document), citedEntryIds: citedEntryIds(document) },
      document,
    };
  });
  const drafted = Array.from({ length: evidenceItems }, (_, index) => {
    const commentary: RichTextNode = {
      type: 'doc',
      content: [
        paragraph(text('This evidence shows how '), text('the review', ['italic']), text(' changed practice. ')),
        paragraph(text(SENTENCES[index % SENTENCES.length]!), text(' '), cite('r2', '(Webster and Blatchford, 2019)')),
      ],
    };
    const item: EvidenceItem = {
      id: `e${index + 1}`,
      portfolioId: portfolio.id,
      pieceId: 'part-1',
      title:
        [
          'Provision map review',
          'Classroom display for Year 3',
          'Training for teaching assistants',
          'Annual review meeting',
        ][index % 4]! + (index >= 4 ? ` (${Math.floor(index / 4) + 1})` : ''),
      date: `2026-${String(9 + (index % 3)).padStart(2, '0')}-${String(10 + (index % 18)).padStart(2, '0')}`,
      type: (['provision-map', 'observation', 'training-delivered', 'meeting-record'] as const)[index % 4]!,
      context: 'A two-form entry primary school; Year 3 and Year 5.',
      description: 'What I did, with whom, and what changed.',
      outcomeIds: [outcomes[index % outcomes.length]!.id, outcomes[(index + 3) % outcomes.length]!.id],
      wordsOverride: 250,
      commentaryWords: countDocumentTally(commentary),
      citedEntryIds: citedEntryIds(commentary),
      position: index,
      createdAt: index,
      updatedAt: index,
    };
    return { item, commentary };
  });
  const evidence = drafted.map(({ item }) => item);
  const attachments = new Map<string, AttachedFile[]>();
  pictures.forEach((picture, index) => {
    const item = evidence[index % Math.max(1, evidence.length)];
    if (item !== undefined) attachments.set(item.id, [...(attachments.get(item.id) ?? []), picture]);
  });
  if (evidence[0] !== undefined)
    attachments.set(evidence[0].id, [
      ...(attachments.get(evidence[0].id) ?? []),
      {
        name: 'Provision map 2026.xlsx',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: new Uint8Array([0x50, 0x4b]),
      },
    ]);
  const mentorRecords: MentorRecord[] = [
    {
      kind: 'meeting',
      id: 'm1',
      portfolioId: portfolio.id,
      date: '2026-09-30',
      focus: 'Agreeing the enquiry question',
      outcomeIds: [outcomes[0]!.id],
      agreedActions: 'Draft the question; share the ethics form.',
      initials: 'JM',
      author: 'mentor',
      createdAt: 1,
    },
    {
      kind: 'meeting',
      id: 'm2',
      portfolioId: portfolio.id,
      date: '2026-11-04',
      focus: 'Reviewing the provision map',
      outcomeIds: [outcomes[1]!.id, outcomes[2]!.id],
      agreedActions: 'Present the map to the senior team.',
      initials: 'JM',
      author: 'mentor',
      createdAt: 2,
    },
    {
      kind: 'observation',
      id: 'o1',
      portfolioId: portfolio.id,
      date: '2026-10-15',
      focus: 'Leading a TA briefing',
      notes: 'Clear purpose; TAs left with one strategy each to try.',
      author: 'mentor',
      createdAt: 3,
    },
  ];
  const signOffs: OutcomeSignOff[] = [
    {
      id: 's1',
      portfolioId: portfolio.id,
      outcomeId: outcomes[0]!.id,
      state: 'met',
      statement: 'Seen in the provision map review.',
      name: 'J. Mentor',
      date: '2026-11-10',
      author: 'mentor',
      updatedAt: 1,
      madeIn: 'mentor-copy',
    },
    {
      id: 's2',
      portfolioId: portfolio.id,
      outcomeId: outcomes[1]!.id,
      state: 'not-yet-met',
      statement: 'Evidence planned for the spring term.',
      name: 'J. Mentor',
      date: '2026-11-10',
      author: 'mentor',
      updatedAt: 1,
      madeIn: 'candidate-copy',
    },
  ];
  return {
    portfolio,
    sections: sections.map(({ section }) => section),
    documents: new Map(sections.map(({ section, document }) => [section.id, document])),
    evidence,
    commentaries: new Map(drafted.map(({ item, commentary }) => [item.id, commentary])),
    attachments,
    outcomes,
    readingLog,
    handbook: {
      portfolioId: portfolio.id,
      details: {
        mentorName: 'J. Mentor',
        mentorRole: 'Deputy head teacher',
        mentorContact: 'j.mentor@example.org',
        headTeacherName: 'P. Head',
        school: 'Examplefield Primary',
      },
      mentorStatement: {
        statement: 'I confirm that the candidate has met the outcomes signed off above in practice.',
        name: 'J. Mentor',
        date: '2026-11-20',
        madeIn: 'candidate-copy',
        outcomesMet: { met: 1, of: outcomes.length },
      },
      headTeacherStatement: null,
    },
    mentorRecords,
    signOffs,
    pictures: new Map(pictures.slice(0, 1).map((picture) => [SAMPLE_FIGURE_ID, picture])),
  };
}
