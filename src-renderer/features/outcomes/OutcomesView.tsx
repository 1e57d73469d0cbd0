import { useState } from 'react';
import { evidenceMappedTo } from '../../core/evidence/coverage.js';
import {
  OUTCOME_AREAS,
  OUTCOME_AREA_TITLES,
  type Outcome,
  type OutcomeArea,
  type OutcomeDraft,
} from '../../core/outcomes/outcomes.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { addOutcomes, deleteOutcome, moveOutcome, updateOutcome } from '../../db/outcomes.js';
import { showNotice } from '../../session/session-store.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { formText } from '../../ui/form-text.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { PasteOutcomesDialog } from './PasteOutcomesDialog.js';

type Editing =
  | { readonly kind: 'add'; readonly area: OutcomeArea }
  | { readonly kind: 'edit'; readonly outcome: Outcome }
  | { readonly kind: 'delete'; readonly outcome: Outcome }
  | { readonly kind: 'paste' };

/** The portfolio's learning outcomes by area: add, edit, reorder, delete, or paste a list. */
export function OutcomesView({ data }: { readonly data: PortfolioData }) {
  const { portfolio, outcomes, evidence } = data;
  const [editing, setEditing] = useState<Editing>();
  const close = () => setEditing(undefined);
  const attempt = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };

  return (
    <section className="outcomes" aria-labelledby="outcomes-title">
      <div className="view-header">
        <h2 id="outcomes-title">Learning outcomes</h2>
        <button type="button" onClick={() => setEditing({ kind: 'paste' })}>
          Paste a list
        </button>
      </div>
      <p className="check-handbook" role="note">
        This list is a starting point: check it against your provider’s handbook, and change, reorder or replace the
        outcomes so they match.
      </p>
      {OUTCOME_AREAS.map((area) => {
        const inArea = outcomes.filter((outcome) => outcome.area === area);
        return (
          <section key={area} aria-labelledby={`area-${area}`} className="outcome-area">
            <h3 id={`area-${area}`}>
              Area {area}: {OUTCOME_AREA_TITLES[area]}
            </h3>
            <ol className="outcome-list">
              {inArea.map((outcome, index) => (
                <li key={outcome.id} className="outcome-row">
                  <div>
                    <strong>{outcome.code}</strong> {outcome.title}
                    {outcome.description !== '' && <p className="muted">{outcome.description}</p>}
                  </div>
                  <div className="row-actions">
                    <button
                      type="button"
                      aria-label={`Move ${outcome.code} up`}
                      disabled={index === 0}
                      onClick={() => attempt(() => moveOutcome(appDatabase, outcome.id, 'up'))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${outcome.code} down`}
                      disabled={index === inArea.length - 1}
                      onClick={() => attempt(() => moveOutcome(appDatabase, outcome.id, 'down'))}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => setEditing({ kind: 'edit', outcome })}>
                      Edit<span className="visually-hidden"> {outcome.code}</span>
                    </button>
                    <button
                      type="button"
                      className="danger-quiet"
                      onClick={() => setEditing({ kind: 'delete', outcome })}
                    >
                      Delete<span className="visually-hidden"> {outcome.code}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => setEditing({ kind: 'add', area })}>
              Add an outcome to area {area}
            </button>
          </section>
        );
      })}

      {(editing?.kind === 'add' || editing?.kind === 'edit') && (
        <OutcomeDialog
          outcome={editing.kind === 'edit' ? editing.outcome : undefined}
          area={editing.kind === 'edit' ? editing.outcome.area : editing.area}
          onClose={close}
          onSave={async (draft) => {
            if (editing.kind === 'edit') await updateOutcome(appDatabase, editing.outcome.id, draft);
            else await addOutcomes(appDatabase, portfolio.id, [draft]);
          }}
        />
      )}
      {editing?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete outcome ${editing.outcome.code}?`}
          cautiousLabel="Keep it"
          goLabel={`Delete ${editing.outcome.code}`}
          danger
          onCautious={close}
          onGo={() =>
            attempt(async () => {
              await deleteOutcome(appDatabase, editing.outcome.id);
              close();
            })
          }
        >
          <p>{deleteWarning(evidenceMappedTo(editing.outcome.id, evidence))}</p>
        </ConfirmDialog>
      )}
      {editing?.kind === 'paste' && <PasteOutcomesDialog portfolioId={portfolio.id} onClose={close} />}
    </section>
  );
}

function deleteWarning(mapped: number): string {
  if (mapped === 0) return 'No evidence is mapped to it.';
  return `${mapped} ${mapped === 1 ? 'item of evidence is' : 'items of evidence are'} mapped to it; ${mapped === 1 ? 'it' : 'they'} will no longer show this outcome.`;
}

function OutcomeDialog({
  outcome,
  area,
  onClose,
  onSave,
}: {
  readonly outcome?: Outcome;
  readonly area: OutcomeArea;
  readonly onClose: () => void;
  readonly onSave: (draft: OutcomeDraft) => Promise<void>;
}) {
  return (
    <FormDialog
      title={outcome === undefined ? `Add an outcome to area ${area}` : `Edit ${outcome.code}`}
      submitLabel="Save outcome"
      onClose={onClose}
      onSubmit={(form) =>
        onSave({
          area,
          code: formText(form, 'code'),
          title: formText(form, 'title'),
          description: formText(form, 'description'),
        })
      }
    >
      <div className="field">
        <label htmlFor="outcome-code">Code</label>
        <input id="outcome-code" name="code" defaultValue={outcome?.code ?? area} autoFocus />
      </div>
      <div className="field">
        <label htmlFor="outcome-title">Title</label>
        <input id="outcome-title" name="title" defaultValue={outcome?.title} />
      </div>
      <div className="field">
        <label htmlFor="outcome-description">Description (optional)</label>
        <textarea id="outcome-description" name="description" rows={3} defaultValue={outcome?.description} />
      </div>
    </FormDialog>
  );
}
