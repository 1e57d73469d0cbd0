import type { Transaction } from 'dexie';
import { USUAL_SUBMISSION } from '../../core/programme/submission-settings.js';

/**
 * Export settings for pictures: each portfolio's exported pictures are sized for print at the
 * standard quality, and no upload limit is set until the candidate gives their provider's.
 */
export async function upgradeToPictureQuality(transaction: Transaction): Promise<void> {
  await transaction
    .table('portfolios')
    .toCollection()
    .modify((portfolio: { programme?: { submission?: Record<string, unknown> } }) => {
      const submission = portfolio.programme?.submission;
      if (submission === undefined) return;
      submission['pictureQuality'] ??= USUAL_SUBMISSION.pictureQuality;
      submission['uploadLimitMb'] ??= USUAL_SUBMISSION.uploadLimitMb;
    });
}
