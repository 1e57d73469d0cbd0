import type { ByteSink, ByteSource, FileData, KeepFile } from '../core/portfolio-file/byte-source.js';

/**
 * Files as the database keeps them, Blobs, read and written a piece at a time. The browser
 * holds a Blob's bytes in its own storage (on disk when they are many), not in the page's
 * memory, so a portfolio file of hundreds of megabytes passes through the page a piece at a time.
 */

export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

export const keepAsBlob: KeepFile = (bytes, mediaType) =>
  new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType });

/** A file kept as a Blob of its type: one already a Blob is used as it is, not copied. */
export function asBlob(data: FileData, mediaType: string): Blob {
  if (data instanceof Blob) return data.type === mediaType ? data : new Blob([data], { type: mediaType });
  if (data instanceof Uint8Array) return new Blob([data as Uint8Array<ArrayBuffer>], { type: mediaType });
  throw new Error('A file to keep is neither bytes nor a Blob.');
}

/** How many bytes of pieces are gathered before they are handed to the browser as one Blob. */
const GATHERED_BYTES = 16 * 1024 * 1024;

/** A sink that gathers what is written into a Blob, handing pieces to the browser as it goes. */
export function blobSink(type: string): { readonly sink: ByteSink; readonly finish: () => Blob } {
  const parts: BlobPart[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const gather = () => {
    if (pending.length > 0) parts.push(new Blob(pending as Uint8Array<ArrayBuffer>[]));
    pending = [];
    pendingBytes = 0;
  };
  return {
    sink: (piece) => {
      // A piece may be a view of a buffer the writer goes on using: keep a copy.
      pending.push(piece.slice());
      pendingBytes += piece.length;
      if (pendingBytes >= GATHERED_BYTES) gather();
      return Promise.resolve();
    },
    finish: () => {
      gather();
      return new Blob(parts, { type });
    },
  };
}
