import { showNotice } from '../../session/session-store.js';

/** A settings change that could not be saved when its screen was left: said, never dropped without a word. */
export function sayNotSaved(problem: string): void {
  showNotice(`A change in Programme settings was not saved: ${problem} Go back to Programme settings to put it right.`);
}
