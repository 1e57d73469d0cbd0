import type { SaveOutcome } from '../../../src-main/contract.js';
import { APP_VERSION } from '../../host/app-version.js';
import { todayIso } from '../../core/dates/dates.js';
import { fileNamePart } from '../../core/submission/export-file-name.js';
import { feedbackFrom, type MergeSummary } from '../../core/mentor/feedback.js';
import type { FilesByHash, PortfolioFileContents, PortfoliosContents } from '../../core/portfolio-file/bundle.js';
import {
  holdsPortfolios,
  streamPortfolioFile,
  type OpenedFile,
  type ReadResult,
} from '../../core/portfolio-file/portfolio-file.js';
import type { PortfolioDatabase, SafetyCopy } from '../../db/database.js';
import { markFeedbackSent, mentorCopyContents } from '../../db/mentor-round-trip.js';
import {
  portfolioFileContents,
  restorePortfolios,
  type RestoreChoice,
  type RestoreSummary,
} from '../../db/portfolio-files.js';
import { webFileCrypto } from '../../host/file-crypto.js';
import { blobSink } from '../../db/blobs.js';
import { host } from '../../host/host.js';
import type { WorkerCall } from '../../workers/call-worker.js';
import { readPortfolioFileOffPage } from './read-off-page.js';
import { flushPendingSaves } from '../../session/session-store.js';

