import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPieceDocx } from './build-piece-document.js';
import { SAMPLE_PIECE } from './sample-piece.test-data.js';

async function exportedParts() {
  const files = unzipSync(await buildPieceDocx(SAMPLE_PIECE));
  const read = (name: string) => {
    const file = files[name];
    if (file === undefined) throw new Error(`${name} is missing from the .docx`);
    return strFromU8(file);
  };
  const headerName = Object.keys(files).find((name) => /^word\/header\d*\.xml$/.test(name)) ?? 'word/header1.xml';
  const footerName = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? 'word/footer1.xml';
  return { body: read('word/document.xml'), core: read('docProps/core.xml'), header: read(headerName), footer: read(footerName) };
}

/** The paragraphs of document.xml as [style, text] pairs, in order. */
function paragraphs(body: string): [string, string][] {
  return [...body.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const xml = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? 'Normal';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [style, text];
  });
}

describe('buildPieceDocx', () => {
  it('puts each section under its own heading, in order, with the text the candidate typed', async () => {
    const { body } = await exportedParts();
    expect(paragraphs(body)).toEqual([
      ['Title', 'Part 1 — Portfolio of Evidence'],
      ['Heading1', 'Reflective commentary'],
      ['Heading2', 'Leading provision'],
      ['Normal', 'The graduated approach matters to every pupilon a new line.'],
      ['ListParagraph', 'Assess'],
      ['ListParagraph', 'Plan'],
      ['ListParagraph', 'with parents'],
      ['Quote', 'High quality teaching comes first.'],
      ['Heading1', 'Second section'],
      ['ListParagraph', 'Review'],
    ]);
  });

  it('leaves out sections with no text, and places evidence before the back matter', async () => {
    const files = unzipSync(
      await buildPieceDocx({
        ...SAMPLE_PIECE,
        sections: [
          ...SAMPLE_PIECE.sections,
          { title: 'Not yet written', document: { type: 'doc', content: [{ type: 'paragraph' }] } },
          { title: 'References', isBackMatter: true, document: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'DfE (2015)' }] }] } },
        ],
        evidence: [
          { title: 'Lesson observation', summary: '12 October 2026 · Observation · Outcomes A1', context: 'Year 4', description: '', commentary: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'What went well' }] }] } },
        ],
      }),
    );
    const texts = paragraphs(strFromU8(files['word/document.xml']!)).map(([style, text]) => `${style}:${text}`);
    expect(texts).not.toContain('Heading1:Not yet written');
    expect(texts.slice(-8)).toEqual([
      'ListParagraph:Review',
      'Heading1:Evidence',
      'Heading2:Evidence 1: Lesson observation',
      'Normal:12 October 2026 · Observation · Outcomes A1',
      'Normal:Year 4',
      'Normal:What went well',
      'Heading1:References',
      'Normal:DfE (2015)',
    ]);
  });

  it('writes citations as text and the reference list under the references section, titles in italics', async () => {
    const files = unzipSync(
      await buildPieceDocx({
        pieceTitle: 'Part 2',
        candidateNumber: '1',
        sections: [
          { title: 'Findings', document: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'As shown ' }, { type: 'citation', attrs: { entryIds: ['a'], page: '', narrative: false, text: '(Ainscow, 2020)' } }] }] } },
          { title: 'References', isBackMatter: true, isReferenceList: true, document: { type: 'doc', content: [{ type: 'paragraph' }] } },
          { title: 'Appendices', isBackMatter: true, document: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Consent form' }] }] } },
        ],
        references: [[{ text: 'Ainscow, M. (2020) ' }, { text: 'Promoting equity in schools', italic: true }, { text: '. Abingdon: Routledge.' }]],
      }),
    );
    const body = strFromU8(files['word/document.xml']!);
    expect(paragraphs(body).map(([style, text]) => `${style}:${text}`)).toEqual([
      'Title:Part 2',
      'Heading1:Findings',
      'Normal:As shown (Ainscow, 2020)',
      'Heading1:References',
      'Normal:Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.',
      'Heading1:Appendices',
      'Normal:Consent form',
    ]);
    expect(body).toMatch(/<w:i\/>.*?<w:t[^>]*>Promoting equity in schools<\/w:t>/s);
  });

  it('keeps bold, italic, underline and line breaks', async () => {
    const { body } = await exportedParts();
    expect(body).toMatch(/<w:b\/>.*?<w:t[^>]*>matters<\/w:t>/s);
    expect(body).toMatch(/<w:i\/>.*?<w:t[^>]*>every<\/w:t>/s);
    expect(body).toMatch(/<w:u w:val="single"\/>.*?<w:t[^>]*>pupil<\/w:t>/s);
    expect(body).toMatch(/<w:br\/>/);
  });

  it('numbers lists, nests them, and restarts numbering for each new list', async () => {
    const { body } = await exportedParts();
    const numbered = [...body.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(numbered).toHaveLength(4);
    const [assess, plan, parents, review] = numbered as [[number, number], [number, number], [number, number], [number, number]];
    expect(assess).toEqual(plan);
    expect(parents[0]).toBe(1);
    expect(new Set([assess[1], parents[1], review[1]]).size).toBe(3);
  });

  it('identifies the candidate by number only, in the header and the file properties', async () => {
    const { core, header, footer } = await exportedParts();
    expect(header).toContain('Candidate 7654321');
    expect(core).toContain('<dc:creator>7654321</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>7654321</cp:lastModifiedBy>');
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
  });
});
