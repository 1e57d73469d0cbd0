import { countDocumentWords } from '../core/counting/count-document.js';
import type { RichTextNode } from '../core/document/rich-text.js';
import { checkVersionName, isWhileWritingVersionDue, sameDocument, versionsToThinOut, type SectionVersion, type VersionReason } from '../core/history/section-versions.js';
import type { Section } from '../core/portfolio/portfolio.js';
import type { PortfolioDatabase } from './database.js';

/** A section's kept versions, newest first. */
export async function versionsOfSection(db: PortfolioDatabase, sectionId: string): Promise<SectionVersion[]> {
  const versions = await db.sectionVersions.where('sectionId').equals(sectionId).toArray();
  return versions.sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * Keeps `document` as a version of the section, unless it is the same as the newest kept
 * (a named version is always kept), then thins the section's old versions. Returns the id of
 * the version that holds this text. Call it inside a transaction over `db.sectionVersions`.
 */
export async function keepVersion(db: PortfolioDatabase, section: Pick<Section, 'id' | 'portfolioId'>, document: RichTextNode, reason: VersionReason, now: number, name = ''): Promise<string> {
  const versions = await versionsOfSection(db, section.id);
  const [newest] = versions;
  if (reason !== 'named' && newest !== undefined && sameDocument(newest.document, document)) return newest.id;
  const id = crypto.randomUUID();
  await db.sectionVersions.add({ id, portfolioId: section.portfolioId, sectionId: section.id, reason, name, document, words: countDocumentWords(document), createdAt: now });
  await db.sectionVersions.bulkDelete(versionsToThinOut(versions, now));
  return id;
}

/** While writing: keeps the saved text as a version when the newest is a few minutes old. Inside the save's transaction. */
export async function keepVersionWhileWriting(db: PortfolioDatabase, section: Pick<Section, 'id' | 'portfolioId'>, document: RichTextNode, now: number): Promise<void> {
  const [newest] = await versionsOfSection(db, section.id);
  if (isWhileWritingVersionDue(newest, now)) await keepVersion(db, section, document, 'while-writing', now);
}

/**
 * Before a backup is restored over a portfolio, or feedback is brought in: keeps each of its
 * sections' text as it is now. A mentor's copy keeps none (the writing there is not theirs).
 * Call it inside a transaction over the portfolio, its sections and texts, and `db.sectionVersions`.
 */
export async function keepVersionsOfPortfolio(db: PortfolioDatabase, portfolioId: string, reason: 'before-restore' | 'before-feedback', now: number): Promise<void> {
  const portfolio = await db.portfolios.get(portfolioId);
  if (portfolio === undefined || portfolio.mentorCopy !== undefined) return;
  for (const section of await db.sections.where('portfolioId').equals(portfolioId).toArray()) {
    const content = await db.sectionContents.get(section.id);
    if (content !== undefined) await keepVersion(db, section, content.document, reason, now);
  }
}

/** "Save a version…": the section's saved text, kept under the writer's name for it. */
export async function saveNamedVersion(db: PortfolioDatabase, sectionId: string, typedName: string, now = Date.now()): Promise<void> {
  const checked = checkVersionName(typedName);
  if (!checked.ok) throw new RangeError(checked.problem);
  await db.transaction('rw', db.sections, db.sectionContents, db.sectionVersions, async () => {
    const section = await db.sections.get(sectionId);
    const content = await db.sectionContents.get(sectionId);
    if (section === undefined) throw new RangeError('This section no longer exists.');
    await keepVersion(db, section, content?.document ?? { type: 'doc', content: [{ type: 'paragraph' }] }, 'named', now, checked.name);
  });
}
