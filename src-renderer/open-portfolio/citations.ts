import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { CitationAttributes } from '../core/document/rich-text.js';
import { entriesCitedInPiece } from '../core/portfolio/portfolio.js';
import { harvardText } from '../core/references/harvard.js';
import { pieceReferences, type PieceReferences } from '../core/references/piece-references.js';
import type { CitableEntry } from '../editor/CitationPicker.js';
import type { PortfolioData } from './use-portfolio.js';

/** How citations read in the piece being written: one piece is open at a time. */
const useCitationLabels = create<{ label: (citation: CitationAttributes) => string }>(() => ({
  label: (citation) => citation.text,
}));

/** The hook the editor's citations render with: their text from the reading log as it is now. */
export function useCitationLabel(citation: CitationAttributes): string {
  return useCitationLabels((state) => state.label)(citation);
}

/** The piece's references, kept as the open editor's way of writing citations while it is shown. */
export function usePieceCitations(
  data: PortfolioData,
  pieceId: string,
): {
  readonly references: PieceReferences;
  readonly citations: { entries: CitableEntry[]; useLabel: typeof useCitationLabel };
} {
  const { readingLog, sections, evidence } = data;
  const references = useMemo(
    () => pieceReferences(readingLog, entriesCitedInPiece(pieceId, sections, evidence)),
    [readingLog, sections, evidence, pieceId],
  );
  useEffect(() => useCitationLabels.setState({ label: references.label }), [references]);
  const entries = useMemo(
    () =>
      readingLog
        .map((entry) => ({ id: entry.id, reference: harvardText(entry.reference) }))
        .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB')),
    [readingLog],
  );
  return { references, citations: { entries, useLabel: useCitationLabel } };
}
