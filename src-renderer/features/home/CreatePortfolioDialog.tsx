import { useState, type SyntheticEvent } from 'react';
import type { DetailsField } from '../../core/portfolio/portfolio-details.js';
import { appDatabase } from '../../db/app-database.js';
import { describeStorageError } from '../../db/describe-storage-error.js';
import { createPortfolio } from '../../db/portfolios.js';
import { Dialog } from '../../ui/Dialog.js';
import { TextField } from '../../ui/TextField.js';
import { formText } from '../../ui/form-text.js';

export function CreatePortfolioDialog({ onClose, onCreated }: { readonly onClose: () => void; readonly onCreated: (id: string) => void }) {
  const [problems, setProblems] = useState<Partial<Record<DetailsField, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name);
    setBusy(true);
    try {
      const result = await createPortfolio(appDatabase, {
        title: text('title'),
        candidateName: text('candidateName'),
        candidateNumber: text('candidateNumber'),
      });
      if (result.ok) onCreated(result.id);
      else setProblems(result.problems);
    } catch (error) {
      setFailure(describeStorageError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="New portfolio" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField label="Title" name="title" hint="For example: NASENCO 2026–27" problem={problems.title} autoFocus required />
        <TextField label="Your name" name="candidateName" hint="Kept in the app only: exported documents never show it." problem={problems.candidateName} />
        <TextField
          label="Candidate number"
          name="candidateNumber"
          hint="Your student or candidate number for anonymous marking. It goes in the header of every exported document."
          problem={problems.candidateNumber}
        />
        {failure !== undefined && (
          <p className="form-failure" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Create portfolio
          </button>
        </div>
      </form>
    </Dialog>
  );
}
