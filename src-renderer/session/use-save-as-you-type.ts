import { useEffect, useId, useRef, useState } from 'react';
import { describeFailure } from '../core/failure/failure.js';
import { registerPendingSave } from './session-store.js';

/**
 * A form saved as the person types, like everything else in the app: each change is saved a
 * moment later (sooner when they leave the field or the page), checked as a whole. A change
 * that cannot be saved says why and stays on screen, as typed, until it can. Moving to another
 * screen saves first; a change that still cannot be saved is then said in `onLeftUnsaved`, so
 * it never goes without a word.
 */
export type FormSaveState =
  { readonly state: 'saved' } | { readonly state: 'saving' } | { readonly state: 'refused'; readonly problem: string };

/** A moment after the last keystroke: long enough not to save half a number, short enough to feel immediate. */
const SAVE_AFTER_MS = 500;

/**
 * `save` reads the form and stores it, resolving to why it could not (a problem in words) or
 * undefined. Put `onChange` and `onBlur` on the form (they bubble from its fields).
 */
export function useSaveAsYouType(
  save: (form: HTMLFormElement) => Promise<string | undefined>,
  onLeftUnsaved: (problem: string) => void,
) {
  const [status, setStatus] = useState<FormSaveState>({ state: 'saved' });
  // Why the last save was refused, if it was: what leaving the screen must say.
  const refused = useRef<string | undefined>(undefined);
  const leftUnsaved = useRef(onLeftUnsaved);
  // The newest save, with the newest state it closes over; and the form waiting to be saved.
  const latestSave = useRef(save);
  const waiting = useRef<{ form: HTMLFormElement; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    latestSave.current = save;
    leftUnsaved.current = onLeftUnsaved;
  });

  const saveNow = (): Promise<void> => {
    const form = waiting.current?.form;
    if (waiting.current !== undefined) clearTimeout(waiting.current.timer);
    waiting.current = undefined;
    if (form === undefined) {
      if (!mounted.current && refused.current !== undefined) leftUnsaved.current(refused.current);
      return Promise.resolve();
    }
    if (mounted.current) setStatus({ state: 'saving' });
    const settle = (problem: string | undefined) => {
      refused.current = problem;
      if (mounted.current) setStatus(problem === undefined ? { state: 'saved' } : { state: 'refused', problem });
      else if (problem !== undefined) leftUnsaved.current(problem);
    };
    return latestSave.current(form).then(settle, (error: unknown) => settle(describeFailure(error)));
  };
  const changed = (form: HTMLFormElement) => {
    if (waiting.current !== undefined) clearTimeout(waiting.current.timer);
    // After React has applied the change (a switch that shows or hides fields), not in the middle of it.
    waiting.current = { form, timer: setTimeout(() => void saveNow(), SAVE_AFTER_MS) };
  };

  // An export, a backup or closing the window saves what is waiting too (session-store.ts).
  const key = `settings-form:${useId()}`;
  useEffect(() => {
    mounted.current = true;
    const closed = registerPendingSave(key, saveNow);
    // Leaving the screen saves what was typed, the form read as it was left.
    return () => {
      mounted.current = false;
      void saveNow();
      closed();
    };
    // saveNow reads only refs; the key is fixed for the form's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    status,
    onChange: (event: { readonly currentTarget: HTMLFormElement }) => changed(event.currentTarget),
    onBlur: () => {
      if (waiting.current !== undefined) void saveNow();
    },
  };
}
