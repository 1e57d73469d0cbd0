import { useState } from 'react';
import { parseReference } from '../../core/references/parse-reference.js';
import { appDatabase } from '../../db/app-database.js';
import { addReadingLogEntry } from '../../db/reading-log.js';
import { navigate } from '../../session/session-store.js';
import { todayIso } from '../../core/dates/dates.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { emptyDetails } from '../../core/references/empty-details.js';
import { HarvardPreview } from './HarvardPreview.js';
import { UserFacingError } from '../../core/failure/failure.js';

/** Paste a reference line or a DOI; see what was read from it before it goes in the log. */
export function QuickAddDialog({
  portfolioId,
  onClose,
}: {
  readonly portfolioId: string;
  readonly onClose: () => void;
}) {
  const [pasted, setPasted] = useState('');
  const parsed = parseReference(pasted);
  return (
    <FormDialog
      title="Paste a reference or DOI"
      submitLabel="Add to the reading log"
      onClose={onClose}
      onSubmit={async () => {
        if (parsed === undefined)
          throw new UserFacingError(
            'This does not look like a Harvard reference or a DOI. Add the entry by hand instead.',
          );
        const id = await addReadingLogEntry(appDatabase, portfolioId, emptyDetails(parsed, todayIso()));
        navigate({ screen: 'portfolio', portfolioId, view: { kind: 'reading-entry', entryId: id } });
      }}
    >
      <div className="field">
        <label htmlFor="pasted-reference">A Harvard reference, or a DOI</label>
        <textarea
          id="pasted-reference"
          rows={4}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          autoFocus
        />
      </div>
      {pasted.trim() !== '' && (
        <div className="paste-preview" aria-live="polite">
          <h3>What was read from it</h3>
          {parsed === undefined ? (
            <p>Nothing recognisable yet.</p>
          ) : (
            <p>
              <HarvardPreview reference={parsed} />
            </p>
          )}
          <p className="field-hint">
            Check every field on the next screen: nothing is fetched from the internet, so a DOI alone leaves the rest
            for you to fill in.
          </p>
        </div>
      )}
    </FormDialog>
  );
}
