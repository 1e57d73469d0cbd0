/**
 * What the file format needs of cryptography. The page and Node both give it through
 * WebCrypto (`host/file-crypto.ts`); the format is written against this so it stays free of
 * any platform.
 */
export interface FileCrypto {
  sha256(bytes: Uint8Array): Promise<Uint8Array>;
  randomBytes(length: number): Uint8Array;
  /** AES-256-GCM with a key derived from the passphrase by PBKDF2-SHA-256. */
  seal(plain: Uint8Array, passphrase: string, protection: Protection): Promise<Uint8Array>;
  /** The plain bytes, or undefined when the passphrase is wrong (the GCM tag does not match). */
  open(sealed: Uint8Array, passphrase: string, protection: Protection): Promise<Uint8Array | undefined>;
}

/** How a protected file was sealed, written in its manifest so any later app can open it. */
export interface Protection {
  readonly cipher: 'AES-256-GCM';
  readonly kdf: 'PBKDF2-SHA-256';
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
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
