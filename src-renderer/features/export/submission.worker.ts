/// <reference lib="webworker" />
import type { Submission } from '../../core/submission/submission.js';
import { buildSubmissionDocx } from '../../core/docx/build-submission.js';

/**
 * Builds submitted documents away from the page, so typing never waits for an export.
 * Answers each submission with the .docx bytes (transferred, not copied) or a failure.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<Submission>) => {
  try {
    const bytes = await buildSubmissionDocx(event.data);
    self.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
