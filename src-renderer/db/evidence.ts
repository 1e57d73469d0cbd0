import { countDocumentTally } from '../core/counting/count-document.js';
import { NO_WORDS } from '../core/counting/word-tally.js';
import { citedEntryIds, type RichTextNode } from '../core/document/rich-text.js';
import { attachmentProblem, keptAttachment, type EvidenceItem } from '../core/evidence/evidence.js';
import type { KeptFile } from '../core/files/kept-file.js';
import { EVIDENCE_TYPES } from '../core/programme/programme.js';
import type { Attachment, PortfolioDatabase } from './database.js';
import { touchCandidateWork } from './portfolios.js';
import { UserFacingError } from '../core/failure/failure.js';

export type EvidenceDetails = Pick<
  EvidenceItem,
  'title' | 'date' | 'type' | 'context' | 'description' | 'outcomeIds' | 'wordsOverride'
>;

export async function evidenceOfPortfolio(db: PortfolioDatabase, portfolioId: string): Promise<EvidenceItem[]> {
  const items = await db.evidence.where('portfolioId').equals(portfolioId).toArray();
  return items.sort((a, b) => a.position - b.position);
}

export async function createEvidence(
  db: PortfolioDatabase,
  portfolioId: string,
  pieceId: string,
  details: EvidenceDetails,
  now = Date.now(),
): Promise<string> {
  const clean = checkEvidence(details);
  return db.transaction('rw', db.evidence, db.portfolios, async () => {
    const last = Math.max(-1, ...(await evidenceOfPortfolio(db, portfolioId)).map((item) => item.position));
    const id = crypto.randomUUID();
    await db.evidence.add({
      ...clean,
      id,
      portfolioId,
      pieceId,
      commentaryWords: NO_WORDS,
      citedEntryIds: [],
      position: last + 1,
      createdAt: now,
      updatedAt: now,
    });
    await touchCandidateWork(db, portfolioId, now);
    return id;
  });
}

export async function updateEvidence(
  db: PortfolioDatabase,
  id: string,
  details: EvidenceDetails,
  now = Date.now(),
): Promise<void> {
  const clean = checkEvidence(details);
  await db.transaction('rw', db.evidence, db.portfolios, async () => {
    const item = await db.evidence.get(id);
    if (item === undefined) throw new UserFacingError('This evidence no longer exists.');
    await db.evidence.update(id, { ...clean, updatedAt: now });
    await touchCandidateWork(db, item.portfolioId, now);
  });
}

export async function loadEvidenceCommentary(
  db: PortfolioDatabase,
  evidenceId: string,
): Promise<RichTextNode | undefined> {
  return (await db.evidenceCommentaries.get(evidenceId))?.document;
}

/** Saves a commentary with its word counts, like a section's text. */
export async function saveEvidenceCommentary(
  db: PortfolioDatabase,
  evidenceId: string,
  document: RichTextNode,
  now = Date.now(),
): Promise<void> {
  const commentaryWords = countDocumentTally(document);
  const cited = citedEntryIds(document);
  await db.transaction('rw', db.evidence, db.evidenceCommentaries, db.portfolios, async () => {
    const item = await db.evidence.get(evidenceId);
    if (item === undefined)
      throw new UserFacingError('This evidence no longer exists, so its commentary could not be saved.');
    await db.evidenceCommentaries.put({ evidenceId, document });
    await db.evidence.update(evidenceId, { commentaryWords, citedEntryIds: cited, updatedAt: now });
    await touchCandidateWork(db, item.portfolioId, now);
  });
}

export async function attachmentsOf(db: PortfolioDatabase, evidenceId: string): Promise<Attachment[]> {
  const attachments = await db.attachments.where('evidenceId').equals(evidenceId).toArray();
  return attachments.sort((a, b) => a.createdAt - b.createdAt);
}

/** Attaches files to an item of evidence, pictures without their metadata: all of them, or none with the reason. */
export async function attachFiles(
  db: PortfolioDatabase,
  evidenceId: string,
  files: readonly { name: string; type: string; size: number; data: Blob }[],
  now = Date.now(),
): Promise<void> {
  // Sizes first, from what the browser says, before reading anything large.
  for (const file of files) {
    const problem = attachmentProblem(file.name, file.type, file.size);
    if (problem !== undefined) throw new UserFacingError(problem);
  }
  const kept: KeptFile[] = [];
  for (const file of files) {
    const checked = keptAttachment(file.name, file.type, new Uint8Array(await file.data.arrayBuffer()));
    if (!checked.ok) throw new UserFacingError(checked.problem);
    kept.push(checked.file);
  }
  await db.transaction('rw', db.portfolios, db.evidence, db.attachments, async () => {
    const item = await db.evidence.get(evidenceId);
    if (item === undefined) throw new UserFacingError('This evidence no longer exists.');
    await db.attachments.bulkAdd(
      kept.map(({ name, mediaType, bytes }, index) => ({
        id: crypto.randomUUID(),
        evidenceId,
        portfolioId: item.portfolioId,
        name,
        mediaType,
        size: bytes.length,
        data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
        createdAt: now + index,
      })),
    );
  });
}

export async function removeAttachment(db: PortfolioDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.portfolios, db.attachments, async () => {
    const attachment = await db.attachments.get(id);
    if (attachment === undefined) return;
    await db.attachments.delete(id);
  });
}

function checkEvidence(details: EvidenceDetails): EvidenceDetails {
  const title = details.title.replace(/\s+/gu, ' ').trim();
  if (title === '') throw new UserFacingError('Give the evidence a title.');
  if (title.length > 200) throw new UserFacingError('Keep the title under 200 characters.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(details.date)) throw new UserFacingError('Give the date the evidence comes from.');
  if (!(EVIDENCE_TYPES as readonly string[]).includes(details.type))
    throw new UserFacingError('Choose what kind of evidence this is.');
  const words = details.wordsOverride;
  if (words !== null && (!Number.isInteger(words) || words < 0 || words > 10_000))
    throw new UserFacingError('Words this counts as must be a whole number from 0 to 10,000.');
  return {
    title,
    date: details.date,
    type: details.type,
    context: details.context.trim().slice(0, 2000),
    description: details.description.trim().slice(0, 5000),
    outcomeIds: [...new Set(details.outcomeIds)],
    wordsOverride: words,
  };
}
