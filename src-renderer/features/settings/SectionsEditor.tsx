import { useState } from 'react';
import type { Section } from '../../core/portfolio/portfolio.js';
import type { PieceSettings, SectionRole } from '../../core/programme/programme.js';
import { appDatabase } from '../../db/app-database.js';
import { describeActionError } from '../../db/describe-storage-error.js';
import { addSection, deleteSection, moveSection, restoreSection, updateSection } from '../../db/sections.js';
import { showNotice } from '../../app/session-store.js';

const ROLE_LABELS: Readonly<Record<SectionRole, string>> = { body: 'Main text', abstract: 'Abstract', references: 'Reference list', appendix: 'Appendix' };

/**
 * A piece's sections: add, rename, reorder, change role, leave out of the count, delete (undoably).
 * The inputs are uncontrolled: each change is written at once and the database follows, so the
 * control never flickers back while the write is under way.
 */
export function SectionsEditor({ portfolioId, piece, sections }: { readonly portfolioId: string; readonly piece: PieceSettings; readonly sections: readonly Section[] }) {
  const [newTitle, setNewTitle] = useState('');
  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      showNotice(describeActionError(error));
    }
  };
  const ordered = [...sections].sort((a, b) => a.position - b.position);

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
                if (event.target.value.trim() !== section.title) void attempt(() => updateSection(appDatabase, section.id, { title: event.target.value }));
              }}
            />
            <select aria-label={`Role of ${section.title}`} defaultValue={section.role} onChange={(event) => void attempt(() => updateSection(appDatabase, section.id, { role: event.target.value as SectionRole }))}>
              {Object.entries(ROLE_LABELS).map(([role, label]) => (
                <option key={role} value={role}>
                  {label}
                </option>
              ))}
            </select>
            <label className="checkbox">
              <input type="checkbox" defaultChecked={section.counted} onChange={(event) => void attempt(() => updateSection(appDatabase, section.id, { counted: event.target.checked }))} /> Counted
            </label>
            <button type="button" aria-label={`Move ${section.title} up`} disabled={index === 0} onClick={() => attempt(() => moveSection(appDatabase, section.id, 'up'))}>
              ↑
            </button>
            <button type="button" aria-label={`Move ${section.title} down`} disabled={index === ordered.length - 1} onClick={() => attempt(() => moveSection(appDatabase, section.id, 'down'))}>
              ↓
            </button>
            <button
              type="button"
              className="danger-quiet"
              aria-label={`Delete ${section.title}`}
              onClick={() =>
                attempt(async () => {
                  const deleted = await deleteSection(appDatabase, section.id);
                  showNotice(`Section “${section.title}” deleted.`, { label: 'Undo', run: () => restoreSection(appDatabase, deleted) });
                })
              }
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
    </fieldset>
  );
}
