import { afterEach, describe, expect, it } from 'vitest';
import { TWO_PARTS } from '../core/programme/templates.js';
import { Dexie } from 'dexie';
import { PortfolioDatabase } from './database.js';
import { SCHEMA_VERSIONS } from './schema.js';
import { MENTOR_COPY_IS_READ_ONLY, writingWholePortfolios } from './mentor-copy-guard.js';
import { databaseWithPortfolio, dumpDatabase } from './test-database.js';
import { describeTable, PORTFOLIO_TABLE_NAMES, type PortfolioTableName } from './tables.js';

/**
 * The guard is tested over every table the registry describes, with writes made straight to
 * the tables: a new write anywhere in db/ goes through the same guard, and a new table is
 * tested here as soon as it is described.
 */
const made: PortfolioDatabase[] = [];
afterEach(async () => {
  for (const db of made.splice(0)) await db.delete();
});

type Row = Record<string, unknown>;

/** A portfolio with one record in every table, made a mentor's copy (or left the candidate's own). */
async function portfolioWithARecordEverywhere(asMentorCopy: boolean) {
  const { db, portfolioId } = await databaseWithPortfolio(TWO_PARTS);
  made.push(db);
  const [sectionId, otherSectionId] = (await db.sections.where({ portfolioId }).primaryKeys()) as [string, string];
  const evidenceId = 'evidence-1';
  const rows = new Map<PortfolioTableName, Row>();
  await db.transaction('rw', db.portfolioTables, async () => {
    writingWholePortfolios();
    if (asMentorCopy)
      await db.portfolios.update(portfolioId, {
        mentorCopy: {
          openedAt: 1,
          sharedAt: '2027-01-01T09:00:00.000Z',
          asShared: { signOffs: [] },
          feedbackSentAt: null,
        },
      });
    await db.evidence.bulkAdd([
      { id: evidenceId, portfolioId, title: 'Provision map' } as never,
      { id: 'evidence-2', portfolioId, title: 'Observation' } as never,
    ]);
    for (const name of PORTFOLIO_TABLE_NAMES) {
      const table = db.table<Row>(name);
      const { portfolioOf } = describeTable(name);
      let row: Row | undefined;
      if (name === 'portfolios' || name === 'evidence')
        row = await table.get(name === 'portfolios' ? portfolioId : evidenceId);
      else if ('parent' in portfolioOf)
        row = {
          [portfolioOf.field]: portfolioOf.parent === 'sections' ? sectionId : evidenceId,
          document: { type: 'doc', content: [] },
          note: 'as shared',
        };
      else
        row = { id: `${name}-1`, portfolioId, sectionId, evidenceId, note: 'as shared', details: { mentorName: '' } };
      if (name !== 'portfolios' && name !== 'evidence') await table.put(row!);
      rows.set(name, row!);
    }
  });
  // The key a second record of each table would have: a text of another section or item; none for the one handbook.
  const otherKeys: Partial<Record<PortfolioTableName, string>> = {
    sectionContents: otherSectionId,
    evidenceCommentaries: 'evidence-2',
  };
  for (const name of PORTFOLIO_TABLE_NAMES)
    if (!('parent' in describeTable(name).portfolioOf) && name !== 'mentorHandbooks')
      otherKeys[name] = `another-${name}`;
  return { db, portfolioId, rows, otherKeys };
}

/** Each kind of write a table can take, on the record it holds. */
function writes(
  db: PortfolioDatabase,
  name: PortfolioTableName,
  row: Row,
  otherKey: string | undefined,
): [string, () => Promise<unknown>][] {
  const table = db.table<Row>(name);
  const key = table.schema.primKey.keyPath as string;
  const inWriteTransaction = (write: () => Promise<unknown>) => () =>
    db.transaction('rw', [db.portfolios, db.sections, db.evidence, table], write);
  return [
    ['put a changed record', inWriteTransaction(() => table.put({ ...row, note: 'changed by the mentor' }))],
    ['update a field', inWriteTransaction(() => table.update(String(row[key]), { note: 'changed by the mentor' }))],
    ...(otherKey === undefined
      ? []
      : [
          ['add a record', inWriteTransaction(() => table.add({ ...row, [key]: otherKey }))] as [
            string,
            () => Promise<unknown>,
          ],
        ]),
    ['delete the record', inWriteTransaction(() => table.delete(String(row[key])))],
    ['clear the table', inWriteTransaction(() => table.clear())],
  ];
}

