import { countDocumentTally } from '../core/counting/count-document.js';
import { NO_WORDS } from '../core/counting/word-tally.js';
import { citedEntryIds, type RichTextNode } from '../core/document/rich-text.js';
import type { Section } from '../core/portfolio/portfolio.js';
import type { SectionRole } from '../core/programme/programme.js';
import type { PortfolioDatabase } from './database.js';
import { requirePortfolio, touchCandidateWork } from './portfolios.js';
import { swapWithNeighbour } from './reorder.js';
import { keepVersion, keepVersionWhileWriting } from './section-versions.js';
import { UserFacingError } from '../core/failure/failure.js';

export async function sectionsOfPortfolio(db: PortfolioDatabase, portfolioId: string): Promise<Section[]> {
  const sections = await db.sections.where('portfolioId').equals(portfolioId).toArray();
  return sections.sort((a, b) => a.position - b.position);
}

export async function loadSectionDocument(db: PortfolioDatabase, sectionId: string): Promise<RichTextNode | undefined> {
  return (await db.sectionContents.get(sectionId))?.document;
}

/**
 * Saves a section's text with its word counts and marks the portfolio as edited, in one
 * transaction: the counters on screen never disagree with the text they describe.
 */
export async function saveSectionDocument(
  db: PortfolioDatabase,
  sectionId: string,
  document: RichTextNode,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.sections, db.sectionContents, db.portfolios, db.sectionVersions, async () => {
    const section = await db.sections.get(sectionId);
    if (section === undefined)
      throw new UserFacingError('This section no longer exists, so its text could not be saved.');
    await keepVersionWhileWriting(db, section, now);
    await writeSectionDocument(db, section, document, now);
  });
}

/** Writes a section's text and its counts. Inside a transaction over the sections, their texts and the portfolios. */
async function writeSectionDocument(
  db: PortfolioDatabase,
  section: Section,
  document: RichTextNode,
  now: number,
): Promise<void> {
  await db.sectionContents.put({ sectionId: section.id, document });
  await db.sections.update(section.id, {
    words: countDocumentTally(document),
    citedEntryIds: citedEntryIds(document),
    updatedAt: now,
  });
  await touchCandidateWork(db, section.portfolioId, now);
}

/**
 * Puts an earlier version's text back in its section, keeping the text as it is now as a
 * version first: going back can itself be undone, by going back to that one.
 * Returns the id of the version kept just before.
 */
export async function goBackToVersion(
  db: PortfolioDatabase,
  versionId: string,
  now = Date.now(),
): Promise<string | undefined> {
  return db.transaction('rw', db.sections, db.sectionContents, db.portfolios, db.sectionVersions, async () => {
    const version = await db.sectionVersions.get(versionId);
    const section = version === undefined ? undefined : await db.sections.get(version.sectionId);
    if (version === undefined || section === undefined)
      throw new UserFacingError('That version, or its section, is no longer here.');
    const current = await db.sectionContents.get(section.id);
    const kept =
      current === undefined ? undefined : await keepVersion(db, section, current.document, 'before-going-back', now);
    await writeSectionDocument(db, section, version.document, now);
    return kept;
  });
}

/** Adds an empty section at the end of a piece. */
export async function addSection(
  db: PortfolioDatabase,
  portfolioId: string,
  pieceId: string,
  title: string,
  role: SectionRole = 'body',
  now = Date.now(),
): Promise<string> {
  const cleanTitle = checkSectionTitle(title);
  return db.transaction('rw', db.portfolios, db.sections, async () => {
    const portfolio = await requirePortfolio(db, portfolioId);
    if (!portfolio.pieces.some((piece) => piece.id === pieceId))
      throw new UserFacingError('This piece is no longer in the portfolio.');
    // Positions order sections within a piece; the piece order comes from the portfolio.
    const last = Math.max(-1, ...(await sectionsOfPortfolio(db, portfolioId)).map((section) => section.position));
    const id = crypto.randomUUID();
    await db.sections.add({
      id,
      portfolioId,
      pieceId,
      title: cleanTitle,
      role,
      counted: true,
      position: last + 1,
      words: NO_WORDS,
      citedEntryIds: [],
      updatedAt: now,
    });
    await touchCandidateWork(db, portfolioId, now);
    return id;
  });
}

export async function updateSection(
  db: PortfolioDatabase,
  sectionId: string,
  change: { title?: string; counted?: boolean; role?: SectionRole },
): Promise<void> {
  const update = { ...change, ...(change.title === undefined ? {} : { title: checkSectionTitle(change.title) }) };
  await db.transaction('rw', db.portfolios, db.sections, async () => {
    const section = await db.sections.get(sectionId);
    if (section === undefined)
      throw new UserFacingError('This section is no longer here, so the change was not saved.');
    await db.sections.update(sectionId, update);
  });
}

/** Swaps a section with its neighbour in the same piece. */
export async function moveSection(db: PortfolioDatabase, sectionId: string, direction: 'up' | 'down'): Promise<void> {
  await db.transaction('rw', db.portfolios, db.sections, async () => {
    const section = await db.sections.get(sectionId);
    if (section === undefined) return;
    const siblings = (await sectionsOfPortfolio(db, section.portfolioId)).filter(
      (other) => other.pieceId === section.pieceId,
    );
    await swapWithNeighbour(db.sections, siblings, sectionId, direction);
  });
}

function checkSectionTitle(title: string): string {
  const clean = title.replace(/\s+/gu, ' ').trim();
  if (clean === '') throw new UserFacingError('Give the section a title.');
  if (clean.length > 200) throw new UserFacingError('Keep the section title under 200 characters.');
  return clean;
}
