import { useState } from 'react';
import { parseTags, type ReadingLogEntry } from '../../core/references/reading-log.js';
import type { ReadingLogDetails } from '../../core/references/reading-log-schema.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { updateReadingLogEntry } from '../../db/reading-log.js';
import { deleteReadingLogEntry, restoreDeleted, wordsIn } from '../../db/recently-deleted.js';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog.js';
import { useAutosave } from '../../session/use-autosave.js';
import { portfolioHref } from '../../session/routes.js';
import { navigateOnwardFrom, showNotice } from '../../session/session-store.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { detailsOf } from '../../core/references/empty-details.js';
import { HarvardPreview } from './HarvardPreview.js';
import { ReferenceFieldsEditor } from './ReferenceFieldsEditor.js';
import { OutcomePicker } from '../outcomes/OutcomePicker.js';
import { DateInput } from '../../ui/DateInput.js';

const NOTES: readonly [
  keyof Pick<ReadingLogDetails, 'keyPoints' | 'evaluation' | 'links' | 'relevance' | 'change'>,
  string,
][] = [
  ['keyPoints', 'Key points'],
  ['evaluation', 'Critical evaluation'],
  ['links', 'Links to other reading'],
  ['relevance', 'Relevance to my setting'],
  ['change', 'What I will change'],
];

/** One reading-log entry: the source's fields with its live Harvard reference, and the candidate's notes. */
export function ReadingLogEntryView({
  data,
  entry,
}: {
  readonly data: PortfolioData;
  readonly entry: ReadingLogEntry;
}) {
  return <EntryForm key={entry.id} data={data} entry={entry} />;
}

function EntryForm({ data, entry }: { readonly data: PortfolioData; readonly entry: ReadingLogEntry }) {
  const { portfolio, outcomes } = data;
  const [details, setDetails] = useState<ReadingLogDetails>(() => detailsOf(entry));
  const [tagsTyped, setTagsTyped] = useState(entry.tags.join(', '));
  const autosave = useAutosave<ReadingLogDetails>(`reading-entry:${entry.id}`, (value) =>
    updateReadingLogEntry(appDatabase, entry.id, value),
  );
  /** The words in the entry's notes, while the person is asked whether to delete it. */
  const [confirming, setConfirming] = useState<number>();
  const title = entry.reference.title === '' ? 'this reading-log entry' : entry.reference.title;
  const remove = async () => {
    try {
      setConfirming(undefined);
      await autosave.flush();
      const deleted = await deleteReadingLogEntry(appDatabase, entry.id);
      navigateOnwardFrom(
        { screen: 'portfolio', portfolioId: portfolio.id, view: { kind: 'reading-entry', entryId: entry.id } },
        { screen: 'portfolio', portfolioId: portfolio.id, view: { kind: 'reading-log' } },
      );
      if (deleted !== undefined)
        showNotice(`“${title}” is in Recently deleted.`, {
          label: 'Undo',
          run: () => restoreDeleted(appDatabase, deleted),
        });
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };
  const change = (patch: Partial<ReadingLogDetails>) => {
    const next = { ...details, ...patch };
    setDetails(next);
    autosave.changed(() => next);
  };

  return (
    <section className="reading-entry" aria-labelledby="entry-heading">
      <div className="view-header">
        <h2 id="entry-heading">Reading log entry</h2>
        <button
          type="button"
          className="danger-quiet"
          // Notes with words in them are asked about first; either way the entry goes to Recently deleted.
          onClick={async () => {
            await autosave.flush();
            const words = await wordsIn(appDatabase, 'reading-entry', entry.id);
            if (words > 0) setConfirming(words);
            else await remove();
          }}
        >
          Delete entry
        </button>
      </div>
      <p className="harvard-preview" role="status" aria-label="Harvard reference">
        <HarvardPreview reference={details.reference} />
      </p>
      <div className="field">
        <label htmlFor="date-read">Date read</label>
        <DateInput id="date-read" value={details.dateRead} onChange={(dateRead) => change({ dateRead })} />
      </div>
      <ReferenceFieldsEditor reference={details.reference} onChange={(reference) => change({ reference })} />
      {NOTES.map(([field, label]) => (
        <div key={field} className="field wide">
          <label htmlFor={`entry-${field}`}>{label}</label>
          <textarea
            id={`entry-${field}`}
            rows={3}
            value={details[field]}
            onChange={(event) => change({ [field]: event.target.value })}
          />
        </div>
      ))}
      <fieldset className="quotations">
        <legend>Key quotations</legend>
        {details.quotations.map((quotation, index) => (
          <div key={index} className="section-row">
            <input
              aria-label={`Quotation ${index + 1}`}
              value={quotation.text}
              onChange={(event) =>
                change({
                  quotations: details.quotations.map((q, at) =>
                    at === index ? { ...q, text: event.target.value } : q,
                  ),
                })
              }
            />
            <input
              aria-label={`Page of quotation ${index + 1}`}
              className="page-input"
              placeholder="Page"
              value={quotation.page}
              onChange={(event) =>
                change({
                  quotations: details.quotations.map((q, at) =>
                    at === index ? { ...q, page: event.target.value } : q,
                  ),
                })
              }
            />
            <button
              type="button"
              className="danger-quiet"
              onClick={() => change({ quotations: details.quotations.filter((_q, at) => at !== index) })}
            >
              Remove<span className="visually-hidden"> quotation {index + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" onClick={() => change({ quotations: [...details.quotations, { text: '', page: '' }] })}>
          Add a quotation
        </button>
      </fieldset>
      <OutcomePicker
        legend="Outcomes this reading informs"
        outcomes={outcomes}
        selected={details.outcomeIds}
        onChange={(outcomeIds) => change({ outcomeIds })}
      />
      <div className="field wide">
        <label htmlFor="entry-tags">Tags, separated by commas</label>
        <input
          id="entry-tags"
          value={tagsTyped}
          onChange={(event) => {
            setTagsTyped(event.target.value);
            change({ tags: parseTags(event.target.value) });
          }}
        />
      </div>
      <p>
        <a href={portfolioHref(portfolio.id, { kind: 'reading-log' })}>← All reading</a>
      </p>
      {confirming !== undefined && (
        <ConfirmDeleteDialog
          what={title}
          words={confirming}
          onKeep={() => setConfirming(undefined)}
          onDelete={() => void remove()}
        />
      )}
    </section>
  );
}
