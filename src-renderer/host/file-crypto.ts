import type { FileCrypto, FileKey } from '../core/portfolio-file/file-crypto.js';

/** The file format's cryptography through WebCrypto, which both editions (and Node, for tests) have. */
export const webFileCrypto: FileCrypto = {
  async sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  },
  randomBytes(length) {
    return crypto.getRandomValues(new Uint8Array(length));
  },
  async deriveKey(passphrase, salt, iterations) {
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(passphrase.normalize('NFC')),
      'PBKDF2',
      false,
      ['deriveKey'],
    );
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    return key as unknown as FileKey;
  },
  async encrypt(key, nonce, plain) {
    return new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer> },
        key as unknown as CryptoKey,
        plain as Uint8Array<ArrayBuffer>,
      ),
    );
  },
  async decrypt(key, nonce, sealed) {
    try {
      return new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer> },
          key as unknown as CryptoKey,
          sealed as Uint8Array<ArrayBuffer>,
        ),
      );
    } catch {
      // GCM's tag does not match: the key is wrong or the bytes were changed, which the caller tells apart if it can.
      return undefined;
    }
  },
};
