import { describe, expect, it } from 'vitest';
import { formatLastEdited } from './last-edited.js';

const at = (text: string) => new Date(text).getTime();

describe('formatLastEdited', () => {
  const now = at('2026-11-23T15:00:00');
  it.each([
    ['2026-11-23T14:59:30', 'just now'],
    ['2026-11-23T09:05:00', 'today at 09:05'],
    ['2026-11-22T18:30:00', 'yesterday at 18:30'],
    ['2026-03-03T10:00:00', '3 March 2026'],
  ])('%s reads %j', (edited, text) => {
    expect(formatLastEdited(at(edited), now)).toBe(text);
  });
});
