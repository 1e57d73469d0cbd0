import type { ReadingLogDetails } from './reading-log-schema.js';
import type { ReadingLogEntry } from './reading-log.js';
import { EMPTY_REFERENCE, type ReferenceFields } from './reference.js';
import { emptyDetails } from './empty-details.js';

/** An invented book by the given authors, for tests. */
export function bookBy(families: readonly string[], year: string, title: string): ReferenceFields {
  return {
    ...EMPTY_REFERENCE,
    authors: { kind: 'people', people: families.map((family) => ({ family, given: 'A.' })) },
    year,
    title,
    place: 'London',
    publisher: 'Press',
  };
}

/** Reading-log details around a reference, with no notes yet. */
export function detailsFor(reference: ReferenceFields): ReadingLogDetails {
  return emptyDetails(reference, '2026-10-01');
}

export function entryFor(id: string, reference: ReferenceFields): ReadingLogEntry {
  return { ...detailsFor(reference), id, portfolioId: 'p', createdAt: 0, updatedAt: 0 };
}
