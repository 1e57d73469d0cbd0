import type { Transaction } from 'dexie';
import { countDocumentTally } from '../../core/counting/count-document.js';
import type { RichTextNode } from '../../core/document/rich-text.js';

/**
 * Since version 14 a citation is counted as it is exported, spaced as a writer expects
 * ("support(Ainscow, 2020) ." as "support (Ainscow, 2020)."): every text's stored count is
 * worked out again from the text, so the app, the cover and Word agree without waiting for
 * the text to be edited.
 */
export async function upgradeToSpacedCitations(transaction: Transaction): Promise<void> {
  const recount = async (texts: string, key: string, counted: string, field: string) => {
    const words = new Map<string, unknown>();
    await transaction.table(texts).each((row: Record<string, unknown>) => {
      words.set(String(row[key]), countDocumentTally(row['document'] as RichTextNode));
    });
    await transaction
      .table(counted)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        const tally = words.get(String(row['id']));
        if (tally !== undefined) row[field] = tally;
      });
  };
  await recount('sectionContents', 'sectionId', 'sections', 'words');
  await recount('evidenceCommentaries', 'evidenceId', 'evidence', 'commentaryWords');
}
