import { useState } from 'react';
import { evidenceCount } from '../../core/evidence/evidence.js';
import { EVIDENCE_TYPE_LABELS, type EvidenceType, type PieceSettings } from '../../core/programme/programme.js';
import { appDatabase } from '../../db/app-database.js';
import { createEvidence } from '../../db/evidence.js';
import { portfolioHref } from '../../session/routes.js';
import { navigate } from '../../session/session-store.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { EvidenceTypeSelect } from './EvidenceTypeSelect.js';
import { formText } from '../../ui/form-text.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { DateInput } from '../../ui/DateInput.js';

/** The evidence in a piece, newest first, with the outcomes each shows. */
export function EvidenceListView({ data, piece }: { readonly data: PortfolioData; readonly piece: PieceSettings }) {
  const { portfolio, evidence, outcomes } = data;
  const [adding, setAdding] = useState(false);
  const items = evidence.filter((item) => item.pieceId === piece.id).sort((a, b) => b.date.localeCompare(a.date));
  const codes = new Map(outcomes.map((outcome) => [outcome.id, outcome.code]));

  return (
    <section aria-labelledby="evidence-title">
      <div className="view-header">
        <h2 id="evidence-title">Evidence: {piece.title}</h2>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          Add evidence
        </button>
      </div>
      {items.length === 0 ? (
        <p className="empty">
          No evidence yet. Add a piece of evidence from your practice, then map it to the outcomes it shows.
        </p>
      ) : (
        <ul className="evidence-list" aria-label="Evidence">
          {items.map((item) => (
            <li key={item.id} className="evidence-card">
              <a href={portfolioHref(portfolio.id, { kind: 'evidence', evidenceId: item.id })}>{item.title}</a>
              <p className="muted">
                {formatIsoDate(item.date)} · {EVIDENCE_TYPE_LABELS[item.type]} ·{' '}
                {item.outcomeIds.length === 0
                  ? 'No outcomes yet'
                  : `Outcomes ${item.outcomeIds.flatMap((id) => codes.get(id) ?? []).join(', ')}`}
                {` · counts as ${evidenceCount(item, piece).total.toLocaleString('en-GB')} words`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {adding && <AddEvidenceDialog portfolioId={portfolio.id} pieceId={piece.id} onClose={() => setAdding(false)} />}
    </section>
  );
}

function AddEvidenceDialog({
  portfolioId,
  pieceId,
  onClose,
}: {
  readonly portfolioId: string;
  readonly pieceId: string;
  readonly onClose: () => void;
}) {
  return (
    <FormDialog
      title="Add evidence"
      submitLabel="Add evidence"
      onClose={onClose}
      onSubmit={async (form) => {
        const id = await createEvidence(appDatabase, portfolioId, pieceId, {
          title: formText(form, 'title'),
          date: formText(form, 'date'),
          type: formText(form, 'type') as EvidenceType,
          context: '',
          description: '',
          outcomeIds: [],
          wordsOverride: null,
        });
        navigate({ screen: 'portfolio', portfolioId, view: { kind: 'evidence', evidenceId: id } });
      }}
    >
      <div className="field">
        <label htmlFor="new-evidence-title">Title</label>
        <input id="new-evidence-title" name="title" autoFocus />
      </div>
      <div className="field">
        <label htmlFor="new-evidence-date">Date</label>
        <DateInput id="new-evidence-date" name="date" defaultValue={todayIso()} />
      </div>
      <div className="field">
        <label htmlFor="new-evidence-type">Type</label>
        <EvidenceTypeSelect id="new-evidence-type" name="type" defaultValue="observation" />
      </div>
    </FormDialog>
  );
}
