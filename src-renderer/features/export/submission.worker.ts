/// <reference lib="webworker" />
import { PortfolioDatabase } from '../../db/database.js';
import { answerRequests } from '../../workers/answer-requests.js';
import { canvasPictureEncoder } from '../../workers/canvas-picture-encoder.js';
import { makeDocument, type DocumentRequest, type MadeDocument } from './make-document.js';

/**
 * Makes submitted documents away from the page, reading the database itself (IndexedDB is open
 * to workers of the same origin), so typing never waits for an export and the page never holds
 * the photos' bytes.
 */
answerRequests<DocumentRequest, MadeDocument>(
  async (request) => {
    const db = new PortfolioDatabase();
    try {
      return await makeDocument(db, request, canvasPictureEncoder);
    } finally {
      db.close();
    }
  },
  (made) => ('bytes' in made ? [made.bytes.buffer as ArrayBuffer] : []),
);
