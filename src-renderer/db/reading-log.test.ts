import { describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import type { ReadingLogDetails } from '../core/references/reading-log-schema.js';
import { EMPTY_REFERENCE } from '../core/references/reference.js';
import type { PortfolioDatabase } from './database.js';
import { freshPortfolioEachTest } from './test-database.js';
import { deletePortfolio, purgeDeletedPortfolios } from './portfolios.js';
import { addReadingLogEntry, readingLogOf, updateReadingLogEntry } from './reading-log.js';
import { deleteReadingLogEntry, restoreDeleted } from './recently-deleted.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

const details = (change: Partial<ReadingLogDetails> = {}): ReadingLogDetails => ({
  dateRead: '2026-10-01',
  reference: {
    ...EMPTY_REFERENCE,
    authors: { kind: 'people', people: [{ family: 'Ainscow', given: 'M.' }] },
    year: '2020',
    title: 'Promoting equity in schools',
    place: 'Abingdon',
    publisher: 'Routledge',
  },
  keyPoints: 'Equity needs collaboration',
  evaluation: '',
  links: '',
  relevance: '',
  change: '',
  outcomeIds: [],
  quotations: [{ text: 'Inclusion is a process', page: '12' }],
  tags: ['equity'],
  ...change,
});

describe('the reading log in the database', () => {
  it('adds, updates and lists entries, refusing bad fields with a message', async () => {
    const id = await addReadingLogEntry(db, portfolioId, details());
    await updateReadingLogEntry(db, id, details({ keyPoints: 'Changed' }));
    expect((await readingLogOf(db, portfolioId)).map((entry) => entry.keyPoints)).toEqual(['Changed']);
    await expect(
      updateReadingLogEntry(db, id, details({ reference: { ...details().reference, year: '20' } })),
    ).rejects.toThrow('The year must be four digits, such as 2015.');
    await expect(addReadingLogEntry(db, portfolioId, details({ dateRead: '' }))).rejects.toThrow(
      'Give the date you read it.',
    );
    await expect(
      updateReadingLogEntry(db, id, details({ reference: { ...details().reference, url: 'javascript:alert(1)' } })),
    ).rejects.toThrow(/http/);
  });

  it('deletes undoably, and goes with its portfolio when that is purged', async () => {
    const id = await addReadingLogEntry(db, portfolioId, details());
    const deleted = await deleteReadingLogEntry(db, id);
    expect(await readingLogOf(db, portfolioId)).toEqual([]);
    await restoreDeleted(db, deleted!);
    expect(await readingLogOf(db, portfolioId)).toHaveLength(1);
    await deletePortfolio(db, portfolioId, 1);
    await purgeDeletedPortfolios(db, 2);
    expect(await db.readingLog.count()).toBe(0);
  });
});
