import 'fake-indexeddb/auto';
import { bytesOf } from '../core/portfolio-file/byte-source.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioBundle } from '../core/portfolio-file/bundle.js';
import { hex } from '../core/portfolio-file/file-crypto.js';
import { holdsPortfolios, readPortfolioFile, writePortfolioFile } from '../core/portfolio-file/portfolio-file.js';
import { sampleBundle } from '../core/portfolio-file/sample-bundle.test-data.js';
import { citationAttributes, type RichTextNode } from '../core/document/rich-text.js';
import { webFileCrypto } from '../host/file-crypto.js';
import { PortfolioDatabase } from './database.js';
import { bundleOf, listSafetyCopies, portfolioFileContents, restorePortfolios } from './portfolio-files.js';
import { databaseWithPortfolio, dumpDatabase } from './test-database.js';
import { MAX_STORED_FILE_BYTES } from '../core/files/limits.js';
import { noisePng } from '../core/pictures/noise-png.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import { attachFiles, createEvidence } from './evidence.js';
import { openAsMentorCopy } from './mentor-round-trip.js';
import { addPicture } from './pictures.js';
import { deleteSection } from './recently-deleted.js';
import { saveSectionDocument } from './sections.js';

const WRITE = { appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' };
const opened: PortfolioDatabase[] = [];
function freshDatabase(): PortfolioDatabase {
  const db = new PortfolioDatabase(`files-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A bundle's arrays in id order, so two reads of the same records compare equal. */
function sorted(bundle: PortfolioBundle): PortfolioBundle {
  const byKey = <T>(list: readonly T[], key: (item: T) => string) =>
    [...list].sort((a, b) => key(a).localeCompare(key(b)));
  const byId = <T extends { id: string }>(list: readonly T[]) => byKey(list, (item) => item.id);
  return {
    ...bundle,
    sections: byId(bundle.sections),
    sectionContents: byKey(bundle.sectionContents, (content) => content.sectionId),
    outcomes: byId(bundle.outcomes),
    evidence: byId(bundle.evidence),
    evidenceCommentaries: byKey(bundle.evidenceCommentaries, (commentary) => commentary.evidenceId),
    attachments: byId(bundle.attachments),
    pictures: byId(bundle.pictures),
    studyLog: byId(bundle.studyLog),
    readingLog: byId(bundle.readingLog),
    mentorRecords: byId(bundle.mentorRecords),
    signOffs: byId(bundle.signOffs),
  };
}

async function restoredSample() {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const db = freshDatabase();
  await restorePortfolios(
    db,
    { contents: { purpose: 'backup', portfolios: [bundle] }, files },
    new Map(),
    webFileCrypto,
    WRITE,
  );
  return { db, bundle, files };
}

async function backupBytes(db: PortfolioDatabase): Promise<Uint8Array> {
  const { contents, files } = await portfolioFileContents(db, webFileCrypto, 'backup');
  return writePortfolioFile(contents, files, webFileCrypto, WRITE);
}

async function openedFile(bytes: Uint8Array) {
  const read = await readPortfolioFile(bytes, webFileCrypto);
  if (!read.ok) throw new Error(read.problem.message);
  if (!holdsPortfolios(read.file)) throw new Error('Expected portfolios in the file.');
  return read.file;
}

describe('backing up and restoring', () => {
  it('reads back every record and file exactly as it was written', async () => {
    const { db, bundle, files } = await restoredSample();
    const read = await bundleOf(db, bundle.portfolio.id, webFileCrypto);
    expect(sorted(read!.bundle)).toEqual(sorted(bundle));
    // Files are handed on as the database keeps them, Blobs, to be read as each is written.
    const bytes = new Map<string, Uint8Array>();
    for (const [hash, data] of read!.files) bytes.set(hash, await bytesOf(data));
    expect(bytes).toEqual(files);
  });

  it('restores a backup into an empty app exactly: every record, every attachment’s bytes', async () => {
    const { db } = await restoredSample();
    const bytes = await backupBytes(db);
    const wiped = freshDatabase();
    const summary = await restorePortfolios(wiped, await openedFile(bytes), new Map(), webFileCrypto, WRITE);
    expect(summary).toEqual({ added: 1, replaced: 0 });
    expect(await dumpDatabase(wiped)).toEqual(await dumpDatabase(db));
  });

  it('replaces a portfolio only when asked, keeping a copy of the one replaced in the app first', async () => {
    const { db, bundle } = await restoredSample();
    const bytes = await backupBytes(db);
    await db.portfolios.update(bundle.portfolio.id, { title: 'Edited after the backup', updatedAt: 99 });
    await expect(restorePortfolios(db, await openedFile(bytes), new Map(), webFileCrypto, WRITE)).rejects.toThrow(
      'Choose what to do with each portfolio that is already here.',
    );
    expect((await db.portfolios.get(bundle.portfolio.id))?.title).toBe('Edited after the backup');

    const summary = await restorePortfolios(
      db,
      await openedFile(bytes),
      new Map([[bundle.portfolio.id, 'replace']]),
      webFileCrypto,
      WRITE,
      1234,
    );
    expect(summary).toEqual({ added: 0, replaced: 1 });
    expect((await db.portfolios.get(bundle.portfolio.id))?.title).toBe(bundle.portfolio.title);
    const [copy] = await listSafetyCopies(db);
    expect(copy).toMatchObject({ portfolioId: bundle.portfolio.id, title: 'Edited after the backup', createdAt: 1234 });
    const kept = await openedFile(new Uint8Array(await copy!.data.arrayBuffer()));
    expect(kept.contents.portfolios[0]?.portfolio.title).toBe('Edited after the backup');
  });

  it('keeps both: the file’s portfolio comes in beside the one here, under new ids, with its references followed', async () => {
    const { db, bundle } = await restoredSample();
    const before = await dumpDatabase(db);
    await restorePortfolios(
      db,
      await openedFile(await backupBytes(db)),
      new Map([[bundle.portfolio.id, 'keep-both']]),
      webFileCrypto,
      WRITE,
    );
    const portfolios = await db.portfolios.toArray();
    expect(portfolios.map((portfolio) => portfolio.title).sort()).toEqual(
      [bundle.portfolio.title, `${bundle.portfolio.title} (restored copy)`].sort(),
    );
    const copyId = portfolios.find((portfolio) => portfolio.id !== bundle.portfolio.id)!.id;
    const copy = (await bundleOf(db, copyId, webFileCrypto))!.bundle;
    const originalIds = [
      bundle.portfolio,
      ...bundle.sections,
      ...bundle.evidence,
      ...bundle.readingLog,
      ...bundle.outcomes,
      ...bundle.pictures,
      ...bundle.sectionComments,
    ].map((record) => record.id);
    const copyJson = JSON.stringify(copy);
    for (const id of originalIds) expect(copyJson).not.toContain(`"${id}"`);
    const entryIds = new Set(copy.readingLog.map((entry) => entry.id));
    const cited: string[] = [];
    const visit = (node: RichTextNode) => {
      if (node.type === 'citation') cited.push(...citationAttributes(node).entryIds);
      node.content?.forEach(visit);
    };
    copy.sectionContents.forEach((content) => visit(content.document));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((id) => entryIds.has(id))).toBe(true);
    expect(
      copy.attachments.every((attachment) => copy.evidence.some((item) => item.id === attachment.evidenceId)),
    ).toBe(true);
    // The one that was here is untouched.
    const after = await dumpDatabase(db);
    for (const [table, rows] of Object.entries(before))
      for (const row of rows) expect(after[table]).toContainEqual(row);
  });

  it('writes nothing at all when any part of a restore fails', async () => {
    const { db, bundle, files } = await restoredSample();
    const before = await dumpDatabase(db);
    // A second portfolio whose section clashes with one already here: its add fails after the first portfolio's.
    const newcomer = {
      ...bundle,
      portfolio: { ...bundle.portfolio, id: 'new-portfolio' },
      sections: [bundle.sections[0]!],
    };
    const clashing = {
      contents: {
        purpose: 'backup' as const,
        portfolios: [
          {
            ...bundle,
            portfolio: { ...bundle.portfolio, id: 'another' },
            sections: [],
            sectionContents: [],
            evidence: [],
            evidenceCommentaries: [],
            attachments: [],
            pictures: [],
            mentorHandbook: null,
            mentorRecords: [],
            signOffs: [],
            readingLog: [],
            outcomes: [],
            studyLog: [],
          },
          newcomer,
        ],
      },
      files,
    };
    await expect(restorePortfolios(db, clashing, new Map(), webFileCrypto, WRITE)).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

const figureOf = (pictureId: string) => ({
  type: 'doc',
  content: [
    {
      type: 'figure',
      attrs: { pictureId, name: 'Provision map.png' },
      content: [{ type: 'figureCaption', content: [] }],
    },
  ],
});

describe('pictures in a file', () => {
  it('are only those its texts show: a picture left by a deleted section, or taken out of the text, stays on this computer', async () => {
    const { db, portfolioId } = await databaseWithPortfolio(TWO_PARTS);
    opened.push(db);
    const [kept, removed, deleted] = await Promise.all(
      ['Kept.png', 'Removed.png', 'Pupil work.png'].map((name) =>
        addPicture(db, portfolioId, { name, data: new Blob([noisePng(8, 8) as Uint8Array<ArrayBuffer>]) }),
      ),
    );
    const [first, second, third] = await db.sections.where({ portfolioId }).toArray();
    await saveSectionDocument(db, first!.id, figureOf(kept!));
    await saveSectionDocument(db, second!.id, figureOf(removed!));
    await saveSectionDocument(db, second!.id, { type: 'doc', content: [{ type: 'paragraph' }] });
    await saveSectionDocument(db, third!.id, figureOf(deleted!));
    await deleteSection(db, third!.id);
    for (const purpose of ['backup', 'share'] as const) {
      const { contents } = await portfolioFileContents(db, webFileCrypto, purpose, [portfolioId]);
      const [bundle] = contents.portfolios;
      expect(bundle?.pictures.map((picture) => picture.name)).toEqual(['Kept.png']);
    }
  });
});

describe('the largest files the app accepts', () => {
  it('back up, share and restore: a 19 MB picture in the text and a 19 MB attachment, byte for byte', async () => {
    const { db, portfolioId } = await databaseWithPortfolio(TWO_PARTS);
    opened.push(db);
    const picture = noisePng(2560, 2600);
    const scan = new Uint8Array(19 * 1024 * 1024);
    scan.set(new TextEncoder().encode('%PDF-1.7 a scanned EHCP'));
    expect(picture.length).toBeGreaterThan(19 * 1024 * 1024);
    expect(picture.length).toBeLessThanOrEqual(MAX_STORED_FILE_BYTES);
    const pictureId = await addPicture(db, portfolioId, {
      name: 'Provision map.png',
      data: new Blob([picture as Uint8Array<ArrayBuffer>]),
    });
    const [section] = await db.sections.where({ portfolioId }).toArray();
    await saveSectionDocument(db, section!.id, figureOf(pictureId));
    const evidenceId = await createEvidence(db, portfolioId, 'part-1', {
      title: 'EHCP review',
      date: '2026-11-02',
      type: 'meeting-record',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: null,
    });
    await attachFiles(db, evidenceId, [
      { name: 'EHCP scan.pdf', type: 'application/pdf', size: scan.length, data: new Blob([scan]) },
    ]);
    // Compared by SHA-256: a failing comparison of two 19 MB arrays would print both.
    const digest = async (bytes: Uint8Array) => hex(await webFileCrypto.sha256(bytes));
    const expected = [await digest(picture), await digest(scan)];
    const bytesOf = async (target: PortfolioDatabase, id: string) => {
      const [pictureRow] = await target.pictures.where({ portfolioId: id }).toArray();
      const [attachmentRow] = await target.attachments.where({ portfolioId: id }).toArray();
      return [
        await digest(new Uint8Array(await pictureRow!.data.arrayBuffer())),
        await digest(new Uint8Array(await attachmentRow!.data.arrayBuffer())),
      ];
    };
    expect(await bytesOf(db, portfolioId)).toEqual(expected);
    expect(pictureId).toBeTypeOf('string');

    const restored = freshDatabase();
    await restorePortfolios(restored, await openedFile(await backupBytes(db)), new Map(), webFileCrypto, WRITE);
    expect(await bytesOf(restored, portfolioId)).toEqual(expected);

    const share = await portfolioFileContents(db, webFileCrypto, 'share', [portfolioId]);
    const shared = await openedFile(await writePortfolioFile(share.contents, share.files, webFileCrypto, WRITE));
    const mentor = freshDatabase();
    const { portfolioId: mentorCopyId } = await openAsMentorCopy(mentor, {
      contents: shared.contents,
      files: shared.files,
      createdAt: shared.createdAt,
    });
    expect(await bytesOf(mentor, mentorCopyId)).toEqual(expected);
  }, 60_000);
});

describe('restoring from a bad file', () => {
  /** The restore path the screen takes: read, then restore only what was read. */
  async function restoreFromBytes(db: PortfolioDatabase, bytes: Uint8Array, passphrase?: string) {
    const read = await readPortfolioFile(bytes, webFileCrypto, passphrase);
    if (read.ok && holdsPortfolios(read.file)) await restorePortfolios(db, read.file, new Map(), webFileCrypto, WRITE);
    return read;
  }

  it('leaves the database exactly as it was, whatever is wrong with the file', async () => {
    const { db } = await restoredSample();
    const good = await backupBytes(db);
    const entries = unzipSync(good);
    const protectedFile = await writePortfolioFile({ purpose: 'backup', portfolios: [] }, new Map(), webFileCrypto, {
      ...WRITE,
      passphrase: 'right passphrase',
      iterations: 1000,
    });
    const bad: [string, Uint8Array, string?][] = [
      ['empty', new Uint8Array()],
      ['cut short', good.subarray(0, good.length - 100)],
      [
        'checksum',
        zipSync({
          ...entries,
          'portfolio.json': strToU8(strFromU8(entries['portfolio.json']!).replace('Ada Example', 'Bea Example')),
        }),
      ],
      [
        'newer',
        zipSync({
          ...entries,
          'manifest.json': strToU8(
            strFromU8(entries['manifest.json']!).replace(/"formatVersion": \d+/u, '"formatVersion": 99'),
          ),
        }),
      ],
      ['wrong passphrase', protectedFile, 'wrong passphrase'],
      ['a path', zipSync({ ...entries, '../evil': strToU8('x') })],
      ['a Word document', zipSync({ '[Content_Types].xml': strToU8('<Types/>') })],
      ['already here, without a choice', good],
    ];
    const before = await dumpDatabase(db);
    for (const [what, bytes, passphrase] of bad) {
      const outcome = await restoreFromBytes(db, bytes, passphrase).catch((error: unknown) => error);
      expect(outcome instanceof Error || !(outcome as { ok: boolean }).ok, what).toBe(true);
      expect(await dumpDatabase(db), what).toEqual(before);
    }
  });
});
