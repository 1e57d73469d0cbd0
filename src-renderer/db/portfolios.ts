import { checkPortfolioDetails, type DetailsCheck } from '../core/portfolio/portfolio-details.js';
import { planNewPortfolio, type Portfolio, type PortfolioDetails } from '../core/portfolio/portfolio.js';
import { checkPieceSettings, checkProgrammeSettings } from '../core/programme/programme-schema.js';
import type { PieceSettings, ProgrammeSettings, ProgrammeTemplate } from '../core/programme/programme.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

export type CreateResult = { readonly ok: true; readonly id: string } | Extract<DetailsCheck, { ok: false }>;

/** Creates a portfolio from a programme template, with its sections and outcomes, all or nothing. */
export async function createPortfolio(db: PortfolioDatabase, typed: PortfolioDetails, template: ProgrammeTemplate, now = Date.now()): Promise<CreateResult> {
  const check = checkPortfolioDetails(typed);
  if (!check.ok) return check;
  const { portfolio, sections, outcomes } = planNewPortfolio(check.details, template, () => crypto.randomUUID(), now);
  await db.transaction('rw', db.portfolios, db.sections, db.outcomes, async () => {
    await db.portfolios.add(portfolio);
    await db.sections.bulkAdd([...sections]);
    await db.outcomes.bulkAdd([...outcomes]);
  });
  return { ok: true, id: portfolio.id };
}

/** Portfolios not deleted, most recently edited first. */
export async function listPortfolios(db: PortfolioDatabase): Promise<Portfolio[]> {
  const all = await db.portfolios.orderBy('updatedAt').reverse().toArray();
  return all.filter((portfolio) => portfolio.deletedAt === undefined);
}

/** Portfolios deleted this session, which can still be restored, latest deleted first. */
export async function listDeletedPortfolios(db: PortfolioDatabase): Promise<Portfolio[]> {
  const deleted = await db.portfolios.filter((portfolio) => portfolio.deletedAt !== undefined).toArray();
  return deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

export async function renamePortfolio(db: PortfolioDatabase, id: string, title: string, now = Date.now()): Promise<DetailsCheck> {
  return db.transaction('rw', db.portfolios, async () => {
    const portfolio = await requirePortfolio(db, id);
    const check = checkPortfolioDetails({ ...portfolio, title });
    if (!check.ok) return check;
    await db.portfolios.update(id, { title: check.details.title, updatedAt: now });
    return check;
  });
}

/**
 * Replaces one assessment piece's settings after checking them. A refused edit changes
 * nothing; an accepted one is one write, so the portfolio is never half-changed.
 */
export async function updatePieceSettings(
  db: PortfolioDatabase,
  portfolioId: string,
  settings: PieceSettings,
  now = Date.now(),
): Promise<{ readonly ok: true } | { readonly ok: false; readonly problem: string }> {
  const check = checkPieceSettings(settings);
  if (!check.ok) return check;
  return db.transaction('rw', db.portfolios, async () => {
    const portfolio = await requirePortfolio(db, portfolioId);
    if (!portfolio.pieces.some((piece) => piece.id === settings.id)) return { ok: false as const, problem: 'This piece is no longer in the portfolio.' };
    const pieces = portfolio.pieces.map((piece) => (piece.id === settings.id ? check.value : piece));
    await touchCandidateWork(db, portfolioId, now, { pieces });
    return { ok: true as const };
  });
}

/** Replaces the programme's settings (attendance, study plans, cover page and layout) after checking them. */
export async function updateProgrammeSettings(db: PortfolioDatabase, portfolioId: string, settings: ProgrammeSettings): Promise<void> {
  const check = checkProgrammeSettings(settings);
  if (!check.ok) throw new UserFacingError(check.problem);
  await db.transaction('rw', db.portfolios, async () => {
    await refuseInMentorCopy(db, portfolioId);
    await db.portfolios.update(portfolioId, { programme: check.value });
  });
}

export async function setAttendedDays(db: PortfolioDatabase, portfolioId: string, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 0 || days > 500) throw new UserFacingError('Taught days attended must be a whole number from 0 to 500.');
  await db.transaction('rw', db.portfolios, async () => {
    await refuseInMentorCopy(db, portfolioId);
    await db.portfolios.update(portfolioId, { attendedDays: days });
  });
}

