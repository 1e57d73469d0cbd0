import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioDatabase } from '../database.js';
import { SCHEMA_VERSIONS } from '../schema.js';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const citation = {
  type: 'citation',
  attrs: { entryIds: ['r1'], page: '', narrative: false, text: '(Webster and Blatchford, 2015)' },
};
/** "Assistants need support(Webster and Blatchford, 2015) ." as it could be typed before version 14. */
const glued = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Assistants need support' }, citation, { type: 'text', text: ' .' }],
    },
  ],
};

describe('upgrading to spaced citations (version 14)', () => {
  it('works every stored count out again from its text, as the export will space it', async () => {
    const v13 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= 13))
      v13.version(version).stores(stores);
    // Stored as version 13 counted them: "support(Webster" one word, the lone "." another.
    const old = { text: 3, headings: 0, quotations: 0, citations: 3, tables: 0, captions: 0 };
    await v13.table('sections').add({
      id: 's1',
      portfolioId: 'p1',
      pieceId: 'part-2',
      title: 'Findings',
      role: 'body',
      counted: true,
      position: 0,
      words: old,
      citedEntryIds: ['r1'],
      updatedAt: 1,
    });
    await v13.table('sectionContents').add({ sectionId: 's1', document: glued });
    await v13.table('evidence').add({
      id: 'e1',
      portfolioId: 'p1',
      pieceId: 'part-1',
      title: 'Observation',
      commentaryWords: old,
      citedEntryIds: ['r1'],
      outcomeIds: [],
    });
    await v13.table('evidenceCommentaries').add({ evidenceId: 'e1', document: glued });
    v13.close();

    const db = new PortfolioDatabase(name);
    const spaced = { text: 3, headings: 0, quotations: 0, citations: 4, tables: 0, captions: 0 };
    expect(await db.sections.get('s1')).toMatchObject({ words: spaced, title: 'Findings', citedEntryIds: ['r1'] });
    expect(await db.evidence.get('e1')).toMatchObject({ commentaryWords: spaced, title: 'Observation' });
    db.close();
  });
});
