import { useState, type ReactNode } from 'react';
import { describeFailure } from '../core/failure/failure.js';
import { Dialog } from './Dialog.js';
import { DialogActions } from './DialogActions.js';
import { Problem } from './Problem.js';

export interface FormDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly onClose: () => void;
  /** Does the work; resolves when done (the dialog then closes) or throws with what went wrong. */
  readonly onSubmit: (form: FormData) => Promise<void>;
  readonly children: ReactNode;
}

/** A dialog holding a small form: it shows what went wrong and stays open, or closes when the work is done. */
export function FormDialog({ title, submitLabel, onClose, onSubmit, children }: FormDialogProps) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          try {
            await onSubmit(new FormData(event.currentTarget));
            onClose();
          } catch (error) {
            setProblem(describeFailure(error));
          } finally {
            setBusy(false);
          }
        }}
      >
        {children}
        <Problem message={problem} />
        <DialogActions onCancel={onClose} submitLabel={submitLabel} disabled={busy} />
      </form>
    </Dialog>
  );
}
