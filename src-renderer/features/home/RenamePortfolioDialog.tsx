import { useState, type SyntheticEvent } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { describeStorageError } from '../../db/describe-storage-error.js';
import { renamePortfolio } from '../../db/portfolios.js';
import { Dialog } from '../../ui/Dialog.js';
import { TextField } from '../../ui/TextField.js';
import { formText } from '../../ui/form-text.js';

export function RenamePortfolioDialog({ portfolio, onClose }: { readonly portfolio: Portfolio; readonly onClose: () => void }) {
  const [problem, setProblem] = useState<string>();

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = formText(new FormData(event.currentTarget), 'title');
    try {
      const result = await renamePortfolio(appDatabase, portfolio.id, title);
      if (result.ok) onClose();
      else setProblem(result.problems.title);
    } catch (error) {
      setProblem(describeStorageError(error));
    }
  }

  return (
    <Dialog title={`Rename “${portfolio.title}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField label="New title" name="title" defaultValue={portfolio.title} problem={problem} autoFocus required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
