import { flushPendingSaves, useSession } from '../../session/session-store.js';

/** Tells the truth about saving, quietly: only a failure speaks up. */
export function SaveIndicator() {
  const status = useSession((state) => state.saveStatus);
  const flush = flushPendingSaves;
  if (status.state === 'failed') {
    return (
      <div className="save-indicator failed" role="alert">
        <span>{status.message}</span>
        <button type="button" onClick={() => void flush()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="save-indicator" role="status" aria-live="polite" data-state={status.state}>
      {status.state === 'saved' ? 'Saved' : 'Saving…'}
    </div>
  );
}
