/**
 * The bridge between the page and the main process. It runs sandboxed, so it may load
 * only `electron` (and types): it exposes exactly one object, `window.host`, with one
 * method per action and no generic way to send messages.
 */
// A sandboxed preload is CommonJS and may load only `electron`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');
import type {
  Host,
  HostChannel,
  HostChannels,
  HostEvents,
  IPC_CHUNK_BYTES,
  OpenedPortfolioFile,
  SaveFileRequest,
} from '../contract.js';

/** No message carries more (the contract's type holds main and preload to the same figure): Electron crashes past about 512 MB. */
const CHUNK_BYTES: IPC_CHUNK_BYTES = 33_554_432;

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

/** Sends a file to the main process in pieces, then asks for it to be saved under the id it went by. */
async function save(
  channel: 'host:export-docx' | 'host:save-portfolio-file',
  { suggestedFileName, data }: SaveFileRequest,
) {
  const { fileId } = await invoke('host:begin-file', { size: data.size });
  // Each piece read from the Blob as it goes: the page never holds the whole file, and each message is a buffer of its own.
  for (let offset = 0; offset < data.size; offset += CHUNK_BYTES) {
    const bytes = new Uint8Array(await data.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    await invoke('host:file-chunk', { fileId, offset, bytes });
  }
  return invoke(channel, { suggestedFileName, fileId });
}

/** Puts an opened file back together from its pieces, as a Blob the browser keeps; the page hears of it once, whole. */
function onPortfolioFileOpened(listener: (file: OpenedPortfolioFile) => void): () => void {
  const arriving = new Map<string, { data: Blob; received: number }>();
  /** Files whose pieces stopped making sense: said once, the rest of their pieces ignored. */
  const torn = new Set<string>();
  return listen('host:portfolio-file-opened', (piece) => {
    if ('problem' in piece) {
      listener(piece);
      return;
    }
    if (torn.has(piece.fileId)) return;
    // Room for the whole file is made only when its first piece comes, never for a stray piece.
    const file = arriving.get(piece.fileId) ?? (piece.offset === 0 ? { data: new Blob([]), received: 0 } : undefined);
    if (file === undefined || piece.offset !== file.received || piece.offset + piece.bytes.byteLength > piece.size) {
      arriving.delete(piece.fileId);
      torn.add(piece.fileId);
      listener({ name: piece.name, problem: `“${piece.name}” did not arrive whole. Open it again.` });
      return;
    }
    file.data = new Blob([file.data, piece.bytes]);
    file.received += piece.bytes.byteLength;
    if (file.received < piece.size) {
      arriving.set(piece.fileId, file);
      return;
    }
    arriving.delete(piece.fileId);
    listener({ name: piece.name, data: file.data });
  });
}

const host = {
  edition: 'desktop',
  exportDocx: (request) => save('host:export-docx', request),
  savePortfolioFile: (request) => save('host:save-portfolio-file', request),
  onPortfolioFileOpened,
  showSavedFile: (request) => invoke('host:show-saved-file', request),
  savesDone: () => void invoke('host:saves-done', null),
  spellingWords: () => invoke('host:spelling-words', null),
  removeSpellingWord: (word) => invoke('host:remove-spelling-word', { word }),
} satisfies Host;

electron.contextBridge.exposeInMainWorld('host', host);
