import { Dialog } from './Dialog.js';

/**
 * The one way the app asks before deleting something with words in it: what it is, how many
 * words, and where it goes (Recently deleted, for 30 days), with keeping it as the first choice.
 */
export function ConfirmDeleteDialog({ what, words, onKeep, onDelete }: { readonly what: string; readonly words: number; readonly onKeep: () => void; readonly onDelete: () => void }) {
  return (
    <Dialog title={`Delete “${what}”?`} onClose={onKeep}>
      <p>
        {words > 0 ? `It has ${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}. ` : ''}It goes to Recently deleted, where you can put it back, with everything on it, for 30 days.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onKeep} autoFocus>
          Keep it
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </Dialog>
  );
}
