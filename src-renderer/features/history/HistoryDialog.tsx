import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { flushPendingSaves, reopenTexts, showNotice, useSession } from '../../session/session-store.js';
import type { RichTextNode } from '../../core/document/rich-text.js';
import {
  changesSince,
  describeVersion,
  formatVersionTime,
  sameDocument,
  type SectionVersion,
} from '../../core/history/section-versions.js';
import { formatWords } from '../../core/counting/word-target.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { goBackToVersion, loadSectionDocument } from '../../db/sections.js';
import { versionsOfSection } from '../../db/section-versions.js';
import { Dialog } from '../../ui/Dialog.js';
import { Problem } from '../../ui/Problem.js';
import { DialogActions } from '../../ui/DialogActions.js';

/**
 * A section's kept versions, newest first: choose one to see what has changed since, and go
 * back to it if need be. Going back keeps the text it replaces, and says how to undo it.
 */
export function HistoryDialog({
  sectionId,
  sectionTitle,
  flush,
  onClose,
}: {
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly flush: () => Promise<void>;
  readonly onClose: () => void;
}) {
  const versions = useLiveQuery(() => versionsOfSection(appDatabase, sectionId), [sectionId]);
  const [current, setCurrent] = useState<RichTextNode>();
  const [chosenId, setChosenId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  // The comparison is with the text as typed: anything not yet saved is saved first.
  useEffect(() => {
    void flush()
      .then(() => loadSectionDocument(appDatabase, sectionId))
      .then((document) => setCurrent(document ?? { type: 'doc', content: [] }));
  }, [flush, sectionId]);
  const chosen = versions?.find((version) => version.id === chosenId) ?? versions?.[0];

  const goBack = async (version: SectionVersion) => {
    // A save that failed is still waiting to be written: going back now could have it land over the earlier text.
    if (useSession.getState().saveStatus.state === 'failed') {
      setProblem(
        'Your latest changes are not saved yet, so going back now could lose them. Once the save indicator says Saved, try again.',
      );
      return;
    }
    try {
      await flush();
      const before = await goBackToVersion(appDatabase, version.id);
      // The saved text changed underneath the editor: the view is opened afresh on it.
      onClose();
      reopenTexts();
      showNotice(
        `Went back to the version of ${formatVersionTime(version.createdAt)}. The text it replaced is kept in the history.`,
        before === undefined
          ? undefined
          : {
              label: 'Undo',
              run: async () => {
                await flushPendingSaves();
                await goBackToVersion(appDatabase, before);
                reopenTexts();
              },
            },
      );
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };

  return (
    <Dialog title={`History of “${sectionTitle}”`} onClose={onClose}>
      {versions === undefined || current === undefined ? (
        <p>Opening the history…</p>
      ) : versions.length === 0 ? (
        <p>
          No versions yet. One is kept as you write, at most every five minutes, and you can save one with a name at any
          time.
        </p>
      ) : (
        <div className="history">
          <ol className="history-versions" aria-label="Versions, newest first">
            {versions.map((version) => (
              <li key={version.id}>
                <button type="button" aria-pressed={version.id === chosen?.id} onClick={() => setChosenId(version.id)}>
                  <span className="history-time">{formatVersionTime(version.createdAt)}</span>
                  <span>{describeVersion(version)}</span>
                  <span className="muted">{formatWords(version.words)}</span>
                </button>
              </li>
            ))}
          </ol>
          {chosen !== undefined && (
            <section className="history-changes" aria-labelledby="history-changes-title">
              <h3 id="history-changes-title">Changes since {formatVersionTime(chosen.createdAt)}</h3>
              <p className="muted">
                <del>Struck through</del>: in that version, not now. <ins>Underlined</ins>: written since.
              </p>
              <Changes earlier={chosen.document} current={current} />
              {!sameDocument(chosen.document, current) && (
                <button type="button" onClick={() => void goBack(chosen)}>
                  Go back to this version
                </button>
              )}
            </section>
          )}
        </div>
      )}
      <Problem message={problem} />
      <DialogActions onCancel={onClose} cancelLabel="Close" />
    </Dialog>
  );
}

function Changes({ earlier, current }: { readonly earlier: RichTextNode; readonly current: RichTextNode }) {
  const changes = changesSince(earlier, current);
  if (changes.every((change) => change.kind === 'same'))
    return <p>No changes: this version is the text as it is now.</p>;
  return (
    <div className="history-text" tabIndex={0} aria-label="The text, with changes marked">
      {changes.map((change, index) =>
        change.kind === 'added' ? (
          <ins key={index}>{change.text}</ins>
        ) : change.kind === 'removed' ? (
          <del key={index}>{change.text}</del>
        ) : (
          <span key={index}>{change.text}</span>
        ),
      )}
    </div>
  );
}