/**
 * Hides a portfolio and keeps everything in it, so the deletion can be undone
 * until the app next starts (see `purgeDeletedPortfolios`).
 */
export async function deletePortfolio(db: PortfolioDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.portfolios, async () => {
    await requirePortfolio(db, id);
    await db.portfolios.update(id, { deletedAt: now });
  });
}

export async function restorePortfolio(db: PortfolioDatabase, id: string): Promise<void> {
  // Dexie removes a property when it is updated to undefined.
  await db.portfolios.update(id, { deletedAt: undefined });
}

/** Removes for good the portfolios deleted before `before` (the start of this session), with everything in them. */
export async function purgeDeletedPortfolios(db: PortfolioDatabase, before: number): Promise<number> {
  return db.transaction('rw', db.portfolioTables, async () => {
    const doomed = await db.portfolios.filter((portfolio) => portfolio.deletedAt !== undefined && portfolio.deletedAt < before).primaryKeys();
    if (doomed.length === 0) return 0;
    await deleteEverythingOf(db, doomed);
    // A restore keeps the sections' histories when it replaces a portfolio; deleting it for good does not.
    await db.sectionVersions.where('portfolioId').anyOf(doomed).delete();
    return doomed.length;
  });
}

/** Deletes these portfolios and every record of theirs. Call it inside a transaction over `db.portfolioTables`. */
export async function deleteEverythingOf(db: PortfolioDatabase, portfolioIds: readonly string[]): Promise<void> {
  const sectionIds = await db.sections.where('portfolioId').anyOf(portfolioIds).primaryKeys();
  const evidenceIds = await db.evidence.where('portfolioId').anyOf(portfolioIds).primaryKeys();
  await db.sectionContents.bulkDelete(sectionIds);
  await db.sections.bulkDelete(sectionIds);
  await db.evidenceCommentaries.bulkDelete(evidenceIds);
  await db.evidence.bulkDelete(evidenceIds);
  for (const table of [db.outcomes, db.attachments, db.studyLog, db.readingLog, db.mentorHandbooks, db.mentorRecords, db.signOffs, db.pictures, db.sectionComments, db.earlierVersions, db.deletions, db.recentlyDeleted]) await table.where('portfolioId').anyOf(portfolioIds).delete();
  await db.portfolios.bulkDelete([...portfolioIds]);
}

/** What a write to the candidate's work in a mentor copy is refused with. */
export const MENTOR_COPY_IS_READ_ONLY = 'This is a mentor’s copy of a shared portfolio: the candidate’s writing cannot be changed here.';

/**
 * Marks the candidate's work as edited now, with any other change to the portfolio. Call it
 * inside the write's transaction: in a mentor copy it refuses, and the whole write is undone.
 */
export async function touchCandidateWork(db: PortfolioDatabase, portfolioId: string, now: number, changes: Partial<Pick<Portfolio, 'pieces'>> = {}): Promise<void> {
  await refuseInMentorCopy(db, portfolioId);
  await db.portfolios.update(portfolioId, { ...changes, updatedAt: now });
}

/**
 * Refuses a change to the candidate's work in a mentor copy. Call it inside the change's
 * transaction (which must include `db.portfolios`), so a refusal undoes the whole change.
 */
export async function refuseInMentorCopy(db: PortfolioDatabase, portfolioId: string): Promise<void> {
  if ((await db.portfolios.get(portfolioId))?.mentorCopy !== undefined) throw new UserFacingError(MENTOR_COPY_IS_READ_ONLY);
}

export async function requirePortfolio(db: PortfolioDatabase, id: string): Promise<Portfolio> {
  const portfolio = await db.portfolios.get(id);
  if (portfolio === undefined) throw new UserFacingError('This portfolio no longer exists.');
  return portfolio;
}
