import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countDocumentTally } from '../core/counting/count-document.js';
import { webFileCrypto } from '../host/file-crypto.js';
import { PortfolioDatabase } from './database.js';
import { bundleOf } from './portfolio-files.js';
import { SCHEMA_VERSIONS } from './schema.js';

/**
 * A database saved by every earlier version of the layout opens in this one with every record
 * intact. The fixtures (schema-fixtures/version-N.json) hold one rich invented portfolio as each
 * version stored it: only its tables, and each row in its shape then. They are frozen: never
 * rewrite one; add a fixture for the version a change replaces.
 */

type Row = Record<string, unknown>;
interface Fixture {
  readonly version: number;
  readonly tables: Record<string, Row[]>;
}

const folder = join(import.meta.dirname, 'schema-fixtures');
const fixtures: Fixture[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);
const current = Math.max(...SCHEMA_VERSIONS.map((schema) => schema.version));

/** Files are kept in the fixtures as base64 with their type. */
const isStoredFile = (value: unknown): value is { $bytes: string; type: string } =>
  typeof value === 'object' && value !== null && '$bytes' in value;
const asStored = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      isStoredFile(value) ? new Blob([Buffer.from(value.$bytes, 'base64')], { type: value.type }) : value,
    ]),
  );
const bytesOf = async (blob: unknown) =>
  blob instanceof Blob ? Buffer.from(await blob.arrayBuffer()).toString('base64') : blob;

/** Each table's primary key, as the layout of `version` declared it. */
function primaryKeys(version: number): Map<string, string> {
  const keys = new Map<string, string>();
  for (const schema of SCHEMA_VERSIONS.filter((declared) => declared.version <= version)) {
    for (const [table, stores] of Object.entries(schema.stores)) {
      if (stores === null) keys.delete(table);
      else keys.set(table, stores.split(',')[0]?.trim() ?? 'id');
    }
  }
  return keys;
}

const EMPTY = { type: 'doc', content: [] };

/** What the upgrades deliberately rewrite, left out of "arrives as it was"; everything else must match. */
function withoutRewrites(version: number, table: string, row: Row): Row {
  const without = (...fields: string[]) =>
    Object.fromEntries(Object.entries(row).filter(([field]) => !fields.includes(field)));
  // Version 2 recounted each section's words by kind from its text, in place of one number;
  // version 14 worked every stored count out again from its text (checked below, against the text).
  if (table === 'sections') return without('wordCount', 'words');
  if (table === 'evidence') return without('commentaryWords');
  return row;
}

const name = `schema-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('databases saved by earlier versions of the app', () => {
  it('has a fixture for every earlier version of the layout', () => {
    expect(fixtures.map((fixture) => fixture.version)).toEqual(
      Array.from({ length: current - 1 }, (_, index) => index + 1),
    );
  });

  for (const fixture of fixtures) {
    it(`opens a database saved by version ${fixture.version} with every record intact`, async () => {
      const old = new Dexie(name);
      for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= fixture.version))
        old.version(version).stores(stores);
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows.map(asStored));
      old.close();

      const db = new PortfolioDatabase(name);
      const keys = primaryKeys(fixture.version);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const key = keys.get(table) ?? 'id';
        expect(await db.table(table).count(), `${table}: every row arrives`).toBe(rows.length);
        for (const row of rows) {
          const upgraded = (await db.table(table).get(row[key] as string)) as Row | undefined;
          expect(upgraded, `${table} ${String(row[key])}`).toBeDefined();
          const { data, ...fields } = withoutRewrites(fixture.version, table, row);
          expect(upgraded, `${table} ${String(row[key])}`).toMatchObject(fields);
          if (data !== undefined)
            expect(await bytesOf(upgraded?.['data']), `${table} ${String(row[key])}: its file`).toBe(
              (data as { $bytes: string }).$bytes,
            );
        }
      }
      // Every stored count is the count of its text.
      for (const section of await db.sections.toArray())
        expect(section.words, `the count of ${section.title}`).toEqual(
          countDocumentTally((await db.sectionContents.get(section.id))?.document ?? EMPTY),
        );
      for (const item of await db.evidence.toArray())
        expect(item.commentaryWords, `the count of ${item.title}`).toEqual(
          countDocumentTally((await db.evidenceCommentaries.get(item.id))?.document ?? EMPTY),
        );
      // And it is whole: every portfolio reads back as one, as a backup would take it.
      for (const portfolio of fixture.tables['portfolios'] ?? []) {
        const bundle = await bundleOf(db, portfolio['id'] as string, webFileCrypto);
        expect(bundle?.bundle.sections.length).toBe(fixture.tables['sections']?.length);
      }
      db.close();
    });
  }
});
