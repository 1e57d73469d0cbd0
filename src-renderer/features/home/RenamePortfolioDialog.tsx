import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { renamePortfolio } from '../../db/portfolios.js';
import { formText } from '../../ui/form-text.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { TextField } from '../../ui/TextField.js';
import { UserFacingError } from '../../core/failure/failure.js';

export function RenamePortfolioDialog({
  portfolio,
  onClose,
}: {
  readonly portfolio: Portfolio;
  readonly onClose: () => void;
}) {
  return (
    <FormDialog
      title={`Rename “${portfolio.title}”`}
      submitLabel="Rename"
      onClose={onClose}
      onSubmit={async (form) => {
        const result = await renamePortfolio(appDatabase, portfolio.id, formText(form, 'title'));
        if (!result.ok) throw new UserFacingError(result.problems.title ?? 'Check the title.');
      }}
    >
      <TextField label="New title" name="title" defaultValue={portfolio.title} autoFocus required />
    </FormDialog>
  );
}
