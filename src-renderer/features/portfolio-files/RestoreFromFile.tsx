import { useRef, useState } from 'react';
import { showNotice } from '../../app/session-store.js';
import type { OpenedFile, ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { portfoliosAlreadyHere, type RestoreChoice } from '../../db/portfolio-files.js';
import { Dialog } from '../../ui/Dialog.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { formText } from '../../ui/form-text.js';
import { TextField } from '../../ui/TextField.js';
import { describeRestore, readChosenFile, restoreFromFile } from './portfolio-files.js';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'passphrase'; readonly file: Blob; readonly fileName: string }
  | { readonly kind: 'choose'; readonly opened: OpenedFile; readonly here: readonly Portfolio[] }
  | { readonly kind: 'problem'; readonly fileName: string; readonly message: string };

/**
 * Restoring from a portfolio file, chosen with the button or dropped on the screen (`useDrop`):
 * the passphrase if the file is protected, then a choice for each portfolio already here,
 * then everything in one step. Every refusal says why, and nothing changes until the end.
 */
export function useRestoreFromFile() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const chooser = useRef<HTMLInputElement>(null);
  const close = () => setStep({ kind: 'idle' });

  async function proceed(read: ReadResult, file: Blob, fileName: string): Promise<void> {
    if (!read.ok) {
      setStep(read.problem.kind === 'needs-passphrase' ? { kind: 'passphrase', file, fileName } : { kind: 'problem', fileName, message: read.problem.message });
      return;
    }
    const here = await portfoliosAlreadyHere(appDatabase, read.file.contents);
    if (here.length > 0) {
      setStep({ kind: 'choose', opened: read.file, here });
      return;
    }
    await finish(read.file, new Map());
  }

  async function finish(opened: OpenedFile, choices: ReadonlyMap<string, RestoreChoice>): Promise<void> {
    const summary = await restoreFromFile(appDatabase, opened, choices);
    close();
    showNotice(describeRestore(summary));
  }

  async function begin(file: File): Promise<void> {
    try {
      await proceed(await readChosenFile(file), file, file.name);
    } catch (error) {
      setStep({ kind: 'problem', fileName: file.name, message: `The portfolios could not be restored${error instanceof Error ? ` (${error.message})` : ''}. Nothing was changed.` });
    }
  }

  const button = (
    <>
      <button type="button" onClick={() => chooser.current?.click()}>
        Restore from a file…
      </button>
      <input
        ref={chooser}
        type="file"
        accept=".nasenco"
        hidden
        aria-label="Choose a portfolio file to restore"
        onChange={(event) => {
          const [file] = event.target.files ?? [];
          event.target.value = '';
          if (file !== undefined) void begin(file);
        }}
      />
    </>
  );

  const dialogs = (
    <>
      {step.kind === 'passphrase' && (
        <FormDialog
          title={`Open “${step.fileName}”`}
          submitLabel="Open"
          // Closing after a right passphrase must not undo the step `proceed` moved on to.
          onClose={() => setStep((current) => (current.kind === 'passphrase' ? { kind: 'idle' } : current))}
          onSubmit={async (form) => {
            const read = await readChosenFile(step.file, formText(form, 'passphrase'));
            if (!read.ok && read.problem.kind === 'wrong-passphrase') throw new RangeError(read.problem.message);
            await proceed(read, step.file, step.fileName);
          }}
        >
          <p>This file is protected. Enter the passphrase it was saved with.</p>
          <TextField label="Passphrase" name="passphrase" type="password" autoFocus />
        </FormDialog>
      )}
      {step.kind === 'choose' && <ChoicesDialog here={step.here} onClose={close} onChosen={(choices) => finish(step.opened, choices)} />}
      {step.kind === 'problem' && (
        <Dialog title={`“${step.fileName}” was not restored`} onClose={close}>
          <p role="alert">{step.message}</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={close} autoFocus>
              OK
            </button>
          </div>
        </Dialog>
      )}
    </>
  );

  return { button, dialogs, begin };
}

function ChoicesDialog({ here, onClose, onChosen }: { readonly here: readonly Portfolio[]; readonly onClose: () => void; readonly onChosen: (choices: ReadonlyMap<string, RestoreChoice>) => Promise<void> }) {
  return (
    <FormDialog
      title={here.length === 1 ? 'This portfolio is already here' : 'These portfolios are already here'}
      submitLabel="Restore"
      onClose={onClose}
      onSubmit={(form) => onChosen(new Map(here.map((portfolio) => [portfolio.id, formText(form, portfolio.id) === 'replace' ? 'replace' : 'keep-both'])))}
    >
      {here.map((portfolio) => (
        <fieldset key={portfolio.id} className="restore-choice">
          <legend>“{portfolio.title}”</legend>
          <label className="checkbox">
            <input type="radio" name={portfolio.id} value="keep-both" defaultChecked />
            Keep both: add the file’s copy beside the one here
          </label>
          <label className="checkbox">
            <input type="radio" name={portfolio.id} value="replace" />
            Replace the one here with the file’s (a copy of the one here is kept first)
          </label>
        </fieldset>
      ))}
    </FormDialog>
  );
}
