import { countDocumentTally } from '../core/counting/count-document.js';
import { sectionsInOrder } from '../core/portfolio/portfolio.js';
import { pictureIdsIn } from '../core/document/rich-text.js';
import {
  fileNameAsWords,
  replaceNameInRecord,
  textOfRecord,
  type TextInPortfolio,
} from '../core/privacy/portfolio-check.js';
import type { PortfolioDatabase } from './database.js';
import { requirePortfolio, touchCandidateWork } from './portfolios.js';
import { keepVersionsOfPortfolio } from './section-versions.js';
import { UserFacingError } from '../core/failure/failure.js';

/**
 * The pupil-data check's reads and writes: every text of a portfolio with its place, and a
 * pseudonym put in place of a name across all of them in one transaction, undoably.
 */

/** Every text the writer keeps in the portfolio, each with the place it is shown: what they wrote, and the names of the files they added. */
export async function textsOfPortfolio(db: PortfolioDatabase, portfolioId: string): Promise<TextInPortfolio[]> {
  const tables = [
    db.portfolios,
    db.sections,
    db.sectionContents,
    db.sectionComments,
    db.evidence,
    db.evidenceCommentaries,
    db.attachments,
    db.pictures,
    db.outcomes,
    db.studyLog,
    db.readingLog,
    db.mentorHandbooks,
    db.mentorRecords,
    db.signOffs,
  ];
  return db.transaction('r', tables, async () => {
    const portfolio = await requirePortfolio(db, portfolioId);
    const texts: TextInPortfolio[] = [];
    const byPortfolio = { portfolioId };
    const comments = await db.sectionComments.where(byPortfolio).toArray();
    const pictures = await db.pictures.where(byPortfolio).toArray();
    const picturesShown = new Set<string>();
    texts.push(
      ...portfolio.pieces.map((piece) => ({
        place: { kind: 'settings' } as const,
        label: `Part: ${piece.title}`,
        text: piece.title,
      })),
    );
    for (const section of sectionsInOrder(portfolio, await db.sections.where(byPortfolio).toArray())) {
      const content = await db.sectionContents.get(section.id);
      const onIt = comments.filter((comment) => comment.sectionId === section.id);
      const place = { kind: 'section', sectionId: section.id } as const;
      // Title, text and comments apart, so what is shown around a finding is from one of them.
      for (const part of [{ title: section.title }, { document: content?.document }, { comments: onIt }])
        texts.push({ place, label: section.title, text: textOfRecord(part) });
      const shown = new Set(content === undefined ? [] : pictureIdsIn(content.document));
      for (const picture of pictures.filter((one) => shown.has(one.id))) {
        picturesShown.add(picture.id);
        texts.push({ place, label: `${section.title}: a picture’s file name`, text: fileNameAsWords(picture.name) });
      }
    }
    // A picture taken out of the text still travels in backups and shared files.
    for (const picture of pictures.filter((one) => !picturesShown.has(one.id)))
      texts.push({
        place: { kind: 'overview' },
        label: 'A picture no longer in the text: its file name',
        text: fileNameAsWords(picture.name),
      });
    for (const item of await db.evidence.where(byPortfolio).sortBy('position')) {
      const commentary = await db.evidenceCommentaries.get(item.id);
      const place = { kind: 'evidence', evidenceId: item.id } as const;
      for (const part of [item, { commentary }])
        texts.push({ place, label: `Evidence: ${item.title}`, text: textOfRecord(part) });
      for (const attachment of await db.attachments.where('evidenceId').equals(item.id).toArray())
        texts.push({ place, label: `Evidence: ${item.title}: a file’s name`, text: fileNameAsWords(attachment.name) });
    }
    for (const outcome of await db.outcomes.where(byPortfolio).toArray())
      texts.push({
        place: { kind: 'outcomes' },
        label: `Outcome ${outcome.code}`,
        text: textOfRecord({ title: outcome.title, description: outcome.description }),
      });
    for (const entry of await db.studyLog.where(byPortfolio).toArray())
      texts.push({ place: { kind: 'overview' }, label: `Study log, ${entry.date}`, text: entry.note });
    for (const entry of await db.readingLog.where(byPortfolio).toArray()) {
      texts.push({
        place: { kind: 'reading-entry', entryId: entry.id },
        label: `Reading log: ${entry.reference.title === '' ? 'an entry' : entry.reference.title}`,
        text: textOfRecord(entry),
      });
    }
    const handbook = await db.mentorHandbooks.get(portfolioId);
    const records = await db.mentorRecords.where(byPortfolio).toArray();
    const signOffs = await db.signOffs.where(byPortfolio).toArray();
    texts.push({
      place: { kind: 'mentor' },
      label: 'Mentor handbook',
      text: textOfRecord({ handbook, records, signOffs }),
    });
    return texts.filter((text) => text.text.trim() !== '');
  });
}

