/**
 * The bridge between the page and the main process. It runs sandboxed, so it may load
 * only `electron` (and types): it exposes exactly one object, `window.host`, with one
 * method per action and no generic way to send messages.
 */
// A sandboxed preload is CommonJS and may load only `electron`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');
import type { Host, HostChannel, HostChannels, HostEvents, OpenedPortfolioFile } from '../contract.js';

function invoke<C extends HostChannel>(
  channel: C,
  request: HostChannels[C]['request'],
): Promise<HostChannels[C]['response']> {
  return electron.ipcRenderer.invoke(channel, request) as Promise<HostChannels[C]['response']>;
}

/** Listens to one message from the main process, handing the page only what it carries, never the event. */
function listen<E extends keyof HostEvents>(channel: E, listener: (payload: HostEvents[E]) => void): () => void {
  const relay = (_event: unknown, payload: HostEvents[E]) => listener(payload);
  electron.ipcRenderer.on(channel, relay);
  return () => {
    electron.ipcRenderer.removeListener(channel, relay);
  };
}

const host = {
  edition: 'desktop',
  exportDocx: (request) => invoke('host:export-docx', request),
  savePortfolioFile: (request) => invoke('host:save-portfolio-file', request),
  onPortfolioFileOpened: (listener: (file: OpenedPortfolioFile) => void) => listen('host:portfolio-file-opened', listener),
  showSavedFile: (request) => invoke('host:show-saved-file', request),
} satisfies Host;

electron.contextBridge.exposeInMainWorld('host', host);
