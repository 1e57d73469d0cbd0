import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { app } from 'electron';
import { join } from 'node:path';
import type { HostChannel, HostChannels, SaveFileRequest } from '../contract.js';
import { SavedFiles } from '../files/saved-files.js';
import { parseSaveFileRequest, parseShowSavedFileRequest, type SavedKind } from './requests.js';
import { guardedHandler } from './guarded-handler.js';
import { saveFile } from './save-file.js';

type Handler<C extends HostChannel> = (
  request: HostChannels[C]['request'],
  event: IpcMainInvokeEvent,
) => Promise<HostChannels[C]['response']>;

/** Answers a channel only for the app's own page, and only with a request that passed its parser (`guardedHandler`). */
function handle<C extends HostChannel>(channel: C, parse: (value: unknown) => HostChannels[C]['request'], handler: Handler<C>): void {
  ipcMain.handle(channel, guardedHandler(channel, parse, handler));
}

const SAVE_DIALOGS: Readonly<Record<SavedKind, { readonly title: string; readonly filter: string }>> = {
  docx: { title: 'Export as a Word document', filter: 'Word document' },
  nasenco: { title: 'Save a portfolio file', filter: 'NASENCO portfolio file' },
};

export function registerHostHandlers(): void {
  const savedFiles = new SavedFiles();
  const saveHandler = (kind: SavedKind) => (request: SaveFileRequest, event: IpcMainInvokeEvent) =>
    saveFile(
      request,
      async (suggestedFileName) => {
        const window = BrowserWindow.fromWebContents(event.sender);
        const options = {
          title: SAVE_DIALOGS[kind].title,
          defaultPath: join(app.getPath('documents'), suggestedFileName),
          filters: [{ name: SAVE_DIALOGS[kind].filter, extensions: [kind] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
        };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || result.filePath === '' ? undefined : result.filePath;
      },
      savedFiles,
    );
  handle('host:export-docx', (value) => parseSaveFileRequest(value, 'docx'), saveHandler('docx'));
  handle('host:save-portfolio-file', (value) => parseSaveFileRequest(value, 'nasenco'), saveHandler('nasenco'));
  handle('host:show-saved-file', parseShowSavedFileRequest, (request) => savedFiles.show(request.savedFileId, (path) => shell.showItemInFolder(path)));
}
