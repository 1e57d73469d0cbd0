import { useState, type SyntheticEvent } from 'react';
import { describeFailure } from '../core/failure/failure.js';

/**
 * Sending a form that adds something: `submit` gets the form's fields; done, the form is
 * cleared; refused, `problem` says why and what was typed stays.
 */
export function useFormSubmit(submit: (form: FormData) => Promise<void>) {
  const [problem, setProblem] = useState<string>();
  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      await submit(new FormData(form));
      form.reset();
      setProblem(undefined);
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };
  return { problem, onSubmit };
}
