import type { Transaction } from 'dexie';

/**
 * Until version 4 no text could hold a citation, so every stored tally gains zero
 * citation words and every section and evidence item cites nothing yet.
 */
export async function upgradeToCitations(transaction: Transaction): Promise<void> {
  await transaction
    .table('sections')
    .toCollection()
    .modify((section: Record<string, unknown>) => {
      section['words'] = { citations: 0, ...(section['words'] as object) };
      section['citedEntryIds'] = [];
    });
  await transaction
    .table('evidence')
    .toCollection()
    .modify((item: Record<string, unknown>) => {
      item['commentaryWords'] = { citations: 0, ...(item['commentaryWords'] as object) };
      item['citedEntryIds'] = [];
    });
}
