import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** O_NONBLOCK on Linux and macOS; Windows has none (its file system holds no pipes), and Node's types do not say so. */
const NO_WAITING = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

/** A path that names something other than a file: a folder, a device, a pipe, a socket. */
export class NotAFileError extends Error {
  constructor(
    readonly path: string,
    readonly isFolder: boolean,
  ) {
    super(`${path} is not a regular file`);
    this.name = 'NotAFileError';
  }
}

export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly limitBytes: number,
  ) {
    super(`${path} is larger than ${limitBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * Reads a whole file, refusing one larger than `limitBytes` before reading it into memory,
 * and anything that is not a regular file (a pipe would wait for ever, a device never end).
 * It is opened without waiting (a pipe opens at once that way) and checked on the open handle,
 * so what is read is what was checked. The size is checked on the handle and again while
 * reading, so a file that grows between the check and the read is still refused.
 */
export async function readFileLimited(path: string, limitBytes: number): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  await readFileInPieces(path, limitBytes, Number.MAX_SAFE_INTEGER, ({ bytes }) => {
    pieces.push(bytes);
  });
  return pieces.length === 1 ? (pieces[0] as Uint8Array) : Buffer.concat(pieces);
}

/** One piece of a file as it is read: where it starts, its bytes, and the whole file's size. */
export interface FilePiece {
  readonly offset: number;
  readonly bytes: Uint8Array;
  readonly size: number;
}

/**
 * The same checks, with the file handed on a piece of at most `pieceBytes` at a time, each a
 * buffer of its own, so a file of a gigabyte is never whole in memory. An empty file is one
 * empty piece.
 */
export async function readFileInPieces(
  path: string,
  limitBytes: number,
  pieceBytes: number,
  onPiece: (piece: FilePiece) => void | Promise<void>,
): Promise<void> {
  const handle = await open(path, constants.O_RDONLY | NO_WAITING);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotAFileError(path, stats.isDirectory());
    const { size } = stats;
    if (size > limitBytes) throw new FileTooLargeError(path, limitBytes);
    let offset = 0;
    do {
      // One byte more than is left, so a file that grew since the check is caught.
      const buffer = new Uint8Array(Math.min(pieceBytes, size - offset + 1));
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (offset + length > size) throw new FileTooLargeError(path, limitBytes);
      await onPiece({ offset, bytes: buffer.subarray(0, length), size });
      offset += length;
      if (length < buffer.length) break;
    } while (offset < size);
  } finally {
    await handle.close();
  }
}
