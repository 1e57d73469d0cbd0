import { checkReadingLogDetails, type ReadingLogDetails } from '../core/references/reading-log-schema.js';
import type { ReadingLogEntry } from '../core/references/reading-log.js';
import { refreshCitations } from './citations.js';
import type { PortfolioDatabase } from './database.js';
import { refuseInMentorCopy, touchCandidateWork } from './portfolios.js';

export async function readingLogOf(db: PortfolioDatabase, portfolioId: string): Promise<ReadingLogEntry[]> {
  return db.readingLog.where('portfolioId').equals(portfolioId).toArray();
}

export async function addReadingLogEntry(db: PortfolioDatabase, portfolioId: string, details: ReadingLogDetails, now = Date.now()): Promise<string> {
  const checked = check(details);
  const id = crypto.randomUUID();
  await db.transaction('rw', db.readingLog, db.portfolios, async () => {
    await db.readingLog.add({ ...checked, id, portfolioId, createdAt: now, updatedAt: now });
    await touchCandidateWork(db, portfolioId, now);
  });
  return id;
}

export async function updateReadingLogEntry(db: PortfolioDatabase, id: string, details: ReadingLogDetails, now = Date.now()): Promise<void> {
  const checked = check(details);
  await db.transaction('rw', db.readingLog, db.portfolios, async () => {
    const entry = await db.readingLog.get(id);
    if (entry === undefined) throw new Error('This reading-log entry no longer exists.');
    await db.readingLog.update(id, { ...checked, updatedAt: now });
    await touchCandidateWork(db, entry.portfolioId, now);
  });
  const entry = await db.readingLog.get(id);
  if (entry !== undefined) await refreshCitations(db, entry.portfolioId);
}

/** Deletes an entry and returns it, so the deletion can be undone. */
export async function deleteReadingLogEntry(db: PortfolioDatabase, id: string): Promise<ReadingLogEntry | undefined> {
  const entry = await db.transaction('rw', db.portfolios, db.readingLog, async () => {
    const found = await db.readingLog.get(id);
    if (found === undefined) return undefined;
    await refuseInMentorCopy(db, found.portfolioId);
    await db.readingLog.delete(id);
    return found;
  });
  if (entry !== undefined) await refreshCitations(db, entry.portfolioId);
  return entry;
}

export async function restoreReadingLogEntry(db: PortfolioDatabase, entry: ReadingLogEntry): Promise<void> {
  await db.readingLog.put(entry);
  await refreshCitations(db, entry.portfolioId);
}

function check(details: ReadingLogDetails): ReadingLogDetails {
  const result = checkReadingLogDetails(details);
  if (!result.ok) throw new RangeError(result.problem);
  return result.value;
}
