import { TextField } from '../../ui/TextField.js';

/** The choice to protect a file leaving the app, and its passphrase typed twice. */
export function PassphraseFields({
  protect,
  onProtectChange,
}: {
  readonly protect: boolean;
  readonly onProtectChange: (protect: boolean) => void;
}) {
  return (
    <fieldset className="passphrase-fields">
      <legend>Protection</legend>
      <label className="checkbox">
        <input type="checkbox" checked={protect} onChange={(event) => onProtectChange(event.target.checked)} />
        Protect it with a passphrase (recommended: the file holds information about pupils)
      </label>
      {protect && (
        <>
          <TextField
            label="Passphrase"
            name="passphrase"
            type="password"
            hint="At least 8 characters. Without it the file cannot be opened, and the app cannot recover it."
            autoFocus
          />
          <TextField label="Type the passphrase again" name="confirmation" type="password" />
        </>
      )}
    </fieldset>
  );
}
