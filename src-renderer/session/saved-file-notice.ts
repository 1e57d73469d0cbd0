import type { SaveOutcome } from '../../src-main/contract.js';
import { host } from '../host/host.js';
import { showNotice } from './session-store.js';

/** What more to say of a saved file: its size, and a warning if it will not upload. */
export interface SavedFileDetails {
  readonly size: string;
  readonly warning?: string | undefined;
}

/**
 * Tells the candidate where a file went (an export, a backup), with its size and any warning,
 * and offers "Show in folder" after a desktop save; says nothing after a cancel.
 */
export function showSavedFileNotice(outcome: SaveOutcome, details?: SavedFileDetails): void {
  const size = details === undefined ? '' : ` (${details.size})`;
  const warning = details?.warning === undefined ? '' : ` ${details.warning}`;
  switch (outcome.status) {
    case 'saved': {
      const { savedFileId } = outcome;
      showNotice(`Saved “${outcome.fileName}”${size} in ${outcome.folder}.${warning}`, {
        label: 'Show in folder',
        run: async () => {
          const shown = await host.showSavedFile({ savedFileId });
          if (shown.status === 'failed') showNotice(shown.message);
        },
      });
      return;
    }
    case 'downloaded':
      showNotice(`“${outcome.fileName}”${size} is downloading to your Downloads folder.${warning}`);
      return;
    case 'failed':
      showNotice(outcome.message);
      return;
    case 'cancelled':
      return;
  }
}
