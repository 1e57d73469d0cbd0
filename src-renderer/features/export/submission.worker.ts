/// <reference lib="webworker" />
import type { Submission } from '../../core/submission/submission.js';
import { buildSubmissionDocx } from '../../core/docx/build-submission.js';
import { answerRequests } from '../../workers/answer-requests.js';

/** Builds submitted documents away from the page, so typing never waits for an export. */
answerRequests<Submission, Uint8Array>(
  (submission) => buildSubmissionDocx(submission),
  (bytes) => [bytes.buffer as ArrayBuffer],
);
