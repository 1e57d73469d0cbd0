import type { MentorCopy } from '../../core/mentor/feedback.js';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { formatLastEdited } from '../../core/dates/last-edited.js';
import { useNow } from '../../ui/use-now.js';

/** Says, on every screen of a mentor copy, whose work this is and what the mentor can do with it. */
export function MentorCopyBanner({ portfolio, copy }: { readonly portfolio: Portfolio; readonly copy: MentorCopy }) {
  const now = useNow(60_000);
  const candidate = portfolio.candidateName === '' ? 'the SENCO' : portfolio.candidateName;
  return (
    <aside className="mentor-copy-banner" aria-label="Mentor copy">
      <p>
        <strong>You are reading {candidate}’s portfolio as their mentor.</strong> Their writing cannot be changed here.
        Comment on it (select words, then ✎ Comment), and keep records, sign-offs and the final statement in the mentor
        handbook. Then choose “Send feedback…” to save a file for {candidate}.
      </p>
      <p className="muted">
        {copy.feedbackSentAt === null
          ? 'No feedback sent from this copy yet.'
          : `Feedback last sent ${formatLastEdited(copy.feedbackSentAt, now)}.`}
      </p>
    </aside>
  );
}
