import { createContext, useContext, type ReactNode } from 'react';
import type { MentorCopy } from '../core/mentor/feedback.js';

/** The open portfolio's mentor-copy mark: set when a mentor is reading a shared portfolio. */
export const MentorCopyContext = createContext<MentorCopy | undefined>(undefined);

/** Whether the open portfolio is a mentor's copy, and so the candidate's work is read-only. */
export function useIsMentorCopy(): boolean {
  return useContext(MentorCopyContext) !== undefined;
}

/**
 * The candidate's own work (their details, evidence, reading log, settings). In a mentor copy
 * every control in it is disabled at once by a disabled fieldset; links still work, so files
 * open and the mentor can find their way about. The database refuses such writes as well.
 */
export function CandidatesWork({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return useIsMentorCopy() ? (
    <fieldset disabled className="candidates-work" aria-label={`${label} (the candidate’s: read only)`}>
      {children}
    </fieldset>
  ) : (
    children
  );
}
