/// <reference lib="webworker" />
import { readPortfolioFile, type ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import { webFileCrypto } from '../../host/file-crypto.js';
import { answerRequests } from '../../workers/answer-requests.js';
import type { ReadRequest } from './read-off-page.js';

/**
 * Opens and checks portfolio files away from the page: however a file was made (a zip bomb,
 * four billion entries, a text nested a million deep), the window goes on answering and
 * Cancel works.
 */
answerRequests<ReadRequest, ReadResult>(
  ({ bytes, passphrase }, report) => readPortfolioFile(bytes, webFileCrypto, passphrase, report),
  (result) => (result.ok ? [...result.file.files.values()].map((bytes) => bytes.buffer as ArrayBuffer) : []),
);
