import * as v from 'valibot';
import { SOURCE_TYPES } from './reference.js';
import type { ReadingLogEntry } from './reading-log.js';

/** Checks a reading-log entry's fields before they are stored (or imported), naming the problem. */
const text = (max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.maxLength(max, `${what} must be under ${max.toLocaleString('en-GB')} characters.`),
  );
const isoDate = (what: string) =>
  v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/u, `${what} must be a date like 2026-10-12.`));
const person = v.strictObject({ family: text(120, 'A surname'), given: text(120, 'A first name or initials') });

const referenceSchema = v.strictObject({
  type: v.picklist(SOURCE_TYPES, 'Choose the type of source.'),
  authors: v.variant('kind', [
    v.strictObject({
      kind: v.literal('people'),
      people: v.pipe(v.array(person), v.maxLength(50, 'List at most 50 authors.')),
    }),
    v.strictObject({
      kind: v.literal('organisations'),
      names: v.array(text(300, 'An organisation’s name')),
      short: text(60, 'The short name'),
    }),
  ]),
  year: v.nullable(v.pipe(v.string(), v.regex(/^(\d{4})?$/u, 'The year must be four digits, such as 2015.'))),
  title: text(1000, 'The title'),
  edition: text(40, 'The edition'),
  place: text(200, 'The place of publication'),
  publisher: text(300, 'The publisher'),
  editors: v.array(person),
  bookTitle: text(1000, 'The book title'),
  journal: text(300, 'The journal'),
  volume: text(20, 'The volume'),
  issue: text(20, 'The issue'),
  pages: text(40, 'The pages'),
  actChapter: text(20, 'The chapter number'),
  doi: text(300, 'The DOI'),
  url: v.pipe(text(2000, 'The URL'), v.regex(/^(https?:\/\/\S+)?$/u, 'The URL must start with http:// or https://.')),
  accessed: isoDate('The date accessed'),
});

export const readingLogDetailsSchema = v.strictObject({
  dateRead: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u, 'Give the date you read it.')),
  reference: referenceSchema,
  keyPoints: text(20_000, 'Key points'),
  evaluation: text(20_000, 'Critical evaluation'),
  links: text(10_000, 'Links to other reading'),
  relevance: text(10_000, 'Relevance to your setting'),
  change: text(10_000, 'What you will change'),
  outcomeIds: v.array(v.string()),
  quotations: v.array(v.strictObject({ text: text(5000, 'A quotation'), page: text(40, 'A page') })),
  tags: v.array(text(60, 'A tag')),
});

export type ReadingLogDetails = Pick<
  ReadingLogEntry,
  | 'dateRead'
  | 'reference'
  | 'keyPoints'
  | 'evaluation'
  | 'links'
  | 'relevance'
  | 'change'
  | 'outcomeIds'
  | 'quotations'
  | 'tags'
>;

export function checkReadingLogDetails(
  value: unknown,
): { readonly ok: true; readonly value: ReadingLogDetails } | { readonly ok: false; readonly problem: string } {
  const result = v.safeParse(readingLogDetailsSchema, value, { abortPipeEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, problem: result.issues[0].message };
}
