import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import { sampleBundle } from '../core/portfolio-file/sample-bundle.test-data.js';
import { WHILE_WRITING_EVERY_MS } from '../core/history/section-versions.js';
import { webFileCrypto } from '../host/file-crypto.js';
import { PortfolioDatabase } from './database.js';
import { restorePortfolios } from './portfolio-files.js';
import { deletePortfolio, purgeDeletedPortfolios } from './portfolios.js';
import { goBackToVersion, loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { saveNamedVersion, versionsOfSection } from './section-versions.js';
import { databaseWithPortfolio } from './test-database.js';
import { UserFacingError } from '../core/failure/failure.js';

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 24, 9);

const opened: PortfolioDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function aSection() {
  const made = await databaseWithPortfolio(TWO_PARTS);
  opened.push(made.db);
  const [section] = await sectionsOfPortfolio(made.db, made.portfolioId);
  if (section === undefined) throw new Error('no section');
  return { ...made, section };
}

const textsOf = async (db: PortfolioDatabase, sectionId: string) =>
  (await versionsOfSection(db, sectionId)).map((version) => [
    version.reason,
    JSON.stringify(version.document).match(/"text":"([^"]*)"/u)?.[1] ?? '',
  ]);

describe('versions kept while writing', () => {
  it('keeps the text as saved before a save, at most once every five minutes, never the same text twice', async () => {
    const { db, section } = await aSection();
    await saveSectionDocument(db, section.id, paragraph('Reading ages'), T0);
    expect(await versionsOfSection(db, section.id)).toEqual([]);
    await saveSectionDocument(db, section.id, paragraph('Reading ages rose'), T0 + MINUTE);
    await saveSectionDocument(
      db,
      section.id,
      paragraph('Reading ages rose for most pupils'),
      T0 + WHILE_WRITING_EVERY_MS,
    );
    await saveSectionDocument(
      db,
      section.id,
      paragraph('Reading ages rose for most pupils'),
      T0 + MINUTE + WHILE_WRITING_EVERY_MS,
    );
    await saveSectionDocument(
      db,
      section.id,
      paragraph('Reading ages rose for most pupils'),
      T0 + MINUTE + 2 * WHILE_WRITING_EVERY_MS,
    );
    expect(await textsOf(db, section.id)).toEqual([
      ['while-writing', 'Reading ages rose for most pupils'],
      ['while-writing', 'Reading ages'],
    ]);
    expect((await versionsOfSection(db, section.id))[0]?.words).toBe(6);
  });

  it('keeps everything written up to a slip, such as the whole text selected and typed over', async () => {
    const { db, section } = await aSection();
    await saveSectionDocument(db, section.id, paragraph('Fo'), T0);
    await saveSectionDocument(db, section.id, paragraph('Four minutes of careful writing'), T0 + 4 * MINUTE);
    await saveSectionDocument(db, section.id, paragraph('x'), T0 + 10 * MINUTE);
    expect((await textsOf(db, section.id)).map(([, text]) => text)).toContain('Four minutes of careful writing');
  });

  it('thins old versions as new ones are kept', async () => {
    const { db, section } = await aSection();
    for (let hour = 0; hour < 10; hour++)
      await saveSectionDocument(db, section.id, paragraph(`Draft ${hour}`), T0 + hour * 60 * MINUTE);
    expect(await versionsOfSection(db, section.id)).toHaveLength(9);
    // Three days on: the nine kept that day are down to the newest of them.
    await saveSectionDocument(db, section.id, paragraph('Three days on'), T0 + 3 * DAY);
    expect(await textsOf(db, section.id)).toEqual([
      ['while-writing', 'Draft 9'],
      ['while-writing', 'Draft 8'],
    ]);
  });
});

