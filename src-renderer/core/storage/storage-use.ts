/**
 * What the app says about its storage on this computer: how much the portfolios take, how much
 * room is left, and whether the computer has agreed to keep it when the disk is nearly full.
 */

export interface StorageUse {
  /** Bytes used, as the browser estimates them; undefined where it cannot say. */
  readonly usage: number | undefined;
  /** Bytes the app may use in all. */
  readonly quota: number | undefined;
  /** Whether the storage is kept when space runs low (navigator.storage.persisted()). */
  readonly kept: boolean | undefined;
}

/** A size as people read it: "820 KB", "3.4 MB", "12 GB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} bytes`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toString()} ${units[unit] ?? ''}`;
}

/** The room the storage takes and has left, in one sentence. */
/** `portfolios`: how many there are, where the screen knows (the home screen); none is said as such. */
export function describeRoom({ usage, quota }: StorageUse, portfolios?: number): string {
  // An empty database still takes a little room of its own: "your portfolios take 72 KB" would be untrue with none.
  if (portfolios === 0)
    return quota === undefined
      ? 'You have no portfolios on this computer yet.'
      : `You have no portfolios on this computer yet; there is room for about ${formatBytes(Math.max(0, quota - (usage ?? 0)))}.`;
  if (usage === undefined) return 'This computer does not say how much room your portfolios take.';
  const used = `Your portfolios take ${formatBytes(usage)} on this computer`;
  if (quota === undefined) return `${used}.`;
  return `${used}, with room for about ${formatBytes(Math.max(0, quota - usage))} more.`;
}

/** Whether the storage is kept, and what that means for the person. */
export function describeKeeping({ kept }: StorageUse): string {
  if (kept === true) return 'The computer has agreed to keep this storage even when its disk is nearly full.';
  if (kept === false)
    return 'The computer has not agreed to keep this storage when its disk is nearly full, so it could clear it then. Back up everything to a USB stick or your school’s storage often.';
  return 'This computer does not say whether it keeps this storage when its disk is nearly full. Back up everything to a USB stick or your school’s storage often.';
}

/** Nearly full: less than a twentieth of the quota, or under 50 MB, left. */
export function isNearlyFull({ usage, quota }: StorageUse): boolean {
  if (usage === undefined || quota === undefined) return false;
  const left = quota - usage;
  return left < quota / 20 || left < 50 * 1024 * 1024;
}
