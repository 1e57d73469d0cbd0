import { useState } from 'react';
import type { MentorRecord } from '../../core/mentor/mentor-handbook.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { addMentorRecord, deleteMentorRecord, restoreMentorRecord } from '../../db/mentor.js';
import { showNotice } from '../../session/session-store.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { formText } from '../../ui/form-text.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { OutcomePicker } from '../outcomes/OutcomePicker.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { readAuthor, RecordAuthorSelect, useAuthorWords } from './RecordAuthorSelect.js';
import { DateInput } from '../../ui/DateInput.js';

/** The meetings log, observation notes and comments on evidence, newest first. */
export function MentorRecords({
  data,
  records,
}: {
  readonly data: PortfolioData;
  readonly records: readonly MentorRecord[];
}) {
  const { portfolio, outcomes, evidence } = data;
  const [adding, setAdding] = useState<'meeting' | 'observation'>();
  const codes = new Map(outcomes.map((outcome) => [outcome.id, outcome.code]));
  const titles = new Map(evidence.map((item) => [item.id, item.title]));
  const { recordedBy } = useAuthorWords();
  const mentorCopy = useIsMentorCopy();
  const remove = async (record: MentorRecord) => {
    try {
      const deleted = await deleteMentorRecord(appDatabase, record.id);
      if (deleted !== undefined)
        showNotice('Record deleted.', { label: 'Undo', run: () => restoreMentorRecord(appDatabase, deleted) });
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };

  return (
    <section aria-labelledby="mentor-records-title">
      <div className="view-header">
        <h3 id="mentor-records-title">Meetings, observations and comments</h3>
        <div className="row-actions">
          <button type="button" onClick={() => setAdding('meeting')}>
            Record a meeting
          </button>
          <button type="button" onClick={() => setAdding('observation')}>
            Add observation notes
          </button>
        </div>
      </div>
      {records.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ul className="mentor-records" aria-label="Mentor records">
          {records.map((record) => (
            <li key={record.id} className="evidence-card">
              <p>
                <strong>
                  {record.kind === 'meeting'
                    ? 'Meeting'
                    : record.kind === 'observation'
                      ? 'Observation'
                      : `Comment on “${titles.get(record.evidenceId) ?? 'deleted evidence'}”`}
                </strong>{' '}
                · {formatIsoDate(record.date)} · recorded by {recordedBy[record.author]}
              </p>
              {record.kind === 'meeting' && (
                <>
                  <p>Focus: {record.focus}</p>
                  {record.outcomeIds.length > 0 && (
                    <p>Outcomes discussed: {record.outcomeIds.flatMap((id) => codes.get(id) ?? []).join(', ')}</p>
                  )}
                  {record.agreedActions !== '' && <p>Agreed actions: {record.agreedActions}</p>}
                  {record.initials !== '' && <p>Initials: {record.initials}</p>}
                </>
              )}
              {record.kind === 'observation' && (
                <>
                  <p>Focus: {record.focus}</p>
                  <p>{record.notes}</p>
                </>
              )}
              {record.kind === 'evidence-comment' && <p>{record.comment}</p>}
              {/* In a mentor copy, the candidate's records are theirs to delete. */}
              {!(mentorCopy && record.author === 'candidate') && (
                <button type="button" className="danger-quiet" onClick={() => remove(record)}>
                  Delete<span className="visually-hidden"> this record</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {adding === 'meeting' && <MeetingDialog data={data} onClose={() => setAdding(undefined)} />}
      {adding === 'observation' && (
        <FormDialog
          title="Observation notes"
          submitLabel="Save notes"
          onClose={() => setAdding(undefined)}
          onSubmit={async (form) => {
            await addMentorRecord(appDatabase, {
              kind: 'observation',
              portfolioId: portfolio.id,
              date: formText(form, 'date'),
              focus: formText(form, 'focus'),
              notes: formText(form, 'notes'),
              author: readAuthor(formText(form, 'author')),
            });
          }}
        >
          <DateAndFocus />
          <div className="field">
            <label htmlFor="observation-notes">Notes</label>
            <textarea id="observation-notes" name="notes" rows={5} />
          </div>
          <RecordAuthorSelect id="observation-author" />
        </FormDialog>
      )}
    </section>
  );
}

function MeetingDialog({ data, onClose }: { readonly data: PortfolioData; readonly onClose: () => void }) {
  const [outcomeIds, setOutcomeIds] = useState<string[]>([]);
  return (
    <FormDialog
      title="Record a mentor meeting"
      submitLabel="Save meeting"
      onClose={onClose}
      onSubmit={async (form) => {
        await addMentorRecord(appDatabase, {
          kind: 'meeting',
          portfolioId: data.portfolio.id,
          date: formText(form, 'date'),
          focus: formText(form, 'focus'),
          outcomeIds,
          agreedActions: formText(form, 'actions'),
          initials: formText(form, 'initials'),
          author: readAuthor(formText(form, 'author')),
        });
      }}
    >
      <DateAndFocus />
      <OutcomePicker
        legend="Outcomes discussed"
        outcomes={data.outcomes}
        selected={outcomeIds}
        onChange={setOutcomeIds}
      />
      <div className="field">
        <label htmlFor="meeting-actions">Agreed actions</label>
        <textarea id="meeting-actions" name="actions" rows={3} />
      </div>
      <div className="field">
        <label htmlFor="meeting-initials">Initials</label>
        <input id="meeting-initials" name="initials" maxLength={10} />
      </div>
      <RecordAuthorSelect id="meeting-author" />
    </FormDialog>
  );
}

function DateAndFocus() {
  return (
    <>
      <div className="field">
        <label htmlFor="record-date">Date</label>
        <DateInput id="record-date" name="date" defaultValue={todayIso()} />
      </div>
      <div className="field">
        <label htmlFor="record-focus">Focus</label>
        <input id="record-focus" name="focus" autoFocus />
      </div>
    </>
  );
}
