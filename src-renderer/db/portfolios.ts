import { checkPortfolioDetails, type DetailsCheck } from '../core/portfolio/portfolio-details.js';
import { planNewPortfolio, type Portfolio, type PortfolioDetails } from '../core/portfolio/portfolio.js';
import { checkPieceSettings, checkProgrammeSettings } from '../core/programme/programme-schema.js';
import type { PieceSettings, ProgrammeSettings, ProgrammeTemplate } from '../core/programme/programme.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';
import { describeTable, PORTFOLIO_TABLE_NAMES } from './tables.js';
import { writingWholePortfolios } from './mentor-copy-guard.js';

export type CreateResult = { readonly ok: true; readonly id: string } | Extract<DetailsCheck, { ok: false }>;

/** Creates a portfolio from a programme template, with its sections and outcomes, all or nothing. */
export async function createPortfolio(
  db: PortfolioDatabase,
  typed: PortfolioDetails,
  template: ProgrammeTemplate,
  now = Date.now(),
): Promise<CreateResult> {
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

export async function renamePortfolio(
  db: PortfolioDatabase,
  id: string,
  title: string,
  now = Date.now(),
): Promise<DetailsCheck> {
  return db.transaction('rw', db.portfolios, async () => {
    const portfolio = await requirePortfolio(db, id);
    const check = checkPortfolioDetails({ ...portfolio, title });
    if (!check.ok) return check;
    // A mentor's copy keeps the time the candidate last edited it; renaming the copy is not an edit of theirs.
    await db.portfolios.update(
      id,
      portfolio.mentorCopy === undefined
        ? { title: check.details.title, updatedAt: now }
        : { title: check.details.title },
    );
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
    if (!portfolio.pieces.some((piece) => piece.id === settings.id))
      return { ok: false as const, problem: 'This piece is no longer in the portfolio.' };
    const pieces = portfolio.pieces.map((piece) => (piece.id === settings.id ? check.value : piece));
    await touchCandidateWork(db, portfolioId, now, { pieces });
    return { ok: true as const };
  });
}

/** Replaces the programme's settings (attendance, study plans, cover page and layout) after checking them. */
export async function updateProgrammeSettings(
  db: PortfolioDatabase,
  portfolioId: string,
  settings: ProgrammeSettings,
): Promise<void> {
  const check = checkProgrammeSettings(settings);
  if (!check.ok) throw new UserFacingError(check.problem);
  await db.transaction('rw', db.portfolios, async () => {
    await db.portfolios.update(portfolioId, { programme: check.value });
  });
}

export async function setAttendedDays(db: PortfolioDatabase, portfolioId: string, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 0 || days > 500)
    throw new UserFacingError('Taught days attended must be a whole number from 0 to 500.');
  await db.transaction('rw', db.portfolios, async () => {
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
    const doomed = await db.portfolios
      .filter((portfolio) => portfolio.deletedAt !== undefined && portfolio.deletedAt < before)
      .primaryKeys();
    if (doomed.length === 0) return 0;
    await deleteEverythingOf(db, doomed, 'for-good');
    return doomed.length;
  });
}

/**
 * Deletes these portfolios and every record of theirs: `for-good`, or `replacing` them (by a
 * restore or a newer share), which keeps their sections' histories. Call it inside a transaction
 * over `db.portfolioTables`, which it marks as one that writes portfolios whole.
 */
export async function deleteEverythingOf(
  db: PortfolioDatabase,
  portfolioIds: readonly string[],
  how: 'for-good' | 'replacing',
): Promise<void> {
  writingWholePortfolios();
  const ids = [...portfolioIds];
  const keysOf = {
    sections: await db.sections.where('portfolioId').anyOf(ids).primaryKeys(),
    evidence: await db.evidence.where('portfolioId').anyOf(ids).primaryKeys(),
  };
  for (const name of PORTFOLIO_TABLE_NAMES) {
    const { portfolioOf, outlivesReplacing } = describeTable(name);
    if (how === 'replacing' && outlivesReplacing === true) continue;
    const table = db.table(name);
    if ('parent' in portfolioOf) await table.bulkDelete(keysOf[portfolioOf.parent]);
    else if (portfolioOf.field === 'id') await table.bulkDelete(ids);
    else await table.where('portfolioId').anyOf(ids).delete();
  }
}

/**
 * Marks the candidate's work as edited now, with any other change to the portfolio. Call it
 * inside the write's transaction; in a mentor's copy the guard refuses the write (db/mentor-copy-guard.ts).
 */
export async function touchCandidateWork(
  db: PortfolioDatabase,
  portfolioId: string,
  now: number,
  changes: Partial<Pick<Portfolio, 'pieces'>> = {},
): Promise<void> {
  await db.portfolios.update(portfolioId, { ...changes, updatedAt: now });
}

export async function requirePortfolio(db: PortfolioDatabase, id: string): Promise<Portfolio> {
  const portfolio = await db.portfolios.get(id);
  if (portfolio === undefined) throw new UserFacingError('This portfolio no longer exists.');
  return portfolio;
}
