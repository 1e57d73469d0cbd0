import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioDatabase } from '../database.js';
import { SCHEMA_VERSIONS } from '../schema.js';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('upgrading to tables and figures (version 7)', () => {
  it('gives every stored tally nought words in tables and captions, and keeps the rest as it was', async () => {
    const v6 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= 6))
      v6.version(version).stores(stores);
    await v6.table('sections').add({
      id: 's1',
      portfolioId: 'p1',
      pieceId: 'part-1',
      title: 'Findings',
      role: 'body',
      counted: true,
      position: 0,
      words: { text: 40, headings: 2, quotations: 5, citations: 3 },
      citedEntryIds: [],
      updatedAt: 1,
    });
    await v6.table('evidence').add({
      id: 'e1',
      portfolioId: 'p1',
      pieceId: 'part-1',
      title: 'Observation',
      commentaryWords: { text: 9, headings: 0, quotations: 1, citations: 0 },
      outcomeIds: [],
    });
    v6.close();

    const db = new PortfolioDatabase(name);
    expect((await db.sections.get('s1'))?.words).toEqual({
      text: 40,
      headings: 2,
      quotations: 5,
      citations: 3,
      tables: 0,
      captions: 0,
    });
    expect((await db.evidence.get('e1'))?.commentaryWords).toEqual({
      text: 9,
      headings: 0,
      quotations: 1,
      citations: 0,
      tables: 0,
      captions: 0,
    });
    expect(await db.pictures.count()).toBe(0);
    db.close();
  });
});
