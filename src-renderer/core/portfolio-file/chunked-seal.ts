import type { ByteSink, ByteSource } from './byte-source.js';
import type { FileCrypto, FileKey } from './file-crypto.js';

/**
 * Protection in chunks (file format 6; docs/file-format.md): the plain file is cut into chunks of
 * `chunkBytes` (the last may be shorter, never empty), and each is sealed on its own with
 * AES-256-GCM under the passphrase's key. Chunk i's 12-byte nonce is the file's random 7-byte
 * prefix, then i as 4 bytes big-endian, then 1 for the last chunk and 0 for every other. This is
 * the STREAM construction (Hoang, Reyhanitabar, Rogaway and Vizár, 2015), as Tink's streaming
 * AEAD lays its nonces out: a chunk moved, repeated or dropped, or a file cut short at a chunk's
 * end, fails its tag. So a file is sealed and opened a chunk at a time, in little memory, and
 * any part of it can be read without the rest.
 */

export const SEAL_CHUNK_BYTES = 1024 * 1024;
export const NONCE_PREFIX_BYTES = 7;
const TAG_BYTES = 16;

export function chunkNonce(prefix: Uint8Array, index: number, last: boolean): Uint8Array {
  const nonce = new Uint8Array(12);
  nonce.set(prefix.subarray(0, NONCE_PREFIX_BYTES));
  new DataView(nonce.buffer).setUint32(NONCE_PREFIX_BYTES, index, false);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Seals what is pushed into it, a chunk at a time, into `sink`; `end` seals the last chunk. */
export class ChunkSealer {
  private readonly held: Uint8Array[] = [];
  private heldBytes = 0;
  private index = 0;

  constructor(
    private readonly fileCrypto: FileCrypto,
    private readonly key: FileKey,
    private readonly prefix: Uint8Array,
    private readonly sink: ByteSink,
    private readonly chunkBytes = SEAL_CHUNK_BYTES,
  ) {}

  async push(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    // A full chunk is sealed only once more follows it: the last chunk is marked as last.
    while (this.heldBytes > this.chunkBytes) await this.seal(this.take(this.chunkBytes), false);
  }

  async end(): Promise<void> {
    await this.seal(this.take(this.heldBytes), true);
  }

  private async seal(plain: Uint8Array, last: boolean): Promise<void> {
    const nonce = chunkNonce(this.prefix, this.index, last);
    this.index += 1;
    await this.sink(await this.fileCrypto.encrypt(this.key, nonce, plain));
  }

  private take(length: number): Uint8Array {
    const out = new Uint8Array(length);
    let at = 0;
    while (at < length) {
      const first = this.held[0];
      if (first === undefined) break;
      const used = Math.min(first.length, length - at);
      out.set(first.subarray(0, used), at);
      at += used;
      if (used === first.length) this.held.shift();
      else this.held[0] = first.subarray(used);
    }
    this.heldBytes -= at;
    return out;
  }
}

/** A chunk's tag did not match after the first chunk opened: the file was changed or cut short. */
export class SealedChunkDamaged extends Error {
  override readonly name = 'SealedChunkDamaged';
}

/**
 * The plain file inside sealed chunks, read a stretch at a time. Undefined when neither the first
 * nor the last chunk opens (the passphrase is wrong); throws `SealedChunkDamaged` when one of them
 * opens and the other does not (both are checked at once, so a file cut short is known before
 * anything is read), or when any other chunk does not open as it is read.
 */
export async function openChunks(
  sealed: ByteSource,
  fileCrypto: FileCrypto,
  key: FileKey,
  prefix: Uint8Array,
  chunkBytes: number,
): Promise<ByteSource | undefined> {
  const stride = chunkBytes + TAG_BYTES;
  const count = Math.ceil(sealed.size / stride);
  const lastSealed = sealed.size - (count - 1) * stride;
  if (count === 0 || lastSealed <= TAG_BYTES) throw new SealedChunkDamaged('sealed chunks cut short');
  const size = sealed.size - count * TAG_BYTES;
  let cached: { index: number; plain: Uint8Array } | undefined;
  const chunk = async (index: number): Promise<Uint8Array | undefined> => {
    if (cached?.index === index) return cached.plain;
    const bytes = await sealed.read(index * stride, stride);
    const plain = await fileCrypto.decrypt(key, chunkNonce(prefix, index, index === count - 1), bytes);
    if (plain !== undefined) cached = { index, plain };
    return plain;
  };
  const first = await chunk(0);
  const last = count === 1 ? first : await chunk(count - 1);
  if (first === undefined) {
    // The last chunk opening with this key means the passphrase is right and the first was changed or moved.
    if (count > 1 && last !== undefined) throw new SealedChunkDamaged('the first chunk does not open');
    return undefined;
  }
  if (last === undefined) throw new SealedChunkDamaged('the last chunk does not open');
  return {
    size,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      const out = new Uint8Array(Math.max(0, end - offset));
      for (let at = offset; at < end;) {
        const index = Math.floor(at / chunkBytes);
        const plain = await chunk(index);
        if (plain === undefined) throw new SealedChunkDamaged(`chunk ${index} does not open`);
        const from = at - index * chunkBytes;
        const part = plain.subarray(from, from + (end - at));
        out.set(part, at - offset);
        at += part.length;
        if (part.length === 0) throw new SealedChunkDamaged(`chunk ${index} is shorter than its place`);
      }
      return out;
    },
  };
}
