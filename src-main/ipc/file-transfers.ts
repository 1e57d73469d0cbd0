import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemporaryFiles } from '../files/atomic-write.js';
import type { FileChunk, IPC_CHUNK_BYTES } from '../contract.js';
import { InvalidRequestError, MAX_SAVED_BYTES } from './requests.js';

/**
 * Files cross between the page and the main process in pieces. Electron serialises each IPC
 * message whole (a typed array with its whole underlying buffer, whatever part it views), and
 * one past about 512 MB (V8's longest string) crashes it (electron#53961);
 * a backup holding phone photos can pass that. So no message carries more than 32 MB, and a
 * file of any size the app allows goes as a run of them, in order, into a file of the size
 * announced first.
 */

/** The most one IPC message carries, far below what crashes Electron. Checked against the contract's type. */
export const CHUNK_BYTES: IPC_CHUNK_BYTES = 33_554_432;

/** How many files may be on their way at once; a page sends one at a time. */
const MAX_OPEN_TRANSFERS = 4;

/** A file every piece of which has come, waiting in the app's own folder to be saved. */
export interface IncomingFile {
  readonly path: string;
  readonly size: number;
  /** Its first bytes, which say what kind of file it is. */
  readonly head: Uint8Array;
  /** Removes the waiting file, whether it was saved or not. */
  readonly discard: () => Promise<void>;
}

interface Transfer {
  readonly path: string;
  readonly handle: FileHandle;
  readonly size: number;
  readonly note: string | undefined;
  readonly head: Uint8Array;
  received: number;
  readonly startedAt: number;
  /** Ends the transfer if it is not finished in time (the page reloaded mid-send, or never asked to save). */
  readonly abandon: NodeJS.Timeout;
}

/**
 * Files on their way from the page, by id: each announced with its size, then written to a file
 * of its own in the app's folder, a piece at a time and in order, so the main process never holds
 * a backup of hundreds of megabytes in memory. The file is for the user alone, noted in the
 * journal while it exists (a crash leaves nothing behind after the next start), and removed once
 * saved, refused or abandoned.
 */
export class IncomingFiles {
  private readonly transfers = new Map<string, Transfer>();
  /** Transfers being set up: counted at once, so calls at the same moment cannot pass the limit together. */
  private opening = 0;

  constructor(
    private readonly folder: string,
    private readonly journal?: TemporaryFiles,
    private readonly now: () => number = Date.now,
    /** A file not finished in this long was abandoned (the page reloaded mid-send): it goes. */
    private readonly abandonedAfterMs = 10 * 60 * 1000,
  ) {}

  async begin(size: number): Promise<string> {
    await this.forgetAbandoned();
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SAVED_BYTES)
      throw new InvalidRequestError('file size is out of range');
    if (this.transfers.size + this.opening >= MAX_OPEN_TRANSFERS)
      throw new InvalidRequestError('too many files on their way');
    this.opening += 1;
    try {
      const id = randomUUID();
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      const path = join(this.folder, `.~incoming.${randomBytes(6).toString('hex')}.tmp`);
      const note = await this.journal?.note(path);
      const handle = await open(path, 'wx', 0o600).catch(async (error: unknown) => {
        if (note !== undefined) await this.journal?.done(note);
        throw error;
      });
      const abandon = setTimeout(() => {
        const transfer = this.transfers.get(id);
        if (transfer !== undefined) void this.end(id, transfer);
      }, this.abandonedAfterMs);
      // A transfer waiting to be abandoned never keeps the app from quitting.
      abandon.unref();
      const startedAt = this.now();
      this.transfers.set(id, { path, handle, size, note, head: new Uint8Array(8), received: 0, startedAt, abandon });
      return id;
    } finally {
      this.opening -= 1;
    }
  }

  /** The next piece, which must start where the last one ended and stay inside the announced size. */
  async add(chunk: FileChunk): Promise<void> {
    const transfer = this.transfers.get(chunk.fileId);
    if (transfer === undefined) throw new InvalidRequestError('no such file on its way');
    if (chunk.offset !== transfer.received || chunk.offset + chunk.bytes.byteLength > transfer.size) {
      await this.end(chunk.fileId, transfer);
      throw new InvalidRequestError('file piece out of order or beyond its size');
    }
    if (chunk.offset < transfer.head.length)
      transfer.head.set(chunk.bytes.subarray(0, transfer.head.length - chunk.offset), chunk.offset);
    transfer.received += chunk.bytes.byteLength;
    try {
      let written = 0;
      while (written < chunk.bytes.byteLength) {
        const { bytesWritten } = await transfer.handle.write(
          chunk.bytes,
          written,
          chunk.bytes.byteLength - written,
          chunk.offset + written,
        );
        if (bytesWritten === 0) throw new Error('the disk took none of a file piece');
        written += bytesWritten;
      }
    } catch (error) {
      await this.end(chunk.fileId, transfer);
      throw error;
    }
  }

  /** The whole file, once every piece has come; it is then no longer on its way here. */
  async take(fileId: string): Promise<IncomingFile> {
    const transfer = this.transfers.get(fileId);
    if (transfer === undefined) throw new InvalidRequestError('no such file on its way');
    this.transfers.delete(fileId);
    clearTimeout(transfer.abandon);
    const discard = () => this.remove(transfer);
    try {
      await transfer.handle.close();
    } catch (error) {
      await discard();
      throw error;
    }
    if (transfer.received !== transfer.size) {
      await discard();
      throw new InvalidRequestError('file arrived incomplete');
    }
    return { path: transfer.path, size: transfer.size, head: transfer.head.slice(0, transfer.size), discard };
  }

  private async end(fileId: string, transfer: Transfer): Promise<void> {
    this.transfers.delete(fileId);
    clearTimeout(transfer.abandon);
    await transfer.handle.close().catch(() => undefined);
    await this.remove(transfer);
  }

  private async remove(transfer: Transfer): Promise<void> {
    await unlink(transfer.path).catch(() => undefined);
    if (transfer.note !== undefined) await this.journal?.done(transfer.note);
  }

  private async forgetAbandoned(): Promise<void> {
    for (const [id, transfer] of this.transfers)
      if (this.now() - transfer.startedAt > this.abandonedAfterMs) await this.end(id, transfer);
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
