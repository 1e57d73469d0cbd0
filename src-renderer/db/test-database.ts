import 'fake-indexeddb/auto';
import type { ProgrammeTemplate } from '../core/programme/programme.js';
import { PortfolioDatabase } from './database.js';
import { createPortfolio } from './portfolios.js';

/** For tests: a fresh database (in fake-indexeddb) holding one portfolio made from `template`. */
export async function databaseWithPortfolio(template: ProgrammeTemplate): Promise<{ db: PortfolioDatabase; portfolioId: string }> {
  const db = new PortfolioDatabase(`test-${crypto.randomUUID()}`);
  const created = await createPortfolio(db, { title: 'Draft', candidateName: '', candidateNumber: '' }, template);
  if (!created.ok) throw new Error('The test portfolio was not created.');
  return { db, portfolioId: created.id };
}
