import { EMPTY_REFERENCE, type Authorship, type PersonName, type ReferenceFields } from './reference.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** What a pasted line says about the body of the source: its type and the fields that depend on it. */
type BodyFields = Partial<ReferenceFields> & Pick<ReferenceFields, 'type'>;

/**
 * Reads a pasted Harvard reference, or a bare DOI, into fields for the writer to confirm.
 * It reads only what it recognises: anything it cannot place is left empty, so the form
 * flags it rather than the app guessing. Returns undefined when nothing is recognised.
 *
 * Library guides differ in punctuation (Cite Them Right, Leeds, Ulster, APA copied from a
 * database), so a journal article is told by its shape, not by quotation marks: it ends
 * with a volume and issue, pages or a DOI, and its journal is the last sentence before them.
 */
export function parseReference(pasted: string): ReferenceFields | undefined {
  const text = pasted.replace(/\s+/gu, ' ').trim();
  if (text === '') return undefined;
  const head = readAuthorsAndYear(text);
  if (head === undefined) {
    const doi = /\b(10\.\d{4,9}\/[^\s]+?)[.,;]?(?:\s|$)/u.exec(text)?.[1];
    return doi === undefined ? undefined : { ...EMPTY_REFERENCE, type: 'journal', doi };
  }
  const [withDoi, online] = splitOnline(head.rest);
  const [body, doi] = splitDoi(withDoi);
  const fields: ReferenceFields = {
    ...EMPTY_REFERENCE,
    authors: head.authors,
    year: head.year,
    ...online,
    ...(doi === undefined ? {} : { doi, url: '' }),
  };
  return { ...fields, ...readBody(body, { hasDoi: fields.doi !== '', hasUrl: fields.url !== '' }) };
}

function readBody(body: string, online: { readonly hasDoi: boolean; readonly hasUrl: boolean }): BodyFields {
  // Cite Them Right puts an article's or a chapter's title in quotation marks: what follows is certain.
  const quoted = /^[‘'"“](?<title>.+?)[’'"”][,.]\s*(?<after>.*)$/u.exec(body);
  if (quoted?.groups !== undefined) {
    const { title = '', after = '' } = quoted.groups;
    const inBook = /^in:?\s+(?<rest>.+)$/iu.exec(after)?.groups?.['rest'];
    return (inBook === undefined ? undefined : readChapter(title, inBook)) ?? quotedArticle(title, after);
  }
  return findChapter(body) ?? articleByShape(body, online.hasDoi) ?? bookOrWebPage(body, online.hasUrl);
}

/** "Ainscow, M. (2020) …", "Ainscow, M. (2020). …" (APA), or "Ainscow, M., 2020. …" and "Ainscow, M. 2020. …" (Leeds). */
function readAuthorsAndYear(text: string): { authors: Authorship; year: string | null; rest: string } | undefined {
  // Without brackets round the year only named people are taken, or any sentence with a year in it would do.
  const plain = /^(?<authors>[^()\d]+?),?\s+(?<year>\d{4})[a-z]?\.\s+(?<rest>.+)$/u.exec(text)?.groups;
  const plainAuthors = parseAuthors(plain?.['authors'] ?? '');
  if (plain !== undefined && plainAuthors.kind === 'people')
    return { authors: plainAuthors, year: plain['year'] ?? '', rest: plain['rest'] ?? '' };

  const bracketed = /^(?<authors>.+?)\s*\((?<year>\d{4}|n\.d\.|no date)[a-z]?\)[.,]?\s*(?<rest>.+)$/iu.exec(
    text,
  )?.groups;
  if (bracketed === undefined) return undefined;
  const year = bracketed['year'] ?? '';
  return {
    authors: parseAuthors(bracketed['authors'] ?? ''),
    year: /^\d{4}$/u.test(year) ? year : null,
    rest: bracketed['rest'] ?? '',
  };
}

/**
 * Splits off "Available at: URL (Accessed: 3 March 2026)." and the Leeds and Ulster forms of it:
 * "[Online]", "[Accessed 3 March 2025]", "Available from: URL".
 */
function splitOnline(text: string): [string, Partial<ReferenceFields>] {
  const accessedMatch = /\s*[([]Accessed:?\s*(?<date>[^)\]]+)[)\]]\.?/iu.exec(text);
  const withoutMarks = text.replace(accessedMatch?.[0] ?? '', '').replace(/\s*\[(?:online|no pagination)\]\.?/giu, '');
  const match = /^(?<body>.*?)\s*Available (?:at|from):?\s*(?<url>\S+?)\.?$/u.exec(withoutMarks);
  if (match?.groups === undefined) return [withoutMarks, {}];
  const url = match.groups['url'] ?? '';
  // A publisher's address often holds the DOI ("…/doi/full/10.1111/…"): the DOI outlasts the address.
  const doi = /\b(10\.\d{4,9}\/\S+)$/u.exec(url)?.[1];
  return [
    match.groups['body'] ?? '',
    doi === undefined ? { url, accessed: parseLongDate(accessedMatch?.groups?.['date'] ?? '') } : { doi },
  ];
}

