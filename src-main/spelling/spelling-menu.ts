import { APP_HOST, APP_SCHEME } from '../security/app-origin.js';

/**
 * British English spelling in the desktop app: Electron's spellchecker set to en-GB, and a
 * right-click menu that offers its suggestions for a misspelt word and "Add to dictionary".
 * The menu's items are worked out here, apart from Electron, so they can be tested in Node.
 */

export const SPELLING_LANGUAGES = ['en-GB'] as const;

/**
 * Where Electron looks for Hunspell dictionaries on Windows and Linux: the app's own files, never
 * the Chromium servers it would otherwise fetch them from. The app asks for nothing on the network.
 */
export const SPELLING_DICTIONARIES_URL = `${APP_SCHEME}://${APP_HOST}/dictionaries/`;

/** What Electron's context-menu event says about the place right-clicked (a subset of its ContextMenuParams). */
export interface RightClick {
  readonly misspelledWord: string;
  readonly dictionarySuggestions: readonly string[];
  readonly isEditable: boolean;
  readonly selectionText: string;
}

export interface SpellingActions {
  readonly replaceWith: (word: string) => void;
  readonly addToDictionary: (word: string) => void;
  /** Whether an added word stops being marked at once (Linux) or from the app's next start (word-list.ts). */
  readonly addsAtOnce: boolean;
}

export type MenuItem =
  | { readonly label: string; readonly click: () => void; readonly enabled?: boolean }
  | { readonly type: 'separator' }
  | { readonly role: 'cut' | 'copy' | 'paste' | 'selectAll' };

/** The right-click menu: spelling first when the word is misspelt, then editing as the place allows. */
export function rightClickMenu(click: RightClick, actions: SpellingActions): MenuItem[] {
  const items: MenuItem[] = [];
  if (click.isEditable && click.misspelledWord !== '') {
    const suggestions = click.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0)
      items.push({ label: 'No spelling suggestions', click: () => undefined, enabled: false });
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => actions.replaceWith(suggestion) });
    const label = actions.addsAtOnce
      ? `Add “${click.misspelledWord}” to the dictionary`
      : `Add “${click.misspelledWord}” to the dictionary (from the next start)`;
    items.push({ label, click: () => actions.addToDictionary(click.misspelledWord) }, { type: 'separator' });
  }
  if (click.isEditable) items.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
  else if (click.selectionText !== '') items.push({ role: 'copy' });
  return items;
}
