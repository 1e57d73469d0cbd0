import type { Submission } from '../../core/submission/submission.js';

type WorkerAnswer = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/**
 * Builds the .docx in a Web Worker, so a long export never freezes the page. The pictures'
 * bytes are transferred to it, not copied: `submission` must not be used afterwards.
 */
export function buildDocxOffPage(submission: Submission): Promise<Uint8Array> {
  const worker = new Worker(new URL('./submission.worker.ts', import.meta.url), { type: 'module', name: 'submission-builder' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'the document builder stopped'));
      worker.terminate();
    };
    const evidencePictures = submission.pieces.flatMap((piece) => piece.evidence.flatMap((item) => item.pictures));
    const pictures = [...evidencePictures, ...submission.pictures.values()].map((picture) => picture.bytes.buffer as ArrayBuffer);
    worker.postMessage(submission, [...new Set(pictures)]);
  });
}
