import { open } from 'node:fs/promises';

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
 * Reads a whole file, refusing one larger than `limitBytes` before reading it into memory.
 * The size is checked on the open handle and again while reading, so a file that grows
 * between the check and the read is still refused.
 */
export async function readFileLimited(path: string, limitBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limitBytes) throw new FileTooLargeError(path, limitBytes);
    const buffer = new Uint8Array(size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > size) throw new FileTooLargeError(path, limitBytes);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
