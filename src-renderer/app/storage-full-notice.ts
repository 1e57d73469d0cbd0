import { STORAGE_FULL_MESSAGE } from '../core/failure/failure.js';
import { openBackUp, showNotice } from '../session/session-store.js';

/** Whether storage was full at the last write: autosave retries every few seconds, and the message is said once. */
let full = false;

/** Storage is full, wherever in the app a write was refused: say so once until a write goes through again, and offer to back up now. */
export function showStorageFull(): void {
  if (full) return;
  full = true;
  showNotice(STORAGE_FULL_MESSAGE, { label: 'Back up now', run: () => Promise.resolve(openBackUp()) });
}

/** A write went through: a later refusal is news again. */
export function storageHasRoom(): void {
  full = false;
}
