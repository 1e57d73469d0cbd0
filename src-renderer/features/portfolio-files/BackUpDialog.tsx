import { useState } from 'react';
import { showSavedFileNotice } from '../../app/saved-file-notice.js';
import { appDatabase } from '../../db/app-database.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { formText } from '../../ui/form-text.js';
import { PassphraseFields } from './PassphraseFields.js';
import { backUpEverything, passphraseProblem } from './portfolio-files.js';

/** "Back up everything": one file with every portfolio, for a USB stick or another drive, protected if the candidate wishes. */
export function BackUpDialog({ onClose }: { readonly onClose: () => void }) {
  const [protect, setProtect] = useState(true);
  return (
    <FormDialog
      title="Back up everything"
      submitLabel="Save the backup"
      onClose={onClose}
      onSubmit={async (form) => {
        const passphrase = protect ? formText(form, 'passphrase') : undefined;
        if (passphrase !== undefined) {
          const problem = passphraseProblem(passphrase, formText(form, 'confirmation'));
          if (problem !== undefined) throw new RangeError(problem);
        }
        showSavedFileNotice(await backUpEverything(appDatabase, passphrase));
      }}
    >
      <p>One file holds every portfolio, with its evidence, pictures, reading log and mentor handbook. Keep it somewhere other than this computer, such as a USB stick.</p>
      <PassphraseFields protect={protect} onProtectChange={setProtect} />
    </FormDialog>
  );
}
