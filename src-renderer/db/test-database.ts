import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import type { ProgrammeTemplate } from '../core/programme/programme.js';
import { PortfolioDatabase } from './database.js';
import { createPortfolio } from './portfolios.js';

/** For tests: a fresh database (in fake-indexeddb) holding one portfolio made from `template`. */
export async function databaseWithPortfolio(
  template: ProgrammeTemplate,
): Promise<{ db: PortfolioDatabase; portfolioId: string }> {
  const db = new PortfolioDatabase(`test-${crypto.randomUUID()}`);
  const created = await createPortfolio(db, { title: 'Draft', candidateName: '', candidateNumber: '' }, template);
  if (!created.ok) throw new Error('The test portfolio was not created.');
  return { db, portfolioId: created.id };
}

/**
 * For a test file: before each test, a fresh database holding one portfolio made from
 * `template`, handed to `use`; deleted after the test.
 */
export function freshPortfolioEachTest(
  template: ProgrammeTemplate,
  use: (made: { db: PortfolioDatabase; portfolioId: string }) => void,
): void {
  let made: { db: PortfolioDatabase; portfolioId: string } | undefined;
  beforeEach(async () => {
    made = await databaseWithPortfolio(template);
    use(made);
  });
  afterEach(async () => {
    await made?.db.delete();
  });
}

/** Every table's rows, in key order, with files as bytes: for checking a database is exactly as it was. */
export async function dumpDatabase(db: PortfolioDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    dump[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) =>
        row['data'] instanceof Blob ? { ...row, data: [...new Uint8Array(await row['data'].arrayBuffer())] } : row,
      ),
    );
  }
  return dump;
}
