import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteSteps {
  /** Called after the temporary file is complete and flushed, before it replaces the target. */
  readonly beforeRename?: (temporaryPath: string) => Promise<void> | void;
}

/**
 * Writes `bytes` to `path` so that the file at `path` is at every moment either the old
 * file or the complete new one: the bytes go to a temporary file in the same folder,
 * are flushed to disk, and the temporary file is then renamed over the target (a rename
 * within one folder is atomic on the file systems we run on).
 *
 * If anything fails, the temporary file is removed and the old file is untouched.
 * A crash between flush and rename leaves the old file and a stray `.~name.tmp` file.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  steps: AtomicWriteSteps = {},
): Promise<void> {
  const temporaryPath = join(dirname(path), `.~${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporaryPath, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await steps.beforeRename?.(temporaryPath);
    await rename(temporaryPath, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
}
