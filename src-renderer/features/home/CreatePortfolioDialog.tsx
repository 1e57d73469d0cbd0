import { useState, type SyntheticEvent } from 'react';
import type { DetailsField } from '../../core/portfolio/portfolio-details.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { BUILT_IN_TEMPLATES } from '../../core/programme/templates.js';
import { createPortfolio } from '../../db/portfolios.js';
import { Dialog } from '../../ui/Dialog.js';
import { TextField } from '../../ui/TextField.js';
import { formText } from '../../ui/form-text.js';
import { DialogActions } from '../../ui/DialogActions.js';
import { Problem } from '../../ui/Problem.js';

export function CreatePortfolioDialog({
  onClose,
  onCreated,
}: {
  readonly onClose: () => void;
  readonly onCreated: (id: string) => void;
}) {
  const [problems, setProblems] = useState<Partial<Record<DetailsField, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name);
    setBusy(true);
    try {
      const template =
        BUILT_IN_TEMPLATES.find((candidate) => candidate.id === text('template')) ?? BUILT_IN_TEMPLATES[0];
      if (template === undefined) return;
      const result = await createPortfolio(
        appDatabase,
        { title: text('title'), candidateName: text('candidateName'), candidateNumber: text('candidateNumber') },
        template,
      );
      if (result.ok) onCreated(result.id);
      else setProblems(result.problems);
    } catch (error) {
      setFailure(describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="New portfolio" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Title"
          name="title"
          hint="For example: NASENCO 2026–27"
          problem={problems.title}
          autoFocus
          required
        />
        <TextField
          label="Your name"
          name="candidateName"
          hint="Kept in the app only: exported documents never show it."
          problem={problems.candidateName}
        />
        <TextField
          label="Candidate number"
          name="candidateNumber"
          hint="Your student or candidate number for anonymous marking. It goes in the header of every exported document."
          problem={problems.candidateNumber}
        />
        <fieldset className="template-picker">
          <legend>How your programme is assessed</legend>
          <p className="field-hint">Pick the closest; you can change targets, dates and sections later in settings.</p>
          {BUILT_IN_TEMPLATES.map((template, index) => (
            <label key={template.id} className="template-option">
              <input type="radio" name="template" value={template.id} defaultChecked={index === 0} />
              <span>
                <strong>{template.name}</strong>
                <span className="muted">{template.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Problem message={failure} />
        <DialogActions onCancel={onClose} submitLabel="Create portfolio" disabled={busy} />
      </form>
    </Dialog>
  );
}
