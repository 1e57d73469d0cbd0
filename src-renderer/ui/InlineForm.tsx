import type { ReactNode } from 'react';
import { Problem } from './Problem.js';
import { useFormSubmit } from './use-form-submit.js';

/**
 * A form on the page, not in a dialog, that adds something (a study entry, a comment): on
 * submit it hands `submit` the form's fields; done, the form is cleared; refused, it says why
 * beneath and keeps what was typed.
 */
export function InlineForm({
  submit,
  label,
  children,
}: {
  readonly submit: (form: FormData) => Promise<void>;
  readonly label?: string;
  readonly children: ReactNode;
}) {
  const { problem, onSubmit } = useFormSubmit(submit);
  return (
    <>
      <form className="inline-form" aria-label={label} onSubmit={onSubmit}>
        {children}
      </form>
      <Problem message={problem} />
    </>
  );
}
