import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../document/rich-text.js';
import { buildSubmissionDocx } from './build-submission.js';
import { USUAL_LAYOUT } from '../programme/submission-settings.js';
import { pieceOf, SAMPLE_PIECE, submissionOf } from './sample-submission.test-data.js';
import { textWidthPx } from './submission-style.js';
import type { Submission } from '../submission/submission.js';

const doc = (...texts: string[]): RichTextNode => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] })),
});

async function exported(submission: Submission) {
  const files = unzipSync(await buildSubmissionDocx(submission));
  const read = (name: string) => {
    const file = files[name];
    if (file === undefined) throw new Error(`${name} is missing from the .docx`);
    return strFromU8(file);
  };
  const named = (pattern: RegExp) =>
    Object.keys(files)
      .filter((name) => pattern.test(name))
      .map(read);
  return {
    files,
    body: read('word/document.xml'),
    styles: read('word/styles.xml'),
    core: read('docProps/core.xml'),
    settings: read('word/settings.xml'),
    headers: named(/^word\/header\d*\.xml$/),
    footers: named(/^word\/footer\d*\.xml$/),
  };
}

/** The paragraphs of document.xml outside tables as [style, text] pairs, in order. */
function paragraphs(body: string): [string, string][] {
  return [...body.replace(/<w:tbl>.*?<\/w:tbl>/gs, '').matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map((match) => {
    const xml = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? 'Normal';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [style, text];
  });
}

/** The body's paragraphs from the first section heading on: past the cover and the contents. */
function bodyParagraphs(body: string): string[] {
  const all = paragraphs(body).map(([style, text]) => `${style}:${text}`);
  return all.slice(all.findIndex((paragraph) => paragraph.startsWith('Heading1:')));
}

/** Each table's rows, each row's cells as text. */
function tables(body: string): string[][][] {
  return [...body.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr(?: [^>]*)?>(.*?)<\/w:tr>/gs)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) =>
        [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    ),
  );
}