/** The family names of everyone the reading log cites, authors and editors: the people read are never flagged. */
export async function authorsInReadingLog(db: PortfolioDatabase, portfolioId: string): Promise<string[]> {
  const entries = await db.readingLog.where('portfolioId').equals(portfolioId).toArray();
  return entries.flatMap(({ reference }) =>
    [...(reference.authors.kind === 'people' ? reference.authors.people : []), ...reference.editors].map(
      (person) => person.family,
    ),
  );
}

/** A table's rows, by the table's name. */
export interface TableRows {
  readonly table: string;
  readonly rows: readonly object[];
}

/** What a replacement changed: every row as it was, and as the replacement left it, for undo. */
export interface Replacement {
  readonly replaced: number;
  readonly before: readonly TableRows[];
  readonly after: readonly TableRows[];
}

/**
 * Puts `pseudonym` in place of `name` everywhere in the portfolio's writing, in one transaction,
 * recounting the words of each text it changes; each section's text as it was is kept in its
 * history first. Refused in a mentor's copy.
 */
export async function replaceNameEverywhere(
  db: PortfolioDatabase,
  portfolioId: string,
  name: string,
  pseudonym: string,
  now = Date.now(),
): Promise<Replacement> {
  if (name.trim() === '' || pseudonym.trim() === '')
    throw new UserFacingError('Choose a pseudonym for this name first.');
  try {
    return await replaceInTransaction(db, portfolioId, name, pseudonym, now);
  } catch (error) {
    if (error === NOT_WRITTEN_ANYWHERE) return { replaced: 0, before: [], after: [] };
    throw error;
  }
}

/** Thrown to undo the versions kept and the edit mark when the name is nowhere: nothing changed. */
const NOT_WRITTEN_ANYWHERE = new Error('The name is not written anywhere in this portfolio.');

