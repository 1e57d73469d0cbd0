import { pictureIdsIn } from '../core/document/rich-text.js';
import type {
  AttachmentEntry,
  FilePurpose,
  FilesByHash,
  PortfolioBundle,
  PortfoliosContents,
  StoredFileEntry,
} from '../core/portfolio-file/bundle.js';
import { copyWithNewIds } from '../core/portfolio-file/copy-with-new-ids.js';
import { hex, type FileCrypto } from '../core/portfolio-file/file-crypto.js';
import { streamPortfolioFile, type WriteOptions } from '../core/portfolio-file/portfolio-file.js';
import type { FileData } from '../core/portfolio-file/byte-source.js';
import { asBlob, blobSink } from './blobs.js';
import type { Portfolio } from '../core/portfolio/portfolio.js';
import type { PortfolioDatabase, SafetyCopy } from './database.js';
import { keepVersionsOfPortfolio } from './section-versions.js';
import { deleteEverythingOf } from './portfolios.js';
import { UserFacingError } from '../core/failure/failure.js';
import { describeTable, PORTFOLIO_TABLE_NAMES } from './tables.js';
import { writingWholePortfolios } from './mentor-copy-guard.js';

/** Every record of one portfolio as a file holds it, and its files' bytes by hash. */
export interface BundleWithFiles {
  readonly bundle: PortfolioBundle;
  readonly files: Map<string, FileData>;
}

/** Reads one portfolio whole, in one transaction, for a file. Undefined when it is gone. */
export async function bundleOf(
  db: PortfolioDatabase,
  portfolioId: string,
  fileCrypto: FileCrypto,
): Promise<BundleWithFiles | undefined> {
  const read = await db.transaction('r', db.portfolioTables, async () => {
    const portfolio = await db.portfolios.get(portfolioId);
    if (portfolio === undefined) return undefined;
    const byPortfolio = { portfolioId };
    const [
      sections,
      outcomes,
      evidence,
      attachments,
      pictures,
      studyLog,
      readingLog,
      mentorHandbook,
      mentorRecords,
      signOffs,
      sectionComments,
      earlierVersions,
      deletions,
    ] = await Promise.all([
      db.sections.where(byPortfolio).toArray(),
      db.outcomes.where(byPortfolio).toArray(),
      db.evidence.where(byPortfolio).toArray(),
      db.attachments.where(byPortfolio).toArray(),
      db.pictures.where(byPortfolio).toArray(),
      db.studyLog.where(byPortfolio).toArray(),
      db.readingLog.where(byPortfolio).toArray(),
      db.mentorHandbooks.get(portfolioId),
      db.mentorRecords.where(byPortfolio).toArray(),
      db.signOffs.where(byPortfolio).toArray(),
      db.sectionComments.where(byPortfolio).toArray(),
      db.earlierVersions.where(byPortfolio).toArray(),
      db.deletions.where(byPortfolio).toArray(),
    ]);
    const [sectionContents, evidenceCommentaries] = await Promise.all([
      db.sectionContents.bulkGet(sections.map((section) => section.id)),
      db.evidenceCommentaries.bulkGet(evidence.map((item) => item.id)),
    ]);
    return {
      portfolio,
      sections,
      outcomes,
      evidence,
      attachments,
      pictures,
      studyLog,
      readingLog,
      mentorHandbook,
      mentorRecords,
      signOffs,
      sectionComments,
      earlierVersions,
      deletions,
      sectionContents,
      evidenceCommentaries,
    };
  });
  if (read === undefined) return undefined;
  // Blobs are read after the transaction: reading them does not need it, and would end it early.
  // Each is read once, to name it by its hash, and kept as the Blob: a file is written from it a piece at a time.
  const files = new Map<string, FileData>();
  const entryOf = async <T extends { readonly data: Blob }>({
    data,
    ...record
  }: T): Promise<Omit<T, 'data'> & { sha256: string }> => {
    const sha256 = hex(await fileCrypto.sha256(new Uint8Array(await data.arrayBuffer())));
    files.set(sha256, data);
    return { ...record, sha256 };
  };
  // A file carries only the pictures its texts show: one left by a deleted section or a removed figure (a pupil's work, perhaps) stays here.
  const shown = new Set(
    [...read.sectionContents, ...read.evidenceCommentaries].flatMap((content) =>
      content === undefined ? [] : pictureIdsIn(content.document),
    ),
  );
  // A file holds portfolios as they are in use: a deletion still waiting to be undone does not travel.
  const portfolio = { ...read.portfolio };
  delete portfolio.deletedAt;
  const bundle: PortfolioBundle = {
    portfolio,
    sections: read.sections,
    sectionContents: read.sectionContents.flatMap((content) => content ?? []),
    outcomes: read.outcomes,
    evidence: read.evidence,
    evidenceCommentaries: read.evidenceCommentaries.flatMap((commentary) => commentary ?? []),
    attachments: await inTurn(read.attachments, (attachment): Promise<AttachmentEntry> => entryOf(attachment)),
    pictures: await inTurn(
      read.pictures.filter((picture) => shown.has(picture.id)),
      (picture): Promise<StoredFileEntry> => entryOf(picture),
    ),
    studyLog: read.studyLog,
    readingLog: read.readingLog,
    mentorHandbook: read.mentorHandbook ?? null,
    mentorRecords: read.mentorRecords,
    signOffs: read.signOffs,
    sectionComments: read.sectionComments,
    earlierVersions: read.earlierVersions,
    deletions: read.deletions,
  };
  return { bundle, files };
}

