import { useState, type ReactNode } from 'react';
import { openPupilDataCheck, showNotice } from '../../session/session-store.js';
import { describeFailure } from '../../core/failure/failure.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import type { PlacedFinding } from '../../core/privacy/portfolio-check.js';
import { Dialog } from '../../ui/Dialog.js';
import { checkPortfolio } from './use-pupil-data-check.js';
import { DialogActions } from '../../ui/DialogActions.js';

/**
 * Before a portfolio leaves the app (an export, a share with the mentor), the pupil-data check
 * runs: when it finds something, the writer chooses to review it or to go on anyway.
 */
export function useCheckBeforeLeaving(
  portfolioId: string,
  leaving: 'export' | 'share',
): { readonly checkThen: (goOn: () => void) => Promise<void>; readonly checking: boolean; readonly dialog: ReactNode } {
  const [waiting, setWaiting] = useState<{ readonly findings: readonly PlacedFinding[]; readonly goOn: () => void }>();
  const [checking, setChecking] = useState(false);
  // A mentor's copy is the candidate's work: the check and its pseudonyms are theirs to run.
  const mentorCopy = useIsMentorCopy();
  const checkThen = async (goOn: () => void) => {
    if (mentorCopy) {
      goOn();
      return;
    }
    setChecking(true);
    let findings: readonly PlacedFinding[];
    try {
      findings = await checkPortfolio(portfolioId);
    } catch (error) {
      showNotice(
        `The pupil-data check could not run (${describeFailure(error)}). Nothing was ${leaving === 'export' ? 'exported' : 'shared'}; try again.`,
      );
      return;
    } finally {
      setChecking(false);
    }
    if (findings.length === 0) goOn();
    else setWaiting({ findings, goOn });
  };
  const close = () => setWaiting(undefined);
  const dialog = waiting !== undefined && (
    <Dialog title={leaving === 'export' ? 'Before you export' : 'Before you share'} onClose={close}>
      <p>
        The pupil-data check found {waiting.findings.length === 1 ? 'one thing' : `${waiting.findings.length} things`}{' '}
        that may identify a pupil, a member of staff or the school, such as “{waiting.findings[0]?.finding.text}” in{' '}
        {waiting.findings[0]?.label}.
      </p>
      <p>
        Courses expect pupils, staff and the school to be anonymised unless the head teacher has given written
        permission.
      </p>
      <DialogActions onCancel={close}>
        <button
          type="button"
          onClick={() => {
            close();
            waiting.goOn();
          }}
        >
          {leaving === 'export' ? 'Export anyway' : 'Share anyway'}
        </button>
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => {
            close();
            openPupilDataCheck();
          }}
        >
          Review them
        </button>
      </DialogActions>
    </Dialog>
  );
  return { checkThen, checking, dialog };
}
