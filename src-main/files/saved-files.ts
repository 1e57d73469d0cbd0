import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ShowSavedFileOutcome } from '../contract.js';

/**
 * The files the app saved this session, each under an id the page may hold. The page asks
 * to show a file by its id, so a path never comes from the page: it can only reveal what the
 * user chose in a save dialog.
 */
export class SavedFiles {
  private readonly paths = new Map<string, string>();

  remember(path: string): string {
    const id = randomUUID();
    this.paths.set(id, path);
    return id;
  }

  /**
   * Shows the file in its folder with `reveal` (Electron's `shell.showItemInFolder`), or says
   * why not: the file was moved or deleted since, or the id is not one of this session's.
   */
  async show(savedFileId: string, reveal: (path: string) => void): Promise<ShowSavedFileOutcome> {
    const path = this.paths.get(savedFileId);
    if (path === undefined)
      return {
        status: 'failed',
        message:
          'That file was saved before the app last started, so it cannot be found from here. Look for it in the folder you saved it to.',
      };
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
    } catch {
      return {
        status: 'failed',
        message: `“${basename(path)}” is no longer where it was saved: it may have been moved, renamed or deleted.`,
      };
    }
    reveal(path);
    return { status: 'shown' };
  }
}
