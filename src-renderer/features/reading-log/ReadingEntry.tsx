import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../db/app-database.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { ReadingLogEntryView } from './ReadingLogEntryView.js';

/** Loads one reading-log entry for its form, or says it is gone. */
export function ReadingEntry({ data, entryId }: { readonly data: PortfolioData; readonly entryId: string }) {
  const entry = useLiveQuery(async () => (await appDatabase.readingLog.get(entryId)) ?? null, [entryId]);
  if (entry === undefined) return <p className="loading">Opening the entry…</p>;
  if (entry === null || entry.portfolioId !== data.portfolio.id) {
    return (
      <p className="missing" role="alert">
        This reading-log entry is no longer in the portfolio.
      </p>
    );
  }
  return <ReadingLogEntryView data={data} entry={entry} />;
}
