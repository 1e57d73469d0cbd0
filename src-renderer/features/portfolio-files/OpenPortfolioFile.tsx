import { useRef, useState } from 'react';
import { navigate, showNotice } from '../../session/session-store.js';
import type { MentorFeedback, MergeSummary } from '../../core/mentor/feedback.js';
import type { PortfoliosContents } from '../../core/portfolio-file/bundle.js';
import { holdsPortfolios, type OpenedFile, type ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import {
  importFeedback,
  openAsMentorCopy,
  previewFeedback,
  sharedPortfolioOpening,
  type SharedPortfolioOpening,
} from '../../db/mentor-round-trip.js';
import { portfoliosAlreadyHere, type RestoreChoice } from '../../db/portfolio-files.js';
import { Dialog } from '../../ui/Dialog.js';
import { FormDialog } from '../../ui/FormDialog.js';
import { formText } from '../../ui/form-text.js';
import { TextField } from '../../ui/TextField.js';
import { wasCancelled } from '../../workers/call-worker.js';
import {
  describeFeedback,
  describeRestore,
  feedbackNotes,
  readChosenFile,
  restoreFromFile,
} from './portfolio-files.js';
import { UserFacingError } from '../../core/failure/failure.js';

/** Files from this size show their progress and a Cancel while they are checked: smaller ones open before a person could read it. */
const SHOWS_PROGRESS_BYTES = 5 * 1024 * 1024;

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  /** The file has passed every check and is being brought in: past the point where Cancel could leave nothing changed. */
  | { readonly kind: 'bringing-in'; readonly fileName: string }
  | { readonly kind: 'passphrase'; readonly file: Blob; readonly fileName: string }
  | { readonly kind: 'choose'; readonly opened: OpenedFile<PortfoliosContents>; readonly here: readonly Portfolio[] }
  | {
      readonly kind: 'shared';
      readonly opened: OpenedFile<PortfoliosContents>;
      readonly opening: SharedPortfolioOpening;
    }
  | {
      readonly kind: 'feedback';
      readonly feedback: MentorFeedback;
      readonly portfolio: Portfolio;
      readonly summary: MergeSummary;
    }
  | { readonly kind: 'problem'; readonly fileName: string; readonly message: string };

/**
 * Opening a portfolio file, chosen with the button or dropped on the screen: the passphrase
 * if it is protected, then what the file is for. A backup restores (asking about each
 * portfolio already here); a shared portfolio opens as the mentor's copy; a mentor's feedback
 * is brought in beside the candidate's work. Every refusal says why, and nothing changes
 * until the person has seen what will happen and said yes.
 */
export function useOpenPortfolioFile() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  /** How far the file being read has been checked, from 0 to 1, while a large one is read. */
  const [progress, setProgress] = useState<number>();
  const reading = useRef<AbortController>(undefined);
  const chooser = useRef<HTMLInputElement>(null);
  const close = () => setStep({ kind: 'idle' });

  /** Reads the file off the page (read-off-page.ts); undefined when the person cancelled. */
  async function read(file: Blob, passphrase?: string): Promise<ReadResult | undefined> {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    const large = file.size >= SHOWS_PROGRESS_BYTES;
    if (large) setProgress(0);
    try {
      return await readChosenFile(file, passphrase, {
        signal: controller.signal,
        ...(large ? { onProgress: setProgress } : {}),
      });
    } catch (error) {
      if (wasCancelled(error)) return undefined;
      throw error;
    } finally {
      if (reading.current === controller) {
        reading.current = undefined;
        setProgress(undefined);
      }
    }
  }

  function stopReading(fileName: string): void {
    // Once the file has been read, what follows cannot be stopped half-way: the dialog is about to become the next step.
    if (reading.current === undefined) return;
    reading.current.abort();
    close();
    showNotice(`“${fileName}” was not opened. Nothing was changed.`);
  }

  async function proceed(read: ReadResult, file: Blob, fileName: string): Promise<void> {
    try {
      await proceedWith(read, file, fileName);
    } catch (error) {
      // Refusals (the candidate's own portfolio, feedback on one not here) get their own dialog, wherever they arise.
      if (!(error instanceof UserFacingError)) throw error;
      setStep({ kind: 'problem', fileName, message: error.message });
    }
  }

  async function proceedWith(read: ReadResult, file: Blob, fileName: string): Promise<void> {
    if (!read.ok) {
      setStep(
        read.problem.kind === 'needs-passphrase'
          ? { kind: 'passphrase', file, fileName }
          : { kind: 'problem', fileName, message: read.problem.message },
      );
      return;
    }
    const opened = read.file;
    if (!holdsPortfolios(opened)) {
      if (opened.contents.purpose !== 'feedback') return;
      const { feedback } = opened.contents;
      const { portfolio, summary } = await previewFeedback(appDatabase, feedback);
      setStep({ kind: 'feedback', feedback, portfolio, summary });
      return;
    }
    if (opened.contents.purpose === 'share') {
      const opening = await sharedPortfolioOpening(appDatabase, opened);
      setStep({ kind: 'shared', opened, opening });
      return;
    }
    const here = await portfoliosAlreadyHere(appDatabase, opened.contents);
    if (here.length > 0) {
      setStep({ kind: 'choose', opened, here });
      return;
    }
    await restore(opened, new Map());
  }

  async function restore(
    opened: OpenedFile<PortfoliosContents>,
    choices: ReadonlyMap<string, RestoreChoice>,
  ): Promise<void> {
    const summary = await restoreFromFile(appDatabase, opened, choices);
    close();
    showNotice(describeRestore(summary));
  }

  async function begin(file: File): Promise<void> {
    try {
      const large = file.size >= SHOWS_PROGRESS_BYTES;
      if (large) setStep({ kind: 'reading', fileName: file.name });
      const result = await read(file);
      if (result === undefined) return;
      if (large) setStep({ kind: 'bringing-in', fileName: file.name });
      await proceed(result, file, file.name);
    } catch (error) {
      setStep({
        kind: 'problem',
        fileName: file.name,
        message: `The file could not be opened${error instanceof Error ? ` (${error.message})` : ''}. Nothing was changed.`,
      });
    }
  }

  const button = (
    <>
      <button type="button" onClick={() => chooser.current?.click()}>
        Open a portfolio file…
      </button>
      <input
        ref={chooser}
        type="file"
        accept=".nasenco"
        hidden
        aria-label="Choose a portfolio file to open"
        onChange={(event) => {
          const [file] = event.target.files ?? [];
          event.target.value = '';
          if (file !== undefined) void begin(file);
        }}
      />
    </>
  );

  const dialogs = (
    <>
      {step.kind === 'reading' && (
        <Dialog title={`Opening “${step.fileName}”`} onClose={() => stopReading(step.fileName)}>
          <ReadingProgress fraction={progress ?? 0} />
          <div className="dialog-actions">
            <button type="button" onClick={() => stopReading(step.fileName)} autoFocus>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
      {step.kind === 'bringing-in' && (
        <Dialog title={`Opening “${step.fileName}”`} onClose={() => undefined}>
          <p role="status">Every part of the file has been checked. Bringing it in…</p>
        </Dialog>
      )}
      {step.kind === 'passphrase' && (
        <FormDialog
          title={`Open “${step.fileName}”`}
          submitLabel="Open"
          // Closing after a right passphrase must not undo the step `proceed` moved on to; closing while it is read stops the reading.
          onClose={() => {
            reading.current?.abort();
            setStep((current) => (current.kind === 'passphrase' ? { kind: 'idle' } : current));
          }}
          onSubmit={async (form) => {
            const result = await read(step.file, formText(form, 'passphrase'));
            if (result === undefined) return;
            if (!result.ok && result.problem.kind === 'wrong-passphrase')
              throw new UserFacingError(result.problem.message);
            await proceed(result, step.file, step.fileName);
          }}
        >
          <p>This file is protected. Enter the passphrase it was saved with.</p>
          <TextField label="Passphrase" name="passphrase" type="password" autoFocus />
          {progress !== undefined && <ReadingProgress fraction={progress} />}
        </FormDialog>
      )}
      {step.kind === 'choose' && (
        <ChoicesDialog here={step.here} onClose={close} onChosen={(choices) => restore(step.opened, choices)} />
      )}
      {step.kind === 'shared' && <OpenAsMentorDialog opened={step.opened} opening={step.opening} onClose={close} />}
      {step.kind === 'feedback' && (
        <BringInFeedbackDialog
          feedback={step.feedback}
          portfolio={step.portfolio}
          summary={step.summary}
          onClose={close}
        />
      )}
      {step.kind === 'problem' && (
        <Dialog title={`“${step.fileName}” was not opened`} onClose={close}>
          <p role="alert">{step.message}</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={close} autoFocus>
              OK
            </button>
          </div>
        </Dialog>
      )}
    </>
  );

  return { button, dialogs, begin };
}

/** How far a large file has been checked: nothing is imported until every part has been. */
function ReadingProgress({ fraction }: { readonly fraction: number }) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="reading-progress">
      <p id="reading-progress-label">Checking every part of the file before anything is imported… {percent} %</p>
      <progress max={100} value={percent} aria-labelledby="reading-progress-label" />
    </div>
  );
}

