import { basename } from 'node:path';
import { MAX_FILE_BYTES } from './limits.js';
import { randomUUID } from 'node:crypto';
import type { OpenedFilePiece } from '../contract.js';
import { CHUNK_BYTES } from '../ipc/file-transfers.js';
import { FileTooLargeError, NotAFileError, readFileInPieces } from './read-limited.js';

/** The largest portfolio file the app will read: the format's own limit (core/files/limits.ts), and what may cross to the page (ipc/file-transfers.ts). */
export const MAX_OPENED_BYTES = MAX_FILE_BYTES;

/**
 * The portfolio file named on a command line: Windows and Linux start the app with the path of
 * a double-clicked file among their arguments (and pass it to the running app as a second
 * instance's arguments). Flags and the app's own path are passed over.
 */
export function portfolioFileIn(argv: readonly string[]): string | undefined {
  return argv.find((argument) => !argument.startsWith('-') && /\.nasenco$/iu.test(argument));
}

/**
 * A file the user opened (double-click, File > Open, drop on the app's icon), read and handed
 * to the page a piece of at most 32 MB at a time (ipc/file-transfers.ts), never whole in memory;
 * or why it could not be read.
 */
export async function sendOpenedFile(
  path: string,
  send: (message: OpenedFilePiece) => void,
  pieceBytes: number = CHUNK_BYTES,
): Promise<void> {
  const name = basename(path);
  const fileId = randomUUID();
  try {
    await readFileInPieces(path, MAX_OPENED_BYTES, pieceBytes, (piece) => {
      send({ name, fileId, ...piece });
    });
  } catch (error) {
    send({ name, problem: describeOpenError(error, name) });
  }
}

function describeOpenError(error: unknown, name: string): string {
  if (error instanceof FileTooLargeError) return `“${name}” is larger than any portfolio file, so it was not opened.`;
  if (error instanceof NotAFileError)
    return error.isFolder
      ? `“${name}” is a folder, not a portfolio file.`
      : `“${name}” is not a file (it may be a device or a pipe), so it was not opened.`;
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOENT':
      return `“${name}” could not be found: it may have been moved, or the USB stick removed.`;
    case 'EACCES':
    case 'EPERM':
      return `“${name}” could not be read: this account is not allowed to open it. Copy it somewhere of your own, such as Documents, and open it from there.`;
    case 'EISDIR':
      return `“${name}” is a folder, not a portfolio file.`;
    default:
      return `“${name}” could not be read. Try copying it to this computer and opening it again.`;
  }
}

/**
 * Files opened before the page can take them (at launch, or while it loads) wait here, then go
 * to the page in the order they came.
 */
export class OpenedFilesQueue {
  private waiting: string[] = [];
  private deliver: ((path: string) => void) | undefined;

  open(path: string): void {
    if (this.deliver === undefined) this.waiting.push(path);
    else this.deliver(path);
  }

  /** From now on, files go straight to `deliver`; those waiting go first. */
  ready(deliver: (path: string) => void): void {
    this.deliver = deliver;
    const waiting = this.waiting;
    this.waiting = [];
    for (const path of waiting) deliver(path);
  }

  /** The page is gone (reloading, closed): files wait again. */
  notReady(): void {
    this.deliver = undefined;
  }
}
