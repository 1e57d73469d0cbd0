/**
 * The bridge between the page and the main process. It runs sandboxed, so it may load
 * only `electron` (and types): it exposes exactly one object, `window.host`, with one
 * method per action and no generic way to send messages.
 */
// A sandboxed preload is CommonJS and may load only `electron`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');
import type { Host, HostChannel, HostChannels } from '../contract.js';

function invoke<C extends HostChannel>(
  channel: C,
  request: HostChannels[C]['request'],
): Promise<HostChannels[C]['response']> {
  return electron.ipcRenderer.invoke(channel, request) as Promise<HostChannels[C]['response']>;
}

const host = {
  edition: 'desktop',
  exportDocx: (request) => invoke('host:export-docx', request),
  savePortfolioFile: (request) => invoke('host:save-portfolio-file', request),
  showSavedFile: (request) => invoke('host:show-saved-file', request),
} satisfies Host;

electron.contextBridge.exposeInMainWorld('host', host);
