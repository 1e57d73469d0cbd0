import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { FileChunk, Host, OpenedFilePiece, OpenedPortfolioFile } from '../contract.js';
import { CHUNK_BYTES, IncomingFiles, piecesOf } from './file-transfers.js';
import {
  InvalidRequestError,
  parseBeginFile,
  parseFileChunk,
  parseSaveFileMessage,
  parseSaveFileRequest,
} from './requests.js';

const MB = 1024 * 1024;

describe('files crossing between the page and the main process', () => {
  it('come in order into a buffer of the size announced, and are taken once, whole', () => {
    const incoming = new IncomingFiles();
    const fileId = incoming.begin(10);
    incoming.add({ fileId, offset: 0, bytes: new Uint8Array([1, 2, 3, 4]) });
    expect(() => incoming.take(fileId)).toThrow('file arrived incomplete');
    const again = incoming.begin(10);
    incoming.add({ fileId: again, offset: 0, bytes: new Uint8Array(4).fill(1) });
    incoming.add({ fileId: again, offset: 4, bytes: new Uint8Array(6).fill(2) });
    expect([...incoming.take(again)]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(() => incoming.take(again)).toThrow(InvalidRequestError);
  });

  it('refuse pieces out of order or past the size, a size past the limit, and a fifth file at once', () => {
    const incoming = new IncomingFiles();
    const fileId = incoming.begin(10);
    expect(() => incoming.add({ fileId, offset: 4, bytes: new Uint8Array(2) })).toThrow(/out of order/u);
    const second = incoming.begin(4);
    expect(() => incoming.add({ fileId: second, offset: 0, bytes: new Uint8Array(5) })).toThrow(/beyond its size/u);
    expect(() => incoming.begin(1024 * MB + 1)).toThrow(/out of range/u);
    for (let open = 0; open < 4; open++) incoming.begin(1);
    expect(() => incoming.begin(1)).toThrow(/too many/u);
  });

  it('forget a file abandoned mid-way, so its memory goes', () => {
    let now = 0;
    const incoming = new IncomingFiles(() => now, 1000);
    const fileId = incoming.begin(10);
    now = 2000;
    incoming.begin(1);
    expect(() => incoming.add({ fileId, offset: 0, bytes: new Uint8Array(1) })).toThrow(/no such file/u);
  });

  it('go in pieces of at most 32 MB, far below the 512 MB at which Electron crashes', () => {
    expect(CHUNK_BYTES).toBe(32 * MB);
    const pieces = piecesOf(new Uint8Array(100 * MB));
    expect(pieces.map((piece) => [piece.offset / MB, piece.bytes.byteLength / MB])).toEqual([
      [0, 32],
      [32, 32],
      [64, 32],
      [96, 4],
    ]);
    // What Electron sends is a piece's whole buffer: each must be a piece's own, not a view of the file.
    expect(pieces.map((piece) => piece.bytes.buffer.byteLength / MB)).toEqual([32, 32, 32, 4]);
    expect(piecesOf(new Uint8Array()).map((piece) => piece.bytes.byteLength)).toEqual([0]);
  });

  it('are refused when a piece is larger than a piece may be, or a request carries anything else', () => {
    const fileId = '0b8e2c4d-1a2b-4c3d-9e8f-112233445566';
    expect(() => parseFileChunk({ fileId, offset: 0, bytes: new Uint8Array(CHUNK_BYTES + 1) })).toThrow(
      InvalidRequestError,
    );
    expect(() => parseFileChunk({ fileId, offset: -1, bytes: new Uint8Array(1) })).toThrow(InvalidRequestError);
    expect(() => parseFileChunk({ fileId: '../x', offset: 0, bytes: new Uint8Array(1) })).toThrow(InvalidRequestError);
    expect(() => parseBeginFile({ size: 1, path: '/etc' })).toThrow(InvalidRequestError);
    expect(() => parseSaveFileMessage({ suggestedFileName: 'a.docx', fileId, bytes: new Uint8Array(1) })).toThrow(
      InvalidRequestError,
    );
  });
});

/**
 * The preload itself, compiled from its source and run as Electron runs it (CommonJS, `electron`
 * the only module), against a stand-in for the main process made of the real parsers and
 * `IncomingFiles`: every message it sends is measured.
 */
function loadPreload() {
  const source = readFileSync(new URL('../preload/preload.cts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const incoming = new IncomingFiles();
  const sizes: number[] = [];
  const saved: Uint8Array[] = [];
  const listeners = new Map<string, (event: unknown, payload: OpenedFilePiece) => void>();
  const main: Record<string, (request: unknown) => unknown> = {
    'host:begin-file': (request) => ({ fileId: incoming.begin(parseBeginFile(request).size) }),
    'host:file-chunk': (request) => {
      const chunk: FileChunk = parseFileChunk(request);
      // Electron would serialise the whole buffer behind the piece: that is what is measured.
      sizes.push(chunk.bytes.buffer.byteLength);
      incoming.add(chunk);
      return null;
    },
    'host:save-portfolio-file': (request) => {
      const message = parseSaveFileMessage(request);
      saved.push(
        parseSaveFileRequest(
          { suggestedFileName: message.suggestedFileName, bytes: incoming.take(message.fileId) },
          'nasenco',
        ).bytes,
      );
      return { status: 'cancelled' };
    },
  };
  let exposed: Host | undefined;
  const electron = {
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => Promise.resolve().then(() => main[channel]?.(request)),
      on: (channel: string, listener: (event: unknown, payload: OpenedFilePiece) => void) =>
        listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
    contextBridge: { exposeInMainWorld: (_name: string, value: Host) => (exposed = value) },
  };
  const module = { exports: {} };
  runInContext(
    outputText,
    createContext({
      require: (name: string) => (name === 'electron' ? electron : undefined),
      module,
      exports: module.exports,
      Uint8Array,
      Map,
      Promise,
    }),
  );
  return {
    host: exposed!,
    sizes,
    saved,
    sendToPage: (piece: OpenedFilePiece) => listeners.get('host:portfolio-file-opened')?.({}, piece),
  };
}

describe('the preload', () => {
  it('sends a 100 MB backup to be saved in pieces of at most 32 MB, which arrive byte for byte', async () => {
    const { host, sizes, saved } = loadPreload();
    const backup = new Uint8Array(100 * MB);
    backup.set([0x50, 0x4b, 0x03, 0x04]);
    backup[backup.length - 1] = 7;
    await host.savePortfolioFile({ suggestedFileName: 'Backup.nasenco', bytes: backup });
    expect(sizes).toEqual([32 * MB, 32 * MB, 32 * MB, 4 * MB]);
    expect(saved[0]?.byteLength).toBe(backup.byteLength);
    expect(saved[0]?.[backup.length - 1]).toBe(7);
  });

  it('hands the page an opened file once, whole, from its pieces; or says it did not arrive whole', () => {
    const { host, sendToPage } = loadPreload();
    const heard: OpenedPortfolioFile[] = [];
    host.onPortfolioFileOpened((file) => heard.push(file));
    const file = new Uint8Array(70 * MB).fill(3);
    for (const piece of piecesOf(file))
      sendToPage({ name: 'Shared.nasenco', fileId: 'a', size: file.byteLength, ...piece });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ name: 'Shared.nasenco' });
    expect(heard[0] && 'bytes' in heard[0] ? heard[0].bytes.byteLength : 0).toBe(file.byteLength);
    const [first, second, third] = piecesOf(file);
    sendToPage({ name: 'Torn.nasenco', fileId: 'b', size: file.byteLength, ...first! });
    sendToPage({ name: 'Torn.nasenco', fileId: 'b', size: file.byteLength, ...third! });
    expect(heard[1]).toEqual({ name: 'Torn.nasenco', problem: '“Torn.nasenco” did not arrive whole. Open it again.' });
    // Pieces of a file whose start never came (the page reloaded mid-send) are said once, and make no room for the file.
    sendToPage({ name: 'Late.nasenco', fileId: 'c', size: file.byteLength, ...second! });
    sendToPage({ name: 'Late.nasenco', fileId: 'c', size: file.byteLength, ...third! });
    expect(heard.slice(2)).toEqual([
      { name: 'Late.nasenco', problem: '“Late.nasenco” did not arrive whole. Open it again.' },
    ]);
  });
});
