/**
 * Bytes read a stretch at a time: a file on disk or a Blob in the browser, or bytes in memory.
 * A portfolio file holding a hundred phone photos is hundreds of megabytes; reading it through a
 * source keeps one part of it in memory at a time.
 */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `offset`; fewer only where the source ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

/** The stretch of `source` from `start`, `size` bytes long, as a source of its own. */
export function partOf(source: ByteSource, start: number, size: number): ByteSource {
  return {
    size,
    read: (offset, length) => source.read(start + offset, Math.max(0, Math.min(length, size - offset))),
  };
}

/**
 * A file a portfolio file carries: bytes in memory, or something that reads them when asked
 * (a Blob in the browser, which the page need not hold in memory).
 */
export type FileData = Uint8Array | { readonly size: number; arrayBuffer(): Promise<ArrayBuffer> };

export async function bytesOf(data: FileData): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

/** How a reader keeps each file it has checked: as bytes, or as a Blob the page need not hold. */
export type KeepFile = (bytes: Uint8Array, mediaType: string) => FileData;

/** Where a file being written goes, a piece at a time, in order. */
export type ByteSink = (piece: Uint8Array) => Promise<void>;
