import { useCallback, useEffect, useState } from 'react';
import type { StorageUse } from '../../core/storage/storage-use.js';

let keepingAsked: Promise<boolean | undefined> | undefined;

/**
 * Asks the computer, once per start, to keep the app's storage even when the disk is nearly
 * full (the browser decides; the desktop app's storage is its own folder). Called at start.
 */
export function askToKeepStorage(): Promise<boolean | undefined> {
  keepingAsked ??= navigator.storage.persist().catch(() => undefined);
  return keepingAsked;
}

async function readStorageUse(): Promise<StorageUse> {
  const kept = await askToKeepStorage().then(
    async (granted) => granted ?? (await navigator.storage.persisted().catch(() => undefined)),
  );
  const estimate = await navigator.storage.estimate().catch(() => ({ usage: undefined, quota: undefined }));
  return { usage: estimate.usage, quota: estimate.quota, kept };
}

/** The app's storage as the computer reports it, read when shown; `askAgain` asks once more to keep it. */
export function useStorageUse(): { readonly use: StorageUse | undefined; readonly askAgain: () => Promise<void> } {
  const [use, setUse] = useState<StorageUse>();
  useEffect(() => {
    let shown = true;
    void readStorageUse().then((read) => shown && setUse(read));
    return () => {
      shown = false;
    };
  }, []);
  const askAgain = useCallback(async () => {
    keepingAsked = undefined;
    setUse(await readStorageUse());
  }, []);
  return { use, askAgain };
}