/** Each of `items` through `work`, one after another: one photo's bytes in memory at a time. */
async function inTurn<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const done: R[] = [];
  for (const item of items) done.push(await work(item));
  return done;
}

/** These portfolios (by default every one not deleted) as the contents of one file. */
export async function portfolioFileContents(
  db: PortfolioDatabase,
  fileCrypto: FileCrypto,
  purpose: FilePurpose,
  portfolioIds?: readonly string[],
): Promise<{ contents: PortfoliosContents; files: Map<string, FileData> }> {
  const ids =
    portfolioIds ?? (await db.portfolios.filter((portfolio) => portfolio.deletedAt === undefined).primaryKeys());
  const bundles: PortfolioBundle[] = [];
  const files = new Map<string, FileData>();
  for (const id of ids) {
    const read = await bundleOf(db, id, fileCrypto);
    if (read === undefined) continue;
    bundles.push(read.bundle);
    for (const [hash, bytes] of read.files) files.set(hash, bytes);
  }
  return { contents: { purpose, portfolios: bundles }, files };
}

/** The portfolios in a file that are already here (by id), which the candidate must choose about. */
export async function portfoliosAlreadyHere(db: PortfolioDatabase, contents: PortfoliosContents): Promise<Portfolio[]> {
  const here = await db.portfolios.bulkGet(contents.portfolios.map((bundle) => bundle.portfolio.id));
  return here.flatMap((portfolio) => portfolio ?? []);
}

/** What to do with a portfolio that is already here: add the file's as a second one, or put it in this one's place. */
export type RestoreChoice = 'keep-both' | 'replace';

export interface RestoreSummary {
  readonly added: number;
  readonly replaced: number;
}

/**
 * Brings a file's portfolios in, all of them or none: one transaction writes everything, and
 * any failure leaves the database exactly as it was. A portfolio already here is replaced
 * only when `choices` says so, after a copy of it is kept in the app (`safetyCopies`); with
 * "keep both" the file's is added beside it under new ids.
 */
