import type { RichTextNode } from '../core/document/rich-text.js';
import type { TextPlace } from '../db/words-kept-on-leaving.js';
import { create } from 'zustand';
import type { WordTally } from '../core/counting/word-tally.js';
import type { SaveStatus } from '../editor/autosave.js';
import { parseRoute, routeToHash, type Route } from './routes.js';

/** What a notice offers to do next: take the action back ("Undo"), or follow it up ("Show in folder"). */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => Promise<void>;
}

/** A short message at the foot of the screen, sometimes with something to do next. */
export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly action?: NoticeAction;
}

/**
 * UI and session state only. Portfolios and their text live in the database and are
 * read with live queries; nothing here needs saving.
 */
interface SessionState {
  readonly route: Route;
  /** The open section's words as typed, ahead of the next save. */
  readonly liveCount: { readonly sectionId: string; readonly words: WordTally } | undefined;
  /** Words in the open editor's selection, when there is one. */
  readonly selectionWords: number | undefined;
  /** Where every autosave on screen stands, taken together (`reportSaveStatus`). */
  readonly saveStatus: SaveStatus;
  /** The notices showing, oldest first: each stays until read and goes by itself (ui/NoticeBar.tsx). */
  readonly notices: readonly Notice[];
  /** The height the notices take at the foot of the screen, which the editor keeps the caret clear of. */
  readonly noticeSpace: number;
  /** The open editor's text not yet stored, and where it goes, for keeping it as the page goes (keep-work-on-leaving.ts). */
  readonly unsavedOpenText: () => { readonly place: TextPlace; readonly document: RichTextNode } | undefined;
  /** A portfolio file opened or dropped, waiting for the home screen to restore from it. */
  readonly openedPortfolioFile: File | undefined;
  /** "Back up everything" is open: from the home screen, or from the message that storage is full, on any screen. */
  readonly backUpOpen: boolean;
  /** Counts changes made to the portfolio’s texts from outside the open view (a pseudonym put in, going back to a version): the view reopens on each. */
  readonly textsRevision: number;
  /** The pupil-data check is open over the portfolio: from its button, or before an export or a share. */
  readonly pupilDataCheckOpen: boolean;
}

const nothingUnsaved = () => undefined;

export const useSession = create<SessionState>(() => ({
  route: parseRoute(window.location.hash),
  liveCount: undefined,
  selectionWords: undefined,
  saveStatus: { state: 'saved' },
  notices: [],
  noticeSpace: 0,
  unsavedOpenText: nothingUnsaved,
  openedPortfolioFile: undefined,
  backUpOpen: false,
  textsRevision: 0,
  pupilDataCheckOpen: false,
}));

window.addEventListener('hashchange', () => useSession.setState({ route: parseRoute(window.location.hash) }));

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  useSession.setState({ route });
}

/**
 * Goes to `to` only while the person is still at `from`: a delete that finishes after they have
 * gone elsewhere (a click made while it was being written) never pulls them back.
 */
export function navigateOnwardFrom(from: Route, to: Route): void {
  if (routeToHash(useSession.getState().route) === routeToHash(from)) navigate(to);
}

let nextNoticeId = 1;
/** At most this many show at once; an older one gives way to a newer. */
const MOST_NOTICES = 3;

export function showNotice(message: string, action?: NoticeAction): void {
  // The same words said again replace the earlier notice (with a fresh time) rather than stack beside it.
  const said = (notice: Notice) => notice.message === message && notice.action === undefined && action === undefined;
  useSession.setState((state) => ({
    notices: [...state.notices.filter((notice) => !said(notice)), { id: nextNoticeId++, message, action }].slice(
      -MOST_NOTICES,
    ),
  }));
}

/** After the texts were changed underneath the open view: it is opened afresh, so no stale copy is saved over them. */
export function reopenTexts(): void {
  useSession.setState((state) => ({ textsRevision: state.textsRevision + 1 }));
}

export function openPupilDataCheck(open = true): void {
  useSession.setState({ pupilDataCheckOpen: open });
}

export function openBackUp(): void {
  useSession.setState({ backUpOpen: true });
}

