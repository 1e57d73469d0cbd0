import type { SaveOutcome } from '../../../src-main/contract.js';
import { todayIso } from '../../core/dates/dates.js';
import { assembleSubmission } from '../../core/submission/assemble.js';
import { exportFileName } from '../../core/submission/export-file-name.js';
import type { PortfolioDatabase } from '../../db/database.js';
import { portfolioRecords } from '../../db/portfolio-records.js';
import { host } from '../../host/host.js';
import { buildDocxOffPage } from './build-off-page.js';

export type ExportStage = 'gathering' | 'building' | 'saving';

export const STAGE_LABELS: Readonly<Record<ExportStage, string>> = {
  gathering: 'Gathering your work…',
  building: 'Building the document…',
  saving: 'Saving…',
};

/**
 * Exports one piece, or all of them in one document, from what is saved: gathered in one
 * read, built off the page, then saved by the host (a save dialog, or a download).
 */
export async function exportSubmission(
  db: PortfolioDatabase,
  portfolioId: string,
  pieceIds: readonly string[],
  onStage: (stage: ExportStage) => void = () => {},
): Promise<SaveOutcome> {
  onStage('gathering');
  const records = await portfolioRecords(db, portfolioId);
  if (records === undefined) return { status: 'failed', message: 'This portfolio is no longer here.' };
  const { portfolio } = records;
  const pieces = portfolio.pieces.filter((piece) => pieceIds.includes(piece.id));
  if (pieces.length === 0) return { status: 'failed', message: 'This part is no longer in the portfolio.' };
  const submission = assembleSubmission(
    records,
    pieces.map((piece) => piece.id),
    todayIso(),
  );
  const single = pieces.length === 1 ? pieces[0] : undefined;
  const suggestedFileName = exportFileName(
    portfolio.candidateNumber,
    single?.moduleCode ?? '',
    single?.title ?? portfolio.title,
  );
  onStage('building');
  const bytes = await buildDocxOffPage(submission);
  onStage('saving');
  return host.exportDocx({ suggestedFileName, bytes });
}