function ChoicesDialog({
  here,
  onClose,
  onChosen,
}: {
  readonly here: readonly Portfolio[];
  readonly onClose: () => void;
  readonly onChosen: (choices: ReadonlyMap<string, RestoreChoice>) => Promise<void>;
}) {
  return (
    <FormDialog
      title={here.length === 1 ? 'This portfolio is already here' : 'These portfolios are already here'}
      submitLabel="Restore"
      onClose={onClose}
      onSubmit={(form) =>
        onChosen(
          new Map(
            here.map((portfolio) => [
              portfolio.id,
              formText(form, portfolio.id) === 'replace' ? 'replace' : 'keep-both',
            ]),
          ),
        )
      }
    >
      {here.map((portfolio) => (
        <fieldset key={portfolio.id} className="restore-choice">
          <legend>“{portfolio.title}”</legend>
          <label className="checkbox">
            <input type="radio" name={portfolio.id} value="keep-both" defaultChecked />
            Keep both: add the file’s copy beside the one here
          </label>
          <label className="checkbox">
            <input type="radio" name={portfolio.id} value="replace" />
            Replace the one here with the file’s (a copy of the one here is kept first)
          </label>
        </fieldset>
      ))}
    </FormDialog>
  );
}

function OpenAsMentorDialog({
  opened,
  opening,
  onClose,
}: {
  readonly opened: OpenedFile<PortfoliosContents>;
  readonly opening: SharedPortfolioOpening;
  readonly onClose: () => void;
}) {
  const candidate = opening.candidateName === '' ? 'The SENCO' : opening.candidateName;
  return (
    <FormDialog
      title={opening.kind === 'new' ? `Open “${opening.title}” as a mentor` : `A newer copy of “${opening.title}”`}
      submitLabel={opening.kind === 'new' ? 'Open as mentor' : 'Open the newer copy'}
      onClose={onClose}
      onSubmit={async () => {
        const { portfolioId, carried } = await openAsMentorCopy(appDatabase, {
          contents: opened.contents,
          files: opened.files,
          createdAt: opened.createdAt,
        });
        showNotice(
          carried === undefined
            ? `Opened “${opening.title}” as ${candidate}’s mentor.`
            : `Opened the newer copy of “${opening.title}”. Kept from your copy: ${describeFeedback(carried)}.`,
        );
        navigate({ screen: 'portfolio', portfolioId, view: { kind: 'overview' } });
      }}
    >
      {opening.kind === 'new' ? (
        <p>
          {candidate} shared this portfolio with you as their mentor. You can read all of it, comment on their writing,
          keep records of meetings and observations, sign off outcomes and sign the final statement. You cannot change
          their writing. When you are done, choose “Send feedback” to save a file for them.
        </p>
      ) : (
        <p>
          You have a copy of this portfolio already. The newer one takes its place, and everything you added to the copy
          here (comments, replies, records, sign-offs and statements) is kept.
        </p>
      )}
    </FormDialog>
  );
}

function BringInFeedbackDialog({
  feedback,
  portfolio,
  summary,
  onClose,
}: {
  readonly feedback: MentorFeedback;
  readonly portfolio: Portfolio;
  readonly summary: MergeSummary;
  readonly onClose: () => void;
}) {
  const from = feedback.sentBy === '' ? 'your mentor' : feedback.sentBy;
  const notes = feedbackNotes(summary);
  return (
    <FormDialog
      title={`Feedback from ${from}`}
      submitLabel="Bring it in"
      onClose={onClose}
      onSubmit={async () => {
        const brought = await importFeedback(appDatabase, feedback);
        showNotice(`Feedback brought into “${portfolio.title}”: ${describeFeedback(brought)}.`);
        navigate({ screen: 'portfolio', portfolioId: portfolio.id, view: { kind: 'mentor' } });
      }}
    >
      <p>
        On “{portfolio.title}”, sent{' '}
        {new Date(feedback.sentAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}. It brings{' '}
        {describeFeedback(summary)}.
      </p>
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <p className="muted">
        Your writing, evidence and reading log are not changed: the feedback is added beside them.
      </p>
    </FormDialog>
  );
}