/** Takes out a DOI however it is written: "https://doi.org/10.…", "doi.org/10.…", "doi: 10.…", "DOI:10.…". */
function splitDoi(text: string): [string, string | undefined] {
  const match = /\s*(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|\bdoi:?\s*)?\b(10\.\d{4,9}\/\S+?)[.,;]?(?=\s|$)/iu.exec(
    text,
  );
  if (match === null) return [text, undefined];
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return [rest.replace(/\s+/gu, ' ').replace(/[\s,;]+$/u, ''), match[1]];
}

function quotedArticle(title: string, after: string): BodyFields {
  // The quotation marks already say this is an article, so a lone number after the journal is its volume.
  const locator = readLocator(after, true);
  return {
    type: 'journal',
    title,
    journal: withoutEndPunctuation(locator?.before ?? after),
    volume: locator?.volume ?? '',
    issue: locator?.issue ?? '',
    pages: locator?.pages ?? '',
  };
}

/**
 * An article without quotation marks: "Title. Journal, 41(4), pp. 403-425." A line that ends with
 * a volume, pages or a DOI is an article even when the title cannot be told from the journal,
 * so none of them ever lands in a book's title.
 */
function articleByShape(body: string, hasDoi: boolean): BodyFields | undefined {
  const locator = readLocator(body, hasDoi);
  if (locator !== undefined) {
    const { before, ...numbers } = locator;
    return { type: 'journal', ...splitTitleAndJournal(withoutEndPunctuation(before)), ...numbers };
  }
  if (!hasDoi || readBook(body).publisher !== '') return undefined;
  return { type: 'journal', ...splitTitleAndJournal(withoutEndPunctuation(body)) };
}

function bookOrWebPage(body: string, hasUrl: boolean): BodyFields {
  const book = readBook(body);
  return { type: hasUrl && book.publisher === '' ? 'web' : 'book', ...book };
}

/** "Title. 3rd edn. Place: Publisher." — each part after the title may be missing. */
function readBook(body: string): Pick<ReferenceFields, 'title' | 'edition' | 'place' | 'publisher'> {
  const book =
    /^(?<title>.+?)\.(?: (?<edition>\d+(?:st|nd|rd|th)) (?:edn?|edition)\.?)?(?: (?<place>[^:.]+): (?<publisher>[^.]+)\.)?$/u.exec(
      body,
    )?.groups;
  return {
    title: book?.['title'] ?? body.replace(/\.$/u, ''),
    edition: (book?.['edition'] ?? '').replace(/\D+$/u, ''),
    place: book?.['place'] ?? '',
    publisher: book?.['publisher'] ?? '',
  };
}

/** "Title. In: Lewis, A. and Norwich, B. (eds) Book…", with the title unquoted, as most guides print it. */
function findChapter(body: string): BodyFields | undefined {
  for (const match of body.matchAll(/([.,?!])\s+in:?\s+/giu)) {
    const mark = match[1] === '?' || match[1] === '!' ? match[1] : '';
    const chapter = readChapter(body.slice(0, match.index) + mark, body.slice(match.index + match[0].length));
    if (chapter !== undefined) return chapter;
  }
  return undefined;
}

/** What follows "in": "A. Lewis and B. Norwich (eds) Book. 2nd edn. Place: Publisher, pp. 206–221." */
function readChapter(title: string, inBook: string): BodyFields | undefined {
  const edited = /^(?<editors>.+?)(?: \(eds?\.?\)|,? eds?\.),? (?<book>.+)$/iu.exec(inBook)?.groups;
  if (edited === undefined) return undefined;
  const book = edited['book'] ?? '';
  const parts =
    readBookOfChapterApa(book) ??
    /^(?<title>.+?)\.(?: (?<edition>\d+)(?:st|nd|rd|th) (?:edn?|edition)\.)?(?: (?<place>[^:.]+): (?<publisher>[^,]+?))?(?:,? (?<pages>pp?\.\s*[\d–-]+))?\.?$/u.exec(
      book,
    )?.groups;
  return {
    type: 'chapter',
    title,
    editors: parseEditors(edited['editors'] ?? ''),
    bookTitle: parts?.['title'] ?? withoutEndPunctuation(book),
    edition: parts?.['edition'] ?? '',
    place: parts?.['place'] ?? '',
    publisher: parts?.['publisher'] ?? '',
    pages: normalisePages(stripPages(parts?.['pages'] ?? '')),
  };
}

