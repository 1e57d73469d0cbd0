import { useEffect, useMemo } from 'react';
import { describeFailure } from '../core/failure/failure.js';
import { createAutosave, type Autosave } from '../editor/autosave.js';
import { registerPendingSave, reportSaveStatus } from './session-store.js';

/**
 * A form saved as it is typed (evidence details, a reading-log entry, the mentor's details):
 * saved soon after each change, on leaving, and before an export, a share or a backup, with its
 * status shown with every other save's. `key` names what it saves, e.g. `evidence:<id>`.
 */
export function useAutosave<T>(key: string, save: (value: T) => Promise<void>): Autosave<T> {
  const autosave = useMemo(
    () =>
      createAutosave<T>({ save, onStatus: (status) => reportSaveStatus(key, status), describeError: describeFailure }),
    // The form is keyed by what it saves, so `save` is fixed for its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  useEffect(() => {
    const closed = registerPendingSave(key, () => autosave.flush());
    return () => {
      void autosave.flush();
      closed();
    };
  }, [key, autosave]);
  return autosave;
}
