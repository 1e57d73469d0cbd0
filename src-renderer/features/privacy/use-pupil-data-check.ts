import { useCallback, useEffect, useState } from 'react';
import { flushPendingSaves } from '../../session/session-store.js';
import type { PlacedFinding } from '../../core/privacy/portfolio-check.js';
import { callWorker } from '../../workers/call-worker.js';
import { useKnownNames } from './known-names.js';
import type { PupilDataRequest } from './pupil-data.worker.js';

/**
 * Runs the check over the portfolio's saved texts, the open editor's last words saved first,
 * with the word lists and the reading log's authors, in a Web Worker (pupil-data.worker.ts).
 */
export async function checkPortfolio(portfolioId: string): Promise<PlacedFinding[]> {
  await flushPendingSaves();
  return callWorker<PupilDataRequest, PlacedFinding[]>(
    () => new Worker(new URL('./pupil-data.worker.ts', import.meta.url), { type: 'module', name: 'pupil-data-check' }),
    { portfolioId, names: useKnownNames.getState().names },
  );
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
