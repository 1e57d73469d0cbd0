import type { FormSaveState } from './use-save-as-you-type.js';
import { Problem } from '../ui/Problem.js';

/** Where a form saved as you type stands: saved, saving, or why a change could not be saved (it stays as typed). */
export function FormSaveStatus({ status }: { readonly status: FormSaveState }) {
  if (status.state === 'refused')
    return <Problem message={`${status.problem} The change is not saved yet: it stays here as you typed it.`} />;
  return (
    <p className="form-save-status muted" role="status">
      {status.state === 'saving' ? 'Saving…' : 'Changes here are saved as you make them.'}
    </p>
  );
}
