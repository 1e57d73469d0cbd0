import type { Table } from 'dexie';
import type { SectionComment } from '../core/comments/section-comment.js';
import { countWords } from '../core/counting/count-words.js';
import { allWords } from '../core/counting/word-tally.js';
import type { EvidenceItem } from '../core/evidence/evidence.js';
import type { SectionVersion } from '../core/history/section-versions.js';
import type { MentorRecord } from '../core/mentor/mentor-handbook.js';
import type { Section, SectionContent } from '../core/portfolio/portfolio.js';
import type { ReadingLogEntry } from '../core/references/reading-log.js';
import { refreshCitations } from './citations.js';
import type { Attachment, EvidenceCommentary, PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

/**
 * What the candidate deletes (a section, an item of evidence, a reading-log entry) is kept here
 * for 30 days with everything that hangs on it (its text, comments, history, commentary, files,
 * the mentor's comments on it), and can be put back whole from "Recently deleted" at any time
 * until then. Nothing is lost by a slip of the mouse, however many things are deleted after it.
 */

export type DeletedKind = 'section' | 'evidence' | 'reading-entry';

/** Every row one deletion took out, by the table it came from. */
export interface DeletedRows {
  readonly sections?: readonly Section[];
  readonly sectionContents?: readonly SectionContent[];
  readonly sectionComments?: readonly SectionComment[];
  readonly sectionVersions?: readonly SectionVersion[];
  readonly evidence?: readonly EvidenceItem[];
  readonly evidenceCommentaries?: readonly EvidenceCommentary[];
  readonly attachments?: readonly Attachment[];
  readonly mentorRecords?: readonly MentorRecord[];
  readonly readingLog?: readonly ReadingLogEntry[];
}

export interface RecentlyDeleted {
  readonly id: string;
  readonly portfolioId: string;
  readonly kind: DeletedKind;
  /** As the candidate knew it: the section's, item's or source's title. */
  readonly title: string;
  /** The words in it, to say what a deletion took. */
  readonly words: number;
  readonly deletedAt: number;
  readonly rows: DeletedRows;
}

export const KEPT_FOR_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The tables a deletion takes rows from, each with the field its rows are found by. */
function binTables(db: PortfolioDatabase): {
  readonly [T in keyof Required<DeletedRows>]: Table<NonNullable<DeletedRows[T]>[number], string>;
} {
  return {
    sections: db.sections,
    sectionContents: db.sectionContents,
    sectionComments: db.sectionComments,
    sectionVersions: db.sectionVersions,
    evidence: db.evidence,
    evidenceCommentaries: db.evidenceCommentaries,
    attachments: db.attachments,
    mentorRecords: db.mentorRecords,
    readingLog: db.readingLog,
  };
}

/** Every table a deletion or a restore writes, for their transactions. */
function binTransactionTables(db: PortfolioDatabase) {
  return [db.portfolios, db.recentlyDeleted, ...Object.values(binTables(db))];
}

/** The words of a section, an item's commentary or a reading-log entry's notes, for "delete … (312 words)?". */
export async function wordsIn(db: PortfolioDatabase, kind: DeletedKind, id: string): Promise<number> {
  switch (kind) {
    case 'section': {
      const section = await db.sections.get(id);
      return section === undefined ? 0 : allWords(section.words);
    }
    case 'evidence': {
      const item = await db.evidence.get(id);
      return item === undefined ? 0 : allWords(item.commentaryWords);
    }
    case 'reading-entry': {
      const entry = await db.readingLog.get(id);
      return entry === undefined
        ? 0
        : countWords([entry.keyPoints, entry.evaluation, entry.links, entry.relevance, entry.change].join('\n'));
    }
  }
}

async function moveToBin(db: PortfolioDatabase, entry: Omit<RecentlyDeleted, 'id'>): Promise<string> {
  const tables = binTables(db);
  for (const [name, rows] of Object.entries(entry.rows) as [
    keyof DeletedRows,
    readonly { id?: string; sectionId?: string; evidenceId?: string }[],
  ][]) {
    const table = tables[name] as Table<unknown, string>;
    const key = table.schema.primKey.keyPath as string;
    await table.bulkDelete(rows.map((row) => (row as Record<string, string>)[key] ?? ''));
  }
  const id = crypto.randomUUID();
  await db.recentlyDeleted.add({ ...entry, id });
  return id;
}

/** Deletes a section, its text, its comments and its history into Recently deleted; gives the entry's id, for Undo. */
export async function deleteSection(db: PortfolioDatabase, sectionId: string, now = Date.now()): Promise<string> {
  return db.transaction('rw', binTransactionTables(db), async () => {
    const section = await db.sections.get(sectionId);
    if (section === undefined) throw new UserFacingError('This section no longer exists.');
    const content = await db.sectionContents.get(sectionId);
    const rows: DeletedRows = {
      sections: [section],
      sectionContents: content === undefined ? [] : [content],
      sectionComments: await db.sectionComments.where('sectionId').equals(sectionId).toArray(),
      sectionVersions: await db.sectionVersions.where('sectionId').equals(sectionId).toArray(),
    };
    return moveToBin(db, {
      portfolioId: section.portfolioId,
      kind: 'section',
      title: section.title,
      words: allWords(section.words),
      deletedAt: now,
      rows,
    });
  });
}

/** Deletes an item of evidence, its commentary, its files and the mentor's comments on it into Recently deleted. */
export async function deleteEvidence(
  db: PortfolioDatabase,
  evidenceId: string,
  now = Date.now(),
): Promise<string | undefined> {
  return db.transaction('rw', binTransactionTables(db), async () => {
    const item = await db.evidence.get(evidenceId);
    if (item === undefined) return undefined;
    const commentary = await db.evidenceCommentaries.get(evidenceId);
    const rows: DeletedRows = {
      evidence: [item],
      evidenceCommentaries: commentary === undefined ? [] : [commentary],
      attachments: await db.attachments.where('evidenceId').equals(evidenceId).toArray(),
      mentorRecords: await db.mentorRecords.where('evidenceId').equals(evidenceId).toArray(),
    };
    return moveToBin(db, {
      portfolioId: item.portfolioId,
      kind: 'evidence',
      title: item.title,
      words: allWords(item.commentaryWords),
      deletedAt: now,
      rows,
    });
  });
}

/** Deletes a reading-log entry into Recently deleted; citations of it in the texts work again when it is put back. */
export async function deleteReadingLogEntry(
  db: PortfolioDatabase,
  entryId: string,
  now = Date.now(),
): Promise<string | undefined> {
  const words = await wordsIn(db, 'reading-entry', entryId);
  const deleted = await db.transaction('rw', binTransactionTables(db), async () => {
    const entry = await db.readingLog.get(entryId);
    if (entry === undefined) return undefined;
    const title = entry.reference.title === '' ? 'A reading-log entry' : entry.reference.title;
    return {
      portfolioId: entry.portfolioId,
      id: await moveToBin(db, {
        portfolioId: entry.portfolioId,
        kind: 'reading-entry',
        title,
        words,
        deletedAt: now,
        rows: { readingLog: [entry] },
      }),
    };
  });
  // The citations that named it now say so, and name it again when it is put back.
  if (deleted !== undefined) await refreshCitations(db, deleted.portfolioId);
  return deleted?.id;
}

/** What is in Recently deleted for a portfolio, the latest first. */
export async function recentlyDeletedOf(db: PortfolioDatabase, portfolioId: string): Promise<RecentlyDeleted[]> {
  const entries = await db.recentlyDeleted.where('portfolioId').equals(portfolioId).toArray();
  return entries.sort((a, b) => b.deletedAt - a.deletedAt);
}

/** Puts a deletion back whole, every row as it was. */
export async function restoreDeleted(db: PortfolioDatabase, id: string): Promise<void> {
  const restored = await db.transaction('rw', binTransactionTables(db), async () => {
    const entry = await db.recentlyDeleted.get(id);
    if (entry === undefined) throw new UserFacingError('This is no longer in Recently deleted.');
    const tables = binTables(db);
    for (const [name, rows] of Object.entries(entry.rows) as [keyof DeletedRows, readonly unknown[]][])
      await (tables[name] as Table<unknown, string>).bulkPut([...rows]);
    await db.recentlyDeleted.delete(id);
    return entry;
  });
  if (restored.kind === 'reading-entry') await refreshCitations(db, restored.portfolioId);
}

export async function deleteForGood(db: PortfolioDatabase, id: string): Promise<void> {
  // With the portfolios, as every write to a portfolio's tables (db/mentor-copy-guard.ts).
  await db.transaction('rw', db.portfolios, db.recentlyDeleted, () => db.recentlyDeleted.delete(id));
}

/** At start: what was deleted more than 30 days ago goes for good. Returns how many. */
export async function purgeRecentlyDeleted(db: PortfolioDatabase, now = Date.now()): Promise<number> {
  // With the portfolios, as every write to a portfolio's tables (db/mentor-copy-guard.ts).
  return db.transaction('rw', db.portfolios, db.recentlyDeleted, () =>
    db.recentlyDeleted
      .where('deletedAt')
      .below(now - KEPT_FOR_DAYS * DAY_MS)
      .delete(),
  );
}

/** The day a deletion goes for good, for the list. */
export function goesForGoodOn(entry: Pick<RecentlyDeleted, 'deletedAt'>): number {
  return entry.deletedAt + KEPT_FOR_DAYS * DAY_MS;
}
