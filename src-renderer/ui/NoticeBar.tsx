import { useEffect, useState } from 'react';
import { dismissNotice, showNotice, useSession } from '../app/session-store.js';
import { describeActionError } from '../db/describe-storage-error.js';

const SHOWN_FOR_MS = 10_000;

/** The latest notice, read out politely; it leaves by itself unless it offers something to do. */
export function NoticeBar() {
  const notice = useSession((state) => state.notice);
  const [acting, setActing] = useState(false);
  useEffect(() => {
    if (notice === undefined || notice.action !== undefined) return;
    const timer = setTimeout(() => dismissNotice(notice.id), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {notice !== undefined && (
        <div className="notice">
          <span>{notice.message}</span>
          {notice.action !== undefined && (
            <button
              type="button"
              disabled={acting}
              onClick={async () => {
                setActing(true);
                try {
                  await notice.action?.run();
                  dismissNotice(notice.id);
                } catch (error) {
                  // An undo that cannot be done says why, in place of the notice that offered it.
                  showNotice(describeActionError(error));
                } finally {
                  setActing(false);
                }
              }}
            >
              {notice.action.label}
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
