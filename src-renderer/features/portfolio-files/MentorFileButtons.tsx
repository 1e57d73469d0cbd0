import { useState } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { useCheckBeforeLeaving } from '../privacy/CheckBeforeLeaving.js';
import { sendFeedback, shareWithMentor } from './portfolio-files.js';
import { SaveProtectedFileDialog } from './SaveProtectedFileDialog.js';

/** The candidate's "Share with my mentor…": the whole portfolio as a file for the mentor's app. */
export function ShareWithMentorButton({ portfolio }: { readonly portfolio: Portfolio }) {
  const [open, setOpen] = useState(false);
  const { checkThen, checking, dialog } = useCheckBeforeLeaving(portfolio.id, 'share');
  return (
    <>
      <button type="button" disabled={checking} onClick={() => void checkThen(() => setOpen(true))}>
        Share with my mentor…
      </button>
      {dialog}
      {open && (
        <SaveProtectedFileDialog
          title="Share with my mentor"
          submitLabel="Save the file for my mentor"
          save={(passphrase) => shareWithMentor(appDatabase, portfolio.id, passphrase)}
          onClose={() => setOpen(false)}
        >
          <p>
            Your mentor opens this file in the app on their computer. They can read everything and add comments,
            records, sign-offs and the final statement, but cannot change your writing. They send their feedback back as
            a file, which you bring in with “Open a portfolio file…”: your work here is never changed by it, even if you
            go on writing meanwhile.
          </p>
          <p>
            Give the file to your mentor on a USB stick or through your school’s secure file sharing, and tell them the
            passphrase separately.
          </p>
        </SaveProtectedFileDialog>
      )}
    </>
  );
}

/** The mentor's "Send feedback…": their comments, records and judgements as a file for the candidate. */
export function SendFeedbackButton({ portfolio }: { readonly portfolio: Portfolio }) {
  const [open, setOpen] = useState(false);
  const candidate = portfolio.candidateName === '' ? 'the SENCO' : portfolio.candidateName;
  return (
    <>
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        Send feedback…
      </button>
      {open && (
        <SaveProtectedFileDialog
          title={`Send feedback to ${candidate}`}
          submitLabel="Save the feedback"
          save={(passphrase) => sendFeedback(appDatabase, portfolio.id, passphrase)}
          onClose={() => setOpen(false)}
        >
          <p>
            The file holds your comments and replies, your records, and the sign-offs and final statements you made or
            changed: nothing else. {candidate} brings it into their portfolio. You can send feedback again later: what
            they already have is not added twice.
          </p>
        </SaveProtectedFileDialog>
      )}
    </>
  );
}
