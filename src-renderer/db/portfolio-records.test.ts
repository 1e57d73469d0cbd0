import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../core/docx/sample-submission.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import { bookBy, detailsFor } from '../core/references/reading-log.test-data.js';
import type { PortfolioDatabase } from './database.js';
import { attachFiles, createEvidence, saveEvidenceCommentary } from './evidence.js';
import { addMentorRecord } from './mentor.js';
import { portfolioRecords } from './portfolio-records.js';
import { addReadingLogEntry } from './reading-log.js';
import { saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('portfolioRecords', () => {
  it('reads everything an export draws on, attachments as bytes in the order they were added', async () => {
    const [section] = await sectionsOfPortfolio(db, portfolioId);
    await saveSectionDocument(db, section!.id, paragraph('Pupil voice shaped the plan.'));
    const evidenceId = await createEvidence(db, portfolioId, 'part-1', {
      title: 'Display',
      date: '2026-10-12',
      type: 'observation',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: null,
    });
    await saveEvidenceCommentary(db, evidenceId, paragraph('What changed.'));
    await attachFiles(db, evidenceId, [
      { name: 'Chart.png', type: 'image/png', size: TINY_PNG.length, data: new Blob([TINY_PNG]) },
      { name: 'Form.pdf', type: 'application/pdf', size: 2, data: new Blob([new Uint8Array([4, 5])]) },
    ]);
    await addReadingLogEntry(db, portfolioId, detailsFor(bookBy(['Ainscow'], '2020', 'Promoting equity in schools')));
    await addMentorRecord(db, {
      kind: 'meeting',
      portfolioId,
      date: '2026-10-01',
      focus: 'Planning',
      outcomeIds: [],
      agreedActions: '',
      initials: 'JM',
      author: 'mentor',
    });

    const records = await portfolioRecords(db, portfolioId);
    expect(records?.portfolio.id).toBe(portfolioId);
    expect(records?.sections).toHaveLength(TWO_PARTS.pieces.reduce((sum, piece) => sum + piece.sections.length, 0));
    expect(records?.documents.get(section!.id)).toEqual(paragraph('Pupil voice shaped the plan.'));
    expect(records?.commentaries.get(evidenceId)).toEqual(paragraph('What changed.'));
    expect(records?.attachments.get(evidenceId)?.map((file) => [file.name, file.mediaType, [...file.bytes]])).toEqual([
      ['Chart.png', 'image/png', [...TINY_PNG]],
      ['Form.pdf', 'application/pdf', [4, 5]],
    ]);
    expect(records?.readingLog.map((entry) => entry.reference.title)).toEqual(['Promoting equity in schools']);
    expect(records?.mentorRecords.map((record) => record.kind)).toEqual(['meeting']);
    expect(records?.outcomes.length).toBeGreaterThan(0);
  });

  it('says when the portfolio is gone', async () => {
    expect(await portfolioRecords(db, 'no-such-portfolio')).toBeUndefined();
  });
});
