export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  /** The form field's name, read from the form when it is saved. */
  readonly name: string;
  readonly defaultValue: number | '';
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly disabled?: boolean;
  readonly placeholder?: string;
  /** The id of a hint elsewhere on the form that is read out with the field. */
  readonly describedBy?: string;
}

/** A labelled number in a form saved as a whole (uncontrolled: the form reads it). */
export function NumberField({ id, label, describedBy, ...input }: NumberFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" aria-describedby={describedBy} {...input} />
    </div>
  );
}
