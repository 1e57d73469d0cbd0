import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatShortDate, todayIso } from './dates.js';

describe('dates', () => {
  it('writes stored dates out in British English, and leaves anything else as it was', () => {
    expect(formatIsoDate('2027-05-14')).toBe('14 May 2027');
    expect(formatShortDate('2026-09-03')).toBe('3 Sept 2026');
    expect(formatIsoDate('')).toBe('');
    expect(formatShortDate('soon')).toBe('soon');
  });

  it('gives today on this computer in the stored form', () => {
    expect(todayIso(new Date(2026, 10, 3, 23, 30))).toBe('2026-11-03');
  });
});