async function replaceInTransaction(
  db: PortfolioDatabase,
  portfolioId: string,
  name: string,
  pseudonym: string,
  now: number,
): Promise<Replacement> {
  const tables = [
    db.sections,
    db.sectionContents,
    db.sectionComments,
    db.evidence,
    db.evidenceCommentaries,
    db.readingLog,
    db.mentorHandbooks,
    db.mentorRecords,
    db.signOffs,
  ];
  return db.transaction('rw', [db.portfolios, db.sectionVersions, ...tables], async () => {
    await touchCandidateWork(db, portfolioId, now);
    await keepVersionsOfPortfolio(db, portfolioId, 'before-pseudonym', now);
    const sectionIds = await db.sections.where('portfolioId').equals(portfolioId).primaryKeys();
    const evidenceIds = await db.evidence.where('portfolioId').equals(portfolioId).primaryKeys();
    const before: { table: string; rows: object[] }[] = [];
    let replaced = 0;
    const replaceIn = async <T extends object>(
      table: { readonly name: string; bulkPut: (rows: readonly T[]) => Promise<unknown> },
      rows: readonly T[],
      afterwards?: (row: T) => Promise<void>,
    ) => {
      const changed: T[] = [];
      const originals: T[] = [];
      for (const row of rows) {
        const result = replaceNameInRecord(row, name, pseudonym);
        if (result.replaced === 0) continue;
        replaced += result.replaced;
        changed.push(result.record);
        originals.push(row);
      }
      if (changed.length === 0) return;
      before.push({ table: table.name, rows: originals });
      await table.bulkPut(changed);
      for (const row of changed) await afterwards?.(row);
    };
    // The counts follow the text: sections' and evidence rows are kept as they were for undo before they are recounted.
    const recountedSections: object[] = [];
    const recountedEvidence: object[] = [];
    await replaceIn(
      db.sectionContents,
      await db.sectionContents.bulkGet(sectionIds).then((rows) => rows.filter((row) => row !== undefined)),
      async (content) => {
        const section = await db.sections.get(content.sectionId);
        if (section === undefined) return;
        recountedSections.push(section);
        await db.sections.update(section.id, { words: countDocumentTally(content.document), updatedAt: now });
      },
    );
    await replaceIn(
      db.evidenceCommentaries,
      await db.evidenceCommentaries.bulkGet(evidenceIds).then((rows) => rows.filter((row) => row !== undefined)),
      async (commentary) => {
        const item = await db.evidence.get(commentary.evidenceId);
        if (item === undefined) return;
        recountedEvidence.push(item);
        await db.evidence.update(item.id, { commentaryWords: countDocumentTally(commentary.document), updatedAt: now });
      },
    );
    if (recountedSections.length > 0) before.push({ table: db.sections.name, rows: recountedSections });
    if (recountedEvidence.length > 0) before.push({ table: db.evidence.name, rows: recountedEvidence });
    await replaceIn(db.sections, await db.sections.where('portfolioId').equals(portfolioId).toArray());
    await replaceIn(db.evidence, await db.evidence.where('portfolioId').equals(portfolioId).toArray());
    await replaceIn(db.sectionComments, await db.sectionComments.where('portfolioId').equals(portfolioId).toArray());
    await replaceIn(db.readingLog, await db.readingLog.where('portfolioId').equals(portfolioId).toArray());
    await replaceIn(db.mentorHandbooks, await db.mentorHandbooks.where('portfolioId').equals(portfolioId).toArray());
    await replaceIn(db.mentorRecords, await db.mentorRecords.where('portfolioId').equals(portfolioId).toArray());
    await replaceIn(db.signOffs, await db.signOffs.where('portfolioId').equals(portfolioId).toArray());
    if (replaced === 0) throw NOT_WRITTEN_ANYWHERE;
    return { replaced, before, after: await rowsNow(db, before) };
  });
}

/** The rows with the same keys as `rows`, as they are now. */
async function rowsNow(db: PortfolioDatabase, rows: readonly TableRows[]): Promise<TableRows[]> {
  return Promise.all(
    rows.map(async ({ table }) => {
      const keyPath = db.table(table).schema.primKey.keyPath as string;
      const keys = [
        ...new Set(
          rows
            .filter((other) => other.table === table)
            .flatMap((other) => other.rows.map((row) => (row as Record<string, string>)[keyPath] ?? '')),
        ),
      ];
      return { table, rows: (await db.table(table).bulkGet(keys)).filter((row): row is object => row !== undefined) };
    }),
  );
}

/**
 * Undoes a replacement: every row it changed goes back as it was (for a row changed twice, the
 * older copy is put last, so it wins). Refused, changing nothing, when anything it changed has
 * been edited since: undoing would lose that edit.
 */
export async function undoReplaceName(
  db: PortfolioDatabase,
  portfolioId: string,
  replacement: Replacement,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.portfolios, ...replacement.before.map(({ table }) => db.table(table))], async () => {
    const current = await rowsNow(db, replacement.after);
    if (JSON.stringify(current) !== JSON.stringify(replacement.after)) {
      throw new UserFacingError(
        'Part of the portfolio has been changed since the name was replaced, so it cannot be undone all at once. The text as it was before is kept in each section’s History.',
      );
    }
    await touchCandidateWork(db, portfolioId, now);
    for (const { table, rows } of [...replacement.before].reverse()) await db.table(table).bulkPut([...rows]);
  });
}
