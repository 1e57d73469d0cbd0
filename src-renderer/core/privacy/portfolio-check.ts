import { isRichTextNode, type RichTextNode } from '../document/rich-text.js';
import { findIdentifyingData, type Finding, type KnownName } from './identifying-data.js';
import type { NameContext } from './proper-names.js';
import { plainTextOf, replaceNameInDocument, replaceNameInText } from './pseudonyms.js';

/**
 * The check over a whole portfolio: every text the writer keeps in it (sections, evidence,
 * the reading log, the mentor handbook, comments), each tied to the place it is shown, and
 * the step that puts a pseudonym in place of a name in all of them at once.
 */

/** Where a text is shown, so a finding can link to it. */
export type PlaceInPortfolio =
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'evidence'; readonly evidenceId: string }
  | { readonly kind: 'reading-entry'; readonly entryId: string }
  | { readonly kind: 'mentor' }
  | { readonly kind: 'outcomes' }
  | { readonly kind: 'settings' }
  /** The portfolio's overview: the study log. */
  | { readonly kind: 'overview' };

export interface TextInPortfolio {
  readonly place: PlaceInPortfolio;
  /** The place as the writer knows it: "Findings", "Evidence: Provision map". */
  readonly label: string;
  readonly text: string;
}

export interface PlacedFinding {
  readonly finding: Finding;
  readonly place: PlaceInPortfolio;
  readonly label: string;
  /** Up to a few words either side, to recognise it by. */
  readonly before: string;
  readonly after: string;
}

const CONTEXT_CHARACTERS = 40;

/** Every finding in every text. With `context` (the word lists, the reading log's authors), names with no clue beside them are found too. */
export function checkTexts(
  texts: readonly TextInPortfolio[],
  names: readonly KnownName[],
  context?: NameContext,
): PlacedFinding[] {
  return texts.flatMap(({ place, label, text }) =>
    findIdentifyingData(text, names, context).map((finding) => ({
      finding,
      place,
      label,
      before: leading(
        text.slice(Math.max(0, finding.start - CONTEXT_CHARACTERS), finding.start),
        finding.start > CONTEXT_CHARACTERS,
      ),
      after: trailing(
        text.slice(finding.end, finding.end + CONTEXT_CHARACTERS),
        finding.end + CONTEXT_CHARACTERS < text.length,
      ),
    })),
  );
}

const leading = (text: string, cut: boolean) => (cut ? `…${text.replace(/^\S*\s/u, '')}` : text).replace(/\s+/gu, ' ');
const trailing = (text: string, cut: boolean) => (cut ? `${text.replace(/\s\S*$/u, '')}…` : text).replace(/\s+/gu, ' ');

/**
 * A file's name as words a person would write them, so the check reads "jayden_reading.jpg"
 * as it reads "Jayden reading": separators become spaces, each word starts with a capital, the
 * extension goes.
 */
export function fileNameAsWords(name: string): string {
  return name
    .replace(/\.[A-Za-z0-9]{1,5}$/u, '')
    .split(/[\s_.\-+()[\]]+/u)
    .filter((word) => word !== '')
    .map((word) => (/^\p{Ll}/u.test(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
}

/** A section's or a commentary's text, as stored (other records have a `type` field too). */
const isDocument = (value: unknown): value is RichTextNode => isRichTextNode(value) && value.type === 'doc';

/**
 * Fields that hold no one's words: ids, times, dates, kinds, hashes and counts; a reading-log
 * entry's reference (the authors read are not people in school); and who signs and mentors,
 * by name, initials and contact (the mentor handbook's details, a signature's name), which the
 * award asks for and the export leaves out where it should.
 */
const NOT_WRITING =
  /^(id|.*Id|.*Ids|.*At|date|dateRead|kind|type|role|state|author|reason|mediaType|sha256|reference|position|counted|words|commentaryWords|size|details|name|initials)$/u;

/** Everything written in a record, for the check: its text fields and documents, one after another. */
export function textOfRecord(record: object): string {
  const parts: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.trim() !== '') parts.push(value);
    } else if (isDocument(value)) parts.push(plainTextOf(value));
    else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (typeof value === 'object' && value !== null)
      for (const [key, field] of Object.entries(value)) if (!NOT_WRITING.test(key)) visit(field);
  };
  visit(record);
  return parts.join('\n\n');
}

/** A record with the name replaced by the pseudonym in everything written in it; the input is never changed. */
export function replaceNameInRecord<T extends object>(
  record: T,
  name: string,
  pseudonym: string,
): { readonly record: T; readonly replaced: number } {
  let replaced = 0;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const result = replaceNameInText(value, name, pseudonym);
      replaced += result.replaced;
      return result.text;
    }
    if (isDocument(value)) {
      const result = replaceNameInDocument(value, name, pseudonym);
      replaced += result.replaced;
      return result.document;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([key, field]) => [key, NOT_WRITING.test(key) ? field : visit(field)]),
      );
    return value;
  };
  const result = visit(record) as T;
  return { record: replaced === 0 ? record : result, replaced };
}
