import type { ReactNode } from 'react';

/**
 * A dialog's buttons, the way out first (Cancel, or Close where nothing is being decided), then
 * any others, the confirming one last, as on every platform's forms. `submitLabel` makes the
 * last a submit button of the dialog's form.
 */
export function DialogActions({
  onCancel,
  cancelLabel = 'Cancel',
  submitLabel,
  disabled,
  children,
}: {
  readonly onCancel: () => void;
  readonly cancelLabel?: string;
  readonly submitLabel?: string;
  readonly disabled?: boolean;
  readonly children?: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      {children}
      {submitLabel !== undefined && (
        <button type="submit" className="primary" disabled={disabled}>
          {submitLabel}
        </button>
      )}
    </div>
  );
}
