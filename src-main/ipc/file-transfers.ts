import { randomUUID } from 'node:crypto';
import type { FileChunk, IPC_CHUNK_BYTES } from '../contract.js';
import { InvalidRequestError, MAX_SAVED_BYTES } from './requests.js';

/**
 * Files cross between the page and the main process in pieces. Electron serialises each IPC
 * message whole (a typed array with its whole underlying buffer, whatever part it views), and
 * one past about 512 MB (V8's longest string) crashes it (electron#53961);
 * a backup holding phone photos can pass that. So no message carries more than 32 MB, and a
 * file of any size the app allows goes as a run of them, in order, into a buffer of the size
 * announced first.
 */

/** The most one IPC message carries, far below what crashes Electron. Checked against the contract's type. */
export const CHUNK_BYTES: IPC_CHUNK_BYTES = 33_554_432;

/** How many files may be on their way at once; a page sends one at a time. */
const MAX_OPEN_TRANSFERS = 4;

interface Transfer {
  readonly bytes: Uint8Array;
  received: number;
  readonly startedAt: number;
}

/** Files on their way from the page, by id: each announced with its size, then filled in order. */
export class IncomingFiles {
  private readonly transfers = new Map<string, Transfer>();

  constructor(
    private readonly now: () => number = Date.now,
    /** A file not finished in this long was abandoned (the page reloaded mid-send): its memory goes. */
    private readonly abandonedAfterMs = 10 * 60 * 1000,
  ) {}

  begin(size: number): string {
    this.forgetAbandoned();
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SAVED_BYTES)
      throw new InvalidRequestError('file size is out of range');
    if (this.transfers.size >= MAX_OPEN_TRANSFERS) throw new InvalidRequestError('too many files on their way');
    const id = randomUUID();
    this.transfers.set(id, { bytes: new Uint8Array(size), received: 0, startedAt: this.now() });
    return id;
  }

  /** The next piece, which must start where the last one ended and stay inside the announced size. */
  add(chunk: FileChunk): void {
    const transfer = this.transfers.get(chunk.fileId);
    if (transfer === undefined) throw new InvalidRequestError('no such file on its way');
    if (chunk.offset !== transfer.received || chunk.offset + chunk.bytes.byteLength > transfer.bytes.byteLength) {
      this.transfers.delete(chunk.fileId);
      throw new InvalidRequestError('file piece out of order or beyond its size');
    }
    transfer.bytes.set(chunk.bytes, chunk.offset);
    transfer.received += chunk.bytes.byteLength;
  }

  /** The whole file, once every piece has come; it is then forgotten here. */
  take(fileId: string): Uint8Array {
    const transfer = this.transfers.get(fileId);
    if (transfer === undefined) throw new InvalidRequestError('no such file on its way');
    this.transfers.delete(fileId);
    if (transfer.received !== transfer.bytes.byteLength) throw new InvalidRequestError('file arrived incomplete');
    return transfer.bytes;
  }

  private forgetAbandoned(): void {
    for (const [id, transfer] of this.transfers)
      if (this.now() - transfer.startedAt > this.abandonedAfterMs) this.transfers.delete(id);
  }
}

/**
 * The pieces a file goes to the page in; an empty file is one empty piece. Each is a copy, not
 * a view: Electron serialises a view's whole underlying buffer, so views would send the whole
 * file with every piece.
 */
export function piecesOf(bytes: Uint8Array): { offset: number; bytes: Uint8Array }[] {
  const pieces: { offset: number; bytes: Uint8Array }[] = [];
  let offset = 0;
  do {
    pieces.push({ offset, bytes: bytes.slice(offset, offset + CHUNK_BYTES) });
    offset += CHUNK_BYTES;
  } while (offset < bytes.byteLength);
  return pieces;
}
