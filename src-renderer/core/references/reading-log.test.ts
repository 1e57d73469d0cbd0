import { describe, expect, it } from 'vitest';
import { EMPTY_REFERENCE } from './reference.js';
import { parseTags, searchReadingLog, sortReadingLog, type ReadingLogEntry } from './reading-log.js';

const entry = (
  id: string,
  family: string,
  year: string,
  dateRead: string,
  createdAt: number,
  notes = '',
): ReadingLogEntry => ({
  id,
  portfolioId: 'p',
  dateRead,
  reference: {
    ...EMPTY_REFERENCE,
    authors: { kind: 'people', people: [{ family, given: 'A.' }] },
    year,
    title: `${family} on inclusion`,
    place: 'London',
    publisher: 'Press',
  },
  keyPoints: notes,
  evaluation: '',
  links: '',
  relevance: '',
  change: '',
  outcomeIds: [],
  quotations: [{ text: 'Every teacher is a teacher of SEN', page: '4' }],
  tags: ['TA deployment'],
  createdAt,
  updatedAt: createdAt,
});

const log = [
  entry('n', 'Norwich', '2014', '2026-10-01', 3, 'dilemmas of difference'),
  entry('a', 'Ainscow', '2020', '2026-11-01', 1),
  entry('b', 'Booth', '2011', '2026-09-01', 2),
];

describe('the reading log', () => {
  it('finds entries by reference, notes, quotations and tags, every word matching', () => {
    expect(searchReadingLog(log, 'norwich').map((e) => e.id)).toEqual(['n']);
    expect(searchReadingLog(log, 'DILEMMAS difference').map((e) => e.id)).toEqual(['n']);
    expect(searchReadingLog(log, 'teacher of SEN').map((e) => e.id)).toEqual(['n', 'a', 'b']);
    expect(searchReadingLog(log, 'ta deployment 2011').map((e) => e.id)).toEqual(['b']);
    expect(searchReadingLog(log, '  ').map((e) => e.id)).toEqual(['n', 'a', 'b']);
  });

  it('sorts by author, by date read (latest first) or by when added (latest first)', () => {
    expect(sortReadingLog(log, 'author').map((e) => e.id)).toEqual(['a', 'b', 'n']);
    expect(sortReadingLog(log, 'date-read').map((e) => e.id)).toEqual(['a', 'n', 'b']);
    expect(sortReadingLog(log, 'added').map((e) => e.id)).toEqual(['n', 'b', 'a']);
  });

  it('reads tags typed with commas', () => {
    expect(parseTags(' inclusion, TA deployment,,inclusion ')).toEqual(['inclusion', 'TA deployment']);
  });
});
