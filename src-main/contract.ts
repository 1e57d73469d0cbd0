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
  /**
   * The finished file: a .docx, or a .nasenco portfolio file. A Blob, so a file of hundreds of
   * megabytes goes to the main process a piece at a time without the page holding it whole.
   */
  readonly data: Blob;
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

export type ShowSavedFileOutcome =
  { readonly status: 'shown' } | { readonly status: 'failed'; readonly message: string };

/** A portfolio file the user opened outside the page (double-click, File > Open), as read by the main process. */
export type OpenedPortfolioFile =
  { readonly name: string; readonly data: Blob } | { readonly name: string; readonly problem: string };

/**
 * The words the person added to the spelling dictionary: pupils' names, often. The desktop app
 * keeps them in its own data and never in the operating system's dictionary; on Windows and
 * macOS a word added or removed shows so after the app next starts (docs/security.md). The
 * browser edition's spelling is the browser's own.
 */
export type SpellingWordList =
  | { readonly keptBy: 'the-app'; readonly words: readonly string[]; readonly changesShowAfterRestart: boolean }
  | { readonly keptBy: 'the-browser' };

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
  /**
   * Tells the host that the saves that held a close or quit are done: the desktop app then
   * closes (it held the close while the page was saving). The browser asks the person instead.
   */
  savesDone(): void;
  /** The words added to the spelling dictionary, for settings. */
  spellingWords(): Promise<SpellingWordList>;
  /** Takes a word out of the spelling dictionary; resolves to the list as it now is. */
  removeSpellingWord(word: string): Promise<SpellingWordList>;
}

/**
 * The most bytes one IPC message carries (32 MB), as a type so the preload, which can import
 * nothing at run time, and the main process are held to the same figure by the compiler.
 * Electron crashes on messages past about 512 MB; files go as runs of pieces.
 */
export type IPC_CHUNK_BYTES = 33_554_432;

/** One piece of a file crossing IPC, in order. */
export interface FileChunk {
  readonly fileId: string;
  readonly offset: number;
  readonly bytes: Uint8Array;
}

/** A save as it crosses IPC: the file itself went first, in pieces, under `fileId`. */
export interface SaveFileMessage {
  readonly suggestedFileName: string;
  readonly fileId: string;
}

/** An opened file as it crosses to the page: its pieces in order, each saying the whole size; or why it could not be read. */
export type OpenedFilePiece =
  | {
      readonly name: string;
      readonly fileId: string;
      readonly size: number;
      readonly offset: number;
      readonly bytes: Uint8Array;
    }
  | { readonly name: string; readonly problem: string };

/** Messages from the main process to the page, with what each carries. */
export interface HostEvents {
  'host:portfolio-file-opened': OpenedFilePiece;
}

/**
 * IPC channels between preload and main, with what each carries.
 * The preload exposes one method per channel; there is no generic `invoke`.
 */
export interface HostChannels {
  'host:begin-file': { request: { readonly size: number }; response: { readonly fileId: string } };
  'host:file-chunk': { request: FileChunk; response: null };
  'host:export-docx': { request: SaveFileMessage; response: SaveOutcome };
  'host:save-portfolio-file': { request: SaveFileMessage; response: SaveOutcome };
  'host:show-saved-file': { request: ShowSavedFileRequest; response: ShowSavedFileOutcome };
  'host:spelling-words': { request: null; response: SpellingWordList };
  'host:remove-spelling-word': { request: { readonly word: string }; response: SpellingWordList };
  'host:saves-done': { request: null; response: null };
}

export type HostChannel = keyof HostChannels;
