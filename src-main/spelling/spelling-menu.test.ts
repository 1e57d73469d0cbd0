import { describe, expect, it, vi } from 'vitest';
import { rightClickMenu, type MenuItem } from './spelling-menu.js';

const labels = (items: MenuItem[]) => items.map((item) => ('label' in item ? item.label : 'role' in item ? `[${item.role}]` : '—'));

describe('the right-click menu', () => {
  it('offers the spellchecker’s suggestions for a misspelt word, and adding it to the dictionary', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn() };
    const items = rightClickMenu({ misspelledWord: 'behavour', dictionarySuggestions: ['behaviour', 'behavior'], isEditable: true, selectionText: '' }, actions);
    expect(labels(items)).toEqual(['behaviour', 'behavior', 'Add “behavour” to the dictionary', '—', '[cut]', '[copy]', '[paste]', '[selectAll]']);
    (items[0] as { click: () => void }).click();
    (items[2] as { click: () => void }).click();
    expect(actions.replaceWith).toHaveBeenCalledWith('behaviour');
    expect(actions.addToDictionary).toHaveBeenCalledWith('behavour');
  });

  it('says when there is no suggestion, and offers only editing for a word spelt right', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn() };
    expect(labels(rightClickMenu({ misspelledWord: 'SENCOs', dictionarySuggestions: [], isEditable: true, selectionText: '' }, actions)).slice(0, 2)).toEqual(['No spelling suggestions', 'Add “SENCOs” to the dictionary']);
    expect(labels(rightClickMenu({ misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '' }, actions))).toEqual(['[cut]', '[copy]', '[paste]', '[selectAll]']);
    expect(labels(rightClickMenu({ misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: 'Findings' }, actions))).toEqual(['[copy]']);
  });
});