describe('the submitted document', () => {
  it('opens with a cover page: the title, the details, the count and what it leaves out, and the declaration', async () => {
    const { body } = await exported(submissionOf(SAMPLE_PIECE));
    const before = paragraphs(body)
      .slice(0, 6)
      .map(([style, text]) => `${style}:${text}`);
    expect(before).toEqual([
      'Title:Part 1 — Portfolio of Evidence',
      'SmallPrint:Counted as Microsoft Word counts words. Not counted: this cover page, the contents list and the reference list.',
      'Normal:Declaration',
      'Normal:I confirm that this work is my own.',
      'Normal:Candidate 7654321, 23 November 2026',
      'Normal:',
    ]);
    expect(tables(body)[0]).toEqual([
      ['Programme', 'National Award for Special Educational Needs Co-ordination'],
      ['Candidate number', '7654321'],
      ['Word count', '1,234 words'],
    ]);
  });

  it('lists the contents after the cover, filled in from the headings without page numbers, so Word need not ask to update it', async () => {
    const { body, settings } = await exported(submissionOf(SAMPLE_PIECE));
    expect(body).toContain(`TOC \\h \\n &quot;1-3&quot; \\o &quot;1-3&quot;`);
    expect(body).not.toContain('w:dirty="true"');
    expect(settings).not.toContain('updateFields');
    const contents = paragraphs(body).filter(([style]) => style.startsWith('TOC'));
    expect(contents[0]).toEqual(['TOCHeading', 'Contents']);
    expect(contents.slice(1).map(([, text]) => text)).toEqual([
      'Reflective commentary',
      'Leading provision',
      'Second section',
    ]);
  });

  it('gives Heading 1 to 3 outline levels, so Word’s navigation pane and LibreOffice’s contents work', async () => {
    const { styles } = await exported(submissionOf(SAMPLE_PIECE));
    for (const [style, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      expect(styles).toMatch(
        new RegExp(`<w:style [^>]*w:styleId="${style}".*?<w:outlineLvl w:val="${level}"/>.*?</w:style>`, 's'),
      );
    }
  });

  it('lays the page out as the programme says: font, size, line spacing and margins', async () => {
    const { styles, body } = await exported({
      ...submissionOf(SAMPLE_PIECE),
      layout: { font: 'Verdana', fontSizePt: 11, lineSpacing: 2, marginCm: 3 },
    });
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Verdana".*<w:sz w:val="22"\/>.*<w:spacing [^>]*w:line="480"/s);
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(body).toMatch(/<w:pgMar w:top="1701" w:right="1701" w:bottom="1701" w:left="1701"/);
  });

  it('puts each section under its own heading, in order, with the text the candidate typed', async () => {
    const { body } = await exported(submissionOf(SAMPLE_PIECE));
    expect(bodyParagraphs(body)).toEqual([
      'Heading1:Reflective commentary',
      'Heading2:Leading provision',
      'Normal:The graduated approach matters to every pupilon a new line.',
      'ListParagraph:Assess',
      'ListParagraph:Plan',
      'ListParagraph:with parents',
      'Quote:High quality teaching comes first.',
      'Heading1:Second section',
      'ListParagraph:Review',
      'Normal:See the SEND Code of Practice for the duties.',
      // The table is read apart; then the picture's paragraph.
      'Normal:',
      'Caption:Figure 1: Attendance by term',
    ]);
  });

  it('fits a picture in a table cell to the cell, not to the page', async () => {
    const chart = new Uint8Array(readFileSync(new URL('../pictures/fixtures/reading-ages.png', import.meta.url)));
    const cell = (content: RichTextNode[]): RichTextNode => ({
      type: 'tableCell',
      attrs: { colspan: 1, rowspan: 1, colwidth: null },
      content,
    });
    const figure: RichTextNode = {
      type: 'figure',
      attrs: { pictureId: 'chart', name: 'chart.png' },
      content: [{ type: 'figureCaption', content: [{ type: 'text', text: 'Gains' }] }],
    };
    const document: RichTextNode = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [cell([{ type: 'paragraph', content: [{ type: 'text', text: 'Pupil A' }] }]), cell([figure])],
            },
          ],
        },
        figure,
      ],
    };
    const { body } = await exported({
      ...submissionOf(pieceOf('Part 2', [{ title: 'Findings', document }])),
      pictures: new Map([['chart', { name: 'chart.png', bytes: chart }]]),
    });
    const widths = [...body.matchAll(/<wp:extent cx="(\d+)"/g)].map((match) => Number(match[1]) / 9525);
    const textWidth = textWidthPx(USUAL_LAYOUT);
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeLessThanOrEqual(textWidth / 2);
    expect(widths[1]).toBeGreaterThan(textWidth / 2);
  });

  it('writes a link as its text alone: the address stays in the app', async () => {
    const { body } = await exported(submissionOf(SAMPLE_PIECE));
    expect(body).toContain('SEND Code of Practice');
    expect(body).not.toMatch(/gov\.uk|<w:hyperlink(?![^>]*w:anchor)/);
  });

  it('writes the candidate’s tables with merged cells, bold header rows that repeat, and every cell’s text', async () => {
    const { body } = await exported(submissionOf(SAMPLE_PIECE));
    expect(tables(body).at(-1)).toEqual([['Term', 'Attendance'], ['Autumn', '91 per cent'], ['Spring to follow']]);
    const table = /<w:tbl>(?:(?!<w:tbl>).)*Spring to follow.*?<\/w:tbl>/s.exec(body)?.[0] ?? '';
    expect(table).toMatch(/<w:trPr><w:tblHeader\/><\/w:trPr>(?:(?!<\/w:tr>).)*<w:b\/>(?:(?!<\/w:tr>).)*Term/s);
    expect(table).toMatch(/<w:gridSpan w:val="2"\/>(?:(?!<\/w:tc>).)*Spring to follow/s);
    expect(table).toMatch(/<w:pStyle w:val="TableText"\/>/);
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it('embeds a figure’s picture with its numbered caption, and says so when the picture is missing', async () => {
    const { body, files } = await exported(submissionOf(SAMPLE_PIECE));
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    // A screen reader reads the caption's words for the picture.
    expect(body).toMatch(/<wp:docPr [^>]*descr="Attendance by term"/);
    const missing = await exported({ ...submissionOf(SAMPLE_PIECE), pictures: new Map() });
    expect(bodyParagraphs(missing.body).slice(-2)).toEqual([
      'Caption:[The picture for Figure 1 could not be found in the portfolio.]',
      'Caption:Figure 1: Attendance by term',
    ]);
  });

  it('leaves out sections with no text, and places evidence before the back matter, pictures and all', async () => {
    const photo = new Uint8Array(readFileSync(new URL('../pictures/fixtures/photo.jpg', import.meta.url)));
    const { body, files } = await exported(
      submissionOf({
        ...SAMPLE_PIECE,
        sections: [
          ...SAMPLE_PIECE.sections,
          { title: 'Not yet written', document: doc('') },
          { title: 'References', role: 'references', document: doc('DfE (2015)') },
        ],
        evidence: [
          {
            title: 'Lesson observation',
            summary: '12 October 2026 · Observation · Outcomes A1',
            context: 'Year 4',
            description: '',
            commentary: doc('What went well'),
            pictures: [{ name: 'jayden_display_board.jpg', bytes: photo }],
            otherAttachments: ['PDF', 'Word document', 'PDF'],
          },
        ],
      }),
    );
    const texts = bodyParagraphs(body);
    expect(texts).not.toContain('Heading1:Not yet written');
    expect(texts.slice(-10)).toEqual([
      'Heading1:Evidence',
      'Heading2:Evidence 1: Lesson observation',
      'Normal:12 October 2026 · Observation · Outcomes A1',
      'Normal:Year 4',
      'Normal:',
      'Caption:Figure 2: Lesson observation',
      'Caption:Also kept with this evidence, not in this document: 2 PDFs and a Word document.',
      'Normal:What went well',
      'Heading1:References',
      'Normal:DfE (2015)',
    ]);
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    // The picture's file name is nowhere in the document, not even in the picture's hidden name and description.
    expect(body).toMatch(/<wp:docPr [^>]*name="Figure 2" descr="Lesson observation"/);
    expect(Object.values(files).some((bytes) => Buffer.from(bytes).includes('jayden'))).toBe(false);
  });

  // Word mirrors, then turns (ECMA-376 part 3); EXIF 5 and 7 turn, then mirror: so they are turned the other way.
  it.each([
    [6, 'rot="5400000"', false],
    [5, 'rot="16200000"', true],
    [7, 'rot="5400000"', true],
    [2, '', true],
  ])(
    'stands a photo upright from its EXIF orientation %i, and keeps the EXIF out of the file',
    async (orientation, rotation, mirrored) => {
      const photo = new Uint8Array(readFileSync(new URL('../pictures/fixtures/photo.jpg', import.meta.url)));
      // The orientation and an Artist tag, little-endian, as a phone writes them.
      const tiff = [
        0x49,
        0x49,
        42,
        0,
        8,
        0,
        0,
        0,
        2,
        0,
        0x12,
        0x01,
        3,
        0,
        1,
        0,
        0,
        0,
        orientation,
        0,
        0,
        0,
        0x3b,
        0x01,
        2,
        0,
        12,
        0,
        0,
        0,
        38,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        ...Buffer.from('Ada Example\0'),
      ];
      const segment = [0xff, 0xe1, 0, tiff.length + 8, ...Buffer.from('Exif\0\0'), ...tiff];
      const tagged = new Uint8Array([...photo.subarray(0, 2), ...segment, ...photo.subarray(2)]);
      const picture = {
        title: 'Display',
        summary: '',
        context: '',
        description: '',
        commentary: doc(''),
        pictures: [{ name: 'Display.jpg', bytes: tagged }],
        otherAttachments: [],
      };
      const { body, files } = await exported({
        ...submissionOf({ ...SAMPLE_PIECE, evidence: [picture] }),
        pictures: new Map(),
      });
      const transform = /<a:xfrm([^>]*)>/u.exec(body)?.[1] ?? '';
      expect(transform.includes(rotation) && (rotation !== '' || !transform.includes('rot='))).toBe(true);
      expect(transform.includes('flipH="true"')).toBe(mirrored);
      const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
      expect(media).toHaveLength(1);
      expect(Buffer.from(media[0]![1]).includes(Buffer.from('Ada Example'))).toBe(false);
    },
  );

  it('writes citations as text and the reference list under the references section, titles in italics', async () => {
    const { body } = await exported(
      submissionOf(
        pieceOf(
          'Part 2',
          [
            {
              title: 'Findings',
              document: {
                type: 'doc',
                content: [
                  {
                    type: 'paragraph',
                    content: [
                      { type: 'text', text: 'As shown ' },
                      {
                        type: 'citation',
                        attrs: { entryIds: ['a'], page: '', narrative: false, text: '(Ainscow, 2020)' },
                      },
                    ],
                  },
                ],
              },
            },
            { title: 'References', role: 'references', document: doc('') },
            { title: 'Appendices', role: 'appendix', document: doc('Consent form') },
          ],
          {
            references: [
              [
                { text: 'Ainscow, M. (2020) ' },
                { text: 'Promoting equity in schools', italic: true },
                { text: '. Abingdon: Routledge.' },
              ],
            ],
          },
        ),
      ),
    );
    expect(bodyParagraphs(body)).toEqual([
      'Heading1:Findings',
      'Normal:As shown (Ainscow, 2020)',
      'Heading1:References',
      'Normal:Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.',
      'Heading1:Appendices',
      'Normal:Consent form',
    ]);
    expect(body).toMatch(/<w:i\/>.*?<w:t[^>]*>Promoting equity in schools<\/w:t>/s);
  });

  it('writes one space before a citation and none between it and the punctuation after it, whatever was typed', async () => {
    const cite = (text: string, narrative = false): RichTextNode => ({
      type: 'citation',
      attrs: { entryIds: ['w'], page: '', narrative, text },
    });
    const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
    const { body } = await exported(
      submissionOf(
        pieceOf('Part 2', [
          {
            title: 'Findings',
            document: {
              type: 'doc',
              content: [
                paragraph(
                  { type: 'text', text: 'Teaching assistants need support' },
                  cite('(Webster and Blatchford, 2015)'),
                  { type: 'text', text: ' .' },
                ),
                paragraph(cite('Webster and Blatchford (2015)', true), {
                  type: 'text',
                  text: 'argue that support matters.',
                }),
                {
                  type: 'heading',
                  attrs: { level: 2 },
                  content: [
                    { type: 'text', text: 'Support' },
                    cite('(Webster and Blatchford, 2015)'),
                    { type: 'text', text: ' :' },
                  ],
                },
              ],
            },
          },
        ]),
      ),
    );
    expect(bodyParagraphs(body)).toEqual([
      'Heading1:Findings',
      'Normal:Teaching assistants need support (Webster and Blatchford, 2015).',
      'Normal:Webster and Blatchford (2015) argue that support matters.',
      'Heading2:Support (Webster and Blatchford, 2015):',
    ]);
  });

  it('letters the appendices the app writes first, then the candidate’s own, with tables whose header rows repeat', async () => {
    const { body } = await exported(
      submissionOf(
        pieceOf(
          'Part 1',
          [
            { title: 'Commentary', document: doc('Some reflection.') },
            { title: 'Consent letter', role: 'appendix', document: doc('Dear parents') },
          ],
          {
            appendices: [
              {
                title: 'Reflective reading log',
                blocks: [
                  {
                    kind: 'table',
                    columns: ['Date read', 'Source'],
                    widths: [30, 70],
                    rows: [[[[{ text: '3 Oct 2026' }]], [[{ text: 'Ainscow (2020)' }]]]],
                  },
                ],
              },
              {
                title: 'Mentor handbook',
                blocks: [
                  { kind: 'subheading', text: 'Meetings' },
                  { kind: 'paragraph', line: [{ text: 'No meetings recorded yet.', italic: true }] },
                ],
              },
            ],
          },
        ),
      ),
    );
    expect(bodyParagraphs(body)).toEqual([
      'Heading1:Commentary',
      'Normal:Some reflection.',
      'Heading1:Appendix A: Reflective reading log',
      'Heading1:Appendix B: Mentor handbook',
      'Heading2:Meetings',
      'Normal:No meetings recorded yet.',
      'Heading1:Appendix C: Consent letter',
      'Normal:Dear parents',
    ]);
    expect(tables(body).at(-1)).toEqual([
      ['Date read', 'Source'],
      ['3 Oct 2026', 'Ainscow (2020)'],
    ]);
    expect(body).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>.*?Date read/s);
  });

  it('puts every piece of the whole portfolio on its own pages, under its title', async () => {
    const { body } = await exported(
      submissionOf(
        SAMPLE_PIECE,
        pieceOf('Part 2 — Enquiry', [{ title: 'Findings', document: doc('Reading ages rose.') }]),
      ),
    );
    const texts = bodyParagraphs(body);
    expect(texts[0]).toBe('Heading1:Part 1 — Portfolio of Evidence');
    expect(texts).toContain('Heading2:Reflective commentary');
    expect(texts).toContain('Heading3:Leading provision');
    expect(texts.slice(-3)).toEqual(['Heading1:Part 2 — Enquiry', 'Heading2:Findings', 'Normal:Reading ages rose.']);
    expect(body).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*Part 2 — Enquiry/s);
  });

  it('keeps bold, italic, underline and line breaks', async () => {
    const { body } = await exported(submissionOf(SAMPLE_PIECE));
    expect(body).toMatch(/<w:b\/>.*?<w:t[^>]*>matters<\/w:t>/s);
    expect(body).toMatch(/<w:i\/>.*?<w:t[^>]*>every<\/w:t>/s);
    expect(body).toMatch(/<w:u w:val="single"\/>.*?<w:t[^>]*>pupil<\/w:t>/s);
    expect(body).toMatch(/<w:br\/>/);
  });

  it('numbers lists, nests them, and restarts numbering for each new list', async () => {
    const { body } = await exported(submissionOf(SAMPLE_PIECE));
    const numbered = [...body.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map(
      (m) => [Number(m[1]), Number(m[2])],
    );
    expect(numbered).toHaveLength(4);
    const [assess, plan, parents, review] = numbered as [
      [number, number],
      [number, number],
      [number, number],
      [number, number],
    ];
    expect(assess).toEqual(plan);
    expect(parents[0]).toBe(1);
    expect(new Set([assess[1], parents[1], review[1]]).size).toBe(3);
  });

  it('identifies the candidate by number only: in the header after the cover and in the file properties', async () => {
    const { core, headers, footers } = await exported(submissionOf(SAMPLE_PIECE));
    expect(headers.join('')).toContain('Candidate 7654321 · SEN7001 · Part 1');
    expect(core).toContain('<dc:creator>7654321</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>7654321</cp:lastModifiedBy>');
    expect(footers.join('')).toMatch(/PAGE.*NUMPAGES/s);
  });
});
