/**
 * A source in the reflective reading log, held as structured fields so the Harvard
 * reference and every citation are rendered from it, never typed by hand.
 */
export const SOURCE_TYPES = ['book', 'chapter', 'journal', 'web', 'government', 'legislation', 'report'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  book: 'Book',
  chapter: 'Chapter in an edited book',
  journal: 'Journal article',
  web: 'Web page',
  government: 'Government document',
  legislation: 'Legislation',
  report: 'Report',
};

export interface PersonName {
  /** Surname, as it is to be sorted and cited: "Ainscow", "de Boer". */
  readonly family: string;
  /** Initials or given names: "M." or "Mel". */
  readonly given: string;
}

/** Who is responsible: named people, or an organisation (e.g. the Department for Education). */
export type Authorship =
  | { readonly kind: 'people'; readonly people: readonly PersonName[] }
  | {
      readonly kind: 'organisations';
      readonly names: readonly string[];
      /** For citations: "DfE and DoH". */ readonly short: string;
    };

export interface ReferenceFields {
  readonly type: SourceType;
  readonly authors: Authorship;
  /** Four digits; null when the writer says the source has no date; '' when not yet entered. */
  readonly year: string | null;
  readonly title: string;
  readonly edition: string;
  readonly place: string;
  readonly publisher: string;
  /** Editors of the book a chapter appears in. */
  readonly editors: readonly PersonName[];
  readonly bookTitle: string;
  readonly journal: string;
  readonly volume: string;
  readonly issue: string;
  /** "12–19", or a single page. */
  readonly pages: string;
  /** Chapter number of an Act of Parliament ("6" for c. 6). */
  readonly actChapter: string;
  readonly doi: string;
  readonly url: string;
  /** yyyy-mm-dd, when a web source was looked at. */
  readonly accessed: string;
}

export const EMPTY_REFERENCE: ReferenceFields = {
  type: 'book',
  authors: { kind: 'people', people: [] },
  year: '',
  title: '',
  edition: '',
  place: '',
  publisher: '',
  editors: [],
  bookTitle: '',
  journal: '',
  volume: '',
  issue: '',
  pages: '',
  actChapter: '',
  doi: '',
  url: '',
  accessed: '',
};

export type ReferenceField = Exclude<keyof ReferenceFields, 'type'>;

/** The fields a source of each type needs for a complete Harvard reference. */
export const REQUIRED_FIELDS: Readonly<Record<SourceType, readonly ReferenceField[]>> = {
  book: ['authors', 'year', 'title', 'place', 'publisher'],
  chapter: ['authors', 'year', 'title', 'editors', 'bookTitle', 'place', 'publisher', 'pages'],
  journal: ['authors', 'year', 'title', 'journal', 'volume', 'pages'],
  web: ['authors', 'title', 'url', 'accessed'],
  government: ['authors', 'year', 'title'],
  legislation: ['title', 'actChapter'],
  report: ['authors', 'year', 'title', 'publisher'],
};

export const FIELD_LABELS: Readonly<Record<ReferenceField, string>> = {
  authors: 'Authors',
  year: 'Year',
  title: 'Title',
  edition: 'Edition',
  place: 'Place of publication',
  publisher: 'Publisher',
  editors: 'Editors',
  bookTitle: 'Book title',
  journal: 'Journal',
  volume: 'Volume',
  issue: 'Issue',
  pages: 'Pages',
  actChapter: 'Chapter number of the Act',
  doi: 'DOI',
  url: 'URL',
  accessed: 'Date accessed',
};

/** The fields this source needs and lacks: flagged to the writer, never guessed. */
export function missingFields(reference: ReferenceFields): ReferenceField[] {
  return REQUIRED_FIELDS[reference.type].filter((field) => {
    switch (field) {
      case 'authors':
        return reference.authors.kind === 'people'
          ? reference.authors.people.every((person) => person.family.trim() === '')
          : reference.authors.names.every((name) => name.trim() === '');
      case 'editors':
        return reference.editors.every((person) => person.family.trim() === '');
      case 'year':
        return reference.year !== null && reference.year.trim() === '';
      case 'url':
        // A DOI does the work of a web address.
        return reference.url.trim() === '' && reference.doi.trim() === '';
      case 'accessed':
        return reference.doi.trim() === '' && reference.accessed.trim() === '';
      default:
        return reference[field].trim() === '';
    }
  });
}

/** The fields the form shows for each type of source, in the order a reference reads. */
export const VISIBLE_FIELDS: Readonly<Record<SourceType, readonly ReferenceField[]>> = {
  book: ['authors', 'year', 'title', 'edition', 'place', 'publisher', 'doi', 'url', 'accessed'],
  chapter: ['authors', 'year', 'title', 'editors', 'bookTitle', 'edition', 'place', 'publisher', 'pages', 'doi'],
  journal: ['authors', 'year', 'title', 'journal', 'volume', 'issue', 'pages', 'doi', 'url', 'accessed'],
  web: ['authors', 'year', 'title', 'url', 'accessed'],
  government: ['authors', 'year', 'title', 'place', 'publisher', 'url', 'accessed'],
  legislation: ['title', 'actChapter', 'url', 'accessed'],
  report: ['authors', 'year', 'title', 'place', 'publisher', 'doi', 'url', 'accessed'],
};
