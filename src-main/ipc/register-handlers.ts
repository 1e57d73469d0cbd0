import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { app } from 'electron';
import { join } from 'node:path';
import type { HostChannel, HostChannels } from '../contract.js';
import { isTrustedSender } from '../security/policies.js';
import { SavedFiles } from '../files/saved-files.js';
import { exportDocx } from './export-docx.js';
import { parseExportDocxRequest, parseShowSavedFileRequest } from './export-docx-request.js';

type Handler<C extends HostChannel> = (
  request: HostChannels[C]['request'],
  event: IpcMainInvokeEvent,
) => Promise<HostChannels[C]['response']>;

/**
 * Answers a channel only for the app's own page, and only with a request that passed
 * its parser. Anything else is refused before the handler runs.
 */
function handle<C extends HostChannel>(
  channel: C,
  parse: (value: unknown) => HostChannels[C]['request'],
  handler: Handler<C>,
): void {
  ipcMain.handle(channel, (event, value: unknown) => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender({
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
    });
    if (!trusted) throw new Error(`Refused ${channel} from an untrusted frame`);
    return handler(parse(value), event);
  });
}

export function registerHostHandlers(): void {
  const savedFiles = new SavedFiles();
  handle('host:export-docx', parseExportDocxRequest, (request, event) =>
    exportDocx(
      request,
      async (suggestedFileName) => {
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = {
        title: 'Export as a Word document',
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === '' ? undefined : result.filePath;
      },
      savedFiles,
    ),
  );
  handle('host:show-saved-file', parseShowSavedFileRequest, (request) => savedFiles.show(request.savedFileId, (path) => shell.showItemInFolder(path)));
}
