/// <reference lib="webworker" />
import { UserFacingError } from '../core/failure/failure.js';
import type { WorkerMessage } from './call-worker.js';

/**
 * The worker's side of `callWorker`: answers each request with `work`, passing on its
 * progress (at most a hundred times, so messages never crowd the page) and moving the answer's
 * buffers rather than copying them.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- named so each worker states the request it answers
export function answerRequests<Request, Answer>(
  work: (request: Request, report: (fraction: number) => void) => Promise<Answer>,
  buffersOf: (answer: Answer) => readonly ArrayBuffer[],
): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const post = (message: WorkerMessage<Answer>, transfer: readonly ArrayBuffer[] = []) =>
    scope.postMessage(message, [...new Set(transfer)]);
  scope.onmessage = async (event: MessageEvent<Request>) => {
    let reported = -1;
    const report = (fraction: number) => {
      const percent = Math.floor(fraction * 100);
      if (percent > reported) post({ progress: (reported = percent) / 100 });
    };
    try {
      const answer = await work(event.data, report);
      post({ answer }, buffersOf(answer));
    } catch (error) {
      post({
        failed: {
          message: error instanceof Error ? error.message : String(error),
          name: error instanceof Error ? error.name : 'Error',
          userFacing: error instanceof UserFacingError,
        },
      });
    }
  };
}
