import { useState } from 'react';
import { parsePastedOutcomes } from '../../core/outcomes/outcomes.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { addOutcomes } from '../../db/outcomes.js';
import { Dialog } from '../../ui/Dialog.js';
import { Problem } from '../../ui/Problem.js';
import { DialogActions } from '../../ui/DialogActions.js';

/** Paste outcomes one per line, see what will be added, then add them all at once. */
export function PasteOutcomesDialog({
  portfolioId,
  onClose,
}: {
  readonly portfolioId: string;
  readonly onClose: () => void;
}) {
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState<string>();
  const lines = parsePastedOutcomes(pasted);
  const readable = lines.flatMap((line) => (line.ok ? [line.outcome] : []));
  const unreadable = lines.filter((line) => !line.ok);

  return (
    <Dialog title="Paste a list of outcomes" onClose={onClose}>
      <div className="field">
        <label htmlFor="pasted-outcomes">One outcome per line, starting with its code</label>
        <p className="field-hint" id="pasted-outcomes-hint">
          For example: B3 Working strategically with senior colleagues and governors
        </p>
        <textarea
          id="pasted-outcomes"
          aria-describedby="pasted-outcomes-hint"
          rows={8}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          autoFocus
        />
      </div>
      {lines.length > 0 && (
        <div className="paste-preview" aria-live="polite">
          <h3>Preview</h3>
          <p>
            {readable.length} {readable.length === 1 ? 'outcome' : 'outcomes'} will be added
            {unreadable.length > 0 &&
              `; ${unreadable.length} ${unreadable.length === 1 ? 'line' : 'lines'} cannot be read and will be left out`}
            .
          </p>
          <ul>
            {lines.map((line) =>
              line.ok ? (
                <li key={line.line}>
                  <strong>{line.outcome.code}</strong> {line.outcome.title}{' '}
                  <span className="muted">(area {line.outcome.area})</span>
                </li>
              ) : (
                <li key={line.line} className="unreadable">
                  Line {line.line}, “{line.text}”: {line.problem}
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      <Problem message={failure} />
      <DialogActions onCancel={onClose}>
        <button
          type="button"
          className="primary"
          disabled={readable.length === 0}
          onClick={async () => {
            try {
              await addOutcomes(appDatabase, portfolioId, readable);
              onClose();
            } catch (error) {
              setFailure(describeFailure(error));
            }
          }}
        >
          Add {readable.length} {readable.length === 1 ? 'outcome' : 'outcomes'}
        </button>
      </DialogActions>
    </Dialog>
  );
}
