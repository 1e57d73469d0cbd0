import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { searchReadingLog, sortReadingLog, type ReadingLogOrder } from '../../core/references/reading-log.js';
import { EMPTY_REFERENCE, SOURCE_TYPE_LABELS } from '../../core/references/reference.js';
import { appDatabase } from '../../db/app-database.js';
import { addReadingLogEntry, readingLogOf } from '../../db/reading-log.js';
import { portfolioHref } from '../../session/routes.js';
import { navigate, showNotice } from '../../session/session-store.js';
import { describeFailure } from '../../core/failure/failure.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { HarvardPreview } from './HarvardPreview.js';
import { QuickAddDialog } from './QuickAddDialog.js';
import { emptyDetails } from '../../core/references/empty-details.js';

/** The reflective reading log: every source read, searchable and sortable, each with its Harvard reference. */
export function ReadingLogView({ data }: { readonly data: PortfolioData }) {
  const { portfolio } = data;
  const entries = useLiveQuery(() => readingLogOf(appDatabase, portfolio.id), [portfolio.id]);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ReadingLogOrder>('author');
  const [pasting, setPasting] = useState(false);
  const shown = sortReadingLog(searchReadingLog(entries ?? [], query), order);

  const readOnly = useIsMentorCopy();
  const addBlank = async () => {
    try {
      const id = await addReadingLogEntry(appDatabase, portfolio.id, emptyDetails(EMPTY_REFERENCE, todayIso()));
      navigate({ screen: 'portfolio', portfolioId: portfolio.id, view: { kind: 'reading-entry', entryId: id } });
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };

  return (
    <section aria-labelledby="reading-log-title">
      <div className="view-header">
        <h2 id="reading-log-title">Reflective reading log</h2>
        {!readOnly && (
          <div className="row-actions">
            <button type="button" onClick={() => setPasting(true)}>
              Paste a reference or DOI
            </button>
            <button type="button" className="primary" onClick={addBlank}>
              Add an entry
            </button>
          </div>
        )}
      </div>
      <div className="inline-form">
        <label>
          Search <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <label>
          Sort by{' '}
          <select value={order} onChange={(event) => setOrder(event.target.value as ReadingLogOrder)}>
            <option value="author">Author</option>
            <option value="date-read">Date read</option>
            <option value="added">Recently added</option>
          </select>
        </label>
      </div>
      {entries !== undefined && entries.length === 0 ? (
        <p className="empty">
          Nothing in the log yet. Add what you read, with your notes: its Harvard reference is written for you.
        </p>
      ) : (
        <ul className="reading-list" aria-label="Reading log entries">
          {shown.map((entry) => (
            <li key={entry.id} className="evidence-card">
              <a
                href={portfolioHref(portfolio.id, { kind: 'reading-entry', entryId: entry.id })}
                aria-label={`Open ${entry.reference.title || 'untitled entry'}`}
              >
                <HarvardPreview reference={entry.reference} />
              </a>
              <p className="muted">
                {SOURCE_TYPE_LABELS[entry.reference.type]} · read {formatIsoDate(entry.dateRead)}
                {entry.tags.length > 0 && ` · ${entry.tags.join(', ')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {entries !== undefined && entries.length > 0 && shown.length === 0 && <p>No entries match “{query}”.</p>}
      {pasting && <QuickAddDialog portfolioId={portfolio.id} onClose={() => setPasting(false)} />}
    </section>
  );
}
