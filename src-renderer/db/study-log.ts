import type { StudyLogEntry } from '../core/portfolio/progress.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

export async function studyLogOf(db: PortfolioDatabase, portfolioId: string): Promise<StudyLogEntry[]> {
  const entries = await db.studyLog.where('portfolioId').equals(portfolioId).toArray();
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

export async function logStudy(
  db: PortfolioDatabase,
  portfolioId: string,
  entry: Pick<StudyLogEntry, 'date' | 'hours' | 'note'>,
): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) throw new UserFacingError('Give the date you studied.');
  if (!Number.isFinite(entry.hours) || entry.hours <= 0 || entry.hours > 24)
    throw new UserFacingError('Hours must be more than 0 and at most 24.');
  await db.transaction('rw', db.portfolios, db.studyLog, async () => {
    await db.studyLog.add({
      id: crypto.randomUUID(),
      portfolioId,
      date: entry.date,
      hours: Math.round(entry.hours * 4) / 4,
      note: entry.note.trim().slice(0, 500),
    });
  });
}

export async function removeStudyEntry(db: PortfolioDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.portfolios, db.studyLog, async () => {
    const entry = await db.studyLog.get(id);
    if (entry === undefined) return;
    await db.studyLog.delete(id);
  });
}
