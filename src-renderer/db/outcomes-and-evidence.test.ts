import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../core/docx/sample-submission.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { PortfolioDatabase } from './database.js';
import { freshPortfolioEachTest } from './test-database.js';
import {
  attachFiles,
  attachmentsOf,
  createEvidence,
  evidenceOfPortfolio,
  saveEvidenceCommentary,
  updateEvidence,
  type EvidenceDetails,
} from './evidence.js';
import { deleteEvidence } from './recently-deleted.js';
import { addOutcomes, deleteOutcome, moveOutcome, outcomesOfPortfolio, updateOutcome } from './outcomes.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const details = (change: Partial<EvidenceDetails> = {}): EvidenceDetails => ({
  title: 'Lesson observation, Year 4',
  date: '2026-10-12',
  type: 'observation',
  context: 'Maths lesson',
  description: 'Observed pre-teaching of vocabulary.',
  outcomeIds: [],
  wordsOverride: null,
  ...change,
});

describe('outcomes', () => {
  it('adds a pasted list at the end of each area, edits and reorders', async () => {
    await addOutcomes(db, portfolioId, [
      { area: 'B', code: 'b 9', title: ' Leading change ', description: '' },
      { area: 'A', code: 'A9', title: 'Theory', description: '' },
    ]);
    const outcomes = await outcomesOfPortfolio(db, portfolioId);
    const areaB = outcomes.filter((outcome) => outcome.area === 'B');
    expect(areaB.at(-1)).toMatchObject({ code: 'B9', title: 'Leading change' });
    await moveOutcome(db, areaB.at(-1)!.id, 'up');
    expect((await outcomesOfPortfolio(db, portfolioId)).filter((outcome) => outcome.area === 'B').at(-2)?.code).toBe(
      'B9',
    );
    await updateOutcome(db, areaB.at(-1)!.id, {
      area: 'B',
      code: 'B9',
      title: 'Leading and managing change',
      description: 'x',
    });
    await expect(
      addOutcomes(db, portfolioId, [{ area: 'C', code: '', title: 'No code', description: '' }]),
    ).rejects.toThrow(/short code/);
  });

  it('unmaps a deleted outcome from every item of evidence', async () => {
    const [first, second] = await outcomesOfPortfolio(db, portfolioId);
    const id = await createEvidence(db, portfolioId, 'part-1', details({ outcomeIds: [first!.id, second!.id] }));
    await deleteOutcome(db, first!.id);
    expect((await db.evidence.get(id))?.outcomeIds).toEqual([second!.id]);
  });
});

describe('evidence', () => {
  it('creates, updates with checks, and stores the commentary’s words', async () => {
    const id = await createEvidence(db, portfolioId, 'part-1', details());
    await updateEvidence(db, id, details({ title: 'Observation, Year 4 maths', wordsOverride: 300 }));
    await expect(updateEvidence(db, id, details({ title: '' }))).rejects.toThrow('Give the evidence a title.');
    await expect(updateEvidence(db, id, details({ wordsOverride: -1 }))).rejects.toThrow(/whole number from 0/);
    await saveEvidenceCommentary(db, id, {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'What went well' }] }],
    });
    const [item] = await evidenceOfPortfolio(db, portfolioId);
    expect(item).toMatchObject({
      title: 'Observation, Year 4 maths',
      wordsOverride: 300,
      commentaryWords: { text: 3, headings: 0, quotations: 0, citations: 0 },
    });
  });

  it('attaches files all or nothing, refusing one too large with its name and size', async () => {
    const id = await createEvidence(db, portfolioId, 'part-1', details());
    const photo = {
      name: 'plan.png',
      type: 'image/png',
      size: TINY_PNG.length,
      data: new Blob([TINY_PNG], { type: 'image/png' }),
    };
    const huge = { name: 'video.png', type: 'image/png', size: 25 * 1024 * 1024, data: new Blob([]) };
    await expect(attachFiles(db, id, [photo, huge])).rejects.toThrow(
      '“video.png” is 25 MB; attachments can be up to 20 MB',
    );
    expect(await attachmentsOf(db, id)).toEqual([]);
    await attachFiles(db, id, [photo]);
    expect((await attachmentsOf(db, id)).map((attachment) => attachment.name)).toEqual(['plan.png']);
    await deleteEvidence(db, id);
    expect(await db.attachments.count()).toBe(0);
  });

  it('keeps an attached photo without its GPS position and its motion photo’s video, under a name that cannot pass for a program', async () => {
    const id = await createEvidence(db, portfolioId, 'part-1', details());
    const motionPhoto = new Uint8Array(
      readFileSync(new URL('../core/pictures/fixtures/motion-photo.jpg', import.meta.url)),
    );
    const pdf = new TextEncoder().encode('%PDF-1.7 a plan');
    await attachFiles(db, id, [
      {
        name: 'C:\\Users\\senco\\display.jpg',
        type: 'image/jpeg',
        size: motionPhoto.length,
        data: new Blob([motionPhoto]),
      },
      { name: 'plan.pdf.exe', type: 'application/pdf', size: pdf.length, data: new Blob([pdf]) },
    ]);
    const [photo, plan] = await attachmentsOf(db, id);
    const kept = new Uint8Array(await photo!.data.arrayBuffer());
    expect(photo).toMatchObject({ name: 'display.jpg', mediaType: 'image/jpeg', size: kept.length });
    expect(kept.length).toBeLessThan(motionPhoto.length);
    for (const words of ['Jayden', 'Greenfield', 'ftyp']) expect(Buffer.from(kept).includes(words)).toBe(false);
    expect(plan).toMatchObject({ name: 'plan.pdf.exe.pdf', mediaType: 'application/pdf' });
  });

  it('refuses a file called a picture that is not one, keeping nothing', async () => {
    const id = await createEvidence(db, portfolioId, 'part-1', details());
    const notAPicture = {
      name: 'photo.png',
      type: 'image/png',
      size: 4,
      data: new Blob([new Uint8Array([1, 2, 3, 4])]),
    };
    await expect(attachFiles(db, id, [notAPicture])).rejects.toThrow('“photo.png” is not a picture the app can read');
    expect(await attachmentsOf(db, id)).toEqual([]);
  });
});
