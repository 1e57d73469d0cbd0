import type { ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import { callWorker, type WorkerCall } from '../../workers/call-worker.js';

export interface ReadRequest {
  readonly file: Blob;
  readonly passphrase: string | undefined;
  /** Only check the file (a file just written, read back before it is saved): its files are not kept. */
  readonly checkOnly: boolean;
}

/**
 * Reads a portfolio file in a Web Worker (portfolio-file.worker.ts): every check the file
 * format makes, and the unpacking, happen off the page. The Blob crosses as a handle; the
 * worker reads it a stretch at a time, and the files it carries come back as Blobs.
 */
export function readPortfolioFileOffPage(
  file: Blob,
  passphrase: string | undefined,
  { checkOnly = false, ...call }: Omit<WorkerCall, 'transfer'> & { readonly checkOnly?: boolean } = {},
): Promise<ReadResult> {
  return callWorker<ReadRequest, ReadResult>(
    () =>
      new Worker(new URL('./portfolio-file.worker.ts', import.meta.url), {
        type: 'module',
        name: 'portfolio-file-reader',
      }),
    { file, passphrase, checkOnly },
    { ...call, transfer: [] },
  );
}
