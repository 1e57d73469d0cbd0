import { outcomesInOrder, type Outcome, type OutcomeDraft } from '../core/outcomes/outcomes.js';
import type { PortfolioDatabase } from './database.js';
import { swapWithNeighbour } from './reorder.js';
import { UserFacingError } from '../core/failure/failure.js';

export async function outcomesOfPortfolio(db: PortfolioDatabase, portfolioId: string): Promise<Outcome[]> {
  return outcomesInOrder(await db.outcomes.where('portfolioId').equals(portfolioId).toArray());
}

/** Adds outcomes at the end of their areas, in the order given (one, or a pasted list). */
export async function addOutcomes(
  db: PortfolioDatabase,
  portfolioId: string,
  drafts: readonly OutcomeDraft[],
): Promise<void> {
  const cleaned = drafts.map(checkOutcome);
  await db.transaction('rw', db.portfolios, db.outcomes, async () => {
    let last = Math.max(-1, ...(await outcomesOfPortfolio(db, portfolioId)).map((outcome) => outcome.position));
    await db.outcomes.bulkAdd(
      cleaned.map((draft) => ({ ...draft, id: crypto.randomUUID(), portfolioId, position: ++last })),
    );
  });
}

export async function updateOutcome(db: PortfolioDatabase, id: string, draft: OutcomeDraft): Promise<void> {
  const checked = checkOutcome(draft);
  await db.transaction('rw', db.portfolios, db.outcomes, async () => {
    const outcome = await db.outcomes.get(id);
    if (outcome === undefined)
      throw new UserFacingError('This outcome is no longer here, so the change was not saved.');
    await db.outcomes.update(id, checked);
  });
}

/** Swaps an outcome with its neighbour in the same area. */
export async function moveOutcome(db: PortfolioDatabase, id: string, direction: 'up' | 'down'): Promise<void> {
  await db.transaction('rw', db.portfolios, db.outcomes, async () => {
    const outcome = await db.outcomes.get(id);
    if (outcome === undefined) return;
    const area = (await outcomesOfPortfolio(db, outcome.portfolioId)).filter((other) => other.area === outcome.area);
    await swapWithNeighbour(db.outcomes, area, id, direction);
  });
}

/** Deletes an outcome, unmaps it from every item of evidence and drops its sign-off, in one transaction. */
export async function deleteOutcome(db: PortfolioDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.portfolios, db.outcomes, db.evidence, db.signOffs, async () => {
    const outcome = await db.outcomes.get(id);
    if (outcome === undefined) return;
    await db.evidence
      .where('portfolioId')
      .equals(outcome.portfolioId)
      .modify((item) => {
        if (item.outcomeIds.includes(id))
          Object.assign(item, { outcomeIds: item.outcomeIds.filter((other) => other !== id) });
      });
    await db.signOffs.where('outcomeId').equals(id).delete();
    await db.outcomes.delete(id);
  });
}

function checkOutcome(draft: OutcomeDraft): OutcomeDraft {
  const code = draft.code.replace(/\s+/gu, '').toUpperCase();
  const title = draft.title.replace(/\s+/gu, ' ').trim();
  if (code === '' || code.length > 12) throw new UserFacingError('Give the outcome a short code, such as B3.');
  if (title === '' || title.length > 300) throw new UserFacingError('Give the outcome a title under 300 characters.');
  return { area: draft.area, code, title, description: draft.description.trim().slice(0, 2000) };
}
