import { useState } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { deletePortfolio, restorePortfolio } from '../../db/portfolios.js';
import { showNotice } from '../../session/session-store.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';

export function DeletePortfolioDialog({
  portfolio,
  onClose,
}: {
  readonly portfolio: Portfolio;
  readonly onClose: () => void;
}) {
  const [failure, setFailure] = useState<string>();

  async function confirm() {
    try {
      await deletePortfolio(appDatabase, portfolio.id);
      showNotice(`“${portfolio.title}” deleted.`, {
        label: 'Undo',
        run: () => restorePortfolio(appDatabase, portfolio.id),
      });
      onClose();
    } catch (error) {
      setFailure(describeFailure(error));
    }
  }

  return (
    <ConfirmDialog
      title={`Delete “${portfolio.title}”?`}
      cautiousLabel="Keep it"
      goLabel={`Delete “${portfolio.title}”`}
      danger
      problem={failure}
      onCautious={onClose}
      onGo={() => void confirm()}
    >
      <p>
        Its sections and everything written in them will be deleted. You can restore it until you close the app; after
        that it is gone for good.
      </p>
    </ConfirmDialog>
  );
}