describe('a named version', () => {
  it('keeps the saved text under the writer’s name, always, and refuses an empty name in words', async () => {
    const { db, section } = await aSection();
    await saveSectionDocument(db, section.id, paragraph('Sent to my mentor'), T0);
    await saveNamedVersion(db, section.id, '  Draft for my mentor ', T0 + MINUTE);
    expect((await versionsOfSection(db, section.id))[0]).toMatchObject({
      reason: 'named',
      name: 'Draft for my mentor',
      document: paragraph('Sent to my mentor'),
    });
    await expect(saveNamedVersion(db, section.id, '   ')).rejects.toThrow(UserFacingError);
    // Named versions outlive thinning.
    await saveSectionDocument(db, section.id, paragraph('A year on'), T0 + 365 * DAY);
    await saveSectionDocument(db, section.id, paragraph('A year and a day on'), T0 + 366 * DAY);
    expect((await textsOf(db, section.id)).map(([reason]) => reason)).toContain('named');
  });
});

describe('going back to an earlier version', () => {
  it('puts its text back with its counts, and keeps the text it replaced so that going back can be undone', async () => {
    const { db, section } = await aSection();
    await saveSectionDocument(db, section.id, paragraph('First draft of the findings'), T0);
    await saveSectionDocument(db, section.id, paragraph('A rewrite'), T0 + MINUTE);
    const [first] = await versionsOfSection(db, section.id);
    expect(first?.document).toEqual(paragraph('First draft of the findings'));

    const undo = await goBackToVersion(db, first?.id ?? '', T0 + 2 * MINUTE);
    expect(await loadSectionDocument(db, section.id)).toEqual(paragraph('First draft of the findings'));
    expect((await db.sections.get(section.id))?.words.text).toBe(5);
    expect((await versionsOfSection(db, section.id))[0]).toMatchObject({
      reason: 'before-going-back',
      document: paragraph('A rewrite'),
    });

    await goBackToVersion(db, undo ?? '', T0 + 3 * MINUTE);
    expect(await loadSectionDocument(db, section.id)).toEqual(paragraph('A rewrite'));
    expect((await db.sections.get(section.id))?.words.text).toBe(2);
  });

  it('says so when the version has gone', async () => {
    const { db } = await aSection();
    await expect(goBackToVersion(db, 'gone')).rejects.toThrow('That version, or its section, is no longer here.');
  });
});

describe('restoring a backup over a portfolio', () => {
  it('keeps each section’s text as it was before, in its history', async () => {
    const db = new PortfolioDatabase(`versions-${crypto.randomUUID()}`);
    opened.push(db);
    const { bundle, files } = await sampleBundle(webFileCrypto);
    const write = { appVersion: '0.1.0', createdAt: '2026-11-24T10:00:00.000Z' };
    await restorePortfolios(
      db,
      { contents: { purpose: 'backup', portfolios: [bundle] }, files },
      new Map(),
      webFileCrypto,
      write,
      T0,
    );
    const [section] = await sectionsOfPortfolio(db, bundle.portfolio.id);
    if (section === undefined) throw new Error('no section');
    await saveSectionDocument(db, section.id, paragraph('Written since the backup'), T0 + MINUTE);

    await restorePortfolios(
      db,
      { contents: { purpose: 'backup', portfolios: [bundle] }, files },
      new Map([[bundle.portfolio.id, 'replace']]),
      webFileCrypto,
      write,
      T0 + 2 * MINUTE,
    );
    expect(await loadSectionDocument(db, section.id)).not.toEqual(paragraph('Written since the backup'));
    expect(
      (await versionsOfSection(db, section.id)).map((version) => [version.reason, version.document]),
    ).toContainEqual(['before-restore', paragraph('Written since the backup')]);
    const beforeRestore = (await db.sectionVersions.toArray()).filter((version) => version.reason === 'before-restore');
    expect(beforeRestore.length).toBe(bundle.sectionContents.length);

    // Deleting the portfolio for good takes its histories with it.
    await deletePortfolio(db, bundle.portfolio.id, T0 + 3 * MINUTE);
    await purgeDeletedPortfolios(db, T0 + 4 * MINUTE);
    expect(await db.sectionVersions.count()).toBe(0);
  });
});
