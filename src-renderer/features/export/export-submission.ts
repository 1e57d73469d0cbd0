import type { SaveOutcome } from '../../../src-main/contract.js';
import { todayIso } from '../../core/dates/dates.js';
import { uploadSize, uploadSizeWarning } from '../../core/submission/upload-size.js';
import type { SavedFileDetails } from '../../session/saved-file-notice.js';
import { host } from '../../host/host.js';
import { makeDocumentOffPage } from './build-off-page.js';

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
 * Exports one piece, or all of them in one document, from what is saved: read, assembled and
 * built off the page (pictures sized for print there), then saved by the host (a save dialog,
 * or a download).
 */
export async function exportSubmission(
  portfolioId: string,
  pieceIds: readonly string[],
  onStage: (stage: ExportStage) => void = () => {},
): Promise<ExportResult> {
  onStage('building');
  const made = await makeDocumentOffPage({ portfolioId, pieceIds, date: todayIso() });
  if ('problem' in made) return { outcome: { status: 'failed', message: made.problem } };
  const { bytes, suggestedFileName, uploadLimitMb, pictureQuality } = made;
  onStage('saving');
  const details = {
    size: uploadSize(bytes.length),
    warning: uploadSizeWarning(bytes.length, uploadLimitMb, pictureQuality),
  };
  const data = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  return { outcome: await host.exportDocx({ suggestedFileName, data }), details };
}
