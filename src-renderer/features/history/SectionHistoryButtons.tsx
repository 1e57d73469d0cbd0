import { useState } from 'react';
import { flushPendingSaves } from '../../session/session-store.js';
import { HistoryDialog } from './HistoryDialog.js';
import { SaveVersionDialog } from './SaveVersionDialog.js';

/** "Save a version…" and "History…" beside a section's title. */
export function SectionHistoryButtons({
  sectionId,
  sectionTitle,
}: {
  readonly sectionId: string;
  readonly sectionTitle: string;
}) {
  const [open, setOpen] = useState<'save' | 'history'>();
  const flush = flushPendingSaves;
  const close = () => setOpen(undefined);
  return (
    <div className="section-history-buttons">
      <button type="button" onClick={() => setOpen('save')}>
        Save a version…
      </button>
      <button type="button" onClick={() => setOpen('history')}>
        History…
      </button>
      {open === 'save' && <SaveVersionDialog sectionId={sectionId} flush={flush} onClose={close} />}
      {open === 'history' && (
        <HistoryDialog sectionId={sectionId} sectionTitle={sectionTitle} flush={flush} onClose={close} />
      )}
    </div>
  );
}
