import { useEffect, useId, useRef, useState } from 'react';
import { formatIsoDate } from '../core/dates/dates';

export interface DateInputProps {
  /** For a `<label htmlFor>`; a field inside its label needs none. */
  readonly id?: string;
  readonly name?: string;
  /** Controlled: the stored yyyy-mm-dd, with `onChange`. */
  readonly value?: string;
  readonly onChange?: (iso: string) => void;
  /** Uncontrolled, read from the form on submit. */
  readonly defaultValue?: string;
  readonly required?: boolean;
}

/**
 * A date field with the date written out beside it ("14 May 2027"). The browser draws the field
 * in the computer's own locale, so a laptop set to American English shows 05/14/2027: the words
 * say which day it is the way the user reads dates, whatever the field shows.
 */
export function DateInput({ id, name, value, onChange, defaultValue, required }: DateInputProps) {
  const ownId = useId();
  const fieldId = id ?? ownId;
  const [typed, setTyped] = useState(defaultValue ?? '');
  const input = useRef<HTMLInputElement>(null);
  // A form cleared after it was sent puts the field back without a change event: the words follow it.
  useEffect(() => {
    const form = input.current?.form;
    if (form === null || form === undefined) return;
    const reset = () => setTimeout(() => setTyped(input.current?.value ?? ''));
    form.addEventListener('reset', reset);
    return () => form.removeEventListener('reset', reset);
  }, []);
  const shown = value ?? typed;
  const inWords = shown === '' ? '' : formatIsoDate(shown);
  return (
    <span className="date-input">
      <input
        ref={input}
        id={fieldId}
        name={name}
        type="date"
        lang="en-GB"
        {...(value === undefined ? { defaultValue } : { value })}
        required={required}
        aria-describedby={`${fieldId}-words`}
        onChange={(event) => {
          setTyped(event.target.value);
          onChange?.(event.target.value);
        }}
      />
      <span className="date-in-words" id={`${fieldId}-words`} data-testid="date-in-words">
        {inWords}
      </span>
    </span>
  );
}
