/// <reference lib="webworker" />
import type { KnownName } from '../../core/privacy/identifying-data.js';
import { loadLexicon } from '../../core/privacy/lexicon.js';
import { checkTexts, type PlacedFinding } from '../../core/privacy/portfolio-check.js';
import { appDatabase } from '../../db/app-database.js';
import { authorsInReadingLog, textsOfPortfolio } from '../../db/identifying-data.js';
import { answerRequests } from '../../workers/answer-requests.js';

export interface PupilDataRequest {
  readonly portfolioId: string;
  readonly names: readonly KnownName[];
}

/**
 * The pupil-data check away from the page: reading every text of the portfolio, loading the
 * word lists (some 200,000 words) and searching them took the page 150 to 250 ms at once, long
 * enough to lose a key, before every export and every file shared.
 */
answerRequests<PupilDataRequest, PlacedFinding[]>(
  async ({ portfolioId, names }) => {
    const [texts, authors, lexicon] = await Promise.all([
      textsOfPortfolio(appDatabase, portfolioId),
      authorsInReadingLog(appDatabase, portfolioId),
      loadLexicon(),
    ]);
    return checkTexts(texts, names, { lexicon, authors });
  },
  () => [],
);
