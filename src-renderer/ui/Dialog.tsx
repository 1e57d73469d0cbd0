import { useEffect, useRef, type ReactNode } from 'react';
import { returnFocus } from './focus.js';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element, which traps focus, closes on Escape
 * and returns focus to where it was, as screen-reader users expect.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Where the focus was before the dialog opened (read while rendering, before showModal moves it in).
  const opener = useRef(document.activeElement);
  useEffect(() => {
    const element = dialog.current;
    // No close() on cleanup: it would fire `close` and dismiss the dialog when React re-runs effects.
    // Unmounting removes the element, which takes it off the screen.
    if (element !== null && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    const before = opener.current;
    // A dialog removed by React gives focus back to nothing: put it where it was, or, if that has gone, on the screen's heading.
    return () => {
      requestAnimationFrame(() => returnFocus(before));
    };
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="dialog-title" onClose={onClose}>
      <h2 id="dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
