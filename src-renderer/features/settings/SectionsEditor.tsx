import { useState } from 'react';
import type { Section } from '../../core/portfolio/portfolio.js';
import type { PieceSettings, SectionRole } from '../../core/programme/programme.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { allWords } from '../../core/counting/word-tally.js';
import { deleteSection, restoreDeleted } from '../../db/recently-deleted.js';
import { addSection, moveSection, updateSection } from '../../db/sections.js';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog.js';
import { showNotice } from '../../session/session-store.js';

const ROLE_LABELS: Readonly<Record<SectionRole, string>> = {
  body: 'Main text',
  abstract: 'Abstract',
  references: 'Reference list',
  appendix: 'Appendix',
};

/**
 * A piece's sections: add, rename, reorder, change role, leave out of the count, delete (asked
 * first when there are words in it; kept in Recently deleted for 30 days).
 * The inputs are uncontrolled: each change is written at once and the database follows, so the
 * control never flickers back while the write is under way.
 */
export function SectionsEditor({
  portfolioId,
  piece,
  sections,
}: {
  readonly portfolioId: string;
  readonly piece: PieceSettings;
  readonly sections: readonly Section[];
}) {
  const [newTitle, setNewTitle] = useState('');
  /** A section with words in it, waiting for the person to say whether to delete it. */
  const [confirming, setConfirming] = useState<Section>();
  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };
  const ordered = [...sections].sort((a, b) => a.position - b.position);
  const remove = (section: Section) =>
    attempt(async () => {
      setConfirming(undefined);
      const deleted = await deleteSection(appDatabase, section.id);
      showNotice(`“${section.title}” is in Recently deleted.`, {
        label: 'Undo',
        run: () => restoreDeleted(appDatabase, deleted),
      });
    });

  return (
    <fieldset className="sections-editor">
      <legend>Sections of {piece.title}</legend>
      <ol>
        {ordered.map((section, index) => (
          <li key={section.id} className="section-row">
            <input
              // Opened afresh when the title changes underneath (a pseudonym put in), so the old one is never saved back.
              key={section.title}
              aria-label={`Title of section ${index + 1}`}
              defaultValue={section.title}
              onBlur={(event) => {
                if (event.target.value.trim() !== section.title)
                  void attempt(() => updateSection(appDatabase, section.id, { title: event.target.value }));
              }}
            />
            <select
              aria-label={`Role of ${section.title}`}
              defaultValue={section.role}
              onChange={(event) =>
                void attempt(() => updateSection(appDatabase, section.id, { role: event.target.value as SectionRole }))
              }
            >
              {Object.entries(ROLE_LABELS).map(([role, label]) => (
                <option key={role} value={role}>
                  {label}
                </option>
              ))}
            </select>
            <label className="checkbox">
              <input
                type="checkbox"
                defaultChecked={section.counted}
                onChange={(event) =>
                  void attempt(() => updateSection(appDatabase, section.id, { counted: event.target.checked }))
                }
              />{' '}
              Counted
            </label>
            <button
              type="button"
              aria-label={`Move ${section.title} up`}
              disabled={index === 0}
              onClick={() => attempt(() => moveSection(appDatabase, section.id, 'up'))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${section.title} down`}
              disabled={index === ordered.length - 1}
              onClick={() => attempt(() => moveSection(appDatabase, section.id, 'down'))}
            >
              ↓
            </button>
            <button
              type="button"
              className="danger-quiet"
              aria-label={`Delete ${section.title}`}
              // An empty section goes at once (Undo in the notice, and Recently deleted); one with words in it is asked about first.
              onClick={() => (allWords(section.words) > 0 ? setConfirming(section) : void remove(section))}
            >
              Delete
            </button>
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(async () => {
            await addSection(appDatabase, portfolioId, piece.id, newTitle);
            setNewTitle('');
          });
        }}
      >
        <label>
          New section <input value={newTitle} onChange={(event) => setNewTitle(event.target.value)} />
        </label>
        <button type="submit">Add section to {piece.title}</button>
      </form>
      {confirming !== undefined && (
        <ConfirmDeleteDialog
          what={confirming.title}
          words={allWords(confirming.words)}
          onKeep={() => setConfirming(undefined)}
          onDelete={() => void remove(confirming)}
        />
      )}
    </fieldset>
  );
}
