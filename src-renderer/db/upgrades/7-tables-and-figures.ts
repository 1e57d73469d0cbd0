import type { Transaction } from 'dexie';

/**
 * Word tallies gain two kinds, words in tables and in captions. No text held either before
 * this version, so every stored tally gets nought of each; nothing is recounted.
 */
export async function upgradeToTablesAndFigures(transaction: Transaction): Promise<void> {
  const withNewKinds = (tally: unknown) => ({ tables: 0, captions: 0, ...(tally as object) });
  await transaction
    .table('sections')
    .toCollection()
    .modify((section: Record<string, unknown>) => {
      section['words'] = withNewKinds(section['words']);
    });
  await transaction
    .table('evidence')
    .toCollection()
    .modify((item: Record<string, unknown>) => {
      item['commentaryWords'] = withNewKinds(item['commentaryWords']);
    });
}
