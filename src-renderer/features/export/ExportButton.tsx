import { useState } from 'react';
import { UserFacingError } from '../../core/failure/failure.js';
import { flushPendingSaves, showNotice } from '../../session/session-store.js';
import { showSavedFileNotice } from '../../session/saved-file-notice.js';
import { useCheckBeforeLeaving } from '../privacy/CheckBeforeLeaving.js';
import { exportSubmission, STAGE_LABELS, type ExportStage } from './export-submission.js';

/** Exports the given pieces as one Word document, saying what it is doing while it works. */
export function ExportButton({
  portfolioId,
  pieceIds,
  label,
  description,
}: {
  readonly portfolioId: string;
  readonly pieceIds: readonly string[];
  readonly label: string;
  readonly description: string;
}) {
  const [stage, setStage] = useState<ExportStage>();
  const { checkThen, checking, dialog } = useCheckBeforeLeaving(portfolioId, 'export');
  async function run() {
    setStage('gathering');
    try {
      // The file must hold every word typed, including the last half-second's.
      await flushPendingSaves();
      const { outcome, details } = await exportSubmission(portfolioId, pieceIds, setStage);
      showSavedFileNotice(outcome, details);
    } catch (error) {
      showNotice(
        error instanceof UserFacingError
          ? error.message
          : `The document could not be made${error instanceof Error ? ` (${error.message})` : ''}. Your work is safe; try again.`,
      );
    } finally {
      setStage(undefined);
    }
  }
  return (
    <>
      <button
        type="button"
        className="export-button"
        onClick={() => void checkThen(() => void run())}
        disabled={stage !== undefined || checking}
        aria-label={description}
        aria-busy={stage !== undefined || checking}
      >
        {stage === undefined ? label : STAGE_LABELS[stage]}
      </button>
      {dialog}
    </>
  );
}
