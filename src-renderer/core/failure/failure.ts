/**
 * How the app reports a failure (docs/architecture.md, "Failures"). A `UserFacingError`
 * carries a message written for the person using the app: what was refused and what to do.
 * Everything else is a fault, described here in words that promise nothing is lost.
 */

/** A refusal to tell the user in their own words; nothing was changed. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/**
 * Says in plain words why saving to the browser's storage failed and what to do.
 * Dexie wraps the browser's errors, so look through `inner` too.
 */
function describeStorageFailure(error: unknown): string {
  const names = errorNames(error);
  if (names.has('QuotaExceededError')) return STORAGE_FULL_MESSAGE;
  if (names.has('VersionError')) {
    return 'Your portfolios were last opened by a newer version of this app. Install that version to keep working; nothing has been changed.';
  }
  if (names.has('InvalidStateError') || names.has('DatabaseClosedError') || names.has('OpenFailedError')) {
    return 'The app could not reach its storage. Close other copies of the app, then restart it; what you typed stays on screen until it is saved.';
  }
  const message = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
  return `Your latest changes could not be saved${message}. They stay on screen; the app keeps trying.`;
}

export const STORAGE_FULL_MESSAGE =
  'Your computer has run out of room for the app’s data. Nothing already saved is lost. Back up now, then free some disk space; what you typed stays on screen and is saved as soon as there is room.';

/** Whether the browser refused a write because its storage is full (Dexie wraps the browser's error). */
export function isStorageFull(error: unknown): boolean {
  return errorNames(error).has('QuotaExceededError');
}

function errorNames(error: unknown): Set<string> {
  const names = new Set<string>();
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.add(name);
    current = inner;
  }
  return names;
}

/**
 * The one way to put a failure into words: a refusal says what to change; anything else (an
 * engine's RangeError included, whose message is not written for anyone) is a storage problem.
 */
export function describeFailure(error: unknown): string {
  return error instanceof UserFacingError ? error.message : describeStorageFailure(error);
}