export function closeBackUp(): void {
  useSession.setState({ backUpOpen: false });
}

export function dismissNotice(id: number): void {
  useSession.setState((state) =>
    state.notices.some((notice) => notice.id === id)
      ? { notices: state.notices.filter((notice) => notice.id !== id) }
      : state,
  );
}

export function setLiveCount(sectionId: string, words: WordTally): void {
  useSession.setState({ liveCount: { sectionId, words } });
}

export function setSelectionWords(selectionWords: number | undefined): void {
  useSession.setState({ selectionWords });
}

/**
 * Every autosave that may hold unsaved work (an editor, an autosaved form), by a key naming
 * what it saves. Kept beside the store, not in it: functions, not something a screen shows.
 * An autosave that closed with a save still failing stays until it reports the save done.
 */
const pendingSaves = new Map<string, { flush: () => Promise<void>; status: SaveStatus; open: boolean }>();

/** The status the screen shows: a failure first, then a save under way, then all saved. */
function allSaves(): SaveStatus {
  const statuses = [...pendingSaves.values()].map((save) => save.status);
  return (
    statuses.find((status) => status.state === 'failed') ??
    statuses.find((status) => status.state === 'saving') ??
    statuses.find((status) => status.state === 'unsaved') ?? { state: 'saved' }
  );
}

/** What an autosave reports as it goes; the screen shows all of them as one. */
export function reportSaveStatus(key: string, status: SaveStatus): void {
  const save = pendingSaves.get(key);
  if (save === undefined && status.state === 'saved') return;
  if (save?.open === false && status.state === 'saved') pendingSaves.delete(key);
  else pendingSaves.set(key, { flush: save?.flush ?? (() => Promise.resolve()), open: save?.open ?? false, status });
  useSession.setState({ saveStatus: allSaves() });
}

/** An autosave on screen, under `key`: how to save it now. Returns what to call when it closes. */
export function registerPendingSave(key: string, flush: () => Promise<void>): () => void {
  pendingSaves.set(key, { flush, open: true, status: pendingSaves.get(key)?.status ?? { state: 'saved' } });
  return () => {
    const save = pendingSaves.get(key);
    if (save?.flush !== flush) return;
    // A refused save (an empty title) is not tried again once its form has gone: nothing is left to save.
    if (save.status.state === 'saved' || (save.status.state === 'failed' && save.status.refused === true))
      pendingSaves.delete(key);
    else pendingSaves.set(key, { ...save, open: false });
    useSession.setState({ saveStatus: allSaves() });
  };
}

/**
 * Saves everything typed and not yet stored, in every editor and form; resolves when each
 * save is done or has failed. Export, share, back up, the pupil-data check and closing the
 * window call it, so they see every word.
 */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...pendingSaves.values()].map((save) => save.flush()));
}

/** The open editor: how to save it now, and what it has not stored yet, for `place`. */
export function registerOpenEditor(
  place: TextPlace,
  flush: () => Promise<void>,
  unsaved: () => RichTextNode | undefined,
): () => void {
  const unsavedOpenText = () => {
    const document = unsaved();
    return document === undefined ? undefined : { place, document };
  };
  const closed = registerPendingSave(editorKey(place), flush);
  useSession.setState({ unsavedOpenText });
  return () => {
    closed();
    if (useSession.getState().unsavedOpenText === unsavedOpenText)
      useSession.setState({ unsavedOpenText: nothingUnsaved });
  };
}

/** The key an editor's saves are reported under. */
export function editorKey(place: TextPlace): string {
  return place.kind === 'section' ? `section:${place.sectionId}` : `commentary:${place.evidenceId}`;
}

/** Takes the candidate to the home screen to restore from a portfolio file opened or dropped anywhere. */
export function openPortfolioFile(file: File): void {
  navigate({ screen: 'home' });
  useSession.setState({ openedPortfolioFile: file });
}

/** The file waiting to be restored from, once: it is no longer waiting after this. */
export function takeOpenedPortfolioFile(): File | undefined {
  const file = useSession.getState().openedPortfolioFile;
  if (file !== undefined) useSession.setState({ openedPortfolioFile: undefined });
  return file;
}
