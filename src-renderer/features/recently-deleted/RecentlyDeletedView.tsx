import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { showNotice } from '../../session/session-store.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import {
  deleteForGood,
  goesForGoodOn,
  KEPT_FOR_DAYS,
  recentlyDeletedOf,
  restoreDeleted,
  type DeletedKind,
  type RecentlyDeleted,
} from '../../db/recently-deleted.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';

const KIND_IN_WORDS: Readonly<Record<DeletedKind, string>> = {
  section: 'Section',
  evidence: 'Evidence',
  'reading-entry': 'Reading-log entry',
};
const day = (time: number) =>
  new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** What was deleted in the last 30 days, each put back whole with one button. */
export function RecentlyDeletedView({ portfolioId }: { readonly portfolioId: string }) {
  const entries = useLiveQuery(() => recentlyDeletedOf(appDatabase, portfolioId), [portfolioId]);
  const readOnly = useIsMentorCopy();
  return (
    <section className="recently-deleted" aria-labelledby="recently-deleted-title">
      <h2 id="recently-deleted-title">Recently deleted</h2>
      <p className="muted">
        Sections, evidence and reading-log entries you deleted, with their text, comments, history, commentary and
        files. Each can be put back as it was for {KEPT_FOR_DAYS} days, then goes for good.
      </p>
      {entries !== undefined && entries.length === 0 && (
        <p>Nothing has been deleted in the last {KEPT_FOR_DAYS} days.</p>
      )}
      {entries !== undefined && entries.length > 0 && (
        <ul className="deleted-list">
          {entries.map((entry) => (
            <DeletedEntry key={entry.id} entry={entry} readOnly={readOnly} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeletedEntry({ entry, readOnly }: { readonly entry: RecentlyDeleted; readonly readOnly: boolean }) {
  const [confirmingForGood, setConfirmingForGood] = useState(false);
  const act = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      showNotice(done);
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };
  return (
    <li>
      <p>
        <strong>{entry.title}</strong> · {KIND_IN_WORDS[entry.kind]}
        {entry.words > 0 ? ` · ${entry.words.toLocaleString('en-GB')} ${entry.words === 1 ? 'word' : 'words'}` : ''}
        <br />
        <span className="muted">
          Deleted {day(entry.deletedAt)}; kept until {day(goesForGoodOn(entry))}.
        </span>
      </p>
      {!readOnly && (
        <div className="deleted-actions">
          <button
            type="button"
            className="primary"
            onClick={() =>
              void act(() => restoreDeleted(appDatabase, entry.id), `“${entry.title}” is back where it was.`)
            }
          >
            Put back<span className="visually-hidden"> “{entry.title}”</span>
          </button>
          <button type="button" className="danger-quiet" onClick={() => setConfirmingForGood(true)}>
            Delete for good…<span className="visually-hidden"> “{entry.title}”</span>
          </button>
        </div>
      )}
      {confirmingForGood && (
        <ConfirmDialog
          title={`Delete “${entry.title}” for good?`}
          cautiousLabel="Keep it"
          goLabel="Delete for good"
          danger
          onCautious={() => setConfirmingForGood(false)}
          onGo={() => void act(() => deleteForGood(appDatabase, entry.id), `“${entry.title}” is deleted for good.`)}
        >
          <p>It cannot be put back after this.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
