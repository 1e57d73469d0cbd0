/// <reference lib="webworker" />
import { appDatabase } from '../../db/app-database.js';
import { answerRequests } from '../../workers/answer-requests.js';
import { canvasPictureEncoder } from '../../workers/canvas-picture-encoder.js';
import { makeDocument, type DocumentRequest, type MadeDocument } from './make-document.js';

/**
 * Makes submitted documents away from the page, reading the database itself (IndexedDB is open
 * to workers of the same origin: `appDatabase` here is this worker's own connection, closed when
 * the worker ends), so typing never waits for an export and the page never holds the photos' bytes.
 */
answerRequests<DocumentRequest, MadeDocument>(
  (request) => makeDocument(appDatabase, request, canvasPictureEncoder),
  (made) => ('bytes' in made ? [made.bytes.buffer as ArrayBuffer] : []),
);
