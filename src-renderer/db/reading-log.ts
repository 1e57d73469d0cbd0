import { checkReadingLogDetails, type ReadingLogDetails } from '../core/references/reading-log-schema.js';
import type { ReadingLogEntry } from '../core/references/reading-log.js';
import { refreshCitations } from './citations.js';
import type { PortfolioDatabase } from './database.js';
import { touchCandidateWork } from './portfolios.js';
import { UserFacingError } from '../core/failure/failure.js';

export async function readingLogOf(db: PortfolioDatabase, portfolioId: string): Promise<ReadingLogEntry[]> {
  return db.readingLog.where('portfolioId').equals(portfolioId).toArray();
}

export async function addReadingLogEntry(
  db: PortfolioDatabase,
  portfolioId: string,
  details: ReadingLogDetails,
  now = Date.now(),
): Promise<string> {
  const checked = check(details);
  const id = crypto.randomUUID();
  await db.transaction('rw', db.readingLog, db.portfolios, async () => {
    await db.readingLog.add({ ...checked, id, portfolioId, createdAt: now, updatedAt: now });
    await touchCandidateWork(db, portfolioId, now);
  });
  return id;
}

export async function updateReadingLogEntry(
  db: PortfolioDatabase,
  id: string,
  details: ReadingLogDetails,
  now = Date.now(),
): Promise<void> {
  const checked = check(details);
  await db.transaction('rw', db.readingLog, db.portfolios, async () => {
    const entry = await db.readingLog.get(id);
    if (entry === undefined) throw new UserFacingError('This reading-log entry no longer exists.');
    await db.readingLog.update(id, { ...checked, updatedAt: now });
    await touchCandidateWork(db, entry.portfolioId, now);
  });
  const entry = await db.readingLog.get(id);
  if (entry !== undefined) await refreshCitations(db, entry.portfolioId);
}

function check(details: ReadingLogDetails): ReadingLogDetails {
  const result = checkReadingLogDetails(details);
  if (!result.ok) throw new UserFacingError(result.problem);
  return result.value;
}
