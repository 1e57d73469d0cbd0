import { EMPTY_REFERENCE, type Authorship, type PersonName, type ReferenceFields } from './reference.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads a pasted Harvard reference, or a bare DOI, into fields for the writer to confirm.
 * It reads only what it recognises: anything it cannot place is left empty, so the form
 * flags it rather than the app guessing. Returns undefined when nothing is recognised.
 */
export function parseReference(pasted: string): ReferenceFields | undefined {
  const text = pasted.replace(/\s+/gu, ' ').trim();
  if (text === '') return undefined;
  const doi = /\b(10\.\d{4,9}\/[^\s]+?)[.,;]?(?:\s|$)/u.exec(text)?.[1];
  const head = /^(?<authors>.+?)\s*\((?<year>\d{4}|n\.d\.|no date)[a-z]?\)\s*(?<rest>.+)$/iu.exec(text);
  if (head?.groups === undefined) return doi === undefined ? undefined : { ...EMPTY_REFERENCE, type: 'journal', doi };

  const { authors: authorText = '', year: yearText = '', rest: afterYear = '' } = head.groups;
  const year = /^\d{4}$/u.test(yearText) ? yearText : null;
  const [body, online] = splitOnline(afterYear);
  const fields: ReferenceFields = { ...EMPTY_REFERENCE, authors: parseAuthors(authorText), year, ...online, ...(doi === undefined ? {} : { doi, url: '' }) };

  const quoted = /^[‘'"“](?<title>.+?)[’'"”],\s*(?<after>.*)$/u.exec(body);
  if (quoted?.groups !== undefined) {
    const { title = '', after = '' } = quoted.groups;
    const chapter = /^in (?<editors>.+?) \((?:eds?\.?)\) (?<book>.+?)\. (?:(?<place>[^:.]+): (?<publisher>[^,]+), )?(?<pages>pp?\. [\d–-]+)\.?$/u.exec(after);
    if (chapter?.groups !== undefined) {
      return {
        ...fields,
        type: 'chapter',
        title,
        editors: parseEditors(chapter.groups['editors'] ?? ''),
        bookTitle: chapter.groups['book'] ?? '',
        place: chapter.groups['place'] ?? '',
        publisher: chapter.groups['publisher'] ?? '',
        pages: stripPages(chapter.groups['pages'] ?? ''),
      };
    }
    const journal = /^(?<journal>.+?), (?<volume>\d+)(?:\((?<issue>[^)]+)\))?(?:, (?<pages>pp?\. [\d–-]+))?\.?$/u.exec(after);
    return {
      ...fields,
      type: 'journal',
      title,
      journal: journal?.groups?.['journal'] ?? '',
      volume: journal?.groups?.['volume'] ?? '',
      issue: journal?.groups?.['issue'] ?? '',
      pages: stripPages(journal?.groups?.['pages'] ?? ''),
    };
  }

  const book = /^(?<title>.+?)\.(?: (?<edition>\d+(?:st|nd|rd|th)) edn\.)?(?: (?<place>[^:.]+): (?<publisher>[^.]+)\.)?$/u.exec(body);
  const type = fields.url !== '' && book?.groups?.['publisher'] === undefined ? 'web' : 'book';
  return {
    ...fields,
    type,
    title: book?.groups?.['title'] ?? body.replace(/\.$/u, ''),
    edition: (book?.groups?.['edition'] ?? '').replace(/\D+$/u, ''),
    place: book?.groups?.['place'] ?? '',
    publisher: book?.groups?.['publisher'] ?? '',
  };
}

/** Splits off "Available at: URL (Accessed: 3 March 2026)." */
function splitOnline(text: string): [string, Partial<ReferenceFields>] {
  const match = /^(?<body>.*?)\s*Available at: (?<url>\S+?)(?: \(Accessed: (?<accessed>[^)]+)\))?\.?$/u.exec(text);
  if (match?.groups === undefined) return [text, {}];
  const url = match.groups['url'] ?? '';
  const doi = /doi\.org\/(10\..+)$/u.exec(url)?.[1];
  return [match.groups['body'] ?? '', doi === undefined ? { url, accessed: parseLongDate(match.groups['accessed'] ?? '') } : { doi }];
}

function parseAuthors(text: string): Authorship {
  const people = [...text.matchAll(/([^,]+?),\s*((?:[A-Z]\.-?)+)(?:,| and|$)/gu)].map((match): PersonName => ({
    family: (match[1] ?? '').replace(/^(and|&)\s+/u, '').trim(),
    given: match[2] ?? '',
  }));
  // "Webster, R. et al." keeps the one name given; the writer adds the rest.
  if (people.length > 0) return { kind: 'people', people };
  return { kind: 'organisations', names: text.split(/ and /u).map((name) => name.trim()), short: '' };
}

function parseEditors(text: string): PersonName[] {
  return text
    .split(/, | and /u)
    .map((name) => /^(?<given>(?:[A-Z]\.-?)+) (?<family>.+)$/u.exec(name.trim())?.groups)
    .flatMap((groups) => (groups === undefined ? [] : [{ family: groups['family'] ?? '', given: groups['given'] ?? '' }]));
}

function stripPages(pages: string): string {
  return pages.replace(/^pp?\.\s*/u, '');
}

function parseLongDate(text: string): string {
  const match = /^(\d{1,2}) (\w+) (\d{4})$/u.exec(text.trim());
  const month = MONTHS.indexOf((match?.[2] ?? '').toLowerCase());
  if (match === null || month < 0) return '';
  return `${match[3] ?? ''}-${String(month + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
