import { formatIsoDate } from '../dates/dates.js';
import type { Authorship, PersonName, ReferenceFields } from './reference.js';

/** A run of reference text; titles of whole works are italic in Harvard style. */
export interface Styled {
  readonly text: string;
  readonly italic?: boolean;
}

/**
 * The Harvard reference for a source, in the Cite Them Right pattern, as styled runs.
 * `suffix` tells apart one author's works of the same year ("2020a").
 */
export function harvardReference(reference: ReferenceFields, suffix = ''): Styled[] {
  const r = withPlaceholders(trimmed(reference));
  const year = `(${yearText(r.year)}${suffix})`;
  const authors = authorsInReference(r.authors);
  const lead = authors === '' ? '' : `${authors} ${year} `;
  switch (r.type) {
    case 'book':
    case 'report':
      // Without an author, the title leads and the year follows it.
      return authors === ''
        ? [{ text: r.title, italic: true }, { text: ` ${year}${edition(r.edition)}${publication(r)}${online(r)}` }]
        : [
            { text: lead },
            { text: r.title, italic: true },
            { text: `.${edition(r.edition)}${publication(r)}${online(r)}` },
          ];
    case 'chapter': {
      // A chapter known only by its book ends with the book's title, not with two full stops.
      const after = `${edition(r.edition)}${publication(r, false)}${r.pages === '' ? '' : `, ${pageRange(r.pages)}`}`;
      return [
        { text: `${lead}‘${r.title}’, in ${editors(r.editors)} ` },
        { text: r.bookTitle, italic: true },
        { text: `.${after}${after === '' ? '' : '.'}${online(r)}` },
      ];
    }
    case 'journal':
      return [
        { text: `${lead}‘${r.title}’, ` },
        { text: r.journal, italic: true },
        { text: `${volumeIssue(r)}${r.pages === '' ? '' : `, ${pageRange(r.pages)}`}.${online(r)}` },
      ];
    case 'web':
      return [{ text: lead }, { text: r.title, italic: true }, { text: `.${online(r)}` }];
    case 'government':
      return [{ text: lead }, { text: r.title, italic: true }, { text: `.${publication(r)}${online(r)}` }];
    case 'legislation':
      return [
        { text: r.title, italic: true },
        { text: `${r.actChapter === '' ? '' : `, c. ${r.actChapter}`}.${online(r)}` },
      ];
  }
}

/** The reference as plain text, for searching, sorting and tests. */
export function harvardText(reference: ReferenceFields, suffix = ''): string {
  return harvardReference(reference, suffix)
    .map((run) => run.text)
    .join('')
    .trim();
}

/** "Ainscow, M.", "Ainscow, M. and Booth, T.", "Ainscow, M., Booth, T. and Dyson, A.", "Ainscow, M. et al." */
export function authorsInReference(authors: Authorship): string {
  if (authors.kind === 'organisations') return joinNames(authors.names.filter((name) => name !== ''));
  const people = authors.people.filter((person) => person.family !== '');
  if (people.length >= 4 && people[0] !== undefined) return `${personInReference(people[0])} et al.`;
  return joinNames(people.map(personInReference));
}

/** The names a citation uses: "Ainscow", "Ainscow and Booth", "Ainscow, Booth and Dyson", "Ainscow et al.", "DfE and DoH". */
export function authorsInCitation(authors: Authorship): string {
  if (authors.kind === 'organisations')
    return authors.short.trim() !== '' ? authors.short.trim() : joinNames(authors.names.filter((name) => name !== ''));
  const families = authors.people.map((person) => person.family.trim()).filter((family) => family !== '');
  if (families.length >= 4) return `${families[0] ?? ''} et al.`;
  return joinNames(families);
}

/** "no date" only when the writer says so; a year not yet entered shows as a gap to fill, never a guess. */
export function yearText(year: string | null): string {
  if (year === null) return 'no date';
  return year === '' ? '[year]' : year;
}

function personInReference(person: PersonName): string {
  const initials = initialsOf(person.given);
  return initials === '' ? person.family : `${person.family}, ${initials}`;
}

/** "Mel" → "M.", "M A" → "M.A.", "M." → "M.", "Jean-Paul" → "J.-P." */
function initialsOf(given: string): string {
  return given
    .split(/\s+|\.(?=\S)|\.$/u)
    .filter((part) => part !== '')
    .map((part) =>
      part
        .split('-')
        .map((piece) => `${piece.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join('');
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function editors(people: readonly PersonName[]): string {
  const named = people
    .filter((person) => person.family !== '')
    .map((person) => {
      const initials = initialsOf(person.given);
      return initials === '' ? person.family : `${initials} ${person.family}`;
    });
  return `${joinNames(named)} (${named.length > 1 ? 'eds' : 'ed.'})`;
}

function edition(value: string): string {
  if (value === '' || /^1(st)?$/iu.test(value)) return '';
  const ordinal = /^\d+$/u.test(value) ? `${value}${ordinalSuffix(Number(value))}` : value.replace(/\s*edn?\.?$/iu, '');
  return ` ${ordinal} edn.`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function publication(r: ReferenceFields, endWithStop = true): string {
  const where = [r.place, r.publisher].filter((part) => part !== '').join(': ');
  if (where === '') return '';
  return ` ${where}${endWithStop ? '.' : ''}`;
}

function volumeIssue(r: ReferenceFields): string {
  if (r.volume === '') return '';
  return `, ${r.volume}${r.issue === '' ? '' : `(${r.issue})`}`;
}

function pageRange(pages: string): string {
  const normalised = pages.replace(/\s*[-–—]\s*/u, '–');
  // An online journal's article number ("e12589") is not a page.
  if (/^[a-z]\d+$/iu.test(normalised)) return normalised;
  return normalised.includes('–') ? `pp. ${normalised}` : `p. ${normalised}`;
}

/** "Available at: https://doi.org/…" for a DOI; otherwise the URL with the date it was accessed. */
function online(r: ReferenceFields): string {
  if (r.doi !== '')
    return ` Available at: https://doi.org/${r.doi.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/iu, '')}.`;
  if (r.url === '') return '';
  const accessed = r.accessed === '' ? '' : ` (Accessed: ${formatIsoDate(r.accessed)})`;
  return ` Available at: ${r.url}${accessed}.`;
}

/** Shows where a title is still missing, so an unfinished reference reads as unfinished. */
function withPlaceholders(r: ReferenceFields): ReferenceFields {
  return { ...r, title: r.title === '' ? '[title]' : r.title };
}

function trimmed(r: ReferenceFields): ReferenceFields {
  // Trailing full stops and commas would double up with the punctuation the pattern adds.
  const t = (value: string) =>
    value
      .trim()
      .replace(/\s+/gu, ' ')
      .replace(/[.,]+$/u, '');
  return {
    ...r,
    year: r.year === null ? null : r.year.trim(),
    title: t(r.title),
    edition: r.edition.trim(),
    place: t(r.place),
    publisher: t(r.publisher),
    bookTitle: t(r.bookTitle),
    journal: t(r.journal),
    volume: r.volume.trim(),
    issue: r.issue.trim(),
    pages: r.pages.trim(),
    actChapter: r.actChapter.trim().replace(/^c\.\s*/iu, ''),
    doi: r.doi.trim(),
    url: r.url.trim(),
    accessed: r.accessed.trim(),
  };
}
