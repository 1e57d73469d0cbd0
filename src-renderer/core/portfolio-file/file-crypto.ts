/**
 * What the file format needs of cryptography. The page and Node both give it through
 * WebCrypto (`host/file-crypto.ts`); the format is written against this so it stays free of
 * any platform.
 */
export interface FileCrypto {
  sha256(bytes: Uint8Array): Promise<Uint8Array>;
  randomBytes(length: number): Uint8Array;
  /** The AES-256 key PBKDF2-SHA-256 derives from the passphrase (NFC-normalised UTF-8). */
  deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<FileKey>;
  /** AES-256-GCM: the ciphertext followed by its 16-byte tag. */
  encrypt(key: FileKey, nonce: Uint8Array, plain: Uint8Array): Promise<Uint8Array>;
  /** The plain bytes, or undefined when the tag does not match (a wrong key, or changed bytes). */
  decrypt(key: FileKey, nonce: Uint8Array, sealed: Uint8Array): Promise<Uint8Array | undefined>;
}

/** A key as the platform holds it (a non-extractable CryptoKey in WebCrypto); the format never sees its bytes. */
export interface FileKey {
  readonly __fileKey: unique symbol;
}

/**
 * How a protected file was sealed, written in its manifest so any later app can open it.
 * `chunkBytes` is there from format 6: the plain file sealed in chunks (chunked-seal.ts), and
 * `nonce` is then the 7-byte prefix of every chunk's nonce. Before it, the plain file was sealed
 * whole under a 12-byte nonce.
 */
export interface Protection {
  readonly cipher: 'AES-256-GCM';
  readonly kdf: 'PBKDF2-SHA-256';
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  readonly chunkBytes?: number;
}

/** OWASP's figure for PBKDF2-SHA-256 (2023): slow enough to make guessing a passphrase costly. */
export const PBKDF2_ITERATIONS = 600_000;

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64, written out: the language itself has none (browsers' `btoa` is not in every runtime's core). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    const digit = (shift: number) => BASE64.charAt((triple >> shift) & 63);
    text += digit(18) + digit(12);
    text += index + 1 < bytes.length ? digit(6) : '=';
    text += index + 2 < bytes.length ? digit(0) : '=';
  }
  return text;
}

/** The bytes of base64 text, or undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u.test(text)) return undefined;
  const clean = text.replace(/=+$/u, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const character of clean) {
    value = (value << 6) | BASE64.indexOf(character);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 255;
    }
  }
  return bytes;
}
