import { useLiveQuery } from 'dexie-react-hooks';
import { showSavedFileNotice } from '../../app/saved-file-notice.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { appDatabase } from '../../db/app-database.js';
import { deleteSafetyCopy, listSafetyCopies } from '../../db/portfolio-files.js';
import { host } from '../../host/host.js';

/** The copies kept before restores replaced portfolios: each can be saved as a file (and restored from it) or let go. */
export function SafetyCopies() {
  const copies = useLiveQuery(() => listSafetyCopies(appDatabase), []);
  if (copies === undefined || copies.length === 0) return null;
  return (
    <section className="safety-copies" aria-labelledby="safety-copies-title">
      <h2 id="safety-copies-title">Copies kept before a restore</h2>
      <p className="muted">Each is the portfolio as it was just before a restore replaced it. Save one as a file to restore it.</p>
      <ul>
        {copies.map((copy) => {
          const day = todayIso(new Date(copy.createdAt));
          return (
            <li key={copy.id}>
              <span>
                {copy.title} <span className="muted">({formatIsoDate(day)})</span>
              </span>
              <button
                type="button"
                onClick={async () => showSavedFileNotice(await host.savePortfolioFile({ suggestedFileName: `${copy.title} before restore ${day}.nasenco`, bytes: new Uint8Array(await copy.data.arrayBuffer()) }))}
              >
                Save as a file<span className="visually-hidden"> ({copy.title})</span>
              </button>
              <button type="button" className="danger-quiet" onClick={() => void deleteSafetyCopy(appDatabase, copy.id)}>
                Delete<span className="visually-hidden"> the copy of {copy.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
