import { pictureIdsIn, type RichTextNode } from '../core/document/rich-text.js';
import type { AttachedFile, PortfolioRecords } from '../core/submission/assemble.js';
import type { PortfolioDatabase } from './database.js';
import { picturesByIds } from './pictures.js';

/**
 * Everything one portfolio holds, read in one transaction so an export sees a single moment
 * of it; attachments and the pictures in the texts come back as bytes. Undefined when the portfolio is gone.
 */
export async function portfolioRecords(
  db: PortfolioDatabase,
  portfolioId: string,
): Promise<PortfolioRecords | undefined> {
  const read = await db.transaction('r', db.portfolioTables, async () => {
    const portfolio = await db.portfolios.get(portfolioId);
    if (portfolio === undefined) return undefined;
    const sections = await db.sections.where('portfolioId').equals(portfolioId).toArray();
    const evidence = await db.evidence.where('portfolioId').equals(portfolioId).toArray();
    const [contents, commentaries, attachments, outcomes, readingLog, handbook, mentorRecords, signOffs] =
      await Promise.all([
        db.sectionContents.bulkGet(sections.map((section) => section.id)),
        db.evidenceCommentaries.bulkGet(evidence.map((item) => item.id)),
        db.attachments.where('portfolioId').equals(portfolioId).toArray(),
        db.outcomes.where('portfolioId').equals(portfolioId).toArray(),
        db.readingLog.where('portfolioId').equals(portfolioId).toArray(),
        db.mentorHandbooks.get(portfolioId),
        db.mentorRecords.where('portfolioId').equals(portfolioId).toArray(),
        db.signOffs.where('portfolioId').equals(portfolioId).toArray(),
      ]);
    return {
      portfolio,
      sections,
      evidence,
      contents,
      commentaries,
      attachments,
      outcomes,
      readingLog,
      handbook,
      mentorRecords,
      signOffs,
    };
  });
  if (read === undefined) return undefined;
  // Blobs are read after the transaction: reading them does not need it, and would end it early.
  const files = new Map<string, AttachedFile[]>();
  for (const attachment of [...read.attachments].sort((a, b) => a.createdAt - b.createdAt)) {
    const bytes = new Uint8Array(await attachment.data.arrayBuffer());
    files.set(attachment.evidenceId, [
      ...(files.get(attachment.evidenceId) ?? []),
      { name: attachment.name, mediaType: attachment.mediaType, bytes },
    ]);
  }
  const documents = new Map<string, RichTextNode>();
  for (const content of read.contents) if (content !== undefined) documents.set(content.sectionId, content.document);
  const commentaries = new Map<string, RichTextNode>();
  for (const commentary of read.commentaries)
    if (commentary !== undefined) commentaries.set(commentary.evidenceId, commentary.document);
  const pictures = await picturesByIds(db, [...documents.values(), ...commentaries.values()].flatMap(pictureIdsIn));
  return {
    portfolio: read.portfolio,
    sections: read.sections,
    documents,
    evidence: read.evidence,
    commentaries,
    attachments: files,
    outcomes: read.outcomes,
    readingLog: read.readingLog,
    handbook: read.handbook,
    mentorRecords: read.mentorRecords,
    signOffs: read.signOffs,
    pictures,
  };
}
