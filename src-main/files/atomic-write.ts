import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteSteps {
  /** Called after the temporary file is complete and flushed, before it replaces the target. */
  readonly beforeRename?: (temporaryPath: string) => Promise<void> | void;
  /** Where a temporary file is noted while it exists, so one a crash leaves is cleared at the next start. */
  readonly journal?: TemporaryFiles;
}

/** Our temporary files' names, and only theirs: `.~Part 1.docx.3f9a1c2b7d4e.tmp`. */
const TEMPORARY_NAME = /^\.~.+\.[0-9a-f]{12}\.tmp$/u;

/**
 * Writes `bytes` to `path` so that the file at `path` is at every moment either the old
 * file or the complete new one: the bytes go to a temporary file in the same folder,
 * are flushed to disk, and the temporary file is then renamed over the target (a rename
 * within one folder is atomic on the file systems we run on).
 *
 * The temporary file is readable by the user alone (it holds a portfolio), and so is the
 * file it becomes. If anything fails, the temporary file is removed and the old file is
 * untouched; one a crash leaves behind is removed at the next start (`TemporaryFiles`).
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, steps: AtomicWriteSteps = {}): Promise<void> {
  await replaceAtomically(
    path,
    async (temporaryPath) => {
      const handle = await open(temporaryPath, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    steps,
  );
}

/**
 * The same for a file already on disk (one that came from the page in pieces): copied by the
 * operating system, never read into memory, then flushed and renamed over the target.
 */
export async function copyFileAtomic(from: string, path: string, steps: AtomicWriteSteps = {}): Promise<void> {
  await replaceAtomically(
    path,
    async (temporaryPath) => {
      await copyFile(from, temporaryPath, constants.COPYFILE_EXCL);
      const handle = await open(temporaryPath, 'r+');
      try {
        await handle.chmod(0o600);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    steps,
  );
}

async function replaceAtomically(
  path: string,
  fill: (temporaryPath: string) => Promise<void>,
  steps: AtomicWriteSteps,
): Promise<void> {
  const temporaryPath = join(dirname(path), `.~${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const note = await steps.journal?.note(temporaryPath);
  try {
    await fill(temporaryPath);
    await steps.beforeRename?.(temporaryPath);
    await rename(temporaryPath, path);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  } finally {
    if (note !== undefined) await steps.journal?.done(note);
  }
}

/**
 * A note, in the app's own data, of each temporary file while it exists: the power can go
 * between writing one and renaming it, and it would stay beside the person's files, a copy of a
 * portfolio nobody knows is there. At the next start, each one noted is removed.
 */
export class TemporaryFiles {
  constructor(private readonly folder: string) {}

  async note(temporaryPath: string): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const note = join(this.folder, `${randomBytes(8).toString('hex')}.json`);
    await writeFile(note, JSON.stringify({ path: temporaryPath }), { mode: 0o600 });
    return note;
  }

  async done(note: string): Promise<void> {
    await unlink(note).catch(() => undefined);
  }

  /** Removes every temporary file a crash left, and the notes; never anything not named as ours. Returns how many went. */
  async clearLeftovers(): Promise<number> {
    let cleared = 0;
    const notes = await readdir(this.folder).catch(() => []);
    for (const name of notes) {
      const note = join(this.folder, name);
      try {
        const { path } = JSON.parse(await readFile(note, 'utf8')) as { path?: unknown };
        if (typeof path === 'string' && TEMPORARY_NAME.test(basename(path))) {
          await unlink(path);
          cleared++;
        }
      } catch {
        // Already gone, or a note that cannot be read: nothing to remove but the note.
      }
      await unlink(note).catch(() => undefined);
    }
    return cleared;
  }
}
