import { describe, expect, it } from 'vitest';
import { describeFailure } from './failure.js';

const named = (name: string, inner?: unknown) => Object.assign(new Error(`${name} happened`), { name, inner });

describe('describeFailure', () => {
  it('explains a full disk, even when Dexie wraps it', () => {
    expect(describeFailure(named('AbortError', named('QuotaExceededError')))).toMatch(/run out of room/);
  });

  it('explains data from a newer version of the app', () => {
    expect(describeFailure(named('VersionError'))).toMatch(/newer version/);
  });

  it('falls back to a message that promises nothing is lost', () => {
    expect(describeFailure(new Error('disk on fire'))).toMatch(/could not be saved \(disk on fire\).*stay on screen/);
    expect(describeFailure('odd')).toMatch(/could not be saved\. They stay on screen/);
  });
});
