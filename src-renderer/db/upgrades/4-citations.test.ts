import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioDatabase } from '../database.js';
import { SCHEMA_VERSIONS } from '../schema.js';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('upgrading to citations (version 4)', () => {
  it('gives stored tallies zero citation words and an empty list of cited entries, keeping the rest', async () => {
    const v3 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= 3))
      v3.version(version).stores(stores);
    await v3.table('sections').add({
      id: 's1',
      portfolioId: 'p1',
      pieceId: 'part-1',
      title: 'Findings',
      role: 'body',
      counted: true,
      position: 0,
      words: { text: 40, headings: 2, quotations: 5 },
      updatedAt: 1,
    });
    await v3.table('evidence').add({
      id: 'e1',
      portfolioId: 'p1',
      pieceId: 'part-1',
      title: 'Observation',
      commentaryWords: { text: 9, headings: 0, quotations: 0 },
      outcomeIds: [],
    });
    v3.close();

    const db = new PortfolioDatabase(name);
    expect(await db.sections.get('s1')).toMatchObject({
      words: { text: 40, headings: 2, quotations: 5, citations: 0 },
      citedEntryIds: [],
    });
    expect(await db.evidence.get('e1')).toMatchObject({
      commentaryWords: { text: 9, headings: 0, quotations: 0, citations: 0 },
      citedEntryIds: [],
    });
    db.close();
  });
});
