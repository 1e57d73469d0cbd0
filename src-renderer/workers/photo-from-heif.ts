import { callWorker } from './call-worker.js';

/**
 * A HEIC photo as a JPEG, converted in a Web Worker (photo-from-heif.worker.ts) so the page
 * never waits for it. Rejects when the photo cannot be decoded. `bytes` are moved to the worker.
 */
export function jpegFromHeif(bytes: Uint8Array): Promise<Uint8Array> {
  return callWorker<Uint8Array, Uint8Array>(
    () =>
      new Worker(new URL('./photo-from-heif.worker.ts', import.meta.url), { type: 'module', name: 'photo-from-heif' }),
    bytes,
    { transfer: [bytes.buffer as ArrayBuffer] },
  );
}
