import 'fake-indexeddb/auto';
import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import { PortfolioDatabase } from './database.js';
import { createPortfolio } from './portfolios.js';
import { loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { watchForStorageFull } from './storage-full.js';
import { dumpDatabase } from './test-database.js';

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let db: PortfolioDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

/** A database whose disk fills up when told to, as the browser reports it: the write is refused with QuotaExceededError. */
function databaseOnADiskThatFills(onFull: () => void, onRoom?: () => void) {
  const disk = { full: false, failWith: 'QuotaExceededError' };
  const database = new PortfolioDatabase(`test-${crypto.randomUUID()}`);
  database.use({
    stack: 'dbcore',
    name: 'disk',
    level: 1,
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            disk.full ? Promise.reject(new DOMException('The disk is full.', disk.failWith)) : table.mutate(request),
        };
      },
    }),
  });
  watchForStorageFull(database, onFull, onRoom);
  return { database, disk };
}

describe('a full disk', () => {
  it('is reported wherever a write is refused for want of room, and what was saved before stays', async () => {
    const onFull = vi.fn();
    const { database, disk } = databaseOnADiskThatFills(onFull);
    db = database;
    const created = await createPortfolio(
      database,
      { title: 'Draft', candidateName: '', candidateNumber: '' },
      TWO_PARTS,
    );
    if (!created.ok) throw new Error('not created');
    const [section] = await sectionsOfPortfolio(database, created.id);
    if (section === undefined) throw new Error('no section');
    await saveSectionDocument(database, section.id, paragraph('Reading ages rose.'));
    expect(onFull).not.toHaveBeenCalled();
    const before = await dumpDatabase(database);

    disk.full = true;
    await expect(
      saveSectionDocument(database, section.id, paragraph('Reading ages rose for most pupils.')),
    ).rejects.toThrow();
    expect(onFull).toHaveBeenCalled();
    disk.full = false;
    expect(await dumpDatabase(database)).toEqual(before);
    expect(await loadSectionDocument(database, section.id)).toEqual(paragraph('Reading ages rose.'));
  });

  it('is over as soon as a write goes through again, so the next refusal is reported afresh', async () => {
    const onFull = vi.fn();
    const onRoom = vi.fn();
    const { database } = databaseOnADiskThatFills(onFull, onRoom);
    db = database;
    await createPortfolio(database, { title: 'Draft', candidateName: '', candidateNumber: '' }, TWO_PARTS);
    // Every committed write tells, the transactions themselves watched (not only their requests).
    expect(onRoom).toHaveBeenCalled();
    expect(onFull).not.toHaveBeenCalled();
  });

  it('is not reported for other failures', async () => {
    const onFull = vi.fn();
    const { database, disk } = databaseOnADiskThatFills(onFull);
    db = database;
    disk.full = true;
    disk.failWith = 'ConstraintError';
    await expect(
      createPortfolio(database, { title: 'Draft', candidateName: '', candidateNumber: '' }, TWO_PARTS),
    ).rejects.toThrow();
    expect(onFull).not.toHaveBeenCalled();
  });
});
