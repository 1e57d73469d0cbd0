import type { SaveOutcome } from '../../../src-main/contract.js';
import { todayIso } from '../../core/dates/dates.js';
import { assembleSubmission } from '../../core/submission/assemble.js';
import { exportFileName } from '../../core/submission/export-file-name.js';
import { uploadSize, uploadSizeWarning } from '../../core/submission/upload-size.js';
import type { SavedFileDetails } from '../../session/saved-file-notice.js';
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

export interface ExportResult {
  readonly outcome: SaveOutcome;
  /** The document's size, and whether it is over an upload limit; undefined when nothing was made. */
  readonly details?: SavedFileDetails;
}

/**
 * Exports one piece, or all of them in one document, from what is saved: gathered in one
 * read, built off the page (pictures sized for print there), then saved by the host (a save
 * dialog, or a download).
 */
export async function exportSubmission(
  db: PortfolioDatabase,
  portfolioId: string,
  pieceIds: readonly string[],
  onStage: (stage: ExportStage) => void = () => {},
): Promise<ExportResult> {
  onStage('gathering');
  const records = await portfolioRecords(db, portfolioId);
  if (records === undefined) return { outcome: { status: 'failed', message: 'This portfolio is no longer here.' } };
  const { portfolio } = records;
  const pieces = portfolio.pieces.filter((piece) => pieceIds.includes(piece.id));
  if (pieces.length === 0)
    return { outcome: { status: 'failed', message: 'This part is no longer in the portfolio.' } };
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
  const details = {
    size: uploadSize(bytes.length),
    warning: uploadSizeWarning(bytes.length, portfolio.programme.submission.uploadLimitMb),
  };
  return { outcome: await host.exportDocx({ suggestedFileName, bytes }), details };
}
