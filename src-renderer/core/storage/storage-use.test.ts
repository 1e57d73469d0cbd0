import { describe, expect, it } from 'vitest';
import { describeKeeping, describeRoom, formatBytes, isNearlyFull } from './storage-use.js';

describe('sizes', () => {
  it('read as people say them', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(820 * 1024)).toBe('820 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(formatBytes(12 * 1024 ** 3)).toBe('12 GB');
    expect(formatBytes(-5)).toBe('0 bytes');
  });
});

describe('what the app says about its storage', () => {
  it('says what the portfolios take and the room left', () => {
    expect(describeRoom({ usage: 3.4 * 1024 * 1024, quota: 3.4 * 1024 * 1024 + 120 * 1024 ** 3, kept: true }, 2)).toBe(
      'Your portfolios take 3.4 MB on this computer, with room for about 120 GB more.',
    );
    expect(describeRoom({ usage: 2048, quota: undefined, kept: undefined }, 1)).toBe(
      'Your portfolios take 2.0 KB on this computer.',
    );
    // With no portfolio, the database's own few kilobytes are not "your portfolios".
    expect(describeRoom({ usage: 72 * 1024, quota: 72 * 1024 + 120 * 1024 ** 3, kept: true }, 0)).toBe(
      'You have no portfolios on this computer yet; there is room for about 120 GB.',
    );
    expect(describeRoom({ usage: undefined, quota: undefined, kept: undefined })).toBe(
      'This computer does not say how much room your portfolios take.',
    );
  });

  it('says whether the storage is kept when the disk is nearly full, and asks for backups when it is not', () => {
    expect(describeKeeping({ usage: 0, quota: 1, kept: true })).toMatch(/^The computer has agreed to keep/u);
    expect(describeKeeping({ usage: 0, quota: 1, kept: false })).toMatch(/could clear it then\. Back up everything/u);
    expect(describeKeeping({ usage: 0, quota: 1, kept: undefined })).toMatch(/does not say whether it keeps/u);
  });

  it('knows when room is running out', () => {
    const mb = 1024 * 1024;
    expect(isNearlyFull({ usage: 10 * mb, quota: 10_000 * mb, kept: true })).toBe(false);
    expect(isNearlyFull({ usage: 9_600 * mb, quota: 10_000 * mb, kept: true })).toBe(true);
    expect(isNearlyFull({ usage: 60 * mb, quota: 100 * mb, kept: true })).toBe(true);
    expect(isNearlyFull({ usage: undefined, quota: 100 * mb, kept: true })).toBe(false);
  });
});
