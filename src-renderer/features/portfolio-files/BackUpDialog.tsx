import { appDatabase } from '../../db/app-database.js';
import { backUpEverything } from './portfolio-files.js';
import { SaveProtectedFileDialog } from './SaveProtectedFileDialog.js';

/** "Back up everything": one file with every portfolio, for a USB stick or another drive, protected if the candidate wishes. */
export function BackUpDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <SaveProtectedFileDialog
      title="Back up everything"
      submitLabel="Save the backup"
      save={(passphrase) => backUpEverything(appDatabase, passphrase)}
      onClose={onClose}
    >
      <p>
        One file holds every portfolio, with its evidence, pictures, reading log and mentor handbook. Keep it somewhere
        other than this computer, such as a USB stick.
      </p>
    </SaveProtectedFileDialog>
  );
}
