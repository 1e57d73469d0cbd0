import { countDocumentWords } from '../core/counting/count-document.js';
import type { RichTextNode } from '../core/document/rich-text.js';
import {
  checkVersionName,
  isWhileWritingVersionDue,
  sameDocument,
  versionsToThinOut,
  type SectionVersion,
  type VersionReason,
} from '../core/history/section-versions.js';
import type { Section } from '../core/portfolio/portfolio.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

/** A section's newest version: read by index, since every save asks. */
async function newestVersionOf(db: PortfolioDatabase, sectionId: string): Promise<SectionVersion | undefined> {
  return db.sectionVersions
    .where('[sectionId+createdAt]')
    .between([sectionId, -Infinity], [sectionId, Infinity], true, true)
    .last();
}

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
export async function keepVersion(
  db: PortfolioDatabase,
  section: Pick<Section, 'id' | 'portfolioId'>,
  document: RichTextNode,
  reason: VersionReason,
  now: number,
  name = '',
): Promise<string> {
  const newest = await newestVersionOf(db, section.id);
  if (reason !== 'named' && newest !== undefined && sameDocument(newest.document, document)) return newest.id;
  const id = crypto.randomUUID();
  const versions = await versionsOfSection(db, section.id);
  await db.sectionVersions.add({
    id,
    portfolioId: section.portfolioId,
    sectionId: section.id,
    reason,
    name,
    document,
    words: countDocumentWords(document),
    createdAt: now,
  });
  await db.sectionVersions.bulkDelete(versionsToThinOut(versions, now));
  return id;
}

/**
 * While writing: when the newest version is a few minutes old, keeps the text as it was saved
 * just before this save. That is the text up to the moment before a slip (everything selected
 * and typed over), which the text after the save would not hold. Inside the save's transaction,
 * before the new text is written.
 */
export async function keepVersionWhileWriting(
  db: PortfolioDatabase,
  section: Pick<Section, 'id' | 'portfolioId'>,
  now: number,
): Promise<void> {
  const stored = await db.sectionContents.get(section.id);
  if (stored === undefined || !isWhileWritingVersionDue(await newestVersionOf(db, section.id), now)) return;
  await keepVersion(db, section, stored.document, 'while-writing', now);
}

/**
 * Before a backup is restored over a portfolio, feedback is brought in or a pseudonym put in: keeps each of its
 * sections' text as it is now. A mentor's copy keeps none (the writing there is not theirs).
 * Call it inside a transaction over the portfolio, its sections and texts, and `db.sectionVersions`.
 */
export async function keepVersionsOfPortfolio(
  db: PortfolioDatabase,
  portfolioId: string,
  reason: 'before-restore' | 'before-feedback' | 'before-pseudonym',
  now: number,
): Promise<void> {
  const portfolio = await db.portfolios.get(portfolioId);
  if (portfolio === undefined || portfolio.mentorCopy !== undefined) return;
  for (const section of await db.sections.where('portfolioId').equals(portfolioId).toArray()) {
    const content = await db.sectionContents.get(section.id);
    if (content !== undefined) await keepVersion(db, section, content.document, reason, now);
  }
}

/** "Save a version…": the section's saved text, kept under the writer's name for it. */
export async function saveNamedVersion(
  db: PortfolioDatabase,
  sectionId: string,
  typedName: string,
  now = Date.now(),
): Promise<void> {
  const checked = checkVersionName(typedName);
  if (!checked.ok) throw new UserFacingError(checked.problem);
  await db.transaction('rw', db.portfolios, db.sections, db.sectionContents, db.sectionVersions, async () => {
    const section = await db.sections.get(sectionId);
    const content = await db.sectionContents.get(sectionId);
    if (section === undefined) throw new UserFacingError('This section no longer exists.');
    await keepVersion(
      db,
      section,
      content?.document ?? { type: 'doc', content: [{ type: 'paragraph' }] },
      'named',
      now,
      checked.name,
    );
  });
}
