import type { CitationAttributes } from '../document/rich-text.js';
import { formatCitation } from './citation.js';
import type { ReadingLogEntry } from './reading-log.js';
import { orderReferences, type ListedReference } from './reference-list.js';

/** What a piece cites: its reference list in Harvard order, and how to write each citation in it. */
export interface PieceReferences {
  readonly list: readonly ListedReference<ReadingLogEntry>[];
  /** Cited entries that are no longer in the reading log. */
  readonly missingIds: readonly string[];
  readonly label: (citation: CitationAttributes) => string;
}

/**
 * The reference list is made from the entries the piece's texts cite, never kept by hand;
 * a/b suffixes are worked out within that list, and citations use the same suffixes.
 */
export function pieceReferences(entries: readonly ReadingLogEntry[], citedIds: Iterable<string>): PieceReferences {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const cited = [...new Set(citedIds)];
  const list = orderReferences(
    cited.flatMap((id) => byId.get(id) ?? []),
    (entry) => entry.reference,
  );
  const suffixes = new Map(list.map(({ entry, suffix }) => [entry.id, suffix]));
  return {
    list,
    missingIds: cited.filter((id) => !byId.has(id)),
    label: (citation) => {
      const sources = citation.entryIds.flatMap((id) => {
        const entry = byId.get(id);
        return entry === undefined
          ? []
          : [{ reference: entry.reference, suffix: suffixes.get(id) ?? '', page: citation.page }];
      });
      return sources.length < citation.entryIds.length || sources.length === 0
        ? '(citation missing)'
        : formatCitation(sources, citation.narrative);
    },
  };
}
