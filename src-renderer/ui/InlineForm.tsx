import { useState, type ReactNode } from 'react';
import { describeFailure } from '../core/failure/failure.js';
import { Problem } from './Problem.js';

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
  const [problem, setProblem] = useState<string>();
  return (
    <>
      <form
        className="inline-form"
        aria-label={label}
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          try {
            await submit(new FormData(form));
            form.reset();
            setProblem(undefined);
          } catch (error) {
            setProblem(describeFailure(error));
          }
        }}
      >
        {children}
      </form>
      <Problem message={problem} />
    </>
  );
}
