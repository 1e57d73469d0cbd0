import { callWorker } from '../../workers/call-worker.js';
import type { DocumentRequest, MadeDocument } from './make-document.js';

/** Makes the .docx in a Web Worker, from the database, so a long export never freezes the page. */
export function makeDocumentOffPage(request: DocumentRequest): Promise<MadeDocument> {
  return callWorker<DocumentRequest, MadeDocument>(
    () =>
      new Worker(new URL('./submission.worker.ts', import.meta.url), { type: 'module', name: 'submission-builder' }),
    request,
  );
}
