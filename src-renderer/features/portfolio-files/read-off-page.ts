import type { ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import { callWorker, type WorkerCall } from '../../workers/call-worker.js';

export interface ReadRequest {
  readonly bytes: Uint8Array;
  readonly passphrase: string | undefined;
}

/**
 * Reads a portfolio file in a Web Worker (portfolio-file.worker.ts): every check the file
 * format makes, and the unpacking, happen off the page. `bytes` is moved to the worker when
 * `keep` is false (the caller is done with it), copied otherwise.
 */
export function readPortfolioFileOffPage(
  bytes: Uint8Array,
  passphrase: string | undefined,
  { keep = false, ...call }: Omit<WorkerCall, 'transfer'> & { readonly keep?: boolean } = {},
): Promise<ReadResult> {
  return callWorker<ReadRequest, ReadResult>(
    () =>
      new Worker(new URL('./portfolio-file.worker.ts', import.meta.url), {
        type: 'module',
        name: 'portfolio-file-reader',
      }),
    { bytes, passphrase },
    {
      ...call,
      transfer: keep ? [] : [bytes.buffer as ArrayBuffer],
    },
  );
}