describe('the guard on a mentor’s copy', () => {
  for (const name of PORTFOLIO_TABLE_NAMES) {
    const { inMentorCopy } = describeTable(name);
    if (inMentorCopy === 'allowed') {
      it(`lets a mentor write ${name}, under its own rules`, async () => {
        const { db, rows, otherKeys } = await portfolioWithARecordEverywhere(true);
        for (const [what, write] of writes(db, name, rows.get(name)!, otherKeys[name]))
          await expect(write(), what).resolves.not.toThrow();
      });
      continue;
    }
    it(`refuses every write to the candidate’s ${name} in a mentor’s copy, changing nothing`, async () => {
      const { db, rows, otherKeys } = await portfolioWithARecordEverywhere(true);
      const before = await dumpDatabase(db);
      for (const [what, write] of writes(db, name, rows.get(name)!, otherKeys[name])) {
        await expect(write(), what).rejects.toThrow(MENTOR_COPY_IS_READ_ONLY);
        expect(await dumpDatabase(db), what).toEqual(before);
      }
    });
    it(`lets the candidate write their own ${name}`, async () => {
      const { db, rows, otherKeys } = await portfolioWithARecordEverywhere(false);
      const [put, update] = writes(db, name, rows.get(name)!, otherKeys[name]);
      for (const [what, write] of [put!, update!]) await expect(write(), what).resolves.not.toThrow();
    });
  }

  it('lets a mentor change only what the registry lists of a record of the candidate’s, and start a handbook the candidate left empty', async () => {
    const { db, portfolioId } = await portfolioWithARecordEverywhere(true);
    await db.transaction('rw', db.portfolios, () =>
      db.portfolios.update(portfolioId, { title: 'Ada’s portfolio (mentor)', deletedAt: 5 }),
    );
    await expect(
      db.transaction('rw', db.portfolios, () => db.portfolios.update(portfolioId, { attendedDays: 9 })),
    ).rejects.toThrow(MENTOR_COPY_IS_READ_ONLY);
    const handbooks = db.mentorHandbooks;
    await db.transaction('rw', db.portfolios, handbooks, async () => {
      writingWholePortfolios();
      await handbooks.where({ portfolioId }).delete();
    });
    const signed = { name: 'Sam Mentor', date: '2027-03-01', statement: 'Met in practice.' };
    const empty = { mentorName: '', mentorRole: '', mentorContact: '', headTeacherName: '', school: '' };
    await db.transaction('rw', db.portfolios, handbooks, () =>
      handbooks.put({ portfolioId, details: empty, mentorStatement: signed, headTeacherStatement: null }),
    );
    await expect(
      db.transaction('rw', db.portfolios, handbooks, () =>
        handbooks.put({
          portfolioId,
          details: { ...empty, school: 'Another school' },
          mentorStatement: signed,
          headTeacherStatement: null,
        }),
      ),
    ).rejects.toThrow(MENTOR_COPY_IS_READ_ONLY);
  });

  it('says plainly when a write runs in a transaction without its portfolio, so the guard cannot look', async () => {
    const { db, rows } = await portfolioWithARecordEverywhere(false);
    const section = rows.get('sections')!;
    await expect(
      db.transaction('rw', db.sections, () => db.sections.put({ ...section, title: 'Renamed' } as never)),
    ).rejects.toThrow('must run in a transaction that includes portfolios');
  });

  it('lets a write of whole portfolios through: opening a share, restoring, deleting for good', async () => {
    const { db, portfolioId, rows } = await portfolioWithARecordEverywhere(true);
    await db.transaction('rw', db.portfolioTables, async () => {
      writingWholePortfolios();
      await db.sections.put({ ...rows.get('sections')!, title: 'As in the newer share' } as never);
    });
    expect((await db.sections.get(String(rows.get('sections')!['id'])))?.title).toBe('As in the newer share');
    await db.transaction('rw', db.portfolioTables, async () => {
      writingWholePortfolios();
      await db.portfolios.delete(portfolioId);
    });
    expect(await db.portfolios.get(portfolioId)).toBeUndefined();
  });

  it('lets an upgrade of the database rewrite a mentor’s copy as it rewrites every portfolio', async () => {
    const name = `guard-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= 13))
      old.version(version).stores(stores);
    const mentorCopy = {
      openedAt: 1,
      sharedAt: '2027-01-01T09:00:00.000Z',
      asShared: { signOffs: [] },
      feedbackSentAt: null,
    };
    await old.table('portfolios').add({ id: 'p', title: 'Shared', updatedAt: 1, mentorCopy });
    await old.table('sections').add({ id: 's', portfolioId: 'p', title: 'Findings', words: { body: 0 } });
    await old.table('sectionContents').add({
      sectionId: 's',
      document: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three words here' }] }],
      },
    });
    old.close();
    const db = new PortfolioDatabase(name);
    made.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect((await db.sections.get('s'))?.words).not.toEqual({ body: 0 });
  });
});
