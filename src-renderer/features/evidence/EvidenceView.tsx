import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import {
  describeEvidenceCount,
  evidenceCount,
  wordEquivalenceHint,
  type EvidenceItem,
} from '../../core/evidence/evidence.js';
import type { WordTally } from '../../core/counting/word-tally.js';
import type { RichTextNode } from '../../core/document/rich-text.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import {
  loadEvidenceCommentary,
  saveEvidenceCommentary,
  updateEvidence,
  type EvidenceDetails,
} from '../../db/evidence.js';
import { deleteEvidence, restoreDeleted } from '../../db/recently-deleted.js';
import { allWords } from '../../core/counting/word-tally.js';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog.js';
import { useAutosave } from '../../session/use-autosave.js';
import { WritingEditor } from '../../editor/WritingEditor.js';
import { portfolioHref } from '../../session/routes.js';
import {
  editorKey,
  flushPendingSaves,
  navigateOnwardFrom,
  registerOpenEditor,
  reportSaveStatus,
  showNotice,
  useSession,
} from '../../session/session-store.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { useSavedDocument } from '../../open-portfolio/use-saved-document.js';
import { usePieceCitations } from '../../open-portfolio/citations.js';
import { usePictureStore } from '../../open-portfolio/pictures.js';
import { EvidenceComments } from '../mentor/EvidenceComments.js';
import { CandidatesWork, useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { Attachments } from './Attachments.js';
import { EvidenceTypeSelect } from './EvidenceTypeSelect.js';
import { ScaffoldPicker } from '../../editor/ScaffoldPicker.js';
import { OutcomePicker } from '../outcomes/OutcomePicker.js';
import { DateInput } from '../../ui/DateInput.js';

const loadCommentary = (id: string) => loadEvidenceCommentary(appDatabase, id);

/**
 * One item of evidence: its details, the outcomes it shows, its files and its reflective commentary.
 * The form starts from the item as stored now, not as the portfolio's list last had it: when the
 * view is reopened after a change made underneath it (a pseudonym put in), the list may not have
 * caught up, and a form started from it would save the old details back.
 */
export function EvidenceView({ data, item }: { readonly data: PortfolioData; readonly item: EvidenceItem }) {
  const stored = useLiveQuery(async () => (await appDatabase.evidence.get(item.id)) ?? null, [item.id]);
  if (stored === undefined) return <p className="loading">Opening {item.title}…</p>;
  if (stored === null) return null;
  return <EvidenceForm key={item.id} data={data} item={stored} />;
}

function EvidenceForm({ data, item }: { readonly data: PortfolioData; readonly item: EvidenceItem }) {
  const { portfolio, outcomes } = data;
  const piece = portfolio.pieces.find((candidate) => candidate.id === item.pieceId);
  const [details, setDetails] = useState<EvidenceDetails>(item);
  const [confirmDelete, setConfirmDelete] = useState(false);

  // Details save as they change, like the writing: no button to forget.
  // A detail that fails its check (an empty title) is shown like any save problem, and kept until fixed.
  const autosave = useAutosave<EvidenceDetails>(`evidence:${item.id}`, (value) =>
    updateEvidence(appDatabase, item.id, value),
  );
  const change = (patch: Partial<EvidenceDetails>) => {
    const next = { ...details, ...patch };
    setDetails(next);
    autosave.changed(() => next);
  };

  const commentary = useSavedDocument(item.id, loadCommentary);
  const { citations } = usePieceCitations(data, item.pieceId);
  const pictures = usePictureStore(portfolio.id);
  const saveCommentary = useCallback(
    (document: RichTextNode) => saveEvidenceCommentary(appDatabase, item.id, document),
    [item.id],
  );
  const registerFlush = useCallback(
    (flush: () => Promise<void>, unsaved: () => RichTextNode | undefined) =>
      registerOpenEditor({ kind: 'commentary', evidenceId: item.id }, flush, unsaved),
    [item.id],
  );
  const readOnly = useIsMentorCopy();
  const noticeSpace = useSession((state) => state.noticeSpace);
  // The commentary's words as typed, so the item's count follows the writing before it is saved.
  const [commentaryWords, setCommentaryWords] = useState<WordTally>();

  return (
    <section className="evidence-view" aria-labelledby="evidence-heading">
      <div className="view-header">
        <h2 id="evidence-heading">{details.title.trim() === '' ? 'Evidence' : details.title}</h2>
        {!readOnly && (
          <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
            Delete evidence
          </button>
        )}
      </div>
      {piece !== undefined && (
        <p className="muted" data-testid="evidence-count">
          In {piece.title}.{' '}
          {describeEvidenceCount(
            evidenceCount({ ...details, commentaryWords: commentaryWords ?? item.commentaryWords }, piece),
            piece.title,
          )}
        </p>
      )}
      <CandidatesWork label="The evidence">
        <div className="evidence-fields">
          <div className="field">
            <label htmlFor="evidence-title">Title</label>
            <input
              id="evidence-title"
              value={details.title}
              onChange={(event) => change({ title: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="evidence-date">Date</label>
            <DateInput id="evidence-date" value={details.date} onChange={(date) => change({ date })} />
          </div>
          <div className="field">
            <label htmlFor="evidence-type">Type</label>
            <EvidenceTypeSelect id="evidence-type" value={details.type} onChange={(type) => change({ type })} />
          </div>
          {piece !== undefined && (
            <div className="field">
              <label htmlFor="evidence-words">Word equivalence</label>
              <p className="field-hint" id="evidence-words-hint">
                {wordEquivalenceHint(piece.evidenceWords, details.type)}
              </p>
              <input
                id="evidence-words"
                aria-describedby="evidence-words-hint"
                type="number"
                min={0}
                max={10000}
                value={details.wordsOverride ?? ''}
                onChange={(event) =>
                  change({ wordsOverride: event.target.value === '' ? null : Math.round(Number(event.target.value)) })
                }
              />
            </div>
          )}
          <div className="field wide">
            <label htmlFor="evidence-context">Context</label>
            <textarea
              id="evidence-context"
              rows={2}
              value={details.context}
              onChange={(event) => change({ context: event.target.value })}
            />
          </div>
          <div className="field wide">
            <label htmlFor="evidence-description">Description</label>
            <textarea
              id="evidence-description"
              rows={3}
              value={details.description}
              onChange={(event) => change({ description: event.target.value })}
            />
          </div>
        </div>

        <OutcomePicker
          legend="Outcomes this evidence shows"
          outcomes={outcomes}
          selected={details.outcomeIds}
          onChange={(outcomeIds) => change({ outcomeIds })}
        />

        <Attachments evidenceId={item.id} />
      </CandidatesWork>
      <EvidenceComments portfolioId={portfolio.id} evidenceId={item.id} />

      <h3>Reflective commentary</h3>
      {commentary === undefined ? (
        <p className="loading">Opening the commentary…</p>
      ) : 'failure' in commentary ? (
        <p className="form-failure" role="alert">
          {commentary.failure}
        </p>
      ) : (
        <WritingEditor
          key={item.id}
          title={`Commentary on ${item.title}`}
          initialDocument={commentary.document}
          save={saveCommentary}
          onSaveStatus={(status) => reportSaveStatus(editorKey({ kind: 'commentary', evidenceId: item.id }), status)}
          onWords={setCommentaryWords}
          registerFlush={registerFlush}
          bottomClearance={noticeSpace + 20}
          citations={citations}
          pictures={pictures}
          toolbarExtras={(editor) => <ScaffoldPicker editor={editor} />}
          readOnly={readOnly}
        />
      )}

      {confirmDelete && (
        <ConfirmDeleteDialog
          what={details.title}
          words={allWords(item.commentaryWords)}
          onKeep={() => setConfirmDelete(false)}
          onDelete={async () => {
            try {
              await flushPendingSaves();
              const deleted = await deleteEvidence(appDatabase, item.id);
              navigateOnwardFrom(
                { screen: 'portfolio', portfolioId: portfolio.id, view: { kind: 'evidence', evidenceId: item.id } },
                {
                  screen: 'portfolio',
                  portfolioId: portfolio.id,
                  view: { kind: 'evidence-list', pieceId: item.pieceId },
                },
              );
              if (deleted !== undefined)
                showNotice(`“${details.title}” is in Recently deleted.`, {
                  label: 'Undo',
                  run: () => restoreDeleted(appDatabase, deleted),
                });
            } catch (error) {
              showNotice(describeFailure(error));
            }
          }}
        />
      )}
      <p>
        <a href={portfolioHref(portfolio.id, { kind: 'evidence-list', pieceId: item.pieceId })}>← All evidence</a>
      </p>
    </section>
  );
}
