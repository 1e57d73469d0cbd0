import { useState, type ReactNode } from 'react';
import type { SaveOutcome } from '../../../src-main/contract.js';
import { showSavedFileNotice } from '../../session/saved-file-notice.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { formText } from '../../ui/form-text.js';
import { PassphraseFields } from './PassphraseFields.js';
import { passphraseProblem } from './portfolio-files.js';
import { UserFacingError } from '../../core/failure/failure.js';

/** A dialog for saving a file that leaves the app (a backup, a shared portfolio, feedback): protected by a passphrase unless the person says otherwise. */
export function SaveProtectedFileDialog({
  title,
  submitLabel,
  save,
  onClose,
  children,
}: {
  readonly title: string;
  readonly submitLabel: string;
  readonly save: (passphrase: string | undefined) => Promise<SaveOutcome>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const [protect, setProtect] = useState(true);
  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      onSubmit={async (form) => {
        const passphrase = protect ? formText(form, 'passphrase') : undefined;
        if (passphrase !== undefined) {
          const problem = passphraseProblem(passphrase, formText(form, 'confirmation'));
          if (problem !== undefined) throw new UserFacingError(problem);
        }
        showSavedFileNotice(await save(passphrase));
      }}
    >
      {children}
      <PassphraseFields protect={protect} onProtectChange={setProtect} />
    </FormDialog>
  );
}
