import { UserFacingError } from '../core/failure/failure.js';

/**
 * One request to a Web Worker, one answer back, with progress on the way and a way to stop:
 * work that could take seconds (building a .docx, reading a portfolio file someone sent) runs
 * off the page, so typing, scrolling and Cancel never wait for it. Each call starts its own
 * worker and ends it, so a cancelled or runaway job takes nothing with it.
 *
 * The worker posts `{ progress }` as often as it likes, then one `{ answer }` or `{ failed }`.
 */

export type WorkerMessage<Answer> =
  { readonly progress: number } | { readonly answer: Answer } | { readonly failed: WorkerFailure };

/** A failure as it crosses from a worker: an error's class is lost on the way, so its kind goes with it. */
export interface WorkerFailure {
  readonly message: string;
  /** The error's name (`QuotaExceededError`, `VersionError`…), which says what kind of failure it was. */
  readonly name: string;
  /** A refusal worded for the person (a `UserFacingError`): shown as it is. */
  readonly userFacing: boolean;
}

/** The error a worker's failure was, as near as can be rebuilt on this side. */
function rebuilt(failure: WorkerFailure): Error {
  if (failure.userFacing) return new UserFacingError(failure.message);
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}

export interface WorkerCall {
  /** The request's buffers to move rather than copy: the caller must not use them afterwards. */
  readonly transfer?: readonly ArrayBuffer[];
  /** From 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /** Ends the worker at once; the promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- named so each caller states the request its worker expects
export function callWorker<Request, Answer>(
  start: () => Worker,
  request: Request,
  { transfer = [], onProgress, signal }: WorkerCall = {},
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new DOMException('Cancelled', 'AbortError'));
      return;
    }
    const worker = start();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage<Answer>>) => {
      const message = event.data;
      if ('progress' in message) {
        onProgress?.(message.progress);
        return;
      }
      finish();
      if ('answer' in message) resolve(message.answer);
      else reject(rebuilt(message.failed));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the background task stopped'));
    };
    worker.postMessage(request, [...new Set(transfer)]);
  });
}

/** Whether a call ended because it was cancelled. */
export function wasCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
