import { useCallback, useEffect, useState } from 'react';
import { flushPendingSaves } from '../../session/session-store.js';
import { checkTexts, type PlacedFinding } from '../../core/privacy/portfolio-check.js';
import { appDatabase } from '../../db/app-database.js';
import { loadLexicon } from '../../core/privacy/lexicon.js';
import { authorsInReadingLog, textsOfPortfolio } from '../../db/identifying-data.js';
import { useKnownNames } from './known-names.js';

/**
 * Runs the check over the portfolio's saved texts, the open editor's last words saved first,
 * with the word lists (loaded the first time) and the reading log's authors.
 */
export async function checkPortfolio(portfolioId: string): Promise<PlacedFinding[]> {
  await flushPendingSaves();
  const [texts, authors, lexicon] = await Promise.all([
    textsOfPortfolio(appDatabase, portfolioId),
    authorsInReadingLog(appDatabase, portfolioId),
    loadLexicon(),
  ]);
  return checkTexts(texts, useKnownNames.getState().names, { lexicon, authors });
}

/** The check's findings, run again whenever the list of names changes or `recheck` is called. */
export function usePupilDataCheck(portfolioId: string): {
  readonly findings: readonly PlacedFinding[] | undefined;
  readonly recheck: () => void;
} {
  const names = useKnownNames((state) => state.names);
  const [findings, setFindings] = useState<readonly PlacedFinding[]>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void checkPortfolio(portfolioId).then((found) => current && setFindings(found));
    return () => {
      current = false;
    };
  }, [portfolioId, names, round]);
  const recheck = useCallback(() => setRound((count) => count + 1), []);
  return { findings, recheck };
}
