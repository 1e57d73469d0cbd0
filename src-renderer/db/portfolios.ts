import type { RichTextNode } from '../core/document/rich-text.js';
import { countDocumentWords } from '../core/counting/count-document.js';
import { checkPortfolioDetails, type DetailsCheck } from '../core/portfolio/portfolio-details.js';
import { planNewPortfolio, type Portfolio, type PortfolioDetails, type Section } from '../core/portfolio/portfolio.js';
import type { PortfolioDatabase } from './database.js';

export type CreateResult = { readonly ok: true; readonly id: string } | Extract<DetailsCheck, { ok: false }>;

/** Creates a portfolio with its parts and empty sections, all or nothing. */
export async function createPortfolio(db: PortfolioDatabase, typed: PortfolioDetails, now = Date.now()): Promise<CreateResult> {
  const check = checkPortfolioDetails(typed);
  if (!check.ok) return check;
  const { portfolio, sections } = planNewPortfolio(check.details, () => crypto.randomUUID(), now);
  await db.transaction('rw', db.portfolios, db.sections, async () => {
    await db.portfolios.add(portfolio);
    await db.sections.bulkAdd([...sections]);
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

/** Removes for good the portfolios deleted before `before` (the start of this session). */
export async function purgeDeletedPortfolios(db: PortfolioDatabase, before: number): Promise<number> {
  return db.transaction('rw', db.portfolios, db.sections, db.sectionContents, async () => {
    const doomed = await db.portfolios.filter((portfolio) => portfolio.deletedAt !== undefined && portfolio.deletedAt < before).primaryKeys();
    if (doomed.length === 0) return 0;
    const sectionIds = await db.sections.where('portfolioId').anyOf(doomed).primaryKeys();
    await db.sectionContents.bulkDelete(sectionIds);
    await db.sections.bulkDelete(sectionIds);
    await db.portfolios.bulkDelete(doomed);
    return doomed.length;
  });
}

export async function sectionsOfPortfolio(db: PortfolioDatabase, portfolioId: string): Promise<Section[]> {
  const sections = await db.sections.where('portfolioId').equals(portfolioId).toArray();
  return sections.sort((a, b) => a.position - b.position);
}

export async function loadSectionDocument(db: PortfolioDatabase, sectionId: string): Promise<RichTextNode | undefined> {
  return (await db.sectionContents.get(sectionId))?.document;
}

/**
 * Saves a section's text with its word count and marks the portfolio as edited, in one
 * transaction: the counters on screen never disagree with the text they describe.
 */
export async function saveSectionDocument(db: PortfolioDatabase, sectionId: string, document: RichTextNode, now = Date.now()): Promise<number> {
  const wordCount = countDocumentWords(document);
  await db.transaction('rw', db.sections, db.sectionContents, db.portfolios, async () => {
    const section = await db.sections.get(sectionId);
    if (section === undefined) throw new Error('This section no longer exists, so its text could not be saved.');
    await db.sectionContents.put({ sectionId, document });
    await db.sections.update(sectionId, { wordCount, updatedAt: now });
    await db.portfolios.update(section.portfolioId, { updatedAt: now });
  });
  return wordCount;
}

async function requirePortfolio(db: PortfolioDatabase, id: string): Promise<Portfolio> {
  const portfolio = await db.portfolios.get(id);
  if (portfolio === undefined) throw new Error('This portfolio no longer exists.');
  return portfolio;
}
