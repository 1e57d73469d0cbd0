import { authorsInCitation, yearText } from './harvard.js';
import type { ReferenceFields } from './reference.js';

/** One source as cited: the entry, its a/b suffix in this piece, and an optional page. */
export interface CitedSource {
  readonly reference: ReferenceFields;
  readonly suffix: string;
  readonly page?: string;
}

/**
 * The in-text citation for one or more sources: "(Ainscow, 2020)", "(Ainscow, 2020, p. 12)",
 * narrative "Ainscow (2020)", several "(Ainscow, 2020; DfE and DoH, 2015)". Acts are cited
 * by their title: "(Children and Families Act 2014)".
 */
export function formatCitation(sources: readonly CitedSource[], narrative = false): string {
  if (sources.length === 0) return '(citation missing)';
  if (narrative) return sources.map((source) => narrativeOne(source)).join('; ');
  return `(${sources.map((source) => parentheticalOne(source)).join('; ')})`;
}

function parentheticalOne({ reference, suffix, page }: CitedSource): string {
  if (reference.type === 'legislation') return `${reference.title.trim()}${pageText(page)}`;
  const who = authorsInCitation(reference.authors) || reference.title.trim();
  return `${who}, ${yearText(reference.year)}${suffix}${pageText(page)}`;
}

function narrativeOne({ reference, suffix, page }: CitedSource): string {
  if (reference.type === 'legislation')
    return `the ${reference.title.trim()}${page === undefined || page === '' ? '' : ` (${pageText(page).slice(2)})`}`;
  const who = authorsInCitation(reference.authors) || reference.title.trim();
  return `${who} (${yearText(reference.year)}${suffix}${pageText(page)})`;
}

function pageText(page: string | undefined): string {
  const trimmed = page?.trim() ?? '';
  if (trimmed === '') return '';
  const range = trimmed.replace(/\s*[-–—]\s*/u, '–');
  return range.includes('–') ? `, pp. ${range}` : `, p. ${range}`;
}
