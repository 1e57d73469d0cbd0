import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../security/app-origin.js';
import { mayRequest } from '../security/policies.js';
import { rightClickMenu, SPELLING_DICTIONARIES_URL, type MenuItem } from './spelling-menu.js';

const labels = (items: MenuItem[]) =>
  items.map((item) => ('label' in item ? item.label : 'role' in item ? `[${item.role}]` : '—'));

describe('the spelling dictionaries', () => {
  it('are looked for in the app’s own files, never on the network', () => {
    expect(isAppUrl(SPELLING_DICTIONARIES_URL)).toBe(true);
    expect(mayRequest(`${SPELLING_DICTIONARIES_URL}en-GB-10-1.bdic`)).toBe(true);
  });
});

describe('the right-click menu', () => {
  it('offers the spellchecker’s suggestions for a misspelt word, and adding it to the dictionary', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn(), addsAtOnce: true };
    const items = rightClickMenu(
      {
        misspelledWord: 'behavour',
        dictionarySuggestions: ['behaviour', 'behavior'],
        isEditable: true,
        selectionText: '',
      },
      actions,
    );
    expect(labels(items)).toEqual([
      'behaviour',
      'behavior',
      'Add “behavour” to the dictionary',
      '—',
      '[cut]',
      '[copy]',
      '[paste]',
      '[selectAll]',
    ]);
    (items[0] as { click: () => void }).click();
    (items[2] as { click: () => void }).click();
    expect(actions.replaceWith).toHaveBeenCalledWith('behaviour');
    expect(actions.addToDictionary).toHaveBeenCalledWith('behavour');
  });

  it('says when there is no suggestion, and offers only editing for a word spelt right', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn(), addsAtOnce: true };
    expect(
      labels(
        rightClickMenu(
          { misspelledWord: 'SENCOs', dictionarySuggestions: [], isEditable: true, selectionText: '' },
          actions,
        ),
      ).slice(0, 2),
    ).toEqual(['No spelling suggestions', 'Add “SENCOs” to the dictionary']);
    expect(
      labels(
        rightClickMenu({ misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '' }, actions),
      ),
    ).toEqual(['[cut]', '[copy]', '[paste]', '[selectAll]']);
    expect(
      labels(
        rightClickMenu(
          { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: 'Findings' },
          actions,
        ),
      ),
    ).toEqual(['[copy]']);
  });

  it('says when an added word stops being marked only from the next start (Windows, macOS: the app’s own list, never the system’s)', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn(), addsAtOnce: false };
    expect(
      labels(
        rightClickMenu(
          { misspelledWord: 'Oliwia', dictionarySuggestions: [], isEditable: true, selectionText: '' },
          actions,
        ),
      )[1],
    ).toBe('Add “Oliwia” to the dictionary (from the next start)');
  });
});
