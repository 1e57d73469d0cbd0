import { ConfirmDialog } from './ConfirmDialog.js';

/**
 * Asks before deleting something with words in it: what it is, how many words, and where it
 * goes (Recently deleted, for 30 days), with keeping it as the first choice.
 */
export function ConfirmDeleteDialog({
  what,
  words,
  onKeep,
  onDelete,
}: {
  readonly what: string;
  readonly words: number;
  readonly onKeep: () => void;
  readonly onDelete: () => void;
}) {
  return (
    <ConfirmDialog
      title={`Delete “${what}”?`}
      cautiousLabel="Keep it"
      goLabel="Delete"
      danger
      onCautious={onKeep}
      onGo={onDelete}
    >
      <p>
        {words > 0 ? `It has ${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}. ` : ''}It goes to
        Recently deleted, where you can put it back, with everything on it, for 30 days.
      </p>
    </ConfirmDialog>
  );
}
