/**
 * The prose corpora for the pupil-data check (README.md beside them): SENCO writing with every
 * identifying name marked as {{words|kind}}, written by someone who never saw the check's rules.
 */

export type IdentifierKind = 'pupil' | 'parent' | 'staff' | 'school' | 'council' | 'organisation' | 'place';

export interface MarkedIdentifier {
  readonly kind: IdentifierKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CorpusDocument {
  readonly id: string;
  readonly genre: string;
  /** The family names of the reading log's authors. */
  readonly authors: readonly string[];
  readonly text: string;
  readonly identifiers: readonly MarkedIdentifier[];
}

interface RawDocument {
  readonly id: string;
  readonly genre: string;
  readonly readingLog?: readonly { readonly authors: readonly string[] }[];
  readonly text: string;
}

const MARK = /\{\{([^{}|]+)\|([a-z]+)\}\}/gu;

/** A corpus file's documents, their marks taken out of the text and kept as spans. */
export function corpusDocuments(json: string): CorpusDocument[] {
  const raw = JSON.parse(json) as { documents: RawDocument[] };
  return raw.documents.map((document) => {
    const identifiers: MarkedIdentifier[] = [];
    let text = '';
    let last = 0;
    for (const match of document.text.matchAll(MARK)) {
      text += document.text.slice(last, match.index);
      const words = match[1] ?? '';
      identifiers.push({
        kind: match[2] as IdentifierKind,
        start: text.length,
        end: text.length + words.length,
        text: words,
      });
      text += words;
      last = match.index + match[0].length;
    }
    text += document.text.slice(last);
    return {
      id: document.id,
      genre: document.genre,
      authors: (document.readingLog ?? []).flatMap((entry) =>
        entry.authors.map((author) => (author.split(',')[0] ?? '').trim()),
      ),
      text,
      identifiers,
    };
  });
}
