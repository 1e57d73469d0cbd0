import { withExportCopies, type PictureEncoder } from '../../core/docx/export-pictures.js';
import type { PictureQuality } from '../../core/pictures/print-size.js';
import { buildSubmissionDocx } from '../../core/docx/build-submission.js';
import { assembleSubmission } from '../../core/submission/assemble.js';
import { exportFileName } from '../../core/submission/export-file-name.js';
import type { PortfolioDatabase } from '../../db/database.js';
import { portfolioRecords } from '../../db/portfolio-records.js';

/** What to export: one piece, or several in one document, as the portfolio is saved now. */
export interface DocumentRequest {
  readonly portfolioId: string;
  readonly pieceIds: readonly string[];
  /** The date the cover page gives, as the candidate's computer has it (ISO). */
  readonly date: string;
}

export type MadeDocument =
  | {
      readonly bytes: Uint8Array;
      readonly suggestedFileName: string;
      /** The candidate's upload limit and picture quality, for the warning when the document is saved. */
      readonly uploadLimitMb: number | null;
      readonly pictureQuality: PictureQuality;
    }
  | { readonly problem: string };

/**
 * Reads what is saved, in one transaction, assembles the submission, makes copies of its
 * pictures sized for print and builds the .docx: all of it in the export's worker, so the
 * page does none of it (submission.worker.ts).
 */
export async function makeDocument(
  db: PortfolioDatabase,
  { portfolioId, pieceIds, date }: DocumentRequest,
  encoder: PictureEncoder,
): Promise<MadeDocument> {
  const records = await portfolioRecords(db, portfolioId);
  if (records === undefined) return { problem: 'This portfolio is no longer here.' };
  const { portfolio } = records;
  const pieces = portfolio.pieces.filter((piece) => pieceIds.includes(piece.id));
  if (pieces.length === 0) return { problem: 'This part is no longer in the portfolio.' };
  const submission = assembleSubmission(
    records,
    pieces.map((piece) => piece.id),
    date,
  );
  const single = pieces.length === 1 ? pieces[0] : undefined;
  const { submission: settings } = portfolio.programme;
  return {
    bytes: await buildSubmissionDocx(await withExportCopies(submission, settings.pictureQuality, encoder)),
    suggestedFileName: exportFileName(
      portfolio.candidateNumber,
      single?.moduleCode ?? '',
      single?.title ?? portfolio.title,
    ),
    uploadLimitMb: settings.uploadLimitMb,
    pictureQuality: settings.pictureQuality,
  };
}
