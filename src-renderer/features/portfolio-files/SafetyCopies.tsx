import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { appDatabase } from '../../db/app-database.js';
import type { SafetyCopy } from '../../db/database.js';
import { deleteSafetyCopy, listSafetyCopies } from '../../db/portfolio-files.js';
import { saveSafetyCopy } from './portfolio-files.js';
import { SaveProtectedFileDialog } from './SaveProtectedFileDialog.js';

/** The copies kept before restores replaced portfolios: each can be saved as a file (and restored from it) or let go. */
export function SafetyCopies() {
  const copies = useLiveQuery(() => listSafetyCopies(appDatabase), []);
  const [saving, setSaving] = useState<SafetyCopy>();
  if (copies === undefined || copies.length === 0) return null;
  return (
    <section className="safety-copies" aria-labelledby="safety-copies-title">
      <h2 id="safety-copies-title">Copies kept before a restore</h2>
      <p className="muted">
        Each is the portfolio as it was just before a restore replaced it. Save one as a file to restore it.
      </p>
      <ul>
        {copies.map((copy) => (
          <li key={copy.id}>
            <span>
              {copy.title} <span className="muted">({formatIsoDate(todayIso(new Date(copy.createdAt)))})</span>
            </span>
            <button type="button" onClick={() => setSaving(copy)}>
              Save as a file…<span className="visually-hidden"> ({copy.title})</span>
            </button>
            <button type="button" className="danger-quiet" onClick={() => void deleteSafetyCopy(appDatabase, copy.id)}>
              Delete<span className="visually-hidden"> the copy of {copy.title}</span>
            </button>
          </li>
        ))}
      </ul>
      {saving !== undefined && (
        <SaveProtectedFileDialog
          title={`Save the copy of “${saving.title}”`}
          submitLabel="Save the copy"
          save={(passphrase) => saveSafetyCopy(saving, passphrase)}
          onClose={() => setSaving(undefined)}
        >
          <p>The portfolio as it was before the restore, as a file you can restore from.</p>
        </SaveProtectedFileDialog>
      )}
    </section>
  );
}