/** APA puts the pages before the publisher: "Book title (pp. 206–221). Publisher." */
function readBookOfChapterApa(book: string): Record<string, string | undefined> | undefined {
  return /^(?<title>.+?) \((?<pages>pp?\.\s*[\d–-]+)\)\.\s*(?<publisher>.+?)\.?$/u.exec(book)?.groups;
}

/** Where an article is in its journal, and the text before it (the title and the journal). */
interface Locator {
  readonly before: string;
  readonly volume: string;
  readonly issue: string;
  readonly pages: string;
}

/**
 * Reads the end of an article's reference: "41(4), pp. 403-425", "41 (2), 123-137", "vol. 19, no. 4, pp. 301–312",
 * "42:1, 39-53", "22, 91–104", "245, p. 12", "23(1), e12589", "4, article no: 75". A bare number or range is
 * taken only beside a volume, so a book title ending "1944–1970" stays a title.
 */
function readLocator(text: string, hasDoi: boolean): Locator | undefined {
  const end = withoutEndPunctuation(text);
  const pages = readPages(end);
  if (pages !== undefined) {
    const volume = readVolume(pages.before);
    if (volume !== undefined)
      return { before: volume.before, volume: volume.volume, issue: volume.issue, pages: pages.pages };
    if (pages.marked) return { before: pages.before, volume: '', issue: '', pages: pages.pages };
  }
  const volume = readVolume(end);
  if (volume !== undefined && (volume.marked || hasDoi))
    return { before: volume.before, volume: volume.volume, issue: volume.issue, pages: '' };
  return undefined;
}

/** `marked` when they can only be pages: "pp. 1-24", "p. 12", "e12589", "article no: 75". */
function readPages(text: string): { before: string; pages: string; marked: boolean } | undefined {
  const match =
    /^(?<before>.*?)(?:[,.:]\s*|\s+)(?<marker>pp?\.\s*|article(?:\s+no\.?|\s+number)?:?\s*)?(?<pages>[a-z]?\d+(?:\s*[-–—]\s*[a-z]?\d+)?)$/iu.exec(
      text,
    )?.groups;
  if (match === undefined) return undefined;
  const pages = match['pages'] ?? '';
  return {
    before: match['before'] ?? '',
    pages: normalisePages(pages),
    marked: match['marker'] !== undefined || /^[a-z]\d/iu.test(pages),
  };
}

/** `marked` when it can only be a volume: it has an issue, or says "vol.". */
function readVolume(text: string): { before: string; volume: string; issue: string; marked: boolean } | undefined {
  const shapes = [
    /^(?<before>.*?)(?:[,.]\s*|\s+)(?:vol(?:ume)?\.?\s*)?(?<volume>\d+)\s*\((?<issue>[^()]+)\)$/iu,
    /^(?<before>.*?)(?:[,.]\s*|\s+)vol(?:ume)?\.?\s*(?<volume>\d+)(?:[,.]?\s*(?:no|issue|iss|number)\.?\s*(?<issue>[\w–-]+))?$/iu,
    /^(?<before>.*?)(?:[,.]\s*|\s+)(?<volume>\d+):(?<issue>\d+)$/u,
  ];
  for (const shape of shapes) {
    const match = shape.exec(text)?.groups;
    if (match !== undefined)
      return {
        before: match['before'] ?? '',
        volume: match['volume'] ?? '',
        issue: match['issue'] ?? '',
        marked: true,
      };
  }
  const bare = /^(?<before>.*?)[,.]\s*(?<volume>\d+)$/u.exec(text)?.groups;
  return bare === undefined
    ? undefined
    : { before: bare['before'] ?? '', volume: bare['volume'] ?? '', issue: '', marked: false };
}

/**
 * The journal is the last sentence before the volume: "Worlds apart? The nature … schools. British Educational
 * Research Journal". A full stop after an abbreviation ("U.K.", "e.g.", "J.") ends a sentence only when nothing
 * else can; with no sentence end at all, the whole is taken as the title and the journal is left to fill in.
 */
