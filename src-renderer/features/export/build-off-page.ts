import type { Submission } from '../../core/submission/submission.js';
import { callWorker } from '../../workers/call-worker.js';

/**
 * Builds the .docx in a Web Worker, so a long export never freezes the page. The pictures'
 * bytes are transferred to it, not copied: `submission` must not be used afterwards.
 */
export function buildDocxOffPage(submission: Submission): Promise<Uint8Array> {
  const evidencePictures = submission.pieces.flatMap((piece) => piece.evidence.flatMap((item) => item.pictures));
  const pictures = [...evidencePictures, ...submission.pictures.values()].map(
    (picture) => picture.bytes.buffer as ArrayBuffer,
  );
  return callWorker<Submission, Uint8Array>(
    () =>
      new Worker(new URL('./submission.worker.ts', import.meta.url), { type: 'module', name: 'submission-builder' }),
    submission,
    { transfer: pictures },
  );
}
