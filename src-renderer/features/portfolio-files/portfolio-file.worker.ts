/// <reference lib="webworker" />
import { readPortfolioFile, type ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import { blobSource, keepAsBlob } from '../../db/blobs.js';
import { webFileCrypto } from '../../host/file-crypto.js';
import { answerRequests } from '../../workers/answer-requests.js';
import type { ReadRequest } from './read-off-page.js';

/**
 * Opens and checks portfolio files away from the page: however a file was made (a zip bomb,
 * four billion entries, a text nested a million deep), the window goes on answering and
 * Cancel works. The file is read a stretch at a time, and each file it carries is kept as a
 * Blob once checked, so a backup of hundreds of photos is never in memory whole.
 */
answerRequests<ReadRequest, ReadResult>(
  ({ file, passphrase }, report) => readPortfolioFile(blobSource(file), webFileCrypto, passphrase, report, keepAsBlob),
  () => [],
);
