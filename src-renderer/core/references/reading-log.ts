import { authorsInReference, harvardText } from './harvard.js';
import type { ReferenceFields } from './reference.js';

export interface Quotation {
  readonly text: string;
  readonly page: string;
}

/** One entry of the reflective reading log: a source and what the candidate made of it. */
export interface ReadingLogEntry {
  readonly id: string;
  readonly portfolioId: string;
  /** yyyy-mm-dd */
  readonly dateRead: string;
  readonly reference: ReferenceFields;
  readonly keyPoints: string;
  readonly evaluation: string;
  readonly links: string;
  readonly relevance: string;
  readonly change: string;
  readonly outcomeIds: readonly string[];
  readonly quotations: readonly Quotation[];
  readonly tags: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type ReadingLogOrder = 'author' | 'date-read' | 'added';

/** Entries whose reference, notes, quotations or tags contain every word searched for. */
export function searchReadingLog(entries: readonly ReadingLogEntry[], query: string): ReadingLogEntry[] {
  const words = query
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = [
      harvardText(entry.reference),
      entry.keyPoints,
      entry.evaluation,
      entry.links,
      entry.relevance,
      entry.change,
      ...entry.quotations.map((quotation) => quotation.text),
      ...entry.tags,
    ]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export function sortReadingLog(entries: readonly ReadingLogEntry[], order: ReadingLogOrder): ReadingLogEntry[] {
  const byAuthor = (entry: ReadingLogEntry) =>
    (authorsInReference(entry.reference.authors) || entry.reference.title).toLowerCase();
  return [...entries].sort((a, b) => {
    switch (order) {
      case 'author':
        return (
          byAuthor(a).localeCompare(byAuthor(b), 'en-GB') ||
          (a.reference.year ?? '').localeCompare(b.reference.year ?? '')
        );
      case 'date-read':
        return b.dateRead.localeCompare(a.dateRead) || b.createdAt - a.createdAt;
      case 'added':
        return b.createdAt - a.createdAt;
    }
  });
}

/** Tags typed as "inclusion, TA deployment" → ["inclusion", "TA deployment"], without repeats. */
export function parseTags(typed: string): string[] {
  return [
    ...new Set(
      typed
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];
}
