import { basename, dirname } from 'node:path';
import type { SaveOutcome } from '../contract.js';
import type { IncomingFile } from './file-transfers.js';
import type { ReceivedFile } from './requests.js';
import { copyFileAtomic } from '../files/atomic-write.js';
import { describeFileError } from '../files/describe-file-error.js';
import type { SavedFiles } from '../files/saved-files.js';

/** Shows the save dialog; resolves to the chosen path, or undefined if the user cancelled. */
export type AskWhereToSave = (suggestedFileName: string) => Promise<string | undefined>;

/**
 * Saves a file (an exported document, a backup) where the user chooses. The path comes from
 * the dialog, never from the renderer; the write is atomic, so a failure leaves any earlier
 * file intact.
 */
export async function saveFile(
  request: ReceivedFile<IncomingFile>,
  askWhereToSave: AskWhereToSave,
  savedFiles: SavedFiles,
  copy: (from: string, path: string) => Promise<void> = copyFileAtomic,
): Promise<SaveOutcome> {
  try {
    const path = await askWhereToSave(request.suggestedFileName);
    if (path === undefined) return { status: 'cancelled' };
    const fileName = basename(path);
    try {
      await copy(request.file.path, path);
      return { status: 'saved', fileName, folder: dirname(path), savedFileId: savedFiles.remember(path) };
    } catch (error) {
      return { status: 'failed', message: describeFileError(error, fileName) };
    }
  } finally {
    // Saved, cancelled or failed, the copy that came from the page goes: it holds a portfolio.
    await request.file.discard();
  }
}
