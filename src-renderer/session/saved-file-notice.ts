import type { SaveOutcome } from '../../src-main/contract.js';
import { host } from '../host/host.js';
import { showNotice } from './session-store.js';

/**
 * Tells the candidate where a file went (an export, a backup) and offers "Show in folder"
 * after a desktop save; says nothing after a cancel.
 */
export function showSavedFileNotice(outcome: SaveOutcome): void {
  switch (outcome.status) {
    case 'saved': {
      const { savedFileId } = outcome;
      showNotice(`Saved “${outcome.fileName}” in ${outcome.folder}.`, {
        label: 'Show in folder',
        run: async () => {
          const shown = await host.showSavedFile({ savedFileId });
          if (shown.status === 'failed') showNotice(shown.message);
        },
      });
      return;
    }
    case 'downloaded':
      showNotice(`“${outcome.fileName}” is downloading to your Downloads folder.`);
      return;
    case 'failed':
      showNotice(outcome.message);
      return;
    case 'cancelled':
      return;
  }
}
