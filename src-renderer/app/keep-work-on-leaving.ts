import { describeFailure } from '../core/failure/failure.js';
import type { PortfolioDatabase } from '../db/database.js';
import { putBackKeptText, type KeptText } from '../db/words-kept-on-leaving.js';
import { host } from '../host/host.js';
import { flushPendingSaves, showNotice, useSession } from '../session/session-store.js';

/**
 * Closing, reloading or quitting never takes the last words typed with them. A page going away
 * cannot finish a database write, so while the open editor has anything not yet stored, the
 * moment the page is asked to go (`beforeunload`) or goes (`pagehide`) the text is written to
 * the browser's local storage, which is written at once, and the next start puts it in its
 * place (db/words-kept-on-leaving.ts). The save is started too. Only if the words could not be
 * kept (local storage full) does the browser ask before leaving. The desktop app, which closes
 * its window without asking, holds the close until the save is done (src-main/closing.ts).
 */

const KEPT_TEXT = 'nasenco:words-kept-on-leaving';

export function keepWorkOnLeaving(): () => void {
  const keep = (): boolean => {
    const unsaved = useSession.getState().unsavedOpenText();
    if (unsaved === undefined) return true;
    try {
      localStorage.setItem(KEPT_TEXT, JSON.stringify({ ...unsaved, at: Date.now() } satisfies KeptText));
      return true;
    } catch {
      return false;
    }
  };
  const holdIfUnsaved = (event: BeforeUnloadEvent) => {
    const { saveStatus } = useSession.getState();
    if (saveStatus.state === 'saved') return;
    const kept = keep();
    void flushPendingSaves().then(() => {
      if (useSession.getState().saveStatus.state === 'saved') host.savesDone();
    });
    // The desktop app holds its close until the save is done; the browser asks only when the words could not be kept.
    if (host.edition === 'browser' && kept) return;
    event.preventDefault();
    // Chromium (and so Electron) still holds the page only when this is set too.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    event.returnValue = '';
  };
  const keepOnHide = () => void keep();
  window.addEventListener('beforeunload', holdIfUnsaved);
  window.addEventListener('pagehide', keepOnHide);
  return () => {
    window.removeEventListener('beforeunload', holdIfUnsaved);
    window.removeEventListener('pagehide', keepOnHide);
  };
}

/** At start, before any text opens: words kept as the page last went are put in their place. */
export async function putBackWordsKeptOnLeaving(db: PortfolioDatabase): Promise<void> {
  const stored = localStorage.getItem(KEPT_TEXT);
  if (stored === null) return;
  let kept: KeptText;
  try {
    kept = JSON.parse(stored) as KeptText;
  } catch {
    localStorage.removeItem(KEPT_TEXT);
    return;
  }
  try {
    const place = await putBackKeptText(db, kept);
    localStorage.removeItem(KEPT_TEXT);
    if (place !== undefined) showNotice(`The last words you typed in ${place} before the app closed are saved.`);
  } catch (error) {
    // Kept for the next start: nothing is dropped because one attempt failed.
    showNotice(describeFailure(error));
  }
}
