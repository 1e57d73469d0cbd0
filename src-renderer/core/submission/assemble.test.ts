import { describe, expect, it } from 'vitest';
import { wordsInPiece } from '../portfolio/portfolio.js';
import { USUAL_COUNTING } from '../programme/programme.js';
import { assembleSubmission } from './assemble.js';
import { coverPage, runningHeader, wordCountNote } from './cover-page.js';
import { SAMPLE_FIGURE_ID, sampleRecords } from './sample-portfolio.test-data.js';

const PNG = { name: 'Chart.png', mediaType: 'image/png', bytes: new Uint8Array([0x89, 0x50]) };

describe('assembleSubmission', () => {
  it('declares the counting engine’s number on the cover, and names the candidate by number only', () => {
    const records = sampleRecords();
    const submission = assembleSubmission(records, ['part-1'], '2026-11-23');
    const words = wordsInPiece(records.portfolio.pieces[0]!, records.sections, records.evidence);
    expect(submission.cover.details).toContainEqual({
      label: 'Word count',
      value: `${words.toLocaleString('en-GB')} words`,
    });
    expect(submission.cover.details).toContainEqual({ label: 'Candidate number', value: '7654321' });
    expect(JSON.stringify(submission.cover)).not.toContain('Ada Example');
    expect(submission.runningHeader).toBe('Candidate 7654321 · SEN7001 · Part 1');
    // Part 1 has no abstract or figure, so the cover does not say they were left out; it has a table.
    expect(submission.cover.wordCountNote).toBe(
      'Counted as Microsoft Word counts words, with each evidence item’s agreed word equivalence in place of its description. Not counted: this cover page, the contents list, tables, the reference list and the appendices.',
    );
  });

  it('hands the document builder only the pictures the exported texts show', () => {
    const records = sampleRecords({ pictures: [PNG] });
    const unused = { ...records, pictures: new Map([...records.pictures, ['unused', PNG]]) };
    const submission = assembleSubmission(unused, ['part-1'], '2026-11-23');
    expect([...submission.pictures.keys()]).toEqual([SAMPLE_FIGURE_ID]);
    expect(submission.cover.wordCountNote).toMatch(/tables, figure captions,/u);
  });

  it('puts the name on the cover only when the programme’s settings ask for it', () => {
    const records = sampleRecords();
    const named = {
      ...records,
      portfolio: {
        ...records.portfolio,
        programme: {
          ...records.portfolio.programme,
          submission: { ...records.portfolio.programme.submission, nameOnCover: true },
        },
      },
    };
    expect(assembleSubmission(named, ['part-1'], '2026-11-23').cover.details).toContainEqual({
      label: 'Name',
      value: 'Ada Example',
    });
  });

  it('writes the appendices each piece asks for, embeds pictures and lists other files', () => {
    const submission = assembleSubmission(sampleRecords({ pictures: [PNG] }), ['part-1', 'part-2'], '2026-11-23');
    const [part1, part2] = submission.pieces;
    expect(part1?.appendices.map((appendix) => appendix.title)).toEqual([
      'Reflective reading log',
      'Mentor handbook',
      'Learning outcomes coverage',
    ]);
    expect(part2?.appendices).toEqual([]);
    expect(part1?.evidence[0]?.pictures.map((picture) => picture.name)).toEqual(['Chart.png']);
    expect(part1?.evidence[0]?.otherAttachments).toEqual(['file']);
    expect(part1?.evidence[0]?.summary).toMatch(/word equivalence 250$/u);
    expect(part1?.references.map((reference) => reference.map((run) => run.text).join(''))).toEqual([
      'Ainscow, A. (2020) Promoting equity in schools. London: Press.',
      'Webster, A. and Blatchford, A. (2019) Maximising the impact of teaching assistants. London: Press.',
    ]);
    expect(submission.cover.details.filter((detail) => detail.label.startsWith('Word count'))).toHaveLength(2);
  });

  it('leaves the mentor’s contact details and the school out of the handbook appendix', () => {
    const text = JSON.stringify(assembleSubmission(sampleRecords(), ['part-1'], '2026-11-23').pieces[0]?.appendices);
    expect(text).toContain('J. Mentor');
    expect(text).not.toContain('j.mentor@example.org');
    expect(text).not.toContain('Examplefield Primary');
  });

  it('says in the handbook appendix where each judgement was made, and what the final statement was signed beside', () => {
    const records = sampleRecords();
    const handbook = assembleSubmission(records, ['part-1'], '2026-11-23').pieces[0]?.appendices.find(
      (appendix) => appendix.title === 'Mentor handbook',
    );
    const text = JSON.stringify(handbook);
    expect(text).toContain('Signed in the mentor’s own copy of the app.');
    expect(text).toContain('Entered by the candidate on the mentor’s behalf.');
    expect(text).toContain(
      `Signed: J. Mentor, 20 November 2026, with 1 of ${records.outcomes.length} outcomes signed off as met. Entered by the candidate on the mentor’s behalf.`,
    );
  });
});

describe('the cover', () => {
  it('says only what the switches leave out of what the document holds', () => {
    const everything = {
      evidenceWords: false,
      abstract: true,
      referenceList: true,
      appendices: true,
      tables: false,
      captions: false,
    };
    expect(wordCountNote(USUAL_COUNTING, everything)).toBe(
      'Counted as Microsoft Word counts words. Not counted: this cover page, the contents list, the abstract, the reference list and the appendices.',
    );
    expect(wordCountNote(USUAL_COUNTING, { ...everything, abstract: false, appendices: false })).toBe(
      'Counted as Microsoft Word counts words. Not counted: this cover page, the contents list and the reference list.',
    );
    expect(
      wordCountNote(
        { ...USUAL_COUNTING, headings: false, appendices: true, abstract: true },
        { ...everything, evidenceWords: true },
      ),
    ).toBe(
      'Counted as Microsoft Word counts words, with each evidence item’s agreed word equivalence in place of its description. Not counted: this cover page, the contents list, headings and the reference list.',
    );
    expect(
      wordCountNote(USUAL_COUNTING, {
        ...everything,
        abstract: false,
        referenceList: false,
        appendices: false,
        tables: true,
        captions: true,
      }),
    ).toBe(
      'Counted as Microsoft Word counts words. Not counted: this cover page, the contents list, tables and figure captions.',
    );
    expect(
      wordCountNote(
        { ...USUAL_COUNTING, tables: true },
        { ...everything, abstract: false, referenceList: false, appendices: false, tables: true },
      ),
    ).toBe('Counted as Microsoft Word counts words. Not counted: this cover page and the contents list.');
  });

  it('leaves out empty details and signs with the candidate number', () => {
    const records = sampleRecords();
    const piece = { ...records.portfolio.pieces[1]!, moduleCode: '', moduleTitle: '' };
    const cover = coverPage({
      submission: { ...records.portfolio.programme.submission, provider: ' ' },
      candidateName: 'Ada Example',
      candidateNumber: '',
      portfolioTitle: 'T',
      date: '2027-05-14',
      pieces: [
        {
          piece,
          words: 4980,
          holds: {
            evidenceWords: false,
            abstract: false,
            referenceList: false,
            appendices: false,
            tables: false,
            captions: false,
          },
        },
      ],
    });
    expect(cover.details.map((detail) => detail.label)).toEqual([
      'Programme',
      'Assessment',
      'Date submitted',
      'Word count',
    ]);
    expect(cover.signature).toBe('The candidate, 14 May 2027');
    expect(runningHeader('', [piece], 'T')).toBe('Part 2');
  });
});
