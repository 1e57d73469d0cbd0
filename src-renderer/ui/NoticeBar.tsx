import { useEffect, useState } from 'react';
import { dismissNotice, useSession } from '../app/session-store.js';

const SHOWN_FOR_MS = 10_000;

/** The latest notice, read out politely; it leaves by itself unless it offers an undo. */
export function NoticeBar() {
  const notice = useSession((state) => state.notice);
  const [undoing, setUndoing] = useState(false);
  useEffect(() => {
    if (notice === undefined || notice.undo !== undefined) return;
    const timer = setTimeout(() => dismissNotice(notice.id), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {notice !== undefined && (
        <div className="notice">
          <span>{notice.message}</span>
          {notice.undo !== undefined && (
            <button
              type="button"
              disabled={undoing}
              onClick={async () => {
                setUndoing(true);
                try {
                  await notice.undo?.();
                  dismissNotice(notice.id);
                } finally {
                  setUndoing(false);
                }
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="notice-close" aria-label="Dismiss message" onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