/** A passphrase long enough that guessing it is slow even with a fast computer. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** Why a passphrase and its confirmation cannot be used, or undefined when they can. */
export function passphraseProblem(passphrase: string, confirmation: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few words you will remember work well.`;
  if (passphrase !== confirmation) return 'The two passphrases are not the same. Type them again.';
  return undefined;
}

const writeOptions = () => ({ appVersion: APP_VERSION, createdAt: new Date().toISOString() });

/** One file with every portfolio, protected when a passphrase is given, saved where the candidate chooses. */
export async function backUpEverything(db: PortfolioDatabase, passphrase: string | undefined): Promise<SaveOutcome> {
  await flushPendingSaves();
  const { contents, files } = await portfolioFileContents(db, webFileCrypto, 'backup');
  if (contents.portfolios.length === 0)
    return { status: 'failed', message: 'There is nothing to back up yet: create a portfolio first.' };
  return checkedAndSaved(contents, files, passphrase, `NASENCO backup ${todayIso()}.nasenco`, 'The backup');
}

/** One portfolio as a file for the candidate's mentor to open in their copy of the app. */
export async function shareWithMentor(
  db: PortfolioDatabase,
  portfolioId: string,
  passphrase: string | undefined,
): Promise<SaveOutcome> {
  await flushPendingSaves();
  const { contents, files } = await portfolioFileContents(db, webFileCrypto, 'share', [portfolioId]);
  const [bundle] = contents.portfolios;
  if (bundle === undefined) return { status: 'failed', message: 'This portfolio is no longer here.' };
  return checkedAndSaved(
    contents,
    files,
    passphrase,
    `${fileNamePart(bundle.portfolio.title).slice(0, 100)} for my mentor ${todayIso()}.nasenco`,
    'The file for your mentor',
  );
}

/** The mentor's comments, records and judgements from their copy, as a file to send back. */
export async function sendFeedback(
  db: PortfolioDatabase,
  portfolioId: string,
  passphrase: string | undefined,
): Promise<SaveOutcome> {
  await flushPendingSaves();
  const feedback = feedbackFrom(await mentorCopyContents(db, portfolioId), Date.now());
  const candidate = feedback.candidateName === '' ? '' : ` for ${feedback.candidateName}`;
  const outcome = await checkedAndSaved(
    { purpose: 'feedback', feedback },
    new Map(),
    passphrase,
    `${fileNamePart(`Feedback${candidate} on ${feedback.portfolioTitle}`).slice(0, 120)} ${todayIso()}.nasenco`,
    'The feedback',
  );
  if (outcome.status === 'saved' || outcome.status === 'downloaded') await markFeedbackSent(db, portfolioId);
  return outcome;
}

/** A copy kept before a restore, saved as a file: sealed again with a passphrase when one is given. */
export async function saveSafetyCopy(copy: SafetyCopy, passphrase: string | undefined): Promise<SaveOutcome> {
  const kept = await readPortfolioFileOffPage(copy.data, undefined);
  if (!kept.ok || !holdsPortfolios(kept.file))
    return {
      status: 'failed',
      message: `The copy of “${copy.title}” could not be read (${kept.ok ? 'it holds no portfolio' : kept.problem.message}), so it was not saved.`,
    };
  return checkedAndSaved(
    kept.file.contents,
    kept.file.files,
    passphrase,
    `${fileNamePart(copy.title).slice(0, 100)} before restore ${todayIso(new Date(copy.createdAt))}.nasenco`,
    'The copy',
  );
}

/**
 * Writes a file and reads it back, as the app that opens it will, before saving it where the
 * person chooses: a file is only worth keeping if it opens.
 */
async function checkedAndSaved(
  contents: PortfolioFileContents,
  files: FilesByHash,
  passphrase: string | undefined,
  suggestedFileName: string,
  what: string,
): Promise<SaveOutcome> {
  const file = blobSink('application/zip');
  await streamPortfolioFile(
    contents,
    files,
    webFileCrypto,
    { ...writeOptions(), ...(passphrase === undefined ? {} : { passphrase }) },
    file.sink,
  );
  const data = file.finish();
  const check = await readPortfolioFileOffPage(data, passphrase, { checkOnly: true });
  if (!check.ok)
    return {
      status: 'failed',
      message: `${what} was not saved, because reading it back found a problem: ${check.problem.message} Nothing in the app has changed.`,
    };
  return host.savePortfolioFile({ suggestedFileName, data });
}

/** Reads a file the person chose, dropped or opened, off the page; `call` reports progress and can cancel. */
export function readChosenFile(
  file: Blob,
  passphrase: string | undefined,
  call: Omit<WorkerCall, 'transfer'> = {},
): Promise<ReadResult> {
  return readPortfolioFileOffPage(file, passphrase, call);
}

export function restoreFromFile(
  db: PortfolioDatabase,
  opened: OpenedFile<PortfoliosContents>,
  choices: ReadonlyMap<string, RestoreChoice>,
): Promise<RestoreSummary> {
  return restorePortfolios(db, opened, choices, webFileCrypto, writeOptions());
}

export function describeRestore({ added, replaced }: RestoreSummary): string {
  const parts = [
    added > 0 ? `${added} ${added === 1 ? 'portfolio' : 'portfolios'} added` : '',
    replaced > 0 ? `${replaced} replaced (a copy of each is kept on this screen)` : '',
  ].filter((part) => part !== '');
  return `Restored: ${parts.join(', ')}.`;
}

/** What feedback brings, or brought, in a sentence: "2 comments, 1 reply and 3 sign-offs or statements". */
export function describeFeedback(summary: MergeSummary): string {
  const counted = (count: number, one: string, many: string) =>
    count === 0 ? [] : [`${count} ${count === 1 ? one : many}`];
  const parts = [
    ...counted(summary.comments, 'comment', 'comments'),
    ...counted(summary.replies, 'reply', 'replies'),
    ...counted(summary.records, 'record', 'records'),
    ...counted(summary.judgements, 'sign-off or final statement', 'sign-offs or final statements'),
  ];
  return parts.length <= 1 ? (parts[0] ?? 'nothing new') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** What else to say about a merge: judgements kept both ways, comments moved, sign-offs with no outcome. */
export function feedbackNotes(summary: MergeSummary): string[] {
  return [
    summary.keptBoth === 0
      ? ''
      : `${summary.keptBoth} ${summary.keptBoth === 1 ? 'judgement differs' : 'judgements differ'} from one already here: both are kept, the later shown and the earlier listed under it.`,
    summary.movedComments === 0
      ? ''
      : `${summary.movedComments} ${summary.movedComments === 1 ? 'comment was' : 'comments were'} on a section deleted since you shared the portfolio, so ${summary.movedComments === 1 ? 'it is' : 'they are'} now on the first section.`,
    summary.signOffsOnDeletedOutcomes === 0
      ? ''
      : `${summary.signOffsOnDeletedOutcomes} ${summary.signOffsOnDeletedOutcomes === 1 ? 'sign-off is' : 'sign-offs are'} on an outcome deleted since you shared the portfolio, so ${summary.signOffsOnDeletedOutcomes === 1 ? 'it was' : 'they were'} not added. Ask your mentor to sign off the outcome as it is now.`,
    summary.recordsOnDeletedEvidence === 0
      ? ''
      : `${summary.recordsOnDeletedEvidence} ${summary.recordsOnDeletedEvidence === 1 ? 'comment is' : 'comments are'} on evidence deleted since you shared the portfolio, so ${summary.recordsOnDeletedEvidence === 1 ? 'it was' : 'they were'} not added.`,
    summary.leftOut === 0
      ? ''
      : `${summary.leftOut} ${summary.leftOut === 1 ? 'thing' : 'things'} you deleted or withdrew here (comments, records or judgements) ${summary.leftOut === 1 ? 'stays' : 'stay'} deleted.`,
  ].filter((note) => note !== '');
}
