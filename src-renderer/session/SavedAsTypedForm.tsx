import type { ReactNode } from 'react';
import { FormSaveStatus } from './FormSaveStatus.js';
import { useSaveAsYouType } from './use-save-as-you-type.js';

/**
 * A form saved as it is typed (the programme settings): `save` reads and stores it, resolving
 * to why it could not (in words) or undefined; a failure it throws is put into words too. Its
 * status shows at its foot; `onLeftUnsaved` says a change that could not be saved when the
 * screen is left.
 */
export function SavedAsTypedForm({
  save,
  onLeftUnsaved,
  label,
  className,
  children,
}: {
  readonly save: (form: HTMLFormElement) => Promise<string | undefined>;
  readonly onLeftUnsaved: (problem: string) => void;
  readonly label: string;
  readonly className: string;
  readonly children: ReactNode;
}) {
  const { status, onChange, onBlur } = useSaveAsYouType(save, onLeftUnsaved);
  return (
    <form
      className={className}
      onChange={onChange}
      onBlur={onBlur}
      onSubmit={(event) => event.preventDefault()}
      noValidate
      aria-label={label}
    >
      {children}
      <FormSaveStatus status={status} />
    </form>
  );
}
