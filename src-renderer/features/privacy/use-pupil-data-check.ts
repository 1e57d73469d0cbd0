import { useCallback, useEffect, useState } from 'react';
import { flushPendingSaves, showNotice } from '../../session/session-store.js';
import { describeFailure } from '../../core/failure/failure.js';
import type { PlacedFinding } from '../../core/privacy/portfolio-check.js';
import { callWorker, wasCancelled } from '../../workers/call-worker.js';
import { useKnownNames } from './known-names.js';
import type { PupilDataRequest } from './pupil-data.worker.js';

/**
 * Runs the check over the portfolio's saved texts, the open editor's last words saved first,
 * with the word lists and the reading log's authors, in a Web Worker (pupil-data.worker.ts).
 */
export async function checkPortfolio(portfolioId: string, signal?: AbortSignal): Promise<PlacedFinding[]> {
  await flushPendingSaves();
  return callWorker<PupilDataRequest, PlacedFinding[]>(
    () => new Worker(new URL('./pupil-data.worker.ts', import.meta.url), { type: 'module', name: 'pupil-data-check' }),
    { portfolioId, names: useKnownNames.getState().names },
    signal === undefined ? {} : { signal },
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
    // A check overtaken by another (the list of names changed, or the dialog closed) is stopped.
    const stop = new AbortController();
    checkPortfolio(portfolioId, stop.signal).then(setFindings, (error: unknown) => {
      if (wasCancelled(error)) return;
      setFindings([]);
      showNotice(`The pupil-data check could not run (${describeFailure(error)}). Try again.`);
    });
    return () => stop.abort();
  }, [portfolioId, names, round]);
  const recheck = useCallback(() => setRound((count) => count + 1), []);
  return { findings, recheck };
}
