import { relabelCitations } from '../core/document/rich-text.js';
import { entriesCitedInPiece } from '../core/portfolio/portfolio.js';
import { pieceReferences } from '../core/references/piece-references.js';
import type { PortfolioDatabase } from './database.js';
import { evidenceOfPortfolio, loadEvidenceCommentary, saveEvidenceCommentary } from './evidence.js';
import { loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';

/**
 * Rewrites every stored citation's text from the reading log as it is now, and recounts
 * the texts that changed: after an entry is edited, deleted or restored, every citation
 * of it says the right thing, on screen and in exports, and counts the right words.
 */
export async function refreshCitations(db: PortfolioDatabase, portfolioId: string): Promise<void> {
  const portfolio = await db.portfolios.get(portfolioId);
  if (portfolio === undefined) return;
  const [entries, sections, evidence] = await Promise.all([
    db.readingLog.where('portfolioId').equals(portfolioId).toArray(),
    sectionsOfPortfolio(db, portfolioId),
    evidenceOfPortfolio(db, portfolioId),
  ]);
  for (const piece of portfolio.pieces) {
    const { label } = pieceReferences(entries, entriesCitedInPiece(piece.id, sections, evidence));
    for (const section of sections.filter(
      (candidate) => candidate.pieceId === piece.id && candidate.citedEntryIds.length > 0,
    )) {
      const document = await loadSectionDocument(db, section.id);
      if (document === undefined) continue;
      const relabelled = relabelCitations(document, label);
      if (relabelled !== document) await saveSectionDocument(db, section.id, relabelled);
    }
    for (const item of evidence.filter(
      (candidate) => candidate.pieceId === piece.id && candidate.citedEntryIds.length > 0,
    )) {
      const document = await loadEvidenceCommentary(db, item.id);
      if (document === undefined) continue;
      const relabelled = relabelCitations(document, label);
      if (relabelled !== document) await saveEvidenceCommentary(db, item.id, relabelled);
    }
  }
}
