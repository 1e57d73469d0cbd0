import { useState } from 'react';
import { Dialog } from '../ui/Dialog.js';
import { DialogActions } from '../ui/DialogActions.js';

/** A reading-log entry as the picker offers it. */
export interface CitableEntry {
  readonly id: string;
  /** Its Harvard reference, as shown and searched. */
  readonly reference: string;
}

export interface CitationChoice {
  readonly entryIds: readonly string[];
  readonly page: string;
  readonly narrative: boolean;
}

/** Choose one or more reading-log entries to cite, with a page and the narrative form if wanted. */
export function CitationPicker({
  entries,
  onInsert,
  onClose,
}: {
  readonly entries: readonly CitableEntry[];
  readonly onInsert: (choice: CitationChoice) => void;
  readonly onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [page, setPage] = useState('');
  const [narrative, setNarrative] = useState(false);
  const words = query
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const shown = entries.filter((entry) => words.every((word) => entry.reference.toLowerCase().includes(word)));

  return (
    <Dialog title="Insert a citation" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen.length > 0) onInsert({ entryIds: chosen, page, narrative });
        }}
      >
        {entries.length === 0 ? (
          <p>Your reading log is empty. Add the sources you have read there, then cite them here.</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="citation-search">Search your reading log</label>
              <input
                id="citation-search"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoFocus
              />
            </div>
            <fieldset className="citation-choices">
              <legend>Sources to cite</legend>
              {shown.map((entry) => (
                <label key={entry.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(entry.id)}
                    onChange={(event) =>
                      setChosen(event.target.checked ? [...chosen, entry.id] : chosen.filter((id) => id !== entry.id))
                    }
                  />
                  {entry.reference}
                </label>
              ))}
              {shown.length === 0 && <p>Nothing matches “{query}”.</p>}
            </fieldset>
            <div className="field-row">
              <div className="field">
                <label htmlFor="citation-page">Page (optional)</label>
                <input id="citation-page" value={page} onChange={(event) => setPage(event.target.value)} />
              </div>
              <label className="checkbox">
                <input type="checkbox" checked={narrative} onChange={(event) => setNarrative(event.target.checked)} />{' '}
                Name in the sentence, e.g. Ainscow (2020)
              </label>
            </div>
          </>
        )}
        <DialogActions onCancel={onClose} submitLabel="Insert citation" disabled={chosen.length === 0} />
      </form>
    </Dialog>
  );
}
