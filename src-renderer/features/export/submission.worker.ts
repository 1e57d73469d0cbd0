/// <reference lib="webworker" />
import type { Submission } from '../../core/submission/submission.js';
import { buildSubmissionDocx } from '../../core/docx/build-submission.js';
import { withExportCopies } from '../../core/docx/export-pictures.js';
import { answerRequests } from '../../workers/answer-requests.js';
import { canvasPictureEncoder } from '../../workers/canvas-picture-encoder.js';

/** Builds submitted documents away from the page, so typing never waits for an export. */
answerRequests<Submission, Uint8Array>(
  async (submission) =>
    buildSubmissionDocx(await withExportCopies(submission, submission.pictureQuality, canvasPictureEncoder)),
  (bytes) => [bytes.buffer as ArrayBuffer],
);
