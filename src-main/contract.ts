/**
 * The host contract: everything the renderer may ask of the platform it runs on.
 *
 * The desktop edition implements it in the preload (backed by the main process);
 * the browser edition implements it in `src-renderer/host/`. The renderer imports
 * this file as types only and never asks which edition it is in beyond `edition`.
 *
 * Types only: the sandboxed preload cannot load other modules at run time, so
 * nothing here may become JavaScript.
 */

export type Edition = 'desktop' | 'browser';

export interface SaveFileRequest {
  /** A file name the user will see as the default in the save dialog, e.g. "12345678 Part 1.docx". */
  readonly suggestedFileName: string;
  /** The finished file: a .docx, or a .nasenco portfolio file. */
  readonly bytes: Uint8Array;
}

export type SaveOutcome =
  /** `savedFileId` names the file to `showSavedFile`; the path itself stays in the main process. */
  | { readonly status: 'saved'; readonly fileName: string; readonly folder: string; readonly savedFileId: string }
  | { readonly status: 'downloaded'; readonly fileName: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface ShowSavedFileRequest {
  /** From a `saved` export outcome of this session. */
  readonly savedFileId: string;
}

export type ShowSavedFileOutcome = { readonly status: 'shown' } | { readonly status: 'failed'; readonly message: string };

/** A portfolio file the user opened outside the page (double-click, File > Open), as read by the main process. */
export type OpenedPortfolioFile = { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly problem: string };

export interface Host {
  readonly edition: Edition;
  /** Asks where to save the document and writes it, or downloads it in the browser edition. */
  exportDocx(request: SaveFileRequest): Promise<SaveOutcome>;
  /** The same for a portfolio file (a backup, or a portfolio to share). */
  savePortfolioFile(request: SaveFileRequest): Promise<SaveOutcome>;
  /** Opens the folder of a file saved this session, with the file selected ("Show in folder"). */
  showSavedFile(request: ShowSavedFileRequest): Promise<ShowSavedFileOutcome>;
  /**
   * Calls `listener` with each portfolio file the user opens outside the page: double-clicked,
   * chosen from File > Open, or dropped on the app's icon. Returns a function that stops it.
   * The browser edition has no such ways; files come through its own file picker and drops.
   */
  onPortfolioFileOpened(listener: (file: OpenedPortfolioFile) => void): () => void;
}

/** Messages from the main process to the page, with what each carries. */
export interface HostEvents {
  'host:portfolio-file-opened': OpenedPortfolioFile;
}

/**
 * IPC channels between preload and main, with what each carries.
 * The preload exposes one method per channel; there is no generic `invoke`.
 */
export interface HostChannels {
  'host:export-docx': { request: SaveFileRequest; response: SaveOutcome };
  'host:save-portfolio-file': { request: SaveFileRequest; response: SaveOutcome };
  'host:show-saved-file': { request: ShowSavedFileRequest; response: ShowSavedFileOutcome };
}

export type HostChannel = keyof HostChannels;
