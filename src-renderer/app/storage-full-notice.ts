import { STORAGE_FULL_MESSAGE } from '../db/describe-storage-error.js';
import { openBackUp, showNotice, useSession } from './session-store.js';

/** Storage is full, wherever in the app a write was refused: say so once, and offer to back up now. */
export function showStorageFull(): void {
  if (useSession.getState().notice?.message === STORAGE_FULL_MESSAGE) return;
  showNotice(STORAGE_FULL_MESSAGE, { label: 'Back up now', run: () => Promise.resolve(openBackUp()) });
}
