import { showNotice } from '../../session/session-store.js';
import { MAX_VERSION_NAME_LENGTH } from '../../core/history/section-versions.js';
import { appDatabase } from '../../db/app-database.js';
import { saveNamedVersion } from '../../db/section-versions.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { formText } from '../../ui/form-text.js';
import { TextField } from '../../ui/TextField.js';

/** "Save a version…": the section's text as it is now, kept under a name the writer chooses. */
export function SaveVersionDialog({
  sectionId,
  flush,
  onClose,
}: {
  readonly sectionId: string;
  readonly flush: () => Promise<void>;
  readonly onClose: () => void;
}) {
  return (
    <FormDialog
      title="Save a version"
      submitLabel="Save the version"
      onClose={onClose}
      onSubmit={async (form) => {
        await flush();
        const name = formText(form, 'name');
        await saveNamedVersion(appDatabase, sectionId, name);
        showNotice(`Version “${name.trim()}” saved. Find it under History.`);
      }}
    >
      <TextField
        label="Name"
        name="name"
        hint={`Such as “Draft sent to my mentor”; up to ${MAX_VERSION_NAME_LENGTH} characters. Named versions are kept for good.`}
        autoFocus
      />
    </FormDialog>
  );
}