function splitTitleAndJournal(text: string): { title: string; journal: string } {
  const ends = [...text.matchAll(/(?<word>\S*?)(?<mark>[.?!])\s+(?=\p{Lu})/gu)];
  const end =
    abbreviatedJournalStart(text, ends) ?? ends.filter((match) => !endsAbbreviation(match)).at(-1) ?? ends.at(-1);
  if (end === undefined) return { title: text, journal: '' };
  const word = end.groups?.['word'] ?? '';
  const mark = end.groups?.['mark'] ?? '';
  const keepMark = mark !== '.' || endsAbbreviation(end);
  return {
    title: text.slice(0, end.index + word.length) + (keepMark ? mark : ''),
    journal: text.slice(end.index + end[0].length),
  };
}

/**
 * The sentence end before an abbreviated journal ("Br. J. Spec. Educ.", "Eur. J. Spec. Needs Educ."): the first one
 * after which come only short capitalised words, at least two of them ending in a full stop. Found in one pass
 * from the end, as this runs on every keystroke of a paste.
 */
function abbreviatedJournalStart(text: string, ends: readonly RegExpExecArray[]): RegExpExecArray | undefined {
  const words = text.split(' ');
  let first = words.length;
  while (first > 0 && /^\p{Lu}(?:\p{Ll}{0,9}\.|\p{Ll}{0,5})$/u.test(words[first - 1] ?? '')) first -= 1;
  const runStart = words.slice(0, first).join(' ').length;
  const end = ends.find((match) => match.index + match[0].length > runStart);
  if (end === undefined) return undefined;
  const journal = text.slice(end.index + end[0].length);
  return journal.split(' ').filter((word) => word.endsWith('.')).length >= 2 ? end : undefined;
}

const ABBREVIATIONS = new Set(['st', 'dr', 'mr', 'mrs', 'ms', 'prof', 'vs', 'cf', 'no', 'vol']);

function endsAbbreviation(match: RegExpMatchArray): boolean {
  if (match.groups?.['mark'] !== '.') return false;
  const word = (match.groups['word'] ?? '').replace(/^[^\p{L}]+/u, '');
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  const initial = /^\p{L}$/u.test(word);
  return dotted || initial || ABBREVIATIONS.has(word.toLowerCase());
}

function parseAuthors(text: string): Authorship {
  const people = [...text.matchAll(/([^,]+?),\s*(\p{Lu}\.(?:[\s-]?\p{Lu}\.)*)(?=\s*(?:,|and\s|&|$))/gu)].map(
    (match): PersonName => ({
      family: (match[1] ?? '').trim().replace(/^(?:and|&)\s+/u, ''),
      given: match[2] ?? '',
    }),
  );
  // "Webster, R. et al." keeps the one name given; the writer adds the rest.
  if (people.length > 0) return { kind: 'people', people };
  return { kind: 'organisations', names: text.split(/ and /u).map((name) => name.trim()), short: '' };
}

/** "A. Lewis and B. Norwich" (Cite Them Right) or "Lewis, A. and Norwich, B." (other guides). */
function parseEditors(text: string): PersonName[] {
  const initialsFirst = text
    .split(/, | and | & /u)
    .map((name) => /^(?<given>(?:[A-Z]\.-?)+) (?<family>.+)$/u.exec(name.trim())?.groups)
    .flatMap((groups) =>
      groups === undefined ? [] : [{ family: groups['family'] ?? '', given: groups['given'] ?? '' }],
    );
  if (initialsFirst.length > 0) return initialsFirst;
  const surnameFirst = parseAuthors(text);
  return surnameFirst.kind === 'people' ? [...surnameFirst.people] : [];
}

function stripPages(pages: string): string {
  return pages.replace(/^pp?\.\s*/u, '');
}

/** "403-425" → "403–425", as the reference is written. */
function normalisePages(pages: string): string {
  return pages.replace(/\s*[-–—]\s*/u, '–');
}

function withoutEndPunctuation(text: string): string {
  return text.replace(/[\s.,;:]+$/u, '');
}

function parseLongDate(text: string): string {
  const match = /^(\d{1,2})(?:st|nd|rd|th)? (\w+),? (\d{4})$/u.exec(text.trim());
  const month = MONTHS.indexOf((match?.[2] ?? '').toLowerCase());
  if (match === null || month < 0) return '';
  return `${match[3] ?? ''}-${String(month + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
