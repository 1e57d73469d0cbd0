import { describe, expect, it } from 'vitest';
import { describeStorageError } from './describe-storage-error.js';

const named = (name: string, inner?: unknown) => Object.assign(new Error(`${name} happened`), { name, inner });

describe('describeStorageError', () => {
  it('explains a full disk, even when Dexie wraps it', () => {
    expect(describeStorageError(named('AbortError', named('QuotaExceededError')))).toMatch(/run out of room/);
  });

  it('explains data from a newer version of the app', () => {
    expect(describeStorageError(named('VersionError'))).toMatch(/newer version/);
  });

  it('falls back to a message that promises nothing is lost', () => {
    expect(describeStorageError(new Error('disk on fire'))).toMatch(/could not be saved \(disk on fire\).*stay on screen/);
    expect(describeStorageError('odd')).toMatch(/could not be saved\. They stay on screen/);
  });
});
