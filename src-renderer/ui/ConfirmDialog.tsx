import type { ReactNode } from 'react';
import { Dialog } from './Dialog.js';
import { Problem } from './Problem.js';

/**
 * The one way the app asks before doing something that matters (deleting, signing with
 * outcomes not met): the question as the title, what it means, and the cautious choice first,
 * focused, so Enter or Escape never does the thing by accident.
 */
export function ConfirmDialog({
  title,
  children,
  cautiousLabel,
  goLabel,
  danger = false,
  problem,
  onCautious,
  onGo,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly cautiousLabel: string;
  readonly goLabel: string;
  /** The going choice deletes or cannot be taken back. */
  readonly danger?: boolean;
  readonly problem?: string;
  readonly onCautious: () => void;
  readonly onGo: () => void;
}) {
  return (
    <Dialog title={title} onClose={onCautious}>
      {children}
      <Problem message={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onCautious} autoFocus>
          {cautiousLabel}
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onGo}>
          {goLabel}
        </button>
      </div>
    </Dialog>
  );
}
