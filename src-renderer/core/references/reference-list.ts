import { authorsInCitation, authorsInReference, yearText } from './harvard.js';
import type { ReferenceFields } from './reference.js';

export interface ListedReference<T> {
  readonly entry: T;
  /** "a", "b"… when the same authors have more than one work in the same year; otherwise "". */
  readonly suffix: string;
}

/**
 * A reference list in Harvard order: by author (or title when there is none), then year,
 * then title; works by the same authors in the same year get a, b, c… in that order.
 */
export function orderReferences<T>(
  entries: readonly T[],
  fieldsOf: (entry: T) => ReferenceFields,
): ListedReference<T>[] {
  const keyed = entries.map((entry) => {
    const fields = fieldsOf(entry);
    const author = sortable(
      fields.type === 'legislation' ? fields.title : authorsInReference(fields.authors) || fields.title,
    );
    return {
      entry,
      fields,
      author,
      citeKey: `${authorsInCitation(fields.authors)}|${yearText(fields.year)}`,
      year: fields.year ?? '',
      title: sortable(fields.title),
    };
  });
  keyed.sort(
    (a, b) =>
      a.author.localeCompare(b.author, 'en-GB') ||
      a.year.localeCompare(b.year) ||
      a.title.localeCompare(b.title, 'en-GB'),
  );
  const groups = new Map<string, number>();
  for (const item of keyed)
    if (item.fields.type !== 'legislation') groups.set(item.citeKey, (groups.get(item.citeKey) ?? 0) + 1);
  const seen = new Map<string, number>();
  return keyed.map((item) => {
    if (item.fields.type === 'legislation' || (groups.get(item.citeKey) ?? 0) < 2)
      return { entry: item.entry, suffix: '' };
    const index = seen.get(item.citeKey) ?? 0;
    seen.set(item.citeKey, index + 1);
    return { entry: item.entry, suffix: String.fromCharCode(97 + index) };
  });
}

function sortable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/^(the|a|an)\s+/iu, '')
    .toLowerCase();
}