export async function restorePortfolios(
  db: PortfolioDatabase,
  opened: { readonly contents: PortfoliosContents; readonly files: FilesByHash },
  choices: ReadonlyMap<string, RestoreChoice>,
  fileCrypto: FileCrypto,
  writeOptions: Omit<WriteOptions, 'passphrase'>,
  now = Date.now(),
): Promise<RestoreSummary> {
  const here = new Map(
    (await portfoliosAlreadyHere(db, opened.contents)).map((portfolio) => [portfolio.id, portfolio]),
  );
  for (const id of here.keys())
    if (!choices.has(id)) throw new UserFacingError('Choose what to do with each portfolio that is already here.');
  // The copies are made before the transaction: making a file takes work IndexedDB cannot wait for.
  const copies: SafetyCopy[] = [];
  for (const [id, portfolio] of here) {
    if (choices.get(id) !== 'replace') continue;
    const contents = await portfolioFileContents(db, fileCrypto, 'backup', [id]);
    const file = blobSink('application/zip');
    await streamPortfolioFile(contents.contents, contents.files, fileCrypto, writeOptions, file.sink);
    copies.push({
      id: crypto.randomUUID(),
      portfolioId: id,
      title: portfolio.title,
      createdAt: now,
      data: file.finish(),
    });
  }
  const bundles = opened.contents.portfolios.map((bundle) =>
    choices.get(bundle.portfolio.id) === 'keep-both'
      ? copyWithNewIds(bundle, () => crypto.randomUUID(), ' (restored copy)')
      : bundle,
  );
  await db.transaction('rw', [...db.portfolioTables, db.safetyCopies], async () => {
    // A restore puts back portfolios whole, mentors' copies too, with their histories.
    writingWholePortfolios();
    for (const [id, portfolio] of here) {
      if (choices.get(id) !== 'replace') continue;
      // Edited since the copy was made (in another window): the copy would not hold the edit.
      if ((await db.portfolios.get(id))?.updatedAt !== portfolio.updatedAt)
        throw new UserFacingError(
          `“${portfolio.title}” changed while it was being restored. Nothing was changed; try again.`,
        );
      // The texts as they were stay in each section's history, beside the safety copy of the whole.
      await keepVersionsOfPortfolio(db, id, 'before-restore', now);
      await deleteEverythingOf(db, [id], 'replacing');
    }
    await db.safetyCopies.bulkAdd(copies);
    for (const bundle of bundles) await addBundle(db, bundle, opened.files);
  });
  const replaced = copies.length;
  return { added: bundles.length - replaced, replaced };
}

/**
 * Adds one portfolio's records and files. Call it inside a transaction over `db.portfolioTables`,
 * which it marks as one that writes portfolios whole (a mentor's copy included).
 */
export async function addBundle(
  db: PortfolioDatabase,
  bundle: PortfolioBundle,
  files: ReadonlyMap<string, FileData>,
): Promise<void> {
  const blobOf = ({ sha256, ...record }: StoredFileEntry) => {
    const data = files.get(sha256);
    if (data === undefined) throw new UserFacingError(`The file is missing “${record.name}”.`);
    return { ...record, data: asBlob(data, record.mediaType) };
  };
  writingWholePortfolios();
  for (const name of PORTFOLIO_TABLE_NAMES) {
    const { inFile, keepsFiles } = describeTable(name);
    if (inFile === undefined) continue;
    const part: unknown = bundle[inFile];
    const records: unknown[] = Array.isArray(part) ? part : part === null ? [] : [part];
    await db
      .table(name)
      .bulkAdd(keepsFiles === true ? records.map((record) => blobOf(record as StoredFileEntry)) : records);
  }
}

/** Copies kept before restores replaced portfolios, newest first. */
export async function listSafetyCopies(db: PortfolioDatabase): Promise<SafetyCopy[]> {
  return db.safetyCopies.orderBy('createdAt').reverse().toArray();
}

export async function deleteSafetyCopy(db: PortfolioDatabase, id: string): Promise<void> {
  await db.safetyCopies.delete(id);
}
