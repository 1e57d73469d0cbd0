import { useEffect, useRef, useState } from 'react';
import { dismissNotice, showNotice, useSession, type Notice } from '../session/session-store.js';
import { describeFailure } from '../core/failure/failure.js';

/** Long enough to read a sentence twice; one offering something to do stays longer. */
const SHOWN_FOR_MS = 10_000;
const WITH_ACTION_SHOWN_FOR_MS = 30_000;

/**
 * The notices, stacked at the foot of the screen, read out politely. Each goes by itself after
 * its time, which stops while the pointer is over them or the focus is in them, so nothing
 * leaves while it is being read; one offering "Undo" goes too (what it undoes lasts elsewhere:
 * Recently deleted, the editor's own undo). The page keeps room for them at its foot, and
 * scrolls a focused control clear of them, so they never cover one.
 */
export function NoticeBar() {
  const notices = useSession((state) => state.notices);
  const bar = useRef<HTMLDivElement>(null);
  const [reading, setReading] = useState(false);
  useEffect(() => {
    const element = bar.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => {
      document.documentElement.style.setProperty('--notice-space', `${element.offsetHeight}px`);
      useSession.setState({ noticeSpace: element.offsetHeight });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={bar}
      className="notice-bar"
      role="status"
      aria-live="polite"
      onPointerEnter={() => setReading(true)}
      onPointerLeave={() => setReading(false)}
      onFocus={() => setReading(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setReading(false);
      }}
    >
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} paused={reading} />
      ))}
    </div>
  );
}

function NoticeItem({ notice, paused }: { readonly notice: Notice; readonly paused: boolean }) {
  const [acting, setActing] = useState(false);
  // The time left is kept across pauses: reading a notice never gives it a fresh ten seconds.
  const left = useRef(notice.action === undefined ? SHOWN_FOR_MS : WITH_ACTION_SHOWN_FOR_MS);
  useEffect(() => {
    if (paused || acting) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissNotice(notice.id), left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(2000, left.current - (Date.now() - started));
    };
  }, [notice.id, paused, acting]);
  return (
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
              dismissNotice(notice.id);
              showNotice(describeFailure(error));
            } finally {
              setActing(false);
            }
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="notice-close"
        aria-label="Dismiss message"
        onClick={() => dismissNotice(notice.id)}
      >
        ×
      </button>
    </div>
  );
}
