import { useId } from 'react';

export interface TextFieldProps {
  readonly label: string;
  readonly name: string;
  readonly defaultValue?: string;
  readonly hint?: string;
  readonly problem?: string;
  readonly autoFocus?: boolean;
  readonly required?: boolean;
  /** A passphrase is typed unseen. */
  readonly type?: 'text' | 'password';
}

/** A labelled text input whose hint and problem are read out with it. */
export function TextField({
  label,
  name,
  defaultValue,
  hint,
  problem,
  autoFocus,
  required,
  type = 'text',
}: TextFieldProps) {
  const id = useId();
  const describedBy = [hint === undefined ? '' : `${id}-hint`, problem === undefined ? '' : `${id}-problem`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem !== undefined && (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        required={required}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        autoComplete="off"
      />
    </div>
  );
}
