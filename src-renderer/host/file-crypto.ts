import type { FileCrypto, Protection } from '../core/portfolio-file/file-crypto.js';

/** The file format's cryptography through WebCrypto, which both editions (and Node, for tests) have. */
export const webFileCrypto: FileCrypto = {
  async sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  },
  randomBytes(length) {
    return crypto.getRandomValues(new Uint8Array(length));
  },
  async seal(plain, passphrase, protection) {
    const key = await keyFor(passphrase, protection);
    return new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: protection.nonce as Uint8Array<ArrayBuffer> },
        key,
        plain as Uint8Array<ArrayBuffer>,
      ),
    );
  },
  async open(sealed, passphrase, protection) {
    const key = await keyFor(passphrase, protection);
    try {
      return new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: protection.nonce as Uint8Array<ArrayBuffer> },
          key,
          sealed as Uint8Array<ArrayBuffer>,
        ),
      );
    } catch {
      // GCM's tag does not match: the passphrase is wrong (or the bytes were changed, which the caller cannot tell apart).
      return undefined;
    }
  },
};

async function keyFor(passphrase: string, protection: Protection): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: protection.salt as Uint8Array<ArrayBuffer>,
      iterations: protection.iterations,
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
