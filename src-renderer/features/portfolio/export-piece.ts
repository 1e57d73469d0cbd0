import type { ExportOutcome } from '../../../src-main/contract.js';
import { EMPTY_DOCUMENT } from '../../core/document/rich-text.js';
import { exportFileName } from '../../core/docx/export-file-name.js';
import { sectionsOfPiece, type Portfolio } from '../../core/portfolio/portfolio.js';
import type { PortfolioDatabase } from '../../db/database.js';
import { loadSectionDocument, sectionsOfPortfolio } from '../../db/portfolios.js';
import { host } from '../../host/host.js';

/** Builds the piece's .docx from what is saved and hands it to the host to save or download. */
export async function exportPiece(db: PortfolioDatabase, portfolio: Portfolio, pieceId: string): Promise<ExportOutcome> {
  const piece = portfolio.pieces.find((candidate) => candidate.id === pieceId);
  if (piece === undefined) return { status: 'failed', message: 'This part is no longer in the portfolio.' };
  const sections = sectionsOfPiece(await sectionsOfPortfolio(db, portfolio.id), pieceId);
  const withText = await Promise.all(
    sections.map(async (section) => ({ title: section.title, document: (await loadSectionDocument(db, section.id)) ?? EMPTY_DOCUMENT })),
  );
  // The document builder is large and needed only here: load it on first export, not at start-up.
  const { buildPieceDocx } = await import('../../core/docx/build-piece-document.js');
  const bytes = await buildPieceDocx({ pieceTitle: piece.title, candidateNumber: portfolio.candidateNumber, sections: withText });
  return host.exportDocx({ suggestedFileName: exportFileName(portfolio.candidateNumber, piece.title), bytes });
}

export function describeExportOutcome(outcome: ExportOutcome): string | undefined {
  switch (outcome.status) {
    case 'saved':
      return `Saved “${outcome.fileName}” in ${outcome.folder}.`;
    case 'downloaded':
      return `“${outcome.fileName}” is downloading to your Downloads folder.`;
    case 'failed':
      return outcome.message;
    case 'cancelled':
      return undefined;
  }
}
