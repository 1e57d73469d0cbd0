import type { ReadingLogDetails } from './reading-log-schema.js';
import type { ReferenceFields } from './reference.js';

/** A new entry's details around a reference: read today, no notes yet. */
export function emptyDetails(reference: ReferenceFields, dateRead: string): ReadingLogDetails {
  return {
    dateRead,
    reference,
    keyPoints: '',
    evaluation: '',
    links: '',
    relevance: '',
    change: '',
    outcomeIds: [],
    quotations: [],
    tags: [],
  };
}

/** The fields of an entry the form edits, without its id and timestamps. */
export function detailsOf(entry: ReadingLogDetails): ReadingLogDetails {
  const { dateRead, reference, keyPoints, evaluation, links, relevance, change, outcomeIds, quotations, tags } = entry;
  return { dateRead, reference, keyPoints, evaluation, links, relevance, change, outcomeIds, quotations, tags };
}
