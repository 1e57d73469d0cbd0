import type { ExportOutcome } from '../../../src-main/contract.js';
import { EMPTY_DOCUMENT, relabelCitations } from '../../core/document/rich-text.js';
import { exportFileName } from '../../core/docx/export-file-name.js';
import { entriesCitedInPiece, sectionsOfPiece, type Portfolio } from '../../core/portfolio/portfolio.js';
import { harvardReference } from '../../core/references/harvard.js';
import { pieceReferences } from '../../core/references/piece-references.js';
import { EVIDENCE_TYPE_LABELS } from '../../core/programme/programme.js';
import type { PortfolioDatabase } from '../../db/database.js';
import { evidenceOfPortfolio, loadEvidenceCommentary } from '../../db/evidence.js';
import { outcomesOfPortfolio } from '../../db/outcomes.js';
import { readingLogOf } from '../../db/reading-log.js';
import { loadSectionDocument, sectionsOfPortfolio } from '../../db/sections.js';
import { host } from '../../host/host.js';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Builds the piece's .docx from what is saved and hands it to the host to save or download. */
export async function exportPiece(db: PortfolioDatabase, portfolio: Portfolio, pieceId: string): Promise<ExportOutcome> {
  const piece = portfolio.pieces.find((candidate) => candidate.id === pieceId);
  if (piece === undefined) return { status: 'failed', message: 'This part is no longer in the portfolio.' };
  const allSections = await sectionsOfPortfolio(db, portfolio.id);
  const allEvidence = await evidenceOfPortfolio(db, portfolio.id);
  // Citations are written afresh from the reading log, so the file never carries an outdated one.
  const references = pieceReferences(await readingLogOf(db, portfolio.id), entriesCitedInPiece(pieceId, allSections, allEvidence));
  const withText = await Promise.all(
    sectionsOfPiece(allSections, pieceId).map(async (section) => ({
      title: section.title,
      document: relabelCitations((await loadSectionDocument(db, section.id)) ?? EMPTY_DOCUMENT, references.label),
      isBackMatter: section.role === 'references' || section.role === 'appendix',
      isReferenceList: section.role === 'references',
    })),
  );
  const codes = new Map((await outcomesOfPortfolio(db, portfolio.id)).map((outcome) => [outcome.id, outcome.code]));
  const items = allEvidence.filter((item) => item.pieceId === pieceId);
  const evidence = await Promise.all(
    items.map(async (item) => {
      const outcomeCodes = item.outcomeIds.flatMap((id) => codes.get(id) ?? []);
      const summary = [LONG_DATE.format(new Date(`${item.date}T00:00:00Z`)), EVIDENCE_TYPE_LABELS[item.type], outcomeCodes.length === 0 ? '' : `Outcomes ${outcomeCodes.join(', ')}`]
        .filter((part) => part !== '')
        .join(' · ');
      return { title: item.title, summary, context: item.context, description: item.description, commentary: relabelCitations((await loadEvidenceCommentary(db, item.id)) ?? EMPTY_DOCUMENT, references.label) };
    }),
  );
  // The document builder is large and needed only here: load it on first export, not at start-up.
  const { buildPieceDocx } = await import('../../core/docx/build-piece-document.js');
  const bytes = await buildPieceDocx({
    pieceTitle: piece.title,
    candidateNumber: portfolio.candidateNumber,
    sections: withText,
    evidence,
    references: references.list.map(({ entry, suffix }) => harvardReference(entry.reference, suffix)),
  });
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
