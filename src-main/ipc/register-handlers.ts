import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { app } from 'electron';
import { join } from 'node:path';
import type { HostChannel, HostChannels, SaveFileMessage, SpellingWordList } from '../contract.js';
import { copyFileAtomic, TemporaryFiles } from '../files/atomic-write.js';
import { SavedFiles } from '../files/saved-files.js';
import { IncomingFiles } from './file-transfers.js';
import {
  parseBeginFile,
  parseFileChunk,
  parseNothing,
  parseSaveFileMessage,
  parseSaveFileRequest,
  parseShowSavedFileRequest,
  parseSpellingWord,
  type SavedKind,
} from './requests.js';
import { guardedHandler } from './guarded-handler.js';
import { saveFile } from './save-file.js';

type Handler<C extends HostChannel> = (
  request: HostChannels[C]['request'],
  event: IpcMainInvokeEvent,
) => Promise<HostChannels[C]['response']>;

/** Answers a channel only for the app's own page, and only with a request that passed its parser (`guardedHandler`). */
function handle<C extends HostChannel>(
  channel: C,
  parse: (value: unknown) => HostChannels[C]['request'],
  handler: Handler<C>,
): void {
  ipcMain.handle(channel, guardedHandler(channel, parse, handler));
}

const SAVE_DIALOGS: Readonly<Record<SavedKind, { readonly title: string; readonly filter: string }>> = {
  docx: { title: 'Export as a Word document', filter: 'Word document' },
  nasenco: { title: 'Save a portfolio file', filter: 'NASENCO portfolio file' },
};

/** What the page's own requests do: the spelling channels with the app's list of added words (main.ts: word-list.ts, and Linux's at-once change), and a held close. */
export interface PageActions {
  readonly list: () => SpellingWordList;
  readonly remove: (word: string) => SpellingWordList;
  /** The page's saves that held a close are done (closing.ts). */
  readonly savesDone: () => void;
}

export function registerHostHandlers(page: PageActions, temporaryFiles: TemporaryFiles): void {
  const savedFiles = new SavedFiles();
  const incoming = new IncomingFiles(join(app.getPath('userData'), 'Incoming'), temporaryFiles);
  const saveHandler = (kind: SavedKind) => async (message: SaveFileMessage, event: IpcMainInvokeEvent) => {
    const file = await incoming.take(message.fileId);
    let request;
    try {
      request = parseSaveFileRequest({ suggestedFileName: message.suggestedFileName, file }, kind);
    } catch (error) {
      await file.discard();
      throw error;
    }
    return saveFile(
      request,
      async (suggestedFileName) => {
        const window = BrowserWindow.fromWebContents(event.sender);
        const options = {
          title: SAVE_DIALOGS[kind].title,
          defaultPath: join(app.getPath('documents'), suggestedFileName),
          filters: [{ name: SAVE_DIALOGS[kind].filter, extensions: [kind] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'] as (
            'createDirectory' | 'showOverwriteConfirmation'
          )[],
        };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || result.filePath === '' ? undefined : result.filePath;
      },
      savedFiles,
      (from, path) => copyFileAtomic(from, path, { journal: temporaryFiles }),
    );
  };
  // Files come in pieces, none over 32 MB (file-transfers.ts), then are saved under the id they came by.
  handle('host:begin-file', parseBeginFile, async ({ size }) => ({ fileId: await incoming.begin(size) }));
  handle('host:file-chunk', parseFileChunk, async (chunk) => {
    await incoming.add(chunk);
    return null;
  });
  handle('host:export-docx', parseSaveFileMessage, saveHandler('docx'));
  handle('host:save-portfolio-file', parseSaveFileMessage, saveHandler('nasenco'));
  handle('host:show-saved-file', parseShowSavedFileRequest, (request) =>
    savedFiles.show(request.savedFileId, (path) => shell.showItemInFolder(path)),
  );
  handle('host:spelling-words', parseNothing, () => Promise.resolve(page.list()));
  handle('host:remove-spelling-word', parseSpellingWord, ({ word }) => Promise.resolve(page.remove(word)));
  handle('host:saves-done', parseNothing, () => {
    page.savesDone();
    return Promise.resolve(null);
  });
}
