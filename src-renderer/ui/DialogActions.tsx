/** A dialog's Cancel and confirming buttons, the confirming one last, as on every platform's forms. */
export function DialogActions({
  onCancel,
  submitLabel,
  disabled,
}: {
  readonly onCancel: () => void;
  readonly submitLabel: string;
  readonly disabled?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}
